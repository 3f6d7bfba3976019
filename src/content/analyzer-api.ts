/**
 * The analysis core is too large for the always-on content script (budget
 * 50 KB: "every byte in the content script costs every page"), so it ships
 * as separate scripts (src/shared/analyzer-parts.ts) that the background
 * injects into the same isolated world on demand: `analyzer.js` (the first
 * look and the directory) when the quick look says a page may be security
 * news, or when the reader asks; the text modules only when the page is then
 * analysed; the non-English tables (analyzer-intl.js) only when the analysis
 * finds the page in another language. They hand their APIs over on globals of the content script's
 * world (never the page's: isolated worlds do not share globals with the page).
 */
import type { analyzeFrom, analyzeSteps, firstLook, firstLookSteps, notNewsReport } from '../core/analyze';
import type { directoryFromCompact, directoryFromCompactSteps } from '../sources/content';

export const ANALYZER_GLOBAL = '__credenceAnalyzer';
export const ANALYZER_TEXT_GLOBAL = '__credenceAnalyzerText';

/** analyzer.js: the first look, the report of a page it does not flag, and the directory. */
export interface AnalyzerApi {
  firstLook: typeof firstLook;
  notNewsReport: typeof notNewsReport;
  directoryFromCompact: typeof directoryFromCompact;
  /** The same stage in steps, so the content script can yield to the page between them (no long task). */
  firstLookSteps?: typeof firstLookSteps;
  /** The directory build in steps (cold, in one piece, it was the longest task of a forced analysis). */
  directoryFromCompactSteps?: typeof directoryFromCompactSteps;
}

/** The text analysis (the last analyzer script, after the ones before it). */
export interface AnalyzerTextApi {
  analyzeFrom: typeof analyzeFrom;
  analyzeSteps?: typeof analyzeSteps;
}

const global = (name: string): unknown => (globalThis as unknown as Record<string, unknown>)[name];

/** The analyzer's API if analyzer.js has run in this world, else null. */
export function loadedAnalyzer(): AnalyzerApi | null {
  const v = global(ANALYZER_GLOBAL);
  if (v && typeof v === 'object' && typeof (v as AnalyzerApi).firstLook === 'function' && typeof (v as AnalyzerApi).notNewsReport === 'function') return v as AnalyzerApi;
  return null;
}

/** The text analysis API if all analyzer scripts have run in this world, else null. */
export function loadedAnalyzerText(): AnalyzerTextApi | null {
  const v = global(ANALYZER_TEXT_GLOBAL);
  if (v && typeof v === 'object' && typeof (v as AnalyzerTextApi).analyzeFrom === 'function') return v as AnalyzerTextApi;
  return null;
}
