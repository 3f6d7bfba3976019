/**
 * The full directory (CLI, background, tests): the matcher of match.ts with
 * a public-suffix-aware host parser (tldts). The content script uses
 * compact.ts instead, which keeps tldts and the full data out of its bundle.
 */
import { parse } from 'tldts';
import type { SourceDirectory } from '../core/directory';
import { buildDirectory, type HostParser } from './match';
import type { SourceEntry } from './schema';

export { toLabel, tokenize, buildDirectory, plainHostParser } from './match';

export const pslHostParser: HostParser = (url) => {
  try {
    const p = parse(url);
    if (!p.hostname || !p.domain || p.isIp) return null;
    return { hostname: p.hostname, domain: p.domain };
  } catch {
    return null;
  }
};

/** Build a SourceDirectory over entries (public-suffix aware). Earlier entries win a shared domain or alias. */
export function createDirectory(entries: SourceEntry[], version: string): SourceDirectory {
  return buildDirectory(entries, version, pslHostParser);
}
