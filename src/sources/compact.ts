/**
 * A bundled directory for the content script. The content script budget is
 * 50 KB, all included, so prefer `directoryFromCompact` (content.ts: the
 * background sends the data, ~6 KB of bundle). This one bundles the lite
 * compact form (data/compact.json, ~30 KB: no basis, history, description,
 * and no private companies or research groups) and matches hosts without a
 * public-suffix list.
 * The background worker swaps in the full label by id before the popup shows
 * it — see `labelById` in index.ts.
 */
import type { SourceDirectory } from '../core/directory';
import { decodeCompact, type CompactData } from './compact-format';
import { mergeCustom } from './custom';
import { buildDirectory, plainHostParser } from './match';
import compact from './data/compact.json';

let slim: ReturnType<typeof decodeCompact> | null = null;

/** The slim bundled entries (decoded once). */
export function slimEntries(): ReturnType<typeof decodeCompact> {
  slim ??= decodeCompact(compact as CompactData);
  return slim;
}

/** A small directory for the content script; custom entries (validated) go over the bundled ones. */
export function contentDirectory(custom: unknown[] = []): SourceDirectory {
  const { entries } = mergeCustom(slimEntries(), custom);
  return buildDirectory(entries, (compact as CompactData).v, plainHostParser);
}
