import { indexDocument, type DomIndex } from './dom-index';
import { cleanText, resolveHttpUrl } from './text';
import { boundedTextCommas, countCommas, nextAfterSubtree, textLength, textStats } from './dom-bounded';

/**
 * Finds the article body in a document and returns it as reading-order text
 * blocks, leaving out page chrome (navigation, related lists, comments, cookie
 * banners, newsletter boxes, author bios, footers, promoted boxes, hidden site
 * maps). DOM-light on purpose: only querySelector(All), attributes,
 * parent/children, childNodes and text, so it runs the same under linkedom,
 * happy-dom and a real browser. Work is bounded by BODY_LIMITS.
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
  /** Nodes visited while walking the container. */
  maxNodes: 200_000,
};

/**
 * Class/id words that mark page chrome wherever they appear in a class token
 * ("related-posts", "comment_content", "newsletter-box").
 */
const STRONG_WORDS = new Set(
  (
    'related relatedposts recommend recommended recommendations recirc recirculation comment comments cmt discussion disqus ' +
    'newsletter sidebar breadcrumb breadcrumbs cookie cookies consent gdpr taboola outbrain paywall promo promos promoted ' +
    'sponsored advert adverts advertisement advertising subscribe signup sitemap trending popular mostread further sharing ' +
    'share sharebar sharedaddy social-share readmore morestories alsoread seealso'
  ).split(/\s+/),
);
/**
 * Words that mark chrome only as a whole class token or as its first word
 * followed by a box-like word ("tags", "tags-links", "nav-bar"): WordPress
 * puts "tag-foo" on articles and page builders say "widget-container".
 */
const WEAK_WORDS = new Set(
  (
    'nav navbar navigation menu menubar submenu footer widget widgets tag tags taglist meta ad ads adslot dfp banner byline bio author ' +
    'authors toolbar modal popup overlay listing teaser teasers chip chips topics keywords hidden print skip login register ' +
    'pagination pager toc rail masthead aside dateline cta crumbs subnav'
  ).split(/\s+/),
);
const BOX_WORDS = new Set(
  (
    'list links link box bar area wrap wrapper container section block items item menu nav row col column module panel group ' +
    'inner outer region slot unit label line info data holder content cloud title text heading header footer widget links ' +
    'buttons button icons icon bottom top left right card cards'
  ).split(/\s+/),
);
/** Multi-word chrome names tested on the whole token ("entry-meta", "most-read"). */
const CHROME_JOINED = /(?:read-?more|more-?stories|most-?read|most-?popular|see-?also|also-?read|author-?bio|about-?(?:the-?)?author|social-?share|share-?buttons|site-?map|topic-?cloud|further-?reading|skip-?link|screen-?reader|visually-?hidden|sr-?only|entry-?meta|post-?meta|article-?meta|post-?footer|entry-?footer|article-?footer|site-?footer|site-?header|table-?of-?contents|subscription-?(?:widget|box|form|cta|banner|prompt))/;

/** Verdicts of chromeClassName by class + id text (a page repeats the same class names on many elements; the verdict depends on the text only). */
const CLASS_VERDICTS = new Map<string, boolean>();

/** Whether a "class id" text names a chrome box (the class/id part of hasChromeName). */
function chromeClassName(classAndId: string): boolean {
  let v = CLASS_VERDICTS.get(classAndId);
  if (v === undefined) {
    if (CLASS_VERDICTS.size >= 2_000) CLASS_VERDICTS.clear();
    CLASS_VERDICTS.set(classAndId, (v = chromeClassNameUncached(classAndId.toLowerCase())));
  }
  return v;
}

function chromeClassNameUncached(raw: string): boolean {
  if (raw.length > 1 && raw.length < 800) {
    const tokens = raw.split(/\s+/);
    // "hidden" next to a responsive variant ("hidden md:block") is visible on some screens.
    const responsive = tokens.some((t) => t.includes(':'));
    for (const tok of tokens) {
      if (!tok || tok.length > 80) continue;
      // BEM modifiers ("node--promoted", "field--label-hidden") describe state, not a box.
      const t = tok.split('--')[0]!;
      if (!t) continue;
      if (CHROME_JOINED.test(t)) return true;
      const words = t.split(/[-_]+/).filter(Boolean);
      if (!words.length) continue;
      for (const w of words) if (STRONG_WORDS.has(w)) return true;
      const w0 = words[0]!;
      if (WEAK_WORDS.has(w0) && !(responsive && w0 === 'hidden')) {
        if (words.length === 1) return true;
        if (words.slice(1).every((w) => BOX_WORDS.has(w))) return true;
      }
    }
  }
  return false;
}

/** Whether the class/id/slot/aria-label of `el` names a chrome box ("related-posts", "comments", "newsletter"). */
export function hasChromeName(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  // blind10: a web component's slot names its region as a class would ("<div slot="rail">", "<sw-footer slot="footer">").
  if (chromeClassName(classAttr(el) + ' ' + attr(el, 'id') + ' ' + attr(el, 'slot'))) return true;
  const label = attr(el, 'aria-label').toLowerCase();
  return label !== '' && /\b(?:related|promoted|sponsored|advert|share|comments?|newsletter|site index|navigation|breadcrumb|further reading|more (?:stories|from)|recommended|trending|popular)\b/.test(label);
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'LINK', 'META', 'HEAD', 'MATH']);
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU']);
/** Tags that cut the page into different regions: a chrome ancestor of this kind excludes a paragraph from scoring. */
const HARD_CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'MENU']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'tablist']);

/** Elements that make one text block each. */
const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DD', 'DT', 'PRE', 'TD', 'TH', 'CAPTION']);
/** Elements that start a new line but may hold blocks (we walk into them). */
const CONTAINER_TAGS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'UL', 'OL', 'DL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR',
  'CENTER', 'ADDRESS', 'DETAILS', 'SUMMARY', 'HGROUP', 'BODY', 'HTML', 'FIELDSET', 'NAV', 'ASIDE', 'FOOTER', 'FORM',
]);

function attr(el: Element, name: string): string {
  try {
    return el.getAttribute(name) ?? '';
  } catch {
    return '';
  }
}

/**
 * The class attribute's value. Read through its attribute node: linkedom
 * answers `getAttribute('class')` by building a token set and joining it
 * again (the value is the same: it stores the class attribute normalised).
 */
export function classAttr(el: Element): string {
  try {
    if (typeof el.getAttributeNode !== 'function') return el.getAttribute('class') ?? '';
    return el.getAttributeNode('class')?.value ?? '';
  } catch {
    return '';
  }
}

/** Upper-case tag names by local name (linkedom's `tagName` upper-cases on every read). */
const UPPER = new Map<string, string>();

/** The element's tag name in upper case. */
export function tagOf(el: Element): string {
  const n = el.localName;
  if (typeof n !== 'string') return (el.tagName || '').toUpperCase();
  let u = UPPER.get(n);
  if (u === undefined) {
    u = n.toUpperCase();
    if (UPPER.size < 2_000) UPPER.set(n, u);
  }
  return u;
}

/** Hidden by markup (we cannot see computed styles in every DOM). */
function isHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== '' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whether `el` or an ancestor is an element named `name` (lower case): `el.closest(name)` without a selector engine. */
export function closestTag(el: Element | null, name: string): Element | null {
  for (let cur = el; cur; cur = cur.parentElement) {
    const n = cur.localName;
    if (n === name || (typeof n === 'string' && n.toLowerCase() === name)) return cur;
  }
  return null;
}

/** Whether a descendant of `root` (not inside a <template>, like querySelector) has one of the lower-case tag `names`. */
function hasDescendantTag(root: Element, names: Set<string>): boolean {
  let el: Element | null = root.firstElementChild;
  while (el) {
    const n = el.localName;
    const lower = typeof n === 'string' ? n.toLowerCase() : '';
    if (names.has(lower)) return true;
    const first: Element | null = lower === 'template' ? null : el.firstElementChild;
    el = first ?? nextAfterSubtree(el, root);
  }
  return false;
}

/** Whether `el` itself looks like page chrome (by tag, role, hidden markup or name). */
export function isChromeElement(el: Element, container: Element | null): boolean {
  if (el === container) return false;
  const tag = tagOf(el);
  if (CHROME_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  const role = attr(el, 'role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (isHidden(el)) return true;
  return hasChromeName(el);
}

/** Text of a subtree with spaces at line breaks and block boundaries, skipping scripts and hidden parts. Bounded. */
export function textOf(el: Node, budget = { nodes: 50_000 }): string {
  return textUpTo(el, budget, Infinity);
}

/**
 * `textOf(el).length > min`, reading only as much of the subtree as it takes: a declared article body
 * was joined and cleaned in full (tens of KB) only to be compared with 200.
 */
export function textLongerThan(el: Node, min: number): boolean {
  return textUpTo(el, { nodes: 50_000 }, min).length > min;
}

/**
 * `textOf`, or a prefix of it once that prefix is longer than `min`. Exact: cleaning a prefix of the joined
 * parts gives a prefix of the whole cleaned text (or that prefix and one space), never a longer one. The prefix
 * is cleaned each time the raw text doubles, so the checks cost O(length) in all.
 */
function textUpTo(el: Node, budget: { nodes: number }, min: number): string {
  const parts: string[] = [];
  let raw = 0;
  let check = min;
  let done = false;
  const walk = (n: Node, depth: number): void => {
    if (done || budget.nodes-- <= 0 || depth > BODY_LIMITS.maxDepth) return;
    if (n.nodeType === 3) {
      const v = n.nodeValue ?? '';
      parts.push(v);
      raw += v.length;
      if (raw > check) {
        if (cleanText(parts.join('')).length > min) done = true;
        else check = 2 * raw;
      }
      return;
    }
    if (n.nodeType !== 1) return;
    const e = n as Element;
    const tag = tagOf(e);
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      parts.push(' ');
      return;
    }
    if (depth > 0 && isHidden(e)) return;
    const block = BLOCK_TAGS.has(tag) || CONTAINER_TAGS.has(tag);
    if (block) parts.push(' ');
    for (let c = e.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
    if (block) parts.push(' ');
  };
  walk(el, 0);
  return cleanText(parts.join(''));
}

/** A footnote reference: a short marker ("1", "[2]", "*") linking to an anchor on the page. */
function isNoteRef(sup: Element): boolean {
  const t = (sup.textContent ?? '').trim();
  if (t.length > 5 || !/^\[?(?:\d{1,3}|[a-z]|[*†‡])\]?$/i.test(t)) return false;
  let a: Element | null = sup;
  while (a && tagOf(a) !== 'A') a = a.firstElementChild;
  return (a?.getAttribute('href') ?? '').startsWith('#');
}

/** The container's and candidates' text length (dom-bounded's `textLength`: textContent's length without the string). */
function rawLen(el: Element): number {
  return textLength(el);
}

/**
 * Paragraph ancestors that are page regions, not the article: nav, aside,
 * footer, hidden, comments… Paragraphs share their ancestors, so the
 * per-element verdicts are memoised for one container search (`ChromeMemo`).
 */
interface ChromeMemo {
  /** Steps from an element up to the nearest "hard" chrome element (itself = 0), Infinity when <body>/<html>/the root comes first. */
  dist: Map<Element, number>;
  name: Map<Element, boolean>;
  /** Chrome-named elements that are the article itself, not a box in it (`markArticleWrappers`). */
  big: Set<Element>;
}

const newChromeMemo = (): ChromeMemo => ({ dist: new Map(), name: new Map(), big: new Set() });

/** A region that is chrome whatever its distance from the paragraph: nav/aside/footer/dialog/menu, hidden, or a chrome role. */
function isHardChrome(el: Element): boolean {
  if (HARD_CHROME_TAGS.has(tagOf(el))) return true;
  if (!el.hasAttributes()) return false;
  if (isHidden(el)) return true;
  const role = attr(el, 'role');
  return !!role && CHROME_ROLES.has(role);
}

function chromeDist(el: Element, memo: ChromeMemo): number {
  const chain: Element[] = [];
  let cur: Element | null = el;
  let base = Infinity;
  while (cur) {
    const known = memo.dist.get(cur);
    if (known !== undefined) {
      base = known;
      break;
    }
    const tag = tagOf(cur);
    if (tag === 'BODY' || tag === 'HTML') {
      memo.dist.set(cur, Infinity);
      break;
    }
    if (isHardChrome(cur)) {
      memo.dist.set(cur, 0);
      base = 0;
      break;
    }
    chain.push(cur);
    cur = cur.parentElement;
  }
  for (let i = chain.length - 1; i >= 0; i--) memo.dist.set(chain[i]!, ++base);
  return chain.length ? memo.dist.get(chain[0]!)! : base;
}

function inChromeRegion(p: Element, memo: ChromeMemo = newChromeMemo()): boolean {
  const first = p.parentElement;
  if (!first) return false;
  if (chromeDist(first, memo) < BODY_LIMITS.maxDepth) return true;
  // Class names are trusted only near the paragraph: an outer "widget" or "node--promoted" wrapper often holds the article.
  let cur: Element | null = first;
  for (let depth = 0; cur && depth < 4; depth++) {
    const tag = tagOf(cur);
    if (tag === 'BODY' || tag === 'HTML') return false;
    let named = memo.name.get(cur);
    if (named === undefined) memo.name.set(cur, (named = hasChromeName(cur)));
    if (named && !memo.big.has(cur)) return true;
    cur = cur.parentElement;
  }
  return false;
}

/**
 * A chrome word names a small box ("newsletter-signup", "promo"), not the
 * element that holds most of the page's paragraphs together with its
 * headline: `<article class="newsletter-post">` on a newsletter platform, a
 * "sponsored-story" wrapper. Such elements go into `memo.big` and stop
 * marking their paragraphs as chrome (boxes inside them still do). Counted
 * over the same four levels `inChromeRegion` looks at; cheap (no text read).
 */
function markArticleWrappers(index: DomIndex, memo: ChromeMemo, direct: DirectText): void {
  const counts = new Map<Element, number>();
  let total = 0;
  // Paragraphs, and text written straight into divs (the same blocks the scoring below credits).
  const ps: Element[] = index.pPre.slice(0, BODY_LIMITS.maxCandidates);
  const divs = index.divLike;
  for (let i = 0, nd = direct.pieces.length; i < nd; i++) if (direct.pieces[i]! >= 80) ps.push(divs[i]!);
  const n = ps.length;
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const first = p.parentElement;
    if (!first || !p.firstChild || chromeDist(first, memo) < BODY_LIMITS.maxDepth) continue;
    total++;
    let cur: Element | null = first;
    for (let depth = 0; cur && depth < 4; depth++) {
      const tag = tagOf(cur);
      if (tag === 'BODY' || tag === 'HTML') break;
      let named = memo.name.get(cur);
      if (named === undefined) memo.name.set(cur, (named = hasChromeName(cur)));
      if (named) counts.set(cur, (counts.get(cur) ?? 0) + 1);
      cur = cur.parentElement;
    }
  }
  for (const [el, c] of counts) {
    if (c < 5 || c < total * 0.5) continue;
    const tag = tagOf(el);
    if (tag === 'ARTICLE' || tag === 'MAIN' || el.querySelector('h1') !== null) memo.big.add(el);
  }
}

/** JavaScript's `\s`, the white space `trim` removes. */
function isTrimSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The text written straight into each of the first `maxCandidates` div-like
 * elements (`index.divLike`), from one pass over their children: `pieces[i]`
 * is the sum of the trimmed lengths of the Text children (what
 * `markArticleWrappers` counts) and `joined[i]` the trimmed length of their
 * concatenation (what the scoring credits), without building either string.
 */
export interface DirectText {
  pieces: number[];
  joined: number[];
}

export function directTexts(index: DomIndex): DirectText {
  const divs = index.divLike;
  const nd = Math.min(divs.length, BODY_LIMITS.maxCandidates);
  const pieces = new Array<number>(nd);
  const joined = new Array<number>(nd);
  for (let i = 0; i < nd; i++) {
    let sum = 0;
    let total = 0;
    let lead = 0;
    let trail = 0;
    let solid = false;
    for (let c = divs[i]!.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3) continue;
      const v = c.nodeValue ?? '';
      const n = v.length;
      let a = 0;
      while (a < n && isTrimSpace(v.charCodeAt(a))) a++;
      total += n;
      if (a === n) {
        // White space only: part of the leading run until a solid character, of the trailing run after one.
        if (solid) trail += n;
        else lead += n;
        continue;
      }
      let b = n - 1;
      while (isTrimSpace(v.charCodeAt(b))) b--;
      sum += b - a + 1;
      if (!solid) lead += a;
      solid = true;
      trail = n - 1 - b;
    }
    pieces[i] = sum;
    joined[i] = solid ? total - lead - trail : 0;
  }
  return { pieces, joined };
}

/** Commas in the text written straight into `el` (its Text children). */
function directCommas(el: Element): number {
  let commas = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) commas += countCommas(c.nodeValue ?? '');
  return commas;
}

/**
 * Liveblogs (`feed > entry > entry-content > text div or <p>`): each
 * paragraph credits its entry's content box and the entry, so one entry would
 * beat the feed that holds them all. The tally credits a paragraph's score
 * to its ancestors one and two levels above the entry too, and an ancestor
 * whose paragraphs are spread over at least three of its children, none
 * holding half of them, gets their whole score: it is the box that holds
 * many entries (a wrapper around the feed and one more box is not).
 */
class FeedTally {
  private readonly sums = new Map<Element, { score: number; count: number; branches: Map<Element, number> }>();

  /** `grand`: the element two levels above the text (already credited with half the score). */
  add(grand: Element, score: number): void {
    let child = grand;
    let cur = grand.parentElement;
    for (let level = 0; cur && level < 2; level++) {
      const tag = tagOf(cur);
      if (tag === 'BODY' || tag === 'HTML') return;
      let s = this.sums.get(cur);
      if (!s) this.sums.set(cur, (s = { score: 0, count: 0, branches: new Map() }));
      s.score += score;
      s.count++;
      if (s.branches.size < 200 || s.branches.has(child)) s.branches.set(child, (s.branches.get(child) ?? 0) + 1);
      child = cur;
      cur = cur.parentElement;
    }
  }

  addTo(scores: Map<Element, number>): void {
    for (const [el, s] of this.sums) {
      if (s.branches.size < 3) continue;
      let most = 0;
      for (const c of s.branches.values()) most = Math.max(most, c);
      if (most * 2 >= s.count) continue;
      scores.set(el, (scores.get(el) ?? 0) + s.score);
    }
  }
}

/**
 * A winner that wraps a single paragraph (every <p> in its own <section> or
 * <div>, each scored on its own) is one piece of the body: the box around it
 * and its siblings is. Readability walks up the same way, while the parent
 * keeps at least a third of the score; a parent with more, or the parent of
 * a lone paragraph that holds other paragraphs too, wins.
 */
function climbToHolder(best: Element, scores: Map<Element, number>, memo: ChromeMemo): Element {
  let last = scores.get(best) ?? 0;
  const floor = last / 3;
  let lone = paragraphsUpTo(best, 2) <= 1;
  let cur = best.parentElement;
  for (let k = 0; cur && k < 4; k++, cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (tag === 'BODY' || tag === 'HTML' || inChromeRegion(cur, memo)) break;
    const s = scores.get(cur);
    if (s === undefined) continue;
    if (s < floor) break;
    // The lone paragraph's box climbs only when the parent also holds other paragraphs (not just its half credit).
    if (s > last || (lone && s - last / 2 >= floor / 2)) return cur;
    last = s;
    lone = false;
  }
  return best;
}

/** How many paragraphs `el` holds (<p>, <pre>, or text written straight into an element), counting no further than `max`. */
function paragraphsUpTo(el: Element, max: number): number {
  let n = directTextLength(el) >= 80 ? 1 : 0;
  let cur: Element | null = el.firstElementChild;
  while (cur && n < max) {
    const name = cur.localName;
    if (name === 'p' || name === 'pre') {
      n++;
      cur = nextAfterSubtree(cur, el);
      continue;
    }
    if (directTextLength(cur) >= 80) n++;
    cur = cur.firstElementChild ?? nextAfterSubtree(cur, el);
  }
  return n;
}

function directTextLength(el: Element): number {
  let len = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) len += (c.nodeValue ?? '').trim().length;
  return len;
}

/** Choose the element that holds the article text. */
export function findContainer(doc: Document, index: DomIndex = indexDocument(doc)): Element | null {
  return pickContainer(doc, index).el;
}

interface Picked {
  el: Element | null;
  /** Paragraph scores of the candidates (empty when the page declared its body). */
  scores: Map<Element, number>;
  /** `el`'s textContent length when the search already read it (extractBody would read it again). */
  textLen?: number;
}

/** The long-list fallback of pickContainer: the picked box is short, and at least three items are paragraph-long. */
const LIST_FALLBACK = { maxPicked: 600, maxItems: 2_000, minItemChars: 120, minItems: 3 };

/** The highest-scoring candidate after the link-density and chrome-name discounts (null when none scores). */
function bestCandidate(scores: Map<Element, number>): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  // Only the strongest candidates get the (costlier) link-density check.
  const top = Array.from(scores).sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [el, s] of top) {
    if (s <= bestScore) break;
    // Penalise link-heavy containers (listings, link farms). One bounded walk (not textContent + querySelectorAll per candidate).
    const st = textStats(el, 10_000);
    const density = st.linkLen / (st.len || 1);
    let adj = s * (1 - Math.min(density, 0.9));
    if (hasChromeName(el)) adj *= 0.5;
    if (adj > bestScore) {
      bestScore = adj;
      best = el;
    }
  }
  return best;
}

function pickContainer(doc: Document, index: DomIndex = indexDocument(doc)): Picked {
  const memo = newChromeMemo();
  const direct = directTexts(index);
  markArticleWrappers(index, memo, direct);
  const none = new Map<Element, number>();
  for (const declared of index.articleBodyWord.slice(0, 5)) {
    if (!inChromeRegion(declared, memo) && textLongerThan(declared, 200)) return { el: declared, scores: none };
  }

  // Score parents by the paragraph text they hold (a light version of Readability's idea).
  const scores = new Map<Element, number>();
  const feed = new FeedTally();
  const credit = (p: Element, length: number, commas: number, self: boolean): void => {
    if (inChromeRegion(p, memo)) return;
    const score = 1 + Math.min(commas, 10) + Math.min(Math.floor(length / 100), 3);
    // Paragraphs inside quotes (embedded posts) or inline wrappers count for the block around them.
    let parent: Element | null = self ? p : p.parentElement;
    // (A custom element around the paragraphs is their box, as a <div> would be: blind10's web-component story.)
    for (let k = 0; parent && k < 6 && (tagOf(parent) === 'BLOCKQUOTE' || !(CONTAINER_TAGS.has(tagOf(parent)) || BLOCK_TAGS.has(tagOf(parent)) || isCustomTag(tagOf(parent)))); k++) {
      parent = parent.parentElement;
    }
    if (!parent) return;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
    if (grand) feed.add(grand, score);
  };
  const ps = index.pPre;
  const n = Math.min(ps.length, BODY_LIMITS.maxCandidates);
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    // Bounded: on a deeply nested page each <p> can hold the whole rest of the page.
    // Length and commas of exactly the text `boundedText(p, 2_000, 5_000)` returns, without building it.
    const t = boundedTextCommas(p, 2_000, 5_000);
    if (t.len < 25) continue;
    credit(p, t.len, t.commas, false);
  }
  // Text written straight into divs and sections (no <p>) counts too.
  const divs = index.divLike;
  for (let i = 0, nd = direct.joined.length; i < nd; i++) {
    const len = direct.joined[i]!;
    if (len < 80) continue;
    // Trimming removes no comma: the commas of the Text children are those of the trimmed concatenation.
    credit(divs[i]!, len, directCommas(divs[i]!), false);
  }
  feed.addTo(scores);
  let best = bestCandidate(scores);
  // blind10: an unrolled social-media thread writes its posts as long list items, no <p>: when the paragraphs
  // found hold little text, long items count as paragraphs too (read only then; a nav list's items are short links).
  if (!best || rawLen(best) < LIST_FALLBACK.maxPicked) {
    const lis = doc.getElementsByTagName('li');
    let credited = 0;
    for (let i = 0, nl = Math.min(lis.length, LIST_FALLBACK.maxItems); i < nl; i++) {
      const t = boundedTextCommas(lis[i]!, 2_000, 5_000);
      if (t.len < LIST_FALLBACK.minItemChars) continue;
      credit(lis[i]!, t.len, t.commas, false);
      credited++;
    }
    if (credited >= LIST_FALLBACK.minItems) best = bestCandidate(scores);
  }
  if (best) {
    best = climbToHolder(best, scores, memo);
    // Prefer the enclosing <article> when the best node sits inside one with little else.
    const art = closestTag(best.parentElement, 'article');
    if (art && !inChromeRegion(art, memo)) {
      const artLen = rawLen(art);
      if (artLen < rawLen(best) * 1.6) return { el: art, scores: none, textLen: artLen };
    }
    return { el: best, scores };
  }
  return { el: index.articles[0] ?? doc.querySelector('main, [role="main"]') ?? doc.body, scores: none };
}

/** A box that sums up the article next to its body ("Key points", "Summary", "What we know"). */
const SUMMARY_BOX_RE =
  /^(?:key (?:points|facts|takeaways|findings|developments|details)|(?:the )?summary|(?:the )?highlights|takeaways|at a glance|in (?:brief|short)|tl;?dr|what we know(?: so far)?|what you need to know|the essentials|das wichtigste(?: in kürze)?|en bref|l['’]essentiel|lo (?:más importante|esencial)|en resumen)\b/i;
const SUMMARY_CLASS_RE = /(?:^|[-_\s])(?:key-?points|keypoints|key-?facts|takeaways|highlights|summary|tldr|at-?a-?glance)(?:$|[-_\s])/i;
const SIBLING_LIMITS = { maxSiblings: 40, maxSummaryChars: 2_500 };
/** A sibling holding one of these (`h1, article, form, textarea, input`) is never part of the article. */
const BOX_BREAKERS = new Set(['h1', 'article', 'form', 'textarea', 'input']);

/**
 * Siblings of the chosen container that belong to the same article, in
 * document order with the container: a section holding a fair share of the
 * paragraph score (a press release split into "Summary" and "Details"
 * sections), or a summary box above the body (a liveblog's "Key points").
 * Chrome, link lists, other <article>s, forms and boxes with their own <h1>
 * are never taken.
 */
function containerParts(best: Element, scores: Map<Element, number>): Element[] {
  const parent = best.parentElement;
  const bestTag = tagOf(best);
  if (!parent || !scores.size || bestTag === 'ARTICLE' || bestTag === 'BODY' || bestTag === 'HTML') return [best];
  const ptag = tagOf(parent);
  if (ptag === 'HTML') return [best];
  const bestScore = scores.get(best) ?? 0;
  const parts: Element[] = [];
  let before = true;
  let k = 0;
  for (let sib = parent.firstElementChild; sib && k < SIBLING_LIMITS.maxSiblings; sib = sib.nextElementSibling, k++) {
    if (sib === best) {
      parts.push(best);
      before = false;
      continue;
    }
    const tag = tagOf(sib);
    if (tag === 'P' && before && isStandfirst(sib)) {
      parts.push(sib);
      continue;
    }
    if (tag !== 'DIV' && tag !== 'SECTION') continue;
    if (isChromeElement(sib, null) || hasDescendantTag(sib, BOX_BREAKERS)) continue;
    const st = textStats(sib, 5_000);
    if (st.len < 40 || st.linkLen > st.len * 0.3) continue;
    const score = scores.get(sib) ?? 0;
    if (score >= 5 && score >= bestScore * 0.25) {
      parts.push(sib);
      continue;
    }
    if (before && st.len <= SIBLING_LIMITS.maxSummaryChars && isSummaryBox(sib)) parts.push(sib);
  }
  // The container always comes along (a very long run of siblings before it: only the container).
  return before ? [best] : parts;
}

/** A paragraph above the body named as its standfirst ("standfirst", "dek", "lede", "chapo"). */
const STANDFIRST_CLASS_RE = /(?:^|[-_\s])(?:standfirst|lede|dek|deck|intro|subtitle|chapo|sapo|excerpt)(?:$|[-_\s])/i;

function isStandfirst(el: Element): boolean {
  if (!STANDFIRST_CLASS_RE.test(attr(el, 'class')) || isChromeElement(el, null)) return false;
  const st = textStats(el, 2_000);
  return st.len >= 40 && st.len <= 600 && st.linkLen <= st.len * 0.3;
}

function isSummaryBox(el: Element): boolean {
  if (SUMMARY_CLASS_RE.test(classAttr(el) + ' ' + attr(el, 'id'))) return true;
  const first = el.firstElementChild;
  if (!first) return false;
  const tag = tagOf(first);
  if (!/^H[2-6]$/.test(tag) && tag !== 'STRONG' && tag !== 'B' && !(tag === 'DIV' || tag === 'P' || tag === 'SPAN')) return false;
  const head = cleanText(first.textContent ?? '').slice(0, 60);
  return head.length <= 40 && SUMMARY_BOX_RE.test(head);
}

/**
 * The first `max` <a> elements inside `root`, in document order: what
 * `root.querySelectorAll('a')` starts with (a <template>'s contents are not
 * searched), without compiling a selector for every inline element.
 */
function linksIn(root: Element, max: number): Element[] {
  const out: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el && out.length < max) {
    const name = el.localName;
    const lower = typeof name === 'string' ? (name.length === 1 ? name.toLowerCase() : name) : '';
    if (lower === 'a') out.push(el);
    const first: Element | null = lower === 'template' || name === 'template' ? null : el.firstElementChild;
    if (first) {
      el = first;
      continue;
    }
    el = nextAfterSubtree(el, root);
  }
  return out;
}

/**
 * Whether an inline element (<font>, <span>, <b>) has a paragraph or container as a child: it is walked
 * as a container. Not a link: a linked headline block (<a><h3>…</h3></a>) stays one link-only line.
 */
function holdsBlocks(el: Element, depth = 0): boolean {
  const tag = tagOf(el);
  if (tag === 'A' || BLOCK_TAGS.has(tag) || CONTAINER_TAGS.has(tag)) return false;
  let n = 0;
  for (let c = el.firstElementChild; c && n < 50; c = c.nextElementSibling, n++) {
    const t = tagOf(c);
    if (BLOCK_TAGS.has(t) || CONTAINER_TAGS.has(t)) return true;
    // blind10: a web component's light DOM nests the story's blocks in custom elements (<x-shell><x-story><p>…).
    if (depth < 3 && isCustomTag(t) && holdsBlocks(c, depth + 1)) return true;
  }
  return false;
}

/** A custom element's tag ("SW-STORY"): its name holds a hyphen, which no HTML element's does. */
function isCustomTag(tag: string): boolean {
  return tag.indexOf('-') > 0;
}

/** The last non-space character of a run's text parts ('' when the run is blank). */
function lastChar(parts: string[]): string {
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    for (let j = p.length - 1; j >= 0; j--) {
      const ch = p[j]!;
      if (ch !== ' ' && ch !== '\n' && ch !== '\t' && ch !== '\r' && ch !== '\u00a0') return ch;
    }
  }
  return '';
}

/** The previous or next sibling that is not blank text (null at the edge). */
function solidSibling(n: Node, forward: boolean): Node | null {
  for (let c = forward ? n.nextSibling : n.previousSibling; c; c = forward ? c.nextSibling : c.previousSibling) {
    if (c.nodeType === 3 && !(c.nodeValue ?? '').trim()) continue;
    if (c.nodeType === 8) continue;
    return c;
  }
  return null;
}

/** Characters after which a line continues on the next one ("Smith,<br>Jones"). */
const LINE_GOES_ON = new Set([',', '(', '-', '–', '—', '/', '&', '+']);

/**
 * Does a <br> end a line of its own (a block break)? Old table/<font> sites write the headline, a
 * "Posted: … | Views: …" line and the story as inline runs split by <br>: a run of two or more <br>
 * ends the block, and so does a single one after a styled line (an element, not running text) that
 * ends without punctuation. A <br> inside running text stays a space.
 */
function brEndsLine(br: Element, parts: string[]): boolean {
  const last = lastChar(parts);
  if (!last) return false;
  const next = solidSibling(br, true);
  if (next && next.nodeType === 1 && tagOf(next as Element) === 'BR') return true;
  const prev = solidSibling(br, false);
  // A styled line is an element; a link ends running text more often than a line of its own.
  if (!prev || prev.nodeType !== 1 || tagOf(prev as Element) === 'A') return false;
  return !LINE_GOES_ON.has(last) && !/[.!?。…:;"”’)]/.test(last);
}

function blockKind(tag: string): BlockKind {
  switch (tag) {
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
      return 'heading';
    case 'LI':
      return 'list-item';
    default:
      return 'paragraph';
  }
}

/** A paragraph that only leads elsewhere ("Read more: …", "Related: …"). */
const LEAD_AWAY_RE = /^(?:read more|read also|also read|related|see also|more on this|recommended|watch|listen|sign up|subscribe|click here|advertisement|story continues)\b\s*[:|»>\-–—]?/i;

/** Link-only lines kept anyway: an aggregator's credit to the original ("Source link", "Originally published at …"). */
const KEEP_LINK_LINE_RE = /^(?:source(?: link)?|original (?:article|story|post|source)|originally (?:published|appeared)|this (?:article|story|post) (?:first|originally) appeared|read the original|via)\b/i;

/** The walk's collected inline text of a run of nodes. */
interface Run {
  parts: string[];
  links: BodyLink[];
  linkChars: number;
}

/*
 * One `extractBody` walk's state, in module variables that each call sets (the walk is synchronous and never
 * re-entered), and its steps module functions, not closures made by each call: V8 keeps a function's optimized
 * code only while the function lives, so each page's new closures were compiled again once the last page's were
 * collected (under the bench's full GC before each page, the walk's closures were ~130 ms of TurboFan a corpus
 * pass; session 13). Module variables, not a state object, because their names minify (no bytes added).
 */
let wBlocks: BodyBlock[] = [];
let wTitle = '';
let wBaseUrl: string | null = null;
let wContainer: Element | null = null;
/** The container's text length, read on first need (-1: not yet). */
let wContainerLen = -1;
let wChars = 0;
let wNodes = 0;
let wStop = false;
let wTruncated = false;
const wSeen = new Set<string>();

/**
 * The container's text length, read on first need: only a <form>/<footer> or a chrome-named box inside it asks,
 * and reading it builds the container's whole text (on most pages the body's).
 */
function walkContainerLen(): number {
  return wContainerLen < 0 ? (wContainerLen = rawLen(wContainer!) || 1) : wContainerLen;
}

function pushBlock(kind: BlockKind, text: string, links: BodyLink[], linkChars: number): void {
  if (!text || wStop) return;
  // Link-only lines are navigation or related headlines, not prose.
  if (linkChars > text.length * 0.8 && !KEEP_LINK_LINE_RE.test(text) && (kind === 'list-item' || text.length < 160 || !/[.!?。]["”’)]?$/.test(text))) return;
  if (kind !== 'quote' && kind !== 'caption' && LEAD_AWAY_RE.test(text) && (linkChars > 0 || text.length < 60)) return;
  // The headline again (a heading, or an inline line split off by <br> on an old table site).
  if ((kind === 'heading' || kind === 'paragraph') && wTitle && text.length === wTitle.length && text.toLowerCase() === wTitle.toLowerCase()) return;
  // Only a heading is ever looked up (a repeated heading is dropped): only headings are kept, so a block's
  // text is not copied into a key and hashed for nothing (on a 200 KB article, 716 such keys per page).
  if (kind === 'heading') {
    if (wSeen.has(text)) return;
    wSeen.add(text);
  }
  wBlocks.push({ kind, text, links: links.slice(0, 50) });
  wChars += text.length;
  if (wBlocks.length >= BODY_LIMITS.maxBlocks || wChars >= BODY_LIMITS.maxChars) {
    wTruncated = true;
    wStop = true;
  }
}

function newRun(): Run {
  return { parts: [], links: [], linkChars: 0 };
}

/** Collect the inline text of a node into a run. */
function addInline(run: Run, n: Node): void {
  if (n.nodeType === 3) {
    run.parts.push(n.nodeValue ?? '');
    return;
  }
  if (n.nodeType !== 1) return;
  const e = n as Element;
  const tag = tagOf(e);
  if (SKIP_TAGS.has(tag) || isHidden(e)) return;
  if (tag === 'BR') {
    run.parts.push(' ');
    return;
  }
  // A footnote marker ("GRU.<sup><a href="#fn1">1</a></sup> Latvia …") glued two sentences into one (blind9).
  if (tag === 'SUP' && isNoteRef(e)) return;
  const t = textOf(e);
  if (!t) return;
  run.parts.push(' ' === t ? t : t);
  if (tag === 'A') {
    run.linkChars += t.length;
    const href = resolveHttpUrl(e.getAttribute('href'), wBaseUrl);
    if (href) run.links.push({ href, text: t });
  } else {
    const as = linksIn(e, 50);
    for (let i = 0; i < as.length; i++) {
      const a = as[i]!;
      const at = textOf(a);
      run.linkChars += at.length;
      const href = resolveHttpUrl(a.getAttribute('href'), wBaseUrl);
      if (href) run.links.push({ href, text: at });
    }
  }
}

function flushRun(run: Run, kind: BlockKind): void {
  const text = cleanText(run.parts.join(''));
  pushBlock(kind, text, run.links, run.linkChars);
  run.parts = [];
  run.links = [];
  run.linkChars = 0;
}

function isChromeHere(el: Element): boolean {
  const tag = tagOf(el);
  if (CHROME_TAGS.has(tag)) {
    // A <form> or <footer> wrapping most of the article is not chrome.
    if ((tag === 'FORM' || tag === 'FOOTER') && rawLen(el) > walkContainerLen() * 0.5) return false;
    return true;
  }
  // Without attributes: no role, not hidden, no chrome name.
  if (!el.hasAttributes()) return tag === 'HEADER' && !closestTag(el, 'article');
  const role = attr(el, 'role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (isHidden(el)) return true;
  if (tag === 'HEADER' && !closestTag(el, 'article')) return true;
  if (!hasChromeName(el)) return false;
  // A "chrome" name on a box that holds most of the article ("node--promoted", "widget Blog") is a false alarm.
  return rawLen(el) <= walkContainerLen() * 0.5;
}

function walkBody(el: Element, depth: number, inherited: BlockKind | null): void {
  if (wStop) return;
  if (++wNodes > BODY_LIMITS.maxNodes || depth > BODY_LIMITS.maxDepth) {
    wTruncated = true;
    wStop = true;
    return;
  }
  const tag = tagOf(el);
  const own: BlockKind | null = tag === 'BLOCKQUOTE' ? 'quote' : tag === 'FIGCAPTION' ? 'caption' : inherited;
  let run = newRun();
  for (let c = el.firstChild; c && !wStop; c = c.nextSibling) {
    if (c.nodeType === 3) {
      run.parts.push(c.nodeValue ?? '');
      continue;
    }
    if (c.nodeType !== 1) continue;
    const e = c as Element;
    const ct = tagOf(e);
    if (SKIP_TAGS.has(ct)) continue;
    if (ct === 'BR' && brEndsLine(e, run.parts)) {
      flushRun(run, own ?? 'paragraph');
      run = newRun();
      continue;
    }
    if (BLOCK_TAGS.has(ct) || CONTAINER_TAGS.has(ct) || ct === 'HR' || holdsBlocks(e)) {
      flushRun(run, own ?? 'paragraph');
      run = newRun();
      if (ct === 'HR' || isChromeHere(e)) continue;
      if (BLOCK_TAGS.has(ct)) {
        const r = newRun();
        for (let k = e.firstChild; k; k = k.nextSibling) {
          // A block holding blocks (li > p) is walked instead.
          if (k.nodeType === 1 && (BLOCK_TAGS.has(tagOf(k as Element)) || CONTAINER_TAGS.has(tagOf(k as Element)))) {
            flushRun(r, own ?? blockKind(ct));
            walkBody(k as Element, depth + 1, own ?? (ct === 'LI' ? 'list-item' : null));
            continue;
          }
          if (k.nodeType === 1 && tagOf(k as Element) === 'BR' && brEndsLine(k as Element, r.parts)) {
            flushRun(r, own ?? blockKind(ct));
            continue;
          }
          if (k.nodeType === 1 && isChromeHere(k as Element)) continue;
          // An inline wrapper around paragraphs (<font><p>…</p></font> on old table sites) is walked, not flattened.
          if (k.nodeType === 1 && holdsBlocks(k as Element)) {
            flushRun(r, own ?? blockKind(ct));
            walkBody(k as Element, depth + 1, own ?? (ct === 'LI' ? 'list-item' : null));
            continue;
          }
          addInline(r, k);
        }
        flushRun(r, own ?? blockKind(ct));
      } else {
        walkBody(e, depth + 1, own);
      }
    } else {
      // Inline element: chrome inside a run (an ad label, a share link) is dropped.
      // A hidden one (span, link or any other) is dropped by addInline, which reads its hidden markup.
      if (isChromeHere(e) && !(ct === 'A' || ct === 'STRONG' || ct === 'EM' || ct === 'B' || ct === 'I')) continue;
      addInline(run, e);
    }
  }
  flushRun(run, own ?? 'paragraph');
}

/** Extract the article body as blocks. `title` (the headline) is put first when given. */
export function extractBody(doc: Document, opts: { baseUrl: string | null; title?: string | null; index?: DomIndex } = { baseUrl: null }): ArticleBody {
  const blocks: BodyBlock[] = [];
  let container: Element | null = null;
  let parts: Element[] = [];
  let knownLen = -1;
  try {
    const picked = pickContainer(doc, opts.index);
    container = picked.el;
    if (picked.textLen !== undefined) knownLen = picked.textLen || 1;
    parts = container ? containerParts(container, picked.scores) : [];
  } catch {
    container = null;
  }
  const title = opts.title ? cleanText(opts.title) : '';
  if (title) blocks.push({ kind: 'title', text: title, links: [] });
  if (!container) return { blocks, container, truncated: false };

  wBlocks = blocks;
  wTitle = title;
  wBaseUrl = opts.baseUrl;
  wContainer = container;
  wContainerLen = knownLen;
  wChars = wNodes = 0;
  wStop = wTruncated = false;
  try {
    for (const part of parts.length ? parts : [container]) {
      if (wStop) break;
      walkBody(part, 0, null);
    }
  } catch {
    // A DOM quirk must not lose the page: keep what we have.
  }
  // Keep no page between calls.
  wBlocks = [];
  wContainer = null;
  wSeen.clear();
  return { blocks, container, truncated: wTruncated };
}
