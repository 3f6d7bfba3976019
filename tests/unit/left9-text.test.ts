import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { extractBody } from '../../src/core/body';
import { findHedges } from '../../src/core/hedges';
import { buildNotes } from '../../src/core/notes';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';
import { report } from './helpers/hand-built';

// Sentences written for these tests; the kinds of wording come from what the eighth held-out set left (docs/blind8-eval.md, "Left").
const db = bundledDirectory();
function run(text: string, siteName: string | null = null) {
  const sentences = splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
  return findAttributions(sentences, { db, acronyms: findAcronyms(sentences), publisher: null, siteName });
}
const sources = (text: string, siteName: string | null = null) => run(text, siteName).map((a) => a.source);

describe('attribution (left9): places and page chrome are no speakers', () => {
  it('a list of places after a word that names no source is no speaker', () => {
    expect(sources('Commuters at Harrogate, York Central and Hull have reported long delays since the ticket machines failed.')).toEqual([]);
    expect(sources('Shoppers at Dunmore, Kestle Bay, Arlow and Penfold have complained that their cards were refused.').join(' ')).not.toMatch(/Arlow|Penfold/);
    // Researchers at named companies stay the companies they work at; a plain coordinated subject stays a source.
    expect(sources('Researchers at Quorvane, Bellmark and Tidewell have reported the same flaw.').join(' ')).toMatch(/Tidewell/);
    expect(sources('On Tuesday, Quorvane and Bellmark said the flaw was fixed.').join(' ')).toMatch(/Quorvane/);
  });
  it('"X’s …, he said": the person named before who opens the sentence as its possessive', () => {
    const text = [
      'Kofi Mensah manages the pumping station. “We patched it within a day,” Mensah told me.',
      'Riya Tal, an analyst at Ostrava Labs, said such scans are common. “Most of them are automated,” Tal said.',
      'An engineer who asked not to be named said the panels had been left open for years.',
      'Mensah’s budget for security tools is $40,000 this year, he said.',
    ].join('\n');
    expect(sources(text).at(-1)).toBe('Kofi Mensah');
    // Without the possessive opener the pronoun keeps its usual antecedent (the person quoted last).
    expect(sources(text.replace('Mensah’s budget', 'The budget')).at(-1)).toBe('Riya Tal (Ostrava Labs)');
  });
  it('the site’s own name is no antecedent for he or she', () => {
    const text = 'Hollis Crane is a reader-supported publication.\nThe controller still used its factory password, he said.';
    expect(sources(text, 'Hollis Crane')).toEqual([]);
    // On another site the same words are a person's name.
    expect(sources(text, 'Harbour Gazette')).toEqual(['Hollis Crane']);
  });
});

describe('body (left9): a subscription widget inside the article is chrome', () => {
  const para = 'The regional water authority said on Tuesday that intruders had reached a dosing controller through a web panel left open.';
  const page = (cls: string) =>
    `<html><body><article><h1>Water authority finds intruders in a dosing controller</h1><p>${para}</p><div class="${cls}"><p>Grebe Notes is a reader-supported publication. To receive new posts, become a subscriber.</p></div><p>${para.replace('Tuesday', 'Friday')}</p></article></body></html>`;
  const texts = (cls: string) => extractBody(parseHTML(page(cls)).document as unknown as Document, { baseUrl: null }).blocks.map((b) => b.text);
  it('drops the widget and keeps the article', () => {
    expect(texts('subscription-widget').join(' ')).not.toContain('reader-supported');
    expect(texts('subscription-box wrap').join(' ')).not.toContain('reader-supported');
    expect(texts('subscription-widget')).toContain(para);
  });
  it('keeps a box whose class only mentions subscriptions', () => {
    expect(texts('subscription-info-text').join(' ')).toContain('reader-supported');
  });
});

describe('attribution (left9): "X reported …, citing two employees"', () => {
  const notesOf = (text: string) => buildNotes(report({ attributions: run(text) })).map((n) => n.id);
  it('counted people left unnamed are anonymous; a vague quantity stays vague', () => {
    const kinds = (t: string) => run(t).map((a) => a.sourceKind);
    expect(kinds('Three people said the backups had been wiped.')).toEqual(['anonymous']);
    expect(kinds('Two employees told us the backups had been wiped.')).toEqual(['anonymous']);
    expect(kinds('A former employee said the backups had been wiped.')).toEqual(['anonymous']);
    expect(kinds('Two officials said the backups had been wiped.')).toEqual(['anonymous']);
    expect(kinds('Many employees said morale was low after the breach.')).toEqual(['unspecified']);
    expect(kinds('Some people said the backups had been wiped.')).toEqual(['unspecified']);
  });
  it('an unknown name that reports, citing sources, is an outlet relaying them', () => {
    const r = run('Quillpost reported that a ferry operator in Tallinn was hit by ransomware, citing two staff members.');
    expect(r.map((a) => [a.source, a.sourceKind])).toEqual([['Quillpost', 'outlet'], ['two staff members', 'anonymous']]);
    expect(r[1]!.via).toBe(0);
    expect(notesOf('Quillpost reported that a ferry operator in Tallinn was hit by ransomware, citing two staff members.')).toEqual(expect.arrayContaining(['secondary-reporting', 'anonymous-source']));
    // The same name in a headline of the page is the outlet too.
    expect(run('Quillpost reports a ferry hack\nQuillpost reported that a ferry operator was hit by ransomware, citing three people.')[0]!.sourceKind).toBe('outlet');
  });
  it('a company that reports without citing anyone, or whose name says company, stays a company', () => {
    expect(run('Quillpost reported a loss for the quarter, citing weak demand.').map((a) => a.sourceKind)).toEqual(['company']);
    const labs = run('Quillpost Labs reported that the worm spread further, citing two engineers.');
    expect(labs[0]!.sourceKind).toBe('company');
    expect(labs[1]!.via).toBeNull();
  });
});

describe('attribution (left9): a country that speaks is its government', () => {
  const withHeadline = (headline: string, body: string) => {
    const sentences = splitSentences([
      { kind: 'title' as const, text: headline, links: [] },
      ...body.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })),
    ]);
    return findAttributions(sentences, { db, acronyms: findAcronyms(sentences), publisher: null });
  };
  it('a country with a government entry gets it, in a headline or in the body', () => {
    const r = run('Russia denied any role in the outage at the grain terminal.');
    expect(r.map((a) => [a.source, a.label?.id, a.label?.affiliation])).toEqual([['Russia', 'ru-government', 'government']]);
    expect(withHeadline('Ukraine blames hackers for rail ticket outage', 'The railway said ticket sales were back.')[0]!.label?.id).toBe('ua-government');
  });
  it('a headline country without one gets the government body of that country that speaks in the article', () => {
    const r = withHeadline('Japan warns of fake tax refund texts', 'Japan’s National Police Agency said on Monday that the texts led to a cloned login page.');
    expect(r[0]!.source).toBe('Japan');
    expect(r[0]!.label?.id).toBe('jp-npa');
    // A body of another country is no voice of this one; nor is a country in running text given a body's label.
    expect(withHeadline('Japan warns of fake tax refund texts', 'The FBI said on Monday that the texts led to a cloned login page.')[0]!.label).toBeNull();
    expect(run('Japan said the texts were fake. Japan’s National Police Agency said they led to a cloned login page.')[0]!.label).toBeNull();
  });
});

describe('hedges (left9): refusing to speculate hedges nothing', () => {
  const cues = (t: string) => findHedges(splitSentences([{ kind: 'paragraph', text: t, links: [] }])).map((h) => h.cue);
  it('a refusal to speculate, or "too early to say", is no hedge', () => {
    expect(cues('Asked who was behind the outage, the minister said it would be wrong to speculate.')).toEqual([]);
    expect(cues('The utility declined to speculate on the motive.')).toEqual([]);
    expect(cues('Police said they would not speculate about the cause while the inquiry continues.')).toEqual([]);
    expect(cues('It is too early to speculate about who carried out the attack.')).toEqual([]);
    expect(cues('It is too early to say who carried out the attack.')).toEqual([]);
    expect(cues('It is premature to attribute the intrusion to any state.')).toEqual([]);
  });
  it('speculation offered as such is still a hedge', () => {
    expect(cues('Some analysts speculate that a contractor’s laptop was the way in.')).toEqual(['speculate']);
    expect(cues('Researchers speculated that the group reused an old loader.')).toEqual(['speculated']);
    expect(cues('There is speculation that insiders helped the gang.')).toEqual(['speculation']);
  });
});
