import { indexDocument, type DomIndex } from './dom-index';
import { classAttr, type ArticleBody } from './body';
import { boundedText, nextAfterSubtree } from './dom-bounded';
import type { PageFacts } from './metadata';
import { ARTICLE_TYPES_STRICT_RE } from './metadata';

/**
 * Is this page a single article (not a home page, section front, tag listing,
 * search result, product page or forum index)? A cheap first look: what the
 * page declares, the URL's shape, repeated teaser blocks, and a bounded,
 * clone-free version of Readability's isProbablyReaderable paragraph score.
 */

export interface ArticleVerdict {
  isArticle: boolean;
  points: number;
  /** One short, user-facing reason when the page is not an article. */
  reason: string | null;
  signals: ArticleSignals;
}

export interface ArticleSignals {
  declared: boolean;
  readerScore: number;
  teasers: number;
  urlKind: UrlKind;
  nonArticleType: string | null;
  bodyChars: number;
}

export type UrlKind = 'home' | 'listing' | 'search' | 'forum' | 'product' | 'article-like' | 'other' | 'none';

export const ARTICLE_LIMITS = { maxParagraphs: 1500, maxHeadings: 400, maxArticles: 200 };

/** Readability's "unlikely candidate" class words (its isProbablyReaderable list). */
const UNLIKELY_RE =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_RE = /and|article|body|column|content|main|shadow/i;

const LISTING_SEGMENTS = new Set([
  'tag', 'tags', 'topic', 'topics', 'category', 'categories', 'section', 'sections', 'author', 'authors', 'archive', 'archives', 'label', 'labels', 'stichwort', 'thema', 'themen', 'rubrique', 'categoria', 'categorias', 'etiqueta', 'tema', 'temas', 'page', 'latest', 'all-news', 'newsletters',
]);
const FORUM_RE = /\/(?:forums?|boards?|community|discussions?)\/?$|\/(?:forumdisplay|viewforum|forumindex)\b|\/forums?\/(?:index|list)\b/i;
const PRODUCT_RE = /\/(?:products?|shop|store|pricing|plans|buy|checkout|cart|download|downloads|features|deals?)(?:\/|$|\.html?)/i;
const SEARCH_RE = /\/(?:search|suche|recherche|buscar|cerca|busca|find)(?:\/|$|\.html?)|[?&](?:s|q|query|search|keyword|keywords|text)=/i;
const PAGINATION_RE = /\/page\/\d+\/?$|[?&](?:page|paged|p)=(?:[2-9]|\d{2,5})(?:&|$)/i;
const GENERIC_SECTION_RE =
  /^(?:news|world|business|politics|technology|tech|science|sport|sports|health|opinion|culture|entertainment|security|cybersecurity|cyber|videos?|blog|blogs|articles|stories|latest|home|index|en|de|fr|es|it|pt|ru|zh|ja|ko|us|uk|local|national|international|economy|markets|lifestyle|travel|food|music|film|movies|tv|books|arts|weather|threats|vulnerabilities|malware|ransomware|data-breaches|privacy)$/i;

/** Classify the URL's shape. */
export function classifyUrl(url: string | null): UrlKind {
  if (!url) return 'none';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'none';
  }
  const path = u.pathname.replace(/\/{2,}/g, '/');
  const segs = path.split('/').filter(Boolean);
  const last = segs[segs.length - 1] ?? '';
  if (SEARCH_RE.test(path + u.search)) return 'search';
  if (FORUM_RE.test(path)) return 'forum';
  if (segs.length === 0 || (segs.length === 1 && /^(?:index\.\w{2,5}|[a-z]{2}(?:-[a-z]{2})?|home|default\.\w{2,5})$/i.test(last))) return 'home';
  if (PAGINATION_RE.test(path + u.search)) return 'listing';
  const slugLike = (s: string) => (s.match(/[-_]/g)?.length ?? 0) >= 3 || /\d{5,}/.test(s) || /\.(?:html?|php|aspx?|shtml)$/i.test(s);
  if (segs.some((s) => LISTING_SEGMENTS.has(s.toLowerCase())) && !slugLike(last)) return 'listing';
  if (PRODUCT_RE.test(path) && !slugLike(last)) return 'product';
  if (slugLike(last) || /\/(?:19|20)\d{2}\/\d{1,2}\//.test(path)) return 'article-like';
  // "/news/", "/world/", "/security/": a section front.
  if (segs.every((s) => GENERIC_SECTION_RE.test(s))) return 'listing';
  return 'other';
}

// blind14: a careers page declares its JobPosting; its duties list every security word of a news story.
const NON_ARTICLE_TYPE_RE = /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage|Product|ProductGroup|Offer|AggregateOffer|SoftwareApplication|Store|OnlineStore|ProductCollection|JobPosting)$/;

function visible(el: Element): boolean {
  if (!el.hasAttributes()) return true;
  if (el.hasAttribute('hidden')) return false;
  if (el.getAttribute('aria-hidden') === 'true') return false;
  const st = el.getAttribute('style');
  return !(st && /display\s*:\s*none/i.test(st));
}

const CJK_CHAR = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

/**
 * Text length in Latin-text terms: a Chinese or Japanese character (no spaces between words; a word is about 1.7
 * characters) weighs 3.5, about what a word and its space weigh in English; a Hangul syllable (Korean puts spaces
 * between words) 2.5. A Chinese news paragraph of 50 characters is as much running text as 175 English characters.
 */
export function weightedLength(text: string): number {
  if (!CJK_CHAR.test(text.slice(0, 60))) return text.length;
  let extra = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) extra += 2.5;
    else if (c >= 0xac00 && c <= 0xd7af) extra += 1.5;
  }
  return text.length + extra;
}

function insideLi(el: Element): boolean {
  let cur = el.parentElement;
  for (let d = 0; cur && d < 12; d++, cur = cur.parentElement) if (upperTag(cur) === 'LI') return true;
  return false;
}

/** `el.tagName` for the comparisons here, read once per distinct local name of an HTML element (linkedom upper-cases on every read). */
const TAGS = new Map<string, string>();
function upperTag(el: Element): string {
  const n = el.localName;
  if (typeof n !== 'string' || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return el.tagName;
  let t = TAGS.get(n);
  if (t === undefined) {
    t = el.tagName;
    if (TAGS.size < 2_000) TAGS.set(n, t);
  }
  return t;
}

/** Readability-style paragraph score (sum of sqrt(len - 140) over long visible paragraphs), bounded. */
export function readerScore(doc: Document, index?: DomIndex): number {
  return readerNodes(doc, 61, 0, index).score;
}

/** The long visible text nodes Readability's first look counts (a fallback text when no body was found). */
export function readerTexts(doc: Document, maxChars = 20_000, index?: DomIndex): string[] {
  return readerNodes(doc, Infinity, maxChars, index).texts;
}

function readerNodes(doc: Document, stopAt: number, maxChars = 0, index: DomIndex = indexDocument(doc)): { score: number; texts: string[] } {
  const texts: string[] = [];
  let chars = 0;
  const list = index.pPreArticle;
  const nodes: Element[] = [];
  for (let i = 0; i < Math.min(list.length, ARTICLE_LIMITS.maxParagraphs); i++) nodes.push(list[i]!);
  // Like Readability: text written as <div>line<br><br>line</div> counts through the div.
  const brs = index.divBr;
  if (brs.length) {
    const seen = new Set<Element>(nodes);
    for (let i = 0; i < Math.min(brs.length, ARTICLE_LIMITS.maxParagraphs); i++) {
      const parent = brs[i]!.parentElement;
      if (parent && !seen.has(parent)) {
        seen.add(parent);
        nodes.push(parent);
      }
    }
  }
  let score = 0;
  const n = nodes.length;
  const budget = { nodes: 400_000 };
  for (let i = 0; i < n; i++) {
    const el = nodes[i]!;
    if (el.hasAttributes()) {
      const cls = classAttr(el) + ' ' + (el.getAttribute('id') ?? '');
      if (UNLIKELY_RE.test(cls) && !MAYBE_RE.test(cls)) continue;
      if (!visible(el)) continue;
    }
    const tag = upperTag(el);
    if (tag === 'P' && insideLi(el)) continue;
    // Bounded walk (a paragraph of a deeply nested page holds the rest of the page): a paragraph never needs 2,000 nodes.
    if (budget.nodes <= 0) break;
    const maxNodes = tag === 'P' || tag === 'PRE' ? 2_000 : 20_000;
    // Only the score asked for (no texts): read no more text than it takes to pass `stopAt` (an <article> element
    // comes before its paragraphs, and its whole text was read to add one term that passes it). A prefix of the text
    // weighs no more than the whole, so a prefix past `need` passes `stopAt` as the whole does; the score is then a
    // lower bound above `stopAt` (callers compare it with thresholds below). A prefix short of it is read again whole.
    const need = maxChars === 0 && stopAt < Infinity ? 141 + (stopAt - score) ** 2 : Infinity;
    const before = budget.nodes;
    const raw = boundedText(el, maxNodes, Math.min(need, 45_000), budget);
    let text = raw.trim();
    let len = weightedLength(text);
    if (len > need) {
      score += Math.sqrt(len - 140);
      break;
    }
    if (raw.length > need) {
      budget.nodes = before;
      text = boundedText(el, maxNodes, 45_000, budget).trim();
      len = weightedLength(text);
    }
    if (len < 140) continue;
    score += Math.sqrt(len - 140);
    if (maxChars > 0 && chars < maxChars && tag !== 'ARTICLE') {
      texts.push(text.slice(0, maxChars - chars));
      chars += text.length;
    }
    if (score > stopAt || (maxChars > 0 && chars >= maxChars)) break;
  }
  return { score, texts };
}

/** `el.getElementsByTagName('a').length > 0` without building the list (every descendant, as that walks them). */
function hasA(el: Element): boolean {
  let cur: Element | null = el.firstElementChild;
  while (cur) {
    if (cur.localName === 'a') return true;
    cur = cur.firstElementChild ?? nextAfterSubtree(cur, el);
  }
  return false;
}

/** Count repeated teaser blocks: <article> elements and headline links. */
export function teaserCount(doc: Document, index: DomIndex = indexDocument(doc)): number {
  const arts = Math.min(index.articles.length, ARTICLE_LIMITS.maxArticles);
  const hs = index.h234;
  let linked = 0;
  const n = Math.min(hs.length, ARTICLE_LIMITS.maxHeadings);
  for (let i = 0; i < n; i++) {
    const h = hs[i]!;
    if (hasA(h) || h.parentElement?.tagName === 'A') linked++;
  }
  return Math.max(arts, linked);
}

export function detectArticle(doc: Document, facts: PageFacts, body: ArticleBody, url: string | null, index: DomIndex = indexDocument(doc)): ArticleVerdict {
  const urlKind = classifyUrl(url);
  const declaredLd = facts.ldTypes.some((t) => ARTICLE_TYPES_STRICT_RE.test(t));
  const declaredOg = facts.ogType === 'article' || facts.ogType === 'news' || facts.ogType === 'blog';
  const articleBody = index.articleBodyExact !== null;
  // blind12: a review page declares the Review first and the Product only as its itemReviewed; a shop's product page
  // declares the Product first (its customer reviews come after).
  const reviewPage = facts.ldTypes[0] === 'Review' || facts.ldTypes[0] === 'CriticReview';
  const nonArticleType = (reviewPage ? undefined : facts.ldTypes.find((t) => NON_ARTICLE_TYPE_RE.test(t))) ?? (facts.ogType && /^(?:product|profile|website\.search)$/.test(facts.ogType) ? facts.ogType : null);
  const rs = readerScore(doc, index);
  const teasers = teaserCount(doc, index);
  let bodyChars = 0;
  let linkChars = 0;
  let paragraphs = 0;
  // The reader score of the extracted body: the same sum over its long paragraphs, whatever their tags.
  let bodyScore = 0;
  let longParagraphs = 0;
  for (const b of body.blocks) {
    if (b.kind === 'title') continue;
    const len = weightedLength(b.text);
    if (b.kind === 'paragraph' && len >= 80) paragraphs++;
    if ((b.kind === 'paragraph' || b.kind === 'quote') && len >= 140) {
      bodyScore += Math.sqrt(len - 140);
      longParagraphs++;
    }
    bodyChars += len;
    for (const l of b.links) linkChars += l.text.length;
  }
  const linkDensity = bodyChars ? linkChars / bodyChars : 1;
  // Div soup: no <p> (so no reader score) but the body extractor found several long paragraphs of
  // running text with few links in other elements — as much an article as the same text in <p>s.
  const divText = rs <= 20 && bodyScore > 20 && longParagraphs >= 5 && linkDensity < 0.25 && teasers < 8;

  let p = 0;
  if (declaredLd) p += 3;
  if (declaredOg) p += 2;
  if (articleBody) p += 2;
  if (rs > 20 || divText) p += 2;
  if (rs > 60) p += 1;
  // Little <p> text. Pages that declare an article and whose text sits in <div>s (the body extractor still
  // found running text) are not penalised: Readability's score only counts <p>-like blocks.
  const declared = declaredLd || declaredOg || articleBody;
  if (rs < 5 && !(declared && bodyChars >= 800) && !divText) p -= 3;
  if (bodyChars > 1500 && paragraphs >= 4) p += 1;
  if (bodyChars < 400 && rs <= 20) p -= 2;
  if (linkDensity > 0.5) p -= 2;
  let reason: string | null = null;
  switch (urlKind) {
    case 'home':
      p -= 7;
      reason = 'This is a home page, not an article';
      break;
    case 'search':
      p -= 7;
      reason = 'This is a search results page, not an article';
      break;
    case 'listing':
      p -= 5;
      reason = 'This page lists many articles (a section, tag or archive page)';
      break;
    case 'forum':
      p -= 5;
      reason = 'This is a forum index, not an article';
      break;
    case 'product':
      p -= 4;
      reason = 'This looks like a product or sales page, not an article';
      break;
    case 'article-like':
      p += 1;
      break;
    default:
      break;
  }
  if (nonArticleType && !declaredLd) {
    p -= /Product|Offer|Store|Software/.test(nonArticleType) ? 5 : 4;
    reason ??= /Product|Offer|Store|Software|product/.test(nonArticleType)
      ? 'This looks like a product or sales page, not an article'
      : nonArticleType === 'JobPosting'
        ? 'This is a job posting, not an article'
        : 'This page lists many articles (a section, tag or archive page)';
  }
  // Many headline teasers and little running text: a listing.
  if (teasers >= 8 && teasers * 2 > paragraphs && rs < 60) {
    p -= 3;
    reason ??= 'This page lists many articles (a section, tag or archive page)';
  }
  const isArticle = p >= 2;
  if (!isArticle) reason ??= 'The page has too little running text to be an article';
  return {
    isArticle,
    points: p,
    reason: isArticle ? null : reason,
    signals: { declared: declaredLd || declaredOg || articleBody, readerScore: rs, teasers, urlKind, nonArticleType, bodyChars },
  };
}

/** The module's pattern regexes, for the linear-time check in tests. */
export const ARTICLE_REGEXES: RegExp[] = [UNLIKELY_RE, MAYBE_RE, FORUM_RE, PRODUCT_RE, SEARCH_RE, PAGINATION_RE, GENERIC_SECTION_RE, NON_ARTICLE_TYPE_RE];
