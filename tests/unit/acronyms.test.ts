import { describe, expect, it } from 'vitest';
import { findAcronyms, plausibleAcronym, resolveAcronym } from '../../src/core/acronyms';
import type { Sentence } from '../../src/core/sentences';

const S = (...t: string[]): Sentence[] => t.map((text, i) => ({ text, block: i, blockKind: 'paragraph' }));

describe('findAcronyms', () => {
  it('reads "Long Name (SHORT)" and keeps the words the acronym covers', () => {
    const d = findAcronyms(S('A team from the National Computer Virus Emergency Response Center (CVERC) found malware.', 'The Chinese Ministry of State Security (MSS) said so.'));
    expect(d).toEqual([
      { short: 'CVERC', long: 'National Computer Virus Emergency Response Center' },
      { short: 'MSS', long: 'Chinese Ministry of State Security' },
    ]);
  });
  it('reads "SHORT (Long Name)", native acronyms and "known as"', () => {
    const d = findAcronyms(S('CISA (Cybersecurity and Infrastructure Security Agency) warned.', "Russia's Federal Security Service (FSB) said.", 'The Ministry of State Security, known as Guoanbu, runs it.'));
    expect(d).toContainEqual({ short: 'CISA', long: 'Cybersecurity and Infrastructure Security Agency' });
    expect(d).toContainEqual({ short: 'FSB', long: 'Federal Security Service' });
    expect(d).toContainEqual({ short: 'Guoanbu', long: 'Ministry of State Security' });
  });
  it('ignores brackets that are not definitions', () => {
    expect(findAcronyms(S('The attack hit the Ministry of Defence (UK) and others (see below).', 'a branch in Nanjing, China, known as the Jiangsu office.'))).toEqual([]);
  });
  it('resolves a short form to its long form', () => {
    const d = [{ short: 'MSS', long: 'Ministry of State Security' }];
    expect(resolveAcronym('MSS', d)).toBe('Ministry of State Security');
    expect(resolveAcronym('the MSS', d)).toBe('Ministry of State Security');
    expect(resolveAcronym('FBI', d)).toBe('FBI');
    expect(plausibleAcronym('NCSC', 'National Cyber Security Centre')).toBe(true);
    expect(plausibleAcronym('XYZ', 'National Cyber Security Centre')).toBe(false);
  });
});
