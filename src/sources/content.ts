/**
 * The content script's directory without bundled data: the background sends
 * the compact form (`compactForContent(custom)` in index.ts, custom entries
 * already validated and merged) and the content script builds the matcher
 * from it. Costs about 6 KB of the content script's 50 KB budget, against
 * about 50 KB for `contentDirectory()`, which bundles the compact data.
 * Labels are slim (no basis, history, description, rsp); the background
 * hydrates them by id with `labelById`.
 */
import type { SourceDirectory } from '../core/directory';
import { decodeCompact, type CompactData } from './compact-format';
import { buildDirectory, buildDirectorySteps, plainHostParser } from './match';

export type { CompactData } from './compact-format';

/** Build the content-script directory from compact data sent by the background; never throws. */
export function directoryFromCompact(data: CompactData | null | undefined): SourceDirectory {
  try {
    if (!data || !Array.isArray(data.e)) return buildDirectory([], '0', plainHostParser);
    return buildDirectory(decodeCompact({ v: String(data.v), e: data.e.filter((x) => typeof x === 'string'), r: data.r && typeof data.r === 'object' ? data.r : {} }), String(data.v), plainHostParser);
  } catch {
    return buildDirectory([], '0', plainHostParser);
  }
}

/** `directoryFromCompact` in steps (decode, then `every` entries at a time), so no single task is long; never throws. */
export function* directoryFromCompactSteps(data: CompactData | null | undefined, every = 40): Generator<void, SourceDirectory, void> {
  try {
    if (!data || !Array.isArray(data.e)) return buildDirectory([], '0', plainHostParser);
    const entries = decodeCompact({ v: String(data.v), e: data.e.filter((x) => typeof x === 'string'), r: data.r && typeof data.r === 'object' ? data.r : {} });
    yield;
    return yield* buildDirectorySteps(entries, String(data.v), plainHostParser, every);
  } catch {
    return buildDirectory([], '0', plainHostParser);
  }
}
