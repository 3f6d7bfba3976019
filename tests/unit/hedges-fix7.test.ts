import { describe, expect, it } from 'vitest';
import { findHedges } from '../../src/core/hedges';
import { splitSentences } from '../../src/core/sentences';

// Sentences written for these tests; the kinds of wording come from the seventh held-out set's extra hedges (docs/blind7-eval.md).
const cues = (text: string) => findHedges(splitSentences([{ kind: 'paragraph' as const, text, links: [] }])).map((h) => h.cue);

describe('hedges (fix7)', () => {
  it('"after it appeared" is the time something came out, not doubt', () => {
    expect(cues('The registry pulled the package two hours after it appeared.')).toEqual([]);
    expect(cues('The post was deleted soon after it appeared on the forum.')).toEqual([]);
  });
  it('while "it appeared" as a judgement still hedges', () => {
    expect(cues('It appeared the intruders had copied the mailbox.')).toContain('it appeared');
    expect(cues('Once it appeared that the leak was genuine, the firm called police.')).toContain('it appeared');
  });
  it('a publisher that has not verified a press release’s contents disclaims, it does not hedge', () => {
    expect(cues('The wire has not verified their contents and takes no responsibility for them.')).toEqual([]);
    expect(cues('The figures have not been verified.')).toContain('not been verified');
  });
  it('"what we can and cannot verify" names the coverage, it hedges no claim', () => {
    expect(cues('Here is what we can and cannot confirm about the breach.')).toEqual([]);
    expect(cues('We cannot confirm the attackers’ claims.')).toContain('cannot confirm');
  });
});
