/**
 * Build the extension for Chrome and Firefox (dist/chrome, dist/firefox) and
 * the CLI (dist/cli). One source tree; the only per-browser difference is the
 * manifest, derived in scripts/manifest.ts. Prints each bundle's size and
 * fails when a bundle exceeds its budget (issue: performance budgets).
 */
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveManifest, type Manifest, type Target } from './manifest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');

/** Minified size budgets in bytes, per bundle. */
export const BUDGETS: Record<string, number> = {
  'content.js': 50 * 1024,
  // Injected only on pages the first look flags (or on request), never on every page. Raised from 200 KB in
  // session 3: the real-news cue patterns (belief and argument verbs, transcripts, possessive cues), the
  // German/French patterns and the page-based vendor check took it to ~229 KB. It is parsed lazily by the
  // engine and loaded only on security-news pages; content.js (every page) keeps its 50 KB budget.
  // Raised to 300 KB in session 4: the blind4 fixes and the phrase banks' general rules (disclaimer and hedge
  // word classes, a country table for possessive agency names, threat-actor and transcript cues) took it to
  // ~262 KB. Its cost on the page is measured where it matters: the longest task in Chromium (browser bench).
  // Raised to 330 KB in session 5: the blind5 fixes (Spanish/French cues, coreference), the breadth-5 disclaimer
  // and hedge word classes and the structural disclaimer fallback took it to ~306 KB. Splitting the text modules
  // into a second bundle injected in its own task is the next step (docs/performance.md, session 5).
  'analyzer.js': 330 * 1024,
  'popup.js': 60 * 1024,
  'options.js': 60 * 1024,
};

const STATIC_PAGES = ['src/popup/popup.html', 'src/options/options.html'];
const STATIC_CSS = ['src/ui/theme.css'];

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * `--names` (or CREDENCE_BUILD_NAMES=1): keep identifiers (whitespace and syntax still minified) so a profile of
 * the built extension (scripts/bench/browser.ts) names its functions. For diagnosis only: sizes are then over
 * budget, which is reported but does not fail the build.
 */
const KEEP_NAMES = process.argv.includes('--names') || process.env.CREDENCE_BUILD_NAMES === '1';

async function bundleExtension(outdir: string): Promise<Record<string, number>> {
  const common: esbuild.BuildOptions = {
    bundle: true,
    ...(KEEP_NAMES ? { minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: false } : { minify: true }),
    sourcemap: false,
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    metafile: true,
  };
  const entries: { in: string; out: string; format: esbuild.Format }[] = [
    { in: 'src/content/index.ts', out: 'content', format: 'iife' },
    { in: 'src/analyzer/index.ts', out: 'analyzer', format: 'iife' },
    { in: 'src/background/index.ts', out: 'background', format: 'esm' },
    { in: 'src/popup/index.tsx', out: 'popup', format: 'esm' },
    { in: 'src/options/index.tsx', out: 'options', format: 'esm' },
  ];
  const sizes: Record<string, number> = {};
  for (const e of entries) {
    const src = path.join(ROOT, e.in);
    if (!(await exists(src))) continue;
    const res = await esbuild.build({
      ...common,
      entryPoints: { [e.out]: src },
      outdir,
      format: e.format,
    });
    // Everything one entry emits counts against its budget ("all included": JS, CSS, chunks).
    sizes[`${e.out}.js`] = Object.values(res.metafile!.outputs).reduce((n, o) => n + o.bytes, 0);
  }
  return sizes;
}

async function copyStatic(outdir: string): Promise<void> {
  for (const p of [...STATIC_PAGES, ...STATIC_CSS]) {
    const src = path.join(ROOT, p);
    if (await exists(src)) await cp(src, path.join(outdir, path.basename(p)));
  }
  await cp(path.join(ROOT, '_locales'), path.join(outdir, '_locales'), { recursive: true });
  await mkdir(path.join(outdir, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    const icon = path.join(ROOT, 'icons', `icon-${size}.png`);
    if (await exists(icon)) await cp(icon, path.join(outdir, 'icons', `icon-${size}.png`));
  }
}

export async function buildCli(): Promise<number> {
  const res = await esbuild.build({
    entryPoints: { credence: path.join(ROOT, 'src/cli/main.ts') },
    outdir: path.join(DIST, 'cli'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    metafile: true,
  });
  return Object.values(res.metafile!.outputs).reduce((n, o) => n + o.bytes, 0);
}

export interface BudgetLine {
  file: string;
  bytes: number;
  budget: number | undefined;
  over: boolean;
}

/** Each bundle's size against its budget; `over` when it exceeds it (a bundle without a budget never is). */
export function checkBudgets(sizes: Record<string, number>, budgets: Record<string, number> = BUDGETS): BudgetLine[] {
  return Object.entries(sizes).map(([file, bytes]) => {
    const budget = budgets[file];
    return { file, bytes, budget, over: budget !== undefined && bytes > budget };
  });
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const base = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  await rm(DIST, { recursive: true, force: true });
  let over = false;
  for (const target of ['chrome', 'firefox'] as Target[]) {
    const outdir = path.join(DIST, target);
    await mkdir(outdir, { recursive: true });
    const sizes = await bundleExtension(outdir);
    await copyStatic(outdir);
    await writeFile(path.join(outdir, 'manifest.json'), JSON.stringify(deriveManifest(base, target, pkg.version), null, 2) + '\n');
    // Both targets are checked (same sources today, but a per-target difference must not slip through).
    for (const b of checkBudgets(sizes)) {
      if (b.over) over = true;
      if (target === 'chrome' || b.over) {
        const flag = b.over ? `  OVER BUDGET (${target})` : '';
        console.log(`  ${b.file.padEnd(16)} ${kb(b.bytes).padStart(10)}${b.budget ? `  (budget ${kb(b.budget)})` : ''}${flag}`);
      }
    }
  }
  const cli = await buildCli();
  console.log(`  ${'cli/credence.mjs'.padEnd(16)} ${kb(cli).padStart(10)}`);
  console.log(`Built dist/chrome, dist/firefox and dist/cli (version ${pkg.version}).`);
  if (over && KEEP_NAMES) console.error('Over budget with identifiers kept (--names): a diagnosis build, not a release.');
  else if (over) {
    console.error('A bundle is over its size budget.');
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
