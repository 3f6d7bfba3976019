/// <reference types="chrome" />
/**
 * The real-browser part of the benchmark (`--browser`): Debian Chromium via
 * playwright-core, the built extension (dist/chrome) loaded unpacked, the
 * largest fixture page served from 127.0.0.1. Each variant runs in a fresh
 * browser, alternating with and without the extension:
 * - long tasks (PerformanceObserver `longtask`, buffered), with and without
 *   the extension; and, because neither long tasks nor long animation frames
 *   name extension scripts in Chromium (checked with a content script that
 *   spins 120 ms: its frame lists no script), a V8 CPU profile of the page
 *   whose samples with a chrome-extension:// frame on the stack are the
 *   content script's work, grouped into busy stretches between idle samples;
 * - CDP Performance metrics (script and task time) and the heap after a
 *   forced GC (Runtime.getHeapUsage: the page's isolate, which holds the
 *   content script's isolated world too), with minus without = growth;
 * - whether the content script is active at all: an isolated execution
 *   context whose origin is the extension. When it is not active on
 *   127.0.0.1 and the manifest matches a concrete https host, a second run
 *   serves the same page under that host by request interception (nothing is
 *   added to the manifest). When it is active, a forced analysis is asked for
 *   through the extension's own message protocol, if the content script
 *   answers it.
 * Never throws: every failure becomes a note in the result.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { median, noTaskOver } from './stats';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The forced-analysis request of the extension's message protocol (src/shared/messages.ts). */
const FORCE_MESSAGE = { type: 'analyze', credence: 1, force: true };
const SETTLE_MS = 2500;

interface RunMetrics {
  variant: 'without' | 'with' | 'with, matched host';
  url: string;
  loadMs: number;
  contentScriptActive: boolean;
  longTasks: number[];
  scriptDurationMs: number;
  taskDurationMs: number;
  heapUsedBytes: number;
  /** The forced analysis on request: wall time of the round trip, the content script's CPU and long tasks meanwhile. */
  forced: { ok: boolean; ms: number; cpu: ScriptAttribution | null; longTasks?: number[]; tasks?: TraceTasks | null; note?: string } | null;
  /** CPU time of the extension's scripts during page load and the automatic run (V8 profile), when the content script ran. */
  contentCpu: ScriptAttribution | null;
  /** The same load and automatic run traced (`BENCH_TRACE_AUTO=1`): the main-thread tasks with extension work in them. */
  autoTasks?: TraceTasks | null;
  note?: string;
}

export interface BrowserResult {
  skipped?: string;
  page?: string;
  pageBytes?: number;
  extensionDir?: string;
  runs: RunMetrics[];
  summary?: {
    contentScriptActive: boolean;
    longestTaskWithMs: number;
    longestTaskWithoutMs: number;
    /** Median over runs of the content script's sampled CPU time in the page. */
    contentCpuMedianMs: number;
    /** Worst run: the most content-script CPU time inside one busy stretch (between idle samples). */
    contentLongestStretchMs: number;
    /** The same for the forced analysis on request (NaN when the protocol did not answer). */
    forcedCpuMedianMs: number;
    forcedLongestStretchMs: number;
    /** Worst run: the longest uninterrupted content-script run (close to its longest single task; see ScriptAttribution.longestRunMs). */
    contentLongestRunMs: number;
    forcedLongestRunMs: number;
    heapGrowthBytes: number;
    scriptTimeGrowthMs: number;
    noLongTaskFromContentScript: boolean | null;
    noLongTaskFromForcedAnalysis: boolean | null;
    /** From a trace of the forced analysis (worst run): the longest main-thread task with extension work in it, compile included, and what it was. */
    forcedTraceLongestMs: number;
    forcedTraceCompileMs: number;
    forcedTraceScripts: string[];
    /** Per run: that run's extension tasks over 50 ms in the trace. */
    forcedTraceOver50: number[];
  };
  notes: string[];
}

/** The largest page among the project's fixtures and the pages being measured. */
async function largestPage(root: string, files: string[]): Promise<string | null> {
  const { htmlFiles } = await import('./corpus');
  const fixtures = await htmlFiles(path.join(root, 'tests/fixtures'));
  const pool = [...fixtures, ...files];
  let best: string | null = null;
  let size = -1;
  for (const f of pool) {
    const s = (await stat(f)).size;
    if (s > size) (best = f), (size = s);
  }
  return best;
}

function serve(html: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if ((req.url ?? '/').startsWith('/page.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
      });
    }),
  );
}

const OBSERVE = `(() => {
  const b = (window.__credenceBench = { lt: [] });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) b.lt.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
})();`;

export interface CpuProfile {
  /** µs on the browser's trace clock (CDP Profiler.Profile). */
  startTime?: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ScriptAttribution {
  /** Total sampled CPU time with a frame from `prefix` on the stack, ms. */
  totalMs: number;
  /** The most such time inside one busy stretch of the main thread (between idle samples), ms. */
  longestStretchMs: number;
  /** Length of that busy stretch, all work included, ms. */
  stretchMs: number;
  /**
   * The longest run of consecutive samples with an extension frame on the stack (garbage-collector samples
   * inside a run count to it; any other sample ends it), ms. Back-to-back idle callbacks usually have a
   * scheduler ("(program)") sample between them, so this is close to the longest single content-script
   * task, where `longestStretchMs` (between idle samples) merges back-to-back tasks and errs high.
   */
  longestRunMs: number;
  /** What that run spent its time in (inclusive frames). */
  runTop?: { frame: string; ms: number }[];
  /** Where the time goes: the sampled leaf frames (self time) of those samples, most first (at most 8). */
  top: { frame: string; ms: number }[];
  /** The same inside the longest stretch, as inclusive time (each frame once per sample): which step it was. */
  stretchTop?: { frame: string; ms: number }[];
}

/**
 * Attribute main-thread CPU time to scripts whose URL starts with `prefix`
 * (the content script: chrome-extension://…) from a V8 CPU profile of the
 * page. Long-task and long-animation-frame entries cannot do this: Chromium
 * does not name extension scripts in them. Busy stretches are runs of
 * non-idle samples; back-to-back tasks merge into one stretch, so the
 * figure errs on the high side.
 */
export function attributeProfile(p: CpuProfile, prefix: string): ScriptAttribution {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isExt = new Map<number, boolean>();
  const ext = (id: number): boolean => {
    const known = isExt.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const own = Boolean(n && n.callFrame.url.startsWith(prefix));
    const pid = parent.get(id);
    const v = own || (pid !== undefined && ext(pid));
    isExt.set(id, v);
    return v;
  };
  let totalMs = 0;
  const self = new Map<string, number>();
  type Stretch = { ext: number; all: number; self: Map<string, number> };
  const frameKey = (f: CpuProfile['nodes'][number]['callFrame']): string =>
    `${f.functionName || '(anonymous)'}${f.url ? ` ${f.url.replace(/^.*\//, '')}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}` : ''}`;
  const fresh = (): Stretch => ({ ext: 0, all: 0, self: new Map() });
  let best = fresh();
  let cur = fresh();
  let bestRun = fresh();
  let run = fresh();
  const endRun = (): void => {
    if (run.ext > bestRun.ext) bestRun = run;
    run = fresh();
  };
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i]!;
    // A sample stands for the time until the next one.
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const name = byId.get(id)?.callFrame.functionName ?? '';
    if (ext(id)) {
      run.ext += ms;
      run.all += ms;
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const cf = byId.get(n)!.callFrame;
        if (!cf.url.startsWith(prefix)) continue;
        const k = frameKey(cf);
        if (!seen.has(k)) seen.add(k), run.self.set(k, (run.self.get(k) ?? 0) + ms);
      }
    } else if (name === '(garbage collector)' && run.ext > 0) {
      run.ext += ms;
      run.all += ms;
    } else endRun();
    if (name === '(idle)') {
      if (cur.ext > best.ext) best = cur;
      cur = fresh();
      continue;
    }
    cur.all += ms;
    if (ext(id)) {
      cur.ext += ms;
      totalMs += ms;
      const f = byId.get(id)!.callFrame;
      const where = f.url ? ` ${f.url.replace(/^.*\//, '')}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}` : '';
      const key = `${f.functionName || '(anonymous)'}${where}`;
      self.set(key, (self.get(key) ?? 0) + ms);
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const cf = byId.get(n)!.callFrame;
        if (!cf.url.startsWith(prefix)) continue;
        const k = frameKey(cf);
        if (!seen.has(k)) seen.add(k), cur.self.set(k, (cur.self.get(k) ?? 0) + ms);
      }
    }
  }
  if (cur.ext > best.ext) best = cur;
  endRun();
  const topOf = (m: Map<string, number>, n = 8) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([frame, ms]) => ({ frame, ms }));
  return { totalMs, longestStretchMs: best.ext, stretchMs: best.all, longestRunMs: bestRun.ext, runTop: topOf(bestRun.self, 12), top: topOf(self), stretchTop: topOf(best.self, 12) };
}

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string }; fileName?: string; url?: string };
}

export interface TraceTasks {
  /** Main-thread tasks of the renderer with extension work in them (a script of `prefix` compiled, evaluated or called), longest first, ms. */
  tasksMs: number[];
  /** The longest of them: its length and how much of it was compiling extension scripts (V8 compile, parse, code cache), ms. */
  longestMs: number;
  longestCompileMs: number;
  /** The scripts compiled or evaluated in that task. */
  longestScripts: string[];
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

/**
 * The renderer main-thread tasks with extension work in them, from a
 * Chromium trace: unlike a CPU profile (which leaves the compile of an
 * injected script outside any frame) and long-task entries (which name no
 * extension script), a trace shows each task and the script compiles and
 * calls inside it. A task counts when an event inside it names a script URL
 * under `prefix` (v8.compile, EvaluateScript, FunctionCall, v8.run …).
 */
export function traceTasks(events: TraceEvent[], prefix: string): TraceTasks {
  const main = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.add(`${e.pid}:${e.tid}`);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (!main.has(k) || e.ph !== 'X' || e.dur === undefined) continue;
    let a = byThread.get(k);
    if (!a) byThread.set(k, (a = []));
    a.push(e);
  }
  const urlOf = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.fileName ?? e.args?.url ?? '';
  const found: { ms: number; compileMs: number; scripts: string[] }[] = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let task: { end: number; ms: number; compileMs: number; scripts: Set<string>; ext: boolean } | null = null;
    const flush = (): void => {
      if (task?.ext) found.push({ ms: task.ms, compileMs: task.compileMs, scripts: [...task.scripts] });
      task = null;
    };
    for (const e of list) {
      if (TASK_NAMES.has(e.name) && (!task || e.ts >= task.end)) {
        flush();
        task = { end: e.ts + e.dur!, ms: e.dur! / 1000, compileMs: 0, scripts: new Set(), ext: false };
        continue;
      }
      if (!task || e.ts >= task.end) continue;
      const u = urlOf(e);
      if (!u.startsWith(prefix)) continue;
      task.ext = true;
      const file = u.replace(/^.*\//, '');
      task.scripts.add(file);
      if (/compile|parse|CodeCache/i.test(e.name)) task.compileMs += e.dur! / 1000;
    }
    flush();
  }
  found.sort((a, b) => b.ms - a.ms);
  const top = found[0];
  return { tasksMs: found.map((f) => f.ms), longestMs: top?.ms ?? 0, longestCompileMs: top?.compileMs ?? 0, longestScripts: top?.scripts ?? [] };
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'].join(',');

/** Concrete https hosts the manifest's content scripts match (a leading `*.` is dropped; bare `*` hosts are skipped). */
export function matchedHosts(manifest: unknown): string[] {
  const cs = (manifest as { content_scripts?: { matches?: string[] }[] }).content_scripts ?? [];
  const out: string[] = [];
  for (const c of cs) for (const m of c.matches ?? []) {
    // "https://*.example.com/*" matches example.com itself too.
    const x = /^https:\/\/(?:\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/\*$/i.exec(m);
    if (x && !out.includes(x[1]!)) out.push(x[1]!);
  }
  return out;
}

async function oneRun(extDir: string | null, html: string, url: string, variant: RunMetrics['variant']): Promise<RunMetrics> {
  const { chromium } = await import('playwright-core');
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'credence-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  if (extDir) args.unshift(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  const m: RunMetrics = { variant, url, loadMs: NaN, contentScriptActive: false, longTasks: [], scriptDurationMs: NaN, taskDurationMs: NaN, heapUsedBytes: NaN, forced: null, contentCpu: null };
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args });
  try {
    const pageOrigin = new URL(url).origin;
    // Only the page itself: third-party requests are aborted (no network here, and no waiting on it).
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(pageOrigin + '/page.html')) {
        if (pageOrigin.startsWith('http://127.0.0.1')) return route.continue();
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      return route.abort();
    });
    await context.addInitScript(OBSERVE);
    let sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (extDir && !sw) sw = await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => undefined);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    let active = false;
    cdp.on('Runtime.executionContextCreated', (ev: { context: { origin: string; auxData?: { type?: string } } }) => {
      if (ev.context.auxData?.type === 'isolated' && ev.context.origin.startsWith('chrome-extension://')) active = true;
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    // Optional: trace the load and the automatic run too (tracing a whole page load adds overhead to every task).
    const autoTrace: TraceEvent[] = [];
    const onAuto = (ev: { value: object[] }): void => void autoTrace.push(...(ev.value as TraceEvent[]));
    let autoTraced = false;
    if (process.env.BENCH_TRACE_AUTO === '1' && extDir) {
      cdp.on('Tracing.dataCollected', onAuto);
      autoTraced = await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' } as never).then(() => true, () => false);
    }
    await cdp.send('Profiler.start');
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    m.loadMs = performance.now() - t0;
    await page.waitForTimeout(SETTLE_MS);
    m.contentScriptActive = active;
    if (autoTraced) {
      const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.end');
      await Promise.race([complete, new Promise((r) => setTimeout(r, 10_000))]);
      m.autoTasks = traceTasks(autoTrace, 'chrome-extension://');
    }
    cdp.off('Tracing.dataCollected', onAuto);
    // Phase 1, what every reader pays: page load with the content script's automatic run.
    const prof = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    if (active) m.contentCpu = attributeProfile(prof.profile, 'chrome-extension://');
    const lt = (await page.evaluate(() => (window as unknown as { __credenceBench?: { lt: number[] } }).__credenceBench?.lt ?? null)) as number[] | null;
    if (lt) m.longTasks = [...lt];
    await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
    m.heapUsedBytes = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (n: string): number => metrics.metrics.find((x) => x.name === n)?.value ?? NaN;
    m.scriptDurationMs = get('ScriptDuration') * 1000;
    m.taskDurationMs = get('TaskDuration') * 1000;
    // Phase 2, on request ("Analyze this page"): a forced full analysis through the extension's own protocol.
    if (active && sw) {
      const trace: TraceEvent[] = [];
      let traced = false;
      const onData = (ev: { value: object[] }): void => void trace.push(...(ev.value as TraceEvent[]));
      cdp.on('Tracing.dataCollected', onData);
      try {
        await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' } as never);
        traced = true;
      } catch {
        /* an older Chromium without page-level tracing: the profile figures stay */
      }
      await cdp.send('Profiler.start');
      const t1 = performance.now();
      try {
        const res = await Promise.race([
          sw.evaluate(async ([u, msg]) => {
            const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
            // Without the tabs permission tab.url is hidden: take the one web tab.
            const tabs = await c.tabs.query({});
            const tab = tabs.find((t) => t.url === u) ?? tabs.find((t) => !t.url?.startsWith('chrome'));
            if (!tab?.id) return { ok: false, note: 'tab not found' };
            const r = (await c.tabs.sendMessage(tab.id, msg)) as { ok?: boolean } | undefined;
            return { ok: Boolean(r?.ok), note: r ? undefined : 'no answer' };
          }, [url, FORCE_MESSAGE] as const),
          new Promise<{ ok: false; note: string }>((r) => setTimeout(() => r({ ok: false, note: 'timed out after 20 s' }), 20_000)),
        ]);
        m.forced = { ok: res.ok, ms: performance.now() - t1, cpu: null, ...(res.note ? { note: res.note } : {}) };
      } catch (e) {
        m.forced = { ok: false, ms: NaN, cpu: null, note: `forced analysis not available: ${e instanceof Error ? e.message.split('\n')[0] : e}` };
      }
      await page.waitForTimeout(500);
      const p2 = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      if (m.forced.ok) m.forced.cpu = attributeProfile(p2.profile, 'chrome-extension://');
      const lt2 = (await page.evaluate(() => (window as unknown as { __credenceBench?: { lt: number[] } }).__credenceBench?.lt ?? null)) as number[] | null;
      if (lt2) m.forced.longTasks = lt2.slice(m.longTasks.length);
      if (traced) {
        const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
        await cdp.send('Tracing.end');
        await Promise.race([complete, new Promise((r) => setTimeout(r, 10_000))]);
        m.forced.tasks = traceTasks(trace, 'chrome-extension://');
        if (process.env.CREDENCE_TRACE_OUT) (await import('node:fs')).writeFileSync(`${process.env.CREDENCE_TRACE_OUT}-${Date.now()}.json`, JSON.stringify(trace));
      }
      cdp.off('Tracing.dataCollected', onData);
    }
  } catch (e) {
    m.note = `run failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`;
  } finally {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
  }
  return m;
}

export async function runBrowser(root: string, files: string[], opts: { extDir?: string; rounds?: number; /** Skip the 127.0.0.1 rounds (where the content script does not run on its own) and go to the matched host. */ matchedHostOnly?: boolean } = {}): Promise<BrowserResult> {
  const notes: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`, runs: [], notes };
  const extDir = path.resolve(opts.extDir ?? path.join(root, 'dist/chrome'));
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path.join(extDir, 'manifest.json'), 'utf8'));
  } catch {
    return { skipped: `no built extension in ${extDir} (npm run build)`, runs: [], notes };
  }
  const cs = (manifest as { content_scripts?: { js?: string[] }[] }).content_scripts ?? [];
  for (const c of cs) for (const js of c.js ?? []) if (!existsSync(path.join(extDir, js))) notes.push(`content script ${js} is not in the build: Chromium will refuse to load the extension`);
  const file = await largestPage(root, files);
  if (!file) return { skipped: 'no page to load', runs: [], notes };
  const html = await readFile(file, 'utf8');
  const srv = await serve(html);
  const runs: RunMetrics[] = [];
  const rounds = opts.rounds ?? 3;
  try {
    const url = `${srv.origin}/page.html`;
    for (let i = 0; i < (opts.matchedHostOnly ? 0 : rounds); i++) {
      process.stderr.write(`browser round ${i + 1}/${rounds}…\n`);
      const pair = i % 2 === 0 ? ([null, extDir] as const) : ([extDir, null] as const);
      for (const d of pair) runs.push(await oneRun(d, html, url, d ? 'with' : 'without'));
    }
    if (!runs.some((r) => r.variant === 'with' && r.contentScriptActive)) {
      if (!opts.matchedHostOnly) notes.push('content script not active on the 127.0.0.1 page (it only runs on matched hosts or when the user asks)');
      const host = matchedHosts(manifest)[0];
      if (host) {
        notes.push(`measured again with the page served as https://${host}/page.html (request interception; the manifest is unchanged)`);
        const hostUrl = `https://${host}/page.html`;
        for (let i = 0; i < rounds; i++) {
          runs.push(await oneRun(null, html, hostUrl, 'without'));
          runs.push(await oneRun(extDir, html, hostUrl, 'with, matched host'));
        }
      }
    }
  } finally {
    await srv.close();
  }
  for (const r of runs) if (r.note) notes.push(`${r.variant}: ${r.note}`);
  const withRuns = runs.filter((r) => r.variant !== 'without' && r.contentScriptActive);
  const active = withRuns.length > 0;
  const withSet = active ? withRuns : runs.filter((r) => r.variant === 'with');
  // Compare against the baseline run at the same URL.
  const baseUrl = withSet[0]?.url;
  const without = runs.filter((r) => r.variant === 'without' && r.url === baseUrl);
  const maxOf = (xs: number[]): number => (xs.length ? Math.max(...xs) : 0);
  const cpu = withRuns.map((r) => r.contentCpu).filter((c): c is ScriptAttribution => c !== null);
  const med = (rs: RunMetrics[], k: 'heapUsedBytes' | 'scriptDurationMs'): number => median(rs.map((r) => r[k]));
  const longestStretch = cpu.length ? maxOf(cpu.map((c) => c.longestStretchMs)) : NaN;
  const fcpu = withRuns.map((r) => r.forced?.cpu ?? null).filter((c): c is ScriptAttribution => c !== null);
  const forcedStretch = fcpu.length ? maxOf(fcpu.map((c) => c.longestStretchMs)) : NaN;
  const traced = withRuns.map((r) => r.forced?.tasks ?? null).filter((t): t is TraceTasks => t !== null);
  const worstTrace = [...traced].sort((a, b) => b.longestMs - a.longestMs)[0];
  const summary = {
    forcedTraceLongestMs: worstTrace ? worstTrace.longestMs : NaN,
    forcedTraceCompileMs: worstTrace ? worstTrace.longestCompileMs : NaN,
    forcedTraceScripts: worstTrace ? worstTrace.longestScripts : [],
    forcedTraceOver50: traced.map((t) => t.tasksMs.filter((x) => x > 50).length),
    contentScriptActive: active,
    longestTaskWithMs: maxOf(withSet.flatMap((r) => r.longTasks)),
    longestTaskWithoutMs: maxOf(without.flatMap((r) => r.longTasks)),
    contentCpuMedianMs: median(cpu.map((c) => c.totalMs)),
    contentLongestStretchMs: longestStretch,
    heapGrowthBytes: med(withSet, 'heapUsedBytes') - med(without, 'heapUsedBytes'),
    scriptTimeGrowthMs: med(withSet, 'scriptDurationMs') - med(without, 'scriptDurationMs'),
    forcedCpuMedianMs: median(fcpu.map((c) => c.totalMs)),
    forcedLongestStretchMs: forcedStretch,
    contentLongestRunMs: cpu.length ? maxOf(cpu.map((c) => c.longestRunMs)) : NaN,
    forcedLongestRunMs: fcpu.length ? maxOf(fcpu.map((c) => c.longestRunMs)) : NaN,
    noLongTaskFromContentScript: Number.isFinite(longestStretch) ? longestStretch <= 50 : null,
    noLongTaskFromForcedAnalysis: noTaskOver(traced.map((t) => t.tasksMs), fcpu.length ? maxOf(fcpu.map((c) => c.longestRunMs)) : NaN),
  };
  return { page: path.relative(process.cwd(), file), pageBytes: Buffer.byteLength(html), extensionDir: path.relative(process.cwd(), extDir) || '.', runs, summary, notes };
}

export function formatBrowser(x: unknown): string[] {
  const b = x as BrowserResult;
  const out = ['Chromium (real browser):'];
  if (b.skipped) return [...out, `  skipped: ${b.skipped}`];
  const s = b.summary!;
  const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '–');
  out.push(`  page ${b.page} (${Math.round((b.pageBytes ?? 0) / 1024)} KB), extension ${b.extensionDir}, ${b.runs.length} runs`);
  out.push(`  content script: ${s.contentScriptActive ? 'active' : 'not active'}`);
  for (const r of b.runs) {
    out.push(
      `  ${r.variant.padEnd(19)} load ${ms(r.loadMs).padStart(9)}  long tasks ${String(r.longTasks.length).padStart(2)} (max ${ms(Math.max(0, ...r.longTasks))})  script ${ms(r.scriptDurationMs)}  heap ${(r.heapUsedBytes / 1048576).toFixed(2)} MB` +
        `${r.contentCpu ? `  content script CPU ${ms(r.contentCpu.totalMs)} (longest stretch ${ms(r.contentCpu.longestStretchMs)} of ${ms(r.contentCpu.stretchMs)} busy)` : ''}` +
        `${r.forced ? `  forced analysis: ${r.forced.ok ? 'ok' : 'no'} ${ms(r.forced.ms)}${r.forced.cpu ? ` CPU ${ms(r.forced.cpu.totalMs)} (longest stretch ${ms(r.forced.cpu.longestStretchMs)})` : ''}${r.forced.note ? ` (${r.forced.note})` : ''}` : ''}${r.note ? `  ${r.note}` : ''}`,
    );
  }
  out.push(`  longest long task with / without the extension: ${ms(s.longestTaskWithMs)} / ${ms(s.longestTaskWithoutMs)} (page load included)`);
  out.push(`  content script CPU per page (median): ${ms(s.contentCpuMedianMs)}; most of it in one main-thread stretch: ${ms(s.contentLongestStretchMs)}`);
  out.push(`  heap growth (median with − without, after GC): ${(s.heapGrowthBytes / 1024).toFixed(0)} KB; script time growth: ${ms(s.scriptTimeGrowthMs)}`);
  const worst = b.runs.filter((r) => r.contentCpu).sort((x, y) => y.contentCpu!.totalMs - x.contentCpu!.totalMs)[0];
  if (worst?.contentCpu?.top.length) out.push(`  content script self time (busiest run): ${worst.contentCpu.top.map((t) => `${t.frame} ${t.ms.toFixed(0)} ms`).join('; ')}`);
  out.push(`  forced analysis ("Analyze this page") CPU (median): ${ms(s.forcedCpuMedianMs)}; longest stretch: ${ms(s.forcedLongestStretchMs)}`);
  out.push(`  longest uninterrupted content-script run (≈ its longest task): automatic ${ms(s.contentLongestRunMs)}, forced ${ms(s.forcedLongestRunMs)}`);
  // What the longest stretches were busy with (inclusive frames; minified names unless the build is unminified).
  const longest = (pick: (r: RunMetrics) => ScriptAttribution | null | undefined): ScriptAttribution | undefined =>
    b.runs.map(pick).filter((c): c is ScriptAttribution => !!c).sort((x, y) => y.longestStretchMs - x.longestStretchMs)[0];
  for (const [what, c] of [['automatic run', longest((r) => r.contentCpu)], ['forced analysis', longest((r) => r.forced?.cpu)]] as const) {
    if (c?.stretchTop?.length) out.push(`  longest stretch of the ${what} (${ms(c.longestStretchMs)}) spent in: ${c.stretchTop.slice(0, 6).map((t) => `${t.frame} ${t.ms.toFixed(0)} ms`).join('; ')}`);
  }
  const longestRun = (pick: (r: RunMetrics) => ScriptAttribution | null | undefined): ScriptAttribution | undefined =>
    b.runs.map(pick).filter((c): c is ScriptAttribution => !!c).sort((x, y) => y.longestRunMs - x.longestRunMs)[0];
  for (const [what, c] of [['automatic run', longestRun((r) => r.contentCpu)], ['forced analysis', longestRun((r) => r.forced?.cpu)]] as const) {
    if (c?.runTop?.length) out.push(`  longest run of the ${what} (${ms(c.longestRunMs)}) spent in: ${c.runTop.slice(0, 6).map((t) => `${t.frame} ${t.ms.toFixed(0)} ms`).join('; ')}`);
  }
  if (Number.isFinite(s.forcedTraceLongestMs)) {
    const per = b.runs.map((r) => r.forced?.tasks).filter((t): t is TraceTasks => !!t).map((t) => t.longestMs.toFixed(1)).join(' / ');
    out.push(`  forced analysis, traced: longest main-thread task with extension work ${ms(s.forcedTraceLongestMs)} (per run ${per}; of it compiling ${ms(s.forcedTraceCompileMs)}; scripts ${s.forcedTraceScripts.join(', ') || '–'}); tasks over 50 ms per run: ${s.forcedTraceOver50.join(', ')}`);
  }
  const v = (x: boolean | null): string => (x === null ? 'not measured' : x ? 'PASS' : 'FAIL');
  out.push(`  budget: no main-thread task over 50 ms from the content script: page load ${v(s.noLongTaskFromContentScript)}; forced analysis ${v(s.noLongTaskFromForcedAnalysis)}`);
  for (const n of b.notes) out.push(`  note: ${n}`);
  return out;
}

/**
 * `npx tsx scripts/bench/browser.ts [--rounds N] [--host-only] [--ext DIR] [--json] [PAGE|DIR]...`: only the browser part, on the
 * largest of the given pages (default: the fixtures), without the corpus and CLI runs of `npm run bench`. `--ext`: the
 * built extension to load (default dist/chrome), e.g. a copy of another tree's build for a before/after.
 * `--band [--no-node] [--again]`: instead, the 200 KB band (browser-band.ts) on the given pages of 150–250 KB and
 * the synthetic 200 KB article, `--rounds` times each, beside Node's figure for the same pages (unless `--no-node`);
 * `--again` asks for a second analysis on each page load (warm: how much of the first is cold cost); `--out FILE`
 * also writes the JSON; `--src TREE`: the source tree the `--ext` build came from (for its source maps).
 */
async function mainBrowserOnly(argv: string[]): Promise<number> {
  let rounds = 3;
  let json = false;
  let hostOnly = false;
  let band = false;
  let node = true;
  let again = false;
  let outFile: string | undefined;
  let srcRoot: string | undefined;
  let extDir: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--rounds') rounds = Math.max(1, Number(argv[++i]) || 3);
    else if (x === '--host-only') hostOnly = true;
    else if (x === '--ext') extDir = argv[++i];
    else if (x === '--json') json = true;
    else if (x === '--band') band = true;
    else if (x === '--no-node') node = false;
    else if (x === '--again') again = true;
    else if (x === '--out') outFile = argv[++i];
    else if (x === '--src') srcRoot = argv[++i];
    else inputs.push(x);
  }
  const { htmlFiles } = await import('./corpus');
  const files: string[] = [];
  for (const p of inputs) files.push(...((await stat(p)).isDirectory() ? await htmlFiles(p) : [path.resolve(p)]));
  if (band) {
    const { runBand, formatBand } = await import('./browser-band');
    const res = await runBand(process.cwd(), files, { rounds, node, again, ...(extDir ? { extDir } : {}), ...(srcRoot ? { srcRoot } : {}) });
    process.stdout.write(json ? JSON.stringify(res, null, 2) + '\n' : formatBand(res).join('\n') + '\n');
    if (outFile) (await import('node:fs')).writeFileSync(outFile, JSON.stringify(res, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n');
    return 0;
  }
  const res = await runBrowser(process.cwd(), files, { rounds, matchedHostOnly: hostOnly, ...(extDir ? { extDir } : {}) });
  process.stdout.write(json ? JSON.stringify(res, null, 2) + '\n' : formatBrowser(res).join('\n') + '\n');
  return 0;
}

if (process.argv[1] && /bench[\\/]browser\.ts$/.test(process.argv[1])) {
  mainBrowserOnly(process.argv.slice(2)).then((c) => (process.exitCode = c));
}
