import { describe, expect, it } from 'vitest';
import { attributionCollector, findPatternHedges } from '../../src/core/cue-collect';
import { bundledDirectory } from '../../src/sources/index';
import type { Attribution } from '../../src/core/report';
import type { Sentence } from '../../src/core/sentences';

const db = bundledDirectory();
const sent = (text: string): Sentence => ({ text, block: 0, blockKind: 'paragraph' });
const kind = () => 'person' as const;

describe('the per-language attribution collector', () => {
  it('keeps one entry per source at its first sentence, folding names by the key given', () => {
    const out: Attribution[] = [];
    const push = attributionCollector(out, 10, { db, publisher: null }, kind, (n) => n.toLowerCase());
    expect(push('Jan Nowak', 'powiedział', sent('Pierwsze zdanie.'))).toBe(0);
    expect(push('Anna Kowalska', 'według', sent('Drugie zdanie.'))).toBe(1);
    expect(push('JAN NOWAK', 'dodał', sent('Trzecie zdanie.'))).toBe(0);
    expect(push(null, 'dodał', sent('Czwarte zdanie.'))).toBe(-1);
    expect(out.map((a) => [a.source, a.cue, a.sentence, a.sourceKind, a.via])).toEqual([
      ['Jan Nowak', 'powiedział', 'Pierwsze zdanie.', 'person', null],
      ['Anna Kowalska', 'według', 'Drugie zdanie.', 'person', null],
    ]);
    // Without a key, names differing in case are two sources.
    const plain: Attribution[] = [];
    const p2 = attributionCollector(plain, 10, { db, publisher: null }, kind);
    p2('Jan Nowak', 'a', sent('x'));
    expect(p2('JAN NOWAK', 'b', sent('y'))).toBe(1);
  });

  it('never reports the publisher of the page, labels names the directory knows, and stops at its limit', () => {
    const label = db.byName('Global Times');
    expect(label).not.toBeNull();
    const own: Attribution[] = [];
    const push = attributionCollector(own, 2, { db, publisher: label }, kind);
    expect(push('Global Times', 'reported', sent('x'))).toBe(-1);
    expect(own).toHaveLength(0);
    const other: Attribution[] = [];
    const p2 = attributionCollector(other, 2, { db, publisher: null }, kind);
    expect(p2('Global Times', 'reported', sent('x'))).toBe(0);
    expect(other[0]!.label?.id).toBe(label!.id);
    expect(p2('A', 'said', sent('y'))).toBe(1);
    expect(p2('B', 'said', sent('z'))).toBe(-1);
    expect(other).toHaveLength(2);
  });

  it('finds pattern hedges once per sentence, with their kind, turning down what skip says', () => {
    const re = /(?<![\p{L}])(?:reportedly|probably|it\s+is\s+said)(?![\p{L}])/giu;
    const est = /^probably$/;
    const ss = [sent('It  is said the firm, reportedly hit, was Reportedly down.'), sent('It was probably a test.')];
    const all = findPatternHedges(ss, re, est, { maxSentences: 10, maxChars: 500 });
    expect(all.map((h) => [h.cue, h.kind, h.sentence === ss[0]!.text])).toEqual([
      ['it is said', 'hedge', true],
      ['reportedly', 'hedge', true],
      ['probably', 'estimative', false],
    ]);
    const some = findPatternHedges(ss, re, est, { maxSentences: 10, maxChars: 500 }, (cue) => cue === 'probably');
    expect(some.map((h) => h.cue)).toEqual(['it is said', 'reportedly']);
    expect(findPatternHedges(ss, re, est, { maxSentences: 1, maxChars: 500 })).toHaveLength(2);
  });
});
