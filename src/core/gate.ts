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

/** An ASCII digit occurs in `s` (what `\d` matches without the `u` flag). */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * A gate: each inner list is "any of these words", and all lists must be
 * satisfied ([['carried', 'launched'], ['by']] = one of the verbs and "by").
 */
export type Need = readonly (readonly string[])[];

/** Whether `lower` (a lower-cased text) satisfies the gate `need`. */
export function passes(lower: string, need: Need): boolean {
  for (let i = 0; i < need.length; i++) if (!hasAny(lower, need[i]!)) return false;
  return true;
}
