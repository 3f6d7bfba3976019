/// <reference types="chrome" />
/**
 * The built Chrome extension in Debian Chromium, with "all sites" granted
 * (see chromium.ts for how): detection and per-tab badge, the popup's report,
 * in-page highlighting, options taking effect, a stopped worker, a
 * single-page-app navigation, accessibility and keyboard use, screenshots,
 * and a privacy check over every request the browser made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TabState } from '../../src/shared/messages';
import { browserAvailable, CHROMIUM_PATH } from './browsers';
import { launchChromium, loadMessages, ROOT, waitFor, type ChromiumHarness } from './chromium';
import { axeViolations, listFocusables, tabThrough } from './helpers';
import { startTestServer, type TestServer } from './server';

const run = browserAvailable('Chromium', CHROMIUM_PATH);

describe.runIf(run)('Chromium: the extension on real pages', () => {
  let h: ChromiumHarness;
  let server: TestServer;
  let msg: Awaited<ReturnType<typeof loadMessages>>;
  let seed: Page;
  let plain: Page;
  let seedTab: number;
  let plainTab: number;
  let n = 0;

  /** A fresh URL each time, so tabs are told apart by URL. */
  const fresh = (p: string) => server.url(`${p}${p.includes('?') ? '&' : '?'}v=${++n}`);
  const state = (tabId: number) =>
    h.sw(async (k: string) => ((await chrome.storage.session.get(k)) as Record<string, unknown>)[k] ?? null, `tab:${tabId}`) as Promise<TabState | null>;
  const settled = (tabId: number, url?: string) =>
    waitFor(`a settled report for tab ${tabId}`, async () => {
      const s = await state(tabId);
      return s && s.phase !== 'analysing' && (!url || s.url === url) ? s : null;
    }, 15_000);
  const open = async (p: string): Promise<{ page: Page; tab: number }> => {
    const page = await h.context.newPage();
    await page.goto(fresh(p));
    return { page, tab: await h.tabId(page) };
  };
  const setSettings = (patch: Record<string, unknown>) => h.sw((p: Record<string, unknown>) => chrome.storage.sync.set(p), patch);
  const highlightText = (page: Page) =>
    page.evaluate(() => {
      const hl = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights?.get('credence-highlight');
      return hl ? [...hl].map((r) => r.toString()).join(' ') : null;
    });

  beforeAll(async () => {
    server = await startTestServer();
    msg = await loadMessages('chrome');
    h = await launchChromium('all-sites');
    ({ page: seed, tab: seedTab } = await open('/seed.html'));
    ({ page: plain, tab: plainTab } = await open('/plain.html'));
  });

  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('registers its all-sites content script from the granted permission', async () => {
    const ids = await h.sw(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    expect(ids).toContain('credence-all-sites');
  });

  it('detects the security article and badges that tab only', async () => {
    const st = await settled(seedTab);
    expect(st.phase).toBe('done');
    expect(st.report?.isSecurityNews).toBe(true);
    const pst = await settled(plainTab);
    expect(pst.phase).toBe('not-news');
    expect(pst.report?.isSecurityNews).toBe(false);
    const seedBadge = await waitFor('the seed badge', async () => (await h.badge(seedTab)) || null);
    expect(seedBadge).not.toBe('');
    expect(seedBadge).not.toBe('…');
    expect(await h.badge(plainTab)).toBe('');
    // The default (no tab) badge is untouched: the badge is per tab.
    expect(await h.sw(() => chrome.action.getBadgeText({}))).toBe('');
  });

  it('shows the publisher, the chain with labels, notes, hedges and the disclaimer in the popup', async () => {
    const popup = await h.openPopupFor(seed);
    try {
      await popup.getByRole('heading', { name: msg('whoSaysSo'), level: 2 }).waitFor({ timeout: 8_000 });
      await expect.poll(() => popup.getByText(msg('publishedBy')).locator('..').innerText()).toContain('The Relay Ledger');

      const chain = popup.getByRole('region', { name: msg('whoSaysSo') });
      const gt = chain.getByRole('listitem').filter({ has: popup.getByRole('button', { name: /^Global Times\b/ }) });
      await expect.poll(() => gt.count()).toBeGreaterThan(0);
      expect(await gt.first().innerText()).toContain(msg('labelStateMediaIn', 'China'));
      // Global Times is quoted by the publisher (top level) and relays the ministry.
      const relayed = popup.getByRole('list', { name: msg('relays', 'Global Times') });
      const mss = relayed.getByRole('listitem').filter({ hasText: /Ministry of State Security|\bMSS\b/ });
      await expect.poll(() => mss.count()).toBeGreaterThan(0);
      expect(await mss.first().innerText()).toContain(msg('labelGovernmentIn', 'China'));

      const notes = popup.getByRole('region', { name: msg('notesHeading') });
      expect(await notes.innerText()).toContain(msg('note_state_affiliated_source', 'Global Times', 'China'));

      const hedges = popup.getByRole('region', { name: msg('hedgesHeading') });
      const hedgeText = await hedges.innerText();
      expect(hedgeText).toContain('allegedly');
      expect(hedgeText).toContain('purportedly');

      const disclaimers = popup.getByRole('region', { name: msg('disclaimersHeading') });
      const dText = await disclaimers.innerText();
      expect(dText).toContain(msg('disclaimerLiability'));
      expect(dText).toContain('assumes no liability');
    } finally {
      await popup.close();
    }
  });

  it('highlights the sentence behind a popup item in the page', async () => {
    const popup = await h.openPopupFor(seed);
    try {
      const item = popup.getByRole('button', { name: /allegedly/ }).first();
      await item.waitFor({ timeout: 8_000 });
      expect(await highlightText(seed)).toBeNull();
      await item.click();
      await expect.poll(() => popup.getByRole('status').innerText()).toBe(msg('highlightShown'));
      const text = await highlightText(seed);
      expect(text).toContain('allegedly used the tainted software');
    } finally {
      await popup.close();
    }
  });

  it('saves screenshots of the popup on the seed page, light and dark', async () => {
    const popup = await h.openPopupFor(seed);
    try {
      // Only a complete report is worth a screenshot: wait for the chain's relaying outlet.
      await popup.getByRole('button', { name: /^Global Times\b/ }).first().waitFor({ timeout: 8_000 });
      await popup.setViewportSize({ width: 380, height: 640 });
      await mkdir(path.join(ROOT, 'docs'), { recursive: true });
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
        await popup.screenshot({ path: path.join(ROOT, 'docs', `popup-${scheme}.png`) });
        expect(bg, `${scheme} background`).toMatch(/^rgb/);
      }
      // The two themes really differ.
      await popup.emulateMedia({ colorScheme: 'light' });
      const light = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await popup.emulateMedia({ colorScheme: 'dark' });
      const dark = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(light).not.toBe(dark);
    } finally {
      await popup.close();
    }
  });

  it('offers "Analyse this page" on a non-security page, and it analyses it', async () => {
    const popup = await h.openPopupFor(plain);
    try {
      const btn = popup.getByRole('button', { name: msg('analyzeAnyway') });
      await btn.waitFor({ timeout: 8_000 });
      expect(await popup.getByText(msg('stateNotSecurity')).count()).toBe(1);
      await btn.click();
      await popup.getByRole('heading', { name: msg('whoSaysSo'), level: 2 }).waitFor({ timeout: 8_000 });
      const st = await state(plainTab);
      expect(st?.phase).toBe('done');
      expect(st?.report?.isSecurityNews).toBe(false);
      expect(await popup.getByText('Windowsill Weekly').count()).toBeGreaterThan(0);
    } finally {
      await popup.close();
    }
  });

  it('turns in-page highlighting off from the options page', async () => {
    const options = await h.context.newPage();
    try {
      await options.goto(h.extUrl('options.html'));
      const box = options.getByRole('checkbox', { name: msg('highlightLabel') });
      await box.waitFor({ timeout: 8_000 });
      expect(await box.isChecked()).toBe(true);
      await box.uncheck();
      await waitFor('highlight=false in storage', async () => (await h.sw(() => chrome.storage.sync.get('highlight'))).highlight === false);
      await seed.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear());
      const popup = await h.openPopupFor(seed);
      try {
        await popup.getByRole('heading', { name: msg('hedgesHeading') }).waitFor({ timeout: 8_000 });
        // Items are plain text now, not buttons that highlight.
        expect(await popup.getByRole('button', { name: /allegedly/ }).count()).toBe(0);
        await popup.getByRole('region', { name: msg('hedgesHeading') }).getByText('allegedly', { exact: false }).first().click();
        await popup.waitForTimeout(300);
        expect(await highlightText(seed)).toBeNull();
      } finally {
        await popup.close();
      }
      await box.check();
      await waitFor('highlight=true in storage', async () => (await h.sw(() => chrome.storage.sync.get('highlight'))).highlight === true);
    } finally {
      await options.close();
    }
  });

  it('applies a custom label added on the options page', async () => {
    const before = await open('/custom.html');
    const st0 = await settled(before.tab);
    const nm0 = st0.report?.attributions.find((a) => /Northgate Monitor/.test(a.source));
    expect(nm0, 'the article quotes the Northgate Monitor').toBeTruthy();
    expect(nm0?.label ?? null).toBeNull();
    await before.page.close();

    const options = await h.context.newPage();
    try {
      await options.goto(h.extUrl('options.html'));
      await options.getByRole('button', { name: msg('customAdd') }).click();
      const form = options.getByRole('form', { name: msg('customFormLabel') });
      await form.getByLabel(msg('fieldName'), { exact: true }).fill('Northgate Monitor');
      await form.getByLabel(msg('fieldDomains'), { exact: false }).fill('northgate-monitor.example');
      await form.getByLabel(msg('fieldCountry'), { exact: false }).fill('NO');
      await form.getByLabel(msg('fieldKind')).selectOption({ label: msg('kindOutlet') });
      await form.getByLabel(msg('fieldAffiliation')).selectOption({ label: msg('affStateFundedIndependent') });
      await form.getByLabel(msg('fieldBasisText')).fill('Funded by a public broadcasting levy (test label)');
      await form.getByLabel(msg('fieldBasisUrl'), { exact: false }).fill('https://example.org/northgate-basis');
      await form.getByRole('button', { name: msg('save') }).click();
      await waitFor('the custom label in storage', async () => {
        const got = (await h.sw(() => chrome.storage.sync.get('customLabels'))) as { customLabels?: { name: string }[] };
        return got.customLabels?.some((l) => l.name === 'Northgate Monitor') ?? false;
      });
    } finally {
      await options.close();
    }

    const after = await open('/custom.html');
    const st = await settled(after.tab);
    const nm = st.report?.attributions.find((a) => /Northgate Monitor/.test(a.source));
    expect(nm?.label?.affiliation).toBe('state_funded_independent');
    const popup = await h.openPopupFor(after.page);
    try {
      const item = popup.getByRole('region', { name: msg('whoSaysSo') }).getByRole('listitem').filter({ hasText: 'Northgate Monitor' }).first();
      await item.waitFor({ timeout: 8_000 });
      const text = await item.innerText();
      expect(text).toContain(msg('labelPublicIndependentIn', 'Norway'));
      expect(text).toContain(msg('labelCustom'));
    } finally {
      await popup.close();
      await after.page.close();
      await setSettings({ customLabels: [] });
    }
  });

  it('still shows the tab’s report after the service worker is stopped', async () => {
    await settled(seedTab);
    await h.stopWorkers();
    expect(await h.swTargets()).toEqual([]);
    // The popup must now wake a new worker to read the stored tab state (openPopupFor itself uses
    // the worker too; either way the state comes from storage.session, not a live worker's memory).
    const popup = await h.openPopupFor(seed);
    try {
      await popup.getByRole('heading', { name: msg('whoSaysSo'), level: 2 }).waitFor({ timeout: 8_000 });
      expect(await popup.getByRole('button', { name: /^Global Times\b/ }).count()).toBeGreaterThan(0);
    } finally {
      await popup.close();
    }
  });

  it('produces a new report after a single-page-app navigation', async () => {
    const { page, tab } = await open('/spa/');
    const first = await settled(tab);
    expect(first.report?.article.title).toMatch(/water utility/);
    await page.getByRole('link', { name: /Next story/ }).click();
    expect(page.url()).toMatch(/\/spa\/second$/);
    const second = await settled(tab, page.url());
    expect(second.phase).toBe('done');
    expect(second.report?.article.title).toMatch(/phishing-kit/);
    expect(second.report?.attributions.some((a) => /Europol/.test(a.source))).toBe(true);
    const popup = await h.openPopupFor(page);
    try {
      await popup.getByText(/Police seize servers of phishing-kit service/).first().waitFor({ timeout: 8_000 });
      expect(await popup.getByText(/water utility/).count()).toBe(0);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  describe('accessibility', () => {
    /** Full axe run in the light theme, then the colour rules again in the dark theme (the themes differ only in colour). */
    const bothThemes = async (page: Page): Promise<string[]> => {
      await page.emulateMedia({ colorScheme: 'light' });
      const light = await axeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axeViolations(page, ['color-contrast', 'link-in-text-block']);
      await page.emulateMedia({ colorScheme: 'light' });
      return [...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`)];
    };

    it('axe finds no violations in the popup report, light and dark', { timeout: 60_000 }, async () => {
      const p = await h.openPopupFor(seed);
      try {
        await p.getByRole('heading', { name: msg('whoSaysSo'), level: 2 }).waitFor({ timeout: 8_000 });
        await p.getByRole('region', { name: msg('notesHeading') }).waitFor({ timeout: 2_000 });
        // Every "Why?" open, so their contents are checked too.
        for (const d of await p.locator('summary').all()) await d.click();
        expect(await bothThemes(p)).toEqual([]);
      } finally {
        await p.close();
      }
    });

    it("axe finds no violations in the popup's other states and the options page, light and dark", { timeout: 90_000 }, async () => {
      const found: Record<string, string[]> = {};
      const check = async (name: string, page: Page, ready: () => Promise<unknown>) => {
        await ready();
        found[name] = await bothThemes(page);
      };
      // Not security news (a fresh plain page, never force-analysed).
      const np = await open('/plain.html');
      await settled(np.tab);
      let p = await h.openPopupFor(np.page);
      await check('not security news', p, () => p.getByRole('button', { name: msg('analyzeAnyway') }).waitFor({ timeout: 8_000 }));
      await p.close();
      // Analysing and failed: the states the worker stores for a tab mid-analysis or after an error.
      for (const phase of ['analysing', 'failed'] as const) {
        await h.sw(
          ({ k, url, phase }: { k: string; url: string; phase: string }) =>
            chrome.storage.session.set({ [k]: { url, phase, report: null, updated: Date.now(), ...(phase === 'failed' ? { error: 'test' } : {}) } }),
          { k: `tab:${np.tab}`, url: np.page.url(), phase },
        );
        p = await h.openPopupFor(np.page);
        await check(phase, p, () => p.getByText(phase === 'analysing' ? msg('stateAnalysing') : msg('stateFailedTitle')).first().waitFor({ timeout: 8_000 }));
        await p.close();
      }
      await np.page.close();
      // Restricted: the active tab shows a document in the built-in PDF viewer (closed to extensions).
      const blank = await h.context.newPage();
      await blank.goto(fresh('/doc.pdf'));
      p = await h.openPopupFor(blank);
      await check('restricted', p, () => p.getByText(msg('stateRestrictedTitle')).waitFor({ timeout: 8_000 }));
      await p.close();
      await blank.close();
      // Options page, with the label form open.
      const o = await h.context.newPage();
      await o.goto(h.extUrl('options.html'));
      await check('options', o, async () => {
        await o.getByRole('heading', { name: msg('optionsTitle') }).waitFor({ timeout: 8_000 });
        await o.getByRole('button', { name: msg('customAdd') }).click();
      });
      // Sanity: the same runner does catch a problem (a button without a name).
      await o.evaluate(() => document.body.append(document.createElement('button')));
      expect((await axeViolations(o)).join('\n')).toMatch(/^button-name/m);
      await o.close();

      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    });

    it('every popup control is reachable and operable by keyboard', async () => {
      await seed.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear());
      const p = await h.openPopupFor(seed);
      try {
        await p.getByRole('heading', { name: msg('whoSaysSo'), level: 2 }).waitFor({ timeout: 8_000 });
        await p.bringToFront();
        const expected = await listFocusables(p);
        expect(expected.length).toBeGreaterThan(3);
        const reached = await tabThrough(p, expected.length);
        expect(reached).toEqual(expected);
        // Enter on a hedge item highlights its sentence.
        const hedge = p.getByRole('button', { name: /allegedly/ }).first();
        await hedge.waitFor({ timeout: 5_000 });
        await hedge.focus();
        await p.keyboard.press('Enter');
        await expect.poll(() => p.getByRole('status').innerText()).toBe(msg('highlightShown'));
        expect(await highlightText(seed)).toContain('allegedly');
        // Space and Enter open a "Why?" disclosure (one per labelled source).
        const why = p.locator('summary').first();
        await why.waitFor({ timeout: 5_000 });
        await why.focus();
        await p.keyboard.press('Space');
        expect(await why.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
        await p.keyboard.press('Enter');
        expect(await why.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(false);
      } finally {
        await p.close();
      }
    });

    it('every options control is reachable and operable by keyboard', async () => {
      const o = await h.context.newPage();
      try {
        await o.goto(h.extUrl('options.html'));
        await o.getByRole('heading', { name: msg('optionsTitle') }).waitFor({ timeout: 8_000 });
        const expected = await listFocusables(o);
        const reached = await tabThrough(o, expected.length);
        expect(reached).toEqual(expected);
        const badge = o.getByRole('checkbox', { name: msg('badgeLabel') });
        await badge.focus();
        await o.keyboard.press('Space');
        await waitFor('badge=false saved', async () => (await h.sw(() => chrome.storage.sync.get('badge'))).badge === false);
        await o.keyboard.press('Space');
        await waitFor('badge=true saved', async () => (await h.sw(() => chrome.storage.sync.get('badge'))).badge === true);
        // Enter on "Add a label" opens the form with focusable fields.
        await o.getByRole('button', { name: msg('customAdd') }).focus();
        await o.keyboard.press('Enter');
        await o.getByRole('form', { name: msg('customFormLabel') }).waitFor();
      } finally {
        await o.close();
      }
    });
  });

  it('made no request to anything but the local server', async () => {
    // Sanity: a request made by the worker itself is seen (CDP Network on the worker).
    const probe = server.url('/worker-probe.html');
    expect(await h.evalInWorker<number>(`fetch(${JSON.stringify(probe)}).then((r) => r.status)`)).toBe(404);
    await waitFor('the worker request in the log', async () => h.requests.includes(probe));
    expect(h.requests.length).toBeGreaterThan(5);
    const foreign = h.requests.filter((u) => !(u.startsWith(server.origin + '/') || u.startsWith('chrome-extension://') || u.startsWith('data:') || u === 'about:blank'));
    expect(foreign).toEqual([]);
    // Every request that left for another host hit the trap proxy. Chromium's own
    // update and sign-in services call home on start-up whatever the extension
    // does; those hosts are allowed here, nothing else is.
    const BROWSER_OWN = /^(CONNECT |[A-Z]+ https?:\/\/)(update\.googleapis\.com|clients\d?\.google\.com|accounts\.google\.com|[a-z0-9-]+\.gvt1\.com|optimizationguide-pa\.googleapis\.com|content-autofill\.googleapis\.com|www\.google\.com)(:\d+)?(\/|$)/;
    expect(h.trap.hits.filter((hit) => !BROWSER_OWN.test(hit))).toEqual([]);
    // The server saw only fixture pages.
    expect(server.requests.every((r) => r.path === '/favicon.ico' || /^\/(seed|plain|custom|spa|doc\.pdf|worker-probe)/.test(r.path))).toBe(true);
  });
});
