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
    expect(cues('Nobody doubted that the gang claimed the attack on its leak site.')).toEqual(['claimed']);
  });
});

describe('hedges: a claim made without its evidence', () => {
  it('in the writer’s voice it marks the claim as unsupported', () => {
    expect(cues('Officials have blamed foreign hackers before, in some cases without providing evidence.')).toEqual(['without providing evidence']);
    expect(cues('The ministry named the group without offering any proof.')).toEqual(['without offering any proof']);
  });
  it('inside a quotation or reported speech it is the speaker’s accusation', () => {
    expect(cues('"They have smeared us again without presenting evidence," the spokesperson said.')).toEqual([]);
    expect(cues('Several outlets had reported that officials made the accusation without providing evidence, the analyst noted.')).toEqual([]);
  });
  it('evidence found or shown is no hedge', () => {
    expect(cues('Police found no evidence of a break-in at the depot.')).toEqual([]);
    expect(cues('The researchers provided evidence in a detailed report with file hashes.')).toEqual([]);
  });
});
