import { describe, expect, it } from 'vitest';
import { NOTE_RULES } from '../../src/core/notes/index';
import type { Attribution, NoteId, Report } from '../../src/core/report';
import { att, label, report } from './helpers/hand-built';

/**
 * For each note id, the situations a careful reader would expect it in, and near misses where they would
 * not, as small hand-built reports (no attribution engine). Each row is one situation in words; the rule
 * must fire on every "expect" row and stay silent on every "not" row.
 */

const GT = label('cn-globaltimes', 'Global Times', 'state_controlled', { country: 'CN', kind: 'outlet' });
const KCNA = label('kp-kcna', 'Korean Central News Agency', 'state_controlled', { country: 'KP', kind: 'outlet' });
const BBC = label('gb-bbc', 'BBC', 'state_funded_independent', { country: 'GB', kind: 'outlet' });
const REUTERS = label('reuters', 'Reuters', 'private', { country: 'GB', kind: 'outlet' });
const MSS = label('cn-mss', 'Ministry of State Security', 'government', { country: 'CN', kind: 'government' });
const FBI = label('us-fbi', 'Federal Bureau of Investigation', 'government', { country: 'US', kind: 'government' });
const CISA = label('us-cisa', 'Cybersecurity and Infrastructure Security Agency', 'government', { country: 'US', kind: 'government' });
const MFA = label('cn-mfa', 'Ministry of Foreign Affairs of China', 'government', { country: 'CN', kind: 'government' });
const MANDIANT = label('mandiant', 'Mandiant', 'private', { kind: 'company', securityVendor: true });

const s = (source: string, sentence: string, extra: Partial<Attribution> = {}): Attribution => att(source, extra.sourceKind ?? 'person', { sentence, ...extra });

interface Situation {
  id: NoteId;
  expect: boolean;
  what: string;
  r: Report;
}

const SITUATIONS: Situation[] = [
  // ---- single-source: one source (or one channel) carries the main claim
  { id: 'single-source', expect: true, what: 'one company quoted three times, nothing else', r: report({ attributions: [att('Acme Water', 'company'), att('Acme Water', 'company', { cue: 'added' }), att('Acme Water', 'company', { cue: 'told' })] }) },
  { id: 'single-source', expect: true, what: 'a ministry relayed through one outlet: one channel', r: report({ attributions: [att('Global Times', 'outlet', { label: GT, cue: 'reported' }), att('Ministry of State Security', 'government', { label: MSS, via: 0 })] }) },
  { id: 'single-source', expect: true, what: 'one source plus vague "experts say"', r: report({ attributions: [att('Acme Water', 'company'), att('experts', 'unspecified', { cue: 'say' })] }) },
  { id: 'single-source', expect: true, what: "a vendor's release: the vendor, its researcher (given with the vendor) and 'the report'", r: report({ attributions: [att('Ostrava Labs', 'company', { cue: 'published' }), att('report', 'document', { cue: 'according to' }), att('Petra Novak (Ostrava Labs)', 'researcher'), att('Ostrava Labs', 'company')] }) },
  { id: 'single-source', expect: false, what: 'two independent sources', r: report({ attributions: [att('Acme Water', 'company'), att('FBI', 'government', { label: FBI })] }) },
  { id: 'single-source', expect: false, what: 'no sources at all', r: report({ attributions: [] }) },

  // ---- anonymous-source
  { id: 'anonymous-source', expect: true, what: 'people familiar with the matter', r: report({ attributions: [att('two people familiar with the matter', 'anonymous')] }) },
  { id: 'anonymous-source', expect: true, what: 'an official who asked not to be named (kind not set by the engine)', r: report({ attributions: [att('a senior official who asked not to be named', 'person')] }) },
  { id: 'anonymous-source', expect: true, what: 'officials speaking on condition of anonymity', r: report({ attributions: [att('officials speaking on condition of anonymity', 'person')] }) },
  { id: 'anonymous-source', expect: false, what: 'named people only', r: report({ attributions: [att('Maria Lund', 'person'), att('Jane Roe', 'researcher')] }) },

  // ---- vague-source
  { id: 'vague-source', expect: true, what: '"experts say"', r: report({ attributions: [att('experts', 'unspecified', { cue: 'say' })] }) },
  { id: 'vague-source', expect: true, what: '"some analysts" as a person', r: report({ attributions: [att('Some analysts', 'person', { cue: 'caution' })] }) },
  { id: 'vague-source', expect: true, what: '"industry officials suspect" read as anonymous by the engine', r: report({ attributions: [s('Industry officials', 'Industry officials suspect a state-backed group may be behind the attack.', { sourceKind: 'anonymous', cue: 'suspect' })] }) },
  { id: 'vague-source', expect: true, what: '"security researchers" without names', r: report({ attributions: [att('security researchers', 'person', { cue: 'said' })] }) },
  { id: 'vague-source', expect: false, what: 'an anonymous source with a reason given is anonymous, not vague', r: report({ attributions: [s('two people familiar with the investigation', 'The attackers got in through a contractor, according to two people familiar with the investigation.', { sourceKind: 'anonymous' })] }) },
  { id: 'vague-source', expect: false, what: 'named sources', r: report({ attributions: [att('Maria Lund', 'person'), att('Mandiant', 'company', { label: MANDIANT })] }) },

  // ---- state-affiliated-source
  { id: 'state-affiliated-source', expect: true, what: 'the claim reaches the reader through a state outlet', r: report({ attributions: [att('Global Times', 'outlet', { label: GT, cue: 'reported' }), att('Ministry of State Security', 'government', { label: MSS, via: 0 })] }) },
  { id: 'state-affiliated-source', expect: true, what: 'a state news agency quoted among others', r: report({ attributions: [att('Korean Central News Agency', 'outlet', { label: KCNA }), att('Reuters', 'outlet', { label: REUTERS }), att('FBI', 'government', { label: FBI })] }) },
  { id: 'state-affiliated-source', expect: true, what: 'the publisher itself is state-controlled', r: report({ publisher: GT, attributions: [att('Ministry of State Security', 'government', { label: MSS })] }) },
  { id: 'state-affiliated-source', expect: false, what: 'a public broadcaster with editorial independence', r: report({ attributions: [att('BBC', 'outlet', { label: BBC })] }) },

  // ---- government-source
  { id: 'government-source', expect: true, what: 'a ministry is the only source', r: report({ attributions: [att('Ministry of State Security', 'government', { label: MSS })] }) },
  { id: 'government-source', expect: true, what: 'two agencies lead the story', r: report({ attributions: [att('FBI', 'government', { label: FBI }), att('CISA', 'government', { label: CISA }), att('Acme', 'company'), att('Beta Labs', 'company'), att('Jane Roe', 'researcher')] }) },
  {
    id: 'government-source',
    expect: true,
    what: 'several agencies (two or more bodies, three or more attributions) though the story opens with the company',
    r: report({ attributions: [att('Acme Water', 'company'), att('Acme Water', 'company'), att('Acme Water', 'company'), att('Jane Roe', 'researcher'), att('Beta Labs', 'company'), att('FBI', 'government', { label: FBI }), att('CISA', 'government', { label: CISA }), att('CISA', 'government', { label: CISA }), att('Gamma', 'company'), att('Acme Water', 'company')] }),
  },
  { id: 'government-source', expect: false, what: 'one agency advisory cited once among vendors and researchers', r: report({ attributions: [att('Acme', 'company'), att('Jane Roe', 'researcher'), att('Beta Labs', 'company'), att('CISA', 'government', { label: CISA }), att('Gamma', 'company')] }) },
  { id: 'government-source', expect: false, what: 'two passing mentions of one agency late in a long story', r: report({ attributions: [att('Acme', 'company'), att('Acme', 'company'), att('Jane Roe', 'researcher'), att('Beta Labs', 'company'), att('Gamma', 'company'), att('Delta', 'company'), att('CISA', 'government', { label: CISA }), att('CISA', 'government', { label: CISA })] }) },

  // ---- secondary-reporting
  { id: 'secondary-reporting', expect: true, what: 'a ministry statement relayed by another outlet', r: report({ attributions: [att('Global Times', 'outlet', { label: GT, cue: 'reported' }), att('Ministry of State Security', 'government', { label: MSS, via: 0 })] }) },
  { id: 'secondary-reporting', expect: true, what: '"according to a report by Reuters"', r: report({ attributions: [s('Reuters', 'The breach began in March, according to a report by Reuters.', { sourceKind: 'outlet', label: REUTERS, cue: 'according to' })] }) },
  { id: 'secondary-reporting', expect: true, what: '"as first reported by" an outlet', r: report({ attributions: [s('Bloomberg', 'The company paid the ransom, as first reported by Bloomberg.', { sourceKind: 'outlet', cue: 'as first reported by' })] }) },
  { id: 'secondary-reporting', expect: true, what: 'a state news agency "said"', r: report({ attributions: [s('Korean Central News Agency', 'The state-run Korean Central News Agency said the attacks were fabricated.', { sourceKind: 'outlet', label: KCNA, cue: 'said' })] }) },
  { id: 'secondary-reporting', expect: true, what: 'an outlet "told" its readers in an interview it published', r: report({ attributions: [s('The Wall Street Journal', 'The hackers were inside the network for months, The Wall Street Journal wrote on Tuesday.', { sourceKind: 'outlet', cue: 'wrote' })] }) },
  { id: 'secondary-reporting', expect: false, what: 'the only outlet is the publisher', r: report({ article: { ...report().article, siteName: 'Harbor Times' }, attributions: [att('Harbor Times', 'outlet', { cue: 'reported' })] }) },
  { id: 'secondary-reporting', expect: false, what: 'a company and an agency speaking for themselves', r: report({ attributions: [att('Acme', 'company'), att('FBI', 'government', { label: FBI })] }) },

  // ---- hedged-claims
  { id: 'hedged-claims', expect: true, what: '"allegedly" in the story', r: report({ hedges: [{ cue: 'allegedly', sentence: 'The group allegedly stole data.', kind: 'hedge' }] }) },
  { id: 'hedged-claims', expect: true, what: '"could not be independently verified"', r: report({ hedges: [{ cue: 'could not be independently verified', sentence: 'The claim could not be independently verified.', kind: 'hedge' }] }) },
  { id: 'hedged-claims', expect: false, what: 'estimative language only ("likely")', r: report({ hedges: [{ cue: 'likely', sentence: 'The actor is likely Russian.', kind: 'estimative' }] }) },

  // ---- publisher-disclaimer
  { id: 'publisher-disclaimer', expect: true, what: 'a liability disclaimer', r: report({ disclaimers: [{ kind: 'liability', text: 'The publisher assumes no liability for the accuracy of this content.' }] }) },
  { id: 'publisher-disclaimer', expect: true, what: 'sponsored content', r: report({ disclaimers: [{ kind: 'sponsored', text: 'Sponsored content' }] }) },
  { id: 'publisher-disclaimer', expect: true, what: 'AI-generated', r: report({ disclaimers: [{ kind: 'ai_generated', text: 'This article was generated with the help of AI.' }] }) },
  { id: 'publisher-disclaimer', expect: true, what: 'republished ("Source link")', r: report({ disclaimers: [{ kind: 'syndicated', text: 'Source link' }] }) },
  { id: 'publisher-disclaimer', expect: true, what: 'opinion with distancing', r: report({ disclaimers: [{ kind: 'opinion', text: "The views expressed are the author's own and do not necessarily reflect those of this site." }] }) },
  { id: 'publisher-disclaimer', expect: true, what: 'opinion "views are personal"', r: report({ disclaimers: [{ kind: 'opinion', text: 'Views are personal.' }] }) },
  { id: 'publisher-disclaimer', expect: false, what: 'a correction only', r: report({ disclaimers: [{ kind: 'correction', text: 'An earlier version of this article misstated a date.' }] }) },
  { id: 'publisher-disclaimer', expect: false, what: 'a bare "Opinion" section label', r: report({ disclaimers: [{ kind: 'opinion', text: 'Opinion' }] }) },

  // ---- no-primary-link
  { id: 'no-primary-link', expect: true, what: 'named agency cited, nothing linked', r: report({ attributions: [att('FBI', 'government', { label: FBI })] }) },
  { id: 'no-primary-link', expect: false, what: 'the statement is linked', r: report({ attributions: [att('FBI', 'government', { label: FBI })], evidence: { cves: [], indicators: 0, primaryLinks: ['https://www.fbi.gov/news/press-releases/x'] } }) },
  { id: 'no-primary-link', expect: false, what: 'only anonymous sources (nothing to link)', r: report({ attributions: [att('people familiar with the matter', 'anonymous')] }) },

  // ---- no-technical-evidence
  { id: 'no-technical-evidence', expect: true, what: 'an attribution claim with no CVE, indicator or detail', r: report({ attributions: [att('FBI', 'government', { label: FBI, sentence: 'The FBI said a foreign government was behind the attack.' })], evidence: { cves: [], indicators: 0, primaryLinks: [], technical: [] } }) },
  { id: 'no-technical-evidence', expect: true, what: 'only a bare technology word ("VPN"), nothing a reader could check', r: report({ attributions: [att('officials', 'anonymous')], evidence: { cves: [], indicators: 0, primaryLinks: [], technical: ['VPN', 'the malware'] } }) },
  { id: 'no-technical-evidence', expect: false, what: 'a named tool or tracked group', r: report({ attributions: [att('Mandiant', 'company', { label: MANDIANT })], evidence: { cves: [], indicators: 0, primaryLinks: [], technical: ['WINELOADER'] } }) },
  { id: 'no-technical-evidence', expect: false, what: 'one file name', r: report({ attributions: [att('Mandiant', 'company', { label: MANDIANT })], evidence: { cves: [], indicators: 0, primaryLinks: [], technical: ['invoice.pdf.exe'] } }) },
  { id: 'no-technical-evidence', expect: false, what: 'a CVE is named', r: report({ attributions: [att('CISA', 'government', { label: CISA })], evidence: { cves: ['CVE-2026-1234'], indicators: 0, primaryLinks: [], technical: [] } }) },
  { id: 'no-technical-evidence', expect: false, what: 'not security news', r: report({ isSecurityNews: false, attributions: [att('Acme', 'company')] }) },

  // ---- vendor-publisher
  { id: 'vendor-publisher', expect: true, what: 'the publisher is owned by a security vendor', r: report({ publisher: label('therecord', 'The Record', 'private', { kind: 'outlet', owner: 'Recorded Future', ownerIsSecurityVendor: true }) }) },
  { id: 'vendor-publisher', expect: true, what: "a vendor's own research blog, recognised from the page", r: report({ article: { ...report().article, siteName: 'Halyard Labs', vendor: 'Halyard Security' } }) },
  { id: 'vendor-publisher', expect: false, what: 'an ordinary newspaper', r: report({ publisher: REUTERS }) },

  // ---- interested-party
  { id: 'interested-party', expect: true, what: 'the US government accuses China', r: report({ attributions: [s('FBI', 'The FBI said hackers working for China breached the telecom networks.', { sourceKind: 'government', label: FBI })] }) },
  { id: 'interested-party', expect: true, what: "China's foreign ministry accuses the US (same rule, every country)", r: report({ attributions: [s('Chinese foreign ministry', 'The Chinese foreign ministry accused the United States of hacking Chinese universities.', { sourceKind: 'government', label: MFA })] }) },
  { id: 'interested-party', expect: true, what: 'a security vendor reports its own finding', r: report({ attributions: [s('Mandiant', 'Mandiant said it had tracked the group to a state-backed unit.', { sourceKind: 'company', label: MANDIANT })] }) },
  { id: 'interested-party', expect: false, what: 'a government on its own affairs', r: report({ attributions: [s('FBI', 'The FBI said it had arrested two men in Ohio for running a botnet.', { sourceKind: 'government', label: FBI })] }) },
];

describe('notes: situations a careful reader would expect them in', () => {
  for (const { id, expect: want, what, r } of SITUATIONS) {
    it(`${id} ${want ? 'fires' : 'is silent'}: ${what}`, () => {
      const note = NOTE_RULES[id].apply(r);
      if (want) expect(note?.id).toBe(id);
      else expect(note).toBeNull();
    });
  }
  it('every note id has at least one situation where it fires and one where it does not', () => {
    for (const id of Object.keys(NOTE_RULES) as NoteId[]) {
      expect(SITUATIONS.some((x) => x.id === id && x.expect), id).toBe(true);
      expect(SITUATIONS.some((x) => x.id === id && !x.expect), id).toBe(true);
    }
  });
});
