/**
 * The browser bench's 200 KB band (issue #3: "after DOM parsing, a 200 KB article is analysed in well under
 * 10 ms median"): which pages are in the band, and what a V8 profile of one forced analysis spent in the
 * extension's scripts, by stage. Pure (no browser, no timing), so the tests can check it exactly; the browser
 * driving is in browser.ts (`runBand`).
 */
import type { CpuProfile } from './browser';
import type { Original } from './source-map';
import { summarize, type Summary } from './stats';

/** The band of issue #3 as the Node bench reads it (bench.ts `sizeBand`): pages of 150–250 KB of HTML. */
export const BAND_LO = 150 * 1024;
export const BAND_HI = 250 * 1024;

/** The pages whose size in bytes is in [lo, hi], in the given order. */
export function inBand<T extends { bytes: number }>(pages: readonly T[], lo = BAND_LO, hi = BAND_HI): T[] {
  return pages.filter((p) => p.bytes >= lo && p.bytes <= hi);
}

/**
 * Where a sample of the forced analysis belongs:
 * - `firstLook`, `analysis`: the analysis proper, the idle-callback steps of `firstLookSteps` (page facts, body,
 *   detection) and `analyzeSteps` (sentences, attribution, hedges, disclaimers, evidence, notes), their cold
 *   warm-up steps included: what Node's "after parse" figure times (firstLook + analyzeFrom);
 * - `directory`: building the source directory in the content script's world (once per page world; outside
 *   the Node figure, which builds it once before timing);
 * - `evaluate`: an injected analyzer script's top-level run (module set-up; its compile is not in a CPU
 *   profile at all: no JS frame);
 * - `glue`: the content script's own work (messages, settings, scheduling, sending the report).
 * `steps` is the stage steps without a source map to tell them apart.
 */
export const CATEGORIES = ['firstLook', 'analysis', 'directory', 'evaluate', 'glue', 'steps'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Resolves a frame of a profiled script (url, 0-based line and column of the function's start) to its source. */
export type FrameResolver = (url: string, line: number, column: number) => Original | null;

export interface VisitProfile {
  /** Sampled ms per category; garbage-collector samples that follow an extension sample count to its category. */
  ms: Record<Category, number>;
  /** The analysis proper: firstLook + analysis (or `steps` when unresolved). */
  analysisMs: number;
  /** Of all the extension's ms, how much was garbage collection. */
  gcMs: number;
  /** Inclusive ms of the analysis proper per step: the function each stage generator was in (resolved name). */
  stepMs: Record<string, number>;
  /** Self ms of the analysis proper per leaf frame (resolved: name and source). */
  selfMs: Record<string, number>;
  /**
   * Thread CPU ms per category from a trace of the same request (`threadCpu`): each main-thread task's thread
   * time shared out by its samples. The profile's own ms are wall time between samples, inflated when the
   * renderer waits for a core on a loaded machine; a task's thread time is not.
   */
  cpuMs?: Record<Category | 'other', number>;
  /** The analysis proper in thread CPU ms (firstLook + analysis + steps of cpuMs). */
  analysisCpuMs?: number;
  /** Thread CPU ms by step of the analysis proper (as `stepMs`). */
  cpuStepMs?: Record<string, number>;
  /** The main-thread tasks with extension samples in them, and the median wait between one's end and the next's start (ms). */
  tasks?: { count: number; medianGapMs: number; gapsMs: number };
}

/**
 * The tasks that hold extension samples, and the gaps between them: the forced analysis runs one step per idle
 * callback, so most of its wall time is the wait for the next idle period, not work.
 */
export function taskGaps(samples: readonly TimedSample[], tasks: readonly TraceTask[]): { count: number; medianGapMs: number; gapsMs: number } {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  const ext: TraceTask[] = [];
  let j = 0;
  for (const t of sorted) {
    while (j < samples.length && samples[j]!.t < t.ts) j++;
    for (let i = j; i < samples.length && samples[i]!.t < t.ts + t.dur; i++) {
      if (samples[i]!.cat !== null) {
        ext.push(t);
        break;
      }
    }
  }
  const gaps = ext.slice(1).map((t, i) => (t.ts - (ext[i]!.ts + ext[i]!.dur)) / 1000);
  return { count: ext.length, medianGapMs: summarize(gaps).median, gapsMs: gaps.reduce((a, b) => a + b, 0) };
}

/**
 * Whether the analyzer scripts were injected during this request (their top-level run was sampled): on a page
 * the automatic run did not flag; on a flagged page they were loaded, and partly warmed, before the request.
 */
export function loadedDuring(p: VisitProfile): boolean {
  return p.ms.evaluate > 0;
}

/** One sample of a profile on the trace clock (µs): its start, its length and its category (null: not the extension's). */
export interface TimedSample {
  t: number;
  dt: number;
  cat: Category | null;
  /** The step of the analysis proper it is in (as in `stepMs`), if any. */
  step?: string | null;
}

/** A main-thread task of the trace: start and wall length (µs), thread time (µs). */
export interface TraceTask {
  ts: number;
  dur: number;
  tdur: number;
}

/**
 * Thread CPU per category: each task's thread time split in proportion to the sampled time of each category
 * inside it (samples that are not the extension's count as 'other'); samples outside every task are dropped.
 */
export function threadCpu(samples: readonly TimedSample[], tasks: readonly TraceTask[]): Record<Category | 'other', number> {
  const out = Object.fromEntries([...CATEGORIES, 'other'].map((c) => [c, 0])) as Record<Category | 'other', number>;
  for (const [k, v] of shareOut(samples, tasks, (s) => s.cat ?? 'other')) out[k as Category | 'other'] += v;
  return out;
}

/** The same by step of the analysis proper (samples outside its steps are left out of the result). */
export function threadCpuBySteps(samples: readonly TimedSample[], tasks: readonly TraceTask[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of shareOut(samples, tasks, (s) => s.step ?? '')) if (k) out[k] = v;
  return out;
}

/** Each task's thread time (ms) shared out over the keys of the samples inside it, in proportion to their sampled time. */
function shareOut(samples: readonly TimedSample[], tasks: readonly TraceTask[], keyOf: (s: TimedSample) => string): Map<string, number> {
  const out = new Map<string, number>();
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  const shares = sorted.map(() => new Map<string, number>());
  for (const s of samples) {
    // The last task starting at or before the sample.
    let lo = 0, hi = sorted.length - 1, k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.ts <= s.t) (k = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    if (k < 0 || s.t >= sorted[k]!.ts + sorted[k]!.dur) continue;
    const key = keyOf(s);
    shares[k]!.set(key, (shares[k]!.get(key) ?? 0) + s.dt);
  }
  for (const [k, m] of shares.entries()) {
    let total = 0;
    for (const v of m.values()) total += v;
    if (total <= 0) continue;
    for (const [c, v] of m) out.set(c, (out.get(c) ?? 0) + (sorted[k]!.tdur / 1000) * (v / total));
  }
  return out;
}

const STAGE_OF: [RegExp, Category][] = [
  [/(^|\/)src\/core\/first-look\.ts$/, 'firstLook'],
  [/(^|\/)src\/core\/analyze\.ts$/, 'analysis'],
  [/(^|\/)src\/sources\//, 'directory'],
];

type Frame = CpuProfile['nodes'][number]['callFrame'];

/** A frame's label: its resolved name and source line, else the profile's name and script position. */
export function frameLabel(f: Frame, o: Original | null): string {
  if (o) return `${o.name ?? (f.functionName || '(anonymous)')} ${o.source.replace(/^.*?\bsrc\//, 'src/')}:${o.line + 1}`;
  return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}`;
}

/**
 * Split the extension's samples of one profile (scripts whose URL starts with `prefix`) by stage. A stack is
 * read from its root: an analyzer script at the root is its evaluation; under the content script, the first
 * frame of another extension script decides (its source file, through `resolve`); none is glue.
 */
export function classifyProfile(p: CpuProfile, prefix: string, contentScript: string, resolve: FrameResolver | null, timeline?: TimedSample[]): VisitProfile {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ms = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const stepMs: Record<string, number> = {};
  const selfMs: Record<string, number> = {};
  let gcMs = 0;
  const resolved = new Map<number, Original | null>();
  const orig = (id: number): Original | null => {
    if (!resolve) return null;
    if (!resolved.has(id)) {
      const f = byId.get(id)!.callFrame;
      resolved.set(id, resolve(f.url, f.lineNumber ?? 0, f.columnNumber ?? 0));
    }
    return resolved.get(id)!;
  };
  const isExt = (id: number): boolean => byId.get(id)!.callFrame.url.startsWith(prefix);
  /** Per leaf node: its category and, for the analysis proper, its step label; null when no extension frame. */
  const memo = new Map<number, { cat: Category; step: string | null } | null>();
  const classify = (leaf: number): { cat: Category; step: string | null } | null => {
    if (memo.has(leaf)) return memo.get(leaf)!;
    const stack: number[] = [];
    for (let n: number | undefined = leaf; n !== undefined; n = parent.get(n)) stack.push(n);
    stack.reverse(); // root first
    const ext = stack.filter(isExt);
    let out: { cat: Category; step: string | null } | null = null;
    if (ext.length) {
      const root = byId.get(ext[0]!)!.callFrame.url;
      if (!root.endsWith(contentScript)) out = { cat: 'evaluate', step: null };
      else {
        const i = ext.findIndex((id) => !byId.get(id)!.callFrame.url.endsWith(contentScript));
        if (i < 0) out = { cat: 'glue', step: null };
        else if (!resolve) out = { cat: 'steps', step: null };
        else {
          const o = orig(ext[i]!);
          // A script without a map (its bytes differ from the map's build): a step, of no known stage.
          const cat = o ? (STAGE_OF.find(([re]) => re.test(o.source))?.[1] ?? 'glue') : 'steps';
          let step: string | null = null;
          if (cat === 'firstLook' || cat === 'analysis') {
            const callee = ext[i + 1];
            step = callee === undefined ? `(${cat} step itself)` : frameLabel(byId.get(callee)!.callFrame, orig(callee));
          }
          out = { cat, step };
        }
      }
    }
    memo.set(leaf, out);
    return out;
  };
  let last: { cat: Category; step: string | null; self: string | null } | null = null;
  let t = p.startTime ?? 0;
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i]!;
    // A sample stands for the time until the next one.
    t += p.timeDeltas[i] ?? 0;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const c = classify(id);
    const name = byId.get(id)?.callFrame.functionName ?? '';
    if (c) {
      const f = byId.get(id)!.callFrame;
      const self = c.step !== null ? frameLabel(f, isExt(id) ? orig(id) : null) : null;
      last = { ...c, self };
    } else if (name !== '(garbage collector)' || !last) {
      last = null;
      timeline?.push({ t, dt: dt * 1000, cat: null });
      continue;
    } else gcMs += dt;
    timeline?.push({ t, dt: dt * 1000, cat: last.cat, step: last.step });
    ms[last.cat] += dt;
    if (last.step !== null) stepMs[last.step] = (stepMs[last.step] ?? 0) + dt;
    if (last.self !== null) {
      const k = c ? last.self : '(garbage collector)';
      selfMs[k] = (selfMs[k] ?? 0) + dt;
    }
  }
  return { ms, analysisMs: ms.firstLook + ms.analysis + ms.steps, gcMs, stepMs, selfMs };
}

export interface BandVisit {
  page: string;
  round: number;
  ok: boolean;
  /** Wall time from the request to the content script's answer (idle-callback waits and messages included). */
  wallMs: number;
  profile: VisitProfile | null;
  /** The same request again in the same page world (`--again`): its code, patterns and tables warm. */
  again?: VisitProfile | null;
  note?: string;
}

export interface BandSummary {
  visits: number;
  pages: number;
  /** The analysis proper over every visit (pages × rounds): sampled ms (wall between samples). */
  analysisMs: Summary;
  /** Each page's median over rounds, then over pages. */
  perPageAnalysisMs: Summary;
  /** The same in thread CPU ms (visits with a trace only). */
  analysisCpuMs: Summary;
  perPageAnalysisCpuMs: Summary;
  /** Every category over the visits, sampled and in thread CPU. */
  ms: Record<Category, Summary>;
  cpuMs: Record<Category | 'other', Summary>;
  /** All the extension's sampled ms in the forced run, and its wall time. */
  extensionMs: Summary;
  wallMs: Summary;
  gcMs: Summary;
  /** Steps and leaf frames of the analysis proper, mean ms per visit (sum over the visits / visits), most first. */
  steps: { step: string; ms: number }[];
  /** The steps in thread CPU, mean ms per visit with a trace. */
  cpuSteps: { step: string; ms: number }[];
  self: { frame: string; ms: number }[];
  /** Per analysis: how many tasks held extension work, the median gap between them and the gaps' sum (ms). */
  tasks: { count: Summary; medianGapMs: Summary; gapsMs: Summary };
  /** The analysis proper in thread CPU, split by whether the request loaded the analyzer (`loadedDuring`) or the automatic run had. */
  byLoad: { loadedByRequest: Summary; loadedBefore: Summary };
  /** The second, warm analysis of each visit (`--again`), in thread CPU and sampled ms. */
  again?: { analysisCpuMs: Summary; analysisMs: Summary };
}

/** Medians and p95 over the visits that answered, per category, plus the steps that cost most on average. */
export function summarizeBand(visits: readonly BandVisit[], top = 15): BandSummary {
  const ok = visits.filter((v) => v.ok && v.profile);
  const pr = ok.map((v) => v.profile!);
  const perPage = (pick: (p: VisitProfile) => number | undefined): number[] => {
    const byPage = new Map<string, number[]>();
    for (const v of ok) {
      const x = pick(v.profile!);
      if (x === undefined) continue;
      const a = byPage.get(v.page) ?? [];
      a.push(x);
      byPage.set(v.page, a);
    }
    return [...byPage.values()].map((xs) => summarize(xs).median);
  };
  const cpu = pr.filter((p) => p.cpuMs);
  const mean = (pick: (p: VisitProfile) => Record<string, number>, of = pr): { key: string; ms: number }[] => {
    const sum = new Map<string, number>();
    for (const p of of) for (const [k, v] of Object.entries(pick(p))) sum.set(k, (sum.get(k) ?? 0) + v);
    return [...sum].map(([key, v]) => ({ key, ms: v / Math.max(1, of.length) })).sort((a, b) => b.ms - a.ms).slice(0, top);
  };
  return {
    visits: ok.length,
    pages: new Set(ok.map((v) => v.page)).size,
    analysisMs: summarize(pr.map((p) => p.analysisMs)),
    perPageAnalysisMs: summarize(perPage((p) => p.analysisMs)),
    analysisCpuMs: summarize(cpu.map((p) => p.analysisCpuMs!)),
    perPageAnalysisCpuMs: summarize(perPage((p) => p.analysisCpuMs)),
    ms: Object.fromEntries(CATEGORIES.map((c) => [c, summarize(pr.map((p) => p.ms[c]))])) as Record<Category, Summary>,
    cpuMs: Object.fromEntries([...CATEGORIES, 'other' as const].map((c) => [c, summarize(cpu.map((p) => p.cpuMs![c]))])) as Record<Category | 'other', Summary>,
    extensionMs: summarize(pr.map((p) => CATEGORIES.reduce((s, c) => s + p.ms[c], 0))),
    wallMs: summarize(ok.map((v) => v.wallMs)),
    gcMs: summarize(pr.map((p) => p.gcMs)),
    steps: mean((p) => p.stepMs).map(({ key, ms }) => ({ step: key, ms })),
    cpuSteps: mean((p) => p.cpuStepMs ?? {}, cpu).map(({ key, ms }) => ({ step: key, ms })),
    self: mean((p) => p.selfMs).map(({ key, ms }) => ({ frame: key, ms })),
    tasks: {
      count: summarize(cpu.flatMap((p) => (p.tasks ? [p.tasks.count] : []))),
      medianGapMs: summarize(cpu.flatMap((p) => (p.tasks ? [p.tasks.medianGapMs] : []))),
      gapsMs: summarize(cpu.flatMap((p) => (p.tasks ? [p.tasks.gapsMs] : []))),
    },
    byLoad: { loadedByRequest: summarize(cpu.filter(loadedDuring).map((p) => p.analysisCpuMs!)), loadedBefore: summarize(cpu.filter((p) => !loadedDuring(p)).map((p) => p.analysisCpuMs!)) },
    ...(ok.some((v) => v.again)
      ? { again: { analysisCpuMs: summarize(ok.flatMap((v) => (v.again?.analysisCpuMs !== undefined ? [v.again.analysisCpuMs] : []))), analysisMs: summarize(ok.flatMap((v) => (v.again ? [v.again.analysisMs] : []))) } }
      : {}),
  };
}
