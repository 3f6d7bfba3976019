/**
 * The 200 KB band in Chromium (issue #3): every page of 150–250 KB (and the synthetic 200 KB article), in one
 * browser with the built extension, after a warm-up page. Each page is served from a host the manifest matches
 * (request interception), loaded, left to its automatic run, and then analysed on request through the
 * extension's own protocol (`analyze {force: true}`, what "Analyse this page" sends); a V8 CPU profile of the
 * page's renderer during that request is split by stage (band.ts). Source maps of the same bundles, built next
 * to them and checked byte for byte, name the stages of the minified build.
 *
 * What is counted as the analysis proper: samples in the idle-callback steps of `firstLookSteps` and
 * `analyzeSteps` (their cold warm-ups included) and the garbage collection right after them. Not counted: the
 * compile of the analyzer scripts (no JS frame in a CPU profile), their top-level evaluation, building the
 * source directory, the content script's messages and scheduling (reported beside it), the gaps between idle
 * callbacks and anything the page or the browser does meanwhile (outside the extension's frames).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BAND_HI, BAND_LO, classifyProfile, inBand, summarizeBand, taskGaps, threadCpu, threadCpuBySteps, type BandSummary, type BandVisit, type FrameResolver, type VisitProfile, type TimedSample, type TraceTask } from './band';
import { CHROMIUM_PATH, matchedHosts, type CpuProfile, type TraceEvent } from './browser';
import { resolver, type Resolver, type SourceMapV3 } from './source-map';
import { summarize, type Summary } from './stats';

const FORCE_MESSAGE = { type: 'analyze', credence: 1, force: true };
/** After load, time for the automatic run (quick look, and on a flagged page the analysis) to end before the request. */
const SETTLE_MS = 2000;
const CONTENT_SCRIPT = 'content.js';

export interface BandResult {
  skipped?: string;
  extensionDir?: string;
  pages: { page: string; bytes: number }[];
  rounds: number;
  warmup?: string;
  /** The scripts whose frames a source map names (those whose bytes match the map's build). */
  mapped: string[];
  visits: BandVisit[];
  summary?: BandSummary;
  /** The same pages in Node (linkedom, warm): firstLook + analyzeFrom after parse, per-page medians. */
  node?: { pages: number; wallMs: Summary; cpuMs: Summary };
  notes: string[];
}

/** Source maps for the content and analyzer scripts of `extDir`, built from the tree `root` into a temporary directory; only a byte-identical script gets one. */
async function buildResolvers(root: string, extDir: string, notes: string[]): Promise<{ resolve: FrameResolver | null; mapped: string[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'credence-maps-'));
  try {
    const esbuild = await import('esbuild');
    // The build script of the tree the extension was built from (its ROOT is where its own file is).
    const { bundleAnalyzer, extensionBuildOptions } = (await import(pathToFileURL(path.join(root, 'scripts/build.ts')).href)) as typeof import('../build');
    const { ANALYZER_PARTS } = (await import(pathToFileURL(path.join(root, 'src/shared/analyzer-parts.ts')).href)) as typeof import('../../src/shared/analyzer-parts');
    const opts = { ...extensionBuildOptions(), sourcemap: 'external' as const, logLevel: 'silent' as const };
    await bundleAnalyzer(opts, dir);
    await esbuild.build({ ...opts, entryPoints: { content: path.join(root, 'src/content/index.ts') }, outdir: dir, format: 'iife' });
    const byFile = new Map<string, Resolver>();
    for (const f of [CONTENT_SCRIPT, ...ANALYZER_PARTS]) {
      const [built, shipped] = await Promise.all([readFile(path.join(dir, f)).catch(() => null), readFile(path.join(extDir, f)).catch(() => null)]);
      if (!built || !shipped || !built.equals(shipped)) {
        notes.push(`${f}: no source map (the extension's copy differs from a build of this tree)`);
        continue;
      }
      byFile.set(f, resolver(JSON.parse(await readFile(path.join(dir, `${f}.map`), 'utf8')) as SourceMapV3));
    }
    if (!byFile.size) return { resolve: null, mapped: [] };
    return { resolve: (url, line, col) => byFile.get(url.replace(/^.*\//, ''))?.fn(line, col) ?? null, mapped: [...byFile.keys()] };
  } catch (e) {
    notes.push(`no source maps: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
    return { resolve: null, mapped: [] };
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * The renderer main-thread tasks of a trace (thread time per task) matched with the profile's samples: of the
 * threads named CrRendererMain, the one whose tasks hold the most extension samples (the page's renderer).
 * The timeline is in time order.
 */
export function mainThreadCpu(events: readonly TraceEvent[], timeline: readonly TimedSample[]): ReturnType<typeof threadCpu> | null {
  const tasks = mainThreadTasks(events, timeline);
  return tasks ? threadCpu(timeline, tasks) : null;
}

/** The outermost tasks of that thread. */
export function mainThreadTasks(events: readonly TraceEvent[], timeline: readonly TimedSample[]): TraceTask[] | null {
  const main = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.add(`${e.pid}:${e.tid}`);
  const byThread = new Map<string, TraceTask[]>();
  for (const e of events as (TraceEvent & { tdur?: number })[]) {
    const k = `${e.pid}:${e.tid}`;
    if (!main.has(k) || e.ph !== 'X' || e.dur === undefined || e.tdur === undefined || !TASK_EVENTS.has(e.name)) continue;
    const list = byThread.get(k) ?? [];
    list.push({ ts: e.ts, dur: e.dur, tdur: e.tdur });
    byThread.set(k, list);
  }
  let best: TraceTask[] | null = null;
  let bestCover = 0;
  const ext = timeline.filter((x) => x.cat !== null);
  for (const tasks of byThread.values()) {
    // Only outermost tasks (a nested run loop's tasks are inside another's thread time already).
    tasks.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const outer: TraceTask[] = [];
    for (const t of tasks) if (!outer.length || t.ts >= outer[outer.length - 1]!.ts + outer[outer.length - 1]!.dur) outer.push(t);
    // How much of the extension's sampled time falls inside this thread's tasks.
    let cover = 0;
    let j = 0;
    for (const x of ext) {
      while (j < outer.length && outer[j]!.ts + outer[j]!.dur <= x.t) j++;
      if (j < outer.length && outer[j]!.ts <= x.t) cover += x.dt;
    }
    if (cover > bestCover) (best = outer), (bestCover = cover);
  }
  return best;
}

const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Node's figure for the same pages: per page, the median of firstLook + analyzeFrom of the bundled core after a fresh parse (wall and CPU). */
async function nodeFigure(pages: { page: string; html: string }[]): Promise<BandResult['node']> {
  const { measurePage, useCore, warmUp } = await import('./measure');
  // The core as shipped (an esbuild bundle with the extension's options), as the bench times it.
  useCore(await (await import('./built-core')).loadBuiltCore());
  const { contentDirectory } = await import('../../src/sources/compact');
  const db = contentDirectory();
  warmUp(pages, db, 2);
  const res = pages.map((p) => measurePage(p.page, p.html, { db, minReps: 5, maxReps: 15, targetMs: 400 }));
  return { pages: res.length, wallMs: summarize(res.map((r) => r.median.analyzeFrom)), cpuMs: summarize(res.map((r) => r.cpuMedian.analyzeFrom)) };
}

export async function runBand(
  root: string,
  files: string[],
  opts: { extDir?: string; /** The source tree `extDir` was built from, for its source maps (default `root`). */ srcRoot?: string; rounds?: number; synth?: boolean; node?: boolean; /** Ask twice per page load (the second analysis warm: a diagnosis of cold costs). */ again?: boolean; lo?: number; hi?: number; log?: (s: string) => void } = {},
): Promise<BandResult> {
  const notes: string[] = [];
  const log = opts.log ?? ((s: string) => void process.stderr.write(`${s}\n`));
  const rounds = opts.rounds ?? 3;
  const empty = (skipped: string): BandResult => ({ skipped, pages: [], rounds, mapped: [], visits: [], notes });
  if (!existsSync(CHROMIUM_PATH)) return empty(`no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  const extDir = path.resolve(opts.extDir ?? path.join(root, 'dist/chrome'));
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path.join(extDir, 'manifest.json'), 'utf8'));
  } catch {
    return empty(`no built extension in ${extDir} (npm run build)`);
  }
  const host = matchedHosts(manifest)[0];
  if (!host) return empty('the manifest matches no concrete https host to serve the pages from');
  const sized = await Promise.all(files.map(async (f) => ({ file: f, bytes: (await stat(f)).size })));
  const pages: { page: string; html: string }[] = [];
  for (const p of inBand(sized, opts.lo ?? BAND_LO, opts.hi ?? BAND_HI)) pages.push({ page: path.relative(process.cwd(), p.file), html: await readFile(p.file, 'utf8') });
  const { synthArticle } = await import('./synth');
  if (opts.synth !== false) pages.push({ page: 'synthetic 200 KB article (synth.ts)', html: synthArticle(200 * 1024) });
  if (!pages.length) return empty('no page in the band');
  const warm = { page: 'warm-up: synthetic 50 KB article (seed 11)', html: synthArticle(50 * 1024, 11) };
  const { resolve, mapped } = await buildResolvers(path.resolve(opts.srcRoot ?? root), extDir, notes);

  const { chromium } = await import('playwright-core');
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'credence-band-'));
  const args = [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args });
  const visits: BandVisit[] = [];
  try {
    const all = [warm, ...pages];
    const origin = `https://${host}`;
    await context.route('**/*', (route) => {
      const m = /^https:\/\/[^/]+\/band\/(\d+)\.html$/.exec(route.request().url());
      const p = m && route.request().url().startsWith(origin) ? all[Number(m[1])] : undefined;
      return p ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: p.html }) : route.abort();
    });
    const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => undefined));
    if (!sw) return { ...empty('the extension did not start (no service worker)'), extensionDir: extDir };
    const page = context.pages()[0] ?? (await context.newPage());
    /** One forced analysis of the loaded page, traced and profiled. */
    const forced = async (url: string, dump: string): Promise<{ ok: boolean; wallMs: number; profile: VisitProfile | null; note?: string }> => {
      const cdp = await context.newCDPSession(page);
      try {
        const trace: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', (ev: { value: object[] }) => void trace.push(...(ev.value as TraceEvent[])));
        // Only the task events: their thread time is the CPU figure (deeper categories add overhead to every call).
        const traced = await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' } as never).then(() => true, () => false);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
        await cdp.send('Profiler.start');
        const t0 = performance.now();
        const res = await Promise.race([
          sw.evaluate(async ([u, msg]): Promise<{ ok: boolean; note?: string }> => {
            const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
            const tabs = await c.tabs.query({});
            const tab = tabs.find((t) => t.url === u) ?? tabs.find((t) => !t.url?.startsWith('chrome'));
            if (!tab?.id) return { ok: false, note: 'tab not found' };
            const r = (await c.tabs.sendMessage(tab.id, msg)) as { ok?: boolean } | undefined;
            return { ok: Boolean(r?.ok), note: r ? undefined : 'no answer' };
          }, [url, FORCE_MESSAGE] as const).catch((e: unknown) => ({ ok: false, note: e instanceof Error ? e.message.split('\n')[0]! : String(e) })),
          new Promise<{ ok: false; note: string }>((r) => setTimeout(() => r({ ok: false, note: 'timed out after 30 s' }), 30_000)),
        ]);
        const wallMs = performance.now() - t0;
        await page.waitForTimeout(200);
        const prof = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
        if (traced) {
          const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
          await cdp.send('Tracing.end');
          await Promise.race([complete, new Promise((r) => setTimeout(r, 10_000))]);
        }
        let profile: VisitProfile | null = null;
        if (res.ok) {
          const timeline: TimedSample[] = [];
          profile = classifyProfile(prof.profile, 'chrome-extension://', CONTENT_SCRIPT, resolve, timeline);
          const tasks = traced ? mainThreadTasks(trace, timeline) : null;
          if (tasks) {
            const cpu = threadCpu(timeline, tasks);
            Object.assign(profile, { cpuMs: cpu, analysisCpuMs: cpu.firstLook + cpu.analysis + cpu.steps, cpuStepMs: threadCpuBySteps(timeline, tasks), tasks: taskGaps(timeline, tasks) });
          }
          if (process.env.CREDENCE_BAND_DUMP) (await import('node:fs')).writeFileSync(`${process.env.CREDENCE_BAND_DUMP}-${dump}.json`, JSON.stringify({ trace, profile: prof.profile }));
        }
        return { ok: res.ok, wallMs, profile, ...(res.note ? { note: res.note } : {}) };
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    };
    const visit = async (i: number, round: number): Promise<BandVisit> => {
      const url = `${origin}/band/${i}.html`;
      const v: BandVisit = { page: all[i]!.page, round, ok: false, wallMs: NaN, profile: null };
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        await page.waitForTimeout(SETTLE_MS);
        // Some saved pages' own scripts navigate away (an ad-block check that calls location.replace): nothing to ask.
        if (page.url() !== url) return { ...v, note: `the page's own script navigated away (to ${page.url().slice(0, 60)}): not measured` };
        let f = await forced(url, `${i}-${round}`);
        // The content script may not be listening yet on a slow load: once more, a second later.
        if (!f.ok && /Receiving end does not exist/.test(f.note ?? '')) {
          await page.waitForTimeout(1000);
          f = await forced(url, `${i}-${round}`);
        }
        Object.assign(v, { ok: f.ok, wallMs: f.wallMs, profile: f.profile }, f.note ? { note: f.note } : {});
        // Diagnosis: the same request again in the same page world (its code and patterns now warm).
        if (opts.again && f.ok) v.again = (await forced(url, `${i}-${round}-again`)).profile;
      } catch (e) {
        v.note = `failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`;
      }
      return v;
    };
    log('band: warm-up page…');
    const w = await visit(0, 0);
    if (!w.ok) notes.push(`warm-up page: ${w.note ?? 'no analysis'}`);
    for (let r = 0; r < rounds; r++) {
      // Each round starts at another page, so no page is always the first after the warm-up.
      for (let k = 0; k < pages.length; k++) {
        const i = 1 + ((k + r * Math.max(1, Math.floor(pages.length / rounds))) % pages.length);
        const v = await visit(i, r + 1);
        visits.push(v);
        const f1 = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(1));
        log(`band round ${r + 1}/${rounds} [${k + 1}/${pages.length}] ${v.page}: ${v.ok && v.profile ? `analysis CPU ${f1(v.profile.analysisCpuMs)} ms (sampled ${f1(v.profile.analysisMs)}: first look ${f1(v.profile.ms.firstLook)}, text ${f1(v.profile.ms.analysis)})${v.again ? `, again ${f1(v.again.analysisCpuMs)} ms CPU` : ''}, wall ${v.wallMs.toFixed(0)} ms` : v.note ?? 'no answer'}`);
      }
    }
  } finally {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
  }
  for (const v of visits) if (v.note) notes.push(`${v.page} (round ${v.round}): ${v.note}`);
  const out: BandResult = { extensionDir: path.relative(process.cwd(), extDir) || '.', pages: pages.map((p) => ({ page: p.page, bytes: Buffer.byteLength(p.html) })), rounds, warmup: warm.page, mapped, visits, summary: summarizeBand(visits), notes };
  if (opts.node !== false) {
    log('band: the same pages in Node…');
    out.node = await nodeFigure(pages);
  }
  return out;
}

export function formatBand(b: BandResult, nodeBench?: { pages: number; fullMs: Summary; cpuFullMs: Summary } | null): string[] {
  const out = ['Chromium, pages of 150–250 KB (band: a forced analysis after each page load, one browser, after a warm-up page):'];
  if (b.skipped || !b.summary) return [...out, `  skipped: ${b.skipped ?? 'no visit'}`];
  const s = b.summary;
  const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');
  const mp = (x: Summary): string => `median ${f(x.median)} ms, p95 ${f(x.p95)} (min ${f(x.min)}, max ${f(x.max)}, n ${x.n})`;
  out.push(`  ${s.pages} pages × ${b.rounds} rounds = ${s.visits} analyses; source maps for ${b.mapped.join(', ') || 'none'}`);
  out.push(`  analysis proper (firstLookSteps + analyzeSteps with their warm-ups, GC right after them included), renderer thread CPU: ${mp(s.analysisCpuMs)}`);
  out.push(`    per page (median over rounds): ${mp(s.perPageAnalysisCpuMs)}`);
  out.push(`    of it first look ${f(s.cpuMs.firstLook.median)} ms, text analysis ${f(s.cpuMs.analysis.median)} ms (medians)`);
  out.push(`    sampled (wall between profile samples; inflated when the renderer waits for a core): ${mp(s.analysisMs)}; GC ${f(s.gcMs.median)} ms`);
  out.push(`    analyzer loaded by the request (the automatic run's quick look passed the page by): ${mp(s.byLoad.loadedByRequest)}`);
  out.push(`    analyzer loaded before, by the automatic run (the quick look flagged the page): ${mp(s.byLoad.loadedBefore)}`);
  if (s.again) out.push(`  the same request again in the same page world (warm; --again): thread CPU ${mp(s.again.analysisCpuMs)}`);
  out.push(
    `  not counted above (thread CPU medians): analyzer scripts' top-level evaluation ${f(s.cpuMs.evaluate.median)} ms, source directory ${f(s.cpuMs.directory.median)} ms, ` +
      `content-script glue ${f(s.cpuMs.glue.median)} ms, other renderer main-thread work meanwhile (the analyzer scripts' compile, the page's own tasks) ${f(s.cpuMs.other.median)} ms; request → answer wall ${f(s.wallMs.median)} ms (idle-callback gaps included)`,
  );
  out.push(`  tasks with extension work per request: median ${f(s.tasks.count.median)}; the median wait between two of them ${f(s.tasks.medianGapMs.median)} ms, ${f(s.tasks.gapsMs.median)} ms of waits per request (one step per idle period)`);
  if (s.ms.steps.max > 0) out.push(`  unresolved stage steps (no source map), sampled: ${mp(s.ms.steps)}`);
  if (b.node) out.push(`  Node, the same pages (linkedom, warm JIT; firstLook + analyzeFrom after parse, per-page medians): wall ${mp(b.node.wallMs)}; CPU median ${f(b.node.cpuMs.median)} ms`);
  if (nodeBench?.pages) out.push(`  Node bench line (corpus pages of the band: quick look + full analysis after parse): median ${f(nodeBench.fullMs.median)} ms (p95 ${f(nodeBench.fullMs.p95)}; CPU ${f(nodeBench.cpuFullMs.median)})`);
  if (s.cpuSteps.length) out.push(`  where the analysis goes (thread CPU, mean ms per analysis, by step): ${s.cpuSteps.slice(0, 14).map((x) => `${x.step} ${x.ms.toFixed(1)}`).join('; ')}`);
  else if (s.steps.length) out.push(`  where the analysis goes (sampled, mean ms per analysis, inclusive, by step): ${s.steps.slice(0, 14).map((x) => `${x.step} ${x.ms.toFixed(1)}`).join('; ')}`);
  if (s.self.length) out.push(`  self time (sampled, mean ms per analysis): ${s.self.slice(0, 14).map((x) => `${x.frame} ${x.ms.toFixed(1)}`).join('; ')}`);
  for (const n of b.notes) out.push(`  note: ${n}`);
  return out;
}
