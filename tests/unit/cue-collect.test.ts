import { describe, expect, it } from 'vitest';
import { attributionCollector } from '../../src/core/cue-collect';
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
});
