/**
 * left12: blind11's and blind10's leftovers (issue #3) — a Q&A whose answers carry no label, a speaker after a colon
 * through a possessive, sources cited in a relay, role-only speakers, legal actors (prosecutors, counsel, a class
 * action, a plaintiff, a statement added later), advice addressed to readers and a body's own consultation. Our own
 * sentences, each with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

const db = bundledDirectory();
const sents = (paras: string[]) => splitSentences(paras.map((text) => ({ kind: 'paragraph' as const, text, links: [] })));
const attrs = (...paras: string[]) => findAttributions(sents(paras), { db, acronyms: [], publisher: null });
const names = (...paras: string[]) => attrs(...paras).map((a) => a.source);

describe('a Q&A whose answers name no speaker (left12)', () => {
  const intro = 'Mara Lind, who leads security at Tarnwell Bank, has spent a year rebuilding its defences.';
  it('answers in the first person under question paragraphs are the interviewee\'s', () => {
    const got = attrs(intro, 'How did the attack start?', 'Through a vendor account. We had no second factor on it.', 'Did you pay?', 'No. Our backups held.', 'What comes next?', 'We drill every month now, and I test the restores myself.');
    expect(got.filter((a) => a.cue === 'answered').map((a) => a.source)).toEqual(['Mara Lind', 'Mara Lind', 'Mara Lind']);
  });
  it('rhetorical questions answered in the third person are no interview', () => {
    expect(names('Mara Lind leads security at Tarnwell Bank.', 'Why does this keep happening?', 'Banks keep buying tools and not staffing them.', 'Who pays?', 'Customers, in the end.', 'Can it be fixed?', 'Perhaps. Regulators are slow.')).toEqual([]);
  });
  it('two questions are too few, and an introduction with two people names no interviewee', () => {
    expect(names(intro, 'How did it start?', 'We had no second factor.', 'Did you pay?', 'No. Our backups held.')).toEqual([]);
    expect(names('Mara Lind and Olaf Berg run security at Tarnwell Bank.', 'How did it start?', 'We had no second factor.', 'Did you pay?', 'No. Our backups held.', 'What next?', 'We drill every month.')).toEqual([]);
  });
});

describe('a speaker after a colon, through a possessive (left12)', () => {
  it('"Her verdict: “…”", "The company\'s response: “…”", "Ruiz\'s advice: “…”"', () => {
    expect(names('Tarnwell\'s chief information security officer, Dana Okafor, rebuilt the systems.', 'Her verdict: "We planned for a flood, not for this."')).toEqual(['Dana Okafor']);
    expect(names('Tarnwell Labs patched the bug on Friday.', 'The company\'s response: "We moved as fast as we could."')).toEqual(['Tarnwell Labs']);
    expect(names('Ana Ruiz runs the lab.', 'Ruiz\'s advice: "Patch now."')).toEqual(['Ana Ruiz']);
  });
  it('no quotation, or an owner that is no one, gives nothing', () => {
    expect(names('Ana Ruiz runs the lab.', 'Her verdict: the season was bad.')).toEqual([]);
    expect(names('The storm hit the coast.', 'The weather\'s verdict: "rain".')).toEqual([]);
  });
});

describe('cited sources in a relay and role-only speakers (left12)', () => {
  it('"according to X, which cited two city employees": the employees, relayed by X', () => {
    const got = attrs('The gang demanded $2 million, according to KTVN, which cited two city employees who had seen the note.');
    expect(got.map((a) => [a.source, a.sourceKind, a.via])).toEqual([['KTVN', 'company', null], ['two city employees', 'anonymous', 0]]);
  });
  it('what is cited that is no people is no source', () => {
    expect(names('The outage lasted two days, according to the utility, which cited two reasons for the delay.')).toEqual(['the utility']);
    expect(names('The outage lasted two days, according to the utility, which cited two storms.')).toEqual(['the utility']);
  });
  it('"a court clerk said", "two clerks said": an unnamed person by role', () => {
    expect(attrs('The court postponed hearings, a court clerk said.').map((a) => [a.source, a.sourceKind])).toEqual([['a court clerk', 'anonymous']]);
    expect(names('Two clerks said the files were gone.')).toEqual(['Two clerks']);
    expect(names('The clerk filed the papers on Monday.')).toEqual([]);
  });
});

describe('legal actors (left12)', () => {
  it('"Federal prosecutors in Atlanta have charged … that they say laundered": the prosecutors', () => {
    expect(names('Federal prosecutors in Atlanta have charged two men with running Vexhaus, a mixing service that they say laundered $38 million.')).toEqual(['Federal prosecutors in Atlanta']);
    expect(names('State investigators have seized a server that they say hosted the panel.')).toEqual(['State investigators']);
  });
  it('"that they say" after a plural name that is no office stays unread', () => {
    expect(names('The Karlsson brothers sold a tool that they say anyone can use.')).toEqual([]);
  });
  it('"A lawyer for X in Georgia, Name, said": the lawyer, not the client', () => {
    expect(names('A lawyer for Avetis in Georgia, Nina Berid, said her client denies the charges.')).toEqual(['Nina Berid']);
    expect(names('An attorney for the two men, Ana Ruiz, said they would appeal.')).toEqual(['Ana Ruiz']);
    expect(names('A town near the border, Nova Lima, said it had closed its schools.')).toEqual([]);
  });
  it('"A proposed class action filed Monday in federal court … accuses": the filing, not the court', () => {
    expect(attrs('A proposed class action filed Monday in federal court in San Francisco accuses Strido of failing to protect data.').map((a) => [a.source, a.sourceKind])).toEqual([['proposed class action', 'document']]);
    expect(names('The lawsuit filed in Delaware alleges the firm hid the breach.')).toEqual(['lawsuit']);
    expect(names('The court filed the order on Monday.')).toEqual([]);
  });
  it('"The lead plaintiff … says in the filing": the plaintiff', () => {
    expect(names('The lead plaintiff, a runner from Oakland, says in the filing that she received letters.')).toEqual(['lead plaintiff']);
  });
  it('"In a statement added after publication, X says": X, not the statement', () => {
    expect(names('In a statement added after publication, Strido spokesperson Renee Alva says the company takes privacy seriously.')).toEqual(['Strido spokesperson Renee Alva']);
    expect(names('Tarnwell said it was fixing the bug.', 'In a statement, it added that no data was lost.')).toEqual(['Tarnwell', 'Tarnwell']);
    expect(names('The company added that it had encrypted the data.')).toEqual(['The company']);
  });
});

describe('readers and documents (left12)', () => {
  it('advice to readers who think or believe something is no source', () => {
    expect(names('Members who think they gave out a code should call the fraud line and change their password.')).toEqual([]);
    expect(names('Customers who believe their card was copied are urged to contact the bank.')).toEqual([]);
  });
  it('a belief stated by people described by a relative clause still is', () => {
    expect(names('Members who think the vote was rigged said they would appeal.')).toContain('Members');
  });
  it('"The Home Office\'s own consultation found": the body', () => {
    expect(attrs("The Home Office's own consultation found that 72% of respondents backed a ban.").map((a) => [a.source, a.label?.affiliation ?? null])).toEqual([['Home Office', 'government']]);
    expect(names('The inquiry found that the system was flawed.')).toEqual(['inquiry']);
  });
});
