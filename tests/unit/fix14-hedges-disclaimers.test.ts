import { describe, expect, it } from 'vitest';
import { findDisclaimers } from '../../src/core/disclaimers';
import { findHedges } from '../../src/core/hedges';
import type { ArticleBody } from '../../src/core/body';
import type { Sentence } from '../../src/core/sentences';

/* blind14: a hedge and a disclaimer missed on first contact (sentences of our own). */

const sentence = (text: string) => [{ text, block: 0, blockKind: 'paragraph' } as Sentence];
const cues = (text: string) => findHedges(sentence(text)).map((h) => h.cue.toLowerCase());
function blocks(...texts: string[]): ArticleBody {
  return { blocks: texts.map((text) => ({ kind: 'paragraph' as const, text, links: [] })), container: null } as unknown as ArticleBody;
}
const kinds = (...texts: string[]) => findDisclaimers(blocks(...texts), []).map((d) => d.kind);

describe('hedges (fix14)', () => {
  it('"would seem" (bare or with "to") and "would appear to" keep the modal in the cue', () => {
    expect(cues('It would seem the vendor knew about the flaw for a year.')).toEqual(['would seem']);
    expect(cues('Their access would seem sufficient to open the valves.')).toEqual(['would seem']);
    expect(cues('The logs would seem to point to a bad update.')).toEqual(['would seem to']);
    expect(cues('The files would appear to come from the payroll server.')).toEqual(['would appear to']);
  });
  it('not an appearance someone arranged, not "would appear in court", and a plain "seems to" is unchanged', () => {
    expect(cues('The crew routed traffic through home routers so that it would appear to come from the victims.')).toEqual([]);
    expect(cues('The suspect would appear in court on Monday.')).toEqual([]);
    expect(cues('The leak seems to include payroll data.')).toEqual(['seems to']);
  });
});

describe('disclaimers (fix14)', () => {
  it('"for general information only" and "should not be relied upon as investment advice" disclaim liability', () => {
    expect(kinds('Content provided for general information only.')).toContain('liability');
    expect(kinds('This page should not be relied upon as investment advice.')).toContain('liability');
    expect(kinds('The general information desk is open only on weekdays.')).toEqual([]);
    expect(kinds('Antivirus alone should not be relied upon to stop phishing.')).toEqual([]);
  });
});
