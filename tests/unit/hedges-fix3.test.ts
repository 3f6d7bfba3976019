import { describe, expect, it } from 'vitest';
import { findHedges } from '../../src/core/hedges';
import type { Sentence } from '../../src/core/sentences';

// Own sentences; the phrasings come from the third held-out set's misses.
const cues = (text: string) => findHedges([{ text, block: 0, blockKind: 'paragraph' } as Sentence]).map((h) => h.cue);

describe('English hedges from the third held-out set', () => {
  it('"has not been able to verify" and "could not be independently verified"', () => {
    expect(cues('The broadcaster has not been able to verify the claim independently.')).toContain('not been able to verify');
    expect(cues('Reporters were not able to confirm the figure.')).toContain('not able to confirm');
    expect(cues('The figure could not be independently verified.')).toContain('not be independently verified');
  });
  it('"may be behind" offers a possible culprit', () => {
    expect(cues('Investigators suspect a criminal gang may be behind the outage.')).toContain('may be behind');
    expect(cues('A second group could be responsible for the leak.')).toContain('could be responsible for');
  });
  it('the month and plain statements stay out', () => {
    expect(cues('The report from May behind the paywall was updated.')).toEqual([]);
    expect(cues('Police say the gang is behind the outage.')).toEqual([]);
  });
});
