/**
 * In-process timing of one page: DOM parse (linkedom), Credence's first look
 * and full analysis through the public core API, and Mozilla Readability's
 * isProbablyReaderable and parse on a fresh parse of the same page. Ours and
 * the reference are interleaved and alternate in order from one repetition
 * to the next, so machine noise (2 shared cores) falls on both alike.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeFrom, firstLook, type SourceDirectory } from '../../src/core/index';
import { prefilter } from '../../src/content/prefilter';
import type { BenchCore } from './built-core';
import { median } from './stats';

/** The code under test: the source through tsx unless the bench loads the shipped bundle (built-core.ts). */
let core: BenchCore = { firstLook, analyzeFrom, prefilter, origin: 'source' };
export function useCore(c: BenchCore): void {
  core = c;
}
export function coreOrigin(): BenchCore['origin'] {
  return core.origin;
}

type GcFn = (opts?: { type?: 'major' | 'minor' }) => void;

/** A full garbage collection between repetitions (untimed), when the runtime lets us. */
export const gc: GcFn = (() => {
  const g = (globalThis as { gc?: GcFn }).gc;
  if (g) return g;
  try {
    setFlagsFromString('--expose-gc');
    const fn = runInNewContext('gc') as unknown;
    if (typeof fn === 'function') return fn as GcFn;
  } catch {
    /* not available: run without */
  }
  return () => {};
})();

/**
 * `SETTLE=1`: settle the heap after each DOM parse (untimed), before anything
 * on that document is timed — two young-generation collections that move the
 * parse's nodes out of the nursery (linkedom's DOM lives on the JS heap; a
 * browser's does not). Off by default: tried as the fix for the bench/paired
 * gap (docs/performance.md, session 4), it was not one. Quiet, it makes
 * `isProbablyReaderable` (which walks every node) up to ~4× faster on a
 * freshly parsed page and the quick look no faster; under load, the GC burst
 * before each timed stage made wall-clock medians far worse (the process is
 * descheduled right after it). Kept for experiments.
 */
export function settle(): void {
  if (process.env.SETTLE !== '1') return;
  gc({ type: 'minor' });
  gc({ type: 'minor' });
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
/** Process CPU time in ms (user + system, all threads: GC helpers included). Not inflated by time the process waits for a core. */
export const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function parseDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A parse, then `settle()`: the document as the stages under test should see it. */
export function parseSettled(html: string): Document {
  const d = parseDoc(html);
  settle();
  return d;
}

export interface RepOptions {
  db: SourceDirectory;
  url?: string | null;
  /** Repetitions at least / at most, and the measured time per page after which to stop. */
  minReps: number;
  maxReps: number;
  targetMs: number;
}

export const STAGES = ['parse', 'firstLook', 'analyzeFrom', 'full', 'probablyReaderable', 'readabilityParse'] as const;
export type Stage = (typeof STAGES)[number];

export interface PageResult {
  file: string;
  bytes: number;
  reps: number;
  /** Median ms per stage over the repetitions (NaN when a stage failed every time). */
  median: Record<Stage, number>;
  /** The same in process CPU time (ms): what the paired harness (ab.ts CPU=1) measures; steady under load. */
  cpuMedian: Record<Stage, number>;
  /** The fastest repetition per stage (wall ms): noise on a shared machine only ever adds time. */
  fastest: Record<Stage, number>;
  isSecurityNews: boolean | null;
  /** The quick look's verdict (false: the content script stops after it). */
  maybe: boolean | null;
  truncated: boolean;
  readerable: boolean | null;
  /** Stages that threw, with the first message (the core must never throw). */
  errors: string[];
}

function timed<T>(fn: () => T): { ms: number; cpu: number; value: T | undefined; error?: string } {
  const c0 = cpuNow();
  const t0 = now();
  try {
    const value = fn();
    const t1 = now();
    return { ms: t1 - t0, cpu: cpuNow() - c0, value };
  } catch (e) {
    return { ms: NaN, cpu: NaN, value: undefined, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Measure one page. Never throws: failures are recorded per stage. */
export function measurePage(file: string, html: string, o: RepOptions): PageResult {
  const samples: Record<Stage, number[]> = { parse: [], firstLook: [], analyzeFrom: [], full: [], probablyReaderable: [], readabilityParse: [] };
  const cpu: Record<Stage, number[]> = { parse: [], firstLook: [], analyzeFrom: [], full: [], probablyReaderable: [], readabilityParse: [] };
  const errors = new Set<string>();
  let isSecurityNews: boolean | null = null;
  let maybe: boolean | null = null;
  let truncated = false;
  let readerable: boolean | null = null;
  let spent = 0;
  let reps = 0;

  const ours = (): void => {
    const p = timed(() => parseDoc(html));
    samples.parse.push(p.ms);
    cpu.parse.push(p.cpu);
    if (!p.value) return void errors.add(`parse: ${p.error}`);
    const doc = p.value;
    settle();
    // What the content script runs: the quick look first (the "first look" stage), then,
    // when it may be security news or the reader asks, the full detection and analysis.
    const q = timed(() => core.prefilter(doc, o.url ?? 'https://news.example/article'));
    if (!q.value) errors.add(`prefilter: ${q.error}`);
    const f = timed(() => core.firstLook(doc, { db: o.db, url: o.url ?? null }));
    if (!f.value) {
      errors.add(`firstLook: ${f.error}`);
      return;
    }
    const look = f.value;
    const a = timed(() => core.analyzeFrom(look, { db: o.db, url: o.url ?? null, force: true }));
    if (a.error) errors.add(`analyzeFrom: ${a.error}`);
    samples.firstLook.push(q.ms);
    samples.analyzeFrom.push(f.ms + a.ms);
    samples.full.push(q.ms + f.ms + a.ms);
    cpu.firstLook.push(q.cpu);
    cpu.analyzeFrom.push(f.cpu + a.cpu);
    cpu.full.push(q.cpu + f.cpu + a.cpu);
    spent += (Number.isFinite(q.ms) ? q.ms : 0) + f.ms + (Number.isFinite(a.ms) ? a.ms : 0);
    isSecurityNews = look.isSecurityNews;
    maybe = q.value?.maybe ?? null;
    if (a.value?.truncated || look.body.truncated) truncated = true;
  };
  const reference = (): void => {
    // A fresh parse: Readability.parse mutates the document it is given.
    const doc = parseSettled(html);
    const q = timed(() => isProbablyReaderable(doc as never));
    if (q.error) errors.add(`isProbablyReaderable: ${q.error}`);
    else readerable = q.value ?? null;
    const r = timed(() => new Readability(doc as never).parse());
    if (r.error) errors.add(`Readability.parse: ${r.error}`);
    samples.probablyReaderable.push(q.ms);
    samples.readabilityParse.push(r.ms);
    cpu.probablyReaderable.push(q.cpu);
    cpu.readabilityParse.push(r.cpu);
    spent += (Number.isFinite(q.ms) ? q.ms : 0) + (Number.isFinite(r.ms) ? r.ms : 0);
  };

  while (reps < o.maxReps && (reps < o.minReps || spent < o.targetMs)) {
    gc();
    if (reps % 2 === 0) {
      ours();
      reference();
    } else {
      reference();
      ours();
    }
    reps++;
  }
  const med = {} as Record<Stage, number>;
  const cpuMed = {} as Record<Stage, number>;
  for (const s of STAGES) med[s] = median(samples[s]);
  for (const s of STAGES) cpuMed[s] = median(cpu[s]);
  const fastest = {} as Record<Stage, number>;
  for (const s of STAGES) {
    const xs = samples[s].filter((x) => Number.isFinite(x));
    fastest[s] = xs.length ? Math.min(...xs) : NaN;
  }
  return { file, bytes: Buffer.byteLength(html), reps, median: med, cpuMedian: cpuMed, fastest, isSecurityNews, maybe, truncated, readerable, errors: [...errors] };
}

/** Untimed passes over a few pages so the JIT has compiled both code paths before anything is measured. */
export function warmUp(pages: { html: string }[], db: SourceDirectory, rounds = 2): void {
  const some = pages.slice(0, 8);
  for (let r = 0; r < rounds; r++) {
    for (const p of some) measurePage('', p.html, { db, minReps: 1, maxReps: 1, targetMs: 0 });
  }
}

export interface ScalingPoint {
  bytes: number;
  reps: number;
  parseMs: number;
  firstLookMs: number;
  analyzeFromMs: number;
  fullMs: number;
  truncated: boolean;
  blocks: number;
}

/** Time parse, first look and analysis of one synthetic page (no reference: this is about growth). */
export function measureScaling(html: string, db: SourceDirectory, reps: number): ScalingPoint {
  const parse: number[] = [];
  const first: number[] = [];
  const rest: number[] = [];
  let truncated = false;
  let blocks = 0;
  for (let i = 0; i < reps; i++) {
    gc();
    const p = timed(() => parseDoc(html));
    if (!p.value) break;
    const doc = p.value;
    settle();
    const q = timed(() => core.prefilter(doc, 'https://news.example/article'));
    const f = timed(() => core.firstLook(doc, { db }));
    if (!f.value) break;
    const look = f.value;
    const a = timed(() => core.analyzeFrom(look, { db, force: true }));
    parse.push(p.ms);
    first.push(q.ms);
    rest.push(f.ms + a.ms);
    truncated = Boolean(look.body.truncated || a.value?.truncated);
    blocks = look.body.blocks.length;
  }
  const full = first.map((x, i) => x + rest[i]!);
  return {
    bytes: Buffer.byteLength(html),
    reps: parse.length,
    parseMs: median(parse),
    firstLookMs: median(first),
    analyzeFromMs: median(rest),
    fullMs: median(full),
    truncated,
    blocks,
  };
}
