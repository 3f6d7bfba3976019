import type { SourceDirectory } from './directory';
import type { Attribution, Disclaimer, Hedge, SourceLabel } from './report';
import type { Sentence } from './sentences';
import type { PageLang } from './cue-lang';

/**
 * intl8: the registry of the non-English cue pass. Its tables (German,
 * French, Spanish, Italian, Portuguese, Dutch, Japanese, Russian, Chinese:
 * cues-intl.ts and its helpers) are most of a script's weight, and English
 * pages never use them, so attribution.ts and hedges.ts do not import them:
 * they ask here. In Node the core's entry (index.ts) registers them, so the
 * CLI and the tests always have them; in the extension the intl analyzer part
 * (src/analyzer/intl.ts) registers them when it is injected, which the
 * content script does when `analyzeSteps` yields NEED_INTL.
 *
 * Without them (the part could not be injected) a non-English page gets the
 * English pass alone: fewer findings, never a failure.
 */

export interface IntlContext {
  db: SourceDirectory;
  publisher: SourceLabel | null;
  /** The page's own site name ("Netzwacht"): after an inverted cue ("…, sagte Netzwacht") it is who was told. */
  siteName?: string | null;
}

export interface IntlCues {
  /** Attributions by the language's own cues; [] for English. Never throws. */
  findAttributions(sentences: Sentence[], lang: PageLang, ctx: IntlContext): Attribution[];
  /** Hedges by the language's own words; [] for English. Never throws. */
  findHedges(sentences: Sentence[], lang: PageLang): Hedge[];
  /** left10: publisher's notes in the languages whose disclaimer tables live in the intl script (disclaimers-intl.ts). */
  disclaimers?: {
    trigger(text: string): boolean;
    /** `labels`: whether a whole short box may be read as a label ("Anzeige"); false for soft boxes. */
    classify(text: string, labels?: boolean): { kind: Disclaimer['kind']; index: number }[];
  };
}

let registered: IntlCues | null = null;

/** Make the non-English pass available (the intl module calls this when it loads; a second call replaces the first). */
export function registerIntlCues(cues: IntlCues | null): void {
  registered = cues;
}

/** The registered non-English pass, or null when it is not loaded. */
export function intlCues(): IntlCues | null {
  return registered;
}

/** What `analyzeSteps` yields when the page needs the non-English pass and it is not loaded: load it, then resume. */
export const NEED_INTL = 'need-intl';
export type NeedIntl = typeof NEED_INTL;
