import { describe, expect, it } from 'vitest';
import { findCyberAttributions } from '../../src/core/cyber-attribution';
import type { Attribution, SourceKind } from '../../src/core/report';
import type { Sentence } from '../../src/core/sentences';

const S = (text: string): Sentence => ({ text, block: 0, blockKind: 'paragraph' });
const A = (source: string, sourceKind: SourceKind, sentence: string, cue = 'said', via: number | null = null): Attribution => ({ source, sourceKind, cue, sentence, label: null, via });

describe('findCyberAttributions', () => {
  it('reads "attributed the intrusion to X" with a vendor accuser as technical', () => {
    const t = 'Mandiant attributed the intrusion to a cluster it tracks as UNC4736, which it said has a North Korea nexus.';
    expect(findCyberAttributions([S(t)], [A('Mandiant', 'company', t, 'attributed')])).toEqual([{ actor: 'UNC4736', accuser: 'Mandiant', basis: 'technical', sentence: t }]);
  });
  it('reads passives and "the work of" with official and unofficial accusers', () => {
    const t1 = 'The attack was launched by overseas hacker organizations, the bureau said.';
    const t2 = 'Experts said the attack was the work of a "government-backed" hacking organization.';
    const r = findCyberAttributions([S(t1), S(t2)], [A('the bureau', 'government', t1), A('Experts', 'unspecified', t2)]);
    expect(r.map((c) => [c.actor, c.accuser, c.basis])).toEqual([
      ['overseas hacker organizations', 'the bureau', 'official'],
      ['a "government-backed" hacking organization', 'Experts', 'unofficial'],
    ]);
  });
  it('reads "X carried out the attack", "X was behind", state-sponsored appositives, self-claims and legal basis', () => {
    const t1 = 'According to the ministry, a foreign intelligence agency carried out the cyberattack.';
    const t2 = 'Volt Typhoon, a PRC state-sponsored group, has targeted utilities.';
    const t3 = 'A ransomware group calling itself Nightjar claimed responsibility for the attack.';
    const t4 = 'Prosecutors said in an indictment that hackers working for the GRU were behind the intrusion.';
    const r = findCyberAttributions([S(t1), S(t2), S(t3), S(t4)], [A('ministry', 'government', t1, 'according to'), A('Prosecutors', 'government', t4)]);
    expect(r.map((c) => [c.actor, c.basis])).toEqual([
      ['a foreign intelligence agency', 'official'],
      ['Volt Typhoon', 'unknown'],
      ['A ransomware group calling itself Nightjar', 'self'],
      ['hackers working for the GRU', 'legal'],
    ]);
  });
  it('takes the government statement an outlet relays as the accuser, and never a denier', () => {
    const t0 = 'According to a report by the Global Times, a foreign agency allegedly conducted a cyberattack on government systems.';
    const t1 = 'The ministry stated that an engineer was approached.';
    const t2 = "China's foreign ministry rejected accusations that hackers linked to the government were behind the compromise.";
    const atts = [A('Global Times', 'outlet', t0, 'according to'), A('Ministry of State Security', 'government', t1, 'stated', 0), A("China's foreign ministry", 'government', t2, 'rejected')];
    const r = findCyberAttributions([S(t0), S(t1), S(t2)], atts);
    expect(r.map((c) => [c.actor, c.accuser, c.basis])).toEqual([
      ['a foreign agency', 'Ministry of State Security', 'official'],
      ['hackers linked to the government', null, 'unknown'],
    ]);
  });
  it('resolves "this group" to the actor named before: one entry per accuser, a new entry for a new accuser', () => {
    const t1 = 'According to the ministry, a foreign intelligence agency carried out the cyberattack.';
    const t2 = 'The ministry said the intrusion was carried out by this spy agency.';
    const t3 = 'Researchers at Hollowpine said the operation was the work of the same agency.';
    const atts = [A('ministry', 'government', t1, 'according to'), A('The ministry', 'government', t2), A('Researchers at Hollowpine', 'researcher', t3)];
    const r = findCyberAttributions([S(t1), S(t2), S(t3)], atts);
    expect(r.map((c) => [c.actor, c.accuser])).toEqual([
      ['a foreign intelligence agency', 'ministry'],
      ['a foreign intelligence agency', 'Researchers at Hollowpine'],
    ]);
    // With nothing named before, the demonstrative stays as written.
    expect(findCyberAttributions([S(t2)], [atts[1]!]).map((c) => c.actor)).toEqual(['this spy agency']);
    // A time span after the actor is not part of its name ("… by this spy agency over two years").
    const t4 = 'The ministry said the intrusions were carried out by this spy agency over two years.';
    expect(findCyberAttributions([S(t4)], [A('The ministry', 'government', t4)]).map((c) => c.actor)).toEqual(['this spy agency']);
    const t5 = 'The ministry said the intrusions were carried out by Hollow Crane for more than a decade.';
    expect(findCyberAttributions([S(t5)], [A('The ministry', 'government', t5)]).map((c) => c.actor)).toEqual(['Hollow Crane']);
  });
  it('finds nothing in sentences without an operation and never throws', () => {
    expect(findCyberAttributions([S('The company said its quarterly revenue was up.')], [])).toEqual([]);
    expect(() => findCyberAttributions([S('was behind was behind carried out by by by'), S('')], [])).not.toThrow();
  });
});
