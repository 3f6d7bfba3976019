/// <reference types="chrome" />
/**
 * Chromium harness: Debian chromium driven by playwright-core with the built
 * extension loaded (see ../shared/docs/e2e-recipe.md §3).
 *
 * How the extension gets to run on the local fixture server (127.0.0.1):
 * - variant "all-sites": a copy of dist/chrome whose manifest lists the
 *   optional "all sites" origins as granted host permissions. This is the state
 *   after a reader grants "all sites" on the options page (a permission prompt
 *   that headless Chromium cannot click); on install the worker sees the grant
 *   and registers its all-sites content script through its own code path
 *   (syncAllSites), exactly as after `permissions.onAdded`.
 * - variant "shipped": dist/chrome unchanged. The content script's static
 *   matches do not include 127.0.0.1, so a page there is only reachable
 *   through activeTab: the suite clicks the toolbar button with CDP
 *   `Extensions.triggerAction` (the same code path as a real click; it opens
 *   the real popup and grants activeTab).
 *
 * Every request the browser makes is recorded: playwright `request` events
 * (pages, extension pages), CDP Network on each extension service worker, and
 * a trap proxy that receives any request for a non-local host.
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './browsers';
import { startTrapProxy, type TrapProxy } from './server';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built extension (dist/); E2E_DIST points the suites at another build. */
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, 'dist');

export type Variant = 'all-sites' | 'shipped';

/** A CDP target (the real action popup, a service worker) driven over raw messages. */
export interface RawTarget {
  targetId: string;
  url: string;
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Evaluate an expression (awaits promises); returns its JSON value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

export interface ChromiumHarness {
  context: BrowserContext;
  extensionId: string;
  extDir: string;
  extUrl(p: string): string;
  browserCdp: CDPSession;
  /** Evaluate with the extension's APIs, in an extension page (not the worker, which may be stopped). */
  sw<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  tabId(page: Page): Promise<number>;
  badge(tabId: number): Promise<string>;
  /**
   * Open popup.html as a background tab next to `page` while `page` is the
   * active tab of its window: the popup's own "active tab" query then finds
   * `page`, as when the toolbar popup opens over it.
   */
  openPopupFor(page: Page): Promise<Page>;
  /** Click the toolbar button for `page` (CDP Extensions.triggerAction); returns the real popup. */
  clickAction(page: Page): Promise<RawTarget>;
  /** Stop every service worker of the extension (CDP ServiceWorker.stopAllWorkers); resolves once none runs. */
  stopWorkers(): Promise<void>;
  /** CDP target ids of the extension's running service workers. */
  swTargets(): Promise<string[]>;
  /** Evaluate an expression inside the running service worker (waking it first). */
  evalInWorker<T>(expression: string): Promise<T>;
  /** Every URL requested by the browser, pages and workers. */
  requests: string[];
  trap: TrapProxy;
  close(): Promise<void>;
}

async function prepareExtension(variant: Variant): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dist = path.join(DIST, 'chrome');
  if (variant === 'shipped') return { dir: dist, cleanup: async () => {} };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'credence-e2e-ext-'));
  await cp(dist, dir, { recursive: true });
  const mf = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const optional = (mf.optional_host_permissions as string[] | undefined) ?? [];
  if (!optional.length) throw new Error('dist/chrome/manifest.json has no optional_host_permissions: no "all sites" route to test');
  mf.host_permissions = [...new Set([...((mf.host_permissions as string[] | undefined) ?? []), ...optional])];
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(mf, null, 2));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeout = 10_000, every = 100): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(every);
  }
}

export async function launchChromium(variant: Variant): Promise<ChromiumHarness> {
  const { dir, cleanup } = await prepareExtension(variant);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'credence-e2e-profile-'));
  const trap = await startTrapProxy();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--enable-unsafe-extension-debugging', // CDP Extensions.triggerAction (Playwright talks over a pipe)
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      // Anything that is not the local server goes to the trap (loopback bypasses proxies by default).
      `--proxy-server=http://127.0.0.1:${trap.port}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const cleanupAll = async () => {
    await context.close().catch(() => undefined);
    await trap.close();
    await rm(userDataDir, { recursive: true, force: true });
    await cleanup();
  };
  try {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://') && w.url().endsWith('/background.js');
    let first = context.serviceWorkers().find(isOurs);
    first ??= await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 }).catch(async () => {
      // Chromium reports --load-extension failures only in a dialog; ask CDP for the reason instead.
      const cdp = await context.browser()!.newBrowserCDPSession();
      const why = await cdp.send('Extensions.loadUnpacked' as never, { path: dir } as never).then(
        () => 'it loads over CDP but no service worker started',
        (e: unknown) => String(e instanceof Error ? e.message : e).replace(/^.*?\): /, ''),
      );
      throw new Error(`the extension in ${dir} did not load: ${why}`);
    });
    const extensionId = new URL(first.url()).host;
    const extUrl = (p: string) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`;
    const browser = context.browser();
    if (!browser) throw new Error('playwright did not expose the browser of the persistent context');
    const browserCdp = await browser.newBrowserCDPSession();

    // Raw CDP sessions to other targets (flatten: false; messages are routed through Target.sendMessageToTarget).
    let seq = 0;
    const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
    const listeners = new Map<string, (method: string, params: Record<string, unknown>) => void>();
    browserCdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown> };
      if (m.id !== undefined && pending.has(m.id)) {
        const p = pending.get(m.id)!;
        pending.delete(m.id);
        if (m.error) p.reject(new Error(m.error.message));
        else p.resolve(m.result);
      } else if (m.method) listeners.get(e.sessionId)?.(m.method, m.params ?? {});
    });
    const attach = async (targetId: string, url: string, onEvent?: (method: string, params: Record<string, unknown>) => void): Promise<RawTarget> => {
      const { sessionId } = (await browserCdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
      if (onEvent) listeners.set(sessionId, onEvent);
      const send = <T>(method: string, params: Record<string, unknown> = {}): Promise<T> =>
        new Promise<T>((resolve, reject) => {
          const id = ++seq;
          pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
          browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
        });
      return {
        targetId,
        url,
        send,
        async evaluate<T>(expression: string): Promise<T> {
          const r = await send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', {
            expression,
            awaitPromise: true,
            returnByValue: true,
          });
          if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
          return r.result.value;
        },
        detach: async () => {
          listeners.delete(sessionId);
          await browserCdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
        },
      };
    };

    // CDP Network on every service worker of the extension, including restarted ones.
    const watched = new Set<string>();
    const watchWorker = async (t: { targetId: string; type: string; url: string }) => {
      if (t.type !== 'service_worker' || watched.has(t.targetId)) return;
      watched.add(t.targetId);
      try {
        const raw = await attach(t.targetId, t.url, (method, params) => {
          if (method === 'Network.requestWillBeSent') requests.push(String((params.request as { url?: string } | undefined)?.url ?? ''));
        });
        await raw.send('Network.enable');
        await raw.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
      } catch {
        /* the worker stopped before we could attach */
      }
    };
    browserCdp.on('Target.targetCreated', (e: { targetInfo: { targetId: string; type: string; url: string } }) => void watchWorker(e.targetInfo));
    await browserCdp.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = (await browserCdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    await Promise.all(targetInfos.map(watchWorker));

    // A control page: an extension page in its own tab from which the tests call extension APIs
    // (tabs, action, storage, scripting). It does not need the service worker, so a test can
    // stop the worker and see what wakes it.
    const control = await context.newPage();
    await control.goto(extUrl('options.html#e2e-control'));
    const sw = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => (await control.evaluate(fn as never, arg as never)) as R;
    const tabId = async (page: Page): Promise<number> => {
      // Bring the page's tab to the front and ask which tab is active: works for any URL,
      // including pages whose URL the extension may not read.
      await page.bringToFront();
      return waitFor(`tab id of ${page.url()}`, () =>
        sw(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null),
      );
    };
    const badge = (id: number) => sw((t: number) => chrome.action.getBadgeText({ tabId: t }), id);

    const openPopupFor = async (page: Page): Promise<Page> => {
      const id = await tabId(page);
      const url = extUrl(`popup.html#for-${id}-${Date.now()}`);
      const opened = context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 });
      await sw(
        async ({ id, url }: { id: number; url: string }) => {
          const tab = await chrome.tabs.get(id);
          await chrome.tabs.update(id, { active: true });
          await chrome.tabs.create({ url, active: false, windowId: tab.windowId });
        },
        { id, url },
      );
      const popup = await opened;
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.waitForLoadState('domcontentloaded');
      return popup;
    };

    const clickAction = async (page: Page): Promise<RawTarget> => {
      await page.bringToFront();
      const pageUrl = page.url();
      const tabs = (await browserCdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: { targetId: string; url: string }[] };
      const tab = tabs.targetInfos.find((t) => t.url === pageUrl);
      if (!tab) throw new Error(`no tab target for ${pageUrl}`);
      const popupUrl = extUrl('popup.html');
      const before = new Set(
        ((await browserCdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] }).targetInfos
          .filter((t) => t.url === popupUrl)
          .map((t) => t.targetId),
      );
      await browserCdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      const target = await waitFor('the action popup', async () =>
        ((await browserCdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] }).targetInfos.find(
          (t) => t.type === 'page' && t.url === popupUrl && !before.has(t.targetId),
        ),
      );
      const raw = await attach(target.targetId, target.url);
      await waitFor('popup document', () => raw.evaluate<boolean>(`document.readyState === 'complete'`));
      return raw;
    };

    const swTargets = async (): Promise<string[]> =>
      ((await browserCdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] }).targetInfos
        .filter((t) => t.type === 'service_worker' && t.url.startsWith(extUrl('')))
        .map((t) => t.targetId);
    const stopWorkers = async (): Promise<void> => {
      // ServiceWorker.* acts on the storage partition of the page it is sent to: the control page's.
      const s = await context.newCDPSession(control);
      try {
        let running = true;
        s.on('ServiceWorker.workerVersionUpdated', (e) => {
          running = e.versions.some((v) => v.scriptURL.startsWith(extUrl('')) && v.runningStatus !== 'stopped');
        });
        await s.send('ServiceWorker.enable');
        await s.send('ServiceWorker.stopAllWorkers');
        await waitFor('the worker to stop', async () => !running && (await swTargets()).length === 0, 5_000);
      } finally {
        await s.detach();
      }
    };
    const evalInWorker = async <T>(expression: string): Promise<T> => {
      if (!(await swTargets()).length) {
        await sw(() => chrome.runtime.sendMessage({ wake: true }).catch(() => undefined));
      }
      const [id] = await waitFor('a running worker', async () => {
        const ids = await swTargets();
        return ids.length ? ids : null;
      });
      const raw = await attach(id!, 'worker');
      try {
        return await raw.evaluate<T>(expression);
      } finally {
        await raw.detach();
      }
    };

    return {
      context,
      extensionId,
      extDir: dir,
      extUrl,
      browserCdp,
      sw,
      tabId,
      badge,
      openPopupFor,
      clickAction,
      stopWorkers,
      swTargets,
      evalInWorker,
      requests,
      trap,
      close: cleanupAll,
    };
  } catch (e) {
    await cleanupAll();
    throw e;
  }
}

/** Messages of the built extension's English locale, to find UI strings by key. */
export async function loadMessages(target: 'chrome' | 'firefox' = 'chrome'): Promise<(key: string, ...subs: string[]) => string> {
  const raw = JSON.parse(await readFile(path.join(DIST, target, '_locales/en/messages.json'), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  >;
  return (key, ...subs) => {
    const m = raw[key];
    if (!m) throw new Error(`no message "${key}" in _locales/en/messages.json`);
    let s = m.message;
    for (const [name, ph] of Object.entries(m.placeholders ?? {})) {
      if (/^[A-Za-z0-9_]{1,40}$/.test(name)) s = s.replace(new RegExp(`\\$${name}\\$`, 'gi'), () => ph.content);
    }
    s = s.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
    return s.replace(/\$\$/g, '$');
  };
}
