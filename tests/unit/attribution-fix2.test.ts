import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// Sentences written for these tests; the patterns come from the second held-out set's misses.
const db = bundledDirectory();
function run(text: string, kind: 'paragraph' | 'heading' = 'paragraph') {
  const sentences = splitSentences(text.split('\n').map((t) => ({ kind, text: t, links: [] })));
  return findAttributions(sentences, { db, acronyms: findAcronyms(sentences), publisher: null });
}
const sources = (text: string) => run(text).map((a) => a.source);

describe('subjects with a bracketed short form and lists', () => {
  it('keeps the subject when its acronym holds a slash or a hyphen', () => {
    expect(sources('The Northern Coordination Center (NORTH/CC) said on Friday that scanning had begun.')).toEqual(['Northern Coordination Center']);
    expect(sources('The Computer Emergency Response Team (CERT-XY) said it was tracking the group.')).toEqual(['Computer Emergency Response Team']);
  });
  it('splits a three-item list and a two-item list of agencies', () => {
    expect(sources('The FBI, ODNI and CISA said in a joint note that the intrusion was contained.')).toEqual(['FBI', 'ODNI', 'CISA']);
    expect(sources('The FBI and the Cybersecurity and Infrastructure Security Agency said the actors reused old tools.')).toEqual(['FBI', 'Cybersecurity and Infrastructure Security Agency']);
  });
  it('does not split a company name that contains "and"', () => {
    expect(sources('Procter and Gamble said sales were flat.')).toEqual(['Procter and Gamble']);
  });
});

describe('anonymous subjects with a long relative clause', () => {
  it('reads the officials, not the last noun of the clause, as the speaker', () => {
    const r = run('Three European officials who spoke on condition of anonymity because they were not cleared to discuss the inquiry said the servers were seized.');
    expect(r).toHaveLength(1);
    expect(r[0]!.source).toMatch(/^Three European officials/);
    expect(r[0]!.sourceKind).toBe('anonymous');
  });
});
