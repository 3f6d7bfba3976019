/**
 * analyzer-text.js: the last analyzer script, the rest of the text analysis
 * (sentences, hedges, disclaimers, evidence, cyber attribution, notes) and
 * the analysis steps; the modules of the scripts before it come from them.
 */
import { analyzeFrom, analyzeSteps } from '../core/analyze';
import { ANALYZER_TEXT_GLOBAL, type AnalyzerTextApi } from '../content/analyzer-api';

const api: AnalyzerTextApi = { analyzeFrom, analyzeSteps };
(globalThis as unknown as Record<string, unknown>)[ANALYZER_TEXT_GLOBAL] = api;
