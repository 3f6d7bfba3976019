/// <reference types="chrome" />
/**
 * The built Firefox extension in Debian firefox-esr (WebDriver BiDi): it
 * installs, the content script detects the seed article, the badge is set
 * for that tab only, the popup renders the chain, and the options page
 * renders. No request leaves for another host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { TabState } from '../../src/shared/messages';
import { browserAvailable, FIREFOX_PATH } from './browsers';
import { loadMessages, waitFor } from './chromium';
import { gotoExtensionPage, launchFirefox, type FirefoxHarness } from './firefox';
import { startTestServer, type TestServer } from './server';

const run = browserAvailable('Firefox', FIREFOX_PATH);

type B = { browser: typeof chrome };

describe.runIf(run)('Firefox: the extension on real pages', () => {
  let f: FirefoxHarness;
  let server: TestServer;
  let msg: Awaited<ReturnType<typeof loadMessages>>;
  let seed: Page;
  let plain: Page;
  let seedTab: number;
  let plainTab: number;

  const state = (tabId: number) =>
    f.ext(async (k: string) => ((await (globalThis as unknown as B).browser.storage.session.get(k)) as Record<string, unknown>)[k] ?? null, `tab:${tabId}`) as Promise<TabState | null>;
  const badge = (tabId: number) => f.ext((id: number) => (globalThis as unknown as B).browser.action.getBadgeText({ tabId: id }), tabId);
  const settled = (tabId: number) =>
    waitFor(`a settled report for tab ${tabId}`, async () => {
      const s = await state(tabId);
      return s && s.phase !== 'analysing' ? s : null;
    }, 15_000);
  const text = (p: Page) => p.evaluate(() => document.body.innerText);

  beforeAll(async () => {
    server = await startTestServer();
    msg = await loadMessages('firefox');
    f = await launchFirefox();
    seed = await f.browser.newPage();
    await seed.goto(server.url('/seed.html?ff'));
    seedTab = await f.tabId(seed);
    plain = await f.browser.newPage();
    await plain.goto(server.url('/plain.html?ff'));
    plainTab = await f.tabId(plain);
  });

  afterAll(async () => {
    await f?.close();
    await server?.close();
  });

  it('installs and renders the options page', async () => {
    const o = await f.browser.newPage();
    try {
      await gotoExtensionPage(o, f.extUrl('options.html'));
      await o.waitForSelector('h1');
      expect(await o.evaluate(() => document.querySelector('h1')?.textContent)).toBe(msg('optionsTitle'));
      expect(await text(o)).toContain(msg('highlightLabel'));
    } finally {
      await o.close();
    }
  });

  it('detects the security article and badges that tab only', async () => {
    const st = await settled(seedTab);
    expect(st.phase).toBe('done');
    expect(st.report?.isSecurityNews).toBe(true);
    const pst = await settled(plainTab);
    expect(pst.phase).toBe('not-news');
    expect(await waitFor('the seed badge', async () => (await badge(seedTab)) || null)).not.toBe('');
    expect(await badge(plainTab)).toBe('');
  });

  it('renders the seed chain in the popup: publisher → Global Times → Ministry of State Security', async () => {
    const p = await f.openPopupFor(seed);
    try {
      await waitFor('the report', async () => (await text(p)).includes(msg('notesHeading')));
      const body = await text(p);
      expect(body).toContain('The Relay Ledger');
      // The nested list of sources Global Times relays holds the ministry, with both labels.
      const chain = await p.evaluate((relays: string) => {
        const nested = [...document.querySelectorAll('ol')].find((ol) => ol.getAttribute('aria-label') === relays);
        const gt = nested?.closest('li');
        return { gt: gt?.innerText ?? '', nested: nested?.innerText ?? '' };
      }, msg('relays', 'Global Times'));
      expect(chain.gt).toContain(msg('labelStateMediaIn', 'China'));
      expect(chain.nested).toMatch(/Ministry of State Security|\bMSS\b/);
      expect(chain.nested).toContain(msg('labelGovernmentIn', 'China'));
      expect(body).toContain('allegedly');
      expect(body).toContain(msg('disclaimerLiability'));
    } finally {
      await p.close();
    }
  });

  it('made no request to another host', async () => {
    // Firefox's own services are switched off by the automation profile; anything that still
    // tries to leave lands in the trap and is listed here.
    const own = /^(CONNECT |[A-Z]+ https?:\/\/)([a-z0-9.-]+\.)?(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?(\/|$)/;
    expect(f.trap.hits.filter((h) => !own.test(h))).toEqual([]);
  });
});
