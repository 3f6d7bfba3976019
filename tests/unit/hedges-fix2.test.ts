import { describe, expect, it } from 'vitest';
import { findHedges } from '../../src/core/hedges';
import { splitSentences } from '../../src/core/sentences';

const cues = (t: string) => findHedges(splitSentences([{ kind: 'paragraph', text: t, links: [] }])).map((h) => h.cue);

describe('a hedge inside the publisher’s own disclaimer', () => {
  it('is not a hedge of the article’s claims', () => {
    expect(cues('Example Wire does not verify the content of republished stories.')).toEqual([]);
    expect(cues('This site does not verify the accuracy of reader submissions.')).toEqual([]);
  });
  it('keeps negated verification of a claim', () => {
    expect(cues('The ministry could not verify the content of the leaked files.')).toEqual(['not verify']);
    expect(cues('The claim has not been independently verified.')).toEqual(['not been independently verified']);
  });
});
