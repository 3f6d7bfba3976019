/**
 * The few extension APIs the content script uses, over the native `chrome`
 * namespace (callback style, which Chrome and Firefox both support), instead
 * of webextension-polyfill: it keeps ~10 KB out of the content-script budget.
 * The background and extension pages use the polyfill (src/shared/browser.ts).
 */
import type { MessageListener, MessagingApi } from '../shared/messages';
import type { SyncArea } from '../shared/settings';

type Callback<T> = (v: T) => void;
interface NativeChrome {
  runtime: {
    id: string;
    lastError?: { message?: string };
    getURL(p: string): string;
    sendMessage(msg: unknown, cb: Callback<unknown>): void;
    onMessage: {
      addListener(fn: (msg: unknown, sender: unknown, sendResponse: Callback<unknown>) => boolean | void): void;
      removeListener(fn: (msg: unknown, sender: unknown, sendResponse: Callback<unknown>) => boolean | void): void;
    };
  };
  storage: { sync: { get(keys: null, cb: Callback<Record<string, unknown>>): void; set(items: Record<string, unknown>, cb: Callback<void>): void; remove(keys: string | string[], cb: Callback<void>): void } };
}

const chromeApi = (): NativeChrome => (globalThis as unknown as { chrome: NativeChrome }).chrome;

function call<T>(fn: (cb: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    fn((v) => {
      const err = chromeApi().runtime.lastError;
      if (err) reject(new Error(err.message ?? 'extension API error'));
      else resolve(v);
    });
  });
}

const wrapped = new WeakMap<MessageListener, (msg: unknown, sender: unknown, sendResponse: Callback<unknown>) => boolean>();

export const nativeMessaging: MessagingApi = {
  runtime: {
    get id() {
      return chromeApi().runtime.id;
    },
    getURL: (p) => chromeApi().runtime.getURL(p),
    sendMessage: (msg) => call((cb) => chromeApi().runtime.sendMessage(msg, cb)),
    onMessage: {
      addListener(fn) {
        // Answer through sendResponse and keep the channel open, the way both browsers support.
        const w = (msg: unknown, sender: unknown, sendResponse: Callback<unknown>): boolean => {
          const out = fn(msg, sender as never);
          if (!out) return false;
          out.then(sendResponse, (e: unknown) => sendResponse({ rejected: true, reason: String(e).slice(0, 200) }));
          return true;
        };
        wrapped.set(fn, w);
        chromeApi().runtime.onMessage.addListener(w);
      },
      removeListener(fn) {
        const w = wrapped.get(fn);
        if (w) chromeApi().runtime.onMessage.removeListener(w);
      },
    },
  },
};

export const nativeSync: SyncArea = {
  get: () => call((cb) => chromeApi().storage.sync.get(null, cb)),
  set: (items) => call((cb) => chromeApi().storage.sync.set(items, cb)),
  remove: (keys) => call((cb) => chromeApi().storage.sync.remove(keys, cb)),
};
