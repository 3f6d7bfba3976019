import { describe, expect, it } from 'vitest';
import { findHedges } from '../../src/core/hedges';
import type { Sentence } from '../../src/core/sentences';

/** Hedge phrasings from the fourth blind set, in sentences of our own. */
const S = (text: string): Sentence[] => [{ text, block: 0, blockKind: 'paragraph' } as Sentence];
const cues = (text: string) => findHedges(S(text)).map((h) => h.cue);

describe('reduced relative after a comma', () => {
  it.each([
    ['The intruders, believed to belong to a group tied to the army, stole design files.', 'believed to'],
    ['The crew, widely thought to operate from abroad, posted the data on Sunday.', 'widely thought to'],
    ['The operator, said to be a former employee, sold the access.', 'said to'],
  ])('%s', (text, cue) => {
    expect(cues(text)).toContain(cue);
  });
  it('", said to" with a hearer is speech, not a hedge', () => {
    expect(cues('"We are investigating," the spokesman, said to reporters on Monday, adding nothing more.')).not.toContain('said to');
  });
});

describe('speculation', () => {
  it('"speculated" hedges the claim that follows', () => {
    expect(cues('Some analysts have speculated, without evidence, that the channel is run by a state.')).toContain('speculated');
  });
});

describe('not hedges', () => {
  it('a live page on its own coverage', () => {
    expect(cues('Claims by both sides are often inflated; we note what has and has not been verified.')).toEqual([]);
    expect(cues('Throughout the day we will flag which of these reports have not been confirmed.')).toEqual([]);
  });
  it('keeps a plain negated verification', () => {
    expect(cues('The claim has not been independently verified.')).toContain('not been independently verified');
  });
  it('an appearance that is the aim of someone in the story', () => {
    expect(cues('They installed remote tools so that the workers could appear to be working from the capital.')).toEqual([]);
    expect(cues('The emails were designed to appear to come from the tax office.')).toEqual([]);
    expect(cues('The attackers appear to have used stolen passwords.')).toContain('appear to');
  });
});
