/**
 * Cheap per-sentence pre-tests ("gates") for the signal modules.
 *
 * A module's pattern can only match a sentence that contains certain literal
 * words ("attributed … to" needs "attribut"). Testing those words with
 * `indexOf` on the sentence lower-cased once is far cheaper than running the
 * pattern, so each pattern carries a gate and runs only when its gate passes.
 * A gate may pass when the pattern then finds nothing (it is a superset), but
 * it must never fail where the pattern would match: the unit tests check that
 * on every fixture sentence (tests/unit/gates.test.ts).
 *
 * Case: for a pattern with the `i` flag (and without `u`), JavaScript only
 * folds ASCII letters to ASCII letters, so an ASCII word the pattern needs is
 * present in `text.toLowerCase()`. Patterns with `u` + `i` (which fold "ſ" to
 * "s") get no lower-case gate. Gate words hold no whitespace: patterns use
 * `\s+`, which a literal space would not cover.
 */

/** Any of `words` occurs in `s`. */
export function hasAny(s: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (s.indexOf(words[i]!) !== -1) return true;
  return false;
}

const DIGIT_RE = /[0-9]/;

/**
 * An ASCII digit occurs in `s` (what `\d` matches without the `u` flag). One native regex search: the
 * character loop it replaces read ~3x slower on the real corpus's sentences (tests/unit/gates.test.ts
 * compares the two).
 */
export function hasDigit(s: string): boolean {
  return DIGIT_RE.test(s);
}

/**
 * A gate: each inner list is "any of these words", and all lists must be
 * satisfied ([['carried', 'launched'], ['by']] = one of the verbs and "by").
 */
export type Need = readonly (readonly string[])[];

/**
 * Whether `lower` (a lower-cased text) satisfies the gate `need` (plain indexOf; `Gate` and `WordScan` answer
 * the same, faster). A word written "\\bai" (word-scan.ts) must also have no ASCII letter, digit or underscore
 * right before it.
 */
export function passes(lower: string, need: Need): boolean {
  for (let i = 0; i < need.length; i++) if (!hasAnyWord(lower, need[i]!)) return false;
  return true;
}

function hasAnyWord(lower: string, words: readonly string[]): boolean {
  for (const w of words) {
    if (!w.startsWith('\\b')) {
      if (lower.indexOf(w) !== -1) return true;
      continue;
    }
    const word = w.slice(2);
    for (let k = lower.indexOf(word); k !== -1; k = lower.indexOf(word, k + 1)) if (k === 0 || !/[a-z0-9_]/.test(lower[k - 1]!)) return true;
  }
  return false;
}

/**
 * Tests only (tests/unit/text-shortcuts.test.ts): with `off` set, every `Gate` passes and the other
 * shortcuts that consult this flag (cues-intl's boundary-free twins, the disclaimer box walk's repeat skip)
 * take the long way, so a test can check that a module answers the same with and without them.
 */
export const SHORTCUTS = { off: false };

const FILTER_BITS = 2048;

/** Hash of the three characters of `s` at `i`, in [0, FILTER_BITS). */
function tri(s: string, i: number): number {
  return Math.imul((s.charCodeAt(i) << 16) ^ (s.charCodeAt(i + 1) << 8) ^ s.charCodeAt(i + 2), 0x9e3779b1) >>> 21;
}

/**
 * One text loaded for many gate words. Two hundred `indexOf` calls per
 * sentence cost more than the patterns they gate (each scans the whole
 * sentence when the word is absent), so `load` first records every
 * three-character window of the text in a 2048-bit filter; a word whose first
 * or last three characters are not in the filter is absent without a scan, and
 * only the rest are confirmed by `indexOf`. The answers are exactly those of
 * `hasAny` / `passes` (a filter has no false "absent").
 */
export class Gate {
  private readonly bits = new Uint32Array(FILTER_BITS / 32);
  private text = '';

  /** Load `text` (lower-case it first for the lower-case words of an `i` pattern). */
  load(text: string): this {
    const b = this.bits;
    b.fill(0);
    this.text = text;
    for (let i = 0; i + 2 < text.length; i++) {
      const h = tri(text, i);
      b[h >>> 5]! |= 1 << (h & 31);
    }
    return this;
  }

  /** `word` occurs in the loaded text (for "\\bword", at a word start). */
  has(word: string): boolean {
    if (SHORTCUTS.off) return true;
    // A word at a word start ("\\bit"): answered as `passes` does.
    if (word.startsWith('\\b')) return hasAnyWord(this.text, [word]);
    const n = word.length;
    if (n >= 3) {
      const b = this.bits;
      let h = tri(word, 0);
      if (!(b[h >>> 5]! & (1 << (h & 31)))) return false;
      h = tri(word, n - 3);
      if (!(b[h >>> 5]! & (1 << (h & 31)))) return false;
    }
    return this.text.indexOf(word) !== -1;
  }

  /** Any of `words` occurs in the loaded text. */
  any(words: readonly string[]): boolean {
    for (let i = 0; i < words.length; i++) if (this.has(words[i]!)) return true;
    return false;
  }

  /** The loaded text satisfies `need`. */
  passes(need: Need): boolean {
    for (let i = 0; i < need.length; i++) if (!this.any(need[i]!)) return false;
    return true;
  }
}
