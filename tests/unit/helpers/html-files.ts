import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The repository root, for fixture paths in tests. */
export const ROOT = path.resolve(__dirname, '../../..');

/** Every .html file under `dir`, recursively, in sorted order ([] when the directory is missing). */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (f.endsWith('.html')) out.push(p);
  }
  return out;
}
