import { describe, expect, it } from 'vitest';
import { buildNotes } from '../../src/core/notes';
import { NOTE_RULES } from '../../src/core/notes/index';
import { emptyReport, type Attribution, type Disclaimer, type Hedge, type NoteId, type Report } from '../../src/core/report';
import { att, label, report } from './helpers/hand-built';

/** Hand-built inputs: no dependency on the attribution engine. */
const GT = label('global-times', 'Global Times', 'state_controlled', { country: 'CN', kind: 'outlet' });
const MSS = label('cn-mss', 'Ministry of State Security', 'government', { country: 'CN', kind: 'government' });
const run = (id: NoteId, r: Report) => NOTE_RULES[id].apply(r);

describe('state-affiliated-source', () => {
  it('fires when the claim reaches the reader through a state outlet, naming outlet and country', () => {
    const r = report({ attributions: [att('Global Times', 'outlet', { label: GT, cue: 'according to' }), att('MSS', 'government', { label: MSS, via: 0 })] });
    const n = run('state-affiliated-source', r)!;
    expect(n.text).toBe('The main claim comes from Global Times, a state-affiliated outlet in China.');
    expect(n).toMatchObject({ severity: 'warning', messageKey: 'note_state_affiliated_source', args: ['Global Times', 'China'] });
    expect(n.refs?.attributions).toEqual([0, 1]);
  });
  it('fires for a state-controlled publisher', () => {
    const n = run('state-affiliated-source', report({ publisher: label('cgtn', 'CGTN', 'state_controlled', { country: 'CN' }) }))!;
    expect(n.messageKey).toBe('note_state_affiliated_source_publisher');
    expect(n.text).toContain('published by CGTN');
  });
  it('uses the article\'s own description when the outlet has no label', () => {
    const a = att('Example Daily', 'outlet', { sentence: 'Example Daily, a state-run newspaper, said the hack came from abroad.' });
    expect(run('state-affiliated-source', report({ attributions: [a] }))?.messageKey).toBe('note_state_affiliated_source_nocountry');
  });
  it('is silent for private and publicly funded independent outlets', () => {
    const r = report({ attributions: [att('BBC', 'outlet', { label: label('bbc', 'BBC', 'state_funded_independent', { country: 'GB' }) }), att('Reuters', 'outlet', { label: label('reuters', 'Reuters', 'private') })] });
    expect(run('state-affiliated-source', r)).toBeNull();
  });
});

describe('government-source', () => {
  it('names one body once when the article uses a short and a long name', () => {
    const r = report({ attributions: [att('the bureau', 'government'), att('Wuhan Municipal Emergency Management Bureau', 'government')] });
    expect(run('government-source', r)?.args).toEqual(['Wuhan Municipal Emergency Management Bureau']);
  });
  it('fires for a government body that carries the story and points at its attributions', () => {
    const r = report({ attributions: [att('Acme', 'company'), att('Ministry of State Security', 'government', { label: MSS }), att('Ministry of State Security', 'government', { label: MSS })] });
    const n = run('government-source', r)!;
    expect(n.args).toEqual(['Ministry of State Security']);
    expect(n.refs?.attributions).toEqual([1, 2]);
  });
  it('is silent for one passing government attribution among other sources (issue 3)', () => {
    const r = report({ attributions: [att('Acme', 'company'), att('Jane Roe', 'researcher'), att('Beta Labs', 'company'), att('CISA', 'government')] });
    expect(run('government-source', r)).toBeNull();
  });
  it('fires when two government attributions lead the story even if other sources follow', () => {
    const r = report({ attributions: [att('CISA', 'government'), att('CISA', 'government'), att('Acme', 'company'), att('Beta Labs', 'company'), att('Jane Roe', 'researcher'), att('Gamma', 'company')] });
    expect(run('government-source', r)).not.toBeNull();
  });
  it('recognises an unlabelled agency by name', () => {
    expect(run('government-source', report({ attributions: [att('the city emergency management bureau', 'person')] }))).not.toBeNull();
  });
  it('is silent for companies and researchers', () => {
    expect(run('government-source', report({ attributions: [att('Mandiant', 'company'), att('Jane Roe', 'researcher')] }))).toBeNull();
  });
});

describe('anonymous-source', () => {
  it('fires for unnamed sources', () => {
    const n = run('anonymous-source', report({ attributions: [att('a person familiar with the matter', 'anonymous'), att('CISA', 'government')] }))!;
    expect(n.text).toContain('a person familiar with the matter');
    expect(n.refs?.attributions).toEqual([0]);
  });
  it('recognises "a Senate staffer" even when the kind was not set', () => {
    expect(run('anonymous-source', report({ attributions: [att('a Senate staffer', 'person')] }))).not.toBeNull();
  });
  it('is silent for named people', () => {
    expect(run('anonymous-source', report({ attributions: [att('Jen Easterly', 'person')] }))).toBeNull();
  });
});

describe('vague-source', () => {
  it('fires for unspecified sources', () => {
    const n = run('vague-source', report({ attributions: [att('experts', 'unspecified'), att('some security specialists', 'unspecified')] }))!;
    expect(n.args).toEqual(['experts and some security specialists']);
  });
  it('is silent for named sources', () => {
    expect(run('vague-source', report({ attributions: [att('Mandiant', 'company')] }))).toBeNull();
  });
});

describe('secondary-reporting', () => {
  it('fires when another outlet relays the claim', () => {
    const r = report({ attributions: [att('Global Times', 'outlet', { label: GT, cue: 'according to' }), att('MSS', 'government', { via: 0 })] });
    const n = run('secondary-reporting', r)!;
    expect(n.text).toBe('The article relays reporting by Global Times rather than its own reporting.');
    expect(n.refs?.attributions).toEqual([0, 1]);
  });
  it('fires for "according to a report by" an outlet', () => {
    expect(run('secondary-reporting', report({ attributions: [att('Example Herald', 'outlet', { cue: 'according to', sentence: 'The ministry cut ties, according to the Example Herald.' })] }))).not.toBeNull();
  });
  it('knows a publisher missing from the database by its site name', () => {
    const r = report({ article: { ...emptyReport(null).article, siteName: 'Example Wire' }, attributions: [att('Example Wire', 'outlet', { cue: 'reported' })] });
    expect(run('secondary-reporting', r)).toBeNull();
  });
  it('is silent when the only outlet is the publisher, or there is none', () => {
    const pub = label('news', 'Example News', 'private');
    expect(run('secondary-reporting', report({ publisher: pub, attributions: [att('Example News', 'outlet', { label: pub, cue: 'reported' })] }))).toBeNull();
    expect(run('secondary-reporting', report({ attributions: [att('CISA', 'government')] }))).toBeNull();
  });
});

describe('single-source', () => {
  it('fires when every attribution runs through one channel', () => {
    const r = report({ attributions: [att('Global Times', 'outlet', { label: GT }), att('MSS', 'government', { via: 0 }), att('the ministry', 'government', { via: 0 })] });
    const n = run('single-source', r)!;
    expect(n.text).toBe('The central claim rests on one source, Global Times. The article cites no independent confirmation.');
    expect(n.refs?.attributions).toEqual([0, 1, 2]);
  });
  it('leaves unspecified sources out of the count ("investigations revealed")', () => {
    const r = report({ attributions: [att('Global Times', 'outlet', { label: GT }), att('Investigations', 'unspecified'), att('MSS', 'government', { via: 0 })] });
    expect(run('single-source', r)?.refs?.attributions).toEqual([0, 2]);
  });
  it('is silent with two independent sources', () => {
    expect(run('single-source', report({ attributions: [att('Mandiant', 'company'), att('CrowdStrike', 'company')] }))).toBeNull();
  });
  it('is silent with no sources, and survives a via cycle', () => {
    expect(run('single-source', report())).toBeNull();
    expect(() => run('single-source', report({ attributions: [att('A', 'outlet', { via: 1 }), att('B', 'outlet', { via: 0 })] }))).not.toThrow();
  });
});

describe('hedged-claims', () => {
  const h = (cue: string, kind: Hedge['kind'] = 'hedge'): Hedge => ({ cue, sentence: `It ${cue} happened.`, kind });
  it('fires on hedges and quotes their cues', () => {
    const n = run('hedged-claims', report({ hedges: [h('allegedly'), h('likely', 'estimative'), h('purportedly')] }))!;
    expect(n.args).toEqual(['“allegedly”, “purportedly”']);
    expect(n.refs?.hedges).toEqual([0, 2]);
  });
  it('is silent for estimative language alone', () => {
    expect(run('hedged-claims', report({ hedges: [h('likely', 'estimative')] }))).toBeNull();
  });
});

describe('publisher-disclaimer', () => {
  const d = (kind: Disclaimer['kind'], text: string): Disclaimer => ({ kind, text });
  it('fires on a liability disclaimer and quotes it', () => {
    const n = run('publisher-disclaimer', report({ disclaimers: [d('liability', 'The site assumes no liability for accuracy.')] }))!;
    expect(n.messageKey).toBe('note_publisher_disclaimer');
    expect(n.text).toContain('assumes no liability');
  });
  it('names sponsored, AI and syndicated content by their own message', () => {
    expect(run('publisher-disclaimer', report({ disclaimers: [d('sponsored', 'Sponsored')] }))?.messageKey).toBe('note_publisher_disclaimer_sponsored');
    expect(run('publisher-disclaimer', report({ disclaimers: [d('ai_generated', 'AI-assisted')] }))?.messageKey).toBe('note_publisher_disclaimer_ai_generated');
    expect(run('publisher-disclaimer', report({ disclaimers: [d('opinion', 'Opinion'), d('syndicated', 'Source link')] }))?.refs?.disclaimers).toEqual([1]);
  });
  it('is silent for opinion labels and corrections', () => {
    expect(run('publisher-disclaimer', report({ disclaimers: [d('opinion', 'Opinion'), d('correction', 'Correction: a date was wrong.')] }))).toBeNull();
  });
  it('fires for an opinion disclaimer that distances the publisher from the views (issue 3)', () => {
    const n = run('publisher-disclaimer', report({ disclaimers: [d('opinion', 'Opinion'), d('opinion', 'Opinions in this essay belong to the writer and do not represent the Harbour Ledger.')] }))!;
    expect(n.messageKey).toBe('note_publisher_disclaimer_opinion');
    expect(n.refs?.disclaimers).toEqual([1]);
  });
});

describe('no-primary-link', () => {
  it('fires when named sources are cited and nothing primary is linked', () => {
    const n = run('no-primary-link', report({ attributions: [att('CISA', 'government'), att('experts', 'unspecified')] }))!;
    expect(n.args).toEqual(['CISA']);
  });
  it('is silent when a primary link is present', () => {
    const r = report({ attributions: [att('CISA', 'government')], evidence: { cves: [], indicators: 0, primaryLinks: ['https://www.cisa.gov/x'] } });
    expect(run('no-primary-link', r)).toBeNull();
  });
  it('does not count the publisher speaking in the first person', () => {
    expect(run('no-primary-link', report({ attributions: [att('Our threat intelligence team', 'company')] }))).toBeNull();
  });
  it('is silent when only anonymous or vague sources are cited', () => {
    expect(run('no-primary-link', report({ attributions: [att('experts', 'unspecified'), att('an official', 'anonymous')] }))).toBeNull();
  });
});

describe('no-technical-evidence', () => {
  const attrs = [att('MSS', 'government')];
  it('fires for a security claim with no CVE, indicator or technical detail', () => {
    expect(run('no-technical-evidence', report({ attributions: attrs, evidence: { cves: [], indicators: 0, primaryLinks: [], technical: [] } }))).not.toBeNull();
  });
  it('is silent with a CVE, an indicator or technical detail', () => {
    for (const evidence of [
      { cves: ['CVE-2024-1'], indicators: 0, primaryLinks: [], technical: [] },
      { cves: [], indicators: 3, primaryLinks: [], technical: [] },
      { cves: [], indicators: 0, primaryLinks: [], technical: ['UNC4736'] },
    ]) expect(run('no-technical-evidence', report({ attributions: attrs, evidence }))).toBeNull();
  });
  it('is silent on pages that are not security news or have no claim', () => {
    expect(run('no-technical-evidence', report({ isSecurityNews: false, attributions: attrs }))).toBeNull();
    expect(run('no-technical-evidence', report())).toBeNull();
  });
});

describe('vendor-publisher', () => {
  it('fires when the publisher is owned by a security vendor', () => {
    const n = run('vendor-publisher', report({ publisher: label('blog', 'Example Threat Blog', 'private', { owner: 'Example Security Inc.', ownerIsSecurityVendor: true }) }))!;
    expect(n.args).toEqual(['Example Threat Blog', 'Example Security Inc.']);
  });
  it('fires, with its own wording, when the publisher is itself a security vendor (its research blog)', () => {
    const n = run('vendor-publisher', report({ publisher: label('vendor', 'Example Security', 'private', { kind: 'company', securityVendor: true }) }))!;
    expect(n.messageKey).toBe('note_vendor_publisher_self');
    expect(n.args).toEqual(['Example Security']);
  });
  it('is silent otherwise', () => {
    expect(run('vendor-publisher', report({ publisher: label('maker', 'Example Hardware', 'private', { kind: 'company' }) }))).toBeNull();
    expect(run('vendor-publisher', report({ publisher: label('news', 'Example News', 'private') }))).toBeNull();
    expect(run('vendor-publisher', report())).toBeNull();
  });
});

describe('interested-party', () => {
  const accuse = (source: string, country: string, sentence: string) =>
    report({ attributions: [att(source, 'government', { label: label(source, source, 'government', { country }), sentence })] });
  it('applies the same way to every country', () => {
    const us = run('interested-party', accuse('White House', 'US', 'The White House said Chinese state hackers carried out the intrusion.'))!;
    const cn = run('interested-party', accuse('Foreign Ministry', 'CN', 'The Foreign Ministry said US intelligence agencies carried out cyberattacks on Chinese targets.'))!;
    expect(us.args).toEqual(['White House', 'China']);
    expect(cn.args).toEqual(['Foreign Ministry', 'the United States']);
    expect(us.messageKey).toBe(cn.messageKey);
  });
  it('fires for an unnamed foreign state', () => {
    expect(run('interested-party', accuse('Ministry of State Security', 'CN', 'The MSS said a foreign intelligence agency conducted the cyberattack.'))?.messageKey).toBe('note_interested_party_unnamed');
  });
  it('fires for a security vendor making a threat finding', () => {
    const r = report({ attributions: [att('Mandiant', 'company', { sentence: 'Mandiant attributed the intrusion to a cluster it tracks as UNC4736.' })] });
    expect(run('interested-party', r)?.messageKey).toBe('note_interested_party_vendor');
  });
  it('knows a vendor from its database label when the name alone does not say so', () => {
    const l = label('acme', 'Acme Defence Labs', 'private', { kind: 'company', securityVendor: true });
    const r = report({ attributions: [att('Acme Defence Labs', 'company', { label: l, sentence: 'Acme Defence Labs linked the intrusion to a cluster it tracks.' })] });
    expect(run('interested-party', r)?.messageKey).toBe('note_interested_party_vendor');
  });
  it('is silent when a government speaks about its own affairs, and for ordinary companies', () => {
    expect(run('interested-party', accuse('CISA', 'US', 'CISA said US hospitals should patch their VPN appliances.'))).toBeNull();
    expect(run('interested-party', report({ attributions: [att('Trading Technologies', 'company', { sentence: 'Trading Technologies said the software was retired in 2020.' })] }))).toBeNull();
  });
});

describe('buildNotes', () => {
  it('orders notes by severity and never throws on odd reports', () => {
    const r = report({
      attributions: [att('Global Times', 'outlet', { label: GT, cue: 'according to' }), att('MSS', 'government', { label: MSS, via: 0 })],
      hedges: [{ cue: 'allegedly', sentence: 'x', kind: 'hedge' }],
    });
    const sev = buildNotes(r).map((n) => n.severity);
    const rank = { warning: 0, caution: 1, info: 2 } as const;
    expect(sev.length).toBeGreaterThan(3);
    expect([...sev].sort((a, b) => rank[a] - rank[b])).toEqual(sev);
    expect(() => buildNotes({ ...r, attributions: [null as unknown as Attribution] })).not.toThrow();
  });
});
