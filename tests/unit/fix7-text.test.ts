import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// Sentences written for these tests; the kinds of wording come from the seventh held-out set's misses (docs/blind7-eval.md, fix7).
const db = bundledDirectory();
function run(text: string) {
  const sentences = splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
  return findAttributions(sentences, { db, acronyms: findAcronyms(sentences), publisher: null, siteName: null });
}
const sources = (text: string) => run(text).map((a) => a.source);

describe('attribution (fix7)', () => {
  it('an outlet in the clause before ", citing Y" relays Y', () => {
    const r = run('Russia’s state news agency TASS ran the claim on its front page, citing an unnamed source in the security services.');
    const o = r.findIndex((a) => a.source === 'TASS');
    expect(o).toBeGreaterThan(-1);
    expect(r[o]!.sourceKind).toBe('outlet');
    expect(r.find((a) => /unnamed source/.test(a.source))?.via).toBe(o);
  });
  it('but not a reason for silence, a non-outlet, or an outlet that has its own cue', () => {
    expect(sources('The bank declined to comment on the outage, citing the ongoing investigation.')).toEqual([]);
    expect(sources('The minister stepped down on Friday, citing health reasons.')).toEqual([]);
    const r = run('Reuters reported the arrests on Tuesday, citing two people familiar with the matter.');
    expect(r.filter((a) => a.source === 'Reuters').map((a) => a.cue)).toEqual(['reported']);
  });
  it('"a report last month by X", "a comparison run by X": the author, not the document', () => {
    expect(sources('Card skimming is rising again, according to a report last week by the payments security firm Stripewise.').join(' ')).toMatch(/Stripewise/);
    expect(sources('Most of the files were old, according to an analysis conducted by the incident response firm Harbor Point.').join(' ')).toMatch(/Harbor Point/);
    expect(sources('Most of the files were old, according to a review of the sample.')).not.toContain('the sample');
  });
  it('an assessment verb and a repeated argument are cues; a judged contest is not', () => {
    expect(sources('Germany’s BSI judged it highly likely that the campaign would widen.').join(' ')).toMatch(/BSI/);
    expect(sources('A paper from the Citizen Lab made a similar argument last year.').join(' ')).toMatch(/Citizen Lab/);
    expect(sources('The jury judged the entries on originality and design.')).toEqual([]);
  });
  it('"That was the advice of X": the speaker of the quote before', () => {
    const r = run('“Rotate every key you stored on that server.”\nThat was the advice of Marta Quist, an incident responder at Ember Forensics.');
    expect(r.map((a) => a.source).join(' ')).toMatch(/Marta Quist/);
    expect(sources('That was the view of the committee.')).toEqual([]);
  });
  it('an appositive that asks for anonymity makes the subject anonymous', () => {
    const r = run('Two employees, who asked not to be identified because they were not authorised to talk to reporters, said that the wards ran on paper for a week.');
    expect(r[0]?.sourceKind).toBe('anonymous');
  });
  it('a role noun in front of a name in commas names the speaker', () => {
    expect(sources('The maintainer, Ilse Brandt, wrote on the project’s issue tracker that the release was not hers.')).toContain('Ilse Brandt');
    expect(sources('The creator, Omar Haddad, said the tool was never meant for attacks.').join(' ')).toMatch(/Omar Haddad/);
    expect(sources('By the time the moderator, Sam, arrived, the thread was locked.')).toEqual([]);
  });
  it('"… flaws that it says attackers exploited": the pronoun of a restrictive relative is the sentence’s subject', () => {
    expect(sources('Cisco shipped patches on Wednesday for three router bugs that it says are under attack.')).toContain('Cisco');
    // A time phrase that opens the sentence is no subject.
    expect(sources('Last year the agency published a report that it said traced the intrusion to a contractor.')).not.toContain('Last');
    // After a comma the relative belongs to the noun before it: left alone.
    expect(sources('Hackers stole files from Vexel Corp, that it says were old.')).toEqual([]);
  });
  it('dates, weekday phrases and this page’s own earlier version are no speakers', () => {
    expect(sources('The first version of this story said the outage began on Monday.')).toEqual([]);
    expect(sources('Hackers were inside between March 3 and March 19, the filing shows. The company said it found them on March 20.')).not.toContain('March 3 and March 19');
    expect(sources('A lawsuit filed on Monday in federal court in Denver alleges the data was kept unencrypted.')).not.toContain('Monday in federal court');
  });
});
