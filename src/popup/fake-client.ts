/** A fake popup client for UI tests and previews: state in memory, calls recorded. */
import { defaultSettings, type Settings } from '../shared/settings';
import type { TabState } from '../shared/messages';
import type { ActiveTab, PopupClient } from './client';

export interface FakeClient extends PopupClient {
  calls: { method: string; args: unknown[] }[];
  /** Push a new state for the tab, as the worker would. */
  push(state: TabState | null): void;
  /** What analyze() does: defaults to reporting ok. */
  onAnalyze: (tabId: number) => { ok: boolean; error?: string };
  highlightResult: { found: boolean; disabled?: boolean };
}

export function createFakeClient(opts: { tab?: ActiveTab | null; state?: TabState | null; settings?: Partial<Settings> } = {}): FakeClient {
  let state = opts.state ?? null;
  const subs = new Set<(s: TabState | null) => void>();
  const settings = { ...defaultSettings(), ...opts.settings };
  const tab = opts.tab === undefined ? { id: 1, url: 'https://news.example/article' } : opts.tab;
  const c: FakeClient = {
    calls: [],
    onAnalyze: () => ({ ok: true }),
    highlightResult: { found: true },
    push(s) {
      state = s;
      subs.forEach((f) => f(s));
    },
    async activeTab() {
      c.calls.push({ method: 'activeTab', args: [] });
      return tab;
    },
    async getTabState(tabId) {
      c.calls.push({ method: 'getTabState', args: [tabId] });
      return state;
    },
    subscribe(tabId, cb) {
      c.calls.push({ method: 'subscribe', args: [tabId] });
      subs.add(cb);
      return () => subs.delete(cb);
    },
    async analyze(tabId) {
      c.calls.push({ method: 'analyze', args: [tabId] });
      return c.onAnalyze(tabId);
    },
    async highlight(tabId, sentence) {
      c.calls.push({ method: 'highlight', args: [tabId, sentence] });
      return c.highlightResult;
    },
    async clearHighlight(tabId) {
      c.calls.push({ method: 'clearHighlight', args: [tabId] });
    },
    async settings() {
      return settings;
    },
    openOptions() {
      c.calls.push({ method: 'openOptions', args: [] });
    },
  };
  return c;
}
