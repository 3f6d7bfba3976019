/**
 * left11: blind10's leftovers and known attribution gaps (issue #3) — a possessive role as the speaker, a lure quoted in
 * a scam story, "the agency's deputy director", attackers who only demand a ransom and actors who claim their own
 * operation, lower-case names, and people described by where they come from. Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { findCyberAttributions } from '../../src/core/cyber-attribution';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

const db = bundledDirectory();
const sents = (paras: string[]) => splitSentences(paras.map((text) => ({ kind: 'paragraph' as const, text, links: [] })));
const attrs = (...paras: string[]) => findAttributions(sents(paras), { db, acronyms: [], publisher: null });
const pairs = (...paras: string[]) => attrs(...paras).map((a) => [a.source, a.sourceKind]);
const names = (...paras: string[]) => attrs(...paras).map((a) => a.source);

describe('a role owned by a thing (left11)', () => {
  it('"the kit\'s seller wrote": the seller speaks, unnamed', () => {
    expect(pairs('The kit\'s seller wrote on the forum that the kit had 400 buyers.')).toEqual([["The kit's seller", 'person']]);
    expect(pairs("The forum's administrator told reporters that the listing was gone.")).toEqual([["The forum's administrator", 'person']]);
    expect(pairs("The app's developers said in a statement that the bug was fixed.")).toEqual([["The app's developers", 'unspecified']]);
  });
  it('a thing, or a role with no owner, is no speaker', () => {
    expect(names("The kit's price rose after the post was shared.")).toEqual([]);
    expect(names('The seller said the price was firm.')).toEqual([]);
    expect(names("The kit's dashboard showed 400 buyers.")).toEqual([]);
  });
});

describe('a message quoted in a scam story (left11)', () => {
  it('"an SMS saying", "emails claiming", "text messages warning" are the lure, not the sourcing', () => {
    expect(names('The lure is an SMS saying your salary details failed verification.')).toEqual([]);
    expect(names('Victims received emails claiming their mailbox was full.')).toEqual([]);
    expect(names('Customers got fake text messages warning that a parcel was held.')).toEqual([]);
  });
  it("a body's statement or its emailed words still are", () => {
    expect(names('The ministry issued a statement saying the outage was not caused by an attack.')).toContain('The ministry');
    expect(names('Tarnwell said in an email that it had found no evidence of theft.')).toContain('Tarnwell');
    expect(names('Tarnwell sent customers a letter saying their data may have been taken.')).toEqual(['a letter']);
  });
});

describe('"the agency\'s deputy director" after a long quote (left11)', () => {
  const quote = `"${'Each time they came back through a different door and went straight for the dosing systems, '.repeat(4)}which tells you they knew the plant," `;
  it('the description resolves to the body named before and gives its label', () => {
    const got = attrs('Harrowby Water called in the National Cyber Security Centre in June.', `${quote}said Clara Venn, the agency's deputy director for operations.`);
    expect(got.map((a) => a.source)).toEqual(['Clara Venn (National Cyber Security Centre)']);
    expect(got[0]!.label?.affiliation).toBe('government');
    const co = attrs('Tarnwell Labs said it had patched the flaw.', '"We moved fast," said Ana Ruiz, the company\'s chief executive.');
    expect(co.map((a) => a.source)).toEqual(['Tarnwell Labs', 'Ana Ruiz (Tarnwell Labs)']);
  });
  it('with no body named before, the person stays unlabelled', () => {
    const got = attrs(`${quote}said Clara Venn, the agency's deputy director.`);
    expect(got.map((a) => [a.source, a.label])).toEqual([['Clara Venn', null]]);
  });
});

describe('attackers and their own channel (left11)', () => {
  it('attackers who only demand a ransom are no source', () => {
    expect(names('Council member Ray Oduya said the attackers had apparently demanded a ransom, which the city did not pay.')).toEqual(['Ray Oduya']);
    expect(names('The attackers demanded $2 million in bitcoin.')).toEqual([]);
    expect(names('The gang demanded a ransom payment of 40 bitcoin.')).toEqual([]);
    expect(names('The attackers demanded another hefty ransom from the clinic.')).toEqual([]);
    expect(names('The attackers demanded more than $1 million in bitcoin.')).toEqual([]);
  });
  it('a demand that is a statement still is one', () => {
    expect(names('Union leaders demanded that the board resign.')).toEqual(['Union leaders']);
  });
  it('an actor speaking in its ransom note or on its leak site is a source and claims the operation itself', () => {
    const s = sents(['The hackers said in a ransom note that they had copied 2 TB of patient files.']);
    const a = findAttributions(s, { db, acronyms: [], publisher: null });
    expect(a.map((x) => [x.source, x.sourceKind])).toEqual([['The hackers', 'unspecified']]);
    expect(findCyberAttributions(s, a).map((c) => [c.actor, c.accuser, c.basis])).toEqual([['hackers', 'hackers', 'self']]);
    const s2 = sents(['On its leak site, the Marrowgate ransomware gang claimed it had stolen 780 gigabytes.']);
    expect(findCyberAttributions(s2, findAttributions(s2, { db, acronyms: [], publisher: null })).map((c) => c.basis)).toEqual(['self']);
  });
  it('gangs in general, or a victim speaking, make no self claim', () => {
    const s = sents(['Ransomware gangs claimed 40 school districts last year, the report said.', 'Tarnwell said in a statement that it had restored its systems.']);
    expect(findCyberAttributions(s, findAttributions(s, { db, acronyms: [], publisher: null }))).toEqual([]);
  });
});

describe('names written in lower case (left11)', () => {
  it('a lower-case name the page introduces with a descriptor speaks, then and later', () => {
    expect(names('In Europe, the privacy group quietbox said in a statement that it had filed a complaint.', '"Location data is sensitive," quietbox said.')).toEqual(['quietbox', 'quietbox']);
    expect(names('The Austrian privacy group quietbox, which filed one of the complaints, welcomed the decision but said the fine came too late.')).toEqual(['quietbox']);
    expect(names('The package registry pkgbox said it had removed 40 packages.')).toEqual(['pkgbox']);
  });
  it('after "according to", and opening a sentence on a speech verb', () => {
    expect(names('The privacy group quietbox said it would appeal.', 'The fine was too small, according to quietbox.')).toEqual(['quietbox', 'quietbox']);
    expect(names('quietbox said in a complaint that the app kept location data.')).toEqual(['quietbox']);
    expect(names('The Austrian group quietbox filed a complaint. quietbox said the data was sensitive.')).toEqual(['quietbox']);
  });
  it('ordinary lower-case words stay no source', () => {
    expect(pairs('experts said the flaw was old.')).toEqual([['experts', 'unspecified']]);
    expect(names('The fine was too small, according to quietbox.')).toEqual([]);
    expect(names('They said the data was gone.')).toEqual([]);
    expect(names('The company has said the data was safe.', 'The group also said it would appeal.')).toEqual(['The company', 'The group']);
    expect(names('The group instead said it would appeal.')).toEqual([]);
    expect(names('"It was bad," quietbox said.')).toEqual([]);
  });
});

describe('people described by where they come from (left11)', () => {
  it('"two runners from Oakland, who say": the runners, not the place', () => {
    expect(pairs('It was filed on behalf of two runners from Dunmore, who say their addresses could be worked out.')).toEqual([['two runners', 'anonymous']]);
    expect(pairs('A resident from Leeds said the outage lasted hours.')).toEqual([['A resident', 'anonymous']]);
    expect(pairs('Parents from Brookhaven said they learned of the closure online.')).toEqual([['Parents', 'unspecified']]);
  });
  it('researchers or engineers from a body speak for the body', () => {
    expect(names('Researchers from Tarnwell Labs said the group was active.')).toEqual(['Tarnwell Labs']);
    expect(names('Two engineers from Tarnwell Labs said the flaw was old.')).toEqual(['Tarnwell Labs']);
  });
});
