import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/core/attribution';
import type { SourceDirectory } from '../../src/core/directory';
import { splitSentences } from '../../src/core/sentences';

// Sentences written for this test, one per class of miss seen on held-out pages.
const db: SourceDirectory = { version: 'test', byUrl: () => null, byName: () => null, findNames: () => [] };
const run = (...lines: string[]) =>
  findAttributions(splitSentences(lines.map((t) => ({ kind: 'paragraph' as const, text: t, links: [] }))), { db, acronyms: [], publisher: null });
const names = (...lines: string[]) => run(...lines).map((a) => a.source);

describe('named subject with an appositive is not an inversion', () => {
  it('"Name, a role at Org, said a noun phrase …" gives the named speaker', () => {
    const n = names('Maria Okafor, a malware analyst at Bluefin Labs, said a broker on a dark-web market started selling the data in May.');
    expect(n.some((x) => x.startsWith('Maria Okafor'))).toBe(true);
    expect(n.some((x) => /broker/.test(x))).toBe(false);
  });
  it('"Name, a spokesman for the X Embassy, said Capital …" gives the speaker as a government voice, not the capital', () => {
    const got = run('Tom Reyes, a spokesman for the Canadian Embassy in Paris, said Ottawa "rejects the claims" made by the group.');
    const a = got.find((x) => x.source.startsWith('Tom Reyes'));
    expect(a?.sourceKind).toBe('government');
    expect(got.map((x) => x.source)).not.toContain('Ottawa');
  });
  it('a real inversion after a clause still reads the phrase after the verb', () => {
    expect(names('The data was stolen last week, said a spokesperson.').some((x) => /spokesperson/.test(x))).toBe(true);
  });
});
