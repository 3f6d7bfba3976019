/**
 * The detector's vocabulary tables are built in steps (the content script
 * yields to the page between them); built in steps, in one piece, or
 * finished by a lookup half-way, they must be the same tables.
 */
import { describe, expect, it, vi } from 'vitest';

type Vocabulary = typeof import('../../src/core/security-vocabulary');
const fresh = async (): Promise<Vocabulary> => {
  vi.resetModules();
  return import('../../src/core/security-vocabulary');
};

const TEXTS = [
  'Ransomware gang LockBit exploited CVE-2024-12345 in a VPN appliance; Volt Typhoon hackers breached the network.',
  'Die Ransomware-Angriffe trafen Krankenhäuser, und das Botnetz verbreitete Schadsoftware über Phishing-Mails.',
  'The Salt Typhoon espionage campaign used a zero-day and a backdoor, according to a threat intelligence firm.',
  'A local bakery won a prize for its bread.',
];

describe('vocabulary warm-up in steps', () => {
  it('takes three steps cold, none warm, and finds the same terms as the one-piece build', async () => {
    const stepwise = await fresh();
    const it1 = stepwise.warmVocabularySteps();
    let yields = 0;
    while (!it1.next().done) yields++;
    expect(yields).toBe(2);
    expect([...stepwise.warmVocabularySteps()]).toHaveLength(0);
    const whole = await fresh();
    whole.warmVocabulary();
    for (const t of TEXTS) expect(stepwise.findTerms(t)).toEqual(whole.findTerms(t));
    expect(whole.findTerms(TEXTS[0]!).length).toBeGreaterThan(3);
    expect(whole.findTerms(TEXTS[3]!)).toEqual([]);
  });

  it('a lookup half-way through a stepwise build finishes that build (once, in order)', async () => {
    const v = await fresh();
    const it1 = v.warmVocabularySteps();
    expect(it1.next().done).toBe(false); // first half of the terms built
    const mid = TEXTS.map((t) => v.findTerms(t)); // finishes the build
    expect(it1.next().done).toBe(true); // nothing left for the stepwise caller
    const whole = await fresh();
    whole.warmVocabulary();
    expect(mid).toEqual(TEXTS.map((t) => whole.findTerms(t)));
  });
});
