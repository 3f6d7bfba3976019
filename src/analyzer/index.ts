/**
 * analyzer.js: the full analysis core, injected on demand next to the
 * content script (see src/content/analyzer-api.ts for why it is separate).
 */
import { analyzeFrom, analyzeSteps, firstLook, firstLookSteps } from '../core/index';
import { directoryFromCompact, directoryFromCompactSteps } from '../sources/content';
import { ANALYZER_GLOBAL, type AnalyzerApi } from '../content/analyzer-api';

const api: AnalyzerApi = { firstLook, analyzeFrom, directoryFromCompact, directoryFromCompactSteps, firstLookSteps, analyzeSteps };
(globalThis as unknown as Record<string, unknown>)[ANALYZER_GLOBAL] = api;
