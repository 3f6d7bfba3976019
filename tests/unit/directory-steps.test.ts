import { describe, expect, it } from 'vitest';
import compact from '../../src/sources/data/compact.json';
import { directoryFromCompact, directoryFromCompactSteps, type CompactData } from '../../src/sources/content';
import { idleSteps } from '../../src/content/run';

/** The content script builds its directory a few dozen entries per idle callback; the result must not change. */
describe('directoryFromCompactSteps', () => {
  const data = compact as CompactData;

  it('builds the same directory as directoryFromCompact, in several steps', async () => {
    let calls = 0;
    const idle = (fn: () => void): void => {
      calls++;
      setTimeout(fn, 0);
    };
    const stepped = await idleSteps(directoryFromCompactSteps(data, 40), idle);
    const whole = directoryFromCompact(data);
    expect(calls).toBeGreaterThanOrEqual(Math.floor(data.e.length / 40));
    expect(stepped.version).toBe(whole.version);
    const text = 'Officials told Reuters and the BBC that CISA and the NCSC had warned about it, Xinhua and RIA Novosti reported.';
    expect(stepped.findNames(text)).toEqual(whole.findNames(text));
    expect(whole.findNames(text).length).toBeGreaterThan(0);
    for (const line of data.e.slice(0, 60)) {
      const [, name, , domains] = line.split('|');
      expect(stepped.byName(name!)).toEqual(whole.byName(name!));
      const host = domains?.split('~')[0];
      if (host) expect(stepped.byUrl(`https://${host}/x`)).toEqual(whole.byUrl(`https://${host}/x`));
    }
  });

  it('never throws on junk', async () => {
    const idle = (fn: () => void): void => void setTimeout(fn, 0);
    for (const junk of [null, undefined, { v: 1 }, { v: '1', e: [1, 'a|b'], r: null }] as unknown as CompactData[]) {
      const d = await idleSteps(directoryFromCompactSteps(junk), idle);
      expect(d.findNames('Reuters said')).toEqual(directoryFromCompact(junk).findNames('Reuters said'));
    }
  });
});
