import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  exportSettings,
  importSettings,
  isSiteDisabled,
  loadSettings,
  migrate,
  parseSettings,
  resetSettings,
  saveSettings,
  SETTINGS_VERSION,
  validateCustomEntry,
  type SyncArea,
} from '../../src/shared/settings';

function memory(initial: Record<string, unknown> = {}): SyncArea & { data: Record<string, unknown> } {
  const s = {
    data: structuredClone(initial),
    async get() {
      return structuredClone(s.data);
    },
    async set(items: Record<string, unknown>) {
      Object.assign(s.data, structuredClone(items));
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete s.data[k];
    },
  };
  return s;
}

const goodLabel = {
  id: 'example-state-news',
  name: 'Example State News',
  aliases: ['ESN'],
  domains: ['esn.example.org'],
  country: 'cn',
  kind: 'outlet',
  affiliation: 'state_controlled',
  owner: 'Example Party',
  basis: [{ text: 'Owned by the party', url: 'https://example.org/why' }],
};

describe('settings defaults', () => {
  it('empty storage gives the defaults and resets nothing', () => {
    const p = parseSettings({});
    expect(p.settings).toEqual(defaultSettings());
    expect(p.reset).toEqual([]);
    expect(p.settings).toMatchObject({ highlight: true, badge: true, sensitivity: 'normal', disabledSites: [], hiddenNotes: [], customLabels: [] });
  });
  it('non-object storage gives the defaults', () => {
    expect(parseSettings('garbage').settings).toEqual(defaultSettings());
    expect(parseSettings([1, 2]).settings).toEqual(defaultSettings());
  });
});

describe('settings migrations run in order', () => {
  it('v0 → v2: renamed keys, site map and notes map, old sensitivity names', () => {
    const { data, from } = migrate({ highlighting: false, showBadge: false, siteEnabled: { 'a.example': false, 'b.example': true }, sensitivity: 'loose', notes: { 'single-source': false } });
    expect(from).toBe(0);
    expect(data.settingsVersion).toBe(SETTINGS_VERSION);
    const { settings, reset } = parseSettings(data);
    expect(reset).toEqual([]);
    expect(settings.highlight).toBe(false);
    expect(settings.badge).toBe(false);
    expect(settings.disabledSites).toEqual(['a.example']);
    expect(settings.sensitivity).toBe('relaxed');
    expect(settings.hiddenNotes).toEqual(['single-source']);
    expect(data).not.toHaveProperty('highlighting');
  });
  it('v1 data only runs the second migration', () => {
    const { data, from } = migrate({ settingsVersion: 1, sensitivity: 'default', highlighting: true, highlight: false });
    expect(from).toBe(1);
    expect(data.sensitivity).toBe('normal');
    // the 0 → 1 step did not run again: the stray old key is left for cleanup, not applied
    expect(parseSettings(data).settings.highlight).toBe(false);
  });
  it('current data is left alone', () => {
    const { data } = migrate({ settingsVersion: SETTINGS_VERSION, sensitivity: 'strict' });
    expect(data.sensitivity).toBe('strict');
  });
});

describe('each bad key is repaired alone', () => {
  const valid = { settingsVersion: SETTINGS_VERSION, disabledSites: ['example.com'], highlight: false, badge: false, hiddenNotes: ['single-source'], sensitivity: 'strict', customLabels: [goodLabel] };
  const bad: Record<string, unknown[]> = {
    disabledSites: ['not a list', [42], ['javascript:alert(1)'], new Array(600).fill('a.example')],
    highlight: ['yes', 1, null],
    badge: ['no', {}, 0],
    hiddenNotes: [['made-up-note'], 'single-source', [1]],
    sensitivity: ['paranoid', 3, ''],
    customLabels: [{}, [{ ...goodLabel, basis: [{ text: 'x', url: 'javascript:alert(1)' }] }], [{ ...goodLabel, affiliation: 'evil' }], [{ ...goodLabel, name: 'x'.repeat(5000) }]],
  };
  for (const [key, values] of Object.entries(bad)) {
    for (const v of values) {
      it(`${key} = ${JSON.stringify(v).slice(0, 40)} resets ${key} only`, () => {
        const { settings, reset } = parseSettings({ ...valid, [key]: v });
        expect(reset).toEqual([key]);
        expect(settings[key as keyof typeof settings]).toEqual(defaultSettings()[key as keyof typeof settings]);
        for (const other of Object.keys(bad).filter((k) => k !== key)) {
          expect(settings[other as keyof typeof settings], other).not.toEqual(undefined);
          expect(JSON.stringify(settings[other as keyof typeof settings])).not.toBe(JSON.stringify(defaultSettings()[other as keyof typeof settings]));
        }
      });
    }
  }
});

describe('custom labels', () => {
  it('accepts and cleans a good label', () => {
    const r = validateCustomEntry({ ...goodLabel, name: '  Example\u202e State News ' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.entry.name).toBe('Example State News');
      expect(r.entry.country).toBe('CN');
      expect(r.entry.history).toEqual([]);
    }
  });
  it('names every bad field', () => {
    const r = validateCustomEntry({ id: 'Bad Id', name: '', aliases: 'x', domains: ['not a host'], country: 'China', kind: 'alien', affiliation: 'x', basis: [{ text: 't', url: 'data:text/html,hi' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.sort()).toEqual(['affiliation', 'aliases', 'basis', 'country', 'domains', 'id', 'kind', 'name'].sort());
  });
  it('accepts a path-scoped domain and strips the scheme', () => {
    const r = validateCustomEntry({ ...goodLabel, domains: ['https://www.portswigger.net/daily-swig/'] });
    expect(r.ok && r.entry.domains).toEqual(['portswigger.net/daily-swig']);
  });
});

describe('site off-list', () => {
  it('covers the host and its subdomains only', () => {
    const s = { disabledSites: ['example.com'] };
    expect(isSiteDisabled('https://example.com/a', s)).toBe(true);
    expect(isSiteDisabled('https://news.example.com/a', s)).toBe(true);
    expect(isSiteDisabled('https://www.example.com/a', s)).toBe(true);
    expect(isSiteDisabled('https://notexample.com/a', s)).toBe(false);
  });
});

describe('import and export', () => {
  it('round-trips', () => {
    const s = { ...defaultSettings(), highlight: false, disabledSites: ['x.example'] };
    const r = importSettings(exportSettings(s));
    expect(r).toEqual({ settings: s, reset: [] });
  });
  it('rejects a file that is not JSON or not an object', () => {
    expect(importSettings('{nope')).toEqual({ error: 'not-json' });
    expect(importSettings('[1,2]')).toEqual({ error: 'not-object' });
  });
  it('imports the good keys of a partly corrupt file and names the bad ones', () => {
    const r = importSettings(JSON.stringify({ highlight: false, badge: 'maybe', unknownKey: 1 }));
    expect('settings' in r && r.settings.highlight).toBe(false);
    expect('reset' in r && r.reset).toEqual(['badge']);
  });
});

describe('storage wrappers', () => {
  it('load migrates old data in storage and drops obsolete keys, but does not hide a repair', async () => {
    const store = memory({ highlighting: false, badge: 'broken' });
    const r = await loadSettings(store);
    expect(r.settings.highlight).toBe(false);
    expect(r.reset).toEqual(['badge']);
    expect(store.data.settingsVersion).toBe(SETTINGS_VERSION);
    expect(store.data).not.toHaveProperty('highlighting');
    expect(store.data.highlight).toBe(false);
    expect(store.data.badge).toBe('broken'); // still there: the options page reports it, then saves the repair
  });
  it('save refuses invalid values and stores the valid ones', async () => {
    const store = memory();
    const refused = await saveSettings({ highlight: false, sensitivity: 'nope' as never }, store);
    expect(refused).toEqual(['sensitivity']);
    expect(store.data.highlight).toBe(false);
    expect(store.data).not.toHaveProperty('sensitivity');
  });
  it('reset writes the defaults and removes unknown keys', async () => {
    const store = memory({ highlight: false, junk: 1 });
    await resetSettings(store);
    expect(store.data).not.toHaveProperty('junk');
    expect(parseSettings(store.data).settings).toEqual(defaultSettings());
  });
});
