import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// Sentences written for these tests; the kinds of wording come from the ninth held-out set's misses (docs/blind9-eval.md).
const db = bundledDirectory();
function run(text: string, siteName: string | null = null) {
  const sentences = splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
  return findAttributions(sentences, { db, acronyms: findAcronyms(sentences), publisher: null, siteName });
}
const sources = (text: string, siteName: string | null = null) => run(text, siteName).map((a) => a.source);
const kinds = (text: string) => run(text).map((a) => a.sourceKind);

describe('attribution (fix9)', () => {
  it('a counted group of unnamed people is an anonymous source', () => {
    expect(run('The vouchers were resold online, according to two shop managers who asked not to be named.').map((a) => [a.source, a.sourceKind])).toEqual([['two shop managers', 'anonymous']]);
    expect(kinds('Three former Acme engineers said the recall was delayed.')).toEqual(['anonymous']);
    expect(kinds('Two employees said the update was delayed.')).toEqual(['anonymous']);
  });
  it('but a bare plural or a counted group of bodies stays vague', () => {
    expect(kinds('Engineers say the update was delayed.')).toEqual(['unspecified']);
    expect(kinds('Two companies said the update was delayed.')).toEqual(['unspecified']);
  });
  it("a writer's column or book in a bio is no statement", () => {
    expect(sources('Ruth Amara is a former security officer. She previously wrote a technology column for a weekly.')).toEqual([]);
    expect(sources('He wrote two books about the hacking scene.')).toEqual([]);
  });
  it('but what someone wrote that, or wrote in a post, is', () => {
    expect(sources('Ruth Amara is a former security officer. She wrote that hospitals must test their backups.')).toEqual(['Ruth Amara']);
    expect(sources('“The gang rents its encryptor,” the researchers wrote.')).toEqual(['researchers']);
    expect(sources('Maria Lund wrote a blog post saying the flaw was fixed.')).toContain('Maria Lund');
  });
  it('states coordinated as the subject are two governments', () => {
    expect(run('Latvia and Estonia confirmed intrusions at grid companies.').map((a) => [a.source, a.sourceKind])).toEqual([
      ['Latvia', 'government'],
      ['Estonia', 'government'],
    ]);
    expect(sources('Britain and the United States said the hackers had broken in.')).toEqual(['Britain', 'United States']);
  });
  it('the tail of a list of states after a group names the group, not the places', () => {
    expect(sources('Cyber agencies from the United States, the United Kingdom, Canada, Australia and New Zealand said on Friday that the intruders had left.')).toEqual(['Cyber agencies']);
    // A list of places after people who speak for no state: no source.
    expect(sources('Visitors from Spain, Italy, France and Germany said the show was great.')).toEqual([]);
  });
  it('"…, court records show." closing a sentence is the documents', () => {
    expect(run('The clinic faces three lawsuits, court records show.').map((a) => [a.source, a.sourceKind])).toEqual([['court records', 'document']]);
    // A plural that is no document, or "show" with nothing before it, stays no source.
    expect(sources('The team won the cup, the fans show.')).toEqual([]);
    expect(sources('The photos show.')).toEqual([]);
  });
  it('insurers, banks and lenders speak as a vague group', () => {
    expect(run('Some insurers privately say they will stop covering ransoms.').map((a) => [a.source, a.sourceKind])).toEqual([['Some insurers', 'unspecified']]);
    expect(sources('Some banks were hit by the outage.')).toEqual([]);
  });
});

