import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/core/attribution';
import type { SourceDirectory } from '../../src/core/directory';
import { splitSentences } from '../../src/core/sentences';

// Sentences written for this test, one per class of miss seen on annotated general news
// (scripts/eval-attribution.ts); none is taken from the corpus.
const db: SourceDirectory = { version: 'test', byUrl: () => null, byName: () => null, findNames: () => [] };
const run = (...lines: string[]) =>
  findAttributions(splitSentences(lines.map((t) => ({ kind: 'paragraph' as const, text: t, links: [] }))), { db, acronyms: [], publisher: null });
const names = (...lines: string[]) => run(...lines).map((a) => a.source);

describe('what sits between a named speaker and the verb', () => {
  it('a party and state parenthetical', () => {
    expect(names('“The plan is late,” Rep. Dana Whitlock (D-Ore.) said Tuesday.')).toContain('Rep. Dana Whitlock');
  });
  it('a party appositive, which names no organisation', () => {
    const a = run('Senator Lucas Brandt, Republican of Kansas, said the budget was out of reach.');
    expect(a.map((x) => x.source)).toContain('Senator Lucas Brandt');
  });
  it('an age and a relative clause', () => {
    expect(names('Mirela Costa, 61, who has run the port for a decade, told the council it was underfunded.')).toContain('Mirela Costa');
  });
  it('a dashed aside', () => {
    expect(names('Henrik Sole -- author of a book on ferries -- said the timetable was unrealistic.')).toContain('Henrik Sole');
  });
  it('an -ly adverb', () => {
    expect(names('Paula Greer, the harbour master, forcefully told reporters it would fail.')).toContain('Paula Greer');
    expect(names('Union leader Omar Field pointedly argued that the cuts were unlawful.').some((x) => x.endsWith('Omar Field'))).toBe(true);
  });
  it('a year in an appositive is not an organisation', () => {
    const n = names('Ruth Adler, who chaired the board from 2009 until last year, said the accounts were sound.');
    expect(n).toContain('Ruth Adler');
    expect(n.some((x) => /2009/.test(x))).toBe(false);
  });
});

describe('inverted and titled speakers', () => {
  it('"…," said Surname, now a …', () => {
    expect(names('"It was the turning point," said Okafor, now a consultant on shipping.')).toContain('Okafor');
  });
  it('"…," said Outlet host Name', () => {
    expect(names('"He did everything right," said Radio Nine host Carla Benn.').some((x) => x.endsWith('Carla Benn'))).toBe(true);
  });
  it('a capitalised connective is not part of the name', () => {
    expect(names('But Ms. Hale and Mr. Ortiz say other changes are needed.')).toContain('Ms. Hale and Mr. Ortiz');
  });
});

describe('clauses and asides with "say"', () => {
  it('"X say, the …" and "…, they say."', () => {
    const n = names('Ms. Hale and Mr. Ortiz wrote to the board on Monday.', 'The fund has grown far beyond its purpose, they say.');
    expect(n.filter((x) => x === 'Ms. Hale and Mr. Ortiz').length).toBeGreaterThanOrEqual(1);
    expect(names('In recent weeks, aides to the governor say, the budget talks have stalled.')).toContain('aides to the governor');
  });
  it('groups of people speak as a group, with a neutral kind', () => {
    const a = run('Critics of the toll say it punishes commuters.');
    expect(a[0]?.source).toBe('Critics of the toll');
    expect(a[0]?.sourceKind).toBe('unspecified');
    expect(run('Advisers to the mayor said the vote would wait.')[0]?.sourceKind).toBe('anonymous');
  });
});

describe('"called"', () => {
  it('called Name a “…”, called on, called for', () => {
    expect(names('The pilots’ association called Minister Ruiz a “reckless gambler” on Friday.').some((x) => /association/i.test(x))).toBe(true);
    expect(names('Rep. Dana Whitlock called on the agency to publish the data.')).toContain('Rep. Dana Whitlock');
    expect(names('The Harbour Council called for an independent inquiry.')).toContain('Harbour Council');
  });
  it('naming something is not a statement: "a tool called …", "a group called …"', () => {
    expect(run('Attackers used a tool called "NightCrow" to move through the network.')).toEqual([]);
    expect(run('A group called "Red Lantern" claimed nothing.').map((x) => x.source)).not.toContain('A group');
  });
});

describe('he / she after a sentence about someone', () => {
  it('resolves to the subject of the previous sentence', () => {
    const a = run(
      'Vera Lindqvist, a lecturer in maritime law, reviewed the contract drafted by Anton Weiss.',
      '“The penalty clauses would never survive a court,” she said.',
    );
    expect(a.find((x) => x.cue === 'said')?.source).toBe('Vera Lindqvist');
  });
  it('a speaker quoted just before still wins over a mere subject', () => {
    const a = run('Tomas Berg said the ferry was safe. “We inspected every deck,” he said.');
    expect(a.filter((x) => x.cue === 'said').map((x) => x.source)).toEqual(['Tomas Berg', 'Tomas Berg']);
  });
});

describe('positions and trailing report verbs', () => {
  it('a named subject criticising, praising or endorsing takes a position', () => {
    expect(names('On Tuesday, Mayor Ines Varga criticized the port authority for the delays.')).toContain('Mayor Ines Varga');
    expect(names('The Harbour Union endorsed the plan on Friday.')).toContain('Harbour Union');
    expect(names('Governor Tess Alder described the ruling as “a gift to smugglers.”')).toContain('Governor Tess Alder');
  });
  it('"…, The Daily Ledger reports." at the end of a sentence', () => {
    expect(names('Fares will rise by a third next year, The Daily Ledger reports.')).toContain('Daily Ledger');
  });
  it('"the fund" points back to the fund named before, which is not a person', () => {
    const a = run('The Northern Harbour Fund cut its forecast.', 'Overall, the fund predicted that traffic would fall.');
    const p = a.find((x) => x.cue === 'predicted');
    expect(p?.source).toBe('Northern Harbour Fund');
    expect(p?.sourceKind).not.toBe('person');
  });
  it('a thing that shows something is no source', () => {
    expect(run('The ransom note shows a bitcoin address.')).toEqual([]);
  });
});

describe('relative clauses after an appositive', () => {
  it('"Name, now the …, who in 2010 said" gives the name; "Org, which said" still gives the organisation', () => {
    expect(names('The mayor has clashed with Edda Voss, now the port director, who in 2019 said the fees were too low.')).toContain('Edda Voss');
    expect(names('Auditors praised Northwind, which said the leak was closed.')).toContain('Northwind');
  });
});

describe('actions are not statements', () => {
  it('"agreed to return" is an action, "agreed that" a statement', () => {
    expect(run('Lena Ortiz, the former director, agreed to return the fees.')).toEqual([]);
    expect(names('Lena Ortiz, the former director, agreed that the fees were too high.')).toContain('Lena Ortiz');
  });
});
