import { describe, expect, it } from 'vitest';
import { mergeCustom, validateCustomEntry } from '../../src/sources/custom';
import { BUNDLED_ENTRIES, createDirectory } from '../../src/sources/index';

const good = { name: 'Example Wire', affiliation: 'private', domains: ['examplewire.test'], aliases: ['EW News'], basis: [{ text: 'My own note', url: 'https://examplewire.test/about' }] };
const err = (x: unknown) => {
  const r = validateCustomEntry(x);
  return 'error' in r ? r.error : null;
};

describe('validateCustomEntry', () => {
  it('accepts a minimal entry and marks it custom', () => {
    const r = validateCustomEntry(good);
    expect('ok' in r && r.ok).toMatchObject({ id: 'custom-example-wire', name: 'Example Wire', custom: true, kind: 'outlet', country: null });
  });
  it.each([
    [null, /object/],
    ['Global Times', /object/],
    [{ ...good, name: '' }, /name/],
    [{ ...good, name: 'x'.repeat(201) }, /name/],
    [{ ...good, affiliation: 'state media' }, /affiliation/],
    [{ ...good, affiliation: undefined }, /affiliation/],
    [{ ...good, kind: 'ministry' }, /kind/],
    [{ ...good, id: '../etc' }, /id/],
    [{ ...good, aliases: 'EW' }, /aliases/],
    [{ ...good, aliases: Array(21).fill('a') }, /aliases/],
    [{ ...good, domains: ['javascript:alert(1)'] }, /domains/],
    [{ ...good, domains: ['not a domain'] }, /domains/],
    [{ ...good, basis: [{ text: 'x', url: 'javascript:alert(1)' }] }, /http/],
    [{ ...good, basis: [{ text: 'x', url: 'data:text/html,hi' }] }, /http/],
    [{ ...good, basis: [{ text: 'y'.repeat(501), url: 'https://a.test' }] }, /text/],
    [{ ...good, history: [{ date: 'yesterday', text: 'x' }] }, /date/],
    [{ ...good, country: 'Narnia' }, /country/],
  ])('rejects %#', (x, re) => expect(err(x)).toMatch(re));
  it('normalises domains', () => {
    const r = validateCustomEntry({ ...good, domains: ['HTTPS://News.Example.test/Section/'] });
    expect('ok' in r && r.ok.domains).toEqual(['news.example.test/section']);
  });
});

describe('mergeCustom', () => {
  it('overrides bundled ids in place and adds new entries, reporting rejects', () => {
    const { entries, rejected } = mergeCustom(BUNDLED_ENTRIES, [
      { id: 'ru-rt', name: 'RT', affiliation: 'unknown' },
      good,
      { name: 'Broken', affiliation: 'nope' },
      { ...good },
    ]);
    expect(rejected.map((r) => r.index)).toEqual([2, 3]);
    expect(entries.filter((e) => e.id === 'ru-rt')).toHaveLength(1);
    const db = createDirectory(entries, 't');
    expect(db.byName('RT')).toMatchObject({ affiliation: 'unknown', custom: true });
    expect(db.byUrl('https://examplewire.test/x')).toMatchObject({ name: 'Example Wire', custom: true });
    // Bundled labels stay untouched and unmarked.
    expect(db.byName('Global Times')).toMatchObject({ affiliation: 'state_controlled' });
    expect(db.byName('Global Times')!.custom).toBeUndefined();
  });
  it('lets a custom name win over a bundled alias', () => {
    const { entries } = mergeCustom(BUNDLED_ENTRIES, [{ name: 'Reuters', affiliation: 'unknown' }]);
    expect(createDirectory(entries, 't').byName('Reuters')).toMatchObject({ id: 'custom-reuters', custom: true });
  });
  it('ignores non-lists safely', () => {
    expect(mergeCustom(BUNDLED_ENTRIES, 'x').entries.length).toBe(BUNDLED_ENTRIES.length);
    expect(mergeCustom(BUNDLED_ENTRIES, undefined).rejected).toEqual([]);
  });
});
