/**
 * The sentence splitter's shortcuts must give what they replace: `lastAbbrev`
 * read backwards = its pattern, `falseStop` with its tests reordered = the tests
 * in their written order, `joinSegments` = the patterns it replaced, and the
 * whole split with its shortcuts off (`SHORTCUTS.off`) = with them on, on every
 * block of the fixture and dev pages and on random text. (The pre-split that
 * decides where Intl.Segmenter is needed is compared with the segmenter itself
 * in gates.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { firstLook } from '../../src/core/index';
import { SPLIT_SPEED, falseStop, splitSentences, splitText } from '../../src/core/sentences';
import { SHORTCUTS } from '../../src/core/gate';
import { synthArticle } from '../../scripts/bench/synth';
import { ROOT, htmlFiles } from './helpers/html-files';

const blocks: string[] = [];
for (const file of [...htmlFiles(path.join(ROOT, 'tests/fixtures')), ...htmlFiles(path.join(ROOT, '../shared/eval/dev'))]) {
  const look = firstLook(parseHTML(readFileSync(file, 'utf8')).document as unknown as Document, {});
  for (const b of look.body.blocks) blocks.push(b.text);
}
blocks.push(...firstLook(parseHTML(synthArticle(30 * 1024)).document as unknown as Document, {}).body.blocks.map((b) => b.text));

/** Pieces of abbreviations, initials, apostrophes, delimiters and white space, to build texts that end in "word." in many ways. */
const ALPHABET = ['a', 'B', 'z', 'Z', '.', ' ', '\u00a0', '\n', "'", '’', '(', '"', '“', '‘', '[', '1', 'é', 'U.S.', 'e.g.', 'Inc', 'No', 'Jan', 'J.', "rock'n", 'abcdefghijk', 'ABCDEFGHIJKLM', '-', ',', '\ufeff', '\u2003', 'x.y.z.w.', '𝐀', '\ud800', 'Dr', 'the', 'The', 'approx', 'N.S.A', 'д', 'Д', '5'];

function withShortcutsOff<T>(f: () => T): T {
  SHORTCUTS.off = true;
  try {
    return f();
  } finally {
    SHORTCUTS.off = false;
  }
}

describe('sentence splitter shortcuts', () => {
  it('has many blocks to check', () => {
    expect(blocks.length).toBeGreaterThan(2_000);
  });

  it('lastAbbrev and falseStop answer what their patterns answered (every segment boundary of the pages, random text)', () => {
    let abbrevs = 0;
    for (const t of blocks) {
      const parts = splitText(t);
      for (let i = 0; i < parts.length; i++) {
        const prev = parts[i]!;
        const next = parts[i + 1] ?? 'Next';
        // Every prefix ending in a period, and the sentence itself.
        for (let p = prev.indexOf('.'); p >= 0; p = prev.indexOf('.', p + 1)) {
          const cut = prev.slice(0, p + 1);
          const a = SPLIT_SPEED.lastAbbrev(cut);
          expect(a, cut).toBe(SPLIT_SPEED.lastAbbrevByPattern(cut));
          if (a) abbrevs++;
          for (const x of [next, ` ${next}`, next.toLowerCase(), '5 more', ' “Quote']) expect(falseStop(cut, x), `${cut} | ${x}`).toBe(SPLIT_SPEED.falseStopByPattern(cut, x));
        }
      }
    }
    expect(abbrevs).toBeGreaterThan(2_000);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 6 }), (a, b) => {
        const s = a.join('');
        const t = b.join('');
        expect(SPLIT_SPEED.lastAbbrev(s)).toBe(SPLIT_SPEED.lastAbbrevByPattern(s));
        expect(falseStop(s, t)).toBe(SPLIT_SPEED.falseStopByPattern(s, t));
      }),
      { numRuns: 30_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 8 }), (s, t) => {
        expect(SPLIT_SPEED.lastAbbrev(s)).toBe(SPLIT_SPEED.lastAbbrevByPattern(s));
        expect(falseStop(s, t)).toBe(SPLIT_SPEED.falseStopByPattern(s, t));
      }),
      { numRuns: 10_000 },
    );
  });

  it('joinSegments joins what its patterns joined', () => {
    const segs = (t: string): string[] => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(t)].map((s) => s.segment);
    for (const t of blocks) expect(SPLIT_SPEED.joinSegments(segs(t))).toEqual(SPLIT_SPEED.joinSegmentsByPattern(segs(t)));
    const pieces = ['He said. ', ' ', '” he said. ', ', and ', '; then ', ': so ', ') Next. ', '] x ', '» y ', '"Quote." ', '’ z ', 'Inc. ', 'the end. ', 'U.S. ', '\u00a0', 'x'.repeat(1_490) + '. '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (a) => {
        expect(SPLIT_SPEED.joinSegments(a)).toEqual(SPLIT_SPEED.joinSegmentsByPattern(a));
      }),
      { numRuns: 10_000 },
    );
  });

  it('the whole split gives the same sentences with its shortcuts off', () => {
    const all = blocks.map((text) => ({ kind: 'paragraph' as const, text, links: [] }));
    const fast = splitSentences(all.slice(0, 1_000)).concat(splitSentences(all.slice(1_000)));
    const slow = withShortcutsOff(() => splitSentences(all.slice(0, 1_000)).concat(splitSentences(all.slice(1_000))));
    expect(fast).toEqual(slow);
    expect(fast.length).toBeGreaterThan(3_000);
  });
});
