import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// Sentences written for these tests; the patterns come from the third held-out set's misses (kinds and organisations).
const db = bundledDirectory();
function runBlocks(blocks: string[]) {
  const sentences = splitSentences(blocks.map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
  return findAttributions(sentences, { db, acronyms: findAcronyms(sentences), publisher: null });
}
const run = (text: string) => runBlocks([text]);
const pairs = (text: string) => run(text).map((a) => [a.source, a.sourceKind]);

describe('kinds of sources', () => {
  it('reads "Informed sources" as anonymous', () => {
    expect(run('Informed sources told the Harbour Gazette that the outage was deliberate.').find((a) => /sources/.test(a.source))?.sourceKind).toBe('anonymous');
  });
  it('reads a national computer emergency response team as government', () => {
    expect(pairs('Ruritania’s Computer Emergency Response Team (CERT-RU) says the wiper was new.')).toEqual([['Ruritania’s Computer Emergency Response Team', 'government']]);
  });
  it('reads a ministry "of Foreign Affairs" as a body, not a person named Foreign Affairs', () => {
    expect(pairs('The Ruritanian Ministry of Foreign Affairs said the claims were false.')).toEqual([['Ruritanian Ministry of Foreign Affairs', 'government']]);
  });
  it('reads a state service defined by its acronym earlier as government, not a person', () => {
    const r = runBlocks(['The State Service of Special Communications and Information Protection (SSSCIP) tracks the crew.', 'The SSSCIP said the attack had failed.']);
    expect(r.map((a) => [a.source, a.sourceKind])).toEqual([['State Service of Special Communications and Information Protection', 'government']]);
  });
  it('reads a capital city that denies as its government', () => {
    expect(pairs('Islamabad has denied any role.')).toEqual([['Islamabad', 'government']]);
    expect(pairs('Ankara rejected the report.')).toEqual([['Ankara', 'government']]);
  });
});

describe('organisations of named people', () => {
  it('resolves "at the Slovak security company" to the company named before', () => {
    const r = runBlocks(['ESET published its findings on Monday.', 'Oskar Lind, a senior malware researcher at the Slovak security company, said the loader was reused.']);
    expect(r.find((a) => /Oskar Lind/.test(a.source))?.source).toBe('Oskar Lind (ESET)');
  });
  it('names no organisation from a nationality alone', () => {
    const r = run('Oskar Lind, a senior malware researcher at the Slovak security company, said the loader was reused.');
    expect(r.map((a) => [a.source, a.sourceKind])).toEqual([['Oskar Lind', 'researcher']]);
  });
  it('names the body of "a spokesperson for the Chinese embassy", not a nationality', () => {
    expect(pairs('Zhou Ming, a spokesperson for the Chinese embassy in Lisbon, insisted that the claims were false.')).toEqual([['Zhou Ming (Chinese embassy)', 'government']]);
  });
  it('takes the current employer, not the former post', () => {
    const r = run('Dana Field, who served as deputy director of the National Security Agency and now teaches at Harlow University, believes the breach was deep.');
    expect(r.map((a) => [a.source, a.sourceKind, a.label?.name ?? null])).toEqual([['Dana Field (Harlow University)', 'person', null]]);
  });
  it('reads the author of a report "released on Wednesday by" X as the source', () => {
    const r = run('According to an investigation report released on Wednesday by the Ruritanian Cyber Defence Agency, the attack came from abroad.');
    expect(r.map((a) => [a.source, a.sourceKind])).toEqual([['Ruritanian Cyber Defence Agency', 'government']]);
  });
});

describe('question-and-answer interviews', () => {
  const intro = 'The Harbour Times spoke with Lee Min-seo, a lecturer in network security at Pusan Institute, about the outage.';
  it('attributes each "A." answer to the person introduced', () => {
    const r = runBlocks([intro, 'Q. How bad is it?', 'A. Worse than the last one. Keys leaked.', 'Q. Who did it?', 'A. Nobody knows yet.']);
    expect(r.map((a) => [a.source, a.sourceKind, a.cue])).toEqual([
      ['Lee Min-seo (Pusan Institute)', 'researcher', 'A.'],
      ['Lee Min-seo (Pusan Institute)', 'researcher', 'A.'],
    ]);
  });
  it('needs the question-and-answer shape: a lone "A." line is no answer', () => {
    expect(runBlocks([intro, 'A. Smith won the vote.'])).toEqual([]);
  });
});
