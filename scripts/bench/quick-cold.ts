/**
 * The content script's first look, cold, in Chromium: each tree's
 * `src/content/prefilter.ts` bundled as an IIFE (as content.js bundles it),
 * evaluated in a fresh page holding the given HTML, then its two idle steps
 * timed the way the content script runs them: `warmPrefilter()` (the
 * vocabulary tables) and `prefilter(document, url)` (the quick look). Trees
 * alternate page by page, so both are measured under the same load.
 *
 *   npx tsx scripts/bench/quick-cold.ts [--reps 15] [--url URL] PAGE ROOT...
 *
 * Prints per tree the median and worst of each step (wall clock, ms).
 */
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH } from './browser';
import { median } from './stats';

async function bundle(root: string): Promise<string> {
  const entry = `import { prefilter, warmPrefilter } from ${JSON.stringify(path.join(path.resolve(root), 'src/content/prefilter.ts'))};\nglobalThis.__credenceQuick = { prefilter, warmPrefilter };\n`;
  const res = await esbuild.build({
    stdin: { contents: entry, resolveDir: path.resolve(root), loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: ['chrome120'],
    logLevel: 'warning',
  });
  return res.outputFiles[0]!.text;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let reps = 15;
  let url = 'https://404media.co/page.html';
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--reps') reps = Number(argv[++i]) || reps;
    else if (argv[i] === '--url') url = argv[++i] ?? url;
    else rest.push(argv[i]!);
  }
  const [page, ...roots] = rest;
  if (!page || !roots.length) throw new Error('usage: quick-cold.ts [--reps N] [--url URL] PAGE ROOT...');
  const html = readFileSync(page, 'utf8');
  const srcs = await Promise.all(roots.map(bundle));
  const { chromium } = await import('playwright-core');
  const b = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const warm: number[][] = roots.map(() => []);
  const quick: number[][] = roots.map(() => []);
  const verdicts = roots.map(() => new Set<string>());
  try {
    const ctx = await b.newContext({ javaScriptEnabled: true });
    await ctx.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort()));
    for (let i = 0; i <= reps; i++) {
      for (let k = 0; k < roots.length; k++) {
        const p = await ctx.newPage();
        await p.goto(url, { waitUntil: 'load' });
        await p.evaluate(srcs[k]!);
        // Two separate evaluations, like the content script's two idle steps (separate tasks).
        const w = await p.evaluate(() => {
          const q = (globalThis as unknown as { __credenceQuick: { warmPrefilter(): void } }).__credenceQuick;
          const t0 = performance.now();
          q.warmPrefilter();
          return performance.now() - t0;
        });
        const r = await p.evaluate((u) => {
          const q = (globalThis as unknown as { __credenceQuick: { prefilter(d: Document, u: string): { maybe: boolean } } }).__credenceQuick;
          const t0 = performance.now();
          const out = q.prefilter(document, u);
          return [performance.now() - t0, out.maybe] as const;
        }, url);
        await p.close();
        if (i === 0) continue; // round 0 warms the browser up
        warm[k]!.push(w);
        quick[k]!.push(r[0]);
        verdicts[k]!.add(String(r[1]));
      }
    }
  } finally {
    await b.close();
  }
  for (let k = 0; k < roots.length; k++) {
    console.log(
      `${roots[k]}: warm step median ${median(warm[k]!).toFixed(2)} ms (worst ${Math.max(...warm[k]!).toFixed(2)}), quick look median ${median(quick[k]!).toFixed(2)} ms (worst ${Math.max(...quick[k]!).toFixed(2)}); maybe = ${[...verdicts[k]!].join('/')}; ${reps} fresh pages`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
