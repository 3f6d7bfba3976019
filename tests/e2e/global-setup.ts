/**
 * Build dist/chrome and dist/firefox once before the browser suites
 * (skip with E2E_SKIP_BUILD=1 when `npm test` has just built).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default function setup(): void {
  if (process.env.E2E_DIST) return; // testing a build made elsewhere
  const built = existsSync(path.join(ROOT, 'dist/chrome/manifest.json')) && existsSync(path.join(ROOT, 'dist/firefox/manifest.json'));
  if (process.env.E2E_SKIP_BUILD === '1' && built) return;
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status === 0) return;
  // The build also fails on size budgets after writing every bundle: the browser
  // suites still test what it wrote (the budget failure is reported by `npm run build`).
  const fresh = ['chrome', 'firefox'].every((t) => {
    const m = path.join(ROOT, 'dist', t, 'manifest.json');
    return existsSync(m) && statSync(m).mtimeMs >= started - 1000;
  });
  if (!fresh) throw new Error('e2e global setup: the build failed');
  console.warn('e2e global setup: the build reported a failure (see above) but wrote dist/; testing those bundles.');
}
