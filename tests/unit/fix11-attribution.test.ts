/**
 * blind11: attribution fixes from the eleventh held-out set — code written is no statement, a demand for money is no
 * claim, a headline's "X urged to …" is a passive, and "Y said" after "the Y A and Y B apps" is Y. Our own sentences,
 * with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';

const db = bundledDirectory();
const page = (ts: string[]): Sentence[] => ts.map((text, i) => ({ text, block: i, blockKind: 'paragraph' as const }));
const sources = (ts: string[]) => findAttributions(page(ts), { db, acronyms: [], publisher: null }).map((a) => a.source);

describe('what is no statement (fix11)', () => {
  it('leaves code written, money demanded and a passive "urged to" alone', () => {
    expect(sources(['Their report says the crew wrote custom implants for two models of router.'])).not.toContain('the crew');
    expect(sources(['The intruders wrote their own loader and a backdoor for the mail server.'])).toEqual([]);
    expect(sources(['The hackers demanded $2 million in bitcoin to unlock the files.'])).toEqual([]);
    expect(sources(['The gang demanded a ransom of 40 bitcoin from the school.'])).toEqual([]);
    expect(sources(['Customers urged to install the update within 30 days.'])).toEqual([]);
  });
  it('still reads what was written, demanded and urged as statements', () => {
    expect(sources(['The researchers wrote that the crew had been inside for months.'])).toEqual(['researchers']);
    expect(sources(['Kira Holt wrote in a blog post that the flaw was easy to find.'])).toEqual(['Kira Holt']);
    expect(sources(['The union demanded that the company explain the breach to its staff.'])).toContain('The union');
    expect(sources(['The agency urged customers to install the update.'])).toEqual(['The agency']);
  });
});

describe('a name inside a coordination of products (fix11)', () => {
  it('"Corvel said" after "the Corvel Authenticator and Corvel Vault apps" is Corvel', () => {
    const s = sources([
      'Corvel, which makes the Corvel Authenticator and Corvel Vault apps, patched an autofill bug this week.',
      'Corvel said there was no sign that the bug had been abused.',
    ]);
    expect(s).toContain('Corvel');
    expect(s).not.toContain('Corvel Authenticator and Corvel Vault');
  });
  it('a surname after a person named in full is still that person', () => {
    expect(sources(['Mara Quint, a researcher at a bank, found the flaw.', 'Quint said the fix took nine days.'])).toContain('Mara Quint');
  });
});
