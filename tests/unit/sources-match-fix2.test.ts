import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../src/sources/match';
import type { SourceEntry } from '../../src/sources/schema';

const entry = (id: string, name: string, aliases: string[]): SourceEntry =>
  ({ id, name, aliases, kind: 'government', affiliation: 'government', country: 'XX', owner: null, basis: [], domains: [] }) as unknown as SourceEntry;
const db = buildDirectory([entry('acme', 'Agence de cyberdéfense', ['ACDX']), entry('zone', 'Zone Media', ['ZONE']), entry('ab', 'Alpha Bureau', ['AB'])], 'test');

describe('acronyms written in title case', () => {
  it('names a known acronym of four or more letters by its title-case spelling', () => {
    expect(db.byName('Acdx')?.name).toBe('Agence de cyberdéfense');
    expect(db.byName('ACDX')?.name).toBe('Agence de cyberdéfense');
  });
  it('keeps short acronyms, lower case and ordinary words exact', () => {
    expect(db.byName('Ab')).toBeNull();
    expect(db.byName('acdx')).toBeNull();
    expect(db.byName('Zone')).toBeNull();
  });
  it('does not scan running text for the title-case form', () => {
    expect(db.findNames('Acdx said so').length).toBe(0);
  });
});
