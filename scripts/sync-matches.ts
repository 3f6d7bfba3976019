/**
 * Keep manifest.json's content-script matches and host_permissions in step
 * with the source database: every known security news site (entries marked
 * `securityNews`) plus the major general news sites listed below. manifest.json
 * stays the single source of truth the build reads; this script rewrites it,
 * and tests/unit/manifest.test.ts fails when the two drift apart.
 *   npx tsx scripts/sync-matches.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentScriptMatches } from '../src/sources/index';

/** General news sites that often carry security stories (the first look keeps the cost low there). */
export const MAJOR_NEWS_SITES = ['reuters.com', 'apnews.com', 'bbc.com', 'bbc.co.uk', 'theguardian.com', 'arstechnica.com', 'wired.com', 'techcrunch.com', 'theregister.com'];

/** `https://*.host/*` already covers the bare host, so keep only the wildcard form of each. */
export function expectedMatches(): string[] {
  const fromDb = contentScriptMatches().filter((m) => m.startsWith('https://*.'));
  const major = MAJOR_NEWS_SITES.map((h) => `https://*.${h}/*`);
  return [...new Set([...fromDb, ...major])].sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../manifest.json');
  const m = JSON.parse(readFileSync(file, 'utf8'));
  const matches = expectedMatches();
  m.content_scripts[0].matches = matches;
  m.host_permissions = matches;
  writeFileSync(file, JSON.stringify(m, null, 2) + '\n');
  console.log(`manifest.json: ${matches.length} match patterns`);
}
