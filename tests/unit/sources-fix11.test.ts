import { describe, expect, it } from 'vitest';
import { bundledDirectory } from '../../src/sources/index';

/* blind11: agencies a Dutch, an Italian, a Japanese and a Swedish story cite by their own names. */

describe('source data (fix11)', () => {
  const db = bundledDirectory();
  it('labels the Dutch NCSC, Italy\u2019s cyber agency, Japan\u2019s police agency and Säpo as government', () => {
    for (const [name, id] of [
      ['Nationaal Cyber Security Centrum', 'nl-ncsc'],
      ['Agenzia per la Cybersicurezza Nazionale', 'it-acn'],
      ['警察庁', 'jp-npa'],
      ['Säpo', 'se-sapo'],
      ['Sweden\'s Security Service', 'se-sapo'],
    ] as const) {
      expect(db.byName(name)?.id, name).toBe(id);
      expect(db.byName(name)?.affiliation, name).toBe('government');
    }
  });
  it('leaves the UK centre as the bare NCSC, and other security services alone', () => {
    expect(db.byName('NCSC')?.id).toBe('gb-ncsc');
    expect(db.byName('Security Service')?.id ?? null).not.toBe('se-sapo');
    expect(db.byName('Agenzia delle Entrate')).toBeNull();
  });
});
