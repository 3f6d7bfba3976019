/**
 * Property tests (fast-check) for stored settings and custom labels (issue 8):
 * whatever storage.sync holds — random values, corrupt keys, hand-edited
 * labels with script URLs or huge strings — parsing never throws, always
 * yields a valid `Settings`, keeps every valid key the reader had, names each
 * key it reset, and rejects bad custom labels one by one without dropping the
 * good ones. Every label the settings accept is also accepted by the source
 * directory's merge (else it would be dropped silently on its way to the
 * content script). Set CREDENCE_FC_RUNS to run more cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultSettings,
  exportSettings,
  importSettings,
  LIMITS,
  NOTE_IDS,
  parseSettings,
  repairCustomLabels,
  saveSettings,
  SENSITIVITIES,
  SETTING_KEYS,
  SETTINGS_VERSION,
  validateCustomEntry,
  validateSettings,
  type Settings,
  type SettingKey,
  type SyncArea,
} from '../../src/shared/settings';
import { mergeCustom } from '../../src/sources/custom';
import { toLabel } from '../../src/sources/directory';
import { emptyReport } from '../../src/core/report';
import { validateReport } from '../../src/core/validate-report';

const RUNS = Number(process.env.CREDENCE_FC_RUNS) || 200;
const opts = { numRuns: RUNS };

// ---- valid values -------------------------------------------------------------

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
const host = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'org', 'example', 'net', 'de'))
  .map(([ls, tld]) => [...ls, tld].join('.'))
  .filter((h) => !h.startsWith('www.'));
const nameArb = fc.array(fc.stringMatching(/^[A-Z][a-z]{1,10}$/), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);
const httpUrl = fc.tuple(fc.constantFrom('https://', 'http://'), host, fc.stringMatching(/^[a-z0-9/]{0,20}$/)).map(([s, h, p]) => `${s}${h}/${p}`);

const validLabel = fc.record({
  id: idArb,
  name: nameArb,
  aliases: fc.array(nameArb, { maxLength: 3 }),
  domains: fc.uniqueArray(host, { maxLength: 3 }),
  country: fc.constantFrom(null, 'CN', 'RU', 'NO', 'US', 'EU'),
  kind: fc.constantFrom('outlet', 'government', 'company', 'researcher'),
  affiliation: fc.constantFrom('state_controlled', 'state_funded_independent', 'government', 'private', 'unknown'),
  owner: fc.option(nameArb, { nil: null }),
  basis: fc.array(fc.record({ text: nameArb.map((n) => `Basis: ${n}`), url: httpUrl }), { maxLength: 2 }),
  asOf: fc.constant('2025-01-02'),
});

const validValue: { [K in SettingKey]: fc.Arbitrary<unknown> } = {
  disabledSites: fc.uniqueArray(host, { maxLength: 8 }),
  highlight: fc.boolean(),
  badge: fc.boolean(),
  hiddenNotes: fc.uniqueArray(fc.constantFrom(...NOTE_IDS)),
  sensitivity: fc.constantFrom(...SENSITIVITIES),
  customLabels: fc.uniqueArray(validLabel, { maxLength: 4, selector: (l) => l.id }),
};

// ---- invalid values -----------------------------------------------------------

const notArray = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }));
const badScheme = fc.constantFrom('javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'ftp://x.example/', 'file:///etc/passwd', '//x.example/', 'https://', '');
const huge = fc.integer({ min: 450, max: 20_000 }).map((n) => 'W'.repeat(n));

const invalidValue: { [K in SettingKey]: fc.Arbitrary<unknown> } = {
  disabledSites: fc.oneof(
    notArray,
    fc.array(fc.oneof(fc.integer(), fc.constant(null), badScheme.filter((s) => s !== '' && !s.startsWith('//') && !s.startsWith('https://'))), { minLength: 1, maxLength: 3 }),
    fc.constant(new Array(LIMITS.sites + 1).fill('a.example')),
  ),
  highlight: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.boolean(), { maxLength: 2 })),
  badge: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object({ maxDepth: 1 })),
  hiddenNotes: fc.oneof(notArray.filter((v) => v !== null), fc.array(fc.oneof(fc.string().filter((s) => !(NOTE_IDS as readonly string[]).includes(s)), fc.integer()), { minLength: 1, maxLength: 3 })),
  sensitivity: fc.oneof(fc.string().filter((s) => !(SENSITIVITIES as readonly string[]).includes(s)), fc.integer(), fc.constant(null), fc.boolean()),
  customLabels: notArray,
};

/** One custom label made invalid in one specific way. */
const badLabel = fc.oneof(
  fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 })),
  validLabel.chain((l) => badScheme.map((url) => ({ ...l, basis: [{ text: 'Basis text', url }] }))),
  validLabel.chain((l) => huge.map((name) => ({ ...l, name }))),
  validLabel.chain((l) => huge.map((owner) => ({ ...l, owner }))),
  validLabel.chain((l) => fc.integer({ min: 410, max: 5000 }).map((n) => ({ ...l, basis: [{ text: 'b'.repeat(n), url: 'https://ok.example/' }] }))),
  validLabel.map((l) => ({ ...l, name: 42 })),
  validLabel.map((l) => ({ ...l, id: 'Not An Id' })),
  validLabel.map((l) => ({ ...l, affiliation: 'evil' })),
  validLabel.map((l) => ({ ...l, kind: ['outlet'] })),
  validLabel.map((l) => ({ ...l, aliases: 'ESN' })),
  validLabel.map((l) => ({ ...l, domains: ['javascript:alert(1)'] })),
  validLabel.map((l) => ({ ...l, basis: { text: 'x', url: 'https://ok.example/' } })),
  validLabel.map((l) => ({ ...l, country: 'China' })),
);

/** An independent check that a value is a complete, valid Settings object. */
function assertValidSettings(s: Settings): void {
  expect(Object.keys(s).sort()).toEqual([...SETTING_KEYS].sort());
  expect(Array.isArray(s.disabledSites) && s.disabledSites.length <= LIMITS.sites).toBe(true);
  for (const h of s.disabledSites) expect(h).toMatch(/^[a-z0-9.-]{1,253}$/);
  expect(typeof s.highlight).toBe('boolean');
  expect(typeof s.badge).toBe('boolean');
  for (const n of s.hiddenNotes) expect(NOTE_IDS).toContain(n);
  expect(SENSITIVITIES).toContain(s.sensitivity);
  expect(s.customLabels.length).toBeLessThanOrEqual(LIMITS.customLabels);
  expect(new Set(s.customLabels.map((l) => l.id)).size).toBe(s.customLabels.length);
  for (const l of s.customLabels) {
    expect(l.name.length).toBeGreaterThan(0);
    expect(l.name.length).toBeLessThanOrEqual(LIMITS.name);
    for (const b of l.basis) expect(new URL(b.url).protocol).toMatch(/^https?:$/);
  }
  // A repaired value is a fixed point: validating it again changes nothing.
  const again = validateSettings(s as unknown as Record<string, unknown>);
  expect(again.reset).toEqual([]);
  expect(again.settings).toEqual(s);
}

function memory(initial: Record<string, unknown> = {}): SyncArea & { data: Record<string, unknown> } {
  const m = {
    data: structuredClone(initial),
    async get() {
      return structuredClone(m.data);
    },
    async set(items: Record<string, unknown>) {
      Object.assign(m.data, structuredClone(items));
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete m.data[k];
    },
  };
  return m;
}

describe('stored settings: random and corrupt data', () => {
  it('anything at all parses without throwing into a valid Settings', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true, withBoxedValues: true }), (raw) => {
        const p = parseSettings(raw);
        assertValidSettings(p.settings);
        for (const k of p.reset) expect(SETTING_KEYS).toContain(k);
      }),
      opts,
    );
  });

  it('random values under the real keys: valid keys kept, each bad key reset and reported, never throws', () => {
    // Per key: absent, valid, or invalid; plus unknown keys and an arbitrary version marker.
    const plan = fc.record(
      Object.fromEntries(SETTING_KEYS.map((k) => [k, fc.constantFrom('absent', 'valid', 'invalid')])) as { [K in SettingKey]: fc.Arbitrary<'absent' | 'valid' | 'invalid'> },
    );
    const raw = plan.chain((p) =>
      fc
        .record({
          ...(Object.fromEntries(
            SETTING_KEYS.filter((k) => p[k] !== 'absent').map((k) => [k, p[k] === 'valid' ? validValue[k] : invalidValue[k]]),
          ) as Record<string, fc.Arbitrary<unknown>>),
          extra: fc.dictionary(fc.string({ maxLength: 8 }).filter((k) => !(SETTING_KEYS as string[]).includes(k) && !['notes', 'siteEnabled', 'highlighting', 'showBadge'].includes(k)), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
          version: fc.constantFrom(SETTINGS_VERSION, undefined, 99, -1, 'two', 1.5),
        })
        .map(({ extra, version, ...keys }) => ({ plan: p, data: { ...extra, ...keys, ...(version === undefined ? {} : { settingsVersion: version }) } as Record<string, unknown> })),
    );
    fc.assert(
      fc.property(raw, ({ plan, data }) => {
        const before = structuredClone(data);
        const { settings, reset } = parseSettings(data);
        expect(data).toEqual(before); // the input is not mutated
        assertValidSettings(settings);
        for (const k of SETTING_KEYS) {
          if (plan[k] === 'valid') {
            expect(reset, `${k} was valid`).not.toContain(k);
            if (k === 'customLabels') expect(settings.customLabels.map((l) => [l.id, l.name])).toEqual((data[k] as { id: string; name: string }[]).map((l) => [l.id, l.name]));
            else expect(settings[k], k).toEqual(data[k]);
          } else if (plan[k] === 'invalid') {
            expect(reset, `${k} was invalid: ${JSON.stringify(data[k])?.slice(0, 80)}`).toContain(k);
            expect(settings[k]).toEqual(defaultSettings()[k]);
          } else {
            expect(reset).not.toContain(k);
            expect(settings[k]).toEqual(defaultSettings()[k]);
          }
        }
        expect(new Set(reset).size).toBe(reset.length);
      }),
      opts,
    );
  });

  it('export then import is the identity for any valid settings', () => {
    const valid = fc.record(validValue as { [K in SettingKey]: fc.Arbitrary<never> });
    fc.assert(
      fc.property(valid, (v) => {
        const s = parseSettings(v).settings;
        const back = importSettings(exportSettings(s));
        expect(back).toEqual({ settings: s, reset: [] });
      }),
      opts,
    );
  });

  it('import never throws on random or mangled text', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'undefined'),
      fc.tuple(fc.record(validValue as { [K in SettingKey]: fc.Arbitrary<never> }), fc.nat(), fc.string({ maxLength: 3 })).map(([v, at, ins]) => {
        const s = JSON.stringify(v);
        const i = at % (s.length + 1);
        return s.slice(0, i) + ins + s.slice(i);
      }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = importSettings(t);
        if ('error' in r) expect(['not-json', 'not-object']).toContain(r.error);
        else assertValidSettings(r.settings);
      }),
      opts,
    );
  });

  it('saveSettings stores only valid values and names every refused key', async () => {
    const patch = fc.dictionary(
      fc.constantFrom(...SETTING_KEYS, 'unknownKey'),
      fc.oneof(...SETTING_KEYS.map((k) => validValue[k]), ...SETTING_KEYS.map((k) => invalidValue[k])),
      { maxKeys: 5 },
    );
    await fc.assert(
      fc.asyncProperty(patch, async (p) => {
        const store = memory();
        const refused = await saveSettings(p as Partial<Settings>, store);
        expect(store.data).not.toHaveProperty('unknownKey');
        for (const k of refused) expect(store.data).not.toHaveProperty(k);
        // What was stored reads back without any reset.
        const back = parseSettings(store.data);
        expect(back.reset).toEqual([]);
        for (const k of Object.keys(p)) {
          if (k === 'unknownKey') continue;
          expect(refused.includes(k as SettingKey) !== (k in store.data), k).toBe(true);
        }
      }),
      opts,
    );
  });
});

describe('custom labels: rejected one by one', () => {
  it('bad entries are dropped and counted; the valid ones are kept in order', () => {
    const mixed = fc.array(fc.oneof(validLabel.map((l) => ({ ok: true as const, l })), badLabel.map((l) => ({ ok: false as const, l }))), { maxLength: 8 });
    fc.assert(
      fc.property(mixed, (items) => {
        const input = items.map((i) => i.l);
        const r = repairCustomLabels(input)!;
        // The expected survivors: valid entries, first of each id.
        const seen = new Set<string>();
        const expected: string[] = [];
        for (const i of items) {
          if (!i.ok) continue;
          const id = (i.l as { id: string }).id;
          if (!seen.has(id)) expected.push(id);
          seen.add(id);
        }
        expect(r.labels.map((l) => l.id)).toEqual(expected);
        expect(r.dropped).toBe(items.length - expected.length);
        const { settings, reset } = parseSettings({ settingsVersion: SETTINGS_VERSION, badge: false, customLabels: input });
        expect(settings.customLabels.map((l) => l.id)).toEqual(expected);
        expect(reset.includes('customLabels')).toBe(r.dropped > 0);
        expect(settings.badge).toBe(false); // a neighbouring key is untouched
        for (const l of settings.customLabels) for (const b of l.basis) expect(b.url).toMatch(/^https?:\/\//);
      }),
      opts,
    );
  });

  it('every single bad label is refused by validateCustomEntry', () => {
    fc.assert(
      fc.property(badLabel, (l) => {
        expect(validateCustomEntry(l).ok).toBe(false);
      }),
      opts,
    );
  });

  it('never throws on arbitrary entries, and any accepted entry is clean', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true }), (v) => {
        const r = validateCustomEntry(v);
        if (r.ok) {
          expect(r.entry.name.length).toBeGreaterThan(0);
          for (const b of r.entry.basis) expect(b.url).toMatch(/^https?:\/\//);
        }
      }),
      opts,
    );
  });

  it('a list past the limit keeps the first labels, reports the rest, and does bounded work', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `l-${i}`, name: `Label ${i}`, aliases: [], domains: [], country: null, kind: 'outlet', affiliation: 'private', owner: null, basis: [] }));
    const r = repairCustomLabels(many)!;
    expect(r.labels.length).toBe(LIMITS.customLabels);
    expect(r.labels[0]!.id).toBe('l-0');
    expect(r.dropped).toBe(5000 - LIMITS.customLabels);
    expect(parseSettings({ customLabels: many }).reset).toEqual(['customLabels']);
  });

  it('every label the settings accept reaches the source directory (mergeCustom accepts it too)', () => {
    fc.assert(
      fc.property(validLabel, (l) => {
        const r = validateCustomEntry(l);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const merged = mergeCustom([], [r.entry]);
        expect(merged.rejected).toEqual([]);
        expect(merged.entries.map((e) => e.id)).toEqual([r.entry.id]);
      }),
      opts,
    );
  });
});

describe('custom labels: the options page and the source directory agree', () => {
  // Wider than validLabel: any printable alias up to the settings limit, hosts with odd TLDs, path scopes.
  const printable = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: LIMITS.name }).filter((s) => s.trim().length > 0);
  const looseHost = fc
    .tuple(fc.array(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/), { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z0-9]{1,6}$/), fc.array(fc.stringMatching(/^[a-z0-9._~%-]{1,80}$/), { maxLength: 6 }))
    .map(([ls, tld, path]) => [...ls, tld].join('.') + path.map((p) => '/' + p).join(''));
  const wideLabel = validLabel.chain((l) =>
    fc.record({ aliases: fc.array(printable, { maxLength: 3 }), domains: fc.array(looseHost, { maxLength: 2 }), name: printable }).map((w) => ({ ...l, ...w })),
  );
  it('no label passes the settings but is rejected by mergeCustom (it would vanish silently)', () => {
    fc.assert(
      fc.property(wideLabel, (l) => {
        const r = validateCustomEntry(l);
        if (!r.ok) return;
        expect(mergeCustom([], [r.entry]).rejected).toEqual([]);
      }),
      opts,
    );
  });
});

describe('custom labels never break a report', () => {
  // Basis URLs as a reader might paste them: spaces, quotes, markup, unicode, fragments.
  const messyUrl = fc
    .tuple(httpUrl, fc.array(fc.constantFrom(' ', '"', "'", '<', '>', '`', '{', '}', '|', '\\', '^', 'é', '\u202e', '\u200b', '#', '?', '%', '%zz', '<img src=x onerror=alert(1)>'), { maxLength: 5 }))
    .map(([u, extra]) => u + extra.join(''));
  it('a report carrying any accepted custom label still validates (a bad label must not fail every page)', () => {
    fc.assert(
      fc.property(validLabel, fc.array(fc.record({ text: nameArb, url: messyUrl }), { minLength: 1, maxLength: 3 }), (l, basis) => {
        const r = validateCustomEntry({ ...l, basis });
        if (!r.ok) return;
        const report = emptyReport('https://news.example/a');
        report.publisher = { ...toLabel(r.entry), custom: true };
        expect(validateReport(report)).toEqual([]);
      }),
      opts,
    );
  });
});
