/// <reference types="chrome" />
/**
 * intl8: the non-English cue tables are a script of their own
 * (analyzer-intl.js, src/shared/analyzer-parts.ts). In the built extension a
 * German page must get its German attributions (the script is injected when
 * the analysis asks for it), and an English page must never load it. Whether
 * it ran is read in the content script's isolated world: the registry it
 * fills (src/core/intl-cues.ts) is on the modules global the earlier scripts
 * leave there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabState } from '../../src/shared/messages';
import { browserAvailable, CHROMIUM_PATH } from './browsers';
import { launchChromium, waitFor, type ChromiumHarness } from './chromium';
import { startTestServer, type TestServer } from './server';

const run = browserAvailable('Chromium', CHROMIUM_PATH);

describe.runIf(run)('Chromium: the intl analyzer script only for pages in another language', () => {
  let h: ChromiumHarness;
  let server: TestServer;

  const state = (tabId: number) =>
    h.sw(async (k: string) => ((await chrome.storage.session.get(k)) as Record<string, unknown>)[k] ?? null, `tab:${tabId}`) as Promise<TabState | null>;
  const settled = (tabId: number) =>
    waitFor(`a settled report for tab ${tabId}`, async () => {
      const s = await state(tabId);
      return s && s.phase !== 'analysing' ? s : null;
    }, 20_000);
  /** In the content script's world: are the analyzer's modules there, and is the intl registry filled? */
  const worldState = (tabId: number) =>
    h.sw(async (id: number) => {
      const [res] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const mods = (globalThis as unknown as Record<string, Record<string, { intlCues?: () => unknown }> | undefined>).__credenceModules;
          const reg = mods?.['src/core/intl-cues.ts'];
          return { modules: !!mods, intl: reg?.intlCues ? reg.intlCues() !== null : null };
        },
      });
      return res?.result ?? null;
    }, tabId) as Promise<{ modules: boolean; intl: boolean | null } | null>;
  const open = async (p: string): Promise<{ page: Page; tab: number }> => {
    const page = await h.context.newPage();
    await page.goto(server.url(p));
    return { page, tab: await h.tabId(page) };
  };

  beforeAll(async () => {
    server = await startTestServer();
    h = await launchChromium('all-sites');
  });

  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('an English security article is analysed without ever loading the intl script', async () => {
    const { tab } = await open('/seed.html?intl8');
    const st = await settled(tab);
    expect(st.phase).toBe('done');
    expect(st.report?.attributions.length).toBeGreaterThan(0);
    expect(await worldState(tab)).toEqual({ modules: true, intl: false });
  });

  it('a German security article loads it and gets its German attributions and hedges', async () => {
    const { tab } = await open('/intl-de.html');
    const st = await settled(tab);
    expect(st.phase).toBe('done');
    const cues = st.report?.attributions.map((a) => `${a.cue}: ${a.source}`) ?? [];
    expect(cues).toContain('Laut: Bundesamt für Sicherheit in der Informationstechnik');
    expect(cues).toContain('Nach Angaben: Polizei');
    expect(st.report?.hedges.map((x) => x.cue)).toContain('angeblich');
    expect(await worldState(tab)).toEqual({ modules: true, intl: true });
  });
});
