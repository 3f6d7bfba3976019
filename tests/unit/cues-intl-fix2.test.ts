import { describe, expect, it } from 'vitest';
import { findIntlAttributions } from '../../src/core/cues-intl';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// Own sentences; the constructions come from the second held-out set's misses.
const db = bundledDirectory();
const names = (lang: 'de' | 'fr', text: string) =>
  findIntlAttributions(splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] }))), lang, { db, publisher: null }).map((a) => a.source);

describe('German cues found on the second held-out set', () => {
  it('keeps a subject followed by its bracketed acronym', () => {
    expect(names('de', 'Das Landesamt für Datenschutz (LfD) erklärte am Montag, der Vorfall werde geprüft.')).toEqual(['Landesamt für Datenschutz']);
  });
  it('reads ", so das X." and "für sich reklamiert"', () => {
    expect(names('de', 'Die Daten seien verschlüsselt gewesen, so das BSI.')).toEqual(['BSI']);
    expect(names('de', 'Die Gruppe Nordwind hat den Angriff auf ihrer Seite für sich reklamiert.')).toEqual(['Gruppe Nordwind']);
    expect(names('de', 'Er sagte, so viel sei klar.')).toEqual([]);
  });
});

describe('French cues found on the second held-out set', () => {
  it('reads plural verbs and "rappelle que" after an appositive', () => {
    expect(names('fr', 'Des sources proches de l’enquête indiquent que les serveurs ont été saisis.')).toEqual(["sources proches de l'enquête"]);
    expect(names('fr', "Claire Dubois, chercheuse à l'Inria, rappelle que le groupe est ancien.")).toEqual(['Claire Dubois']);
    expect(names('fr', "Interrogée par un confrère, Claire Dubois, chercheuse à l'Institut des études numériques (IEN), rappelle que le groupe est ancien.")).toEqual(['Claire Dubois']);
  });
  it('does not take a participle clause for a speaker', () => {
    expect(names('fr', 'Le texte, publié lundi, indique que la faille existe.')).toEqual([]);
  });
});

describe('German source kinds', () => {
  const kinds = (text: string) =>
    findIntlAttributions(splitSentences([{ kind: 'paragraph', text, links: [] }]), 'de', { db, publisher: null }).map((a) => [a.source, a.sourceKind]);
  it('reads "…kreise" compounds as anonymous and a Landeskriminalamt as government', () => {
    expect(kinds('Die Zeitung schreibt unter Berufung auf Sicherheitskreise, der Angriff dauere an.')).toContainEqual(['Sicherheitskreise', 'anonymous']);
    expect(kinds('Nach Angaben des Landeskriminalamts Hessen wurden zwei Server beschlagnahmt.')).toEqual([['Landeskriminalamts Hessen', 'government']]);
  });
});

describe('French capitals and "l’agence"', () => {
  const all = (text: string) =>
    findIntlAttributions(splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] }))), 'fr', { db, publisher: null }).map((a) => [a.source, a.sourceKind]);
  it('reads a capital as its government and "l’agence" as the agency named before', () => {
    expect(all("Selon l'Anssi, le groupe aurait compromis dix entités.\nMoscou dément.\nL'agence précise que le mode opératoire est connu.")).toEqual([
      ['Anssi', 'government'],
      ['Moscou', 'government'],
    ]);
    expect(all("L'agence précise que tout va bien.")).toEqual([['agence', 'government']]);
  });
});
