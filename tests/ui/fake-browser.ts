/**
 * A small in-memory stand-in for the webextension-polyfill `browser` object:
 * storage areas with onChanged, runtime messaging with listeners, action
 * badge calls recorded per tab, i18n from the real _locales/en file. Tests
 * mock 'webextension-polyfill' with it; `restart()` drops listeners but keeps
 * storage, like a service worker being stopped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Listener = (...args: any[]) => any;

function event() {
  const ls = new Set<Listener>();
  return {
    addListener: (f: Listener) => void ls.add(f),
    removeListener: (f: Listener) => void ls.delete(f),
    hasListener: (f: Listener) => ls.has(f),
    listeners: ls,
    fire: (...a: unknown[]) => [...ls].map((f) => f(...a)),
  };
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export function loadLocale(lang = 'en'): Record<string, { message: string; placeholders?: Record<string, { content: string }> }> {
  return JSON.parse(readFileSync(path.resolve(__dirname, `../../_locales/${lang}/messages.json`), 'utf8'));
}

/** Chrome's getMessage: named placeholders → $n → substitutions. */
export function formatMessage(locale: ReturnType<typeof loadLocale>, key: string, subs?: string | string[]): string {
  const m = locale[key];
  if (!m) return '';
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const ph = m.placeholders?.[name.toLowerCase()];
    if (!ph) return '';
    return ph.content.replace(/\$(\d)/g, (_x, d: string) => args[Number(d) - 1] ?? '');
  });
}

export function createFakeBrowser(opts: { id?: string; lang?: string } = {}) {
  const id = opts.id ?? 'credence-test-id';
  const origin = `chrome-extension://${id}/`;
  const onChanged = event();
  const makeArea = (name: string) => {
    let data: Record<string, unknown> = {};
    return {
      get _data() {
        return data;
      },
      set _data(d: Record<string, unknown>) {
        data = d;
      },
      async get(keys?: null | string | string[]) {
        if (keys === null || keys === undefined) return clone(data);
        const ks = Array.isArray(keys) ? keys : [keys];
        const out: Record<string, unknown> = {};
        for (const k of ks) if (k in data) out[k] = clone(data[k]);
        return out;
      },
      async set(items: Record<string, unknown>) {
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: data[k], newValue: clone(v) };
          data[k] = clone(v);
        }
        onChanged.fire(changes, name);
      },
      async remove(keys: string | string[]) {
        const changes: Record<string, { oldValue?: unknown }> = {};
        for (const k of Array.isArray(keys) ? keys : [keys]) {
          if (k in data) changes[k] = { oldValue: data[k] };
          delete data[k];
        }
        onChanged.fire(changes, name);
      },
      async clear() {
        data = {};
      },
    };
  };
  const locale = loadLocale(opts.lang ?? 'en');
  const badge: Record<number, { text?: string; color?: string; title?: string }> = {};
  const runtimeOnMessage = event();
  const tabsOnMessage = event(); // the content script's runtime.onMessage in content tests
  const registered: { id: string; matches: string[] }[] = [];
  const granted = new Set<string>();
  const b = {
    runtime: {
      id,
      getURL: (p: string) => origin + p.replace(/^\//, ''),
      onMessage: runtimeOnMessage,
      onInstalled: event(),
      onStartup: event(),
      sendMessage: async (msg: unknown) => {
        const results = runtimeOnMessage.fire(msg, b.__sender);
        return results.find((r) => r !== undefined);
      },
      openOptionsPage: async () => undefined,
    },
    /** The sender attached to runtime.sendMessage calls (tests set it). */
    __sender: { id, url: origin + 'popup.html' } as Record<string, unknown>,
    storage: { sync: makeArea('sync'), local: makeArea('local'), session: makeArea('session'), onChanged },
    tabs: {
      onUpdated: event(),
      onRemoved: event(),
      onMessage: tabsOnMessage,
      query: async () => [{ id: 7, url: 'https://news.example/a' }],
      sendMessage: async (_tabId: number, msg: unknown) => tabsOnMessage.fire(msg, { id, url: origin + 'popup.html' }).find((r) => r !== undefined),
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void ((badge[tabId] ??= {}).text = text),
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void ((badge[tabId] ??= {}).color = color),
      setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void ((badge[tabId] ??= {}).title = title),
    },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => formatMessage(locale, key, subs),
      getUILanguage: () => opts.lang ?? 'en',
    },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
      request: async ({ origins }: { origins: string[] }) => (origins.forEach((o) => granted.add(o)), true),
      remove: async ({ origins }: { origins: string[] }) => (origins.forEach((o) => granted.delete(o)), true),
      onAdded: event(),
      onRemoved: event(),
    },
    scripting: {
      executeScript: async (_: unknown) => [],
      registerContentScripts: async (s: { id: string; matches: string[] }[]) => void registered.push(...s),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const i of ids) registered.splice(registered.findIndex((r) => r.id === i), 1);
      },
      getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) => registered.filter((r) => !ids || ids.includes(r.id)),
    },
    __badge: badge,
    __registered: registered,
    __granted: granted,
    /** Drop every listener (a worker stop); storage stays. */
    restart() {
      for (const e of [runtimeOnMessage, b.runtime.onInstalled, b.runtime.onStartup, b.tabs.onUpdated, b.tabs.onRemoved, onChanged, b.permissions.onAdded, b.permissions.onRemoved])
        e.listeners.clear();
    },
  };
  return b;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** One shared instance per test file: `vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }))`. */
export const fakeBrowser: FakeBrowser = ((globalThis as Record<string, unknown>).__credenceFakeBrowser ??= createFakeBrowser()) as FakeBrowser;
// (kept on globalThis so a test can vi.resetModules() and re-import the worker against the same storage: a "restart")
