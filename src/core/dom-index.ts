/**
 * One walk over the document's elements that gathers what the first look's
 * modules used to ask `querySelectorAll` for, one selector at a time (each
 * call compiles a selector and walks the whole document again; under
 * linkedom that was ~30 % of the detection and body extraction):
 *
 * | list | selector it replaces |
 * | --- | --- |
 * | `pPre` | `p, pre` |
 * | `pPreArticle` | `p, pre, article` |
 * | `divLike` | `div, section, article, td` |
 * | `articles` | `article` |
 * | `h234` | `h2, h3, h4` |
 * | `divBr` | `div > br` |
 * | `articleBodyWord` | `[itemprop~="articleBody"]` |
 * | `articleBodyExact` | first `[itemprop="articleBody"]` |
 * | `declared` | `meta, script[type], link[rel], title, [itemtype], [itemprop]` |
 * | `h1` | first 10 of `getElementsByTagName('h1')` (template contents included, as there) |
 * | `firstH1` | `querySelector('h1')` |
 * | `times` | first 30 of `getElementsByTagName('time')` (template contents included) |
 * | `footers` | `footer` |
 *
 * Document order, like the selectors; a <template>'s contents are not walked
 * (querySelectorAll does not see them either). A snapshot: build it once per
 * first look and pass it on (`index` options), never keep it across runs.
 */
import { nextAfterSubtree } from './dom-bounded';

export interface DomIndex {
  pPre: Element[];
  pPreArticle: Element[];
  divLike: Element[];
  articles: Element[];
  h234: Element[];
  divBr: Element[];
  articleBodyWord: Element[];
  articleBodyExact: Element | null;
  declared: Element[];
  h1: Element[];
  firstH1: Element | null;
  times: Element[];
  /** Every element walked that has attributes, in document order (what `indexCues` reads, without a second walk). */
  withAttributes: Element[];
  /**
   * The elements of `withAttributes` that have an `itemprop` (their positions there, ascending) and its value, read
   * once by the walk. Sparse: most elements have none, and a slot per element was an eighth of the first look's garbage.
   */
  itempropAt: number[];
  itempropValues: string[];
  /** `footer` elements, and for each the length `withAttributes` had when it was walked (vendor-site.ts merges the two in document order). */
  footers: Element[];
  footersAt: number[];
  /** Elements walked. */
  elements: number;
}

/** Selector tag matching is case-insensitive in HTML documents: lower-case names once per distinct spelling. */
const LOWER = new Map<string, string>();
export function lowerName(el: Element): string {
  const n = el.localName;
  if (typeof n !== 'string') return '';
  let l = LOWER.get(n);
  if (l === undefined) {
    l = n.toLowerCase();
    if (LOWER.size < 2_000) LOWER.set(n, l);
  }
  return l;
}

/** `~=`: the attribute's whitespace-separated words include `word`. */
function hasWord(value: string, word: string): boolean {
  const i = value.indexOf(word);
  if (i < 0) return false;
  if (value === word) return true;
  for (const w of value.split(/[ \t\n\f\r]+/)) if (w === word) return true;
  return false;
}

/** How many `h1` and `time` elements the index keeps (page facts read no more). */
export const INDEX_LIMITS = { h1: 10, times: 30 };

/**
 * `getElementsByTagName` walks into a <template>'s contents where they are
 * its children (linkedom; a browser keeps them in `template.content`, so
 * there is nothing to walk): gather its h1 and time elements there too.
 */
function templateTags(tpl: Element, x: DomIndex): void {
  let el: Element | null = tpl.firstElementChild;
  while (el && (x.h1.length < INDEX_LIMITS.h1 || x.times.length < INDEX_LIMITS.times)) {
    const n = el.localName;
    if (n === 'h1') {
      if (x.h1.length < INDEX_LIMITS.h1) x.h1.push(el);
    } else if (n === 'time' && x.times.length < INDEX_LIMITS.times) x.times.push(el);
    el = el.firstElementChild ?? nextAfterSubtree(el, tpl);
  }
}

export function indexDocument(doc: Document): DomIndex {
  const x: DomIndex = { pPre: [], pPreArticle: [], divLike: [], articles: [], h234: [], divBr: [], articleBodyWord: [], articleBodyExact: null, declared: [], h1: [], firstH1: null, times: [], withAttributes: [], itempropAt: [], itempropValues: [], footers: [], footersAt: [], elements: 0 };
  let el: Element | null = (doc as unknown as ParentNode).firstElementChild ?? doc.documentElement ?? null;
  while (el) {
    x.elements++;
    const tag = lowerName(el);
    let declared = false;
    switch (tag) {
      case 'p':
      case 'pre':
        x.pPre.push(el);
        x.pPreArticle.push(el);
        break;
      case 'article':
        x.pPreArticle.push(el);
        x.divLike.push(el);
        x.articles.push(el);
        break;
      case 'div':
      case 'section':
      case 'td':
        x.divLike.push(el);
        break;
      case 'h1':
        x.firstH1 ??= el;
        // getElementsByTagName compares the local name as written (HTML parsers write it in lower case).
        if (x.h1.length < INDEX_LIMITS.h1 && el.localName === 'h1') x.h1.push(el);
        break;
      case 'time':
        if (x.times.length < INDEX_LIMITS.times && el.localName === 'time') x.times.push(el);
        break;
      case 'footer':
        x.footers.push(el);
        x.footersAt.push(x.withAttributes.length);
        break;
      case 'template':
        if (x.h1.length < INDEX_LIMITS.h1 || x.times.length < INDEX_LIMITS.times) templateTags(el, x);
        break;
      case 'h2':
      case 'h3':
      case 'h4':
        x.h234.push(el);
        break;
      case 'br': {
        const p = el.parentElement;
        if (p && lowerName(p) === 'div') x.divBr.push(el);
        break;
      }
      case 'meta':
      case 'title':
        declared = true;
        break;
      case 'script':
        declared = el.hasAttribute('type');
        break;
      case 'link':
        declared = el.hasAttribute('rel');
        break;
    }
    // An element without attributes has no itemprop or itemtype (and the script/link cases above read false).
    const hasAttributes = el.hasAttributes();
    const itemprop = hasAttributes ? el.getAttribute('itemprop') : null;
    if (itemprop !== null) {
      x.itempropAt.push(x.withAttributes.length);
      x.itempropValues.push(itemprop);
    }
    if (hasAttributes) x.withAttributes.push(el);
    if (itemprop !== null) {
      declared = true;
      if (itemprop === 'articleBody') x.articleBodyExact ??= el;
      if (hasWord(itemprop, 'articleBody')) x.articleBodyWord.push(el);
    } else if (!declared && el.hasAttribute('itemtype')) declared = true;
    if (declared) x.declared.push(el);
    // Next in document order: first child (not into a <template>), else the next sibling of the nearest ancestor that has one.
    const first: Element | null = tag === 'template' ? null : el.firstElementChild;
    if (first) {
      el = first;
      continue;
    }
    el = nextAfterSubtree(el, null);
  }
  return x;
}

/**
 * Page-fact cues found by class, itemprop and rel (metadata.ts): one walk
 * instead of a `querySelector(All)` per selector group, each match exactly
 * what the selector finds (CSS attribute semantics: values compared as
 * written, `rel` without regard to case, `~=` words split at any `\s`).
 * Built on first need (most pages declare what these would find).
 */
export interface CueIndex {
  /** First `[itemprop="headline"], .entry-title, .post-title, .article-title`. */
  headline: Element | null;
  /** The first BYLINE_PER_GROUP matches of each of metadata's five byline selector groups, in document order. */
  bylines: Element[][];
  /** First `abbr.published[title], .published[datetime]`. */
  published: Element | null;
}

export const BYLINE_PER_GROUP = 30;

/** JavaScript's `\s` (what a CSS `~=` match splits on in the selector engine). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** CSS `[attr~="word"]` on a value: `word` is one of its whitespace-separated words. */
export function cssWord(value: string | null, word: string): boolean {
  if (value === null) return false;
  for (let i = value.indexOf(word); i >= 0; i = value.indexOf(word, i + 1)) {
    const e = i + word.length;
    if ((i === 0 || isSpace(value.charCodeAt(i - 1))) && (e === value.length || isSpace(value.charCodeAt(e)))) return true;
  }
  return false;
}

/** The class attribute as the selector engine reads it. */
function classValue(el: Element): string | null {
  const node = typeof el.getAttributeNode === 'function' ? el.getAttributeNode('class') : undefined;
  return node === undefined ? el.getAttribute('class') : node ? node.value : null;
}

function authorAncestor(el: Element): boolean {
  for (let cur = el.parentElement; cur; cur = cur.parentElement) if (cssWord(cur.getAttribute('itemprop'), 'author')) return true;
  return false;
}

/**
 * `index`, when given, must be `indexDocument(doc)` of the same, unchanged
 * document (the first look's snapshot): its `withAttributes` list is exactly
 * the elements this walk would read (every element of the walk without
 * attributes is skipped), so the second walk is not made.
 */
export function indexCues(doc: Document, index?: DomIndex): CueIndex {
  const x: CueIndex = { headline: null, bylines: [[], [], [], [], []], published: null };
  const [g0, g1, g2, g3, g4] = x.bylines as [Element[], Element[], Element[], Element[], Element[]];
  const N = BYLINE_PER_GROUP;
  const list = index?.withAttributes;
  const at = index?.itempropAt;
  const values = index?.itempropValues;
  let k = 0;
  let p = 0;
  let el: Element | null = list ? (list[0] ?? null) : ((doc as unknown as ParentNode).firstElementChild ?? doc.documentElement ?? null);
  while (el) {
    if (list || el.hasAttributes()) {
      const cls = classValue(el);
      // From the index: the walk read every element's itemprop already (positions ascending, k goes up by one).
      const itemprop = at && values ? (at[p] === k ? values[p++]! : null) : el.getAttribute('itemprop');
      // metadata's BYLINE_SELECTORS, group by group.
      if (g0.length < N && itemprop === 'name' && authorAncestor(el)) g0.push(el);
      if (g1.length < N && cssWord(itemprop, 'author')) g1.push(el);
      if (g2.length < N) {
        const rel = el.getAttribute('rel');
        if (rel !== null && rel.length >= 6 && cssWord(rel.toLowerCase(), 'author')) g2.push(el);
      }
      // Every class test below needs one of these pieces: most class values are rejected by five indexOf calls.
      if (cls !== null && (cls.indexOf('aut') >= 0 || cls.indexOf('yline') >= 0 || cls.indexOf('by-line') >= 0 || cls.indexOf('title') >= 0 || cls.indexOf('published') >= 0)) {
        if (
          g3.length < N &&
          (cls.includes('author-name') ||
            cls.includes('author__name') ||
            cls.includes('authorName') ||
            cls.includes('byline__name') ||
            cls.includes('byline__author') ||
            cssWord(cls, 'entry-author') ||
            cssWord(cls, 'post-author') ||
            cssWord(cls, 'article-author') ||
            cssWord(cls, 'author-link') ||
            cssWord(cls, 'story-author'))
        ) {
          g3.push(el);
        }
        if (x.headline === null && (cssWord(cls, 'entry-title') || cssWord(cls, 'post-title') || cssWord(cls, 'article-title'))) x.headline = el;
        if (x.published === null && isPublishedCue(el, cls)) x.published = el;
      }
      if (
        g4.length < N &&
        ((cls !== null && cls.length >= 5 && (cls.includes('byline') || cls.includes('Byline') || cssWord(cls, 'by-line') || cssWord(cls, 'author') || cls.includes('autor'))) ||
          (el.getAttribute('data-testid') ?? '').includes('byline'))
      ) {
        g4.push(el);
      }
      if (x.headline === null && itemprop === 'headline') x.headline = el;
    }
    if (list) {
      el = list[++k] ?? null;
      continue;
    }
    // Next in document order; like querySelectorAll, not into a <template>'s contents.
    const first: Element | null = lowerName(el) === 'template' ? null : el.firstElementChild;
    el = first ?? nextAfterSubtree(el, null);
  }
  return x;
}

/** `abbr.published[title], .published[datetime]` for an element whose class value is `cls`. */
function isPublishedCue(el: Element, cls: string): boolean {
  return cssWord(cls, 'published') && ((lowerName(el) === 'abbr' && el.hasAttribute('title')) || el.hasAttribute('datetime'));
}

/**
 * `indexCues(doc, index).headline` without the byline groups: the walk stops
 * at the first match and reads only the class (the itemprop is in the index).
 * Page facts ask for the headline cue on pages whose h1 does not do, and for
 * the bylines only on pages that declare no author.
 */
export function cueHeadline(index: DomIndex): Element | null {
  const list = index.withAttributes;
  const at = index.itempropAt;
  const values = index.itempropValues;
  let p = 0;
  for (let k = 0; k < list.length; k++) {
    if (at[p] === k && values[p++] === 'headline') return list[k]!;
    const cls = classValue(list[k]!);
    if (cls !== null && cls.indexOf('title') >= 0 && (cssWord(cls, 'entry-title') || cssWord(cls, 'post-title') || cssWord(cls, 'article-title'))) return list[k]!;
  }
  return null;
}

/** `indexCues(doc, index).published` alone, the same way. */
export function cuePublished(index: DomIndex): Element | null {
  const list = index.withAttributes;
  for (let k = 0; k < list.length; k++) {
    const cls = classValue(list[k]!);
    if (cls !== null && cls.indexOf('published') >= 0 && isPublishedCue(list[k]!, cls)) return list[k]!;
  }
  return null;
}
