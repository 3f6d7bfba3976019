/**
 * left9: Polish cues (cues-pl.ts): "według X", "jak podaje X" (a relay), speech verbs in both orders, "powołując się
 * na", the reflexive "przyznała się X"; hedges; the language told by its letters. Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { findHedges } from '../../src/core/hedges';
import { detectCueLang } from '../../src/core/cue-lang';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';

const db = bundledDirectory();
const FILL = [
  'Po ulewach w centrum miasta zalane zostały ulice, a służby przez całą noc pompowały wodę z piwnic i przejść podziemnych.',
  'Większość dróg jest już przejezdna, ale część odcinków nadal pozostaje zamknięta dla ruchu, a kierowcy muszą korzystać z objazdów.',
];
const page = (ts: string[], fill = FILL): Sentence[] => [...fill, ...ts].map((text, i) => ({ text, block: i, blockKind: 'paragraph' as const }));
const attr = (ts: string[]) => findAttributions(page(ts), { db, acronyms: [], publisher: null }).map((a) => [a.source, a.sourceKind, a.cue, a.via]);
const hedges = (ts: string[]) => findHedges(page(ts)).map((h) => [h.cue, h.kind]);

describe('Polish (cues-pl.ts, left9)', () => {
  it('tells a Polish page by its letters, and an English page naming a Polish city stays English', () => {
    expect(detectCueLang(page([]))).toBe('pl');
    const en = ['Officials in Łódź said on Tuesday that the water utility had restored its pumps after an intrusion over the weekend.', 'The company said that no customer data had been taken and that it was working with the national CERT.'];
    expect(detectCueLang(page([], en))).toBe('en');
  });
  it('reads "według X" without a closing comma, "jak podaje X" as a relay, and speech verbs in both orders', () => {
    expect(
      attr([
        'Według straży miejskiej oszuści podszywali się pod pracowników gazowni.',
        'Jak informuje Radio Kraków, Urząd Miasta potwierdził, że system jest niedostępny.',
        'Dane mieszkańców nie wyciekły, zapewnił rzecznik urzędu.',
      ]),
    ).toEqual([
      ['straży miejskiej', 'government', 'Według', null],
      ['Radio Kraków', 'outlet', 'Jak informuje', null],
      ['Urząd Miasta', 'government', 'potwierdził', 1],
      ['rzecznik urzędu', 'government', 'zapewnił', null],
    ]);
  });
  it('"X, powołując się na Y, podała": Y via the outlet X; "przyznała się X": X after the verb', () => {
    const r = attr(['Gazeta Lokalna, powołując się na źródło w policji, podała, że zatrzymano dwie osoby.', 'Do włamania przyznała się grupa Czarny Kot.']);
    expect(r).toEqual([
      ['źródło', 'anonymous', 'powołując się na', 1],
      ['Gazeta Lokalna', 'outlet', 'podała', null],
      ['grupa Czarny Kot', 'unspecified', 'przyznała', null],
    ]);
  });
  it('names nobody for "według mnie", a pronoun or a fronted phrase', () => {
    expect(attr(['Według mnie to był zwykły błąd.', 'On powiedział, że wróci jutro.', 'W piątek poinformowano o awarii.'])).toEqual([]);
  });
  it('finds hedges, estimative ones as such', () => {
    expect(hedges(['Hakerzy rzekomo działali na zlecenie obcego państwa.', 'Atak najprawdopodobniej rozpoczął się w nocy.'])).toEqual([
      ['rzekomo', 'hedge'],
      ['najprawdopodobniej', 'estimative'],
    ]);
    expect(hedges(['System przywrócono w poniedziałek rano.'])).toEqual([]);
  });
});
