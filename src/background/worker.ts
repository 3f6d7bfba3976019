/**
 * Background logic, written against injected APIs so tests can run it with
 * a fake browser and "restart" it. No state lives in module globals: per-tab
 * state is in storage.session (key `tab:<id>`), settings in storage.sync.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import { BUNDLED_ENTRIES, compactForContent, DB_VERSION, labelById } from '../sources/index';
import type { BackgroundRequests, TabState } from '../shared/messages';
import { validateReport } from '../core/validate-report';
import { handleBackground } from '../shared/messenger';
import { loadSettings } from '../shared/settings';
import { ANALYZER_PARTS } from '../shared/analyzer-parts';
import { badgeFor } from './badge';
import { hydrateReport } from './hydrate';

export const tabKey = (tabId: number): string => `tab:${tabId}`;
const MAX_REPORT_BYTES = 4_000_000;

/** The content-script registration used when the reader grants access to all sites. */
export const ALL_SITES_SCRIPT_ID = 'credence-all-sites';
export const ALL_SITES_ORIGINS = ['http://*/*', 'https://*/*'];

export function createWorker(browser: Browser) {
  const session = browser.storage.session;

  async function getState(tabId: number): Promise<TabState | null> {
    const key = tabKey(tabId);
    const got = (await session.get(key)) as Record<string, unknown>;
    return (got[key] as TabState | undefined) ?? null;
  }

  async function updateBadge(tabId: number, state: TabState | null): Promise<void> {
    const { settings } = await loadSettings(browser.storage.sync as never);
    const view = badgeFor(state, settings.badge);
    try {
      await browser.action.setBadgeText({ tabId, text: view.text });
      if (view.text) await browser.action.setBadgeBackgroundColor({ tabId, color: view.color });
      await browser.action.setTitle({ tabId, title: browser.i18n.getMessage(view.titleKey, view.titleArgs) || 'Credence' });
    } catch {
      /* the tab went away */
    }
  }

  async function setState(tabId: number, state: TabState): Promise<void> {
    await session.set({ [tabKey(tabId)]: state });
    await updateBadge(tabId, state);
  }

  async function clearState(tabId: number): Promise<void> {
    await session.remove(tabKey(tabId));
    await updateBadge(tabId, null);
  }

  const handlers = {
    async directory() {
      const { settings } = await loadSettings(browser.storage.sync as never);
      return compactForContent(settings.customLabels);
    },
    async loadAnalyzer(req: BackgroundRequests['loadAnalyzer']['req'], sender: Runtime.MessageSender) {
      // Into the same frame and isolated world as the asking content script. Needs host access to the
      // page: the static host_permissions (known sites), the optional all-sites grant, or activeTab.
      try {
        await browser.scripting.executeScript({ target: { tabId: sender.tab!.id!, frameIds: [sender.frameId ?? 0] }, files: [ANALYZER_PARTS[req.part ?? 0]] });
        return { ok: true };
      } catch (e) {
        return { ok: false, error: (e instanceof Error ? e.message : String(e)).slice(0, 300) };
      }
    },
    dbInfo() {
      return { version: DB_VERSION, count: BUNDLED_ENTRIES.length, entries: BUNDLED_ENTRIES.map((e) => ({ id: e.id, name: e.name })) };
    },
    async pageState(req: BackgroundRequests['pageState']['req'], sender: Runtime.MessageSender) {
      const tabId = sender.tab!.id!;
      // Only the top frame's page speaks for the tab.
      if (sender.frameId !== undefined && sender.frameId !== 0) return { ok: true as const };
      let report = req.report;
      if (report) {
        const { settings } = await loadSettings(browser.storage.sync as never);
        report = hydrateReport(report, labelById, settings.customLabels);
        if (JSON.stringify(report).length > MAX_REPORT_BYTES) report = { ...report, attributions: report.attributions.slice(0, 200), hedges: report.hedges.slice(0, 200), truncated: true };
        // The full contract check (src/core/validate-report.ts), after hydration: a report that breaks it is never shown.
        if (validateReport(report, { maxErrors: 5, maxStringLength: 100_000, maxArrayLength: 5_000 }).length) {
          await setState(tabId, { url: req.url, phase: 'failed', report: null, error: 'invalid report', updated: Date.now() });
          return { ok: true as const };
        }
      }
      await setState(tabId, { url: req.url, phase: req.phase, report, ...(req.error ? { error: req.error } : {}), updated: Date.now() });
      return { ok: true as const };
    },
    async getTabState({ tabId }: { tabId: number }) {
      return getState(tabId);
    },
    async analyzeTab({ tabId }: { tabId: number }) {
      // activeTab (granted by opening the popup) lets us inject into the current page.
      try {
        await browser.scripting.executeScript({
          target: { tabId },
          func: () => {
            (globalThis as unknown as Record<string, unknown>).__credenceOnDemand = true;
          },
        });
        await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
        await browser.tabs.sendMessage(tabId, { type: 'analyze', credence: 1, force: true });
        return { ok: true };
      } catch (e) {
        return { ok: false, error: (e instanceof Error ? e.message : String(e)).slice(0, 300) };
      }
    },
  };

  /** Register or unregister the all-sites content script to match the optional permission. */
  async function syncAllSites(): Promise<boolean> {
    const granted = await browser.permissions.contains({ origins: ALL_SITES_ORIGINS }).catch(() => false);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] }).catch(() => []);
    try {
      if (granted && existing.length === 0) {
        await browser.scripting.registerContentScripts([
          { id: ALL_SITES_SCRIPT_ID, matches: ALL_SITES_ORIGINS, js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true },
        ]);
      } else if (!granted && existing.length > 0) {
        await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
      }
    } catch {
      /* registration races at startup are harmless: the next event syncs again */
    }
    return granted;
  }

  async function refreshAllBadges(): Promise<void> {
    const all = (await session.get(null)) as Record<string, TabState>;
    for (const [k, st] of Object.entries(all)) {
      const id = Number(k.slice(4));
      if (k.startsWith('tab:') && Number.isInteger(id)) await updateBadge(id, st);
    }
  }

  function start(): void {
    handleBackground(handlers);
    browser.tabs.onUpdated.addListener((tabId, info) => {
      // Without the "tabs" permission Chrome only reports `url` for hosts we may access, so a
      // full navigation is also recognised by status "loading"; the new page's content script reports again.
      if (!info.url && info.status !== 'loading') return;
      void getState(tabId).then((st) => {
        if (!st) return;
        if (info.url && st.url === info.url.split('#')[0]) return; // same page (fragment change, or the report just arrived)
        void clearState(tabId);
      });
    });
    browser.tabs.onRemoved.addListener((tabId) => void session.remove(tabKey(tabId)));
    browser.permissions.onAdded.addListener(() => void syncAllSites());
    browser.permissions.onRemoved.addListener(() => void syncAllSites());
    browser.storage.onChanged.addListener((changes, areaName) => {
      if (areaName === 'sync' && 'badge' in changes) void refreshAllBadges();
    });
    browser.runtime.onInstalled.addListener(() => {
      void loadSettings(browser.storage.sync as never); // runs the settings migrations
      void syncAllSites();
    });
    browser.runtime.onStartup.addListener(() => void syncAllSites());
  }

  return { handlers, start, getState, setState, clearState, updateBadge, syncAllSites, refreshAllBadges };
}
