/**
 * Every match of a global pattern, like `text.matchAll(re)`, but run on `re` itself.
 *
 * `matchAll` runs a clone of its pattern (the spec's species construction), and V8 compiles that clone again
 * whenever its compilation cache has been aged out, which every major GC does: with a full GC before each page (the
 * bench's protocol, and a long-lived tab's life) the core recompiled ~150 clones per pass over the corpus, the acronym
 * pass alone ~10× its warm time; a browser page's world compiles each clone once more on top of the pattern itself.
 * The position is kept here, not in `re.lastIndex`, so a loop body may use the same pattern again; the pattern is left
 * at 0 however the loop ends (a `break` included), so its other users start where a fresh one would.
 */
export function* eachMatch(re: RegExp, text: string): Generator<RegExpExecArray, void, void> {
  if (!re.global) throw new TypeError('not global');
  try {
    for (let at = 0, m: RegExpExecArray | null; ((re.lastIndex = at), (m = re.exec(text))); ) {
      // An empty match moves on by one character (a whole surrogate pair under /u), as matchAll does. The core has
      // no pattern with the v flag, whose step is also a code point.
      at = re.lastIndex + (m[0] ? 0 : re.unicode && text.codePointAt(re.lastIndex)! > 0xffff ? 2 : 1);
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}
