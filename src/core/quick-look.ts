import { emptyDirectory, type SourceDirectory } from './directory';
import { capReport } from './limits';
import { emptyReport, type Report } from './report';
import { CORE_VERSION } from './version';
import { findTerms, SECURITY_PATH_RE, SECURITY_SECTION_RE } from './security-vocabulary';
import { nextAfterSubtree } from './dom-bounded';
import { eachMatch } from './each-match';

/**
 * The content script's pre-filter: "could this page be security news?",
 * answered from what is cheap to read — the URL, <title>, the head's meta
 * tags (og:title, description, og:type, section, keywords), JSON-LD text
 * (bounded), the first <h1> and the text of the first paragraphs — in one
 * early-stopping walk of the elements, without body extraction.
 *
 * It is built for recall: it says "no" only when it has read a fair amount
 * of running text (QUICK_LIMITS.decideChars) and found no security term of
 * weight ≥ 2 in any of it. The full detection (which needs at least two
 * distinct such concepts) then decides `isSecurityNews` inside the full
 * analysis. A page it cannot judge cheaply (little <p> text: script-built or
 * <br>-separated pages, giant DOMs) is a "maybe". Never throws.
 */

export interface QuickLook {
  /** Worth the full detection (true) or certainly not security news (false). */
  maybe: boolean;
  url: string | null;
  /** Why, in words (the content script reports them for a "no"). */
  reasons: string[];
  /** What was read (for tests and the benchmark). */
  signals: QuickSignals;
}

export interface QuickSignals {
  ogType: string | null;
  ldTypes: string[];
  paragraphs: number;
  paragraphChars: number;
  elementsVisited: number;
  /** Terms of weight ≥ 2 found (first few, as written). */
  terms: string[];
  /** The scan stopped on its element budget before reading enough text. */
  exhausted: boolean;
}

export const QUICK_LIMITS = {
  /** Elements visited at most (a 5 MB page has ~100k). */
  maxElements: 6_000,
  /** Paragraph text read at most, and the amount of it needed to say "no". */
  maxParagraphChars: 1_600,
  decideChars: 1_200,
  /** Paragraph text read per vocabulary pass (the walk stops at the first security term). */
  batchChars: 800,
  /** Paragraphs that count (at least this long, after trimming). */
  minParagraph: 40,
  decideParagraphs: 3,
  maxParagraphs: 60,
  /** JSON-LD text scanned per script (for @type and headline/description/section/keywords), and scripts read. */
  maxLdChars: 20_000,
  maxLdScripts: 6,
  /** Head text (meta values) scanned. */
  maxHeadChars: 8_000,
};

/** Subtrees that never hold the article's running text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'select', 'button', 'iframe', 'object', 'canvas', 'video', 'audio', 'picture', 'math', 'link']);
const META_NAMES = new Set([
  'description', 'og:description', 'twitter:description', 'og:title', 'twitter:title', 'title', 'keywords', 'news_keywords',
  'article:section', 'article:tag', 'parsely-section', 'parsely-tags', 'sailthru.tags', 'section', 'category', 'dc.subject', 'dc.title', 'subject',
]);
const LD_TYPE_RE = /"@type"\s{0,8}:\s{0,8}(?:\[\s{0,8})?"([A-Za-z]{1,40})"/g;
/** JSON-LD string fields worth reading (value up to 600 characters, escapes allowed). */
const LD_TEXT_RE = /"(?:headline|alternativeHeadline|description|articleSection|keywords)"\s{0,8}:\s{0,8}(?:\[\s{0,8})?"((?:[^"\\]|\\.){1,600})"/g;

interface Scan {
  text: string[];
  headChars: number;
  ogType: string | null;
  ldTypes: string[];
  sectionHit: string | null;
  paragraphs: number;
  paragraphChars: number;
  elements: number;
  exhausted: boolean;
  h1: boolean;
  ldScripts: number;
  terms: string[];
  pending: number;
  headDone: boolean;
}

/** Lower-case tag name (localName is already lower case for HTML elements; no per-element case mapping). */
function lower(el: Element): string {
  const n = el.localName;
  return typeof n === 'string' ? n : String(el.tagName || '').toLowerCase();
}

function readMeta(el: Element, s: Scan): void {
  const key = (el.getAttribute('property') || el.getAttribute('name') || el.getAttribute('itemprop') || '').trim().toLowerCase();
  if (!key) return;
  const content = (el.getAttribute('content') || '').slice(0, 2_000);
  if (!content) return;
  if (key === 'og:type') {
    s.ogType = content.trim().toLowerCase().slice(0, 40);
    return;
  }
  if (!META_NAMES.has(key) && key !== 'articlesection') return;
  if (s.headChars < QUICK_LIMITS.maxHeadChars && !s.text.includes(content)) {
    s.text.push(content);
    s.headChars += content.length;
  }
  if (key.includes('section') || key.includes('tag') || key.includes('keywords') || key === 'category' || key === 'subject' || key === 'dc.subject') {
    for (const part of content.split(/[,;|]/, 30)) {
      if (SECURITY_SECTION_RE.test(part.trim())) s.sectionHit ??= part.trim();
    }
  }
}

function readLd(el: Element, s: Scan): void {
  if (s.ldScripts >= QUICK_LIMITS.maxLdScripts) return;
  const type = (el.getAttribute('type') || '').toLowerCase();
  if (!type.includes('ld+json')) return;
  s.ldScripts++;
  const raw = (el.textContent || '').slice(0, QUICK_LIMITS.maxLdChars);
  for (const m of eachMatch(LD_TYPE_RE, raw)) if (s.ldTypes.length < 12 && !s.ldTypes.includes(m[1]!)) s.ldTypes.push(m[1]!);
  for (const m of eachMatch(LD_TEXT_RE, raw)) {
    if (s.headChars >= QUICK_LIMITS.maxHeadChars) break;
    if (s.text.includes(m[1]!)) continue;
    s.text.push(m[1]!);
    s.headChars += m[1]!.length;
  }
}

/** Strong (weight ≥ 2) vocabulary hits in a piece of text, as written. */
function strongTerms(text: string, s: Scan): void {
  if (!text) return;
  for (const h of findTerms(text, text.length)) if (h.weight >= 2 && s.terms.length < 5 && !s.terms.includes(h.text)) s.terms.push(h.text);
}

/** Read the pending text for terms (head text as one piece, paragraphs in batches). */
function flush(s: Scan): void {
  if (!s.text.length) return;
  strongTerms(s.text.join(' \n '), s);
  s.text.length = 0;
  s.pending = 0;
}

/**
 * One pre-order walk of the elements (no child arrays), stopping as soon as
 * a security term turns up or once enough paragraph text is read.
 */
function walk(root: Element, s: Scan): void {
  let el: Element | null = root;
  while (el) {
    if (++s.elements > QUICK_LIMITS.maxElements) {
      s.exhausted = true;
      return;
    }
    let descend = false;
    const tag = lower(el);
    if (tag === 'meta') readMeta(el, s);
    else if (tag === 'script') readLd(el, s);
    else if (tag === 'title') s.text.push((el.textContent || '').slice(0, 500));
    else if (tag === 'h1') {
      if (!s.h1) {
        s.h1 = true;
        s.text.push((el.textContent || '').slice(0, 500));
      }
    } else if (tag === 'p') {
      if (!s.headDone) {
        // The head's text (and any title/h1 before the first paragraph) first: it usually decides.
        s.headDone = true;
        flush(s);
        if (s.terms.length) return;
      }
      const t = (el.textContent || '').trim();
      if (t.length >= QUICK_LIMITS.minParagraph) {
        const part = t.slice(0, QUICK_LIMITS.maxParagraphChars - s.paragraphChars);
        s.text.push(part);
        s.pending += part.length;
        s.paragraphs++;
        s.paragraphChars += part.length;
        if (s.pending >= QUICK_LIMITS.batchChars) {
          flush(s);
          if (s.terms.length) return;
        }
        if (s.paragraphChars >= QUICK_LIMITS.maxParagraphChars || s.paragraphs >= QUICK_LIMITS.maxParagraphs) return;
      }
    } else descend = !SKIP.has(tag) && !el.hasAttribute('hidden');
    const first: Element | null = descend ? el.firstElementChild : null;
    if (first) {
      el = first;
      continue;
    }
    // Next in document order: the next sibling of the nearest ancestor that has one.
    el = nextAfterSubtree(el, root);
  }
}

/** Is the page possibly security news? Cheap and bounded; never throws (an error means "maybe"). */
export function quickLook(doc: Document, opts: { url?: string | null; db?: SourceDirectory } = {}): QuickLook {
  // One URL parse for both questions (an http(s) URL? its path?).
  let parsed: URL | null = null;
  try {
    parsed = opts.url ? new URL(opts.url) : null;
  } catch {
    parsed = null;
  }
  const url = parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? opts.url! : null;
  const s: Scan = { text: [], headChars: 0, ogType: null, ldTypes: [], sectionHit: null, paragraphs: 0, paragraphChars: 0, elements: 0, exhausted: false, h1: false, ldScripts: 0, terms: [], pending: 0, headDone: false };
  const out = (maybe: boolean, reasons: string[], terms: string[] = []): QuickLook => ({
    maybe,
    url,
    reasons,
    signals: { ogType: s.ogType, ldTypes: s.ldTypes, paragraphs: s.paragraphs, paragraphChars: s.paragraphChars, elementsVisited: s.elements, terms, exhausted: s.exhausted },
  });
  try {
    const root = doc?.documentElement;
    if (!root) return out(false, ['The page has no content']);
    const path = url && parsed ? parsed.pathname : '';
    walk(root, s);
    flush(s);
    const terms = s.terms;
    if (terms.length) return out(true, [`Mentions ${terms.slice(0, 3).join(', ')}`], terms);
    if (s.sectionHit) return out(true, [`Declared section: ${s.sectionHit}`]);
    if (path && SECURITY_PATH_RE.test(path)) return out(true, ['The URL is in a security section']);
    if (url && opts.db && isSecuritySite(opts.db, url)) return out(true, ['Published by a security news site']);
    if (s.paragraphChars < QUICK_LIMITS.decideChars || s.paragraphs < QUICK_LIMITS.decideParagraphs) {
      // Too little running text read to rule it out: let the full detection decide.
      return out(true, ['Too little text read to decide quickly']);
    }
    return out(false, ['No security topic in the headline, description or opening paragraphs']);
  } catch {
    return out(true, ['Quick look failed; the full detection decides']);
  }
}

function isSecuritySite(db: SourceDirectory, url: string): boolean {
  try {
    if (db.isSecurityNewsSite?.(url)) return true;
    const l = db.byUrl(url) as (ReturnType<SourceDirectory['byUrl']> & { securityNews?: boolean }) | null;
    return !!l && (l.securityNews === true || (l.kind === 'outlet' && l.ownerIsSecurityVendor === true));
  } catch {
    return false;
  }
}

/**
 * The report for a page the quick look ruled out (the content script's
 * "not security news" answer without the full detection): nothing analysed,
 * the quick look's reason as the detection reason.
 */
export function quickReport(q: QuickLook, opts: { db?: SourceDirectory } = {}): Report {
  const db = opts.db ?? emptyDirectory;
  const r = emptyReport(q.url);
  r.detection.reasons.push(...q.reasons.slice(0, 4));
  r.generator = { name: 'credence', version: CORE_VERSION, dbVersion: db.version };
  return capReport(r);
}
