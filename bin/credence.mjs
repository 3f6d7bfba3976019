#!/usr/bin/env node
// Entry point of `credence`. Runs the bundled CLI in dist/cli, rebuilding it
// first when it is missing or older than the sources (a fresh checkout, or a
// developer who edited src/ without `npm run build`).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'cli', 'credence.mjs');

function newest(dir) {
  let t = 0;
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return 0; }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

let built = 0;
try { built = statSync(out).mtimeMs; } catch { /* not built yet */ }
if (built < newest(path.join(root, 'src'))) {
  const esbuild = await import('esbuild');
  const { hoistRegexPlugin } = await import('../scripts/hoist-regex.mjs');
  await esbuild.build({
    entryPoints: { credence: path.join(root, 'src/cli/main.ts') },
    outdir: path.dirname(out), outExtension: { '.js': '.mjs' },
    bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error',
    plugins: [hoistRegexPlugin()],
  });
}
const { main } = await import(pathToFileURL(out).href);
process.exitCode = await main(process.argv.slice(2));
