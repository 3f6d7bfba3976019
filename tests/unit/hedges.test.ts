import { describe, expect, it } from 'vitest';
import { findHedges } from '../../src/core/hedges';
import type { Sentence } from '../../src/core/sentences';

const sent = (text: string, block = 0): Sentence => ({ text, block, blockKind: 'paragraph' });
const cues = (text: string) => findHedges([sent(text)]).map((h) => `${h.kind}:${h.cue}`);

describe('findHedges: hedges', () => {
  const table: [string, string[]][] = [
    ['A foreign agency allegedly conducted the attack.', ['hedge:allegedly']],
    ['The tool purportedly stole secrets from defence firms.', ['hedge:purportedly']],
    ['The gang reportedly shut down days later.', ['hedge:reportedly']],
    ['The leak was supposedly caused by an insider.', ['hedge:supposedly']],
    ['Apparently the backups were never tested.', ['hedge:apparently']],
    ['The group claimed responsibility on its leak site.', ['hedge:claimed']],
    ['The vendor claims that no customer data was taken.', ['hedge:claims']],
    ['LockBit claims to hold 40 GB of files.', ['hedge:claims']],
    ['The figures are unverified.', ['hedge:unverified']],
    ['An unconfirmed report named the bank.', ['hedge:unconfirmed']],
    ['The operator is said to be based abroad.', ['hedge:said to']],
    ['The incident is believed to be part of a wider campaign.', ['hedge:believed to']],
    ['The intruders are thought to have entered in March.', ['hedge:thought to']],
    ['Attackers may have copied the database.', ['hedge:may have']],
    ['The flaw could have exposed passwords.', ['hedge:could have']],
    ['The bug might affect older routers.', ['hedge:might']],
    ['Police arrested a suspected member of the gang.', ['hedge:suspected']],
    ['The alleged breach began in May.', ['hedge:alleged']],
    ['The server was possibly misconfigured.', ['hedge:possibly']],
    ['It appears the key was stolen from a crash dump.', ['hedge:it appears']],
    ['The claims have not been independently verified.', ['hedge:claims', 'hedge:not been independently verified']],
    ['Reporters could not independently confirm the account.', ['hedge:not independently confirm']],
    ['That detail has not been confirmed.', ['hedge:not been confirmed']],
    ['A message claiming to be from the gang appeared online.', ['hedge:claiming']],
    ['The so-called kill switch stopped the spread.', ['hedge:so-called']],
    ['Perhaps the attackers wanted attention.', ['hedge:perhaps']],
    ['A rumored second breach was never reported.', ['hedge:rumored']],
  ];
  for (const [text, want] of table) it(JSON.stringify(text), () => expect(cues(text)).toEqual(want));
});

describe('findHedges: estimative language (ICD 203)', () => {
  const table: [string, string[]][] = [
    ['There is almost no chance the data was recovered.', ['estimative:almost no chance']],
    ['An outage is very unlikely.', ['estimative:very unlikely']],
    ['Further attacks are unlikely.', ['estimative:unlikely']],
    ['There is a roughly even chance of a second wave.', ['estimative:roughly even chance']],
    ['The actor is likely to rain down more attacks.', ['estimative:likely']],
    ['The group is highly likely linked to the ministry.', ['estimative:highly likely']],
    ['It will almost certainly happen again.', ['estimative:almost certainly']],
    ['We assess with moderate confidence that the actor is state-backed.', ['estimative:assess', 'estimative:moderate confidence']],
    ['Analysts have low confidence in the attribution.', ['estimative:low confidence']],
    ['The agency judges with high-confidence that the wiper is new.', ['estimative:judges', 'estimative:high confidence']],
  ];
  for (const [text, want] of table) it(JSON.stringify(text), () => expect(cues(text)).toEqual(want));
});

describe('findHedges: things that are not hedges', () => {
  const negatives = [
    'Insurance claims rose after the attack.',
    'The claims process for victims opens on Monday.',
    'The patch shipped in May.',
    'In May have a look at the release notes.',
    'Researchers at Suspected Spider Labs published the report.',
    'The report, titled "Likely Threats Ahead", was released on Tuesday.',
    'The incident was reported to the police on Monday.',
    'The company said the outage had been fixed.',
    'Microsoft confirmed the breach and rotated the keys.',
  ];
  for (const text of negatives) it(JSON.stringify(text), () => expect(cues(text)).toEqual([]));

  it('a hedge in a title-case headline still counts', () => {
    expect(cues('Hacking Group Allegedly Behind Airport Outage')).toEqual(['hedge:allegedly']);
  });
});

describe('findHedges: bookkeeping', () => {
  it('records the sentence and dedupes (cue, sentence) but not the same cue elsewhere', () => {
    const s1 = sent('The hackers allegedly entered, and allegedly left.');
    const s2 = sent('The files were allegedly sold.', 1);
    const out = findHedges([s1, s2, s1]);
    expect(out.map((h) => [h.cue, h.sentence])).toEqual([
      ['allegedly', s1.text],
      ['allegedly', s2.text],
    ]);
  });

  it('keeps the longer cue when two overlap ("highly likely" over "likely")', () => {
    expect(cues('It is highly likely that the group returns.')).toEqual(['estimative:highly likely']);
  });

  it('never throws and stays bounded on huge or odd input', () => {
    const huge = sent('allegedly '.repeat(50_000));
    expect(() => findHedges([huge, { text: '', block: 0, blockKind: 'paragraph' }])).not.toThrow();
    expect(findHedges([huge]).length).toBe(1);
  });
});
