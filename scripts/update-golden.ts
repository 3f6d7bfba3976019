/**
 * Regenerates tests/fixtures/golden/<slug>/expected.json: the full Report for
 * each golden page, analysed under linkedom with the bundled database.
 * Run after an intended change and read the diff before committing:
 *   npx tsx scripts/update-golden.ts [slug…]
 * tests/corpus/golden.test.ts checks that linkedom and happy-dom both give
 * exactly this report.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/core/index';
import { bundledDirectory } from '../src/sources/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GOLDEN_DIR = path.join(root, 'tests/fixtures/golden');

const only = process.argv.slice(2);
let changed = 0;
for (const slug of readdirSync(GOLDEN_DIR).sort()) {
  if (only.length && !only.includes(slug)) continue;
  const page = path.join(GOLDEN_DIR, slug, 'page.html');
  if (!existsSync(page)) continue;
  const { document } = parseHTML(readFileSync(page, 'utf8'));
  const report = analyze(document as unknown as Document, { db: bundledDirectory(), force: true });
  const out = JSON.stringify(report, null, 2) + '\n';
  const file = path.join(GOLDEN_DIR, slug, 'expected.json');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (before !== out) {
    writeFileSync(file, out);
    changed++;
    console.log(`updated ${slug}`);
  }
}
console.log(`${changed} golden report(s) changed`);
