/**
 * Content script entry (IIFE). Runs at document_idle on matched pages, and
 * again when "Analyze this page" injects it; a global guard keeps one
 * instance per page (a second injection only triggers the analysis request
 * that follows it).
 */
import { createMessenger } from '../shared/messages';
import { loadSettings } from '../shared/settings';
import { nativeMessaging, nativeSync } from './native-api';
import { loadedAnalyzer, loadedAnalyzerText, type AnalyzerApi, type AnalyzerTextApi } from './analyzer-api';
import { INTL_PART, type AnalyzerPart } from '../shared/analyzer-parts';
import type { SourceDirectory } from '../core/directory';
import { createContent, defaultIdle, idleSteps, pageHidden, STEP_SLICE_MS, watchNavigation } from './run';

const GUARD = '__credenceContentLoaded';
const g = globalThis as unknown as Record<string, unknown>;

// Compare with `true`, not truthiness: a page element with id="__credenceContentLoaded" shows up as a named
// property of window in every world (DOM clobbering) and would otherwise switch Credence off on that page.
if (g[GUARD] !== true) {
  g[GUARD] = true;
  const { handleTab, send } = createMessenger(nativeMessaging);
  // The source database comes from the background (compact form, custom labels merged), so none of it is bundled here.
  let dirKey = '';
  let dir: SourceDirectory | null = null;
  const ctl = createContent({
    doc: document,
    win: window,
    loadSettings: async () => (await loadSettings(nativeSync)).settings,
    analyzer: async (): Promise<AnalyzerApi> => {
      let api = loadedAnalyzer();
      if (!api) {
        const res = await send('loadAnalyzer', {});
        api = loadedAnalyzer();
        if (!api) throw new Error(`analyzer unavailable${res.error ? `: ${res.error}` : ''}`);
      }
      return api;
    },
    analyzerText: async (): Promise<AnalyzerTextApi> => {
      let api = loadedAnalyzerText();
      // The scripts after the first up to the intl one, one request each: each is compiled and run in a task of its own.
      for (let part = 1; !api && part < INTL_PART; part++) {
        const res = await send('loadAnalyzer', { part: part as AnalyzerPart });
        if (!res.ok) throw new Error(`analyzer unavailable${res.error ? `: ${res.error}` : ''}`);
        api = loadedAnalyzerText();
      }
      if (!api) throw new Error('analyzer unavailable');
      return api;
    },
    analyzerIntl: async () => {
      const res = await send('loadAnalyzer', { part: INTL_PART });
      if (!res.ok) throw new Error(`analyzer unavailable${res.error ? `: ${res.error}` : ''}`);
    },
    directory: async (s, api) => {
      const key = JSON.stringify(s.customLabels);
      if (!dir || key !== dirKey) {
        const data = await send('directory', {}).catch(() => null);
        // One idle callback per few dozen entries: built in one piece, cold, it took 50-100 ms.
        dir = api.directoryFromCompactSteps ? await idleSteps(api.directoryFromCompactSteps(data), defaultIdle(window), STEP_SLICE_MS, () => pageHidden(window)) : api.directoryFromCompact(data);
        dirKey = key;
      }
      return dir;
    },
    report: (msg) => send('pageState', msg),
  });
  handleTab({
    ping: () => ({ ok: true, url: ctl.lastUrl() || location.href }),
    analyze: async ({ force }) => ({ ok: (await ctl.run(force)) !== null }),
    highlight: ({ sentence }) => ctl.highlight(sentence),
    clearHighlight: () => {
      ctl.clear();
      return { ok: true };
    },
  });
  watchNavigation(window, () => ctl.urlMaybeChanged());
  // Injected on demand: the popup asks for a forced analysis right after; only start on our own otherwise.
  // Not in this task: cold, the first storage read (settings) cost ~30 ms on top of this script's own start-up.
  if (g.__credenceOnDemand !== true) defaultIdle(window)(() => void ctl.run(false));
}
