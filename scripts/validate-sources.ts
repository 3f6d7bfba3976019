/**
 * Validate the bundled source database (src/sources/data/*.json) and check
 * that the content script's compact copy (data/compact.json) is up to date.
 *   npm run validate:sources            check; exit 1 on any problem
 *   npm run validate:sources -- --write regenerate data/compact.json first
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_ENTRIES, DB_VERSION, contentScriptMatches } from '../src/sources/index';
import { encodeCompact, liteEntries } from '../src/sources/compact-format';
import { validateEntries } from '../src/sources/validate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMPACT = path.join(ROOT, 'src/sources/data/compact.json');

export function compactJson(): string {
  return `${JSON.stringify(encodeCompact(liteEntries(BUNDLED_ENTRIES), DB_VERSION))}\n`;
}

function main(): number {
  if (process.argv.includes('--write')) writeFileSync(COMPACT, compactJson());
  const errs = validateEntries(BUNDLED_ENTRIES);
  let current = '';
  try {
    current = readFileSync(COMPACT, 'utf8');
  } catch {
    /* missing */
  }
  if (current !== compactJson()) errs.push('src/sources/data/compact.json is stale: run npm run validate:sources -- --write');
  const by = (k: string) => BUNDLED_ENTRIES.filter((e) => e.affiliation === k).length;
  console.log(
    `${BUNDLED_ENTRIES.length} entries (state_controlled ${by('state_controlled')}, state_funded_independent ${by('state_funded_independent')}, government ${by('government')}, private ${by('private')}, unknown ${by('unknown')}); ` +
      `${BUNDLED_ENTRIES.filter((e) => e.securityNews).length} security news sites, ${contentScriptMatches().length} match patterns; compact copy ${Buffer.byteLength(compactJson())} bytes`,
  );
  for (const e of errs) console.error(`  ${e}`);
  console.log(errs.length ? `${errs.length} problem(s)` : 'ok');
  return errs.length ? 1 : 0;
}

process.exitCode = main();
