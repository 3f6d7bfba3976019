import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/core/attribution';
import type { SourceDirectory } from '../../src/core/directory';
import { splitSentences } from '../../src/core/sentences';

// "X told <outlet>": the outlet is who was told (it relays X), never the speaker. Sentences written for this test.
const db: SourceDirectory = {
  version: 'test',
  byUrl: () => null,
  byName: (n: string) => (/^reuters$/i.test(n.trim()) ? ({ id: 'reuters', name: 'Reuters', kind: 'outlet', label: 'private', country: 'GB', basis: [] } as never) : null),
  findNames: () => [],
};
const run = (t: string) =>
  findAttributions(splitSentences([{ kind: 'paragraph' as const, text: t, links: [] }]), { db, acronyms: [], publisher: null }).map(
    (a, _i, all) => `${a.source}${a.via !== null && a.via !== undefined ? ` via ${all[a.via]!.source}` : ''}`,
  );

describe('told <outlet>', () => {
  it('a role before the name in commas: the person speaks, the outlet relays', () => {
    const r = run('The company’s chief executive, Maria Lund, told Reuters in an interview on Tuesday that systems were being restored.');
    expect(r).toContain('Maria Lund via Reuters');
    expect(r.filter((x) => x === 'Reuters' || x.startsWith('Reuters ')).length).toBeLessThanOrEqual(1);
  });
  it('the same after a quote closed by a comma', () => {
    const r = run('“We are restoring systems from backups,” the company’s chief executive, Maria Lund, told Reuters in an interview on Tuesday.');
    expect(r).toContain('Maria Lund via Reuters');
  });
  it('the noun phrase after "told" is never read as an inverted speaker', () => {
    const r = run('“We will not pay the ransom,” the port’s operations director, Tomas Berg, told Reuters.');
    expect(r[0]).toBe('Tomas Berg via Reuters');
  });
  it('an inverted "said X" still works', () => {
    expect(run('“We will not pay the ransom,” said Tomas Berg, the port’s operations director.')).toContain('Tomas Berg');
  });
});

describe('"the company said" resolves to a named company only', () => {
  it('a description quoted before ("The group issued …") is no antecedent', () => {
    const r = run('The group issued a warning to other port operators, the company said.');
    expect(r).toContain('the company');
    expect(r.filter((x) => x === 'The group').length).toBe(1);
  });
  it('a named company quoted before still is', () => {
    const r = findAttributions(
      splitSentences([
        { kind: 'paragraph' as const, text: 'Harbourline Technologies said its systems were back online.', links: [] },
        { kind: 'paragraph' as const, text: 'No customer data was taken, the company said.', links: [] },
      ]),
      { db, acronyms: [], publisher: null },
    ).map((a) => a.source);
    expect(r).toEqual(['Harbourline Technologies', 'Harbourline Technologies']);
  });
});
