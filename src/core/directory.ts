import type { SourceKind, SourceLabel } from './report';

/**
 * What the core needs from the source database. The core never imports the
 * bundled data itself: callers hand it a directory (the full database in the
 * CLI and background, a compact index in the content script), so the core
 * stays pure and testable with tiny fakes.
 */
export interface NameHit {
  /** Offset of the match in the searched text (UTF-16 code units). */
  start: number;
  end: number;
  /** The text as matched. */
  text: string;
  label: SourceLabel;
}

export interface SourceDirectory {
  /** Version of the database, e.g. "2026.11.26". */
  readonly version: string;
  /** The outlet that publishes the page at `url`, by domain (public-suffix aware), or null. */
  byUrl(url: string): SourceLabel | null;
  /** Resolve a source as an article names it ("the Global Times", "MSS"), or null. */
  byName(name: string): SourceLabel | null;
  /** All known names and aliases occurring in `text`, longest match first, non-overlapping, in order. */
  findNames(text: string): NameHit[];
  /** Kind of organisation for a label (outlet, government, company…), when known. */
  kindOf?(label: SourceLabel): SourceKind | null;
  /** Additive: the page at `url` belongs to a known security news site (by domain). */
  isSecurityNewsSite?(url: string): boolean;
}

/** A directory that knows nothing: for tests and for running without the database. */
export const emptyDirectory: SourceDirectory = {
  version: '0',
  byUrl: () => null,
  byName: () => null,
  findNames: () => [],
};
