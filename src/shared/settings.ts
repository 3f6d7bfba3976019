/**
 * Credence settings: one module, stored in storage.sync one key per setting.
 * Defaults, ordered migrations and per-key validation: a corrupt or
 * hand-edited value falls back to its default without touching the others,
 * and the caller learns which keys were reset (the options page says so).
 *
 * The pure part (defaults, migrate, validate, custom-label checks) takes and
 * returns plain objects, so it is tested without a browser; `loadSettings` /
 * `saveSettings` wrap storage.sync.
 */
import { NOTE_IDS as REPORT_NOTE_IDS, type Affiliation, type NoteId, type SourceKind } from '../core/report';
import type { SourceEntry } from '../sources/schema';
import type { Sensitivity } from '../core/detect';

export interface Settings {
  /** Hostnames where Credence never runs on its own ("example.com" also covers subdomains). */
  disabledSites: string[];
  /** Highlight the sentence behind a popup item in the page. */
  highlight: boolean;
  /** Show the toolbar badge. */
  badge: boolean;
  /** Note ids the reader chose to hide in the popup. */
  hiddenNotes: NoteId[];
  sensitivity: Sensitivity;
  /** The reader's own source labels; an id equal to a bundled one overrides it. */
  customLabels: SourceEntry[];
}

export type SettingKey = keyof Settings;
export const SETTINGS_VERSION = 2;
const VERSION_KEY = 'settingsVersion';

export const NOTE_IDS: readonly NoteId[] = REPORT_NOTE_IDS;
export const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'normal', 'relaxed'];
export const AFFILIATIONS: readonly Affiliation[] = ['state_controlled', 'state_funded_independent', 'government', 'private', 'unknown'];
export const KINDS: readonly SourceKind[] = ['outlet', 'government', 'company', 'researcher', 'person', 'anonymous', 'document', 'unspecified'];

export const LIMITS = { sites: 500, customLabels: 100, name: 120, alias: 100, aliases: 20, domains: 20, owner: 200, basis: 10, basisText: 400, url: 2000 };

export function defaultSettings(): Settings {
  return { disabledSites: [], highlight: true, badge: true, hiddenNotes: [], sensitivity: 'normal', customLabels: [] };
}
export const SETTING_KEYS = Object.keys(defaultSettings()) as SettingKey[];

// Bidi overrides, zero-width and other invisible format characters: never allowed in names a reader sees.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const clean = (s: string): string => s.replace(INVISIBLE, '').trim();

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** A custom label's domain as the source directory accepts it: a letter TLD, at most four path segments. */
const DIRECTORY_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}(?:\/[a-z0-9._~%-]{1,64}){0,4}$/;
const isHostname = (s: string): boolean => s.length <= 253 && s.split('.').every((l) => LABEL.test(l));
/** A hostname, lowercased; with an optional path scope for custom-label domains ("portswigger.net/daily-swig"). */
export function normalizeHost(input: string, allowPath = false): string | null {
  let s = clean(String(input)).toLowerCase();
  s = s.replace(/^https?:\/\//, '').replace(/^www\./, '');
  let pathPart = '';
  const slash = s.indexOf('/');
  if (slash >= 0) {
    pathPart = s.slice(slash);
    let end = pathPart.length;
    while (end > 0 && pathPart.charCodeAt(end - 1) === 47 /* '/' */) end--; // a loop, not /\/+$/ (quadratic on runs of '/')
    pathPart = pathPart.slice(0, end);
    s = s.slice(0, slash);
  }
  s = s.replace(/:\d{1,5}$/, '');
  if (!isHostname(s) || !s.includes('.')) return null;
  if (pathPart && !allowPath) return s;
  if (pathPart && !/^\/[a-z0-9._~%-]{1,100}(?:\/[a-z0-9._~%-]{1,100}){0,5}$/.test(pathPart)) return null;
  return s + pathPart;
}

export function isHttpUrl(s: unknown): s is string {
  if (typeof s !== 'string' || s.length > LIMITS.url) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0 && u.href.length <= LIMITS.url;
  } catch {
    return false;
  }
}

const str = (v: unknown, max: number, min = 0): string | null => {
  if (typeof v !== 'string') return null;
  const s = clean(v);
  return s.length >= min && s.length <= max ? s : null;
};

/** Validate one custom label. Returns the cleaned entry or a list of problems (field names). */
export function validateCustomEntry(v: unknown): { ok: true; entry: SourceEntry } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, errors: ['entry'] };
  const o = v as Record<string, unknown>;
  const id = typeof o.id === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(o.id) ? o.id : null;
  if (!id) errors.push('id');
  const name = str(o.name, LIMITS.name, 1);
  if (!name) errors.push('name');
  // Aliases and domains also meet the source directory's rules (src/sources/custom.ts), else mergeCustom would drop the label silently.
  const aliases = Array.isArray(o.aliases) && o.aliases.length <= LIMITS.aliases ? o.aliases.map((a) => str(a, LIMITS.alias, 1)).map((a) => (a && !/[|~]/.test(a) ? a : null)) : null;
  if (!aliases || aliases.some((a) => a === null)) errors.push('aliases');
  const domain = (d: unknown): string | null => {
    const h = typeof d === 'string' ? normalizeHost(d, true) : null;
    return h && DIRECTORY_DOMAIN.test(h) ? h : null;
  };
  const domains = Array.isArray(o.domains) && o.domains.length <= LIMITS.domains ? o.domains.map(domain) : null;
  if (!domains || domains.some((d) => d === null)) errors.push('domains');
  const country = o.country === null || o.country === undefined || o.country === '' ? null : typeof o.country === 'string' && /^(?:[A-Z]{2})$/.test(o.country.toUpperCase()) ? o.country.toUpperCase() : undefined;
  if (country === undefined) errors.push('country');
  const kind = KINDS.includes(o.kind as SourceKind) ? (o.kind as SourceKind) : null;
  if (!kind) errors.push('kind');
  const affiliation = AFFILIATIONS.includes(o.affiliation as Affiliation) ? (o.affiliation as Affiliation) : null;
  if (!affiliation) errors.push('affiliation');
  const owner = o.owner === null || o.owner === undefined || o.owner === '' ? null : str(o.owner, LIMITS.owner, 1);
  if (owner === null && typeof o.owner === 'string' && o.owner !== '') errors.push('owner');
  const basisIn = Array.isArray(o.basis) ? o.basis : o.basis === undefined ? [] : null;
  const basis =
    basisIn && basisIn.length <= LIMITS.basis
      ? basisIn.map((b) => {
          const bo = (typeof b === 'object' && b !== null ? b : {}) as Record<string, unknown>;
          const text = str(bo.text, LIMITS.basisText, 1);
          // Stored as the parsed URL's href: percent-encoded, so no space or quote reaches a report (validate-report refuses those).
          return text && isHttpUrl(bo.url) ? { text, url: new URL(bo.url).href } : null;
        })
      : null;
  if (!basis || basis.some((b) => b === null)) errors.push('basis');
  const asOf = typeof o.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(o.asOf) ? o.asOf : new Date().toISOString().slice(0, 10);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    entry: {
      id: id!,
      name: name!,
      aliases: aliases as string[],
      domains: domains as string[],
      country: country ?? null,
      kind: kind!,
      affiliation: affiliation!,
      owner,
      basis: basis as { text: string; url: string }[],
      asOf,
      history: [],
    },
  };
}

type Validator<K extends SettingKey> = (v: unknown) => Settings[K] | undefined;

const VALIDATORS: { [K in SettingKey]: Validator<K> } = {
  disabledSites: (v) => {
    if (!Array.isArray(v) || v.length > LIMITS.sites) return undefined;
    const out = v.map((s) => (typeof s === 'string' ? normalizeHost(s) : null));
    return out.every((s): s is string => s !== null) ? [...new Set(out)] : undefined;
  },
  highlight: (v) => (typeof v === 'boolean' ? v : undefined),
  badge: (v) => (typeof v === 'boolean' ? v : undefined),
  hiddenNotes: (v) => (Array.isArray(v) && v.every((n) => NOTE_IDS.includes(n as NoteId)) ? [...new Set(v as NoteId[])] : undefined),
  sensitivity: (v) => (SENSITIVITIES.includes(v as Sensitivity) ? (v as Sensitivity) : undefined),
  customLabels: (v) => {
    const r = repairCustomLabels(v);
    return r && r.dropped === 0 ? r.labels : undefined;
  },
};

/**
 * Custom labels are checked one by one: a bad entry (wrong types, a basis URL
 * that is not http(s), an over-long string), a repeated id or an entry past
 * the limit is dropped and counted, and the valid ones are kept. `undefined`
 * when the value is not a list at all.
 */
export function repairCustomLabels(v: unknown): { labels: SourceEntry[]; dropped: number } | undefined {
  if (!Array.isArray(v)) return undefined;
  const labels: SourceEntry[] = [];
  let dropped = 0;
  // Bounded work on a corrupt store: look at no more entries than a reader could have saved, plus slack.
  const n = Math.min(v.length, LIMITS.customLabels * 10);
  dropped += v.length - n;
  for (let i = 0; i < n; i++) {
    const r = validateCustomEntry(v[i]);
    if (!r.ok || labels.length >= LIMITS.customLabels || labels.some((x) => x.id === r.entry.id)) dropped++;
    else labels.push(r.entry);
  }
  return { labels, dropped };
}

/** Ordered migrations: index i upgrades stored data from version i to i + 1. */
export const MIGRATIONS: ((raw: Record<string, unknown>) => Record<string, unknown>)[] = [
  // 0 → 1: the first preview stored `highlighting` and `showBadge`, and a single `enabled` flag per site map.
  (raw) => {
    const out = { ...raw };
    if ('highlighting' in out && !('highlight' in out)) out.highlight = out.highlighting;
    if ('showBadge' in out && !('badge' in out)) out.badge = out.showBadge;
    if (out.siteEnabled && typeof out.siteEnabled === 'object' && !('disabledSites' in out)) {
      out.disabledSites = Object.entries(out.siteEnabled as Record<string, unknown>).filter(([, on]) => on === false).map(([h]) => h);
    }
    delete out.highlighting;
    delete out.showBadge;
    delete out.siteEnabled;
    return out;
  },
  // 1 → 2: sensitivity was called "default" / "loose"; notes were a visibility map.
  (raw) => {
    const out = { ...raw };
    if (out.sensitivity === 'default') out.sensitivity = 'normal';
    if (out.sensitivity === 'loose') out.sensitivity = 'relaxed';
    if (out.notes && typeof out.notes === 'object' && !('hiddenNotes' in out)) {
      out.hiddenNotes = Object.entries(out.notes as Record<string, unknown>).filter(([, on]) => on === false).map(([id]) => id);
    }
    delete out.notes;
    return out;
  },
];

/** Run the migrations from the stored version up to SETTINGS_VERSION. */
export function migrate(raw: Record<string, unknown>): { data: Record<string, unknown>; from: number } {
  const v = raw[VERSION_KEY];
  const from = typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= SETTINGS_VERSION ? v : 0;
  let data = { ...raw };
  for (let i = from; i < SETTINGS_VERSION; i++) data = MIGRATIONS[i]!(data);
  data[VERSION_KEY] = SETTINGS_VERSION;
  return { data, from };
}

/** Validate each key on its own: a bad value becomes its default and is named in `reset` (custom labels: per entry, see repairCustomLabels). */
export function validateSettings(data: Record<string, unknown>): { settings: Settings; reset: SettingKey[] } {
  const defaults = defaultSettings();
  const settings = defaultSettings();
  const reset: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    if (!(key in data) || data[key] === undefined) continue;
    if (key === 'customLabels') {
      // Per entry: the valid labels survive a bad neighbour; any drop is still reported.
      const r = repairCustomLabels(data[key]);
      settings.customLabels = r ? r.labels : defaults.customLabels;
      if (!r || r.dropped > 0) reset.push(key);
      continue;
    }
    const ok = (VALIDATORS[key] as Validator<typeof key>)(data[key]);
    if (ok === undefined) {
      reset.push(key);
      (settings as unknown as Record<string, unknown>)[key] = defaults[key];
    } else (settings as unknown as Record<string, unknown>)[key] = ok;
  }
  return { settings, reset };
}

/** Migrate and validate raw storage contents. */
export function parseSettings(raw: unknown): { settings: Settings; reset: SettingKey[]; migratedFrom: number } {
  const obj = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const { data, from } = migrate(obj);
  const { settings, reset } = validateSettings(data);
  return { settings, reset, migratedFrom: from };
}

/** Parse an exported settings file (JSON text). Unknown keys are ignored; bad keys reset and reported. */
export function importSettings(text: string): { settings: Settings; reset: SettingKey[] } | { error: 'not-json' | 'not-object' } {
  if (text.length > 1_000_000) return { error: 'not-object' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: 'not-json' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: 'not-object' };
  const p = parseSettings(parsed);
  return { settings: p.settings, reset: p.reset };
}

export function exportSettings(s: Settings): string {
  return JSON.stringify({ [VERSION_KEY]: SETTINGS_VERSION, ...s }, null, 2);
}

/** Is Credence switched off for this URL by the reader's site list? */
export function isSiteDisabled(url: string, s: Pick<Settings, 'disabledSites'>): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  return s.disabledSites.some((d) => host === d || host.endsWith('.' + d));
}

// ---- storage.sync wrappers -------------------------------------------------

export interface SyncArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The default store: `browser.storage.sync` (Firefox) or `chrome.storage.sync` (Chrome MV3 returns promises). No polyfill needed. */
async function area(): Promise<SyncArea> {
  const g = globalThis as unknown as { browser?: { storage?: { sync?: SyncArea } }; chrome?: { storage?: { sync?: SyncArea } } };
  const s = g.browser?.storage?.sync ?? g.chrome?.storage?.sync;
  if (!s) throw new Error('storage.sync is not available');
  return s;
}

/** Read, migrate and validate settings. Writes back the migration (not the repair: the options page reports it first). */
export async function loadSettings(store?: SyncArea): Promise<{ settings: Settings; reset: SettingKey[] }> {
  const s = store ?? (await area());
  let raw: Record<string, unknown> = {};
  try {
    raw = await s.get(null);
  } catch {
    /* storage unavailable: defaults */
  }
  const p = parseSettings(raw);
  if (p.migratedFrom < SETTINGS_VERSION && Object.keys(raw).length > 0) {
    const obsolete = Object.keys(raw).filter((k) => k !== VERSION_KEY && !SETTING_KEYS.includes(k as SettingKey));
    try {
      if (obsolete.length) await s.remove(obsolete);
      await s.set({ [VERSION_KEY]: SETTINGS_VERSION, ...pickValid(p.settings, p.reset) });
    } catch {
      /* quota or offline: keep in memory */
    }
  }
  return { settings: p.settings, reset: p.reset };
}

function pickValid(s: Settings, reset: SettingKey[]): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const k of SETTING_KEYS) if (!reset.includes(k)) (out as Record<string, unknown>)[k] = s[k];
  return out;
}

/** Save some settings (validated first; invalid values are refused, not stored). */
export async function saveSettings(patch: Partial<Settings>, store?: SyncArea): Promise<SettingKey[]> {
  const s = store ?? (await area());
  const clean: Record<string, unknown> = { [VERSION_KEY]: SETTINGS_VERSION };
  const refused: SettingKey[] = [];
  for (const [k, v] of Object.entries(patch)) {
    if (!SETTING_KEYS.includes(k as SettingKey)) continue;
    const ok = (VALIDATORS[k as SettingKey] as Validator<SettingKey>)(v);
    if (ok === undefined) refused.push(k as SettingKey);
    else clean[k] = ok;
  }
  await s.set(clean);
  return refused;
}

/** Reset everything to defaults. */
export async function resetSettings(store?: SyncArea): Promise<Settings> {
  const s = store ?? (await area());
  const d = defaultSettings();
  const all = await s.get(null).catch(() => ({}));
  const obsolete = Object.keys(all).filter((k) => k !== VERSION_KEY && !SETTING_KEYS.includes(k as SettingKey));
  if (obsolete.length) await s.remove(obsolete);
  await s.set({ [VERSION_KEY]: SETTINGS_VERSION, ...d });
  return d;
}
