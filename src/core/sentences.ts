import type { BodyBlock, BlockKind } from './body';
import { LIMITS } from './limits';

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
/** Words that usually open a new sentence: after "…Inc." or "…U.S." they mean a real boundary. */
const OPENERS = new Set(['the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'however', 'meanwhile', 'according', 'as', 'after', 'before', 'when', 'while', 'if', 'his', 'her', 'their', 'our', 'my', 'some', 'many', 'most', 'one', 'two', 'officials', 'experts', 'researchers', 'for', 'from', 'since', 'last', 'earlier', 'later', 'still', 'yet', 'also', 'now', 'then', 'what', 'who', 'why', 'how', 'both', 'neither', 'no', 'not', 'to', 'by', 'with', 'under', 'during', 'separately', 'instead', 'such', 'other', 'another', 'each', 'all', 'several', 'few']);

/**
 * The sentence segmenter, created on first use, not at module load: cold, in a
 * browser, its creation and first call load ICU break data (~30-60 ms), which
 * made the analyzer's start-up one long task. `warmSegmenter` lets a stepwise
 * caller pay that in a step of its own.
 */
let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Create the segmenter and run it once on a tiny text (no effect on results: only moves the cold cost). */
export function warmSegmenter(): void {
  const s = getSegmenter();
  if (s) for (const x of s.segment('A. B')) void x;
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

/** The last word before the final period of `s` ("U.S." → "u.s", "Inc." → "inc"), or null when `s` does not end in "word.". */
function lastAbbrev(s: string): string | null {
  // Only the tail can hold the abbreviation (≤ 52 chars with its dot): a sentence
  // grown by many joins is not re-scanned whole each time (that was quadratic).
  const t = s.trimEnd();
  if (t.length > 80) s = t.slice(-80);
  // redos-ok: runs on the last 80 characters only (sliced on the line above), and its quantifiers are bounded.
  const m = /(?:^|[\s("“‘'\[])((?:[A-Za-z]{1,12}\.){0,3}[A-Za-z’']{1,12})\.\s*$/.exec(s);
  return m ? m[1]! : null;
}

/** Whether a segment boundary after `prev` and before `next` is a false stop (an abbreviation or an initial). */
export function falseStop(prev: string, next: string): boolean {
  const orig = lastAbbrev(prev);
  if (!orig) return false;
  const ab = orig.toLowerCase();
  const nextTrim = next.trimStart();
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
  for (let p = nextBreakChar(text, 0); p >= 0; p = nextBreakChar(text, p + 1)) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029) return false;
    // A decimal point, a domain's dot, "U.S", "e.g. the": no break can follow this stop.
    if (c === 46 && noBreakAfterDot(text, p)) continue;
    FINAL_TAIL.lastIndex = p;
    return FINAL_TAIL.test(text);
  }
  return true;
}

/**
 * UAX #29 never breaks after the "." at `p` when an ASCII digit follows it (SB6 "ATerm × Numeric"), when an
 * ASCII capital follows it right after an ASCII letter (SB7 "(Upper | Lower) ATerm × Upper"), or when a
 * lower-case ASCII letter follows it, after closing punctuation and spaces or not (SB8). Anything else
 * (another character in between, a format character) is left to the segmenter.
 */
function noBreakAfterDot(text: string, p: number): boolean {
  const n = text.length;
  const next = p + 1 < n ? text.charCodeAt(p + 1) : -1;
  if (next >= 48 && next <= 57) return true;
  if (next >= 65 && next <= 90) {
    const prev = p > 0 ? text.charCodeAt(p - 1) : -1;
    return (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122);
  }
  let k = p + 1;
  while (k < n && CLOSERS.includes(text[k]!)) k++;
  while (k < n && text.charCodeAt(k) === 32) k++;
  const u = k < n ? text.charCodeAt(k) : -1;
  return u >= 97 && u <= 122;
}

/** Per BMP code unit: 0 not yet known, 1 matches BREAK_CHAR, 2 does not. */
let bmpBreak: Uint8Array | null = null;

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

const CLOSERS = '"\'”’)]»';

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
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    const full = c === 46; // ATerm "."
    // STerm: ! ? 。 ！ ？
    if (!full && c !== 33 && c !== 63 && c !== 0x3002 && c !== 0xff01 && c !== 0xff1f) continue;
    let j = i + 1;
    while (j < n && CLOSERS.includes(w[j]!)) j++;
    let k = j;
    while (k < n && w.charCodeAt(k) === 32) k++;
    if (k >= n) continue;
    const u = w.charCodeAt(k);
    if (full) {
      // After ".": spaces, then a capital or a letter without case (SB7 joins "U.S" without the space; SB8
      // looks on for a lower-case letter, and stops at an Upper or OLetter).
      if (k === j || !(plainLetter(u) && !(u >= 97 && u <= 122) && !(u >= 0x430 && u <= 0x45f))) continue;
    } else if (!plainLetter(u)) continue; // after "!", "?", "。": any letter (SB8 is for "." only)
    piece(w.slice(start, k), raw);
    start = k;
    i = k - 1;
  }
  piece(start === 0 ? w : w.slice(start), raw);
}

/**
 * ASCII, basic Cyrillic (U+0400-U+042F capitals, U+0430-U+045F small), kana, CJK and Hangul letters: UAX #29
 * OLetter/Upper/Lower, never Close, Sp, SContinue or a terminal.
 */
function plainLetter(u: number): boolean {
  return (u >= 65 && u <= 90) || (u >= 97 && u <= 122) || (u >= 0x400 && u <= 0x45f) || (u >= 0x3041 && u <= 0x3096) || (u >= 0x30a1 && u <= 0x30fa) || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0xac00 && u <= 0xd7a3);
}

function piece(p: string, raw: string[]): void {
  if (oneSegment(p)) {
    if (p) raw.push(p);
  } else for (const s of getSegmenter()!.segment(p)) raw.push(s.segment);
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
  const out: string[] = [];
  for (const seg of raw) {
    if (!seg.trim()) {
      if (out.length) out[out.length - 1] += seg;
      continue;
    }
    const prev = out.length ? out[out.length - 1]! : null;
    // A segment that starts with a closing quote or bracket, or a lowercase/comma continuation, belongs to the previous one.
    // A sentence that has reached the length cap takes no more segments (runs of cue words, "10[.]0[.]0[.]…").
    if (prev !== null && prev.length + seg.length <= LIMITS.sentenceChars && (/^\s*["”’)\]»]/.test(seg) || /^\s*[,;:]/.test(seg) || falseStop(prev, seg))) {
      out[out.length - 1] = prev + seg;
      continue;
    }
    out.push(seg);
  }
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
