/**
 * What the popup needs from the extension, as an interface: the real
 * implementation talks to the worker and the content script through the
 * typed messages; tests use `createFakeClient` (no extension APIs at all).
 */
import type { Settings } from '../shared/settings';
import type { TabState } from '../shared/messages';

export interface ActiveTab {
  id: number;
  url: string | null;
}

export interface PopupClient {
  activeTab(): Promise<ActiveTab | null>;
  getTabState(tabId: number): Promise<TabState | null>;
  /** Called with each new state of the tab; returns an unsubscribe function. */
  subscribe(tabId: number, cb: (s: TabState | null) => void): () => void;
  analyze(tabId: number): Promise<{ ok: boolean; error?: string }>;
  highlight(tabId: number, sentence: string): Promise<{ found: boolean; disabled?: boolean }>;
  clearHighlight(tabId: number): Promise<void>;
  settings(): Promise<Settings>;
  openOptions(): void;
}

/**
 * Pages where no extension may run a content script. An unknown URL (the
 * browser hid it) is not treated as restricted: the reader can still try.
 */
export function isRestrictedUrl(url: string | null): boolean {
  if (url === null || url === '') return false;
  if (!/^https?:\/\//i.test(url)) return true; // chrome://, about:, edge://, moz-extension://, file:, view-source:, data:
  try {
    const u = new URL(url);
    const host = u.hostname;
    if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && u.pathname.startsWith('/webstore'))) return true;
    if (host === 'addons.mozilla.org' || host === 'microsoftedge.microsoft.com') return true;
    if (/\.pdf$/i.test(u.pathname)) return true; // the built-in PDF viewer
  } catch {
    return true;
  }
  return false;
}
