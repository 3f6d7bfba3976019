/**
 * A report modelled on the seed story (written for the tests, not copied):
 * The Cyber Express relays a Global Times report of claims by China's
 * Ministry of State Security, hedged with "allegedly" / "purportedly", with a
 * liability disclaimer at the foot of the page.
 */
import type { Report, SourceLabel } from '../../src/core/report';

export const PUBLISHER: SourceLabel = {
  id: 'thecyberexpress',
  name: 'The Cyber Express',
  country: null,
  affiliation: 'private',
  owner: 'Cyble Inc.',
  ownerIsSecurityVendor: true,
  basis: [{ text: 'Published by a threat-intelligence company', url: 'https://thecyberexpress.com/about-us/' }],
  kind: 'outlet',
  asOf: '2026-11-26',
  history: [],
};

export const GLOBAL_TIMES: SourceLabel = {
  id: 'cn-globaltimes',
  name: 'Global Times',
  country: 'CN',
  affiliation: 'state_controlled',
  owner: "People's Daily (Chinese Communist Party)",
  basis: [{ text: 'A tabloid published under the party newspaper People’s Daily', url: 'https://en.wikipedia.org/wiki/Global_Times' }],
  kind: 'outlet',
  asOf: '2026-11-26',
  history: [{ date: '2020-06-22', text: 'The US State Department designated its parent a foreign mission.', url: 'https://www.state.gov/' }],
};

export const MSS: SourceLabel = {
  id: 'cn-mss',
  name: 'Ministry of State Security',
  country: 'CN',
  affiliation: 'government',
  owner: 'State Council of the People’s Republic of China',
  basis: [{ text: 'China’s civilian intelligence agency', url: 'https://en.wikipedia.org/wiki/Ministry_of_State_Security_(China)' }],
  kind: 'government',
  asOf: '2026-11-26',
  history: [],
};

export const S_GT = 'According to the Global Times, the attack allegedly came from a foreign intelligence agency.';
export const S_MSS = 'The Ministry of State Security said in a statement that the intruders purportedly stole seismic data.';
export const S_MSS2 = 'The MSS added that more details would follow.';
export const S_DISC = 'The Cyber Express does not guarantee the accuracy of third-party information and accepts no liability for it.';

export function seedReport(labels: { publisher?: SourceLabel; gt?: SourceLabel; mss?: SourceLabel } = {}): Report {
  return {
    schemaVersion: 1,
    url: 'https://thecyberexpress.com/seismic-center-claims/',
    isArticle: true,
    isSecurityNews: true,
    detection: { score: 0.9, reasons: ['The page declares itself an article'] },
    article: { title: 'China says a seismic monitoring centre was hacked', siteName: 'The Cyber Express', byline: null, published: '2023-07-27', wordCount: 480 },
    publisher: labels.publisher ?? PUBLISHER,
    attributions: [
      { source: 'Global Times', sourceKind: 'outlet', cue: 'according to', sentence: S_GT, label: labels.gt ?? GLOBAL_TIMES, via: null },
      { source: 'Ministry of State Security', sourceKind: 'government', cue: 'said', sentence: S_MSS, label: labels.mss ?? MSS, via: 0 },
      { source: 'MSS', sourceKind: 'government', cue: 'added', sentence: S_MSS2, label: labels.mss ?? MSS, via: 0 },
    ],
    hedges: [
      { cue: 'allegedly', sentence: S_GT, kind: 'hedge' },
      { cue: 'purportedly', sentence: S_MSS, kind: 'hedge' },
    ],
    disclaimers: [{ kind: 'liability', text: S_DISC }],
    evidence: { cves: [], indicators: 0, primaryLinks: [] },
    cyberAttributions: [],
    notes: [
      { id: 'state-affiliated-source', severity: 'warning', text: 'The main claim comes from Global Times, a state-affiliated outlet in China.', messageKey: 'note_state_affiliated_source', args: ['Global Times', 'China'], refs: { attributions: [0, 1, 2] } },
      { id: 'hedged-claims', severity: 'caution', text: 'The article hedges its claims ("allegedly").', refs: { hedges: [0] } },
      { id: 'publisher-disclaimer', severity: 'caution', text: 'The Cyber Express states it does not guarantee the accuracy of this content.', refs: { disclaimers: [0] } },
      { id: 'no-technical-evidence', severity: 'info', text: 'The article shows no technical evidence.' },
    ],
    acronyms: [{ short: 'MSS', long: 'Ministry of State Security' }],
  };
}
