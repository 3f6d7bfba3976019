/**
 * The analysis pipeline (index.ts is the core's entry: this plus the
 * non-English cue pass). The extension's last analyzer part bundles this
 * module, not index.ts, so the non-English tables stay in a part of their
 * own (intl-cues.ts).
 */
import { emptyDirectory, type SourceDirectory } from './directory';
import { baseReport, firstLook, runSteps, type AnalyzeOptions, type FirstLook } from './first-look';
import { emptyReport, type Report } from './report';
import { splitSentences, warmSegmenterSteps } from './sentences';
import { clip, isHttpUrl } from './text';
import { findAcronyms } from './acronyms';
import { findAttributions, findAttributionsSteps } from './attribution';
import { findHedges } from './hedges';
import { findDisclaimersSteps, warmDisclaimers } from './disclaimers';
import { findEvidence } from './evidence';
import { findCyberAttributions } from './cyber-attribution';
import { buildNotes } from './notes';
import { vendorFromPage } from './vendor-site';
import { capReport } from './limits';
import { detectCueLang } from './cue-lang';
import { intlCues, NEED_INTL, type NeedIntl } from './intl-cues';

export type { Report } from './report';
export type { SourceDirectory } from './directory';
export type { Sensitivity } from './detect';
export { quickLook, quickReport, QUICK_LIMITS, type QuickLook } from './quick-look';
export { CORE_VERSION } from './version';
export { firstLook, firstLookSteps, runSteps, notNewsReport, type AnalyzeOptions, type FirstLook } from './first-look';
export { NEED_INTL, type NeedIntl } from './intl-cues';

/** Full analysis of a page. Never throws: a failure inside becomes an empty report with a reason. */
export function analyze(doc: Document, opts: AnalyzeOptions = {}): Report {
  try {
    if (!doc || !doc.documentElement) {
      // Nothing but comments or junk: no element to read (DOMs differ on what they build here).
      const r = emptyReport(isHttpUrl(opts.url) ? opts.url : null);
      r.detection.reasons.push('The page has no content');
      return r;
    }
    return analyzeFrom(firstLook(doc, opts), opts);
  } catch (e) {
    const r = emptyReport(isHttpUrl(opts.url) ? opts.url : null);
    r.detection.reasons.push(`Analysis failed: ${clip(e instanceof Error ? e.message : String(e), 200)}`);
    return r;
  }
}

/** Continue from a first look (the content script keeps it between the two steps). */
export function analyzeFrom(look: FirstLook, opts: AnalyzeOptions = {}): Report {
  return runSteps(analyzeSteps(look, opts));
}

/** Sentences per attribution step (the 1 MB page's 2,000 sentences took ~50-90 ms cold in Chromium in one piece). */
export const ATTRIBUTION_STEP_SENTENCES = 50;
/** Texts per disclaimer step (a giant page's 1,500 blocks were one ~45 ms stretch in Chromium). */
export const DISCLAIMER_STEP_TEXTS = 200;

/** Warm-up texts (our own words) that make attribution compile its patterns a few at a time. */
const ATTRIBUTION_WARM_TEXTS = ['Hello.', 'The company said on Monday.', 'According to officials at the agency, the attack was attributed to hackers.', 'Company President Jane Roe told reporters that the firm, which declined to comment, would act.'];
/** The warm-up only moves the cold compile cost: once per loaded analyzer is enough (a warm CLI or bench run paid it on every page). */
let attributionWarmed = false;

/** `analyzeFrom` in steps, one per signal module (attribution in chunks of sentences), for a caller that yields to the page between them. */
export function* analyzeSteps(look: FirstLook, opts: AnalyzeOptions = {}): Generator<void | NeedIntl, Report, void> {
  const db = opts.db ?? emptyDirectory;
  const report = baseReport(look, db);
  if (!(look.isSecurityNews || opts.force)) return capReport(report);
  if (!report.publisher) {
    const vendor = vendorFromPage(look.body, report.article.siteName, look.url, look.index);
    if (vendor) report.article.vendor = vendor;
  }

  yield;
  // Cold, the segmenter's start-up (ICU data) is a long task of its own: pay it in steps of its own.
  yield* warmSegmenterSteps();
  yield;
  const sentences = splitSentences(look.body.blocks);
  yield;
  // A page in another language needs the non-English cue pass: the caller that has not loaded it (the content
  // script) loads it and resumes; without it the English pass runs alone (intl-cues.ts).
  if (!intlCues() && detectCueLang(sentences) !== 'en') yield NEED_INTL;
  report.acronyms = findAcronyms(sentences);
  yield;
  // Cold, attribution's first sentences compiled its patterns in one 30-90 ms piece: compile them on tiny texts
  // of our own, one per step, against an empty directory (no state is kept between calls: nothing else changes).
  for (const text of ATTRIBUTION_WARM_TEXTS) {
    if (!attributionWarmed) findAttributions([{ text, block: 0, blockKind: 'paragraph' }], { db: emptyDirectory, acronyms: [], publisher: null });
    yield;
  }
  attributionWarmed = true;
  // Attribution is the largest module: it yields every ATTRIBUTION_STEP_SENTENCES sentences, its state kept.
  report.attributions = yield* findAttributionsSteps(sentences, { db, acronyms: report.acronyms, publisher: report.publisher, siteName: report.article.siteName }, ATTRIBUTION_STEP_SENTENCES);
  yield;
  report.hedges = findHedges(sentences);
  yield;
  warmDisclaimers();
  yield;
  report.disclaimers = yield* findDisclaimersSteps(look.body, sentences, { siteName: report.article.siteName, url: look.url }, DISCLAIMER_STEP_TEXTS);
  yield;
  report.evidence = findEvidence(sentences, look.body, look.url);
  yield;
  report.cyberAttributions = findCyberAttributions(sentences, report.attributions);
  yield;
  report.notes = buildNotes(report);
  return capReport(report);
}
