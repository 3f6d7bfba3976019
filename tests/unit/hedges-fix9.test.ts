import { describe, expect, it } from 'vitest';
import { findHedges } from '../../src/core/hedges';
import { splitSentences } from '../../src/core/sentences';

/* blind9: a reduced relative without a comma (our own sentences). */
const cues = (t: string) => findHedges(splitSentences([{ kind: 'paragraph', text: t, links: [] }])).map((h) => h.cue);

describe('hedges (fix9)', () => {
  it('"a group believed to be X" hedges without a comma before it', () => {
    expect(cues('The code matched past attacks by a group believed to be Kestrel Panda.')).toEqual(['believed to']);
    expect(cues('Hackers thought to work for the army broke in.')).toEqual(['thought to']);
  });
  it('but not a plan someone thought of, nor a copula the older rule reads', () => {
    expect(cues('They had thought to bring umbrellas.')).toEqual([]);
    expect(cues('Volunteers who thought to bring water were thanked.')).toEqual([]);
    expect(cues('The group is believed to be Kestrel Panda.')).toEqual(['believed to']);
  });
});
