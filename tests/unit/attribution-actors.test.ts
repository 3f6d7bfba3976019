import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/core/attribution';
import type { SourceDirectory } from '../../src/core/directory';
import { splitSentences } from '../../src/core/sentences';

// Threat actors speak in security news ("the gang claimed responsibility"); sentences written for this test.
const db: SourceDirectory = { version: 'test', byUrl: () => null, byName: () => null, findNames: () => [] };
const run = (t: string) => findAttributions(splitSentences([{ kind: 'paragraph' as const, text: t, links: [] }]), { db, acronyms: [], publisher: null });
const who = (t: string) => run(t).map((a) => `${a.source}|${a.sourceKind}`);

describe('threat actors as sources', () => {
  it('a gang, crew or the hackers claiming an attack is a source of unspecified kind', () => {
    expect(who('In a statement posted to its leak site, the Coldsnap gang claimed responsibility for the attack.')).toEqual(['Coldsnap gang|unspecified']);
    expect(who('The ransomware crew said it had stolen 400 gigabytes of files.')).toEqual(['The ransomware crew|unspecified']);
    expect(who('The hackers said in a message to reporters that they wanted money, not secrets.')).toEqual(['The hackers|unspecified']);
    expect(who('The threat actor claimed to have stolen the source code.')).toEqual(['The threat actor|unspecified']);
  });
  it('the agent of a reduced relative is not the subject', () => {
    // "run by the hackers" describes the channel; the channel posted.
    expect(who('A Telegram channel purportedly run by the hackers posted screenshots on Saturday.').map((x) => x.split('|')[0])).not.toContain('the hackers');
    // "carried out by the actor" belongs to the campaign, not to "published".
    expect(who('The agency published its assessment of a campaign carried out by the actor known as Glasswing.').map((x) => x.split('|')[0])).not.toContain('the actor');
  });
  it('a document and its author, and a plain passive agent, still count', () => {
    expect(who('A report compiled by the Audit Commission found that the backups were never tested.').map((x) => x.split('|')[0])).toContain('Audit Commission');
    expect(who('The flaw was first flagged on March 29 by CrowdStrike.').map((x) => x.split('|')[0])).toContain('CrowdStrike');
  });
});

describe('"citing" a possessive', () => {
  it('the owner of the evidence is not cited ("citing the attackers’ working hours")', () => {
    expect(who('The agency blamed a foreign service, citing the attackers’ working hours and keyboard habits.').map((x) => x.split('|')[0])).not.toContain('the attackers');
  });
  it('the owner of a statement or an office is ("citing the agency’s press office")', () => {
    expect(who("The Border Service said the intrusion attempts used fake tax notices, Novosti Daily reported, citing the agency's press office.").map((x) => x.split('|')[0])).toContain('the agency');
  });
});

describe('a country as the possessive owner of an agency name', () => {
  it('does not take another country’s entry of that name', async () => {
    const { contentDirectory } = await import('../../src/sources/compact');
    const real = contentDirectory();
    const label = (t: string) =>
      findAttributions(splitSentences([{ kind: 'paragraph' as const, text: t, links: [] }]), { db: real, acronyms: [], publisher: null })[0]?.label?.country ?? null;
    expect(label('Pakistan’s Foreign Office said it had no information about the attack.')).not.toBe('GB');
    expect(label('Britain’s Foreign Office said it had no information about the attack.')).toBe('GB');
    expect(label('Google’s Mandiant said the group was behind the intrusion.')).toBe('US');
  });
});
