import type { ArticleBody } from './body';
import type { DomIndex } from './dom-index';

/**
 * A security vendor's own research blog that the source database does not
 * know, recognised from the page itself. Conservative on purpose (a news
 * site must never be called a vendor), so it takes all three:
 *
 * 1. a company copyright line ("© 2026 Northwind Security Inc.") whose
 *    distinctive name word is in the site name or the host name, with a
 *    security word in the company or site name and no news word in either;
 * 2. a vendor's sales navigation ("Request a demo", "Free trial", "Contact
 *    sales", "Pricing") or the body saying the company's customers are
 *    protected;
 * 3. no publisher label (the caller only asks when the database is silent).
 *
 * Bounded: a few footer boxes, the first anchors, the body blocks.
 */

const LIMITS = { maxFooters: 12, maxFooterChars: 4_000, maxAnchors: 600, maxBlocks: 400 };

/** A copyright mark: the company name follows it ("© 2026 Northwind Security Inc.", "Copyright (c) 2019-2026 Northwind Labs, Ltd."). */
const COPY_MARK = /©|\(c\)|\bcopyright\b/gi;
/** Years, dashes and "(c)" between the mark and the name. */
const YEARS = /^(?:\s|\d|\(c\)|[-–])+/i;
/** The legal form that ends a company name. */
const LEGAL_FORM = /,? (?:Inc|Ltd|LLC|GmbH|Corp|Corporation|Limited|AG|plc|Pty|S\.A|B\.V|s\.r\.o)\b/;
/** One word of a company name. */
const NAME_WORD = /^[A-Z][\w&'-]{0,30}$/;
/** Words that say a company works in security. */
const SECURITY_WORD = /\b(?:security|secure|cyber\w{0,12}|sec|labs?|threat\w{0,8}|defen[cs]e|sentinel|antivirus|firewall|infosec)\b/i;
/** Words that say a site or company publishes news (never a vendor here). */
const NEWS_WORD = /\b(?:media|news|press|publishing|publications?|times|journal|daily|weekly|magazine|post|tribune|herald|gazette|broadcast\w{0,8}|radio|tv|television|digest|report|review|today|wire|insider|week|world)\b/i;
/** Company-name words that identify nothing by themselves. */
const GENERIC_WORD = /^(?:the|security|secure|cyber|cybersecurity|labs?|research|group|inc|ltd|llc|corp|corporation|company|technologies|technology|systems|networks|software|solutions|global|international|team|and)$/;
/** Sales navigation of a product company. */
const SALES_LINK = /^(?:(?:request|book|get|schedule|see)\s+a\s+(?:demo|free\s+demo)|(?:request|book|get)\s+demo|(?:start\s+(?:a\s+|your\s+)?)?free\s+trial|try\s+(?:it\s+)?(?:for\s+)?free|contact\s+sales|talk\s+to\s+(?:sales|an\s+expert)|pricing|plans\s+(?:and|&)\s+pricing)$/i;
/** The body speaks for the company's customers ("Northwind customers are protected", "our customers are protected"). */
const CUSTOMERS_PROTECTED = /\bcustomers\s+(?:are|were|remain|have\s+been)\s+(?:already\s+|fully\s+)?protected\b|\bprotects?\s+(?:our|its)\s+customers\b/i;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The vendor's company name when the page looks like a security vendor's own site, else null. Never throws. */
export function vendorFromPage(body: ArticleBody, siteName: string | null, url: string | null, index?: DomIndex): string | null {
  try {
    const doc = body.container?.ownerDocument;
    if (!doc) return null;
    // What needs no DOM first (same answers): a news word in the site name, or no site name and no host for the company to match.
    const site = siteName ?? '';
    if (NEWS_WORD.test(site)) return null;
    let host = '';
    try {
      host = url ? new URL(url).hostname.toLowerCase() : '';
    } catch {
      host = '';
    }
    const siteWords = ' ' + norm(site) + ' ';
    if (siteWords === '  ' && !host) return null;
    const company = copyrightCompany(index ? indexedFooterBoxes(index, LIMITS.maxFooters) : firstElements(doc, isFooterBox, LIMITS.maxFooters));
    if (!company) return null;
    if (NEWS_WORD.test(company)) return null;
    if (!SECURITY_WORD.test(company) && !SECURITY_WORD.test(site)) return null;
    const word = norm(company)
      .split(' ')
      .find((w) => w.length >= 3 && !GENERIC_WORD.test(w));
    if (!word || !(siteWords.includes(' ' + word + ' ') || host.includes(word))) return null;
    if (!salesNavigation(doc) && !speaksForCustomers(body)) return null;
    return company;
  } catch {
    return null;
  }
}

/**
 * The first `max` elements in document order that `test` accepts: what
 * `Array.from(doc.querySelectorAll(sel)).slice(0, max)` gives for a selector
 * `test` decides, without a selector engine pass over the whole page (under
 * linkedom that pass was ~15 % of `analyzeFrom` on real pages).
 */
function firstElements(doc: Document, test: (el: Element) => boolean, max: number): Element[] {
  const out: Element[] = [];
  if (max <= 0) return out;
  const root = doc.documentElement;
  let el: Element | null = root;
  while (el && out.length < max) {
    if (test(el)) out.push(el);
    // blind14: like the selector (and a browser, where it is a shadow root or inert content), no <template>'s contents.
    let next: Element | null = el.localName === 'template' ? null : el.firstElementChild;
    while (!next && el && el !== root) {
      next = el.nextElementSibling;
      if (!next) el = el.parentElement;
    }
    el = next;
  }
  return out;
}

/** `footer, [class*="footer"], [id*="footer"], [class*="copyright"]` (attribute values are case-sensitive, as in the selector). */
function isFooterBox(el: Element): boolean {
  const name = el.localName;
  if (name === 'footer' || (name.length === 6 && name.toLowerCase() === 'footer')) return true;
  // Most elements have no attributes: no attribute read at all (each is a lookup under linkedom).
  if (!el.hasAttributes()) return false;
  const cls = attrValue(el, 'class');
  if (cls !== null && (cls.includes('footer') || cls.includes('copyright'))) return true;
  const id = attrValue(el, 'id');
  return id !== null && id.includes('footer');
}

/** An attribute's value through its node (cheaper than `getAttribute` under linkedom, which reads `class` through `className`). */
function attrValue(el: Element, name: string): string | null {
  return typeof el.getAttributeNode === 'function' ? (el.getAttributeNode(name)?.value ?? null) : el.getAttribute(name);
}

/** The selector `a`. */
const isAnchor = (el: Element): boolean => el.localName === 'a' || el.localName === 'A';

/**
 * `firstElements(doc, isFooterBox, max)` from the first look's index, without a walk of the page (it was most of
 * this module's time): a footer box is a `footer` element or has a class or id, so it is one of the index's
 * `footer` elements or of its elements with attributes. The two lists merge in document order by `footersAt`
 * (a footer with attributes is in both: it is taken from `withAttributes`). Like the selector, and unlike a
 * linkedom walk, the index does not read a <template>'s contents.
 */
function indexedFooterBoxes(index: DomIndex, max: number): Element[] {
  const out: Element[] = [];
  const list = index.withAttributes;
  const tags = index.footers;
  const at = index.footersAt;
  let j = 0;
  for (let k = 0; k <= list.length && out.length < max; k++) {
    for (; j < tags.length && at[j]! <= k; j++) if (list[at[j]!] !== tags[j] && out.length < max) out.push(tags[j]!);
    const el = list[k];
    if (el && out.length < max && isFooterBox(el)) out.push(el);
  }
  return out;
}

function copyrightCompany(boxes: Element[]): string | null {
  let fallback: string | null = null;
  for (const box of boxes) {
    const text = (box.textContent ?? '').slice(0, LIMITS.maxFooterChars).replace(/\s+/g, ' ');
    COPY_MARK.lastIndex = 0;
    for (let m = COPY_MARK.exec(text), k = 0; m && k < 5; m = COPY_MARK.exec(text), k++) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 100).replace(YEARS, '');
      const legal = LEGAL_FORM.exec(after);
      if (!legal) {
        // "© 2026 Halvard Security. All rights reserved.": the name up to the full stop (matched against the site by the caller).
        fallback ??= nameBefore(after, after.search(/[.|·]|\s[-–]\s|\sAll rights\b/i));
        continue;
      }
      const name = after.slice(0, legal.index).trim();
      const words = name.split(' ');
      if (words.length >= 1 && words.length <= 5 && words.every((w) => NAME_WORD.test(w))) return name;
    }
    // "Halvard Security, Inc. is a mobile security company headquartered in …": the footer's self-description.
    SELF_DESCRIPTION.lastIndex = 0;
    const d = SELF_DESCRIPTION.exec(text);
    if (d) {
      const head = text.slice(Math.max(0, d.index - 80), d.index);
      const legal = /,? (?:Inc|Ltd|LLC|GmbH|Corp|Corporation|Limited|AG|plc|Pty|S\.A|B\.V|s\.r\.o)\.?$/.exec(head);
      const name = nameAfterStop(legal ? head.slice(0, legal.index) : head);
      if (name) return name;
    }
  }
  return fallback;
}

/** A company describing itself as a security vendor ("… is a mobile security company", "is a leading cybersecurity firm"). */
const SELF_DESCRIPTION = /\bis an? (?:[a-z-]{2,20} ){0,3}(?:cyber ?security|security|threat[- ]intelligence|antivirus|endpoint[- ]security|cyber[- ]defen[cs]e) (?:company|firm|vendor|provider|specialist)\b/g;

/** The company name in `text` before offset `end` (one to five capitalised words, the whole stretch), or null. */
function nameBefore(text: string, end: number): string | null {
  if (end <= 0) return null;
  const name = text.slice(0, end).trim();
  const words = name.split(' ');
  return words.length >= 1 && words.length <= 5 && words.every((w) => NAME_WORD.test(w)) ? name : null;
}

/** The run of one to five capitalised words that ends `text` (after its last sentence stop), or null. */
function nameAfterStop(text: string): string | null {
  const words = text.trim().split(' ');
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 5; i--) {
    const w = words[i]!;
    if (!NAME_WORD.test(w) || /[.!?]$/.test(w)) break;
    out.unshift(w);
  }
  return out.length ? out.join(' ') : null;
}

function salesNavigation(doc: Document): boolean {
  const anchors = firstElements(doc, isAnchor, LIMITS.maxAnchors);
  const n = anchors.length;
  for (let i = 0; i < n; i++) {
    const t = (anchors[i]!.textContent ?? '').trim();
    if (t.length <= 40 && SALES_LINK.test(t.replace(/\s+/g, ' '))) return true;
  }
  return false;
}

function speaksForCustomers(body: ArticleBody): boolean {
  const n = Math.min(body.blocks.length, LIMITS.maxBlocks);
  for (let i = 0; i < n; i++) if (CUSTOMERS_PROTECTED.test(body.blocks[i]!.text)) return true;
  return false;
}

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const VENDOR_SITE_PATTERNS: RegExp[] = [COPY_MARK, YEARS, LEGAL_FORM, NAME_WORD, SECURITY_WORD, NEWS_WORD, GENERIC_WORD, SALES_LINK, CUSTOMERS_PROTECTED, SELF_DESCRIPTION];

/** For tests: the walks that stand for `querySelectorAll` (tests/unit/vendor-site-walk.test.ts). */
export const VENDOR_SITE_WALKS = {
  footerBoxes: (doc: Document): Element[] => firstElements(doc, isFooterBox, LIMITS.maxFooters),
  indexedFooterBoxes: (index: DomIndex, max = LIMITS.maxFooters): Element[] => indexedFooterBoxes(index, max),
  anchors: (doc: Document): Element[] => firstElements(doc, isAnchor, LIMITS.maxAnchors),
};
