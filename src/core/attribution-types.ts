import type { SourceKind, SourceLabel } from './report';

/**
 * The attribution pass's working shapes: a candidate source phrase, a draft attribution before merging, and a
 * subject found left of a cue.
 */

export interface Candidate {
  source: string;
  kind: SourceKind | null;
  /** The organisation a named person speaks for, when the article gives it. */
  org?: string | null;
  /** The appositive that describes a named person ("a threat analyst at X"): their role decides the kind. */
  role?: string | null;
  /** Named as the body someone speaks for ("a spokesperson for X"): an organisation, never a person. */
  organisation?: boolean;
}

/** One attribution in the making. */
export interface Draft {
  source: string;
  kind: SourceKind;
  cue: string;
  sentence: number;
  label: SourceLabel | null;
  via: number | null;
  /** Recipient / relaying outlet index within the same sentence (drafts). */
  relayOutlet?: boolean;
  pos: number;
}

/** The subject phrase that ends `left` (text before the cue), or null. */
export type Subject = { np: string; appositive: string | null; anonymous?: boolean; groupKind?: SourceKind };
