import { cleanText, resolveHttpUrl } from './text';

/**
 * Finds the article body in a document and returns it as reading-order text
 * blocks, leaving out page chrome (navigation, related lists, comments, cookie
 * banners, newsletter boxes, footers). DOM-light on purpose: only
 * querySelectorAll, attributes, parent/children and textContent, so it runs
 * the same under linkedom, happy-dom and a real browser.
 */

export type BlockKind = 'title' | 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption';

export interface BodyLink {
  href: string;
  text: string;
}

export interface BodyBlock {
  kind: BlockKind;
  text: string;
  links: BodyLink[];
}

export interface ArticleBody {
  blocks: BodyBlock[];
  /** The element judged to hold the article text (null when none was found). */
  container: Element | null;
  /** True when the caps below cut the work short. */
  truncated: boolean;
}

/** Caps that keep work bounded on giant pages. */
export const BODY_LIMITS = {
  maxCandidates: 20_000,
  maxBlocks: 3_000,
  maxChars: 400_000,
  maxDepth: 200,
};

const BLOCK_SELECTOR = 'p, h2, h3, h4, li, blockquote, figcaption, pre';

/** class/id words that mark page chrome rather than the article. */
const CHROME_RE =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|site-footer|sidebar|side|aside|widget|related|recommend(?:ed|ations)?|more-stories|read-more|popular|trending|most-read|comments?|cmt|discussion|disqus|replies|respond|share|sharing|social|newsletter|subscribe|signup|promo|promoted|sponsor(?:ed)?-links|advert|advertisement|ads?|banner|cookie|consent|gdpr|modal|popup|paywall|tags?|tag-list|chips?|author-bio|bio|about-author|byline|meta|entry-meta|post-meta|toolbar|skip|sitemap|outbrain|taboola|further|listing|teaser)(?:$|[\s_-])/i;

const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'IFRAME', 'SVG', 'DIALOG']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alertdialog', 'menu', 'menubar']);

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

/** Hidden by markup (we cannot see computed styles in every DOM). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== '' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whether `el` itself looks like page chrome. */
export function isChromeElement(el: Element, container: Element | null): boolean {
  if (el === container) return false;
  const tag = el.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return true;
  if (tag === 'HEADER' && !(container && el.parentElement && containsOrIs(container, el) && el.closest('article'))) return true;
  const role = attr(el, 'role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (isHidden(el)) return true;
  const cls = attr(el, 'class') + ' ' + attr(el, 'id');
  return cls.length > 1 && cls.length < 400 && CHROME_RE.test(cls);
}

function containsOrIs(a: Element, b: Element): boolean {
  return a === b || a.contains(b);
}

/** Is any ancestor of `el` up to (not including) `stop` page chrome? */
function insideChrome(el: Element, stop: Element | null): boolean {
  let cur: Element | null = el;
  let depth = 0;
  while (cur && cur !== stop && depth < BODY_LIMITS.maxDepth) {
    if (isChromeElement(cur, stop)) return true;
    cur = cur.parentElement;
    depth++;
  }
  return false;
}

function textOf(el: Element): string {
  return cleanText(el.textContent ?? '');
}

/** Choose the element that holds the article text. */
export function findContainer(doc: Document): Element | null {
  const declared = doc.querySelector('[itemprop="articleBody"], [itemprop=articleBody]');
  if (declared && textOf(declared).length > 200) return declared;

  // Score parents by the paragraph text they hold (a light version of Readability's idea).
  const scores = new Map<Element, number>();
  const ps = doc.querySelectorAll('p, pre, blockquote');
  const n = Math.min(ps.length, BODY_LIMITS.maxCandidates);
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const len = (p.textContent ?? '').length;
    if (len < 25) continue;
    const commas = ((p.textContent ?? '').match(/[,，、]/g) ?? []).length;
    const score = 1 + commas + Math.min(Math.floor(len / 100), 3);
    const parent = p.parentElement;
    if (!parent) continue;
    if (insideChrome(parent, null)) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    // Penalise link-heavy containers (listings, link farms).
    const text = el.textContent ?? '';
    let linkLen = 0;
    for (const a of Array.from(el.querySelectorAll('a')).slice(0, 500)) linkLen += (a.textContent ?? '').length;
    const density = text.length ? linkLen / text.length : 1;
    const adj = s * (1 - Math.min(density, 0.9));
    if (adj > bestScore) {
      bestScore = adj;
      best = el;
    }
  }
  if (best) {
    // Prefer the enclosing <article> when the best node sits inside one with little else.
    const art = best.closest('article');
    if (art && textOf(art).length < textOf(best).length * 1.6) return art;
    return best;
  }
  return doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
}

function blockKind(tag: string): BlockKind {
  switch (tag) {
    case 'H2':
    case 'H3':
    case 'H4':
      return 'heading';
    case 'LI':
      return 'list-item';
    case 'BLOCKQUOTE':
      return 'quote';
    case 'FIGCAPTION':
      return 'caption';
    default:
      return 'paragraph';
  }
}

function linksOf(el: Element, baseUrl: string | null): BodyLink[] {
  const out: BodyLink[] = [];
  for (const a of Array.from(el.querySelectorAll('a[href]')).slice(0, 50)) {
    const href = resolveHttpUrl(a.getAttribute('href'), baseUrl);
    if (href) out.push({ href, text: textOf(a) });
  }
  return out;
}

/** Extract the article body as blocks. `title` (the headline) is put first when given. */
export function extractBody(doc: Document, opts: { baseUrl: string | null; title?: string | null } = { baseUrl: null }): ArticleBody {
  const container = findContainer(doc);
  const blocks: BodyBlock[] = [];
  let truncated = false;
  if (opts.title) blocks.push({ kind: 'title', text: opts.title, links: [] });
  if (!container) return { blocks, container, truncated };

  let chars = 0;
  const all = container.querySelectorAll(BLOCK_SELECTOR);
  const limit = Math.min(all.length, BODY_LIMITS.maxCandidates);
  if (all.length > limit) truncated = true;
  for (let i = 0; i < limit; i++) {
    const el = all[i]!;
    // Skip blocks nested in another block we already take (li > p, blockquote > p).
    const outer = el.parentElement?.closest(BLOCK_SELECTOR);
    if (outer && containsOrIs(container, outer) && outer !== container) continue;
    if (insideChrome(el, container)) continue;
    const text = textOf(el);
    if (!text) continue;
    const kind = blockKind(el.tagName.toUpperCase());
    // A list item made only of a link is navigation, not prose.
    if (kind === 'list-item') {
      const linkText = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').length, 0);
      if (linkText > text.length * 0.7) continue;
    }
    blocks.push({ kind, text, links: linksOf(el, opts.baseUrl) });
    chars += text.length;
    if (blocks.length >= BODY_LIMITS.maxBlocks || chars >= BODY_LIMITS.maxChars) {
      truncated = true;
      break;
    }
  }
  return { blocks, container, truncated };
}
