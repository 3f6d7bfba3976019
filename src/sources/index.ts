/** The bundled source database and its lookups. */
import type { SourceDirectory } from '../core/directory';
import type { SourceLabel } from '../core/report';
import { createDirectory, toLabel } from './directory';
import type { SourceEntry } from './schema';
import { DB_VERSION } from './version';
import { encodeCompact, type CompactData } from './compact-format';
import { mergeCustom } from './custom';
import { trimEndChars } from '../core/trim';
import stateMedia from './data/state-media.json';
import government from './data/government.json';
import companies from './data/companies.json';
import news from './data/news.json';

export { DB_VERSION } from './version';
/** Every bundled entry, in priority order (earlier wins a shared alias or domain). */
export const BUNDLED_ENTRIES: SourceEntry[] = [
  ...(stateMedia as SourceEntry[]),
  ...(government as SourceEntry[]),
  ...(companies as SourceEntry[]),
  ...(news as SourceEntry[]),
];

let cached: SourceDirectory | null = null;
/** The full bundled database as a directory (built once). */
export function bundledDirectory(): SourceDirectory {
  cached ??= createDirectory(BUNDLED_ENTRIES, DB_VERSION);
  return cached;
}
export { createDirectory, toLabel } from './directory';
export type { SourceEntry, AliasRule } from './schema';
export { contentDirectory } from './compact';
export { directoryFromCompact } from './content';
export { mergeCustom, validateCustomEntry } from './custom';
export { affiliationKey, whyItems, countryName } from './wording';

/**
 * For the background: the compact form of the database, custom entries
 * (validated) merged over the bundled ones, to send to the content script,
 * which builds its directory with `directoryFromCompact` (no data in its bundle).
 */
export function compactForContent(custom: unknown[] = []): CompactData {
  return encodeCompact(mergeCustom(BUNDLED_ENTRIES, custom).entries, DB_VERSION);
}

let byId: Map<string, SourceEntry> | null = null;
/** The full bundled label for an id (the background hydrates slim labels from the content script). */
export function labelById(id: string): SourceLabel | null {
  byId ??= new Map(BUNDLED_ENTRIES.map((e) => [e.id, e]));
  const e = byId.get(id);
  return e ? toLabel(e) : null;
}

/** The full entry for an id. */
export function entryById(id: string): SourceEntry | null {
  byId ??= new Map(BUNDLED_ENTRIES.map((e) => [e.id, e]));
  return byId.get(id) ?? null;
}

/**
 * Content-script match patterns for the known security news sites
 * (entries marked securityNews), e.g. "https://*.bleepingcomputer.com/*"
 * and "https://bleepingcomputer.com/*"; path-scoped domains keep their path.
 */
export function contentScriptMatches(entries: SourceEntry[] = BUNDLED_ENTRIES): string[] {
  const out = new Set<string>();
  for (const e of entries) {
    if (!e.securityNews || e.kind !== 'outlet') continue;
    for (const d of e.domains) {
      const dl = d.toLowerCase();
      const slash = dl.indexOf('/');
      if (slash >= 0) {
        const host = dl.slice(0, slash);
        const path = trimEndChars(dl.slice(slash), '/');
        out.add(`https://${host}${path}/*`);
        out.add(`https://*.${host}${path}/*`);
      } else {
        out.add(`https://${dl}/*`);
        out.add(`https://*.${dl}/*`);
      }
    }
  }
  return [...out].sort();
}
