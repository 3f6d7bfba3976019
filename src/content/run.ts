/**
 * The content script's logic, separate from its entry so tests can drive it.
 * First look at idle; the full analysis only on detected pages (or when the
 * reader asks), each step in its own idle callback; a new report per URL on
 * single-page sites; highlight on request.
 */
import type { FirstLook } from '../core/analyze';
import { NEED_INTL, type NeedIntl } from '../core/intl-cues';
import { emptyReport, type Report } from '../core/report';
import type { SourceDirectory } from '../core/directory';
import type { BackgroundRequests, Phase } from '../shared/messages';
import { isSiteDisabled, type Settings } from '../shared/settings';
import { clearHighlight, highlightSentence } from './highlight';
import type { AnalyzerApi, AnalyzerTextApi } from './analyzer-api';
import { prefilter as defaultPrefilter, warmPrefilterSteps as defaultWarmPrefilterSteps, type Prefilter } from './prefilter';

export interface ContentDeps {
  doc: Document;
  win: Window;
  loadSettings(): Promise<Settings>;
  directory(settings: Settings, analyzer: AnalyzerApi): SourceDirectory | Promise<SourceDirectory>;
  /** The analysis core's first part (analyzer.js, injected on demand by the background): the first look. */
  analyzer(): Promise<AnalyzerApi>;
  /** Its text analysis (the analyzer's other scripts, each injected in a task of its own), asked for only when a page is analysed. */
  analyzerText(): Promise<AnalyzerTextApi>;
  /**
   * The non-English cue tables (analyzer-intl.js), asked for only when the analysis finds the page in another
   * language (it yields NEED_INTL). A failure is not fatal: the analysis then goes on with the English pass alone.
   */
  analyzerIntl?(): Promise<void>;
  /** The cheap first look; defaults to ./prefilter. */
  prefilter?(doc: Document, url: string): Prefilter;
  /** Start-up work of the first look, run in an idle step of its own before it (defaults to ./prefilter's warm-up when the default prefilter is used). */
  warmPrefilter?(): void;
  report(msg: BackgroundRequests['pageState']['req']): Promise<unknown>;
  /** Idle scheduler (requestIdleCallback with a timeout, or a timer). */
  idle?(fn: () => void): void;
  /** Scheduler for a run the reader asked for ("Analyze this page"): each step still a task of its own, without waiting for idle time. */
  urgent?(fn: () => void): void;
  /** Time slice per idle callback in ms (default STEP_SLICE_MS; 0: exactly one step per callback). */
  sliceMs?: number;
}

export interface ContentController {
  /** Run (or re-run) the analysis of the current URL. */
  run(force?: boolean): Promise<Report | null>;
  highlight(sentence: string): Promise<{ found: boolean; disabled?: boolean }>;
  clear(): void;
  /** Call when the URL may have changed (SPA navigation). */
  urlMaybeChanged(): void;
  lastUrl(): string;
}

/** Longest wait for idle time before a step runs anyway. */
export const STEP_IDLE_TIMEOUT_MS = 150;

export function defaultIdle(win: Window): (fn: () => void) => void {
  const ric = (win as unknown as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }).requestIdleCallback;
  // The analysis runs as a dozen short steps. Each waits for idle time, but not for long: a page that is
  // never idle (animations, busy timers, some headless and background tabs) must still get its report, and
  // what matters is that the page gets the main thread between steps, not that every step finds idle time.
  return ric ? (fn) => ric.call(win, fn, { timeout: STEP_IDLE_TIMEOUT_MS }) : (fn) => win.setTimeout(fn, 16);
}

/**
 * For a run the reader asked for and waits on: the next step as an ordinary task. One step per idle callback
 * waited ~44 ms between steps in Chromium (a callback posted during an idle period runs in the next one): ~1.5 s
 * of a ~1.9 s forced analysis of a 200 KB page was waiting (band9). Each step stays a task of its own, so the
 * page still gets the main thread (input, rendering) between them; a timer's 4 ms clamp on nested timers costs
 * ~0.1 s over the ~30 steps.
 */
export function defaultUrgent(win: Window): (fn: () => void) => void {
  return (fn) => win.setTimeout(fn, 0);
}

/**
 * Extra steps run back to back in one idle callback while less than this
 * much time has passed. 0 on visible pages: one step per callback measured
 * best in Chromium (a cold step can take 30+ ms, and chaining it after another
 * made 80–100 ms tasks). Hidden pages (background tabs) run all their steps in
 * one callback instead: there is no one to jank, and Firefox fires a background
 * tab's timers about once a second, so forty one-step callbacks took forty seconds.
 */
export const STEP_SLICE_MS = 0;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Whether the page is hidden (a background tab): no one to jank, so its steps run to the end in one callback. */
export function pageHidden(win: Window): boolean {
  try {
    return win.document.visibilityState === 'hidden';
  } catch {
    return false;
  }
}

/**
 * One callback's worth of steps: at least one, then more while within the slice (all of them on a hidden page).
 * A step that yields a value (a request such as NEED_INTL) ends the slice, so the caller can answer it.
 */
export function runSlice<T, Y = void>(it: Generator<Y, T, void>, sliceMs: number, hidden: boolean): IteratorResult<Y, T> {
  const t0 = now();
  let r = it.next();
  while (!r.done && r.value === undefined && (hidden || (sliceMs > 0 && now() - t0 < sliceMs))) r = it.next();
  return r;
}

/** Run a stepwise computation in idle callbacks, a time slice per callback. */
export async function idleSteps<T>(it: Generator<void, T, void>, idle: (fn: () => void) => void, sliceMs = STEP_SLICE_MS, hidden: () => boolean = () => false): Promise<T> {
  for (;;) {
    const r = await new Promise<IteratorResult<void, T>>((resolve, reject) =>
      idle(() => {
        try {
          resolve(runSlice(it, sliceMs, hidden()));
        } catch (e) {
          reject(e);
        }
      }),
    );
    if (r.done) return r.value;
  }
}

export function createContent(deps: ContentDeps): ContentController {
  const idle = deps.idle ?? defaultIdle(deps.win);
  const urgent = deps.urgent ?? defaultUrgent(deps.win);
  // The scheduler of the run in progress (a newer run replaces it; an older one stops at its next generation check).
  let schedule = idle;
  const step = <T>(fn: () => T): Promise<T> =>
    new Promise((resolve, reject) =>
      schedule(() => {
        try {
          resolve(fn());
        } catch (e) {
          reject(e);
        }
      }),
    );
  /**
   * Run a stepwise stage in idle callbacks, a time slice each, so the page
   * gets the main thread between them; null when a newer run started meanwhile.
   */
  const sliceMs = deps.sliceMs ?? STEP_SLICE_MS;
  const steps = async <T>(gen: number, it: Generator<void | NeedIntl, T, void>): Promise<T | null> => {
    for (;;) {
      const r = await step(() => runSlice(it, sliceMs, pageHidden(deps.win)));
      if (gen !== generation) return null;
      if (r.done) return r.value;
      // The page is in another language: load its cue tables, then resume (without them, the English pass alone).
      if (r.value === NEED_INTL && deps.analyzerIntl) {
        await deps.analyzerIntl().catch(() => undefined);
        if (gen !== generation) return null;
      }
    }
  };
  let settings: Settings | null = null;
  let generation = 0;
  let analysedUrl = '';
  let debounce: ReturnType<typeof setTimeout> | undefined;

  const href = (): string => deps.win.location.href.split('#')[0]!;
  const send = (url: string, phase: Phase, report: Report | null, error?: string): Promise<unknown> =>
    deps.report({ url, phase, report, ...(error ? { error } : {}) }).catch(() => undefined);

  async function run(force = false): Promise<Report | null> {
    const gen = ++generation;
    schedule = force ? urgent : idle;
    const url = href();
    analysedUrl = url;
    if (!/^https?:/i.test(url)) return null;
    try {
      settings = await deps.loadSettings();
      if (!force && isSiteDisabled(url, settings)) return null;
      if (!force) {
        // The always-on part: no analyzer is loaded for pages that are plainly not security news.
        // Building the vocabulary and reading the page are two idle steps: cold, together they made one long task.
        // The default one in steps of its own (three): cold under load, in one piece it made a 20-50 ms task.
        if (deps.warmPrefilter) {
          await step(deps.warmPrefilter);
          if (gen !== generation) return null;
        } else if (!deps.prefilter) {
          await steps(gen, defaultWarmPrefilterSteps());
          if (gen !== generation) return null;
        }
        const pre = await step(() => (deps.prefilter ?? defaultPrefilter)(deps.doc, url));
        if (gen !== generation) return null;
        if (!pre.maybe) {
          const r = emptyReport(url);
          r.detection.reasons = pre.reasons;
          await send(url, 'not-news', r);
          return r;
        }
      }
      const api = await deps.analyzer();
      const db = await deps.directory(settings, api);
      const opts = { url, db, sensitivity: settings.sensitivity, force };
      const look: FirstLook | null = api.firstLookSteps ? await steps(gen, api.firstLookSteps(deps.doc, opts)) : await step(() => api.firstLook(deps.doc, opts));
      if (!look || gen !== generation) return null;
      if (!look.isSecurityNews && !force) {
        const r = api.notNewsReport(look, opts); // what analyzeFrom returns for undetected pages, without the text modules
        await send(url, 'not-news', r);
        return r;
      }
      await send(url, 'analysing', null);
      const text = await deps.analyzerText();
      if (gen !== generation) return null;
      const report = text.analyzeSteps ? await steps(gen, text.analyzeSteps(look, opts)) : await step(() => text.analyzeFrom(look, opts));
      if (!report || gen !== generation) return null;
      await send(url, 'done', report);
      return report;
    } catch (e) {
      if (gen === generation) await send(url, 'failed', null, (e instanceof Error ? e.message : String(e)).slice(0, 300));
      return null;
    }
  }

  return {
    run,
    async highlight(sentence) {
      settings ??= await deps.loadSettings();
      if (!settings.highlight) return { found: false, disabled: true };
      return { found: highlightSentence(deps.doc, sentence) };
    },
    clear: () => clearHighlight(deps.doc),
    urlMaybeChanged() {
      if (href() === analysedUrl) return;
      // Debounced: single-page sites change the URL before the new article renders.
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        if (href() !== analysedUrl) {
          clearHighlight(deps.doc);
          void run(false);
        }
      }, 800);
    },
    lastUrl: () => analysedUrl,
  };
}

/** Watch for in-page navigation: the Navigation API where present, popstate, and a cheap URL poll as a fallback. */
export function watchNavigation(win: Window, onChange: () => void): () => void {
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  const cleanups: (() => void)[] = [];
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigatesuccess', onChange);
    cleanups.push(() => nav.removeEventListener('navigatesuccess', onChange));
  }
  win.addEventListener('popstate', onChange);
  win.addEventListener('hashchange', onChange);
  cleanups.push(() => win.removeEventListener('popstate', onChange));
  cleanups.push(() => win.removeEventListener('hashchange', onChange));
  // pushState from the page's own world is invisible to an isolated content script: poll the URL.
  const timer = win.setInterval(onChange, 1500);
  cleanups.push(() => win.clearInterval(timer));
  return () => cleanups.forEach((c) => c());
}
