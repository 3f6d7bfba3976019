/**
 * The first look of the full analysis: page facts, article body and
 * detection, and the report of a page it does not flag. A module of its own
 * so the browser can load it without the text modules: analyzer.js holds
 * this part, the text modules follow in their own scripts only when a page
 * is analysed (scripts/build.ts, src/content/analyzer-api.ts).
 */
import { extractBody, type ArticleBody } from './body';
import { withDeclaredBody } from './declared-body';
import { detect, type DetectionResult, type Sensitivity } from './detect';
import { emptyDirectory, type SourceDirectory } from './directory';
import { extractPageFacts, type PageFacts } from './metadata';
import { indexDocument, type DomIndex } from './dom-index';
import { warmVocabulary } from './security-vocabulary';
import { emptyReport, type Report } from './report';
import { countWords, isHttpUrl } from './text';
import { capReport } from './limits';
import { CORE_VERSION } from './version';

export interface AnalyzeOptions {
  /** The page URL as the caller knows it (the CLI's --url, the tab URL). */
  url?: string | null;
  db?: SourceDirectory;
  sensitivity?: Sensitivity;
  /** Run the full analysis even when the page is not detected as security news ("Analyze this page"). */
  force?: boolean;
}

export interface FirstLook extends DetectionResult {
  url: string | null;
  facts: PageFacts;
  body: ArticleBody;
  /** The first look's walk of the document, for the analysis's own element lists (vendor-site.ts): a snapshot of this run. */
  index?: DomIndex;
  /**
   * `countWords` of each body block (0 for the title), counted once: the detection's word density and the
   * report's word count both read it (each counted the whole body on its own, ~1 % of the full analysis).
   * Optional: without it (a look built by hand) both count for themselves.
   */
  blockWords?: number[];
}

/** `countWords` of every block but the title, in block order. */
export function countBlockWords(body: ArticleBody): number[] {
  const blocks = body.blocks;
  const out = new Array<number>(blocks.length);
  for (let i = 0; i < blocks.length; i++) out[i] = blocks[i]!.kind === 'title' ? 0 : countWords(blocks[i]!.text);
  return out;
}

/**
 * Run a stepwise computation to its end (the steps only matter to a caller that yields between them; a value
 * yielded, such as analyzeSteps' NEED_INTL, only matters to a caller that can load what it asks for).
 */
export function runSteps<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The cheap part: page facts, body blocks and detection. */
export function firstLook(doc: Document, opts: AnalyzeOptions = {}): FirstLook {
  return runSteps(firstLookSteps(doc, opts));
}

/**
 * `firstLook` in steps (page facts | body | detection): the content script
 * runs each step in its own idle callback so no task is long.
 */
export function* firstLookSteps(doc: Document, opts: AnalyzeOptions = {}): Generator<void, FirstLook, void> {
  const db = opts.db ?? emptyDirectory;
  // Only an http(s) page URL is a URL for the report (a tab may be file:, about:, chrome: …).
  const given = isHttpUrl(opts.url) ? opts.url : null;
  // One walk gathers the elements all three steps ask for (a snapshot for this first look).
  // Cold, the vocabulary tables (built on first use) were most of the detection step: build them in a step of their own.
  warmVocabulary();
  yield;
  const index = indexDocument(doc);
  const facts = extractPageFacts(doc, given, index);
  const url = given ?? (isHttpUrl(facts.canonicalUrl) ? facts.canonicalUrl : null);
  yield;
  const body = withDeclaredBody(extractBody(doc, { baseUrl: url, title: facts.meta.title, index }), facts.declaredBody);
  const blockWords = countBlockWords(body);
  yield;
  const det = detect({ doc, facts, body, url, db, sensitivity: opts.sensitivity ?? 'normal', index, blockWords });
  return { ...det, url, facts, body, blockWords, index };
}

/** The report's page part, from the first look: everything a report has before (or without) the text analysis. */
export function baseReport(look: FirstLook, db: SourceDirectory): Report {
  const report = emptyReport(look.url);
  report.isArticle = look.isArticle;
  report.isSecurityNews = look.isSecurityNews;
  report.detection = { score: look.score, reasons: look.reasons };
  report.article = { ...look.facts.meta };
  // Word runs never cross the space that joined the blocks: count block by block, without the joined copy.
  const counts = look.blockWords?.length === look.body.blocks.length ? look.blockWords : countBlockWords(look.body);
  let words = 0;
  for (const n of counts) words += n;
  report.article.wordCount = words;
  report.publisher = look.url ? db.byUrl(look.url) : null;
  report.generator = { name: 'credence', version: CORE_VERSION, dbVersion: db.version };
  if (look.body.truncated) report.truncated = true;
  return report;
}

/** What `analyzeFrom` returns for a page the first look did not flag (and no forced analysis): no text module runs. */
export function notNewsReport(look: FirstLook, opts: AnalyzeOptions = {}): Report {
  return capReport(baseReport(look, opts.db ?? emptyDirectory));
}
