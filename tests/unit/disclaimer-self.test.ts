import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selfDisclaimer, sentencesOf } from '../../src/core/disclaimer-self';

// Phrasings written for this test, none of them in the phrase rules' lists: the structure finds them.
describe('a note about the text itself, by structure', () => {
  const cases: [string, string][] = [
    ['This explainer was put together with help from a large language model and read by two editors.', 'ai_generated'],
    ['Earlier drafts of this piece wrongly gave the year as 2023. Earlier versions of this story misnamed the agency.', 'correction'],
    ['This analysis is shared from our content partner at Tidewater Review.', 'syndicated'],
    ['Reproduced with permission of the Harbour Security Letter.', 'syndicated'],
    ['The columnist holds shares in two of the companies mentioned.', 'other'],
    ['This feature was commissioned and paid for by Orbitline Networks.', 'sponsored'],
    ["The writer's views are personal and not those of the paper.", 'opinion'],
    ['We try hard to be accurate, but errors can slip through.', 'liability'],
    ['The information in this briefing should not be construed as legal advice.', 'liability'],
    // Sentence-initial capitals: the AI vocabulary is case-sensitive only to keep "ai" words out.
    ['Automatically translated from the Korean original. Check names against the source.', 'ai_generated'],
  ];
  for (const [text, kind] of cases) it(`${kind}: ${text}`, () => expect(selfDisclaimer(text)?.kind).toBe(kind));

  it('points at the sentence that is the note, not the block start', () => {
    const block = 'The hackers demanded 40 bitcoin. This post was edited after publication to fix a date.';
    expect(selfDisclaimer(block)).toEqual({ kind: 'correction', index: block.indexOf('This post') });
  });

  const negatives = [
    // The text is not the subject.
    'The company issued a correction to its statement about the number of users.',
    'The firm has updated its software and paid the researchers a bounty.',
    'An AI model was used by the attackers to write the phishing emails.',
    // The text is the subject, but someone is being reported.
    'This report, the agency said, was paid for by a foreign government.',
    '“This article is wrong,” the ministry said in a statement.',
    // A dateline is no republication; a timestamp is no note.
    'First published on November 3, 2026 at 10:00.',
    'Updated 3 hours ago',
    // The text as subject, but no disclaimer's vocabulary.
    'This story is part of our series on hospital ransomware.',
  ];
  for (const text of negatives) it(`no note: ${text}`, () => expect(selfDisclaimer(text)).toBeNull());

  it('stays bounded on a giant block', () => {
    expect(selfDisclaimer('This article was paid for. '.repeat(5_000))).toBeNull();
  });
});

describe('sentencesOf (the cut search) = the character loop it replaced', () => {
  /** The loop of sessions before perf-text7: every character read in JavaScript. */
  function loopSentences(block: string): { text: string; start: number }[] {
    const out: { text: string; start: number }[] = [];
    let start = 0;
    for (let i = 0; i < block.length - 2 && out.length < 12; i++) {
      const c = block.charCodeAt(i);
      if ((c === 46 || c === 33 || c === 63) && block.charCodeAt(i + 1) === 32 && /[A-Z([]/.test(block[i + 2]!)) {
        out.push({ text: block.slice(start, i + 1), start });
        start = i + 2;
      }
    }
    if (out.length < 12) out.push({ text: block.slice(start), start });
    return out;
  }

  it('on hand-made cuts: adjacent ends, brackets, the 12-sentence cap, a cut at the very end', () => {
    const texts = [
      '',
      'A.',
      'Done. X',
      'One. Two! (Three)? [Four]. five. Six.',
      'Wait.. Now? ! Then. A. B. C.',
      Array.from({ length: 20 }, (_, i) => `Sentence ${i}.`).join(' '),
      Array.from({ length: 12 }, (_, i) => `S${i}.`).join(' '),
      'No cut here. lower case follows. 12. Numbers too.',
    ];
    for (const t of texts) expect(sentencesOf(t), t).toEqual(loopSentences(t));
    expect(sentencesOf('One. Two! (Three)? [Four].').map((s) => s.text)).toEqual(['One.', 'Two!', '(Three)?', '[Four].']);
  });

  it('on random texts of end marks, spaces, capitals, brackets and letters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('.', '!', '?', ' ', 'A', 'Z', 'a', '(', '[', '“', '1', '. ', '? A', '! ['), { maxLength: 80 }), (parts) => {
        const t = parts.join('');
        expect(sentencesOf(t)).toEqual(loopSentences(t));
      }),
      { numRuns: 3000 },
    );
  });
});
