/** What the options page needs from the extension; real and fake implementations. */
import type { SourceEntry } from '../sources/schema';
import type { Settings, SettingKey } from '../shared/settings';
import { defaultSettings, parseSettings } from '../shared/settings';

export interface DbInfo {
  version: string;
  count: number;
  /** Bundled entry ids and names (custom labels may override these ids). */
  entries: { id: string; name: string }[];
}

export interface OptionsClient {
  load(): Promise<{ settings: Settings; reset: SettingKey[] }>;
  save(patch: Partial<Settings>): Promise<SettingKey[]>;
  reset(): Promise<Settings>;
  hasAllSites(): Promise<boolean>;
  /** Must be called from a user gesture (permissions.request). */
  requestAllSites(): Promise<boolean>;
  revokeAllSites(): Promise<boolean>;
  db(): Promise<DbInfo>;
}

export function createFakeOptionsClient(stored: Record<string, unknown> = {}, db?: DbInfo): OptionsClient & { stored: Record<string, unknown>; allSites: boolean } {
  const c = {
    stored: { ...stored },
    allSites: false,
    async load() {
      const p = parseSettings(c.stored);
      return { settings: p.settings, reset: p.reset };
    },
    async save(patch: Partial<Settings>) {
      const before = parseSettings({ ...c.stored, ...patch });
      const refused = (Object.keys(patch) as SettingKey[]).filter((k) => before.reset.includes(k));
      for (const [k, v] of Object.entries(patch)) if (!refused.includes(k as SettingKey)) c.stored[k] = v;
      return refused;
    },
    async reset() {
      c.stored = { ...defaultSettings() };
      return defaultSettings();
    },
    async hasAllSites() {
      return c.allSites;
    },
    async requestAllSites() {
      c.allSites = true;
      return true;
    },
    async revokeAllSites() {
      c.allSites = false;
      return true;
    },
    db: async () => db ?? { version: 'test', count: 1, entries: [{ id: 'global-times', name: 'Global Times' }] },
  };
  return c;
}

export type { SourceEntry };
