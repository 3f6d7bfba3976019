import type { BodyBlock, BlockKind } from './body';
import { LIMITS } from './limits';
import { SHORTCUTS } from './gate';
import { opensTicker } from './stock-exchanges';

/** A sentence of the article body, with the block it came from. */
export interface Sentence {
  text: string;
  /** Index of the block in ArticleBody.blocks. */
  block: number;
  blockKind: BlockKind;
}

/** Cap on sentences analysed per page (giant pages are cut, and the report says so). */
export const MAX_SENTENCES = 2_000;

/** Titles before a name: never the end of a sentence. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'st', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'amb', 'sr', 'jr', 'messrs', 'mt', 'ft', 'fr', 'atty', 'gov’t', 'dept', 'univ', 'assn', 'approx', 'vs', 'v', 'cf', 'al', 'fig', 'ch', 'sec', 'art', 'para', 'vol', 'pp', 'ed', 'eds']);
// Military and police ranks before a name ("Brig. Gen. Reza Karimi", "Lieut. Col.", "Cpl.", "Gens. A and B").
for (const t of ['brig', 'lieut', 'cpl', 'pvt', 'cdr', 'cmdt', 'gens', 'sens', 'reps']) TITLES.add(t);
/** Abbreviations that may end a sentence: kept joined unless the next word is a usual sentence opener. */
const SOFT = new Set(['inc', 'corp', 'ltd', 'co', 'llc', 'plc', 'bros', 'etc', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'p.m', 'a.m', 'ph.d', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'est', 'approx', 'ave', 'blvd', 'rd']);
/** fix13: company suffixes, and a stock ticker in brackets after one ("(NYSE: ACME)"), which never opens a sentence. */
const CORPORATE = new Set(['inc', 'corp', 'ltd', 'co', 'llc', 'plc']);
/** Words that usually open a new sentence: after "…Inc." or "…U.S." they mean a real boundary. */
const OPENERS = new Set(['the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'however', 'meanwhile', 'according', 'as', 'after', 'before', 'when', 'while', 'if', 'his', 'her', 'their', 'our', 'my', 'some', 'many', 'most', 'one', 'two', 'officials', 'experts', 'researchers', 'for', 'from', 'since', 'last', 'earlier', 'later', 'still', 'yet', 'also', 'now', 'then', 'what', 'who', 'why', 'how', 'both', 'neither', 'no', 'not', 'to', 'by', 'with', 'under', 'during', 'separately', 'instead', 'such', 'other', 'another', 'each', 'all', 'several', 'few']);

/**
 * The sentence segmenter, created on first use, not at module load: cold, in a
 * browser, its creation and first call load ICU break data (~30-60 ms), which
 * made the analyzer's start-up one long task. `warmSegmenter` lets a stepwise
 * caller pay that in a step of its own.
 */
let segmenter: Intl.Segmenter | null | undefined;
/**
 * One segment object, kept alive for the process. V8 gives segment objects a
 * map that only live segments hold: a full GC between two pages freed it, and
 * with it the optimized code of every function that had read a segment (and
 * their type feedback). Under the bench's protocol `segmentInto` was compiled
 * again ~13 times a corpus pass, 10-20 ms each (session 13).
 */
let keptSegment: Intl.SegmentData | null = null;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
      for (const s of segmenter.segment('A. B')) keptSegment ??= s;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** The segment object kept alive (null without a segmenter): for the test that it is kept. */
export function keptSegmentForTest(): Intl.SegmentData | null {
  return keptSegment;
}

/** Create the segmenter, which runs it once on a tiny text (no effect on results: only moves the cold cost). */
export function warmSegmenter(): void {
  getSegmenter();
}

/**
 * `warmSegmenter` in three steps for a caller that yields between them (none
 * when the segmenter exists already). Measured cold in Chromium: the
 * constructor alone 45-145 ms; after `Intl.Locale#maximize` (likely-subtags
 * data) and `Intl.Segmenter.supportedLocalesOf` (the segmenter's locales),
 * each 15-35 ms, the constructor is under 1 ms.
 */
export function* warmSegmenterSteps(): Generator<void, void, void> {
  if (segmenter !== undefined) return;
  try {
    if (typeof Intl.Locale === 'function') new Intl.Locale('en').maximize();
  } catch {
    // only a warm-up
  }
  yield;
  try {
    Intl.Segmenter.supportedLocalesOf(['en']);
  } catch {
    // only a warm-up
  }
  yield;
  warmSegmenter();
}

/** The long way of `lastAbbrev` (`SHORTCUTS.off`, and the tests): the pattern on the last 80 characters. */
function lastAbbrevByPattern(s: string): string | null {
  // Only the tail can hold the abbreviation (≤ 52 chars with its dot): a sentence
  // grown by many joins is not re-scanned whole each time (that was quadratic).
  const t = s.trimEnd();
  if (t.length > 80) s = t.slice(-80);
  // redos-ok: runs on the last 80 characters only (sliced on the line above), and its quantifiers are bounded.
  const m = /(?:^|[\s("“‘'\[])((?:[A-Za-z]{1,12}\.){0,3}[A-Za-z’']{1,12})\.\s*$/.exec(s);
  return m ? m[1]! : null;
}

/** What `\s` matches (WhiteSpace and LineTerminator), which is also what `trim` removes. */
function isSpaceCode(c: number): boolean {
  // Printable ASCII and the Latin-1 letters below NBSP first: most characters answer here in one test.
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** What may open the abbreviation: `[\s("“‘'\[]` of lastAbbrev's pattern. */
function abbrevDelim(c: number): boolean {
  return isSpaceCode(c) || c === 40 || c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 91;
}

/**
 * The last word before the final period of `s` ("U.S." → "U.S", "Inc." → "Inc"), or null when `s` does not
 * end in "word.": what `lastAbbrevByPattern` answers, read backwards from the end instead of trying the pattern
 * at each of up to 80 positions. The pattern's match is `(A.){0,3}B` before the final "." (A: 1-12 ASCII letters,
 * B: 1-12 of letters and apostrophes) opening the text or after a delimiter; the leftmost such start wins. A
 * piece cannot start inside a run of its own characters unless a delimiter precedes it, and of those characters
 * only "'" is one: so B is its whole run, or starts after a "'" inside it; each A is its whole letter run.
 */
function lastAbbrev(s: string): string | null {
  if (SHORTCUTS.off) return lastAbbrevByPattern(s);
  let e = s.length;
  while (e > 0 && isSpaceCode(s.charCodeAt(e - 1))) e--;
  if (e < 2 || s.charCodeAt(e - 1) !== 46) return null;
  const end = e - 1;
  // B's run: letters, ’ and ', at most 13 read (13: longer than B may be).
  let r0 = end;
  while (r0 > 0 && end - r0 < 13) {
    const c = s.charCodeAt(r0 - 1);
    if (!(isAsciiLetter(c) || c === 0x2019 || c === 39)) break;
    r0--;
  }
  if (r0 === end) return null;
  let best = -1;
  if (end - r0 <= 12) {
    // B is the whole run: the text opens there, a delimiter precedes, or "A." pieces do.
    let pos = r0;
    if (pos === 0 || abbrevDelim(s.charCodeAt(pos - 1))) best = pos;
    for (let k = 0; k < 3 && pos > 0 && s.charCodeAt(pos - 1) === 46; k++) {
      const d = pos - 1;
      let a0 = d;
      while (a0 > 0 && d - a0 < 13 && isAsciiLetter(s.charCodeAt(a0 - 1))) a0--;
      if (a0 === d || d - a0 > 12) break;
      pos = a0;
      if (pos === 0 || abbrevDelim(s.charCodeAt(pos - 1))) best = pos;
    }
  }
  if (best < 0) {
    // B starts after an apostrophe inside its run ("rock'n." → "n"): the leftmost such start within 12 characters.
    for (let q = Math.max(r0 + 1, end - 12); q < end; q++) {
      if (s.charCodeAt(q - 1) === 39) {
        best = q;
        break;
      }
    }
  }
  return best < 0 ? null : s.slice(best, end);
}

/** Whether a segment boundary after `prev` and before `next` is a false stop (an abbreviation or an initial). */
export function falseStop(prev: string, next: string): boolean {
  if (SHORTCUTS.off) return falseStopByPattern(prev, next);
  const orig = lastAbbrev(prev);
  if (!orig) return false;
  // The first word of `next` only decides when it opens in a letter or a digit; its first character alone
  // answers the lower-case test, and the word itself is only needed after a soft abbreviation or a dotted one.
  let f = 0;
  while (f < next.length && isSpaceCode(next.charCodeAt(f))) f++;
  if (f === next.length) return false;
  const c = next.charCodeAt(f);
  if (c >= 97 && c <= 122) return true;
  // fix13: "Acme Holdings, Inc. (NASDAQ: ACME) today announced": a stock ticker after a company's suffix goes on.
  if (c === 40 && CORPORATE.has(orig.toLowerCase()) && opensTicker(next.slice(f, f + 24))) return true;
  if (c >= 128) {
    const cp = String.fromCodePoint(next.codePointAt(f)!);
    if (!/^[\p{L}\p{N}]$/u.test(cp)) return false;
    // A lowercase continuation is never a new sentence ("e.g. the", "approx. five").
    if (/^\p{Ll}$/u.test(cp)) return true;
  } else if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  const ab = orig.toLowerCase();
  if (ab === 'e.g' || ab === 'i.e' || TITLES.has(ab)) return true;
  // A single initial: "Martin J. Sherwin", "J. Robert Oppenheimer".
  if (orig.length === 1 && c0IsCapital(orig)) return true;
  const soft = SOFT.has(ab);
  // "U.S.-based", dotted acronyms not in the list ("N.S.A."): only a text with a dot second can be one.
  if (!soft && !(ab.charCodeAt(1) === 46 && /^(?:[a-z]\.){1,4}[a-z]$/.test(ab))) return false;
  // "No. 10", "Jan. 5"
  if (soft && c >= 48 && c <= 57) return true;
  const first = /^[\p{L}\p{N}][\p{L}\p{N}’'.-]*/u.exec(f ? next.slice(f) : next)![0];
  let firstLower = first.toLowerCase();
  while (firstLower.length && '.’\''.includes(firstLower[firstLower.length - 1]!)) firstLower = firstLower.slice(0, -1);
  return !OPENERS.has(firstLower);
}

function c0IsCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** The long way of `falseStop` (`SHORTCUTS.off`): every test in the order it was written. */
function falseStopByPattern(prev: string, next: string): boolean {
  const orig = lastAbbrevByPattern(prev);
  if (!orig) return false;
  const ab = orig.toLowerCase();
  const nextTrim = next.trimStart();
  if (CORPORATE.has(ab) && opensTicker(nextTrim.slice(0, 24))) return true;
  const first = /^[\p{L}\p{N}][\p{L}\p{N}’'.-]*/u.exec(nextTrim)?.[0] ?? '';
  if (!first) return false;
  let firstLower = first.toLowerCase();
  while (firstLower.length && '.’\''.includes(firstLower[firstLower.length - 1]!)) firstLower = firstLower.slice(0, -1);
  // A lowercase continuation is never a new sentence ("e.g. the", "approx. five").
  if (/^\p{Ll}/u.test(first)) return true;
  if (ab === 'e.g' || ab === 'i.e' || TITLES.has(ab)) return true;
  // A single initial: "Martin J. Sherwin", "J. Robert Oppenheimer".
  if (/^[A-Z]$/.test(orig)) return true;
  if (SOFT.has(ab)) {
    if (/^\d/.test(first)) return true; // "No. 10", "Jan. 5"
    return !OPENERS.has(firstLower);
  }
  // "U.S.-based", dotted acronyms not in the list ("N.S.A.").
  if (/^(?:[a-z]\.){1,4}[a-z]$/.test(ab)) return !OPENERS.has(firstLower);
  return false;
}

/** For tests: lastAbbrev and its long way, which must agree. */
export const SPLIT_SPEED = { lastAbbrev, lastAbbrevByPattern, falseStopByPattern, joinSegments, joinSegmentsByPattern };

/** Window size for the segmenter (chars); a paragraph is rarely longer. */
const SEGMENT_WINDOW = 3_000;
const ENDERS = '.!?。！？"”’)]»';

/** Cut `text` into pieces of at most `size` chars: after a sentence end and a space when there is one in the second half, else at a space, else hard. */
export function windows(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const out: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    let cut = -1;
    for (let i = limit - 1; i > start + size / 2; i--) {
      if (text[i] === ' ' && ENDERS.includes(text[i - 1]!)) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      const sp = text.lastIndexOf(' ', limit - 1);
      cut = sp > start + size / 2 ? sp + 1 : limit;
    }
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut -= 1;
    out.push(text.slice(start, cut));
    start = cut;
  }
  out.push(text.slice(start));
  return out;
}

/** A sentence terminal (UAX #29 STerm and ATerm) or a paragraph/line separator: where a sentence break can follow. */
const BREAK_CHAR = /[\p{Sentence_Terminal}\u2024\r\n\u0085\u2028\u2029]/u;
/** From the first terminal to the end: terminals, closing punctuation, spaces (UAX #29 SATerm+ Close* Sp*), nothing else. */
const FINAL_TAIL = /[\p{Sentence_Terminal}\u2024]+["'\p{Ps}\p{Pe}\p{Pi}\p{Pf}]*[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*$/uy;

/**
 * Whether the segmenter would return `text` as one piece: UAX #29 breaks only
 * after a paragraph separator (SB4) or after "terminal, closing punctuation,
 * spaces" (SB11), so a text with no terminal, or whose only terminals sit in
 * such a run at its very end, has no break inside. Anything less plain
 * (format characters in the tail, a separator) is left to the segmenter. The
 * unit tests compare this with Intl.Segmenter on fixture and random text.
 */
export function oneSegment(text: string): boolean {
  return oneSegmentFrom(text, nextBreakChar(text, 0));
}

/** `oneSegment(text)` when `first` is the index of its first BREAK_CHAR (-1: none), already found by the caller. */
function oneSegmentFrom(text: string, first: number): boolean {
  for (let p = first; p >= 0; p = nextBreakChar(text, p + 1)) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029) return false;
    // A decimal point, a domain's dot, "U.S", "e.g. the", "...": no break can follow this stop.
    if ((c === 46 || c === 33 || c === 63) && noBreakAfterStop(text, p)) continue;
    return finalTail(text, p);
  }
  return true;
}

function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** " ' ) ] ” ’ */
function isFinalCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019;
}

/**
 * `FINAL_TAIL` at `p`: the usual tail ('.', '?”', '!" ', '.) ') read from the character codes (ASCII stops, then
 * " ' ) ] ” ’, then spaces, to the end: all in the pattern's classes); anything else asks the pattern.
 */
function finalTail(text: string, p: number): boolean {
  const n = text.length;
  let i = p;
  while (i < n && isStop(text.charCodeAt(i))) i++;
  if (i > p) {
    while (i < n && isFinalCloser(text.charCodeAt(i))) i++;
    while (i < n && text.charCodeAt(i) === 32) i++;
    if (i === n) return true;
  }
  FINAL_TAIL.lastIndex = p;
  return FINAL_TAIL.test(text);
}

/**
 * UAX #29 never breaks after the stop ("." "!" "?") at `p` when, after closing punctuation and spaces, another
 * terminal or a comma, colon or hyphen follows (SB8a: "...", "Inc.,", "!)."); nor after a "." when an ASCII
 * digit follows it (SB6 "ATerm × Numeric"), when an ASCII capital follows it right after an ASCII letter (SB7
 * "(Upper | Lower) ATerm × Upper"), or when the first letter after it, past closing punctuation, spaces, digits
 * and commas, is a lower-case ASCII or basic Cyrillic one (SB8: "e.g. the", "Oct. 25, the", "ч. л."). Anything
 * else (another character on the way, a format character) is left to the segmenter.
 */
function noBreakAfterStop(text: string, p: number): boolean {
  const n = text.length;
  const dot = text.charCodeAt(p) === 46;
  const next = p + 1 < n ? text.charCodeAt(p + 1) : -1;
  if (dot) {
    if (next >= 48 && next <= 57) return true;
    if (next >= 65 && next <= 90) {
      const prev = p > 0 ? text.charCodeAt(p - 1) : -1;
      return (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122);
    }
  }
  let k = p + 1;
  while (k < n && isCloser(text.charCodeAt(k))) k++;
  while (k < n && text.charCodeAt(k) === 32) k++;
  let u = k < n ? text.charCodeAt(k) : -1;
  if (u === 46 || u === 33 || u === 63 || u === 44 || u === 58 || u === 45) return true;
  if (!dot) return false;
  while ((u >= 48 && u <= 57) || u === 32 || u === 44) u = ++k < n ? text.charCodeAt(k) : -1;
  return (u >= 97 && u <= 122) || (u >= 0x430 && u <= 0x45f);
}

/** Per BMP code unit: 0 not yet known, 1 matches BREAK_CHAR, 2 does not. */
let bmpBreak: Uint8Array | null = null;

/** Whether the non-ASCII code unit at `i` starts a BREAK_CHAR, as `nextBreakChar` reads it (a surrogate pair whole). */
function breakCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return BREAK_CHAR.test(text.slice(i, i + 2));
  }
  const t = (bmpBreak ??= new Uint8Array(0x10000));
  let v = t[c]!;
  if (v === 0) t[c] = v = BREAK_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Index of the first BREAK_CHAR in `text` from `from` on, or -1: `text.search(BREAK_CHAR)` with a table instead of the Unicode property per character. */
function nextBreakChar(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13) return i;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        if (BREAK_CHAR.test(text.slice(i, i + 2))) return i;
        i++;
        continue;
      }
    }
    const t = (bmpBreak ??= new Uint8Array(0x10000));
    let v = t[c]!;
    if (v === 0) t[c] = v = BREAK_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    if (v === 1) return i;
  }
  return -1;
}

/** " ' ” ’ ) ] »: closing punctuation after a stop (UAX #29 Close). */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
}

/**
 * The segmenter's pieces of `w`, pushed onto `raw`, calling the segmenter only
 * where it has something to decide. The text is first cut where UAX #29 always
 * breaks: after ". ", "! " or "? " (closing quotes or brackets allowed before
 * the spaces) when an ASCII capital letter follows (SB11: no rule keeps
 * "terminal, spaces, capital" together, and no rule looks across such a
 * break). A piece with no other terminal is one segment (`oneSegment`); only
 * the rest ("U.S. officials", "e.g. the") go to Intl.Segmenter. The unit tests
 * compare the result with Intl.Segmenter on fixture and random text.
 */
export function segmentInto(w: string, raw: string[]): void {
  let start = 0;
  // The first BREAK_CHAR of the current piece (-1: none yet), noted on the way: `piece` need not look for it again.
  let first = -1;
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c < 128) {
      if (c !== 46 && c !== 33 && c !== 63) {
        if ((c === 10 || c === 13) && first < 0) first = i;
        continue;
      }
    } else if (c !== 0x3002 && c !== 0xff01 && c !== 0xff1f) {
      if (first < 0 && breakCharAt(w, i)) first = i;
      continue;
    }
    // A stop: "." (ATerm), or ! ? 。 ！ ？ (STerm).
    if (first < 0) first = i;
    const full = c === 46;
    let j = i + 1;
    while (j < n && isCloser(w.charCodeAt(j))) j++;
    let k = j;
    while (k < n && w.charCodeAt(k) === 32) k++;
    if (k >= n) continue;
    let u = w.charCodeAt(k);
    // Opening quotes or brackets after the spaces ('. “The', '! (A'): UAX #29 Close, which after spaces neither
    // joins the stop (SB9 and SB10 take only Close before the spaces) nor continues it (SB8a), and SB8 looks past
    // them to the letter: the break is before them, as before a letter.
    if (k > j && isOpener(u)) {
      let m = k + 1;
      while (m < n && isOpener(w.charCodeAt(m))) m++;
      if (m >= n) continue;
      u = w.charCodeAt(m);
    }
    if (full) {
      // After ".": spaces, then a capital or a letter without case (SB7 joins "U.S" without the space; SB8
      // looks on for a lower-case letter, and stops at an Upper or OLetter).
      if (k === j || !(plainLetter(u) && !(u >= 97 && u <= 122) && !(u >= 0x430 && u <= 0x45f))) continue;
    } else if (!plainLetter(u)) continue; // after "!", "?", "。": any letter (SB8 is for "." only)
    piece(w.slice(start, k), first - start, raw);
    start = k;
    first = -1;
    i = k - 1;
  }
  piece(start === 0 ? w : w.slice(start), first < 0 ? -1 : first - start, raw);
}

/** “ ‘ " ' ( [ «: quotation marks and opening brackets, UAX #29 Close (and no Format, Extend, SContinue or terminal). */
function isOpener(u: number): boolean {
  return u === 0x201c || u === 0x2018 || u === 34 || u === 39 || u === 40 || u === 91 || u === 0xab;
}

function plainLetter(u: number): boolean {
  return (u >= 65 && u <= 90) || (u >= 97 && u <= 122) || (u >= 0x400 && u <= 0x45f) || (u >= 0x3041 && u <= 0x3096) || (u >= 0x30a1 && u <= 0x30fa) || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0xac00 && u <= 0xd7a3);
}

/** `p`'s segments onto `raw`; `first`: the index of its first BREAK_CHAR, -1 when it has none. */
function piece(p: string, first: number, raw: string[]): void {
  if (oneSegmentFrom(p, first)) {
    if (p) raw.push(p);
  } else for (const s of getSegmenter()!.segment(p)) raw.push(s.segment);
}

/**
 * The segments joined into sentences: a segment of white space only goes with the one before; a segment that
 * starts with a closing quote or bracket, or a comma, semicolon or colon, or follows a false stop
 * (`falseStop`), belongs to the previous one, unless that has reached the length cap (runs of cue words,
 * "10[.]0[.]0[.]…"). The first character after the white space is read once instead of by two patterns.
 */
function joinSegments(raw: string[]): string[] {
  const out: string[] = [];
  for (const seg of raw) {
    const n = seg.length;
    let f = 0;
    while (f < n && isSpaceCode(seg.charCodeAt(f))) f++;
    if (f === n) {
      if (out.length) out[out.length - 1] += seg;
      continue;
    }
    if (out.length && out[out.length - 1]!.length + n <= LIMITS.sentenceChars) {
      const prev = out[out.length - 1]!;
      const c = seg.charCodeAt(f);
      // ", ; : " ” ’ ) ] »"
      if (c === 44 || c === 59 || c === 58 || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb || falseStop(prev, seg)) {
        out[out.length - 1] = prev + seg;
        continue;
      }
    }
    out.push(seg);
  }
  return out;
}

/** The long way of `joinSegments` (`SHORTCUTS.off`, and the tests). */
function joinSegmentsByPattern(raw: string[]): string[] {
  const out: string[] = [];
  for (const seg of raw) {
    if (!seg.trim()) {
      if (out.length) out[out.length - 1] += seg;
      continue;
    }
    const prev = out.length ? out[out.length - 1]! : null;
    if (prev !== null && prev.length + seg.length <= LIMITS.sentenceChars && (/^\s*["”’)\]»]/.test(seg) || /^\s*[,;:]/.test(seg) || falseStop(prev, seg))) {
      out[out.length - 1] = prev + seg;
      continue;
    }
    out.push(seg);
  }
  return out;
}

/** Split one text into sentences. */
export function splitText(text: string): string[] {
  const raw: string[] = [];
  if (getSegmenter()) {
    // Most headings, captions, list items and one-sentence paragraphs: no segmenter call.
    // ICU's segmenter slows down more than linearly on one long string: feed it windows cut at sentence ends.
    for (const w of windows(text, SEGMENT_WINDOW)) segmentInto(w, raw);
  } else {
    // A plain fallback for runtimes without Intl.Segmenter.
    let start = 0;
    const re = /[.!?。！？]["”’)\]]{0,3}\s/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      raw.push(text.slice(start, m.index + m[0].length));
      start = m.index + m[0].length;
    }
    raw.push(text.slice(start));
  }
  const out = SHORTCUTS.off ? joinSegmentsByPattern(raw) : joinSegments(raw);
  const res: string[] = [];
  for (const s of out) {
    const t = s.trim();
    if (t.length <= LIMITS.sentenceChars) {
      if (t) res.push(t);
    } else {
      for (const piece of cutLong(t, LIMITS.sentenceChars)) res.push(piece);
    }
  }
  return res;
}

/** Cut an over-long text into pieces of at most `max` chars, at the last space of each piece when there is one. */
export function cutLong(t: string, max: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (t.length - start > max) {
    let end = t.lastIndexOf(' ', start + max);
    if (end <= start + max / 2) end = start + max;
    // Never split a surrogate pair.
    const c = t.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end -= 1;
    const piece = t.slice(start, end).trim();
    if (piece) out.push(piece);
    start = end;
  }
  const last = t.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** Split body blocks into sentences (at most MAX_SENTENCES). */
export function splitSentences(blocks: BodyBlock[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < blocks.length && out.length < MAX_SENTENCES; i++) {
    const b = blocks[i]!;
    for (const text of splitText(b.text)) {
      out.push({ text, block: i, blockKind: b.kind });
      if (out.length >= MAX_SENTENCES) break;
    }
  }
  return out;
}
