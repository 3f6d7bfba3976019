import { describe, expect, it } from 'vitest';
import { findHedges } from '../../src/core/hedges';
import type { Sentence } from '../../src/core/sentences';

const cues = (text: string) => findHedges([{ text } as Sentence]).map((h) => h.cue);

describe('hedges: a negated claim is no hedge', () => {
  it('nobody claiming anything hedges nothing', () => {
    expect(cues('No group has claimed responsibility for the outage at the port.')).toEqual([]);
    expect(cues('None of the known gangs has claimed the attack so far.')).toEqual([]);
    expect(cues('The gang has not yet publicly claimed the intrusion.')).toEqual([]);
    expect(cues("The group hasn't claimed the attack on its leak site.")).toEqual([]);
  });
  it('a claim that is made still hedges', () => {
    expect(cues('A ransomware gang has claimed responsibility for the outage at the port.')).toEqual(['claimed']);
    expect(cues('Nobody doubted that the gang claimed the attack, though it showed no proof.')).toEqual(['claimed']);
  });
});
