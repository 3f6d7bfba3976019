import { describe, expect, it } from 'vitest';
import { labelById } from '../../src/sources/index';
import { affiliationKey, countryName, whyItems } from '../../src/sources/wording';

describe('affiliationKey', () => {
  it('follows the notes conventions', () => {
    expect(affiliationKey(labelById('cn-globaltimes')!)).toEqual({ key: 'label_state_media', args: ['CN'] });
    expect(affiliationKey(labelById('gb-bbc')!)).toEqual({ key: 'label_state_funded_independent', args: ['GB'] });
    expect(affiliationKey(labelById('cn-mss')!)).toEqual({ key: 'label_government', args: ['CN'] });
    expect(affiliationKey(labelById('therecord')!)).toEqual({ key: 'label_vendor_owned_outlet', args: [labelById('therecord')!.owner] });
    expect(affiliationKey(labelById('us-crowdstrike')!)).toEqual({ key: 'label_company', args: ['US'] });
    expect(affiliationKey(labelById('thecyberexpress')!)).toEqual({ key: 'label_unknown', args: [] });
    expect(affiliationKey({ ...labelById('cn-mss')!, country: null })).toEqual({ key: 'label_government_nc', args: [] });
  });
  it('names countries', () => {
    expect(countryName('CN')).toBe('China');
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('EU')).toBe('European Union');
    expect(countryName(null)).toBe('');
  });
});

describe('whyItems', () => {
  it('lists owner, basis with links, dated history (ended ones apart), RSP with credit and the as-of date', () => {
    const items = whyItems(labelById('ru-rt')!);
    const kinds = items.map((i) => i.kind);
    expect(kinds[0]).toBe('owner');
    expect(kinds).toContain('basis');
    expect(kinds.slice(-3)).toEqual(['rsp', 'rsp_credit', 'as_of']);
    const tw = items.find((i) => i.kind === 'history' && /Twitter/.test(i.args[0]!));
    expect(tw).toMatchObject({ key: 'why_history_ended', args: [expect.any(String), '2020-08', '2023-04'] });
    const eu = items.find((i) => i.kind === 'history' && i.args[1] === '2022-03-02');
    expect(eu?.key).toBe('why_history');
    for (const i of items) if ('url' in i && i.url) expect(i.url).toMatch(/^https:\/\//);
  });
  it('drops non-http links and marks custom labels', () => {
    const items = whyItems({ id: 'c', name: 'C', country: null, affiliation: 'private', owner: null, custom: true, basis: [{ text: 'bad', url: 'javascript:alert(1)' }] });
    expect(items.map((i) => i.kind)).toEqual(['custom']);
  });
});
