/**
 * `npm run bench [-- --corpus DIR]... [--json] [--scaling] [--browser] [--quick]`
 *
 * Credence's cost on real pages, as ratios to Mozilla Readability (Firefox
 * Reader View), the reference everybody knows (issue 7):
 * - per page, after a warm-up: DOM parse, first look (`prefilter` → `quickLook`, what the
 *   content script runs on every matched page), full analysis (prefilter +
 *   `firstLook` + `analyzeFrom` with force), and on a fresh parse
 *   `isProbablyReaderable` and `Readability.parse`; per-stage medians and
 *   p95, per-page ratios and the speed budgets;
 * - `--scaling`: synthetic articles 10 KB → 5 MB, cost per KB and growth;
 * - CLI throughput in pages per second (`--no-cli` skips it);
 * - `--browser`: real Chromium with the built extension (dist/chrome):
 *   long tasks and heap growth with and without it.
 * Ratios are the figures that count on a shared machine; ms are context.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledDirectory } from '../src/sources/index';
import { contentDirectory } from '../src/sources/compact';
import { ANALYZER_ENGLISH, ANALYZER_TOTAL, BUDGETS, INTL_FILE } from './build';
import { cliThroughput, type CliThroughput } from './bench/cli';
import { expandInputs } from './bench/corpus';
import { loadBuiltCore } from './bench/built-core';
import { coreOrigin, gc, measurePage, measureScaling, STAGES, useCore, warmUp, type PageResult, type ScalingPoint, type Stage } from './bench/measure';
import { growthSteps, logLogSlope, pairedRatios, speedBudgets, summarize, checkBudget, median, type BudgetCheck, type GrowthStep, type Summary } from './bench/stats';
import { synthArticle, SCALING_SIZES } from './bench/synth';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BenchArgs {
  corpus: string[];
  json: boolean;
  scaling: boolean;
  browser: boolean;
  cli: boolean;
  quick: boolean;
  db: 'content' | 'full';
  out: string | null;
  sizes: number[];
  /** Time the TypeScript source through tsx instead of the shipped bundle (built-core.ts). */
  source: boolean;
}

const USAGE = `Usage: npm run bench -- [--corpus DIR|FILE]... [--json] [--scaling] [--browser]
                        [--no-cli] [--quick] [--db content|full] [--out FILE] [--sizes 10K,200K,5M]
                        [--source]
The core is timed as shipped (an esbuild bundle with the extension's options); --source times src/ through tsx.
Default corpus: tests/fixtures/**/*.html and ../shared/eval/dev/*.html.`;

/** Parse "10K", "1.5M", "2048" into bytes. */
export function parseSize(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmM]?)[bB]?\s*$/.exec(s);
  if (!m) return NaN;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  return Math.round(unit === 'k' ? n * 1024 : unit === 'm' ? n * 1024 * 1024 : n);
}

export function parseArgs(argv: string[]): BenchArgs | string {
  const a: BenchArgs = { corpus: [], json: false, scaling: false, browser: false, cli: true, quick: false, db: 'content', out: null, sizes: SCALING_SIZES, source: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    const val = (): string | undefined => (x.includes('=') ? x.slice(x.indexOf('=') + 1) : argv[++i]);
    const key = x.split('=')[0];
    if (key === '--corpus') {
      const v = val();
      if (!v) return '--corpus needs a directory or file';
      a.corpus.push(v);
    } else if (x === '--json') a.json = true;
    else if (x === '--scaling') a.scaling = true;
    else if (x === '--browser') a.browser = true;
    else if (x === '--no-cli') a.cli = false;
    else if (x === '--quick') a.quick = true;
    else if (x === '--source') a.source = true;
    else if (key === '--db') {
      const v = val();
      if (v !== 'content' && v !== 'full') return '--db is content or full';
      a.db = v;
    } else if (key === '--out') {
      const v = val();
      if (!v) return '--out needs a file';
      a.out = v;
    } else if (key === '--sizes') {
      const v = val() ?? '';
      const sizes = v.split(',').map(parseSize);
      if (!sizes.length || sizes.some((n) => !(n > 0))) return '--sizes takes a list like 10K,200K,5M';
      a.sizes = sizes;
    } else if (x === '-h' || x === '--help') return 'help';
    else return `unknown option: ${x}`;
  }
  return a;
}

const log = (s: string): void => void process.stderr.write(s + '\n');
const f2 = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : '–');
const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '–');
const kb = (n: number): string => `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
  };
}

interface CorpusResult {
  pages: PageResult[];
  stages: Record<Stage, Summary>;
  ratios: { firstLook: Summary; full: Summary; analyzeFrom: Summary; excluded: number };
  /** The same ratios in process CPU time (not inflated by waiting for a core on a loaded machine). */
  cpuRatios: { firstLook: Summary; full: Summary };
  /** The same ratios from each stage's fastest repetition (wall clock). */
  fastestRatios: { firstLook: Summary; full: Summary };
  budgets: BudgetCheck[];
  directoryBuildMs: number;
  /** Real pages of about 200 KB (150–250 KB of HTML): the full analysis after parse in ms, beside the synthetic 200 KB article. */
  band200K: { pages: number; fullMs: Summary; cpuFullMs: Summary };
}

async function runCorpus(files: string[], args: BenchArgs): Promise<CorpusResult> {
  const dirT: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    if (args.db === 'content') contentDirectory();
    dirT.push(performance.now() - t0);
  }
  const db = args.db === 'content' ? contentDirectory() : bundledDirectory();
  const pages: { file: string; html: string }[] = [];
  for (const f of files) {
    try {
      pages.push({ file: f, html: await readFile(f, 'utf8') });
    } catch (e) {
      log(`skip ${f}: ${e instanceof Error ? e.message : e}`);
    }
  }
  log(`warm-up on ${Math.min(8, pages.length)} page(s)…`);
  warmUp(pages, db, args.quick ? 1 : 2);
  const res: PageResult[] = [];
  const reps = args.quick ? { minReps: 3, maxReps: 5, targetMs: 200 } : { minReps: 7, maxReps: 31, targetMs: 1500 };
  for (const [i, p] of pages.entries()) {
    const r = measurePage(path.relative(process.cwd(), p.file), p.html, { db, ...reps });
    res.push(r);
    log(`[${i + 1}/${pages.length}] ${r.file} ${kb(r.bytes)} ×${r.reps}: first look ${f2(r.median.firstLook)} ms / isProbablyReaderable ${f2(r.median.probablyReaderable)} ms; full ${f2(r.median.full)} ms / parse ${f2(r.median.readabilityParse)} ms${r.errors.length ? ` ERRORS ${r.errors.join('; ')}` : ''}`);
  }
  const stages = {} as Record<Stage, Summary>;
  for (const s of STAGES) stages[s] = summarize(res.map((r) => r.median[s]));
  const fl = pairedRatios(res.map((r) => r.median.firstLook), res.map((r) => r.median.probablyReaderable));
  const full = pairedRatios(res.map((r) => r.median.full), res.map((r) => r.median.readabilityParse));
  const rest = pairedRatios(res.map((r) => r.median.analyzeFrom), res.map((r) => r.median.readabilityParse));
  const excluded = full.filter((x) => !Number.isFinite(x)).length;
  const cpuFl = pairedRatios(res.map((r) => r.cpuMedian.firstLook), res.map((r) => r.cpuMedian.probablyReaderable));
  const cpuFull = pairedRatios(res.map((r) => r.cpuMedian.full), res.map((r) => r.cpuMedian.readabilityParse));
  return {
    pages: res,
    stages,
    ratios: { firstLook: summarize(fl), full: summarize(full), analyzeFrom: summarize(rest), excluded },
    cpuRatios: { firstLook: summarize(cpuFl), full: summarize(cpuFull) },
    fastestRatios: {
      firstLook: summarize(pairedRatios(res.map((r) => r.fastest.firstLook), res.map((r) => r.fastest.probablyReaderable))),
      full: summarize(pairedRatios(res.map((r) => r.fastest.full), res.map((r) => r.fastest.readabilityParse))),
    },
    budgets: speedBudgets(fl, full),
    directoryBuildMs: args.db === 'content' ? median(dirT) : NaN,
    band200K: sizeBand(res, 150 * 1024, 250 * 1024),
  };
}

/** Per-page medians of the full analysis (wall and CPU ms) over the pages whose HTML size is in [lo, hi] bytes. */
export function sizeBand(pages: readonly PageResult[], lo: number, hi: number): CorpusResult['band200K'] {
  const inBand = pages.filter((p) => p.bytes >= lo && p.bytes <= hi && Number.isFinite(p.median.full));
  return { pages: inBand.length, fullMs: summarize(inBand.map((p) => p.median.full)), cpuFullMs: summarize(inBand.map((p) => p.cpuMedian.full)) };
}

interface ScalingResult {
  points: (ScalingPoint & { parseMsPerKB: number; firstLookMsPerKB: number; fullMsPerKB: number })[];
  growth: { parse: GrowthStep[]; firstLook: GrowthStep[]; full: GrowthStep[] };
  slope: { parse: number; firstLook: number; full: number };
  article200K: { bytes: number; fullMs: number; analyzeFromMs: number; firstLookMs: number } | null;
}

function repsFor(bytes: number, quick: boolean): number {
  const r = bytes <= 20 * 1024 ? 31 : bytes <= 100 * 1024 ? 21 : bytes <= 400 * 1024 ? 15 : bytes <= 2 * 1024 * 1024 ? 7 : 3;
  return quick ? Math.max(1, Math.ceil(r / 4)) : r;
}

function runScaling(args: BenchArgs): ScalingResult {
  const db = args.db === 'content' ? contentDirectory() : bundledDirectory();
  const warm = synthArticle(20 * 1024);
  measureScaling(warm, db, 5);
  const points: ScalingResult['points'] = [];
  for (const size of [...args.sizes].sort((a, b) => a - b)) {
    const html = synthArticle(size);
    const p = measureScaling(html, db, repsFor(size, args.quick));
    const k = p.bytes / 1024;
    points.push({ ...p, parseMsPerKB: p.parseMs / k, firstLookMsPerKB: p.firstLookMs / k, fullMsPerKB: p.fullMs / k });
    log(`scaling ${kb(p.bytes)} ×${p.reps}: parse ${f1(p.parseMs)} ms, first look ${f2(p.firstLookMs)} ms, full ${f2(p.fullMs)} ms${p.truncated ? ' (truncated)' : ''}`);
  }
  gc();
  const html200 = synthArticle(200 * 1024);
  const a200 = measureScaling(html200, db, args.quick ? 5 : 31);
  const pts = (k: 'parseMs' | 'firstLookMs' | 'fullMs') => points.map((p) => ({ bytes: p.bytes, ms: p[k] }));
  return {
    points,
    growth: { parse: growthSteps(pts('parseMs')), firstLook: growthSteps(pts('firstLookMs')), full: growthSteps(pts('fullMs')) },
    slope: { parse: logLogSlope(pts('parseMs')), firstLook: logLogSlope(pts('firstLookMs')), full: logLogSlope(pts('fullMs')) },
    article200K: { bytes: a200.bytes, fullMs: a200.fullMs, analyzeFromMs: a200.analyzeFromMs, firstLookMs: a200.firstLookMs },
  };
}

/** Sizes of the built bundles in dist/chrome against the build's budgets (null when not built). */
async function bundleSizes(): Promise<BudgetCheck[] | null> {
  const out: BudgetCheck[] = [];
  const analyzerFiles = Object.keys(BUDGETS).filter((f) => /^analyzer.*\.js$/.test(f));
  for (const [file, limit] of Object.entries(BUDGETS)) {
    try {
      // The analyzer scripts' lines for all of them, and for those an English page loads, are sums of their files.
      const files =
        file === ANALYZER_TOTAL ? analyzerFiles : file === ANALYZER_ENGLISH ? analyzerFiles.filter((f) => f !== INTL_FILE) : [file];
      let bytes = 0;
      for (const f of files) bytes += (await stat(path.join(ROOT, 'dist/chrome', f))).size;
      out.push(checkBudget(file, bytes, limit));
    } catch {
      out.push(checkBudget(file, NaN, limit));
    }
  }
  return out.some((b) => Number.isFinite(b.value)) ? out : null;
}

function verdict(b: BudgetCheck): string {
  return b.pass === null ? 'not measured' : b.pass ? 'PASS' : 'FAIL';
}

function printText(r: Record<string, unknown>, corpus: CorpusResult | null, scaling: ScalingResult | null, cli: CliThroughput | null, sizes: BudgetCheck[] | null, browser: unknown): void {
  const out: string[] = [];
  const m = r.machine as Record<string, unknown>;
  out.push(`Credence bench — ${m.cpus} × ${m.cpuModel}, node ${m.node}, load ${(m.loadavg as number[]).join(' ')}; db: ${r.db}; core: ${r.core === 'built' ? 'the shipped bundle' : 'src/ through tsx'}`);
  if (corpus) {
    out.push('', `Pages: ${corpus.pages.length} (${(r.corpus as string[]).join(', ') || 'none'})`);
    if (Number.isFinite(corpus.directoryBuildMs)) out.push(`contentDirectory() build: ${f2(corpus.directoryBuildMs)} ms (once per content-script start)`);
    out.push('', 'stage (per-page medians, ms)        median      p95      max');
    const names: Record<Stage, string> = {
      parse: 'DOM parse (linkedom)',
      firstLook: 'first look (prefilter)',
      analyzeFrom: 'firstLook + analyzeFrom',
      full: 'full analysis (first look + rest)',
      probablyReaderable: 'Readability isProbablyReaderable',
      readabilityParse: 'Readability.parse',
    };
    for (const s of STAGES) {
      const x = corpus.stages[s];
      out.push(`  ${names[s].padEnd(34)}${f2(x.median).padStart(8)}${f2(x.p95).padStart(9)}${f2(x.max).padStart(9)}`);
    }
    out.push('', 'ratio ours / Readability (per page)   median      p95      max');
    const rr: [string, Summary][] = [
      ['first look / isProbablyReaderable', corpus.ratios.firstLook],
      ['full analysis / parse', corpus.ratios.full],
      ['firstLook + analyzeFrom / parse', corpus.ratios.analyzeFrom],
    ];
    for (const [n, x] of rr) out.push(`  ${n.padEnd(36)}${f2(x.median).padStart(6)}${f2(x.p95).padStart(9)}${f2(x.max).padStart(9)}`);
    // The budgets use the wall-clock medians above. Two cross-checks: on a loaded machine wall time includes
    // waiting for a core, and process CPU time includes background threads (JIT compiles, concurrent GC).
    const rc: [string, Summary][] = [
      ['first look, fastest repetitions', corpus.fastestRatios.firstLook],
      ['full analysis, fastest repetitions', corpus.fastestRatios.full],
      ['first look, process CPU time', corpus.cpuRatios.firstLook],
      ['full analysis, process CPU time', corpus.cpuRatios.full],
    ];
    for (const [n, x] of rc) out.push(`  ${n.padEnd(36)}${f2(x.median).padStart(6)}${f2(x.p95).padStart(9)}${f2(x.max).padStart(9)}`);
    if (corpus.ratios.excluded) out.push(`  (${corpus.ratios.excluded} page(s) without a reference time left out)`);
    const trunc = corpus.pages.filter((p) => p.truncated).length;
    const sec = corpus.pages.filter((p) => p.isSecurityNews).length;
    const ruledOut = corpus.pages.filter((p) => p.maybe === false).length;
    out.push(`  security news detected: ${sec}/${corpus.pages.length}; ruled out by the quick look: ${ruledOut}; truncated: ${trunc}`);
    const errs = corpus.pages.filter((p) => p.errors.length);
    for (const e of errs) out.push(`  ERROR ${e.file}: ${e.errors.join('; ')}`);
    const worst = [...corpus.pages].sort((a, b) => b.median.full / b.median.readabilityParse - a.median.full / a.median.readabilityParse).slice(0, 5);
    out.push('', 'slowest pages relative to Readability.parse (full ratio, full ms, parse ms, KB):');
    for (const p of worst) out.push(`  ${f2(p.median.full / p.median.readabilityParse).padStart(6)} ${f2(p.median.full).padStart(8)} ${f2(p.median.readabilityParse).padStart(8)} ${String(Math.round(p.bytes / 1024)).padStart(6)}  ${p.file}`);
    const band = corpus.band200K;
    if (band.pages) out.push('', `pages of 150–250 KB (${band.pages}): full analysis after parse, median ${f2(band.fullMs.median)} ms (p95 ${f2(band.fullMs.p95)}; CPU ${f2(band.cpuFullMs.median)})`);
    out.push('', 'budgets:');
    for (const b of corpus.budgets) out.push(`  ${b.name.padEnd(50)} ${f2(b.value).padStart(6)} ≤ ${b.limit}  ${verdict(b)}`);
  }
  if (scaling) {
    out.push('', 'scaling (synthetic articles)        parse ms  ms/KB   first look  ms/KB     full ms  ms/KB   blocks truncated');
    for (const p of scaling.points) {
      out.push(
        `  ${kb(p.bytes).padEnd(12)} ×${String(p.reps).padEnd(3)}              ${f1(p.parseMs).padStart(8)} ${p.parseMsPerKB.toFixed(3).padStart(6)} ${f2(p.firstLookMs).padStart(11)} ${p.firstLookMsPerKB.toFixed(3).padStart(6)} ${f2(p.fullMs).padStart(11)} ${p.fullMsPerKB.toFixed(3).padStart(6)} ${String(p.blocks).padStart(8)} ${p.truncated ? 'yes' : 'no'}`,
      );
    }
    const steps = (g: GrowthStep[]): string => g.map((s) => `${kb(s.fromBytes)}→${kb(s.toBytes)} ×${f2(s.relative)}`).join(', ');
    out.push(`  growth relative to linear (1 = linear): parse ${steps(scaling.growth.parse)}`);
    out.push(`                                          first look ${steps(scaling.growth.firstLook)}`);
    out.push(`                                          full ${steps(scaling.growth.full)}`);
    out.push(`  log-log slope (1 = linear): parse ${f2(scaling.slope.parse)}, first look ${f2(scaling.slope.firstLook)}, full ${f2(scaling.slope.full)}`);
    if (scaling.article200K) out.push(`  200 KB article after DOM parse: full analysis median ${f2(scaling.article200K.fullMs)} ms (first look ${f2(scaling.article200K.firstLookMs)}, rest ${f2(scaling.article200K.analyzeFromMs)})`);
  }
  if (cli) {
    out.push('', `CLI: ${cli.pages} pages in ${f1(cli.wallMs)} ms wall (one process) = ${f1(cli.pagesPerSecond)} pages/s; exit ${cli.exitCode}, ${cli.reports} reports`);
    if (cli.stderr) out.push(`  stderr: ${cli.stderr.split('\n').slice(0, 3).join(' | ')}`);
  }
  if (sizes) {
    out.push('', 'bundle sizes (dist/chrome, minified):');
    for (const b of sizes) out.push(`  ${b.name.padEnd(14)} ${Number.isFinite(b.value) ? kb(b.value) : 'not built'} / ${kb(b.limit)}  ${verdict(b)}`);
  } else out.push('', 'bundle sizes: dist/chrome not built (npm run build)');
  if (browser) out.push('', ...(formatBrowser(browser) ?? []));
  process.stdout.write(out.join('\n') + '\n');
}

let formatBrowser: (b: unknown) => string[] | null = () => null;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (typeof args === 'string') {
    process.stderr.write(`bench: ${args}\n${USAGE}\n`);
    return 2;
  }
  const inputs = args.corpus.length ? args.corpus : [path.join(ROOT, 'tests/fixtures'), path.resolve(ROOT, '../shared/eval/dev')];
  const files = await expandInputs(inputs);
  if (!args.source) useCore(await loadBuiltCore());
  const result: Record<string, unknown> = { machine: machine(), db: args.db, core: coreOrigin(), corpus: inputs.map((i) => path.relative(process.cwd(), i) || '.') };
  let corpus: CorpusResult | null = null;
  if (!files.length) log(`no HTML pages found in ${inputs.join(', ')}`);
  else corpus = await runCorpus(files, args);
  result.pages = corpus?.pages ?? [];
  if (corpus) {
    result.stages = corpus.stages;
    result.ratios = corpus.ratios;
    result.cpuRatios = corpus.cpuRatios;
    result.fastestRatios = corpus.fastestRatios;
    result.budgets = corpus.budgets;
    result.directoryBuildMs = corpus.directoryBuildMs;
    result.band200K = corpus.band200K;
  }
  const scaling = args.scaling ? runScaling(args) : null;
  result.scaling = scaling;
  let cli: CliThroughput | null = null;
  if (args.cli && files.length) {
    log(`CLI throughput over ${files.length} page(s)…`);
    cli = await cliThroughput(ROOT, files.slice(0, 1)); // builds dist/cli when stale, outside the timed run
    cli = await cliThroughput(ROOT, files);
  }
  result.cli = cli;
  const sizes = await bundleSizes();
  result.bundles = sizes;
  let browser: unknown = null;
  if (args.browser) {
    const b = await import('./bench/browser');
    formatBrowser = b.formatBrowser as (x: unknown) => string[] | null;
    browser = await b.runBrowser(ROOT, files);
  }
  result.browser = browser;
  if (args.json) process.stdout.write(JSON.stringify(result, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)) + '\n');
  else printText(result, corpus, scaling, cli, sizes, browser);
  if (args.out) await writeFile(args.out, JSON.stringify(result, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n');
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
