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
  try {
    // `m.index >= at`: a pattern without the g flag ignores lastIndex and finds the same match again, so it gives its
    // first match only instead of an endless loop (matchAll throws on it).
    for (let at = 0, m: RegExpExecArray | null; ((re.lastIndex = at), (m = re.exec(text)) && m.index >= at); ) {
      // An empty match moves on by one character (a whole surrogate pair under /u: a code point over 0xffff), as
      // matchAll does. The core has no pattern with the v flag, whose step is also a code point.
      at = m!.index + (m![0].length || (re.unicode && text.codePointAt(m!.index)! >> 16 ? 2 : 1));
      yield m!;
    }
  } finally {
    re.lastIndex = 0;
  }
}
