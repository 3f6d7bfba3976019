import { cueHeadline, cuePublished, indexCues, indexDocument, lowerName, type CueIndex, type DomIndex } from './dom-index';
import type { ArticleMeta } from './report';
import { cleanText, resolveHttpUrl } from './text';

/**
 * Page facts: what the page declares about itself (JSON-LD, Open Graph,
 * <meta>, microdata) plus the few visible cues (h1, byline markup, <time>),
 * gathered once and shared by detection and the report's `article` block.
 * Bounded work: capped script sizes, node counts and element scans; never throws.
 */
export interface PageFacts {
  meta: ArticleMeta;
  /** --url, else canonical, else og:url (http(s) only). */
  canonicalUrl: string | null;
  ogType: string | null;
  /** schema.org @type values found in JSON-LD and microdata (no schema.org prefix). */
  ldTypes: string[];
  /** Declared sections: JSON-LD articleSection, article:section, parsely-section, breadcrumbs. */
  section: string[];
  /** Declared keywords and tags: JSON-LD keywords, meta keywords/news_keywords, article:tag. */
  keywords: string[];
  description: string | null;
  /** The raw <title> text (before removing the site suffix). */
  docTitle: string | null;
  /** The main article node's JSON-LD `articleBody` (a paywalled page's whole story beside a teaser: declared-body.ts). */
  declaredBody?: string | null;
}

export const METADATA_LIMITS = {
  maxLdScripts: 30,
  maxLdChars: 300_000,
  maxLdNodes: 3_000,
  maxLdDepth: 12,
  maxList: 40,
  maxItemLength: 120,
  maxMeta: 600,
  maxDeclaredBody: 100_000,
};

/** schema.org types that denote a single article (Readability's list plus a few). */
const ARTICLE_TYPE_RE =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|Review|CreativeWork)$/;
export const ARTICLE_TYPES_STRICT_RE =
  /^(?:Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|BlogPosting|LiveBlogPosting|TechArticle|SocialMediaPosting|AdvertiserContentArticle)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JObj = { [k: string]: Json };

function isObj(v: Json | undefined): v is JObj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const ENTITY: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', '#39': "'", '#039': "'", '#x27': "'" };

/** Drop a trailing US time-zone name ("… 10:00 EST"), which Date.parse does not read. Linear: no /\s+ZONE$/ regex. */
function dropUsZone(t: string): string {
  const m = /(?:EST|EDT|CST|CDT|PST|PDT)$/.exec(t);
  if (!m || m.index === 0) return t;
  const before = t.slice(0, m.index);
  return before.trimEnd().length < before.length ? before.trimEnd() : t;
}
/** Undo one level of HTML escaping that some sites leave in meta content and JSON-LD. */
export function unescapeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (ENTITY[k] !== undefined) return ENTITY[k]!;
    if (k.startsWith('#x')) return safeCodePoint(parseInt(k.slice(2), 16)) ?? m;
    if (k.startsWith('#')) return safeCodePoint(parseInt(k.slice(1), 10)) ?? m;
    return m;
  });
}

function safeCodePoint(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
  return String.fromCodePoint(n);
}

function clean(s: string | null | undefined, max = 400): string {
  if (!s) return '';
  const t = cleanText(unescapeEntities(s.length > 4 * max ? s.slice(0, 4 * max) : s));
  return t.length > max ? t.slice(0, max).trim() : t;
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return clean(v) || null;
  if (typeof v === 'number') return String(v);
  return null;
}

/** Strip a schema.org prefix: "http://schema.org/NewsArticle" → "NewsArticle". */
function typeName(t: string): string {
  const s = t.trim();
  const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'), s.lastIndexOf(':'));
  return i >= 0 ? s.slice(i + 1) : s;
}

function typesOf(o: JObj): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [typeName(t)];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').slice(0, 10).map(typeName);
  return [];
}

/** Parse a JSON-LD block, tolerating CDATA wrappers, comments, raw control characters and trailing commas. */
export function parseJsonLd(raw: string): Json | undefined {
  let s = raw.length > METADATA_LIMITS.maxLdChars ? '' : raw;
  if (!s) return undefined;
  s = s.replace(/^\s*(?:<!\[CDATA\[|<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:\]\]>|-->|\/\/\s*\]\]>)\s*$/, '').trim();
  if (!s) return undefined;
  try {
    return JSON.parse(s) as Json;
  } catch {
    /* try a repaired version below */
  }
  try {
    const repaired = s.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    return JSON.parse(repaired) as Json;
  } catch {
    return undefined;
  }
}

interface LdNode {
  obj: JObj;
  types: string[];
}

/** One selector pass over the declared bits of the page (each querySelectorAll compiles and walks). */
interface Scan {
  metas: Element[];
  scripts: Element[];
  canonical: Element | null;
  title: Element | null;
  itemtypes: Element[];
  datePublished: Element | null;
}

function scanDoc(index: DomIndex): Scan {
  const out: Scan = { metas: [], scripts: [], canonical: null, title: null, itemtypes: [], datePublished: null };
  const els = index.declared;
  const n = Math.min(els.length, 5_000);
  for (let i = 0; i < n; i++) {
    const el = els[i]!;
    const tag = el.tagName.toUpperCase();
    if (tag === 'META') {
      if (out.metas.length < METADATA_LIMITS.maxMeta) out.metas.push(el);
    } else if (tag === 'SCRIPT') {
      if (out.scripts.length < 400) out.scripts.push(el);
    } else if (tag === 'LINK') {
      if (!out.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) out.canonical = el;
    } else if (tag === 'TITLE') {
      // The document title, not an SVG <title>.
      if (!out.title && !inSvg(el)) out.title = el;
    }
    if (el.hasAttribute('itemtype') && out.itemtypes.length < 50) out.itemtypes.push(el);
    if (!out.datePublished) {
      // Split only a value that holds the word (one array per declared element was most of this scan's garbage).
      const itemprop = el.getAttribute('itemprop');
      if (itemprop !== null && itemprop.indexOf('datePublished') >= 0 && itemprop.split(/\s+/).includes('datePublished')) out.datePublished = el;
    }
  }
  return out;
}


/** `el.closest('svg')` without a selector engine (linkedom compiles the selector on every call). */
function inSvg(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (lowerName(cur) === 'svg') return true;
  return false;
}

/** All typed objects in the JSON-LD blocks (handles @graph, arrays and nesting; bounded). */
function collectLd(all: Element[]): { nodes: LdNode[]; byId: Map<string, JObj> } {
  const nodes: LdNode[] = [];
  const byId = new Map<string, JObj>();
  const scripts: Element[] = [];
  for (let i = 0; i < all.length && scripts.length < METADATA_LIMITS.maxLdScripts; i++) {
    if (/ld\+json/i.test(all[i]!.getAttribute('type') ?? '')) scripts.push(all[i]!);
  }
  let visited = 0;
  for (const sc of scripts.slice(0, METADATA_LIMITS.maxLdScripts)) {
    const parsed = parseJsonLd(sc.textContent ?? '');
    if (parsed === undefined) continue;
    const stack: Array<{ v: Json; d: number }> = [{ v: parsed, d: 0 }];
    while (stack.length && visited < METADATA_LIMITS.maxLdNodes) {
      const { v, d } = stack.pop()!;
      visited++;
      if (d > METADATA_LIMITS.maxLdDepth) continue;
      if (Array.isArray(v)) {
        for (let i = Math.min(v.length, 200) - 1; i >= 0; i--) stack.push({ v: v[i]!, d: d + 1 });
        continue;
      }
      if (!isObj(v)) continue;
      const types = typesOf(v);
      if (types.length) nodes.push({ obj: v, types });
      const id = v['@id'];
      if (typeof id === 'string' && (types.length || Object.keys(v).length > 1) && !byId.has(id)) byId.set(id, v);
      const keys = Object.keys(v);
      for (let i = Math.min(keys.length, 100) - 1; i >= 0; i--) {
        const k = keys[i]!;
        const c = v[k];
        if (typeof c === 'object' && c !== null && k !== '@context') stack.push({ v: c, d: d + 1 });
      }
    }
  }
  // The stack visits children in document order; keep that order for nodes.
  return { nodes, byId };
}

function deref(v: Json | undefined, byId: Map<string, JObj>): Json | undefined {
  if (isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return byId.get(v['@id']) ?? v;
  return v;
}

/** Names from a JSON-LD value that may be a string, an object with name, or an array of either. */
function namesOf(v: Json | undefined, byId: Map<string, JObj>, max = 8): string[] {
  const out: string[] = [];
  const list = Array.isArray(v) ? v.slice(0, 20) : [v];
  for (const item0 of list) {
    const item = deref(item0 as Json, byId);
    let n: string | null = null;
    if (typeof item === 'string') n = str(item);
    else if (isObj(item)) n = str(item['name']) ?? (isObj(item['name']) ? str((item['name'] as JObj)['@value']) : null);
    if (n && !out.includes(n)) out.push(n);
    if (out.length >= max) break;
  }
  return out;
}

function listOf(v: Json | undefined, splitCommas: boolean): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    const t = clean(s, METADATA_LIMITS.maxItemLength);
    if (t && !out.includes(t) && out.length < METADATA_LIMITS.maxList) out.push(t);
  };
  const list = Array.isArray(v) ? v.slice(0, 100) : [v];
  for (const x of list) {
    if (typeof x === 'string') {
      if (splitCommas) for (const part of x.split(/[,;，、]/)) add(part);
      else add(x);
    } else if (isObj(x)) {
      const n = str(x['name']);
      if (n) add(n);
    }
  }
  return out;
}

interface MetaIndex {
  get(key: string): string | null;
  all(key: string): string[];
}

const META_KEYS = ['property', 'name', 'itemprop', 'http-equiv'];
const SPACE_RE = /\s/;

function addMeta(map: Map<string, string[]>, k: string, content: string): void {
  const arr = map.get(k);
  if (arr === undefined) map.set(k, [content]);
  else if (arr.length < 50) arr.push(content);
}

/** Index <meta> by lower-cased name / property / itemprop (bounded). */
function indexMeta(metas: Element[]): MetaIndex {
  const map = new Map<string, string[]>();
  const n = Math.min(metas.length, METADATA_LIMITS.maxMeta);
  for (let i = 0; i < n; i++) {
    const m = metas[i]!;
    const content = m.getAttribute('content');
    if (content == null) continue;
    for (let j = 0; j < META_KEYS.length; j++) {
      const k0 = m.getAttribute(META_KEYS[j]!);
      if (!k0) continue;
      const l = k0.toLowerCase();
      // One key (no white space in it) needs no array of its words.
      if (!SPACE_RE.test(l)) addMeta(map, l, content);
      else for (const k of l.split(/\s+/)) if (k) addMeta(map, k, content);
    }
  }
  return {
    get(key) {
      for (const v of map.get(key) ?? []) {
        const c = clean(v, 1000);
        if (c) return c;
      }
      return null;
    },
    all(key) {
      return (map.get(key) ?? []).map((v) => clean(v, 1000)).filter(Boolean);
    },
  };
}

/* ------------------------------------------------------------------ title */

const SEPARATOR_RE = /\s(?:\||-|–|—|::|·|•|»|«|\/|~)\s|\s?[|｜]\s?|:\s|_(?=[^\s_]{2,20}$)/g;

/** normForCompare's recent answers: titles, site names and bylines are compared with each other many times per page. */
const NORM_CACHE = new Map<string, string>();

export function normForCompare(s: string): string {
  let v = NORM_CACHE.get(s);
  if (v === undefined) {
    if (NORM_CACHE.size >= 500) NORM_CACHE.clear();
    NORM_CACHE.set(s, (v = normUncached(s)));
  }
  return v;
}

function normUncached(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function hostLabel(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./i, '').toLowerCase();
  } catch {
    return null;
  }
}

/** Does `part` look like the site's name (matches a known name or the domain)? */
function looksLikeSite(part: string, siteNames: string[], host: string | null): boolean {
  const p = normForCompare(part);
  if (!p) return false;
  for (const n of siteNames) {
    const q = normForCompare(n);
    if (q && (p === q || (q.length >= 4 && p.includes(q) && p.length <= q.length + 12) || (p.length >= 4 && q.includes(p)))) return true;
  }
  if (host) {
    const compactPart = p.replace(/\s+/g, '');
    const hostCore = host.split('.').slice(0, -1).join('').replace(/[^a-z0-9]/g, '');
    if (compactPart.length >= 3 && hostCore.length >= 3 && (hostCore.includes(compactPart) || compactPart.includes(hostCore))) return true;
    if (hostCore.length >= 4 && wordsSpellHost(p.split(' '), hostCore)) return true;
    if (words(part) <= 3 && /\.(?:com|net|org|co|news|info|io|de|fr|uk|cn|ru|jp)\b/i.test(part)) return true;
  }
  return false;
}

/** "Home Network Help" spells "homenethelp": each word contributes a prefix (≥ 2 letters), in order, covering the host. */
function wordsSpellHost(ws: string[], host: string): boolean {
  if (ws.length < 2 || ws.length > 6) return false;
  let pos = 0;
  for (const w of ws) {
    let k = Math.min(w.length, host.length - pos);
    while (k >= 2 && host.slice(pos, pos + k) !== w.slice(0, k)) k--;
    if (k < 2 && !(w.length === 1 && host[pos] === w)) return false;
    pos += Math.max(k, 1);
  }
  return pos === host.length;
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Split a title at separators into trimmed parts (with the separators dropped). */
function titleParts(t: string): string[] {
  return t
    .split(SEPARATOR_RE)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Remove a site name prefix or suffix from a title: "Foo - The Cyber Express" → "Foo".
 * Only parts that look like the site (a known site name or the domain) are removed,
 * except a short trailing brand after a long headline when nothing else is known.
 */
export function stripSiteName(title: string, siteNames: string[], host: string | null): { title: string; removed: string | null } {
  const parts = titleParts(title);
  if (parts.length < 2) return { title, removed: null };
  // Trailing site name(s): "Headline | Section | Site".
  let end = parts.length;
  let removed: string | null = null;
  while (end > 1 && looksLikeSite(parts[end - 1]!, siteNames, host)) {
    removed ??= parts[end - 1]!;
    end--;
  }
  let start = 0;
  if (end === parts.length && parts.length > 1 && words(parts[0]!) <= 5 && looksLikeSite(parts[0]!, siteNames, host)) {
    removed = parts[0]!;
    start = 1;
  }
  if (start === 0 && end === parts.length) {
    // Unknown brand: drop one short trailing part after a long headline ("Headline - Daily Planet").
    const last = parts[parts.length - 1]!;
    const rest = parts.slice(0, -1).join(' ');
    const sepIsPipe = /\s[|｜]\s?|\s?[|｜]\s|\s[-–—]\s[^-–—]{1,40}$/.test(title);
    if (sepIsPipe && words(last) <= 4 && last.length <= 40 && words(rest) >= 4 && /^[\p{Lu}\p{N}]/u.test(last)) {
      return { title: sliceByParts(title, parts, 0, parts.length - 1), removed: last };
    }
    return { title, removed: null };
  }
  if (end <= start) return { title, removed: null };
  return { title: sliceByParts(title, parts, start, end), removed };
}

/** The original text spanning parts[start..end) (keeps inner separators such as "Opinion | X"). */
function sliceByParts(title: string, parts: string[], start: number, end: number): string {
  const first = parts[start]!;
  const last = parts[end - 1]!;
  const i = title.indexOf(first);
  let j = title.lastIndexOf(last);
  if (i < 0 || j < 0 || j + last.length <= i) return parts.slice(start, end).join(' - ');
  j += last.length;
  return title.slice(i, j).trim();
}

/** `el.closest('article, main')` (with `[role="main"]` when `role`), without a selector engine. */
function inArticleOrMain(el: Element, role: boolean): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const n = lowerName(cur);
    if (n === 'article' || n === 'main' || (role && cur.getAttribute('role') === 'main')) return true;
  }
  return false;
}

/** Visible headline: first h1 inside the article/main area, else the first reasonable h1. */
function findH1(index: DomIndex, headlineCue: () => Element | null): string | null {
  const ok = (el: Element | null | undefined) => {
    const t = el ? clean(el.textContent, 400) : '';
    return t.length >= 8 && t.length <= 300 && words(t) >= 2 ? t : null;
  };
  const h1s = index.h1;
  // An h1 inside the article or main area wins over a masthead h1.
  for (let i = 0; i < Math.min(h1s.length, 10); i++) {
    const h = h1s[i]!;
    if (inArticleOrMain(h, true)) {
      const t = ok(h);
      if (t) return t;
    }
  }
  const declared = ok(headlineCue());
  if (declared) return declared;
  for (let i = 0; i < Math.min(h1s.length, 10); i++) {
    const t = ok(h1s[i]);
    if (t) return t;
  }
  return null;
}

function similar(a: string, b: string): boolean {
  const x = normForCompare(a);
  const y = normForCompare(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [s, l] = x.length < y.length ? [x, y] : [y, x];
  return s.length >= 12 && l.includes(s) && s.length >= l.length * 0.6;
}

/* ----------------------------------------------------------------- byline */

const BY_PREFIX_RE = /^(?:(?:written|posted|reported|published|story|words|text|photos?)\s+)?(?:by|von|par|por|di|da|door|av|af|от|автор[:]?|文[:：]?|记者|作者[:：]?)\s*[:：]?\s+/i;

function cleanByline(s: string, siteNames: string[]): string | null {
  let t = clean(s, 300);
  if (!t) return null;
  t = t.replace(BY_PREFIX_RE, '').replace(/^[:：\s]+/, '').trim();
  // Cut trailing date/time or role noise: "Jane Doe | 19 Nov 2019", "Jane Doe, Reporter • Updated".
  t = t.split(/\s(?:\||•|·)\s|\s(?:updated|published|posted)\b/i)[0]!.trim();
  t = trimTrailingSeparators(t).trim();
  if (!t || t.length > 120 || words(t) > 16) return null;
  if (/^(?:https?:|www\.)/i.test(t) || /\/\/|\.(?:com|net|org)\/?$/i.test(t)) return null;
  if (/@/.test(t) && words(t) === 1) return null;
  if (!/\p{L}/u.test(t)) return null;
  return t;
}

function isSiteLike(byline: string, siteNames: string[]): boolean {
  const b = normForCompare(byline);
  return siteNames.some((n) => {
    const q = normForCompare(n);
    return !!q && (b === q || b === q + ' staff' || b === q + ' staff reports' || b === q + ' team' || b === q + ' desk' || b === q + ' news desk' || b === q + ' newsroom');
  });
}

/** Visible byline markup, most specific first (matched by `indexCues` in dom-index.ts; a test keeps the two the same). */
export const BYLINE_SELECTORS = [
  '[itemprop~="author"] [itemprop="name"]',
  '[itemprop~="author"]',
  'a[rel~="author"], [rel~="author"]',
  '[class*="author-name"], [class*="author__name"], [class*="authorName"], [class*="byline__name"], [class*="byline__author"], .entry-author, .post-author, .article-author, .author-link, .story-author',
  '.byline, .by-line, [class*="byline"], [class*="Byline"], [data-testid*="byline"], .author, address.author, .autor, .autore, [class*="autor"]',
];
const BYLINE_SKIP_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);
const BYLINE_SKIP_CLASS = /comment|related|sidebar|profile|\bbio|recommend|more-stories/i;

/** Inside page chrome where author names of other stories or commenters live? (manual walk: cheap in every DOM) */
function inBylineChrome(el: Element): boolean {
  let cur: Element | null = el.parentElement;
  for (let d = 0; cur && d < 25; d++, cur = cur.parentElement) {
    // Reaching the article (or the page's main area) from inside means we are not in chrome.
    if (cur.tagName === 'ARTICLE' || cur.tagName === 'MAIN' || cur.tagName === 'BODY') return false;
    if (BYLINE_SKIP_TAGS.has(cur.tagName)) return true;
    const c = (cur.getAttribute('class') ?? '') + ' ' + (cur.getAttribute('id') ?? '');
    if (c.length > 1 && c.length < 300 && BYLINE_SKIP_CLASS.test(c)) return true;
  }
  return false;
}
const DATE_IN_BYLINE_RE = /\s(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}\b|\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b)/i;

/** Cut a byline at the first date in it ("Carla Nunes 27/09/2018 Comment" → "Carla Nunes"). */
function cutAtDate(s: string): string {
  const m = DATE_IN_BYLINE_RE.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** Trim trailing separators without a backtracking regex. */
function trimTrailingSeparators(s: string): string {
  let end = s.length;
  while (end > 0 && ' \t\n,;|–—-'.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

function visibleByline(cues: CueIndex, siteNames: string[]): string | null {
  // cues.bylines[k]: the first matches of BYLINE_SELECTORS[k] (dom-index.ts), most specific first.
  for (const els of cues.bylines) {
    for (let i = 0; i < Math.min(els.length, 30); i++) {
      const el = els[i]!;
      if (el.tagName === 'META' || el.tagName === 'LINK' || el.tagName === 'BODY' || el.tagName === 'ARTICLE' || el.tagName === 'HTML') continue;
      if (inBylineChrome(el)) continue;
      const raw = el.textContent ?? '';
      if (raw.trim().length === 0 || raw.trim().length > 200) continue;
      const b = cleanByline(cutAtDate(clean(raw, 300)), siteNames);
      if (b && words(b) <= 10 && !/^(?:about|sobre|über|a propos|à propos)\b/i.test(b)) return b;
    }
  }
  return null;
}

/* ------------------------------------------------------------------- date */

/** Normalise a date string to ISO 8601 ("2024-04-12" or "2024-04-12T09:30:00.000Z"), or null. */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim().slice(0, 80);
  if (!t) return null;
  const dOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (dOnly) return validYear(+dOnly[1]!) && +dOnly[2]! >= 1 && +dOnly[2]! <= 12 && +dOnly[3]! >= 1 && +dOnly[3]! <= 31 ? t : null;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?/.exec(t);
  let ms = NaN;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}/.test(t)) {
    let x = t.replace(' ', 'T');
    // "+0000" → "+00:00" for engines that are strict about offsets.
    x = x.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    ms = Date.parse(x);
    if (Number.isNaN(ms)) ms = Date.parse(x.replace(/(\.\d+)?([+-]\d{2}:\d{2}|Z)?$/, 'Z'));
  } else if (compact && /^\d{8}(?:T?\d{4,6})?$/.test(t)) {
    const [, y, mo, d, h, mi = '00', se = '00'] = compact;
    if (h === undefined) return toIsoDate(`${y}-${mo}-${d}`);
    ms = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +se);
  } else if (/\d{4}/.test(t) && /\p{L}{3}/u.test(t)) {
    ms = Date.parse(dropUsZone(t.replace(/\b(?:at|um|à)\b/gi, ' ')));
  } else if (/^\d{4}\/\d{2}\/\d{2}/.test(t)) {
    ms = Date.parse(t.replace(/\//g, '-').slice(0, 10));
  }
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  // A textual date without a time of day ("November 12, 2024") is a date, not midnight somewhere.
  if (!/\d:\d/.test(t) && !/^\d{8}T/.test(t)) {
    const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return validYear(d.getFullYear()) ? local : null;
  }
  if (!validYear(d.getUTCFullYear())) return null;
  return d.toISOString();
}

function validYear(y: number): boolean {
  return y >= 1990 && y <= 2100;
}

/* -------------------------------------------------------------- the facts */

/** Extract page facts (title, site, byline, date, canonical URL, declared types). Never throws. */
export function extractPageFacts(doc: Document, url: string | null, index?: DomIndex): PageFacts {
  try {
    return extractUnsafe(doc, url, index ?? indexDocument(doc));
  } catch {
    return {
      meta: { title: null, siteName: null, byline: null, published: null, wordCount: 0, lang: null },
      canonicalUrl: url && resolveHttpUrl(url, null),
      ogType: null,
      ldTypes: [],
      section: [],
      keywords: [],
      description: null,
      docTitle: null,
    };
  }
}

function extractUnsafe(doc: Document, url: string | null, index: DomIndex): PageFacts {
  const scan = scanDoc(index);
  let cueIndex: CueIndex | null = null;
  const cues = (): CueIndex => (cueIndex ??= indexCues(doc, index));
  // The headline and date cues alone stop at their first match: most pages never need the byline groups.
  const headlineCue = (): Element | null => (cueIndex ? cueIndex.headline : cueHeadline(index));
  const publishedCue = (): Element | null => (cueIndex ? cueIndex.published : cuePublished(index));
  const meta = indexMeta(scan.metas);
  const { nodes, byId } = collectLd(scan.scripts);

  // Canonical URL.
  const givenUrl = resolveHttpUrl(url, null);
  const linkCanon = scan.canonical?.getAttribute('href');
  const canonical = resolveHttpUrl(linkCanon, givenUrl) ?? resolveHttpUrl(meta.get('og:url'), givenUrl);
  const canonicalUrl = givenUrl ?? canonical;
  const host = hostLabel(canonicalUrl ?? canonical);

  // Types.
  const ldTypes: string[] = [];
  for (const n of nodes) for (const t of n.types) if (!ldTypes.includes(t) && ldTypes.length < 30) ldTypes.push(t);
  const items = scan.itemtypes;
  for (let i = 0; i < Math.min(items.length, 50); i++) {
    for (const t of (items[i]!.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = t ? typeName(t) : '';
      if (name && !ldTypes.includes(name) && ldTypes.length < 30) ldTypes.push(name);
    }
  }

  // The main article node: an article type, preferring one with a headline.
  const articleNodes = nodes.filter((n) => n.types.some((t) => ARTICLE_TYPE_RE.test(t) && t !== 'CreativeWork'));
  const art = (articleNodes.find((n) => typeof n.obj['headline'] === 'string') ?? articleNodes[0])?.obj ?? null;
  const webPage = nodes.find((n) => n.types.some((t) => /WebPage$/.test(t)))?.obj ?? null;
  const website = nodes.find((n) => n.types.includes('WebSite'))?.obj ?? null;
  const org = nodes.find((n) => n.types.some((t) => /^(?:NewsMediaOrganization|Organization|Corporation)$/.test(t)))?.obj ?? null;

  // Site name.
  const ldPublisher = art ? namesOf(deref(art['publisher'], byId), byId, 1)[0] ?? null : null;
  const siteCands = [
    meta.get('og:site_name'),
    ldPublisher,
    website ? str(website['name']) : null,
    org ? str(org['name']) : null,
    meta.get('application-name'),
    meta.get('apple-mobile-web-app-title'),
    meta.get('al:android:app_name') ?? meta.get('al:ios:app_name'),
    meta.get('twitter:site')?.replace(/^@/, '') ?? null,
  ].filter((x): x is string => !!x && x.length <= 80 && !/^https?:/i.test(x));

  // Title.
  const docTitle = clean(scan.title?.textContent ?? '', 500) || null;
  const ogTitle = meta.get('og:title') ?? meta.get('twitter:title') ?? meta.get('dc.title') ?? null;
  const ldHeadline = art ? str(art['headline']) ?? str(art['name']) : null;
  const h1 = findH1(index, headlineCue);
  const title = chooseTitle({ ldHeadline, ogTitle, h1, docTitle }, siteCands, host);

  // Site name fallback: the part a title suffix contributes, else the domain.
  const named = siteCands.map(siteNameOnly);
  let siteName = named[0] ?? null;
  if (siteName && /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i.test(siteName)) {
    // "livescience.com": prefer a spelled-out name for the same site ("Live Science").
    const core = siteName.toLowerCase().replace(/^www\./, '').split('.')[0]!;
    const better = named.find((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '') === core);
    if (better) siteName = better;
  }
  if (siteName && /^[@a-z0-9_]{1,20}$/.test(siteName) && siteCands.length === 1 && !meta.get('og:site_name')) {
    // Only a twitter handle: prefer the title suffix if present.
    siteName = null;
  }
  if (!siteName) {
    const fromTitle = docTitle ? titleSuffix(docTitle, title) : null;
    // A blog's masthead h1 that spells the domain ("Threat Desk Notes" on threatdesknotes.example).
    const firstH1 = clean(index.firstH1?.textContent ?? '', 100);
    const masthead = firstH1 && firstH1.length <= 60 && looksLikeSite(firstH1, [], host) ? firstH1 : null;
    siteName = fromTitle ?? masthead ?? siteCands[0] ?? host;
  }

  // Byline.
  const siteNamesAll = [siteName, ...siteCands].filter((x): x is string => !!x);
  const bylineCands: string[] = [];
  if (art) bylineCands.push(namesOf(art['author'], byId).join(', '), namesOf(art['creator'], byId).join(', '));
  bylineCands.push(
    meta.get('author') ?? '',
    meta.get('article:author') ?? '',
    meta.get('parsely-author') ?? '',
    meta.get('dc.creator') ?? '',
    meta.get('sailthru.author') ?? '',
    meta.get('byl') ?? '',
  );
  let byline: string | null = null;
  let siteByline: string | null = null;
  for (const c of bylineCands) {
    const b = c ? cleanByline(c, siteNamesAll) : null;
    if (!b) continue;
    if (isSiteLike(b, siteNamesAll)) {
      siteByline ??= b;
      continue;
    }
    byline = b;
    break;
  }
  if (!byline) {
    const v = visibleByline(cues(), siteNamesAll);
    if (v && !isSiteLike(v, siteNamesAll)) byline = v;
    else siteByline ??= v;
  }
  byline ??= siteByline;

  // Published date.
  const dateCands: Array<string | null | undefined> = [
    art ? str(art['datePublished']) : null,
    meta.get('article:published_time'),
    meta.get('datepublished'),
    meta.get('parsely-pub-date'),
    meta.get('pubdate'),
    meta.get('publish-date'),
    meta.get('sailthru.date'),
    meta.get('dc.date.issued'),
    meta.get('dc.date'),
    meta.get('date'),
    webPage ? str(webPage['datePublished']) : null,
    art ? str(art['dateCreated']) : null,
  ];
  let published: string | null = null;
  for (const c of dateCands) {
    published = toIsoDate(c);
    if (published) break;
  }
  // Visible markup only when nothing was declared (saves DOM walks on most pages).
  dateCands.length = 0;
  const itemDate = published ? null : scan.datePublished;
  if (itemDate) dateCands.push(itemDate.getAttribute('content') ?? itemDate.getAttribute('datetime') ?? itemDate.getAttribute('title') ?? itemDate.textContent);
  if (!published) {
    const abbr = publishedCue();
    if (abbr) dateCands.push(abbr.getAttribute('title') ?? abbr.getAttribute('datetime'));
    const times = index.times;
    let timeEl: Element | null = null;
    for (let i = 0; i < Math.min(times.length, 30); i++) {
      const t = times[i]!;
      if (!t.getAttribute('datetime')) continue;
      const inMain = inArticleOrMain(t, false);
      if (!timeEl || t.hasAttribute('pubdate') || inMain) {
        const better = !timeEl || (inMain && !inArticleOrMain(timeEl, false)) || t.hasAttribute('pubdate');
        if (better) timeEl = t;
        if (t.hasAttribute('pubdate') || inMain) break;
      }
    }
    if (timeEl) dateCands.push(timeEl.getAttribute('datetime'));
    for (const c of dateCands) {
      published = toIsoDate(c);
      if (published) break;
    }
  }

  // Section and keywords.
  const section: string[] = [];
  const keywords: string[] = [];
  const pushAll = (arr: string[], xs: string[]) => {
    for (const x of xs) if (x && !arr.includes(x) && arr.length < METADATA_LIMITS.maxList) arr.push(x);
  };
  if (art) pushAll(section, listOf(art['articleSection'], false));
  pushAll(section, meta.all('article:section').map((s) => clean(s, METADATA_LIMITS.maxItemLength)));
  pushAll(section, listOf(meta.get('parsely-section') ?? undefined, false));
  const crumbs = nodes.find((n) => n.types.includes('BreadcrumbList'))?.obj;
  if (crumbs && Array.isArray(crumbs['itemListElement'])) {
    const names: string[] = [];
    for (const it of crumbs['itemListElement'].slice(0, 8)) {
      if (!isObj(it)) continue;
      const n = str(it['name']) ?? (isObj(it['item']) ? str((it['item'] as JObj)['name']) : null);
      if (n && n.length <= 60) names.push(n);
    }
    pushAll(section, names.slice(1)); // the first crumb is usually "Home"
  }
  if (art) pushAll(keywords, listOf(art['keywords'], true));
  pushAll(keywords, meta.all('article:tag').map((s) => clean(s, METADATA_LIMITS.maxItemLength)));
  for (const k of ['news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags']) pushAll(keywords, listOf(meta.get(k) ?? undefined, true));

  // Description and language.
  const description =
    meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description') ?? (art ? str(art['description']) : null);
  const lang = normLang(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? meta.get('content-language') ?? meta.get('og:locale') ?? (art ? str(art['inLanguage']) : null));

  return {
    meta: { title, siteName: siteName || null, byline, published, wordCount: 0, lang },
    canonicalUrl,
    ogType: meta.get('og:type')?.toLowerCase() ?? null,
    ldTypes,
    section,
    keywords,
    description: description ? clean(description, 600) : null,
    docTitle,
    declaredBody: art && typeof art['articleBody'] === 'string' ? clean(art['articleBody'], METADATA_LIMITS.maxDeclaredBody) || null : null,
  };
}

/** "LinkNaija | Nigeria's popular news platform" → "LinkNaija". */
function siteNameOnly(s: string): string {
  const parts = titleParts(s);
  return parts.length > 1 && parts[0]!.length >= 2 ? parts[0]! : s;
}

function normLang(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim().split(/[,;\s]/)[0]!.replace('_', '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/i.test(t) ? t : null;
}

/** The part of the document title that is not the headline: "Headline - Site" → "Site". */
function titleSuffix(docTitle: string, headline: string | null): string | null {
  const parts = titleParts(docTitle);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  if (headline && similar(parts.slice(0, -1).join(' '), headline) && words(last) <= 5) return last;
  if (headline && similar(parts.slice(1).join(' '), headline) && words(first) <= 5) return first;
  return null;
}

/** Of a declared title and the h1 that agree: the declared one, unless it only adds a short prefix/suffix or is cut off. */
function agreeing(declared: string, h1: string): string {
  const d = normForCompare(declared);
  const h = normForCompare(h1);
  if (d === h) return declared;
  if (/(?:…|\.\.\.)$/.test(declared) && h1.length > declared.length) return h1;
  if (/(?:…|\.\.\.)$/.test(h1)) return declared;
  if (d.includes(h) && words(d) - words(h) <= 5) return h1;
  return declared;
}

interface TitleCands {
  ldHeadline: string | null;
  ogTitle: string | null;
  h1: string | null;
  docTitle: string | null;
}

function chooseTitle(c: TitleCands, siteNames: string[], host: string | null): string | null {
  const strip = (t: string | null) => (t ? stripSiteName(t, siteNames, host).title : null);
  const ld = strip(c.ldHeadline);
  const og = strip(c.ogTitle);
  const doc = strip(c.docTitle);
  const h1 = c.h1 && !looksLikeSite(c.h1, siteNames, host) ? c.h1 : null;
  // 1. A declared title that the visible headline agrees with.
  for (const t of [ld, og, doc]) if (t && h1 && similar(t, h1)) return agreeing(t, h1);
  // 2. The h1 when it is what the document title starts or ends with ("H1 - Site", "Site: H1").
  if (h1 && c.docTitle && normForCompare(c.docTitle).includes(normForCompare(h1)) && normForCompare(h1).length >= 10) return h1;
  // 3. Declared titles, in order of trust; JSON-LD and og:title agreeing beats either alone.
  if (ld && og && similar(ld, og)) return ld;
  if (og && doc && similar(og, doc)) return og;
  return ld ?? og ?? doc ?? h1 ?? null;
}

/** The module's pattern regexes, for the linear-time check in tests. */
export const METADATA_REGEXES: RegExp[] = [ARTICLE_TYPE_RE, ARTICLE_TYPES_STRICT_RE, SEPARATOR_RE, BY_PREFIX_RE, DATE_IN_BYLINE_RE];
