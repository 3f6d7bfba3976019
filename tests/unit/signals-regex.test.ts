import { describe, expect, it } from 'vitest';
import { HEDGE_PATTERNS } from '../../src/core/hedges';
import { DISCLAIMER_PATTERNS } from '../../src/core/disclaimers';
import { EVIDENCE_PATTERNS } from '../../src/core/evidence';
import { COMMON_PATTERNS } from '../../src/core/notes/common';
import { INTERESTED_PARTY_PATTERNS } from '../../src/core/notes/interested-party';
import { SECONDARY_PATTERNS } from '../../src/core/notes/secondary-reporting';

/**
 * Every regex of hedges, disclaimers, evidence and notes must match in
 * linear time. A super-linear (backtracking) pattern shows itself on long
 * "pumped" inputs: repeated letters, whitespace, separators and defanged
 * dots — the shapes a ReDoS checker such as recheck builds its attacks
 * from. At 10,000 characters a quadratic pattern takes a second or more; a linear
 * one a few milliseconds.
 */
const GROUPS: [string, RegExp[]][] = [
  ['hedges', HEDGE_PATTERNS],
  ['disclaimers', DISCLAIMER_PATTERNS],
  ['evidence', EVIDENCE_PATTERNS],
  ['notes/common', COMMON_PATTERNS],
  ['notes/interested-party', INTERESTED_PARTY_PATTERNS],
  ['notes/secondary-reporting', SECONDARY_PATTERNS],
];

const N = 10_000;
const PUMPS = ['a', 'A', ' ', '\t', '\n\t', 'a ', '0-', '1.', "'", '[.]a.a', 'T--', 'C\t', 'is ', 'not ', 'we ', 'f0', 'a.', 'http://', '©', 'Update '];
const INPUTS = PUMPS.flatMap((p) => {
  const body = p.repeat(Math.ceil(N / p.length));
  return [body + '\u0000', 'VIA\t' + body + 'F'];
});

describe('signals regexes are linear-time', () => {
  for (const [name, patterns] of GROUPS) {
    it(`${name}: no pattern backtracks on pumped input`, () => {
      expect(patterns.length).toBeGreaterThan(0);
      const slow: string[] = [];
      for (const re of patterns) {
        const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
        for (const input of INPUTS) {
          const t = performance.now();
          input.match(g);
          const dt = performance.now() - t;
          if (dt > 250) slow.push(`${Math.round(dt)}ms ${re.source.slice(0, 60)} on ${JSON.stringify(input.slice(0, 12))}…`);
        }
      }
      expect(slow).toEqual([]);
    });
  }

  it('the check itself catches a backtracking pattern', () => {
    const bad = /^(?:a|a)*$/;
    const input = 'a'.repeat(24) + '!'; // ~2^24 steps: seconds, far over 250 ms even on a fast machine
    const t = performance.now();
    input.match(bad);
    expect(performance.now() - t).toBeGreaterThan(250);
  }, 30_000);
});
