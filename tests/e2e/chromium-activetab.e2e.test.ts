/// <reference types="chrome" />
/**
 * The extension exactly as shipped (dist/chrome, no optional permission
 * granted): on a site outside its built-in list it has no access until the
 * reader clicks the toolbar button. The click (CDP Extensions.triggerAction,
 * the same path as a real click) opens the real popup and grants activeTab,
 * and "Analyse this page anyway" works through that grant alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabState } from '../../src/shared/messages';
import { browserAvailable, CHROMIUM_PATH } from './browsers';
import { launchChromium, loadMessages, waitFor, type ChromiumHarness, type RawTarget } from './chromium';
import { startTestServer, type TestServer } from './server';

const run = browserAvailable('Chromium', CHROMIUM_PATH);

describe.runIf(run)('Chromium, as shipped: "Analyse this page" through activeTab', () => {
  let h: ChromiumHarness;
  let server: TestServer;
  let msg: Awaited<ReturnType<typeof loadMessages>>;
  let page: Page;
  let tab: number;
  let popup: RawTarget | undefined;

  const state = (tabId: number) =>
    h.sw(async (k: string) => ((await chrome.storage.session.get(k)) as Record<string, unknown>)[k] ?? null, `tab:${tabId}`) as Promise<TabState | null>;
  const canScript = (tabId: number) =>
    h.sw(
      (id: number) =>
        chrome.scripting.executeScript({ target: { tabId: id }, func: () => document.title }).then(
          () => true,
          () => false,
        ),
      tabId,
    );
  const popupText = () => popup!.evaluate<string>('document.body.innerText');

  beforeAll(async () => {
    server = await startTestServer();
    msg = await loadMessages('chrome');
    h = await launchChromium('shipped');
    page = await h.context.newPage();
    await page.goto(server.url('/plain.html?activetab'));
    tab = await h.tabId(page);
  });

  afterAll(async () => {
    await popup?.detach();
    await h?.close();
    await server?.close();
  });

  it('has no access to the page before the toolbar button is clicked', async () => {
    await page.waitForTimeout(500);
    expect(await state(tab)).toBeNull();
    expect(await h.badge(tab)).toBe('');
    expect(await canScript(tab)).toBe(false);
    const ids = await h.sw(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    expect(ids).toEqual([]);
  });

  it('the real popup offers "Analyse this page", which works through activeTab', async () => {
    popup = await h.clickAction(page);
    await waitFor('the not-analysed state', async () => (await popupText()).includes(msg('stateNotAnalysed')));
    expect(await canScript(tab)).toBe(true); // the click granted activeTab for this tab
    const clicked = await popup.evaluate<boolean>(
      `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(msg('analyzeAnyway'))}); if (!b) return false; b.click(); return true; })()`,
    );
    expect(clicked).toBe(true);
    const st = await waitFor('the forced report', async () => {
      const s = await state(tab);
      return s?.phase === 'done' ? s : null;
    });
    expect(st.report?.isSecurityNews).toBe(false);
    expect(st.report?.article.siteName).toBe('Windowsill Weekly');
    await waitFor('the report in the popup', async () => (await popupText()).includes(msg('whoSaysSo') + '\n') || (await popupText()).includes('Windowsill Weekly'));
    expect(await popupText()).toContain('Windowsill Weekly');
  });
});
