import { describe, expect, it } from 'vitest';
import { bundledDirectory } from '../../src/sources';
import { buildDirectory } from '../../src/sources/match';
import type { SourceEntry } from '../../src/sources/schema';
import { countryOfWord } from '../../src/core/countries';

/** A country named right before an agency's name says whose agency it is (issue 3: "Pakistan's Foreign Office"). */
const db = bundledDirectory();

describe('another country before a government body of the same name', () => {
  it('"Pakistan\'s Foreign Office" and "the Indian Foreign Office" are not the UK Foreign Office', () => {
    expect(db.byName('Foreign Office')?.id).toBe('gb-fcdo');
    expect(db.byName("Pakistan's Foreign Office")).toBeNull();
    expect(db.byName('Pakistan’s Foreign Office')).toBeNull();
    expect(db.byName('the Pakistani Foreign Office')).toBeNull();
    expect(db.findNames('A spokesperson for Pakistan’s Foreign Office said the claims were baseless.').map((h) => h.label.id)).toEqual([]);
    expect(db.findNames('The Indian Foreign Office rejected the report.').map((h) => h.label.id)).toEqual([]);
  });
  it('the body\'s own country, or no country, still matches', () => {
    expect(db.byName("Britain's Foreign Office")?.id).toBe('gb-fcdo');
    expect(db.byName('the British Foreign Office')?.id).toBe('gb-fcdo');
    expect(db.findNames('The UK’s National Cyber Security Centre said the flaw was exploited.').map((h) => h.label.id)).toEqual(['gb-ncsc']);
    expect(db.findNames('The Foreign Office summoned the ambassador.').map((h) => h.label.id)).toEqual(['gb-fcdo']);
  });
  it('two-word countries and demonyms count', () => {
    expect(countryOfWord('north korea')).toBe('KP');
    expect(countryOfWord('south korean')).toBe('KR');
    expect(countryOfWord('pakistani')).toBe('PK');
    expect(countryOfWord('blue')).toBeNull();
    const local = buildDirectory([{ id: 'kr-nis', name: 'National Intelligence Service', aliases: ['NIS'], kind: 'government', affiliation: 'government', country: 'KR', owner: null, basis: [], domains: [] } as unknown as SourceEntry], 'test');
    expect(local.findNames("North Korea's National Intelligence Service").length).toBe(0);
    expect(local.findNames("South Korea's National Intelligence Service").map((h) => h.label.id)).toEqual(['kr-nis']);
  });
  it('companies and outlets are not held to it (a vendor is often described by another country)', () => {
    expect(db.findNames('the Russian-founded Kaspersky said').length + db.findNames('Japanese firm Trend Micro said').length).toBeGreaterThan(0);
  });
});
