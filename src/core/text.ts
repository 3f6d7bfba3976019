/** Small text helpers shared by the core modules. All linear-time. */

/**
 * Invisible format characters a page can hide inside a name ("Glo\u200bbal
 * Times", "\u202eTASS"): zero-width characters, bidi embeddings, overrides and
 * isolates, word joiners, soft hyphen, BOM.
 */
export const INVISIBLE_RE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Collapse whitespace (including NBSP) and drop invisible format characters; trim. */
export function cleanText(s: string): string {
  // Most texts are clean already: one scan instead of two replacements and a trim.
  if (alreadyClean(s)) return s;
  return s.replace(INVISIBLE_RE, '').replace(/\s+/g, ' ').trim();
}

/**
 * What makes a text unclean: a leading or trailing space, two spaces in a row, any other whitespace
 * (JavaScript's `\s`: tab to CR, NBSP, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, BOM) or
 * an invisible format character. (The ranges also take in the invisible U+200B–U+200F, U+202A–U+202E and
 * U+2060–U+2069.)
 */
const UNCLEAN_RE = /^ | $| {2}|[\t-\r\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2069\u3000\ufeff]/;

/**
 * Whether `cleanText` would return `s` unchanged: no invisible format character, no whitespace but single
 * spaces between other characters. One native regex search (a JavaScript loop over the code units read
 * ~5x slower on the real corpus's blocks; tests/unit/gates.test.ts compares the two).
 */
export function alreadyClean(s: string): boolean {
  return !UNCLEAN_RE.test(s);
}

const CJK_CHAR_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Count words the way a reader would (letters or digits runs; CJK characters count one each). */
export function countWords(s: string): number {
  // No CJK character anywhere: every run is one word, counted without building the list of runs.
  if (!CJK_CHAR_RE.test(s)) return countRuns(s);
  let n = 0;
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu);
  if (!m) return 0;
  for (const w of m) {
    // A run of CJK ideographs has no spaces: count characters instead.
    const cjk = w.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu);
    n += cjk ? cjk.length + (w.length - cjk.length > 0 ? 1 : 0) : 1;
  }
  return n;
}

const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 not. */
let bmpLN: Uint8Array | null = null;

function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  if (cp > 0xffff) return LETTER_OR_DIGIT_RE.test(String.fromCodePoint(cp));
  const t = (bmpLN ??= new Uint8Array(0x10000));
  let v = t[cp]!;
  if (v === 0) t[cp] = v = LETTER_OR_DIGIT_RE.test(String.fromCharCode(cp)) ? 1 : 2;
  return v === 1;
}

/**
 * The number of matches of /[\p{L}\p{N}][\p{L}\p{N}'’\-]*\/gu in `s`, in one
 * pass without allocating them: a run starts at a letter or digit (a code
 * point: surrogate pairs are read as one) and goes on through letters, digits,
 * apostrophes and hyphens.
 */
export function countRuns(s: string): number {
  let n = 0;
  let inRun = false;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < len) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isLetterOrDigit(cp)) {
      if (!inRun) {
        n++;
        inRun = true;
      }
    } else if (!(inRun && (cp === 39 || cp === 0x2019 || cp === 45))) {
      inRun = false;
    }
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
