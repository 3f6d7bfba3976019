import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// Sentences written for these tests; the patterns come from the fourth held-out set's misses (blind4-eval).
const db = bundledDirectory();
function run(text: string) {
  const sentences = splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
  return findAttributions(sentences, { db, acronyms: findAcronyms(sentences), publisher: null });
}
const sources = (text: string) => run(text).map((a) => a.source);

describe('false sources (fix4)', () => {
  it('a negated cue makes no statement', () => {
    expect(sources('The Weekly Ledger does not endorse the products mentioned.')).toEqual([]);
    expect(sources('Cobaltline did not say which customers were affected.')).toEqual([]);
    expect(sources('The ministry has never publicly confirmed the breach.')).toEqual([]);
    expect(sources('Cobaltline said the customers were affected.')).toEqual(['Cobaltline']);
  });
  it('a second verb after a passive is passive too ("are approached … and asked to")', () => {
    expect(sources('Job seekers are approached on LinkedIn and asked to install a chat client.')).toEqual([]);
    expect(sources('The firm was breached in May and warned customers that data was taken.')).toEqual(['The firm']);
  });
  it('a number cut from an amount, a negative quantifier and a date are no subjects', () => {
    expect(sources('On a cold morning, 12 million Poles opened their banking apps and found nothing.')).toEqual([]);
    expect(sources('Researchers at 360 found that the tools matched.')).toEqual(['360']);
    expect(sources('Officers were frustrated because nobody official would say who did it.')).toEqual([]);
  });
  it('a date is never the antecedent of "the company"', () => {
    const r = sources('In a filing on Monday, Brambleway Logistics said it saw intrusions on March 3 and isolated servers. The company said on Tuesday that payroll data was copied.');
    expect(r).not.toContain('March 3');
    expect(r.length).toBe(2);
  });
  it('a possessive after "citing" works with either apostrophe', () => {
    for (const ap of ['’', "'"]) {
      const r = sources(`The Border Guard said the lures used fake fines, Radio Ostrava reported, citing the agency${ap}s press office.`);
      expect(r).toContain('the agency');
    }
  });
});
