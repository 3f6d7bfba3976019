/**
 * blind12: attribution fixes from the twelfth held-out set — a habit is no statement ("rarely acknowledges"), the outlet
 * a relative clause cites ("Reuters, which cited Iran's state broadcaster Press TV, …"), a timeline's "quotes X as
 * saying", a named owner's advisory about a topic, a ticker and a legal suffix before the verb, features added and
 * causatives; German, French and Polish cues. Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { findIntlAttributions } from '../../src/core/cues-intl';
import { findPlAttributions } from '../../src/core/cues-pl';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/core/index';

const db = bundledDirectory();
const ctx = { db, acronyms: [], publisher: null };
const page = (ts: string[]): Sentence[] => ts.map((text, i) => ({ text, block: i, blockKind: 'paragraph' as const }));
const sources = (ts: string[]) => findAttributions(page(ts), ctx).map((a) => a.source);
const intl = (lang: 'de' | 'fr', t: string) => findIntlAttributions(page([t]), lang, ctx).map((a) => a.source);
const pl = (t: string) => findPlAttributions(page([t]), ctx).map((a) => a.source);

describe('English cues (fix12)', () => {
  it('a habitual negative is no statement; a plain or negated one keeps its rules', () => {
    expect(sources(['The ministry rarely acknowledges cyber operations against its neighbours.'])).toEqual([]);
    expect(sources(['The group seldom comments on its targets.'])).toEqual([]);
    expect(sources(['The ministry acknowledged the operation on Friday.'])).toEqual(['The ministry']);
  });
  it('reads the outlet a relative clause cites, relayed by the antecedent', () => {
    const a = findAttributions(page(['According to Reuters, which cited Iran\u2019s state broadcaster Press TV, the head of the agency, Ali Reza, said the attack failed.']), ctx);
    const cited = a.findIndex((x) => x.source === 'Press TV');
    expect(cited).toBeGreaterThanOrEqual(0);
    expect(a[a[cited]!.via!]!.source).toBe('Reuters');
    expect(sources(['According to Reuters, which cited the state news agency TASS, the exchange was hit.'])).toContain('TASS');
  });
  it('leaves a relative clause that cites a reason or a figure alone', () => {
    expect(sources(['The board, which cited rising costs, closed the plant.'])).not.toContain('rising costs');
  });
  it('reads a timeline\u2019s "quotes X as saying"; not a price or a poet quoted', () => {
    const s = sources(['Russian state news agency RIA Novosti carries the claim and quotes an unnamed representative of the hackers as saying the systems would stay down.']);
    expect(s.some((x) => /RIA Novosti/.test(x))).toBe(true);
    expect(sources(['The minister quotes Shakespeare in every speech.'])).toEqual([]);
    expect(sources(['The shop quotes a price of 40 dollars.'])).toEqual([]);
  });
  it('a named owner\u2019s advisory about a topic speaks for the owner', () => {
    expect(sources(['CISA\u2019s advisory on attacks against water systems says intruders often find such screens.'])).toEqual(['CISA']);
    expect(sources(['Microsoft\u2019s report on the campaign found that the group used stolen tokens.'])).toEqual(['Microsoft']);
  });
  it('a ticker and a legal suffix are not the name that speaks', () => {
    expect(sources(['Corvale Health, Inc. (NYSE: CVLH) today announced that it is responding to a cybersecurity incident.'])).toEqual(['Corvale Health']);
    expect([...new Set(sources(['Bramwell Holdings, Inc. said it had found the intrusion on Monday.']))]).toEqual(['Bramwell Holdings']);
    expect(sources(['The agency (CISA) said the flaw was exploited.'])).not.toContain('The agency (CISA');
  });
  it('features added and a causative\u2019s bare verb are no statements; a source added after a quote is', () => {
    expect(sources(['Researchers at Kettle Labs said the developers had added support for new bank templates within hours.'])).toEqual(['Kettle Labs']);
    expect(sources(['The seized databases could let banks warn victims who have not yet noticed fraud.'])).toEqual([]);
    expect(sources(['\u201cWe are still counting,\u201d the mayor said. \u201cIt will take weeks,\u201d the police chief added.'])).toContain('the police chief');
  });
});

describe('German, French and Polish cues (fix12)', () => {
  it('German: a time phrase before the verb, the inserted "wie" clause and circles first', () => {
    expect(intl('de', 'Wie eine Sprecherin des Unternehmens, Julia Brandner, am Dienstag sagte, wurden mehrere Server verschlüsselt.')).toEqual(['Julia Brandner']);
    expect(intl('de', 'Aus Sicherheitskreisen verlautete, die Täter seien über ein gestohlenes Passwort gekommen.')).toEqual(['Sicherheitskreisen']);
    expect(intl('de', 'Die Polizei sagte am Dienstag, niemand sei verletzt worden.')).toEqual(['Polizei']);
  });
  it('German: a place after "aus" is no source', () => {
    expect(intl('de', 'Aus Berlin kamen am Dienstag neue Zahlen.')).toEqual([]);
    expect(intl('de', 'Aus Kreisen der Industrie kamen keine Einwände.')).toEqual([]);
  });
  it('French: the agent of "a été révélée par" and a long name with its short form in brackets', () => {
    expect(intl('fr', 'La fuite a d\u2019abord été révélée par Le Courrier du Soir, qui affirme que les données sont en vente.')).toContain('Le Courrier du Soir');
    expect(intl('fr', 'L\u2019Agence nationale de la sécurité des systèmes d\u2019information (Anssi) a déclaré accompagner la mutuelle.')).toEqual(["Agence nationale de la sécurité des systèmes d'information"]);
    expect(intl('fr', 'Le dossier a été confié par le parquet à la police.')).toEqual([]);
  });
  it('Polish: "przypomniał" speaks; a clause opening with its negation has no subject', () => {
    expect(pl('Prezes Urzędu Ochrony Danych Osobowych przypomniał, że administratorzy mają 72 godziny na zgłoszenie.')).toEqual(['Prezes Urzędu Ochrony Danych Osobowych']);
    expect(pl('Nie podał jednak żadnych dowodów.')).toEqual([]);
    expect(pl('Przypomniał mi się stary film.')).toEqual([]);
  });
});

describe('a French paper that first revealed the story (fix12)', () => {
  const FR = [
    'La mutuelle Corbière a annoncé mercredi avoir été victime d\u2019une cyberattaque et d\u2019une fuite de données touchant ses adhérents.',
    'L\u2019attaque a d\u2019abord été révélée par Le Courrier du Nord, qui affirme que les données ont été mises en vente sur un forum de pirates informatiques.',
    'Selon une source proche du dossier, les pirates auraient utilisé les identifiants d\u2019un prestataire pour accéder à la base de données des adhérents.',
    'La mutuelle a porté plainte et a indiqué que les adhérents seraient prévenus par courrier dans les prochains jours.',
  ];
  const report = (paras: string[]) => {
    const html = `<!doctype html><html lang="fr"><head><title>Cyberattaque contre la mutuelle Corbière</title><meta property="og:type" content="article"></head><body><article><h1>Cyberattaque contre la mutuelle Corbière</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    return analyze(parseHTML(html).document as unknown as Document, { force: true, url: 'https://journal.example/societe/mutuelle-corbiere' });
  };
  it('is an outlet, and the article relays its report', () => {
    const r = report(FR);
    expect(r.attributions.find((a) => a.source === 'Le Courrier du Nord')?.sourceKind).toBe('outlet');
    expect(r.notes.map((n) => n.id)).toContain('secondary-reporting');
  });
  it('a company named with an article and a newspaper word is no outlet when it only speaks; no relay without the paper', () => {
    expect(findIntlAttributions(page(['Le Matin Group a déclaré que ses serveurs étaient saufs.']), 'fr', ctx).map((a) => a.sourceKind)).not.toContain('outlet');
    const r = report([FR[0]!, FR[2]!, FR[3]!]);
    expect(r.notes.map((n) => n.id)).not.toContain('secondary-reporting');
  });
});

