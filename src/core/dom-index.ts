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
  /** Elements walked. */
  elements: number;
}

/** Selector tag matching is case-insensitive in HTML documents: lower-case names once per distinct spelling. */
const LOWER = new Map<string, string>();
function lowerName(el: Element): string {
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

export function indexDocument(doc: Document): DomIndex {
  const x: DomIndex = { pPre: [], pPreArticle: [], divLike: [], articles: [], h234: [], divBr: [], articleBodyWord: [], articleBodyExact: null, declared: [], elements: 0 };
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
    const itemprop = el.getAttribute('itemprop');
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
