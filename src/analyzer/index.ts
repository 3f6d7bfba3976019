/**
 * analyzer.js: the first part of the analysis core, injected on demand next
 * to the content script (see src/content/analyzer-api.ts): the first look,
 * the report of a page it does not flag, and the directory.
 */
import { firstLook, firstLookSteps, notNewsReport } from '../core/first-look';
import { directoryFromCompact, directoryFromCompactSteps } from '../sources/content';
import { ANALYZER_GLOBAL, type AnalyzerApi } from '../content/analyzer-api';

const api: AnalyzerApi = { firstLook, notNewsReport, directoryFromCompact, directoryFromCompactSteps, firstLookSteps };
(globalThis as unknown as Record<string, unknown>)[ANALYZER_GLOBAL] = api;
