import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions, findAttributionsSteps } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import type { Attribution } from '../../src/core/report';
import { bundledDirectory } from '../../src/sources/index';

// Attribution's modules read the page being read from module variables (attribution-page.ts says why): a pass that
// waits at a yield must find its own page again, and nothing may carry over from one page to the next. Sentences
// written for these tests.
const db = bundledDirectory();
const input = (text: string) => {
  const sentences = splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
  return { sentences, ctx: { db, acronyms: findAcronyms(sentences), publisher: null } };
};
const rows = (list: Attribution[]) => list.map((a) => [a.source, a.cue]);

// A surname and "she" stand for the person named in full before: read against another page's state, they do not.
const A = 'Dana Whitfield, a researcher at Mandiant, said the group was active.\nWhitfield said the malware was new.\nShe added that it had been seen before.';
const B = 'The weather was mild on Tuesday in the harbour town.\nThe ferry ran late because of the fog.\nNobody was hurt.';

describe('attribution: one page state per pass', () => {
  it('two passes interleaved sentence by sentence each give their page alone', () => {
    const a = input(A);
    const b = input(B);
    const aloneA = findAttributions(a.sentences, a.ctx);
    const aloneB = findAttributions(b.sentences, b.ctx);
    expect(rows(aloneA)).toEqual([
      ['Dana Whitfield (Mandiant)', 'said'],
      ['Dana Whitfield (Mandiant)', 'said'],
      ['Dana Whitfield (Mandiant)', 'added'],
    ]);
    expect(aloneB).toEqual([]);
    const ita = findAttributionsSteps(a.sentences, a.ctx, 1);
    const itb = findAttributionsSteps(b.sentences, b.ctx, 1);
    let ra = ita.next();
    let rb = itb.next();
    let steps = 0;
    while (!ra.done || !rb.done) {
      if (!ra.done) ra = ita.next();
      if (!rb.done) rb = itb.next();
      steps++;
    }
    expect(steps).toBeGreaterThan(1);
    expect(ra.value).toEqual(aloneA);
    expect(rb.value).toEqual(aloneB);
  });

  it('a pass left at a yield changes nothing for the next page, and a page read twice reads the same', () => {
    const a = input(A);
    const b = input(B);
    const first = findAttributions(a.sentences, a.ctx);
    const left = findAttributionsSteps(b.sentences, b.ctx, 1);
    left.next();
    expect(findAttributions(a.sentences, a.ctx)).toEqual(first);
    // The people of one page are no antecedents on the next: this page's "Whitfield" has no post.
    const c = input('Whitfield said the ferry ran late.\nShe added that nobody was hurt.');
    expect(rows(findAttributions(c.sentences, c.ctx))).toEqual([['Whitfield', 'said']]);
  });
});
