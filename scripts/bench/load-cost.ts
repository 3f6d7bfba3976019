/**
 * What `analyzer.js` costs when it is injected: the script's compile and its
 * top-level evaluation (module top levels building patterns, tries, tables),
 * measured in Node by evaluating the bundle in fresh `vm` contexts (a unique
 * trailing comment each time, so V8's compilation cache never answers).
 *
 *   npx tsx scripts/bench/load-cost.ts [--file dist/chrome/analyzer.js] [--reps 15] [--profile]
 *
 * Without `--file` it bundles src/analyzer/index.ts in memory the way
 * scripts/build.ts does (minified IIFE). `--profile` bundles it unminified
 * with a timing mark before each module's code and prints each module's
 * top-level time (median over the repetitions). `--browser` evaluates each
 * `--file` (repeatable; default: the in-memory build) in headless Chromium,
 * the files interleaved in one page, compile and run together (indirect
 * `eval` of the source with a unique trailing comment, as an injected script
 * is compiled and run in one task), and prints each file's median and worst.
 */
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { median } from './stats';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * The whole analyzer as one script (its parts' entries, src/shared/analyzer-parts.ts, in order), minified as
 * scripts/build.ts makes them, or unminified for a readable profile. The browser gets it as separate scripts
 * (dist/chrome/analyzer*.js, measure them one by one with `--file`); one script here keeps the per-module profile whole.
 */
export async function bundleAnalyzer(minify: boolean): Promise<string> {
  const { ANALYZER_ENTRIES } = await import('../build');
  const res = await esbuild.build({
    stdin: { contents: Object.values(ANALYZER_ENTRIES).map((e) => `import ${JSON.stringify(path.join(ROOT, e))};`).join('\n'), resolveDir: ROOT, sourcefile: 'analyzer-all.ts', loader: 'ts' },
    bundle: true,
    write: false,
    minify,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return res.outputFiles[0]!.text;
}

export interface LoadCost {
  bytes: number;
  compileMs: number;
  runMs: number;
  compileCpuMs: number;
  runCpuMs: number;
}

/** Compile and run `src` `reps` times, each in a fresh context; medians. */
export function loadCost(src: string, reps: number, onRun?: (run: () => void) => void): LoadCost {
  const c: number[] = [];
  const r: number[] = [];
  const cc: number[] = [];
  const rc: number[] = [];
  for (let i = 0; i < reps; i++) {
    const ctx = vm.createContext({});
    const t0 = performance.now();
    const c0 = cpuMs();
    const script = new vm.Script(`${src}\n//${i}:${Math.random()}`, { filename: 'analyzer.js' });
    const t1 = performance.now();
    const c1 = cpuMs();
    const run = (): void => void script.runInContext(ctx);
    if (onRun) onRun(run);
    else run();
    const t2 = performance.now();
    const c2 = cpuMs();
    c.push(t1 - t0), r.push(t2 - t1), cc.push(c1 - c0), rc.push(c2 - c1);
  }
  return { bytes: Buffer.byteLength(src), compileMs: median(c), runMs: median(r), compileCpuMs: median(cc), runCpuMs: median(rc) };
}

/**
 * Each source evaluated once per fresh page (a new document: a new global, so nothing of the previous
 * evaluation survives), sources interleaved; wall time of the compile and run, ms, per source.
 */
export async function browserLoadCost(srcs: readonly string[], reps: number): Promise<number[][]> {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_PATH } = await import('./browser');
  const b = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const out: number[][] = srcs.map(() => []);
  try {
    const page = await b.newPage();
    for (let i = 0; i <= reps; i++) {
      for (let k = 0; k < srcs.length; k++) {
        await page.setContent('<!doctype html><title>load</title><p>load cost</p>');
        const ms = await page.evaluate((src) => {
          const t0 = performance.now();
          (0, eval)(src);
          return performance.now() - t0;
        }, `${srcs[k]}\n//${i}:${k}:${Math.random()}`);
        if (i > 0) out[k]!.push(ms); // round 0 warms the browser up
      }
    }
  } finally {
    await b.close();
  }
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let file: string | null = null;
  const files: string[] = [];
  let reps = 15;
  let profile = false;
  let browser = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--file') files.push((file = argv[++i] ?? ''));
    else if (argv[i] === '--reps') reps = Number(argv[++i]) || reps;
    else if (argv[i] === '--profile') profile = true;
    else if (argv[i] === '--browser') browser = true;
  }
  if (browser) {
    const srcs = files.length ? files.map((f) => [f, readFileSync(f, 'utf8')] as const) : [['analyzer (in-memory build)', await bundleAnalyzer(true)] as const];
    for (const [f, ms] of await browserLoadCost(srcs.map((x) => x[1]), reps).then((r) => r.map((v, k) => [srcs[k]![0], v] as const))) {
      console.log(`Chromium ${f}: compile + top-level run median ${median(ms).toFixed(2)} ms, worst ${Math.max(...ms).toFixed(2)} ms, first ${ms[0]!.toFixed(2)} ms (${reps} fresh pages)`);
    }
    return;
  }
  if (!profile) {
    const src = file ? readFileSync(file, 'utf8') : await bundleAnalyzer(true);
    // One untimed round first: the first compile in a process also pays V8's own start-up.
    loadCost(src, 1);
    const m = loadCost(src, reps);
    console.log(
      `${file ?? 'analyzer (in-memory build)'}: ${(m.bytes / 1024).toFixed(1)} KB; compile ${m.compileMs.toFixed(2)} ms (CPU ${m.compileCpuMs.toFixed(2)}), top-level run ${m.runMs.toFixed(2)} ms (CPU ${m.runCpuMs.toFixed(2)}); median of ${reps}`,
    );
    return;
  }
  // --profile: the unminified bundle with a timing call before each module's code (esbuild writes `// src/…`
  // before each module; in an IIFE bundle the module top levels run in that order), so the time between two
  // marks is the first module's top level (patterns, tables and tries built at load, plus what they call).
  const src = await bundleAnalyzer(false);
  const names: string[] = [];
  const marked = src
    .split('\n')
    .map((l) => {
      const m = /^\s*\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
      if (!m) return l;
      names.push(m[1]!);
      return `__loadMark(${names.length - 1});${l}`;
    })
    .join('\n');
  const perModule = new Map<string, number[]>();
  let totals: number[] = [];
  for (let i = 0; i <= reps; i++) {
    const marks: [number, number][] = [];
    const ctx = vm.createContext({ __loadMark: (k: number) => void marks.push([k, performance.now()]) });
    const script = new vm.Script(`${marked}\n//${i}:${Math.random()}`, { filename: 'analyzer.js' });
    const t0 = performance.now();
    script.runInContext(ctx);
    const t1 = performance.now();
    if (i === 0) continue; // warm-up round
    totals.push(t1 - t0);
    marks.push([-1, t1]);
    for (let j = 0; j + 1 < marks.length; j++) {
      const name = names[marks[j]![0]]!;
      const a = perModule.get(name) ?? [];
      a.push(marks[j + 1]![1] - marks[j]![1]);
      perModule.set(name, a);
    }
  }
  const total = median(totals);
  console.log(`unminified ${(Buffer.byteLength(src) / 1024).toFixed(1)} KB: top-level run ${total.toFixed(2)} ms (median of ${reps}); each module's top level, median ms:`);
  const rows = [...perModule].map(([k, v]) => [k, median(v)] as const).sort((a, b) => b[1] - a[1]);
  for (const [k, v] of rows.slice(0, 30)) console.log(`${v.toFixed(3).padStart(8)} ms  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
  const rest = rows.slice(30).reduce((n, r) => n + r[1], 0);
  console.log(`${rest.toFixed(3).padStart(8)} ms  the other ${Math.max(0, rows.length - 30)} modules`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
