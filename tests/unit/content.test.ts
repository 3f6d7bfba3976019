// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://news.example/story"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContent, type ContentDeps } from '../../src/content/run';
import { findSentence, highlightSentence, clearHighlight } from '../../src/content/highlight';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import { contentDirectory } from '../../src/sources/compact';
import { analyzeFrom, analyzeSteps, firstLook, firstLookSteps, notNewsReport } from '../../src/core/index';
import { directoryFromCompact } from '../../src/sources/content';
import { registerIntlCues } from '../../src/core/intl-cues';
import { findIntlAttributions, findIntlHedges } from '../../src/core/cues-intl';
import { ANALYZER_GLOBAL, ANALYZER_TEXT_GLOBAL, type AnalyzerApi, type AnalyzerTextApi } from '../../src/content/analyzer-api';

const ANALYZER: AnalyzerApi = { firstLook, notNewsReport, directoryFromCompact, firstLookSteps };
const ANALYZER_TEXT: AnalyzerTextApi = { analyzeFrom, analyzeSteps };

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/fake-browser')).fakeBrowser }));

const para = (i: number) =>
  `<p>Paragraph ${i}: investigators said the ransomware crew used a phishing lure and a backdoor, and the malware exploited a vulnerability in a VPN appliance before the hackers moved on to other networks in the region.</p>`;
const SECURITY_ARTICLE = `<article><h1>Hackers hit a regional utility</h1>${Array.from({ length: 8 }, (_, i) => para(i)).join('')}
<p>According to the <b>Global Times</b>, the attack <i>allegedly</i> came from abroad.</p></article>`;
// Our own German sentences (intl8).
const GERMAN_ARTICLE = `<article><h1>Cyberangriff auf die Stadtwerke</h1><p>Laut dem Bundesamt für Sicherheit in der Informationstechnik haben die Angreifer eine Lücke in der Software der Stadtwerke ausgenutzt.</p><p>Die Täter sollen dabei auch Daten von Kunden kopiert haben, sagte ein Sprecher der Stadtwerke am Dienstag.</p><p>Die Schadsoftware wurde angeblich über eine gefälschte E-Mail mit einem Anhang verteilt, die an die Mitarbeiter der Verwaltung ging.</p><p>Der Angriff mit der Ransomware wurde in der Nacht auf Montag entdeckt, und die Systeme sind seitdem vom Netz getrennt.</p></article>`;
const PLAIN_ARTICLE = `<article><h1>Local bakery wins prize</h1>${Array.from({ length: 12 }, (_, i) => `<p>Part ${i}: the bakery on the corner baked bread and cakes for the whole town during the long summer festival, and people queued early every morning.</p>`).join('')}</article>`;

function setup(html: string, settings: Partial<Settings> = {}, sliceMs = 0, extra: Partial<ContentDeps> = {}) {
  document.body.innerHTML = html; // test fixture written here, not page input
  const sent: { url: string; phase: string; report: unknown }[] = [];
  const loads: number[] = [];
  const textLoads: number[] = [];
  const idles: number[] = [];
  const deps: ContentDeps = {
    analyzer: async () => (loads.push(1), ANALYZER),
    analyzerText: async () => (textLoads.push(1), ANALYZER_TEXT),
    doc: document,
    win: window,
    loadSettings: async () => ({ ...defaultSettings(), ...settings }),
    directory: (s) => contentDirectory(s.customLabels),
    report: async (m) => {
      sent.push(m);
      return { ok: true };
    },
    idle: (fn) => (idles.push(1), setTimeout(fn, 0)),
    sliceMs,
    ...extra,
  };
  return { ctl: createContent(deps), sent, loads, textLoads, idles };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('content script run', () => {
  it('runs the detection and the analysis in steps, each in its own idle callback (no long task)', async () => {
    const { ctl, sent, idles } = setup(SECURITY_ARTICLE);
    await ctl.run(false);
    expect(sent.map((m) => m.phase)).toEqual(['analysing', 'done']);
    // prefilter 1 + first look 3 steps + analysis 5 steps
    expect(idles.length).toBeGreaterThanOrEqual(9);
  });

  it('a run the reader asks for schedules its steps as ordinary tasks, not in idle time; an automatic run the other way round', async () => {
    const urgents: number[] = [];
    const urgent = (fn: () => void): void => void (urgents.push(1), setTimeout(fn, 0));
    const asked = setup(SECURITY_ARTICLE, {}, 0, { urgent });
    const report = await asked.ctl.run(true);
    expect(report?.isSecurityNews).toBe(true);
    expect(asked.idles).toHaveLength(0);
    // first look 3 steps + analysis steps, each a task of its own
    expect(urgents.length).toBeGreaterThanOrEqual(8);
    urgents.length = 0;
    const auto = setup(SECURITY_ARTICLE, {}, 0, { urgent });
    const same = await auto.ctl.run(false);
    expect(urgents).toHaveLength(0);
    expect(auto.idles.length).toBeGreaterThanOrEqual(9);
    expect(JSON.stringify(same?.attributions)).toBe(JSON.stringify(report?.attributions));
  });

  it('with a time slice, short steps share a callback; a hidden (background) tab runs its steps in one go', async () => {
    const one = setup(SECURITY_ARTICLE, {}, 0);
    await one.ctl.run(false);
    const sliced = setup(SECURITY_ARTICLE, {}, 10_000);
    await sliced.ctl.run(false);
    expect(sliced.sent.map((m) => m.phase)).toEqual(['analysing', 'done']);
    expect(sliced.idles.length).toBeLessThan(one.idles.length);
    const vis = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      const hidden = setup(SECURITY_ARTICLE, {}, 0);
      const report = await hidden.ctl.run(false);
      expect(report?.isSecurityNews).toBe(true);
      expect(hidden.idles.length).toBeLessThan(one.idles.length);
      expect(JSON.stringify(report)).toBe(JSON.stringify(one.sent[1]!.report));
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      if (vis && document.visibilityState !== 'visible') Object.defineProperty(document, 'visibilityState', vis);
    }
  });

  it('first look on a security article → analysing, then a full report', async () => {
    const { ctl, sent } = setup(SECURITY_ARTICLE);
    const report = await ctl.run(false);
    expect(sent.map((m) => m.phase)).toEqual(['analysing', 'done']);
    expect(report?.isSecurityNews).toBe(true);
    expect(sent[1]!.url).toBe(location.href.split('#')[0]);
    expect((sent[1]!.report as { hedges: unknown[] }).hedges.length).toBeGreaterThan(0);
  });

  it('an ordinary article gets one cheap "not-news" report without loading the analyzer; forcing analyses it fully', async () => {
    const { ctl, sent, loads } = setup(PLAIN_ARTICLE);
    await ctl.run(false);
    expect(sent.map((m) => m.phase)).toEqual(['not-news']);
    expect(loads).toHaveLength(0);
    await ctl.run(true);
    expect(sent.map((m) => m.phase)).toEqual(['not-news', 'analysing', 'done']);
    expect(loads).toHaveLength(1);
  });

  it('loads the text analysis only for a page it analyses; its not-news report is the one analyzeFrom makes', async () => {
    // Past the quick look, but not security news: the first look's report, without the text scripts.
    const plain = setup(PLAIN_ARTICLE, {}, 0, { prefilter: () => ({ maybe: true, reasons: [] }) });
    const report = await plain.ctl.run(false);
    expect(plain.sent.map((m) => m.phase)).toEqual(['not-news']);
    expect(plain.loads).toHaveLength(1);
    expect(plain.textLoads).toHaveLength(0);
    const look = firstLook(document, { url: location.href, db: contentDirectory([]) });
    expect(look.isSecurityNews).toBe(false);
    expect(report).toEqual(analyzeFrom(look, { url: location.href, db: contentDirectory([]) }));
    expect(report!.article.wordCount).toBeGreaterThan(100);
    // A security article: the text scripts are loaded, once, after the first look.
    const sec = setup(SECURITY_ARTICLE);
    await sec.ctl.run(false);
    expect(sec.sent.map((m) => m.phase)).toEqual(['analysing', 'done']);
    expect(sec.textLoads).toHaveLength(1);
  });

  it('intl8: loads the non-English tables only for a page in another language, resumes, and reports what the core reports', async () => {
    const full = { findAttributions: findIntlAttributions, findHedges: findIntlHedges };
    const intlLoads: number[] = [];
    const extra = { sliceMs: 10_000, analyzerIntl: async () => void (intlLoads.push(1), registerIntlCues(full)) };
    try {
      registerIntlCues(null);
      const en = setup(SECURITY_ARTICLE, {}, 0, extra);
      expect((await en.ctl.run(true))?.attributions.length).toBeGreaterThan(0);
      expect(intlLoads).toEqual([]);
      const de = setup(GERMAN_ARTICLE, {}, 0, extra);
      const report = await de.ctl.run(true);
      expect(intlLoads).toEqual([1]);
      expect(report?.attributions.map((a) => a.cue)).toContain('Laut');
      expect(JSON.stringify(report)).toBe(JSON.stringify(analyzeFrom(firstLook(document, { url: location.href, db: contentDirectory([]), force: true }), { url: location.href, db: contentDirectory([]), force: true })));
      // A part that cannot be injected: the English pass alone, still a report.
      registerIntlCues(null);
      const failing = setup(GERMAN_ARTICLE, {}, 0, { analyzerIntl: async () => Promise.reject(new Error('no access')) });
      const partial = await failing.ctl.run(true);
      expect(failing.sent.map((m) => m.phase)).toEqual(['analysing', 'done']);
      expect(partial?.attributions.map((a) => a.cue)).not.toContain('Laut');
    } finally {
      registerIntlCues(full);
    }
  });

  it('stays off on an off-listed site unless forced', async () => {
    expect(location.hostname).toBe('news.example');
    const { ctl, sent } = setup(SECURITY_ARTICLE, { disabledSites: ['news.example'] });
    expect(await ctl.run(false)).toBeNull();
    expect(sent).toEqual([]);
    await ctl.run(true);
    expect(sent.map((m) => m.phase)).toEqual(['analysing', 'done']);
  });

  it('re-runs when the URL changes (single-page navigation), debounced', async () => {
    vi.useFakeTimers();
    try {
      const { ctl, sent } = setup(SECURITY_ARTICLE);
      const p = ctl.run(false);
      await vi.runAllTimersAsync();
      await p;
      const before = sent.length;
      ctl.urlMaybeChanged(); // same URL: nothing
      await vi.advanceTimersByTimeAsync(1000);
      expect(sent.length).toBe(before);
      history.pushState({}, '', '/next-story');
      ctl.urlMaybeChanged();
      ctl.urlMaybeChanged();
      await vi.advanceTimersByTimeAsync(900);
      await vi.runAllTimersAsync();
      expect(sent.length).toBe(before + 2);
      expect(sent.at(-1)!.url).toMatch(/\/next-story$/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('highlight respects the setting', async () => {
    const { ctl } = setup(SECURITY_ARTICLE, { highlight: false });
    expect(await ctl.highlight('According to the Global Times, the attack allegedly came from abroad.')).toEqual({ found: false, disabled: true });
  });
});

describe('highlight', () => {
  const S = 'According to the Global Times, the attack allegedly came from abroad.';
  it('finds a sentence across text nodes, with different whitespace and quotes', () => {
    document.body.innerHTML = `<p>Intro.</p><p>According  to the <b>Global\nTimes</b>, the attack <i>allegedly</i> came from abroad. More text.</p><script>var x = "According to the Global Times";</script>`;
    const r = findSentence(document, S);
    expect(r).not.toBeNull();
    expect(r!.toString().replace(/\s+/g, ' ')).toBe(S);
    expect(findSentence(document, 'A sentence that is not on the page at all.')).toBeNull();
    expect(findSentence(document, '   ')).toBeNull();
  });
  it('matches curly quotes in the page against straight ones in the report', () => {
    document.body.innerHTML = `<p>The agency said it was \u201Cunder attack\u201D on Monday.</p>`;
    expect(findSentence(document, 'The agency said it was "under attack" on Monday.')).not.toBeNull();
  });
  it('uses the Selection API where CSS highlights are missing, and clears it', () => {
    document.body.innerHTML = `<p>${S}</p>`;
    expect(highlightSentence(document, S)).toBe(true);
    expect(document.getSelection()!.toString()).toBe(S);
    clearHighlight(document);
    expect(document.getSelection()!.toString()).toBe('');
  });
  it('uses CSS.highlights without touching the DOM where available', () => {
    const reg = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...r: Range[]) {
        this.ranges = r;
      }
    }
    vi.stubGlobal('CSS', { highlights: reg });
    vi.stubGlobal('Highlight', FakeHighlight);
    try {
      document.body.innerHTML = `<p>Before. ${S} After.</p>`;
      const before = document.body.innerHTML;
      expect(highlightSentence(document, S)).toBe(true);
      expect((reg.get('credence-highlight') as FakeHighlight).ranges[0]!.toString()).toBe(S);
      expect(document.body.innerHTML).toBe(before);
      clearHighlight(document);
      expect(reg.has('credence-highlight')).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('content script entry', () => {
  it('is idempotent when injected twice, and waits for the request when injected on demand', async () => {
    const listeners: unknown[] = [];
    const sent: unknown[] = [];
    vi.stubGlobal('chrome', {
      runtime: {
        id: 'ext-id',
        getURL: (p: string) => `chrome-extension://ext-id/${p}`,
        sendMessage: (m: unknown, cb: (v: unknown) => void) => (sent.push(m), cb({ ok: true })),
        onMessage: { addListener: (f: unknown) => listeners.push(f), removeListener: () => undefined },
      },
      storage: { sync: { get: (_k: null, cb: (v: unknown) => void) => cb({}), set: (_i: unknown, cb: () => void) => cb(), remove: (_k: unknown, cb: () => void) => cb() } },
    });
    const g = globalThis as Record<string, unknown>;
    try {
      g.__credenceOnDemand = true;
      g[ANALYZER_GLOBAL] = ANALYZER; // as if the background had injected the analyzer's scripts
      g[ANALYZER_TEXT_GLOBAL] = ANALYZER_TEXT;
      document.body.innerHTML = SECURITY_ARTICLE;
      vi.resetModules();
      await import('../../src/content/index');
      vi.resetModules();
      await import('../../src/content/index');
      expect(listeners).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 50));
      expect(sent).toEqual([]); // on demand: no run (and no directory request) until asked
      const reply = await new Promise((resolve) =>
        (listeners[0] as (m: unknown, s: unknown, r: (v: unknown) => void) => boolean)({ type: 'analyze', credence: 1, force: true }, { id: 'ext-id', url: 'chrome-extension://ext-id/background.js' }, resolve),
      );
      expect(reply).toEqual({ ok: true });
      const pageStates = sent.filter((m) => (m as { type: string }).type === 'pageState');
      expect(pageStates.map((m) => (m as { phase: string }).phase)).toEqual(['analysing', 'done']);
      expect(sent.filter((m) => (m as { type: string }).type === 'directory')).toHaveLength(1); // the database comes from the background
    } finally {
      delete g.__credenceOnDemand;
      delete g[ANALYZER_GLOBAL];
      delete g[ANALYZER_TEXT_GLOBAL];
      delete g.__credenceContentLoaded;
      vi.unstubAllGlobals();
    }
  });
});
