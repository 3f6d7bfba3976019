import { afterEach, describe, expect, it, vi } from 'vitest';
import { nativeMessaging, nativeSync } from '../../src/content/native-api';
import { createMessenger } from '../../src/shared/messages';

type Raw = (msg: unknown, sender: unknown, sendResponse: (v: unknown) => void) => boolean | void;

function stubChrome() {
  const listeners: Raw[] = [];
  const store: Record<string, unknown> = { highlight: false };
  const chrome = {
    runtime: {
      id: 'ext-id',
      lastError: undefined as undefined | { message: string },
      getURL: (p: string) => `chrome-extension://ext-id/${p}`,
      sendMessage: vi.fn((msg: unknown, cb: (v: unknown) => void): void => void setTimeout(() => cb({ ok: true, echo: msg }), 0)),
      onMessage: { addListener: (f: Raw) => listeners.push(f), removeListener: (f: Raw) => listeners.splice(listeners.indexOf(f), 1) },
    },
    storage: { sync: { get: (_k: null, cb: (v: unknown) => void) => cb({ ...store }), set: (i: Record<string, unknown>, cb: () => void) => (Object.assign(store, i), cb()), remove: (_k: string, cb: () => void) => cb() } },
  };
  vi.stubGlobal('chrome', chrome);
  return { chrome, listeners, store };
}

afterEach(() => vi.unstubAllGlobals());

describe('content script native API adapter', () => {
  it('answers through sendResponse and keeps the channel open for async handlers', async () => {
    const { listeners } = stubChrome();
    const { handleTab } = createMessenger(nativeMessaging);
    handleTab({ ping: () => ({ ok: true, url: 'https://a.example/' }) });
    expect(listeners).toHaveLength(1);
    const got = await new Promise((resolve) => {
      const keepOpen = listeners[0]!({ type: 'ping', credence: 1 }, { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, resolve);
      expect(keepOpen).toBe(true);
    });
    expect(got).toEqual({ ok: true, url: 'https://a.example/' });
  });
  it('rejects a message from a foreign sender and ignores non-Credence messages', async () => {
    const { listeners } = stubChrome();
    createMessenger(nativeMessaging).handleTab({ ping: () => ({ ok: true, url: 'x' }) });
    const got = await new Promise((resolve) => listeners[0]!({ type: 'ping', credence: 1 }, { id: 'other' }, resolve));
    expect(got).toEqual({ rejected: true, reason: 'sender not allowed' });
    const sendResponse = vi.fn();
    expect(listeners[0]!({ hello: 'world' }, { id: 'ext-id' }, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });
  it('sends with a callback and surfaces lastError as a rejection', async () => {
    const { chrome } = stubChrome();
    const { send } = createMessenger(nativeMessaging);
    await expect(send('pageState', { url: 'https://a.example/', phase: 'analysing', report: null })).resolves.toMatchObject({ ok: true });
    chrome.runtime.sendMessage.mockImplementationOnce((_m: unknown, cb: (v: unknown) => void) => {
      chrome.runtime.lastError = { message: 'Receiving end does not exist.' };
      cb(undefined);
      chrome.runtime.lastError = undefined;
    });
    await expect(send('pageState', { url: 'https://a.example/', phase: 'analysing', report: null })).rejects.toThrow(/Receiving end/);
  });
  it('reads and writes storage.sync', async () => {
    const { store } = stubChrome();
    expect(await nativeSync.get(null)).toEqual({ highlight: false });
    await nativeSync.set({ badge: false });
    expect(store.badge).toBe(false);
  });
});
