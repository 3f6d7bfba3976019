/** Small text helpers shared by the core modules. All linear-time. */

/**
 * Invisible format characters a page can hide inside a name ("Glo\u200bbal
 * Times", "\u202eTASS"): zero-width characters, bidi embeddings, overrides and
 * isolates, word joiners, soft hyphen, BOM.
 */
export const INVISIBLE_RE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Collapse whitespace (including NBSP) and drop invisible format characters; trim. */
export function cleanText(s: string): string {
  return s.replace(INVISIBLE_RE, '').replace(/\s+/g, ' ').trim();
}

const CJK_CHAR_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Count words the way a reader would (letters or digits runs; CJK characters count one each). */
export function countWords(s: string): number {
  let n = 0;
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu);
  if (!m) return 0;
  // No CJK character anywhere: every run is one word (skips a regex per word).
  if (!CJK_CHAR_RE.test(s)) return m.length;
  for (const w of m) {
    // A run of CJK ideographs has no spaces: count characters instead.
    const cjk = w.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu);
    n += cjk ? cjk.length + (w.length - cjk.length > 0 ? 1 : 0) : 1;
  }
  return n;
}

/** True for http(s) URLs only; everything else (javascript:, data:, relative junk) is refused. */
export function isHttpUrl(u: string | null | undefined): u is string {
  if (!u) return false;
  try {
    const p = new URL(u).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
}

/** Resolve `href` against `base` and keep it only if it is http(s). */
export function resolveHttpUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href;
  } catch {
    return null;
  }
}

/** Truncate a string to at most `max` characters without cutting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end -= 1;
  return s.slice(0, end) + '…';
}

/** Second-level labels under which country domains register names ("bbc.co.uk", "abc.net.au", "gov.cn"). */
const GENERIC_SLD = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'gouv', 'govt', 'nic', 'mil', 'ltd', 'plc', 'nhs', 'police', 'sch']);

/**
 * The site a host belongs to ("news.bbc.co.uk" → "bbc.co.uk", "en.people.cn" → "people.cn"), by a light
 * rule instead of the public-suffix list, for same-site checks inside the core. Exact public-suffix
 * matching of publishers stays in src/sources (tldts), outside the injected bundles' hot path.
 */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h; // IPv4 / IPv6
  const parts = h.split('.');
  if (parts.length <= 2) return h;
  const tld = parts[parts.length - 1]!;
  const sld = parts[parts.length - 2]!;
  const n = tld.length === 2 && GENERIC_SLD.has(sld) ? 3 : 2;
  return parts.slice(-n).join('.');
}
