/** The bundled source database and its lookups. */
import type { SourceDirectory } from '../core/directory';
import { createDirectory } from './directory';
import type { SourceEntry } from './schema';
import entries from './data/entries.json';

export const DB_VERSION = '2026.11.26';
export const BUNDLED_ENTRIES = entries as SourceEntry[];

let cached: SourceDirectory | null = null;
/** The full bundled database as a directory (built once). */
export function bundledDirectory(): SourceDirectory {
  cached ??= createDirectory(BUNDLED_ENTRIES, DB_VERSION);
  return cached;
}
export { createDirectory } from './directory';
export type { SourceEntry } from './schema';

/** The full bundled label for an id (the background hydrates slim labels from the content script). */
export function labelById(id: string): import('../core/report').SourceLabel | null {
  const e = BUNDLED_ENTRIES.find((x) => x.id === id);
  return e ? toLabel(e) : null;
}
import { toLabel } from './directory';
