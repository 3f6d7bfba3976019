import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// Sentences written for these tests; the patterns come from the third held-out set's misses (cue patterns and subjects).
const db = bundledDirectory();
function run(text: string, kind: 'paragraph' | 'heading' | 'title' = 'paragraph') {
  const sentences = splitSentences(text.split('\n').map((t) => ({ kind, text: t, links: [] })));
  return findAttributions(sentences, { db, acronyms: findAcronyms(sentences), publisher: null });
}
const sources = (text: string) => run(text).map((a) => a.source);
const pairs = (text: string) => run(text).map((a) => [a.source, a.sourceKind]);

describe('cue patterns', () => {
  it('reads "X’s findings show that" as X’s statement', () => {
    expect(sources('Northgate Labs’ findings show that the attackers reused servers in three countries.')).toEqual(['Northgate Labs']);
    expect(sources('Its findings show the loader was rebuilt.')).toEqual([]);
  });
  it('reads "X described … in a report" as a statement, but not a bare description', () => {
    expect(sources('Microsoft described comparable invoice lures in a 2023 report on the same cluster.')).toEqual(['Microsoft']);
    expect(sources('Microsoft described the weather.')).toEqual([]);
  });
  it('reads "caution that" and "suspect" with a clause, never "suspected of"', () => {
    expect(pairs('Several analysts caution that such wipers are easy to copy.')).toEqual([['Several analysts', 'unspecified']]);
    expect(sources('Bank officials suspect an insider may have helped the thieves.')).toEqual(['Bank officials']);
    expect(sources('Two men suspected of running the forum were arrested.')).toEqual([]);
  });
  it('reads a modified "experts say" followed by a long subject', () => {
    expect(pairs('Security experts say crews linked to the old botnet have returned.')).toEqual([['Security experts', 'unspecified']]);
  });
  it('reads "has called similar accusations groundless" as a denial', () => {
    expect(sources('The embassy in Lisbon has called similar accusations groundless.')).toEqual(['The embassy']);
  });
  it('reads "the agency quoted a spokesperson for the country’s ministry as saying" as a relay', () => {
    const r = run('KCNA said the raid had failed. The agency quoted a spokesperson for the country’s Ministry of Transport as saying the systems were never breached.');
    const rel = r.find((a) => a.source === 'Ministry of Transport');
    expect(rel?.sourceKind).toBe('government');
    expect(rel!.via).not.toBeNull();
    expect(r[rel!.via!]!.source).toBe('KCNA');
  });
  it('keeps a bracketed short form followed by an appositive as the subject', () => {
    expect(pairs('The Data Security Board (DSB), the country’s privacy regulator, said it had opened an inquiry.')).toEqual([['Data Security Board', 'government']]);
  });
  it('reads a document "seen by" an outlet as the source', () => {
    expect(pairs('A confidential memo sent to branch managers in April, seen by the Ledger, warns that backups were never tested.')).toEqual([['A confidential memo', 'document']]);
  });
});

describe('false subjects', () => {
  it('takes the antecedent of a relative clause, not the object inside it', () => {
    const r = run('The United Nations panel of experts that tracked sanctions on Eritrea reported last year that the funds were moved.');
    expect(r.map((a) => a.source)).toEqual(['United Nations panel of experts']);
  });
  it('reads a participle after a prepositional phrase as no statement', () => {
    expect(sources('The crew was blamed for the break-in at the Northern Rail Agency reported in 2022.')).toEqual([]);
  });
  it('reads a headline "X at Y shows" as no statement of Y', () => {
    expect(run('Another outage at our transport ministry shows the country still has no plan', 'title').map((a) => a.source)).toEqual([]);
  });
  it('reads "citing the ongoing investigation" after a refusal as a reason', () => {
    expect(sources('The sheriff declined to give details, citing the ongoing investigation.')).toEqual([]);
    expect(sources('The sheriff gave no details, citing the pending review.')).toEqual([]);
    expect(sources('Prices rose, citing a report by the central bank.')).toEqual(['the central bank']);
  });
  it('reads a relative clause about an unnamed government as no statement', () => {
    expect(sources('Users were given advice from a government that has long argued for lawful access.')).toEqual([]);
  });
});
