import { describe, expect, it } from 'vitest';
import { eachMatch } from '../../src/core/each-match';

/** What a test compares: each match's text, index and groups. */
const shape = (ms: Iterable<RegExpMatchArray>): unknown[] => [...ms].map((m) => [m.index, [...m], m.groups ?? null]);

describe('eachMatch', () => {
  // Our own sentences; each pattern is run both ways and must give the same matches in the same order.
  const cases: [RegExp, string][] = [
    [/\b(?:port|ports)\s+(\d{2,5})\b/gi, 'Open ports 8080 and port 443, but not port 1 or portal 22.'],
    [/(?<word>\p{Lu}\p{Ll}+)/gu, 'The Ministry of Defence told Żaneta and Łukasz.'],
    [/x*/g, 'axxbx'], // empty matches move on by one
    [/(?:)/gu, 'a😀b'], // an empty match steps over a whole surrogate pair under /u
    [/(?:)/g, 'a😀b'], // and over one code unit without it
    [/\d+/g, 'no digits here'],
  ];
  it('gives the same matches as matchAll', () => {
    for (const [re, text] of cases) expect(shape(eachMatch(re, text)), String(re)).toEqual(shape(text.matchAll(new RegExp(re.source, re.flags))));
  });
  it('leaves the pattern at 0 when the loop ends early, and a body may use the same pattern again', () => {
    const re = /\d+/g;
    const outer: string[] = [];
    for (const m of eachMatch(re, '1 22 333')) {
      outer.push(m[0]);
      expect([...eachMatch(re, '7 8')].map((x) => x[0])).toEqual(['7', '8']);
      if (outer.length === 2) break;
    }
    expect(outer).toEqual(['1', '22']);
    expect(re.lastIndex).toBe(0);
    expect(re.exec('9')?.[0]).toBe('9'); // a later exec starts at the beginning, as with a fresh pattern
  });
  it('gives a pattern without the g flag its first match only, not an endless loop', () => {
    expect([...eachMatch(/a(\d)/, 'a1 a2 a3')].map((m) => [m.index, m[1]])).toEqual([[0, '1']]);
    expect([...eachMatch(/\d*/, 'x1')].map((m) => [m.index, m[0]])).toEqual([[0, '']]);
  });
});
