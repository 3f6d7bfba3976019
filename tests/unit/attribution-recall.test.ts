import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/core/attribution';
import type { SourceDirectory } from '../../src/core/directory';
import { splitSentences } from '../../src/core/sentences';

// Sentences written for this test, one per class of miss seen on held-out pages.
const db: SourceDirectory = { version: 'test', byUrl: () => null, byName: () => null, findNames: () => [] };
const run = (...lines: string[]) =>
  findAttributions(splitSentences(lines.map((t) => ({ kind: 'paragraph' as const, text: t, links: [] }))), { db, acronyms: [], publisher: null });
const names = (...lines: string[]) => run(...lines).map((a) => a.source);

describe('named subject with an appositive is not an inversion', () => {
  it('"Name, a role at Org, said a noun phrase …" gives the named speaker', () => {
    const n = names('Maria Okafor, a malware analyst at Bluefin Labs, said a broker on a dark-web market started selling the data in May.');
    expect(n.some((x) => x.startsWith('Maria Okafor'))).toBe(true);
    expect(n.some((x) => /broker/.test(x))).toBe(false);
  });
  it('"Name, a spokesman for the X Embassy, said Capital …" gives the speaker as a government voice, not the capital', () => {
    const got = run('Tom Reyes, a spokesman for the Canadian Embassy in Paris, said Ottawa "rejects the claims" made by the group.');
    const a = got.find((x) => x.source.startsWith('Tom Reyes'));
    expect(a?.sourceKind).toBe('government');
    expect(got.map((x) => x.source)).not.toContain('Ottawa');
  });
  it('a real inversion after a clause still reads the phrase after the verb', () => {
    expect(names('The data was stolen last week, said a spokesperson.').some((x) => /spokesperson/.test(x))).toBe(true);
  });
});

describe('more reporting verbs', () => {
  it('speculated, described … as, called … and rejected, recounted, posted on a platform', () => {
    const n = names(
      'Several analysts have speculated that the campaign may be tied to a criminal crew.',
      'The state-run Tirana News Agency has described such claims as "baseless slander".',
      'Interior ministry spokesman Arben Kola called the report "fabricated" and rejected the allegations.',
      'Security engineer Dana Whitfield recounted how the implant spread through the build server.',
      'The Ostrava Water Board posted on Telegram that the pumps were back online.',
    );
    expect(n).toContain('Several analysts');
    expect(n).toContain('Tirana News Agency');
    expect(n.some((x) => /Arben Kola/.test(x))).toBe(true);
    expect(n.some((x) => /Dana Whitfield/.test(x))).toBe(true);
    expect(n).toContain('Ostrava Water Board');
  });
  it('"called" without a characterisation is not speech', () => {
    expect(names('The mayor called a meeting of the city council for Friday.')).toEqual([]);
  });
});

describe('anonymous sources', () => {
  it('"A source in <body> told <outlet>" is an anonymous source', () => {
    const a = run('A source in Dutch law enforcement told Het Dagblad that the intruders had used stolen passwords.');
    expect(a.find((x) => /source in Dutch law enforcement/.test(x.source))?.sourceKind).toBe('anonymous');
  });
  it('"X from the team, who asked not to be named, told" is anonymous and does not resolve to an organisation', () => {
    const a = run(
      'The Harbor Security Institute published its findings on Monday.',
      'A technical analyst from the investigation team, who asked not to be named, told the Daily Star that the tools matched.',
    );
    const anon = a.find((x) => x.sourceKind === 'anonymous');
    expect(anon?.source).toMatch(/technical analyst/);
    expect(a.filter((x) => /asked/.test(x.cue))).toEqual([]);
  });
});

describe('source spans and non-sources', () => {
  it('keeps "panel of experts" with its head', () => {
    expect(names('According to a report by a European Union panel of experts, the group laundered the funds.')).toContain('a European Union panel of experts');
  });
  it('a correction notice is not a source', () => {
    expect(names('Correction: An earlier version of this story said four hospitals were affected.')).toEqual([]);
  });
});

describe('coreference of "the company"', () => {
  it('skips a technical acronym that was never a source and resolves to the company quoted before', () => {
    const a = run(
      'Arcwell Systems said its VPN appliance was patched on Monday.',
      'Attackers abused IP addresses and DNS records in the campaign.',
      'The company also advised customers to rotate credentials.',
    );
    const adv = a.find((x) => x.cue === 'advised');
    expect(adv?.source).toBe('Arcwell Systems');
    expect(a.map((x) => x.source)).not.toContain('IP');
  });
});

describe('source kinds', () => {
  const kindOfSrc = (re: RegExp, ...lines: string[]) => run(...lines).find((a) => re.test(a.source))?.sourceKind;
  it('a named person whose appositive is a research role is a researcher', () => {
    expect(kindOfSrc(/Okafor/, 'Maria Okafor, a malware analyst at Bluefin Labs, said the loader was new.')).toBe('researcher');
  });
  it('a head of a defence body, a health service and a military rank are government', () => {
    expect(kindOfSrc(/Kola/, 'Arben Kola, head of the Civil Defense Directorate, told reporters the grid was stable.')).toBe('government');
    expect(kindOfSrc(/NHS Wales/, 'NHS Wales said clinics would reopen on Monday.')).toBe('government');
    expect(kindOfSrc(/Brigadier/, 'Brigadier General Tomas Reyna said the army networks were not affected.')).toBe('government');
  });
  it('a lawsuit filed in court is a document, an unnamed official is anonymous, a ransomware group is not a company', () => {
    expect(kindOfSrc(/lawsuit/, 'A class-action lawsuit filed in federal court alleges that the retailer ignored warnings.')).toBe('document');
    expect(kindOfSrc(/unnamed/, 'The outlet reported the outage, citing an unnamed official at the Transport Ministry.')).toBe('anonymous');
    expect(kindOfSrc(/Vexa/, 'The ransomware group Vexa said it had stolen 2 terabytes.')).toBe('unspecified');
  });
  it('"a spokesperson for <Three Capitalised Words>" is an organisation, not a person', () => {
    expect(kindOfSrc(/Northfield Dental Labs/, 'A spokesperson for Northfield Dental Labs said the systems were restored.')).not.toBe('person');
  });
});

describe('non-statements and long anonymous subjects', () => {
  it('a negated comment is not a source', () => {
    expect(names('Moscow has not commented on the incident.', "The vendor hasn't responded to questions.")).toEqual([]);
  });
  it('an anonymous subject longer than the word window with an unusual head noun is kept', () => {
    const a = run('A senior clinician at one of the affected trusts, who asked not to be named because they were not authorised to speak to the media, told the Ledger that staff expected weeks of disruption.');
    expect(a.find((x) => /senior clinician/.test(x.source))?.sourceKind).toBe('anonymous');
  });
});

describe('"released a report" and names ending in a number', () => {
  it('both subjects of "X and company Y 360 released a joint report" are sources, with the number kept', () => {
    const n = names('NCRT and Korean security company Ahnlab 365 on Friday released a joint technical report describing the wiper.');
    expect(n).toContain('NCRT');
    expect(n.some((x) => /Ahnlab 365$/.test(x))).toBe(true);
  });
  it('"released" without a report object is not speech', () => {
    expect(names('The gang released the stolen files on its leak site.')).toEqual([]);
  });
  it('a date number is still skipped', () => {
    expect(names('Microsoft on March 3 said the bug was fixed.')).toContain('Microsoft');
  });
});

describe('"Body Title, Name, said"', () => {
  it('the name in commas after a title is the speaker', () => {
    const a = run('Harbour Agency Director of Operations, Helen Marsh, said: the campaign is ongoing.');
    expect(a.find((x) => x.source.startsWith('Helen Marsh'))?.sourceKind).toBe('government');
  });
  it('a list of names with no title is not read as a title appositive', () => {
    expect(names('Police arrested the suspects, Alan Brook, on Friday.')).toEqual([]);
  });
});
