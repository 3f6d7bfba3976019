/**
 * The analyzer's scripts, in the order they are injected. One 306 KB script
 * was one task of V8 compiling it (~46 ms in Chromium at load 8, more under
 * load: issue #7's 50 ms budget); as several, each is compiled and run in a
 * task of its own, with the page's work in between. The first holds the
 * first look (page facts, body, detection) and the directory; the next two,
 * the text modules, are injected only when a page is analysed; the last, the
 * non-English tables, only when that page is in another language. Each later
 * script takes the modules it shares with the earlier ones from them
 * (scripts/build.ts), so every module runs once.
 */
export const ANALYZER_PARTS = ['analyzer.js', 'analyzer-attribution.js', 'analyzer-text.js', 'analyzer-intl.js'] as const;

export type AnalyzerPart = 0 | 1 | 2 | 3;

/**
 * intl8: the last script holds the non-English cue and hedge tables (src/core/intl-cues.ts). It is injected
 * after the others and only when the analysis asks for it (analyzeSteps yields NEED_INTL on a page in another
 * language): English pages never load or compile it.
 */
export const INTL_PART: AnalyzerPart = 3;

/** Whether `v` is the index of an analyzer script. */
export function isAnalyzerPart(v: unknown): v is AnalyzerPart {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < ANALYZER_PARTS.length;
}
