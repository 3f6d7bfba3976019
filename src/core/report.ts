/**
 * The Credence report, format version 1 — the public contract of
 * ../shared/spec/report-v1.md. The content script, background worker, popup
 * and CLI all speak this shape. Fields may be added; never rename or drop one
 * without bumping `schemaVersion`. Everything here is plain JSON-safe data.
 */

export type Affiliation =
  | 'state_controlled' // editorial control by a state, its government or ruling party
  | 'state_funded_independent' // public money with safeguards for editorial independence
  | 'government' // a government body, agency or official speaking in that role
  | 'private' // privately owned outlet, company, vendor, university or person
  | 'unknown';

export type SourceKind =
  | 'outlet'
  | 'government'
  | 'company'
  | 'researcher'
  | 'person'
  | 'anonymous'
  | 'document'
  | 'unspecified';

export interface LabelBasis {
  text: string;
  url: string;
}

/** A dated fact about the organisation ("EU broadcast ban, March 2022"). Additive to v1. */
export interface LabelHistoryItem {
  /** ISO date or year ("2022-03-02", "2020"). */
  date: string;
  /** Until when it held, if it ended (platform labels are history). */
  until?: string;
  text: string;
  url?: string;
}

/** An entry of the bundled source database as it appears in a report. */
export interface SourceLabel {
  id: string;
  name: string;
  country: string | null;
  affiliation: Affiliation;
  owner: string | null;
  basis: LabelBasis[];
  /** Additive: kind of organisation, e.g. "outlet", "government", "company". */
  kind?: SourceKind;
  /** Additive: the date the label was last checked (ISO). */
  asOf?: string;
  /** Additive: the owner is a security vendor (feeds the vendor-publisher note). */
  ownerIsSecurityVendor?: boolean;
  /** Additive: the organisation itself sells security products or services. */
  securityVendor?: boolean;
  /** Additive: dated history (platform labels, bans, sanctions). */
  history?: LabelHistoryItem[];
  /** Additive: Wikipedia perennial-sources status, credited CC BY-SA. */
  rsp?: { status: string; year?: string; url: string } | null;
  /** Additive: true when the entry came from the user's custom labels. */
  custom?: boolean;
}

export interface Attribution {
  /** The source as the article names it, resolved through in-article acronyms. */
  source: string;
  sourceKind: SourceKind;
  /** The attribution cue as written: "according to", "stated", "said". */
  cue: string;
  /** The sentence that carries it. */
  sentence: string;
  label: SourceLabel | null;
  /** Index into attributions of the source that relays this one, or null. */
  via: number | null;
}

export type HedgeKind = 'hedge' | 'estimative';

export interface Hedge {
  cue: string;
  sentence: string;
  kind: HedgeKind;
}

export type DisclaimerKind =
  | 'liability'
  | 'sponsored'
  | 'ai_generated'
  | 'syndicated'
  | 'opinion'
  | 'correction'
  | 'other';

export interface Disclaimer {
  kind: DisclaimerKind;
  text: string;
}

export interface Evidence {
  cves: string[];
  indicators: number;
  primaryLinks: string[];
  /** Additive: technical details the body names (tracked actor IDs, malware and tools, file names, ports, techniques), up to 20. */
  technical?: string[];
}

export type CyberAttributionBasis = 'technical' | 'official' | 'unofficial' | 'legal' | 'self' | 'unknown';

export interface CyberAttribution {
  actor: string;
  accuser: string | null;
  basis: CyberAttributionBasis;
  sentence: string;
}

export type NoteId =
  | 'state-affiliated-source'
  | 'government-source'
  | 'anonymous-source'
  | 'vague-source'
  | 'secondary-reporting'
  | 'single-source'
  | 'hedged-claims'
  | 'publisher-disclaimer'
  | 'no-primary-link'
  | 'no-technical-evidence'
  | 'vendor-publisher'
  | 'interested-party';

/** Every NoteId, in the contract's order: the one list the validator, settings and options page use. */
export const NOTE_IDS = [
  'state-affiliated-source',
  'government-source',
  'anonymous-source',
  'vague-source',
  'secondary-reporting',
  'single-source',
  'hedged-claims',
  'publisher-disclaimer',
  'no-primary-link',
  'no-technical-evidence',
  'vendor-publisher',
  'interested-party',
] as const satisfies readonly NoteId[];
// Compile-time check that the list names every NoteId.
const _allNoteIds: Exclude<NoteId, (typeof NOTE_IDS)[number]> extends never ? true : never = true;
void _allNoteIds;

export type NoteSeverity = 'info' | 'caution' | 'warning';

/** Pointers from a note to the report items behind it (indexes), so the popup can highlight them. */
export interface NoteRefs {
  attributions?: number[];
  hedges?: number[];
  disclaimers?: number[];
}

export interface Note {
  id: NoteId;
  severity: NoteSeverity;
  /** Plain, neutral English text (the popup re-renders from `messageKey` + `args` in the UI locale). */
  text: string;
  /** Additive: locale message key and substitutions used to build `text`. */
  messageKey?: string;
  args?: string[];
  /** Additive: the items behind the note. */
  refs?: NoteRefs;
}

/** An in-article acronym definition: "the National Computer Virus Emergency Response Center (CVERC)". */
export interface AcronymDefinition {
  short: string;
  long: string;
}

export interface ArticleMeta {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  wordCount: number;
  /** Additive: BCP 47 language of the page, where declared. */
  lang?: string | null;
  /**
   * Additive: the security vendor that runs the site, recognised from the page
   * itself (vendor-site.ts: a company copyright matching the site, sales
   * navigation or "customers are protected"). Only set when the publisher is
   * not in the source database.
   */
  vendor?: string;
}

export interface Detection {
  score: number;
  reasons: string[];
}

export interface Report {
  schemaVersion: 1;
  url: string | null;
  isArticle: boolean;
  isSecurityNews: boolean;
  detection: Detection;
  article: ArticleMeta;
  publisher: SourceLabel | null;
  attributions: Attribution[];
  hedges: Hedge[];
  disclaimers: Disclaimer[];
  evidence: Evidence;
  cyberAttributions: CyberAttribution[];
  notes: Note[];
  /** Additive: in-article acronym definitions used to resolve sources. */
  acronyms: AcronymDefinition[];
  /** Additive: the analyser's version and the source database version used. */
  generator?: { name: 'credence'; version: string; dbVersion: string };
  /** Additive: set when work was capped on a giant page. */
  truncated?: boolean;
}

export function emptyReport(url: string | null): Report {
  return {
    schemaVersion: 1,
    url,
    isArticle: false,
    isSecurityNews: false,
    detection: { score: 0, reasons: [] },
    article: { title: null, siteName: null, byline: null, published: null, wordCount: 0 },
    publisher: null,
    attributions: [],
    hedges: [],
    disclaimers: [],
    evidence: { cves: [], indicators: 0, primaryLinks: [] },
    cyberAttributions: [],
    notes: [],
    acronyms: [],
  };
}
