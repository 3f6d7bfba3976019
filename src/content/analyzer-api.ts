/**
 * The analysis core is too large for the always-on content script (budget
 * 50 KB: "every byte in the content script costs every page"), so it ships
 * as a second script, `analyzer.js`, that the background injects into the
 * same isolated world only when the first look says a page may be security
 * news, or when the reader asks. It hands its API over on a global of the
 * content script's world (never the page's: isolated worlds do not share
 * globals with the page).
 */
import type { analyzeFrom, analyzeSteps, firstLook, firstLookSteps } from '../core/index';
import type { directoryFromCompact, directoryFromCompactSteps } from '../sources/content';

export const ANALYZER_GLOBAL = '__credenceAnalyzer';

export interface AnalyzerApi {
  firstLook: typeof firstLook;
  analyzeFrom: typeof analyzeFrom;
  directoryFromCompact: typeof directoryFromCompact;
  /** The same two stages in steps, so the content script can yield to the page between them (no long task). */
  firstLookSteps?: typeof firstLookSteps;
  analyzeSteps?: typeof analyzeSteps;
  /** The directory build in steps (cold, in one piece, it was the longest task of a forced analysis). */
  directoryFromCompactSteps?: typeof directoryFromCompactSteps;
}

/** The analyzer's API if analyzer.js has run in this world, else null. */
export function loadedAnalyzer(): AnalyzerApi | null {
  const v = (globalThis as unknown as Record<string, unknown>)[ANALYZER_GLOBAL];
  if (v && typeof v === 'object' && typeof (v as AnalyzerApi).analyzeFrom === 'function') return v as AnalyzerApi;
  return null;
}
