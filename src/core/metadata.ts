import type { ArticleMeta } from './report';
import { cleanText, resolveHttpUrl } from './text';

/** What the page declares about itself, gathered once and shared by detection and metadata. */
export interface PageFacts {
  meta: ArticleMeta;
  /** --url, else canonical, else og:url (http(s) only). */
  canonicalUrl: string | null;
  ogType: string | null;
  /** schema.org @type values found in JSON-LD and microdata. */
  ldTypes: string[];
  section: string[];
  keywords: string[];
  description: string | null;
}

function metaContent(doc: Document, sel: string): string | null {
  const v = doc.querySelector(sel)?.getAttribute('content');
  return v ? cleanText(v) || null : null;
}

/** Extract page facts (title, site, byline, date, canonical URL, declared types). */
export function extractPageFacts(doc: Document, url: string | null): PageFacts {
  const canonical =
    resolveHttpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ??
    resolveHttpUrl(metaContent(doc, 'meta[property="og:url"]'), url);
  const title = metaContent(doc, 'meta[property="og:title"]') ?? cleanText(doc.querySelector('h1')?.textContent ?? '') ?? null;
  return {
    meta: {
      title: title || null,
      siteName: metaContent(doc, 'meta[property="og:site_name"]'),
      byline: metaContent(doc, 'meta[name="author"]'),
      published: metaContent(doc, 'meta[property="article:published_time"]'),
      wordCount: 0,
      lang: doc.documentElement?.getAttribute('lang') ?? null,
    },
    canonicalUrl: url ?? canonical,
    ogType: metaContent(doc, 'meta[property="og:type"]'),
    ldTypes: [],
    section: [],
    keywords: [],
    description: metaContent(doc, 'meta[name="description"]'),
  };
}
