/**
 * Firefox harness: Debian firefox-esr over WebDriver BiDi with puppeteer-core
 * (../shared/docs/e2e-recipe.md §4). The extension is installed as a
 * temporary add-on; the moz-extension UUID is pinned by pref.
 *
 * Like the Chromium "all-sites" variant, the installed copy lists the
 * optional "all sites" origins as host permissions (the state after a reader
 * grants them on the options page), so the worker registers its all-sites
 * content script and it runs on the local fixture server.
 *
 * Extension APIs are called from a control tab showing an extension page.
 * Network: the browser's proxy is a trap that records any non-local request.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FIREFOX_PATH } from './browsers';
import { DIST, waitFor } from './chromium';
import { startTrapProxy, type TrapProxy } from './server';

export const FIREFOX_UUID = '0c0ffee0-c7ed-4e2e-8e2e-e2e0e2e0e2e0';

export interface FirefoxHarness {
  browser: Browser;
  addonId: string;
  extUrl(p: string): string;
  /** A tab showing an extension page, for calling extension APIs. */
  control: Page;
  ext<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  tabId(page: Page): Promise<number>;
  /** Open popup.html in a background tab while `page` is the active tab. */
  openPopupFor(page: Page): Promise<Page>;
  trap: TrapProxy;
  close(): Promise<void>;
}

async function findPage(browser: Browser, url: string, timeout = 10_000): Promise<Page> {
  return waitFor(`a page at ${url}`, async () => {
    for (const p of await browser.pages()) {
      if (p.url() === url) return p;
      if (await p.evaluate(() => location.href).then((h) => h === url, () => false)) return p;
    }
    return null;
  }, timeout);
}

/** Navigate a page to a moz-extension URL: BiDi never reports that navigation done (recipe gotcha 13). */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  // page.url() is not updated either: ask the document itself.
  await waitFor(`navigation to ${url}`, () =>
    page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url).catch(() => false),
  );
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'credence-e2e-ff-ext-'));
  await cp(path.join(DIST, 'firefox'), dir, { recursive: true });
  const mf = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const addonId = (mf.browser_specific_settings as { gecko: { id: string } }).gecko.id;
  const optional = (mf.optional_host_permissions as string[] | undefined) ?? [];
  mf.host_permissions = [...new Set([...((mf.host_permissions as string[] | undefined) ?? []), ...optional])];
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(mf, null, 2));
  const trap = await startTrapProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_UUID }),
      // Install-time host permissions of MV3 add-ons are granted without a prompt.
      'extensions.originControls.grantByDefault': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': trap.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': trap.port,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  const cleanup = async () => {
    await browser.close().catch(() => undefined);
    await trap.close();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const installed = await browser.installExtension(dir);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
    const extUrl = (p: string) => `moz-extension://${FIREFOX_UUID}/${p.replace(/^\//, '')}`;
    const control = await browser.newPage();
    await gotoExtensionPage(control, extUrl('options.html'));
    const ext = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => (await control.evaluate(fn as never, arg as never)) as R;
    const tabId = async (page: Page): Promise<number> => {
      await page.bringToFront();
      const url = page.url();
      return waitFor(`tab id of ${url}`, () =>
        ext(async (u: string) => {
          const b = (globalThis as unknown as { browser: typeof chrome }).browser;
          const tabs = await b.tabs.query({});
          return tabs.find((t) => t.url === u)?.id ?? null;
        }, url),
      );
    };
    const openPopupFor = async (page: Page): Promise<Page> => {
      const id = await tabId(page);
      const url = extUrl(`popup.html#for-${id}-${Date.now()}`);
      await ext(
        async ({ id, url }: { id: number; url: string }) => {
          const b = (globalThis as unknown as { browser: typeof chrome }).browser;
          const tab = await b.tabs.get(id);
          await b.tabs.update(id, { active: true });
          await b.tabs.create({ url, active: false, windowId: tab.windowId });
        },
        { id, url },
      );
      return findPage(browser, url);
    };
    return { browser, addonId, extUrl, control, ext, tabId, openPopupFor, trap, close: cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
