import type { Affiliation, LabelBasis, LabelHistoryItem, SourceKind } from '../core/report';

/** Context rules for one alias that is too short or too common to match on its own. */
export interface AliasRule {
  /** Every word must match exactly as written (besides a leading "the"). All-caps words always do. */
  caseSensitive?: boolean;
  /** Not a match when the next word (lower case) is one of these ("AP Stylebook"). */
  notFollowedBy?: string[];
  /** Not a match when the previous word (lower case) is one of these. */
  notPrecededBy?: string[];
  /** Not a match at the start of a sentence (common words). */
  notSentenceInitial?: boolean;
  /** Only for resolving a name the article already gave as a source (byName), never found in running text (findNames). */
  lookupOnly?: boolean;
}

/** One organisation in the bundled source database (src/sources/data/*.json). */
export interface SourceEntry {
  /** Stable slug, e.g. "cn-global-times". */
  id: string;
  /** Display name. */
  name: string;
  /** Other names the article may use: acronyms, native names, short forms. */
  aliases: string[];
  /** Aliases knowingly shared with another entry (the earlier entry wins the match). */
  ambiguousAliases?: string[];
  /** Per-alias context rules (keys are the alias or the name as written). Additive. */
  aliasRules?: Record<string, AliasRule>;
  /** Web domains, optionally path-scoped ("portswigger.net/daily-swig"). */
  domains: string[];
  /** ISO 3166-1 alpha-2, "EU" for EU bodies, or null. */
  country: string | null;
  kind: SourceKind;
  affiliation: Affiliation;
  owner: string | null;
  ownerIsSecurityVendor?: boolean;
  /** The organisation itself sells security products or services (a vendor's own blog feeds the vendor-publisher note). */
  securityVendor?: boolean;
  /** A security news site (feeds content-script match patterns). */
  securityNews?: boolean;
  /** Why the label holds: never empty for state_controlled, state_funded_independent and government. */
  basis: LabelBasis[];
  /** Date (ISO) the entry was last checked. */
  asOf: string;
  history: LabelHistoryItem[];
  rsp?: { status: string; year?: string; url: string } | null;
  /** Short neutral description in our own words. */
  description?: string;
  /** Set on entries that came from the user's options page. */
  custom?: boolean;
}
