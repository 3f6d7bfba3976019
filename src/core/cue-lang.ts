import type { Sentence } from './sentences';

/**
 * intl8: the language of a page's sentences, for the cue passes. Small and
 * cheap on purpose: it rides in analyzer-attribution.js, which every analysed
 * page loads, while the non-English cue and hedge tables (cues-intl.ts,
 * cues-ja.ts) are a script of their own that only a page this finds
 * non-English loads (intl-cues.ts, src/shared/analyzer-parts.ts).
 *
 * The language is judged from the text itself (function-word counts, kana
 * for Japanese), so it works whether or not the page declares `lang`.
 */

/** A Unicode-aware word boundary: JavaScript's \\b treats "é", "ü", "ß" as non-word characters. */
const UB = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;

/** Rebuild a `\\b` word pattern with Unicode word boundaries (the u flag is added). */
function unicodeWords(re: RegExp): RegExp {
  // redos-ok: the checked literal with its \b replaced by the zero-width Unicode boundary above.
  return new RegExp(re.source.split(String.raw`\b`).join(UB), re.flags.includes('u') ? re.flags : re.flags + 'u');
}

export type CueLang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl';
/**
 * lang7: a page's language for the cue passes; Japanese has its own pass (cues-ja.ts, no word tables).
 * intl8: Russian and Chinese (Simplified) too, each with a pass of its own (cues-ru.ts, cues-zh.ts).
 * left9: Korean (cues-ko.ts) and Polish (cues-pl.ts); Traditional Chinese is 'zh' (cues-zh.ts folds its characters).
 */
export type PageLang = CueLang | 'ja' | 'ru' | 'zh' | 'ko' | 'pl';

export const FUNCTION_WORDS: Record<Exclude<CueLang, 'en'>, RegExp> = {
  de: /\b(?:der|die|das|und|nicht|mit|ist|des|sich|auf|eine|einer|dem|den|wurde|auch)\b/gi,
  fr: /\b(?:le|la|les|et|est|une|dans|pour|du|des|qui|sur|pas|au|aux|avec)\b/gi,
  es: /\b(?:el|los|las|y|que|del|por|una|con|para|es|al|se|su|como)\b/gi,
  // lang7: Italian, Portuguese and Dutch words no other listed language uses often (no "il", "da", "de", "die", "en").
  it: /\b(?:di|che|della|delle|dello|degli|dei|gli|nel|nella|nelle|negli|alla|alle|sono|anche|questo|questa|stato|stata|ha|hanno|per)\b/gi,
  pt: /\b(?:uma|em|com|os|do|dos|das|na|nas|nos|pelo|pela|pelos|pelas|foi|ao|aos|ele|ela|seu|sua|mais)\b/gi,
  nl: /\b(?:het|een|van|niet|zijn|wordt|werd|heeft|hebben|ook|bij|naar|dat|voor|met|aan|uit|nog|door|maar|deze|worden|dit|op)\b/gi,
};
/** Portuguese markers, with Unicode word boundaries (JavaScript's \\b treats "ã" as a non-word character); built on first use. */
let ptWords: RegExp | undefined;
const PT_WORDS = (): RegExp => (ptWords ??= unicodeWords(/\b(?:não|são|uma|pelo|pela|pelos|pelas|dos|das|também|está|foi|ao|aos|em|seu|sua|você|isso|muito|já)\b/gi));
export const EN_WORDS = /\b(?:the|and|of|to|is|that|with|for|was|on|said|by|it|are|from)\b/gi;

/** The words of a flat `\b(?:a|b|c)\b` pattern. */
function wordsOf(re: RegExp): string[] {
  return re.source.slice(re.source.indexOf('(?:') + 3, re.source.lastIndexOf(')')).split('|');
}

/** Function word (lower case) → bit set of the languages it counts for (1 en, 2 de, 4 fr, 8 es; lang7: 16 it, 32 pt, 64 nl). */
const WORD_LANGS: Map<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (re: RegExp, bit: number): void => {
    for (const w of wordsOf(re)) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(EN_WORDS, 1);
  add(FUNCTION_WORDS.de, 2);
  add(FUNCTION_WORDS.fr, 4);
  add(FUNCTION_WORDS.es, 8);
  add(FUNCTION_WORDS.it, 16);
  add(FUNCTION_WORDS.pt, 32);
  add(FUNCTION_WORDS.nl, 64);
  return m;
})();
/**
 * perf-rest9: WORD_LANGS as a trie over the 37 `\w` code units (a-z folded with A-Z, 0-9, _), so a word run is
 * looked up as it is read: no slice, no lower-casing and no hashing per word (every analysed page's language test
 * reads up to 6,000 characters, ~1,000 words; that was ~3 % of the analysis). `NEXT[state * 37 + class]` is the
 * next state (0: none; the root is state 1), `BITS[state]` the languages of the word that ends there.
 */
const W = 37;
const { NEXT, BITS } = (() => {
  const next: number[] = new Array<number>(2 * W).fill(0);
  const bits: number[] = [0, 0];
  for (const [w, b] of WORD_LANGS) {
    let st = 1;
    for (let i = 0; i < w.length; i++) {
      const k = st * W + wordClass(w.charCodeAt(i));
      if (!next[k]) {
        next[k] = bits.length;
        bits.push(0);
        for (let j = 0; j < W; j++) next.push(0);
      }
      st = next[k]!;
    }
    bits[st] = b;
  }
  return { NEXT: Int32Array.from(next), BITS: Int32Array.from(bits) };
})();

/** The trie class of a `\w` code unit (ASCII letters without regard to case). */
function wordClass(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return 26 + c - 48;
  return 36;
}

/**
 * Counts of the function words of each language in `sample`, in one pass.
 * The patterns are `\b(?:…)\b` over ASCII words without the `u` flag, so a
 * match is exactly a whole run of `\w` characters ([A-Za-z0-9_]) equal to a
 * listed word: count those runs, as `sample.match(re).length` would.
 */
export function countFunctionWords(sample: string): { en: number; de: number; fr: number; es: number } {
  const { en, de, fr, es } = countAllFunctionWords(sample);
  return { en, de, fr, es };
}

/** Letters of the scripts the language test counts (scriptBy, japaneseBy). */
interface ScriptCounts {
  /** Hiragana and katakana. */
  kana: number;
  cyr: number;
  /** Of the Cyrillic letters, those of Ukrainian and not Russian (і, ї, є, ґ). */
  ukr: number;
  han: number;
  /** Hangul syllables. */
  hangul: number;
  /** Polish letters (POLISH_LETTERS). */
  pl: number;
}

/**
 * lang7: `countFunctionWords` with the Italian, Portuguese and Dutch counts too. perf-rest9: with `script`, the same
 * pass also counts the letters of the language test's scripts (detectCueLang read the sample three times).
 */
export function countAllFunctionWords(sample: string, script?: ScriptCounts): Record<CueLang, number> {
  const c = { en: 0, de: 0, fr: 0, es: 0, it: 0, pt: 0, nl: 0 };
  const n = sample.length;
  let i = 0;
  while (i < n) {
    const u = sample.charCodeAt(i);
    if (!isWordCode(u)) {
      if (script && u >= 0x104) countScript(u, script);
      i++;
      continue;
    }
    // Follow the run through the trie while it is a prefix of a listed word; then read the rest of the run.
    let st = 1;
    let ch: number;
    while (i < n && isWordCode((ch = sample.charCodeAt(i)))) {
      if (st) st = NEXT[st * W + wordClass(ch)]!;
      i++;
    }
    const bits = st ? BITS[st]! : 0;
    if (!bits) continue;
    if (bits & 1) c.en++;
    if (bits & 2) c.de++;
    if (bits & 4) c.fr++;
    if (bits & 8) c.es++;
    if (bits & 16) c.it++;
    if (bits & 32) c.pt++;
    if (bits & 64) c.nl++;
  }
  return c;
}

/** `\w` without the `u` flag: ASCII letters, digits, underscore. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Answers by sentence list (attribution and hedges both ask for the same list). */
const LANG_CACHE = new WeakMap<Sentence[], { length: number; first: Sentence | undefined; lang: PageLang }>();

/** The main language of the sentences, from function-word counts on a bounded sample. */
export function detectCueLang(sentences: Sentence[]): PageLang {
  const l = LANG_CACHE.get(sentences);
  if (l && l.length === sentences.length && l.first === sentences[0]) return l.lang;
  const lang = detectCueLangOf(sentences);
  LANG_CACHE.set(sentences, { length: sentences.length, first: sentences[0], lang });
  return lang;
}

function detectCueLangOf(sentences: Sentence[]): PageLang {
  let sample = '';
  for (const s of sentences) {
    if (s.blockKind === 'title') continue;
    sample += ' ' + s.text;
    if (sample.length > 6_000) break;
  }
  // One pass: the function words and the script letters (the kana test and scriptBy read the same counts).
  const letters: ScriptCounts = { kana: 0, cyr: 0, ukr: 0, han: 0, hangul: 0, pl: 0 };
  const counts = countAllFunctionWords(sample, letters);
  if (japaneseBy(letters.kana, sample.length)) return 'ja';
  const script = scriptBy(letters, sample.length);
  if (script) return script;
  if (letters.pl >= 10 && letters.pl >= sample.length * 0.015) return 'pl';
  const en = counts.en;
  let best: CueLang = 'en';
  let bestN = en;
  for (const l of ['de', 'fr', 'es', 'it', 'pt', 'nl'] as const) {
    const n = counts[l];
    if (n > bestN * 1.3 && n >= 8) {
      best = l;
      bestN = n;
    }
  }
  // Portuguese shares much with Spanish: a page whose Portuguese markers outnumber the Spanish ones gets the Portuguese cues, not the Spanish.
  if (best === 'es' && (sample.match(PT_WORDS()) ?? []).length > bestN * 0.5) return 'pt';
  return best;
}

/** Choose the language from a declared BCP 47 tag first, else from the text. */
export function cueLangOf(lang: string | null | undefined, sentences: Sentence[]): PageLang {
  const l = (lang ?? '').toLowerCase().slice(0, 2);
  if (l === 'de' || l === 'fr' || l === 'es' || l === 'it' || l === 'pt' || l === 'nl' || l === 'ja' || l === 'ru' || l === 'zh' || l === 'ko' || l === 'pl') return l;
  return detectCueLang(sentences);
}

/**
 * left9: Polish by its letters: ą ę ł ś ź ż ć, which no other language this reads uses, a good share of the sample
 * (about one character in thirty in Polish prose; an English page naming a Polish city has a handful). perf-text10:
 * counted by the function-word pass (a second pass over the sample, one string search per character, was ~1.5 % of
 * the analysis on the corpus).
 */
const POLISH_LETTERS = 'ąęćłśźżĄĘĆŁŚŹŻ';
const POLISH_CODES = new Set([...POLISH_LETTERS].map((ch) => ch.charCodeAt(0)));

/** Kana (hiragana and katakana) in `sample`, for the language test. */
export function kanaCount(sample: string): number {
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3041 && c <= 0x30ff) n++;
  }
  return n;
}

/** A page is Japanese when kana are a good share of its sample (Chinese text has none). */
export function looksJapanese(sample: string): boolean {
  return japaneseBy(kanaCount(sample), sample.length);
}

function japaneseBy(kana: number, length: number): boolean {
  return kana >= 40 && kana >= length * 0.15;
}

/** Count one code unit of 0x104 or above in `to` (Polish letters, kana, Cyrillic, Ukrainian Cyrillic, Han, Hangul). */
function countScript(c: number, to: ScriptCounts): void {
  if (c < 0x400) {
    if (POLISH_CODES.has(c)) to.pl++;
  } else if (c <= 0x4ff) {
    to.cyr++;
    if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490) to.ukr++;
  } else if (c >= 0x4e00 && c <= 0x9fff) to.han++;
  else if (c >= 0x3041 && c <= 0x30ff) to.kana++;
  else if (c >= 0xac00 && c <= 0xd7a3) to.hangul++;
}

/**
 * intl8: Russian or Chinese by script: Cyrillic letters, or Han characters (a Japanese sample was answered before,
 * by its kana), that make up a good share of the sample. Ukrainian (і, ї, є, ґ) and other Cyrillic languages with
 * those letters are not Russian: their pages keep the English pass alone.
 */
function scriptBy({ cyr, ukr, han, hangul }: ScriptCounts, length: number): 'ru' | 'zh' | 'ko' | null {
  // left9: Hangul syllables (Korean).
  if (hangul >= 40 && hangul >= length * 0.25) return 'ko';
  if (cyr >= 40 && cyr >= length * 0.3) return ukr * 50 < cyr ? 'ru' : null;
  if (han >= 40 && han >= length * 0.3) return 'zh';
  return null;
}
