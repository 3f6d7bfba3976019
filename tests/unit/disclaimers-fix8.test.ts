import { describe, expect, it } from 'vitest';
import { findDisclaimers } from '../../src/core/disclaimers';
import type { ArticleBody } from '../../src/core/body';

/* blind8: a podcast page's machine-transcript note (sentences of our own). */

function blocks(...texts: string[]): ArticleBody {
  return { blocks: texts.map((text) => ({ kind: 'paragraph' as const, text, links: [] })), container: null } as unknown as ArticleBody;
}
const kinds = (...texts: string[]) => findDisclaimers(blocks(...texts), []).map((d) => d.kind);

describe('machine transcripts (fix8)', () => {
  it('a transcript or captions generated automatically are the AI / automation kind', () => {
    expect(kinds('This transcript was generated automatically and may contain errors.')).toEqual(['ai_generated']);
    expect(kinds('Captions are machine-generated and may be wrong.')).toEqual(['ai_generated']);
    expect(kinds('Below is a machine-generated transcript of the episode.')).toEqual(['ai_generated']);
  });
  it('but not a story about transcripts or a human transcript', () => {
    expect(kinds('The court transcript was released on Friday and runs to 90 pages.')).toEqual([]);
    expect(kinds('The hackers automatically generated thousands of fake captions for the videos.')).toEqual([]);
    expect(kinds('This transcript was prepared by our producers from the recording.')).toEqual([]);
  });
});
