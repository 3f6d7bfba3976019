import type { Affiliation, LabelBasis, LabelHistoryItem, SourceKind } from '../core/report';

/** One organisation in the bundled source database (src/sources/data/*.json). */
export interface SourceEntry {
  /** Stable slug, e.g. "global-times". */
  id: string;
  /** Display name. */
  name: string;
  /** Other names the article may use: acronyms, native names, short forms. */
  aliases: string[];
  /** Web domains, optionally path-scoped ("portswigger.net/daily-swig"). */
  domains: string[];
  /** ISO 3166-1 alpha-2, "EU" for EU bodies, or null. */
  country: string | null;
  kind: SourceKind;
  affiliation: Affiliation;
  owner: string | null;
  ownerIsSecurityVendor?: boolean;
  /** Why the label holds: never empty for state_controlled, state_funded_independent and government. */
  basis: LabelBasis[];
  /** Date (ISO) the entry was last checked. */
  asOf: string;
  history: LabelHistoryItem[];
  rsp?: { status: string; year?: string; url: string } | null;
  /** Short neutral description in our own words. */
  description?: string;
}
