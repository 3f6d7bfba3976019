/**
 * The directory the content script uses. It must stay small (the content
 * script budget is 50 KB, all included), so labels here carry only what the
 * analysis needs; the background worker swaps in the full label (basis,
 * history) by id before the popup shows it — see `labelById`.
 */
import type { SourceDirectory } from '../core/directory';
import { createDirectory } from './directory';
import { BUNDLED_ENTRIES, DB_VERSION } from './index';
import type { SourceEntry } from './schema';

export function contentDirectory(custom: SourceEntry[] = []): SourceDirectory {
  const slim = BUNDLED_ENTRIES.map((e) => ({ ...e, basis: [], history: [], description: undefined }));
  return createDirectory([...custom, ...slim], DB_VERSION);
}
