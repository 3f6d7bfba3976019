/** The popup's client over the real extension APIs and the typed message protocol. */
import browser from '../shared/browser';
import { send, sendToTab } from '../shared/messenger';
import type { TabState } from '../shared/messages';
import { loadSettings, type SyncArea } from '../shared/settings';
import type { PopupClient } from './client';

export const realClient: PopupClient = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab && typeof tab.id === 'number' ? { id: tab.id, url: tab.url ?? null } : null;
  },
  getTabState: (tabId) => send('getTabState', { tabId }),
  subscribe(tabId, cb) {
    const key = `tab:${tabId}`;
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) cb((changes[key]!.newValue as TabState | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  analyze: (tabId) => send('analyzeTab', { tabId }),
  highlight: (tabId, sentence) => sendToTab(tabId, 'highlight', { sentence }).catch(() => ({ found: false })),
  async clearHighlight(tabId) {
    await sendToTab(tabId, 'clearHighlight', {}).catch(() => undefined);
  },
  settings: async () => (await loadSettings(browser.storage.sync as unknown as SyncArea)).settings,
  openOptions: () => void browser.runtime.openOptionsPage(),
};
