/**
 * perf-rest9: disclaimers.ts turns down a long element beside the container without cleaning its text
 * (`cleanLongerThan`): it must answer true only when cleanText's result is longer than the limit.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanLongerThan } from '../../src/core/disclaimers';
import { cleanText, INVISIBLE_RE } from '../../src/core/text';

/** Code units cleanText keeps as they are: neither whitespace nor invisible. */
const kept = (s: string): number => s.replace(INVISIBLE_RE, '').replace(/\s/g, '').length;

describe('cleanLongerThan', () => {
  const units = ['a', 'Z', '1', '.', ' ', '  ', '\t', '\n', '\v', '\f', '\r', '\u0000', '\u001f', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u061c', '\u1680', '\u180e',
    '\u2000', '\u200a', '\u200b', '\u200f', '\u2010', '\u2027', '\u2028', '\u2029', '\u202a', '\u202e', '\u202f', '\u2030', '\u205f', '\u2060', '\u2069', '\u206a',
    '\u3000', '\u3001', '\ufeff', '\ufffe', 'é', '中', '\ud83d', '\ude00'];
  it('counts exactly the code units cleanText keeps, and true means the clean text is longer', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 40 }), fc.integer({ min: 0, max: 30 }), (xs, max) => {
        const s = xs.join('');
        expect(cleanLongerThan(s, max)).toBe(kept(s) > max);
        if (cleanLongerThan(s, max)) expect(cleanText(s).length).toBeGreaterThan(max);
      }),
      { numRuns: 20_000 },
    );
  });
  it('our own cases', () => {
    expect(cleanLongerThan('Sponsored by Northwind', 160)).toBe(false);
    expect(cleanLongerThan(' \n\t'.repeat(500) + 'Source link', 160)).toBe(false); // long, but mostly space: cleaned and read
    expect(cleanLongerThan('More stories: '.repeat(20), 160)).toBe(true);
    expect(cleanLongerThan('\u200b'.repeat(400) + 'Note', 160)).toBe(false);
  });
});
