/// <reference types="chrome" />
/**
 * Hostile pages in a real browser (issue 8): the built extension in Debian
 * Chromium ("all sites" granted, see chromium.ts) on pages written to attack
 * it (tests/e2e/hostile-pages.ts): script payloads in titles, bylines, source
 * names, quotes, hedges, disclaimers and links; bidi/zero-width characters and
 * 10k-character names; a page that posts the extension's own message shapes,
 * fires CustomEvents, clobbers DOM names and poisons its main world's
 * built-ins. Custom labels carrying payloads are stored too, so the "Why?"
 * details and the options page render hostile strings.
 *
 * For each page the content script runs, the popup opens, every "Why?" opens
 * and the highlight buttons are clicked; then: no dialog anywhere, no console
 * error or page error from the extension, no CSP violation on extension pages
 * (DOM event and CDP Log), no payload ran (sentinel global, no request under
 * /trap/ on the logging server), no element added to the page, the popup holds
 * payloads only as text, every popup link is http(s) with
 * rel="noopener noreferrer", and the badge and stored report are bounded.
 * One browser launch for the whole file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, ConsoleMessage, Page } from 'playwright-core';
import type { TabState } from '../../src/shared/messages';
import { browserAvailable, CHROMIUM_PATH } from './browsers';
import { launchChromium, loadMessages, waitFor, type ChromiumHarness } from './chromium';
import { hostilePages, payloads, startHostileServer, type HostileServer } from './hostile-pages';

const run = browserAvailable('Chromium', CHROMIUM_PATH);

interface PageProbe {
  mutations: number;
  pwned: unknown;
  elements: number;
}

/** Installed on extension pages before their scripts: collect CSP violations and a sentinel. */
function recordCsp(): void {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__csp[w.__csp.length] = `${e.violatedDirective} ${e.blockedURI} ${e.sample}`.slice(0, 300);
  });
}

describe.runIf(run)('Chromium: hostile pages cannot script, inject into or talk to the extension', () => {
  let h: ChromiumHarness;
  let server: HostileServer;
  let msg: Awaited<ReturnType<typeof loadMessages>>;
  const dialogs: string[] = [];
  const extErrors: string[] = [];
  const cdpLog: string[] = [];
  let n = 0;

  const state = (tabId: number) =>
    h.sw(async (k: string) => ((await chrome.storage.session.get(k)) as Record<string, unknown>)[k] ?? null, `tab:${tabId}`) as Promise<TabState | null>;
  const settled = (tabId: number) =>
    waitFor(`a settled report for tab ${tabId}`, async () => {
      const s = await state(tabId);
      return s && s.phase !== 'analysing' ? s : null;
    }, 20_000);

  const watchConsole = (m: ConsoleMessage) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    const url = m.location().url ?? '';
    // Errors the hostile pages cause themselves (their own poisoned scripts, blocked trap loads) are theirs.
    if (url.startsWith('chrome-extension://') || url === '') extErrors.push(`${m.type()} ${url}: ${m.text()}`.slice(0, 400));
  };

  /** CDP Log on an extension page: CSP refusals are reported there, not as console API calls. */
  const watchLog = async (p: Page): Promise<CDPSession> => {
    const s = await h.context.newCDPSession(p);
    s.on('Log.entryAdded', (e: { entry: { level: string; source: string; text: string; url?: string } }) => {
      if (e.entry.level === 'error' || e.entry.source === 'security') cdpLog.push(`${e.entry.source} ${e.entry.url ?? ''}: ${e.entry.text}`.slice(0, 400));
    });
    await s.send('Log.enable');
    return s;
  };

  /** Start counting DOM mutations of the page (main world; careful: the page may have poisoned built-ins). */
  const startProbe = (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as { __probe?: { n: number } };
      const probe = { n: 0 };
      w.__probe = probe;
      new MutationObserver((recs) => {
        probe.n += recs.length;
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  // Returns a string: playwright's own serialiser would run on the page's (possibly poisoned) built-ins.
  const readProbe = async (page: Page): Promise<PageProbe> => {
    const raw = await page.evaluate(() => {
      const w = window as unknown as { __probe?: { n: number }; __pwned?: unknown };
      return (w.__probe ? w.__probe.n : -1) + ' ' + document.all.length + ' ' + (w.__pwned === undefined ? 'none' : 'PWNED:' + String(w.__pwned));
    });
    const [m, e, p] = raw.split(' ');
    return { mutations: Number(m), elements: Number(e), pwned: p === 'none' ? null : p };
  };

  /** Everything the popup shows, checked: no active markup, safe links, payloads as text only. */
  const checkPopupDom = (p: Page) =>
    p.evaluate(() => {
      const root = document.body;
      // The page's own module script (popup.js / options.js, from popup.html) is the only script allowed.
      const own = (e: Element) => e.tagName === 'SCRIPT' && /^[a-z]+\.js$/.test(e.getAttribute('src') ?? '') && !e.textContent;
      const bad = [...root.querySelectorAll('img, script, svg, iframe, object, embed, style, link, form, base, meta')].filter((e) => !own(e)).map((e) => e.outerHTML.slice(0, 120));
      const handlers: string[] = [];
      for (const el of root.querySelectorAll('*')) for (const a of el.getAttributeNames()) if (/^on/i.test(a)) handlers.push(`${el.tagName} ${a}`);
      const links = [...root.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href') ?? '', rel: (a.getAttribute('rel') ?? '').split(/\s+/), target: a.getAttribute('target') }));
      const w = window as unknown as { __csp?: string[]; __pwned?: unknown };
      return { bad, handlers, links, text: root.textContent ?? '', csp: w.__csp ?? ['(no listener)'], pwned: w.__pwned ?? null };
    });

  beforeAll(async () => {
    server = await startHostileServer();
    msg = await loadMessages('chrome');
    h = await launchChromium('all-sites');
    h.context.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    h.context.on('console', watchConsole);
    h.context.on('weberror', (e) => {
      const where = e.page()?.url() ?? '';
      if (where.startsWith('chrome-extension://')) extErrors.push(`pageerror ${where}: ${e.error().message}`);
    });
    for (const w of h.context.serviceWorkers()) w.on('console', watchConsole);
    h.context.on('serviceworker', (w) => w.on('console', watchConsole));
    await h.context.addInitScript(recordCsp);
    // Custom labels that carry payloads, so "Why?" and the options page render them (valid labels:
    // markup in a name or basis text is just text; URLs are http(s)).
    const P = payloads(`${server.origin}/trap`);
    await h.sw(
      (labels: unknown[]) => chrome.storage.sync.set({ customLabels: labels, settingsVersion: 2 }),
      [
        {
          id: 'bluefin-security',
          name: 'Bluefin Security',
          aliases: [],
          domains: ['bluefin-security.example'],
          country: 'NO',
          kind: 'company',
          affiliation: 'private',
          owner: P[0]!.slice(0, 190),
          basis: [
            { text: P[3]!.slice(0, 390), url: `https://example.org/basis?q="><img src=x onerror=alert(1)>` },
            { text: P[6]!.slice(0, 390), url: 'http://example.org/</a><script>alert(2)</script>' },
          ],
          asOf: '2026-05-01',
        },
      ],
    );
  });

  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  const pages = run ? hostilePages('http://origin.invalid').map((p) => p.name) : [];

  it.each(pages)('%s: analysed, popup and highlights exercised, nothing runs or leaks', { timeout: 60_000 }, async (name) => {
    const page = await h.context.newPage();
    const url = server.url(`/${name}.html?v=${++n}&ext=${h.extensionId}`);
    await page.goto(url);
    await startProbe(page);
    const tab = await h.tabId(page);
    const st = await settled(tab).catch(async (e: Error) => {
      throw new Error(`${e.message}; stored state: ${JSON.stringify(await state(tab))?.slice(0, 300)}; extension errors: ${extErrors.join(' | ')}`);
    });
    const before = await readProbe(page);

    // The report: produced, bounded, and only http(s) URLs.
    expect(['done', 'not-news'], `phase ${st.phase} ${st.error ?? ''}`).toContain(st.phase);
    expect(st.report).not.toBeNull();
    const json = JSON.stringify(st.report);
    expect(json.length).toBeLessThan(2_000_000);
    const strings: string[] = [];
    const walk = (x: unknown, key = ''): void => {
      if (typeof x === 'string') {
        strings.push(x);
        if (/url$/i.test(key) && x) expect(x, key).toMatch(/^https?:\/\//i);
      } else if (Array.isArray(x)) x.forEach((v) => walk(v, key === 'primaryLinks' ? 'url' : key));
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, k);
    };
    walk(st.report);
    expect(Math.max(...strings.map((s) => s.length))).toBeLessThanOrEqual(10_000);
    const badge = await h.badge(tab);
    expect(badge.length).toBeLessThanOrEqual(3);

    // The popup: open it, open every "Why?", click the highlight buttons.
    const t0 = Date.now();
    const mark = (what: string) => process.env.E2E_TIMING && console.log(`${name} ${what} +${Date.now() - t0}ms`);
    const popup = await h.openPopupFor(page);
    mark('popup open');
    const log = await watchLog(popup);
    try {
      await popup.getByRole('heading', { name: msg('whoSaysSo'), level: 2 }).or(popup.getByRole('button', { name: msg('analyzeAnyway') })).first().waitFor({ timeout: 10_000 });
      const anyway = popup.getByRole('button', { name: msg('analyzeAnyway') });
      if (await anyway.count()) {
        await anyway.click();
        await popup.getByRole('heading', { name: msg('whoSaysSo'), level: 2 }).waitFor({ timeout: 10_000 });
      }
      mark('popup ready');
      // The popup has read its tab id; bring it to the front so clicks are not throttled like a background tab's.
      await popup.bringToFront();
      for (const s of await popup.locator('summary').all()) await s.click();
      mark('why opened');
      const items = await popup.locator('button.item').all();
      let shown = 0;
      for (const b of items.slice(0, 12)) {
        await b.click();
        await expect.poll(() => popup.getByRole('status').innerText(), { timeout: 5_000 }).not.toBe('');
        if ((await popup.getByRole('status').innerText()) === msg('highlightShown')) shown++;
      }
      // The highlight really ran in the hostile page (and found its sentences there).
      if (items.length) expect(shown).toBeGreaterThan(0);
      mark('items clicked');
      const clear = popup.getByRole('button', { name: msg('clearHighlight') });
      if (await clear.count()) await clear.click();
      await popup.waitForTimeout(300);

      const dom = await checkPopupDom(popup);
      expect(dom.bad, 'active elements in the popup').toEqual([]);
      expect(dom.handlers, 'inline handlers in the popup').toEqual([]);
      expect(dom.csp, 'CSP violations in the popup').toEqual([]);
      expect(dom.pwned).toBeNull();
      for (const l of dom.links) {
        expect(l.href, 'popup link scheme').toMatch(/^https?:\/\//i);
        expect(l.rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
      const spec = hostilePages(server.origin).find((p) => p.name === name)!;
      for (const t of spec.expectText) expect(dom.text, 'payload shown as text').toContain(t);
      if (name === 'hostile-markup') {
        // The payloads reached the popup (as text): the test exercised what it claims to.
        expect(dom.text).toMatch(/onerror=/);
        expect(items.length).toBeGreaterThan(2);
        // The custom label's hostile basis and owner are rendered, as text, in an open "Why?".
        expect(dom.text).toContain('<svg onload=');
      }
      if (name === 'hostile-bidi') expect(dom.text.length).toBeLessThan(200_000);
    } finally {
      await log.detach().catch(() => undefined);
      await popup.close();
    }

    // The page: nothing added or changed by the extension, no payload ran.
    const after = await readProbe(page);
    expect(after.pwned).toBeNull();
    expect(after.elements).toBe(before.elements);
    expect(after.mutations, 'DOM mutations in the page after the analysis').toBe(0);
    // The probe does see a change (positive control).
    await page.evaluate(() => document.body.appendChild(document.createElement('i')));
    await expect.poll(async () => (await readProbe(page)).mutations).toBeGreaterThan(0);
    if (name === 'hostile-talk' || name === 'hostile-clobber') {
      const talkText = await page.evaluate(() => {
        const t = (window as unknown as { __talk?: string[] }).__talk;
        return t ? t.join('\n') : '';
      });
      const talk = talkText ? talkText.split('\n') : null;
      // The page's attempts ran and got nowhere: no chrome.runtime bridge for web pages.
      if (name === 'hostile-talk') expect(talk).not.toBeNull();
      if (talk) expect(talk.some((t) => /^reply: \{/.test(t)), talk!.join('\n')).toBe(false);
      if (talk) expect(talk).toContain('chrome.runtime: absent');
      // The page's posted pageState (for evil.example) did not become this tab's state.
      const now = await state(tab);
      expect(now?.url).toBe(url.split('#')[0]);
      expect(now?.report?.attributions.length ?? 0).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('the options page shows hostile custom labels as text and reports a corrupt one', async () => {
    // Add an invalid label next to the valid hostile one: it must be dropped, named, and the valid one kept.
    await h.sw(async () => {
      const got = (await chrome.storage.sync.get('customLabels')) as { customLabels: unknown[] };
      await chrome.storage.sync.set({
        customLabels: [...got.customLabels, { id: 'evil', name: 'Evil', aliases: [], domains: [], country: null, kind: 'outlet', affiliation: 'private', owner: null, basis: [{ text: 'x', url: 'javascript:alert(1)' }] }],
      });
    });
    const o = await h.context.newPage();
    const log = await watchLog(o);
    try {
      await o.goto(h.extUrl('options.html'));
      await o.getByRole('heading', { name: msg('optionsTitle') }).waitFor({ timeout: 8_000 });
      await o.getByTestId('reset-notice').waitFor({ timeout: 5_000 });
      expect(await o.getByTestId('reset-notice').innerText()).toContain(msg('customHeading'));
      await o.getByText('Bluefin Security').first().waitFor({ timeout: 5_000 });
      // Open the edit form of the hostile label: its payload fields render into inputs, as values.
      await o.getByRole('button', { name: msg('editNamed', 'Bluefin Security') }).click();
      await o.waitForTimeout(200);
      const dom = await checkPopupDom(o);
      expect(dom.bad.filter((b) => !/^<form/.test(b))).toEqual([]);
      expect(dom.handlers).toEqual([]);
      expect(dom.csp).toEqual([]);
      expect(dom.pwned).toBeNull();
      for (const l of dom.links) expect(l.href).toMatch(/^https?:\/\//i);
      const values = await o.evaluate(() => [...document.querySelectorAll('input, textarea')].map((i) => (i as HTMLInputElement).value).join('\n'));
      expect(values).toContain('onerror=');
      // The repaired list was saved: the valid hostile label kept, the invalid one gone.
      await waitFor('the repaired labels saved', async () => {
        const got = (await h.sw(() => chrome.storage.sync.get('customLabels'))) as { customLabels: { id: string }[] };
        return got.customLabels.map((l) => l.id).join(',') === 'bluefin-security';
      });
    } finally {
      await log.detach().catch(() => undefined);
      await o.close();
    }
  });

  it('nothing ran, nothing dialled out, no extension errors, no CSP reports', async () => {
    expect(dialogs).toEqual([]);
    expect(server.trapped()).toEqual([]);
    // The server saw the pages (and maybe a favicon), nothing else.
    expect(server.requests.filter((r) => !/^GET \/(hostile-[a-z]+\.html\?|favicon\.ico$)/.test(r))).toEqual([]);
    const foreign = h.requests.filter((u) => !(u.startsWith(server.origin + '/') || u.startsWith('chrome-extension://') || u === 'about:blank'));
    expect(foreign).toEqual([]);
    expect(cdpLog).toEqual([]);
    expect(extErrors).toEqual([]);
  });

  it('the CSP listener and the CDP log do catch an inline handler in an extension page (positive control)', async () => {
    const o = await h.context.newPage();
    const before = cdpLog.length;
    const log = await watchLog(o);
    try {
      await o.goto(h.extUrl('options.html'));
      await o.getByRole('heading', { name: msg('optionsTitle') }).waitFor({ timeout: 8_000 });
      await o.evaluate(() => {
        const img = document.createElement('img');
        img.setAttribute('onerror', 'window.__pwned = 1');
        img.src = 'x';
        document.body.append(img);
      });
      await expect.poll(async () => (await checkPopupDom(o)).csp.length).toBeGreaterThan(0);
      expect((await checkPopupDom(o)).pwned).toBeNull();
      await expect.poll(() => cdpLog.length).toBeGreaterThan(before);
    } finally {
      await log.detach().catch(() => undefined);
      await o.close();
    }
  });
});
