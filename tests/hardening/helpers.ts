/** Shared by the hardening suites: parse, analyse, time, and check a report against the contract and the caps. */
import { parseHTML } from 'linkedom';
import { analyze, type AnalyzeOptions } from '../../src/core/index';
import type { Report } from '../../src/core/report';
import { isReportUrl, reportUrls, validateReport } from '../../src/core/validate-report';

/**
 * Output caps every report must respect, whatever the page. The owners of the
 * modules may choose lower caps; these are the ceilings the UI and the message
 * channel are sized for (issue 8: "a bounded amount of work").
 */
export const REPORT_CAPS = {
  attributions: 500,
  hedges: 500,
  disclaimers: 50,
  cyberAttributions: 200,
  notes: 50,
  acronyms: 200,
  reasons: 50,
  cves: 500,
  primaryLinks: 100,
  /** Longest string anywhere in a report (a sentence is quoted, not a whole page). */
  stringLength: 10_000,
  /** Serialised size of one report. */
  jsonBytes: 2 * 1024 * 1024,
} as const;

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export interface Timed {
  report: Report;
  parseMs: number;
  analyzeMs: number;
  /** A linear reference pass over the same text (lower-case + split + join), in the same process. */
  refMs: number;
}

export function timedAnalyze(html: string, opts: AnalyzeOptions = {}): Timed {
  const t0 = performance.now();
  const doc = parse(html);
  const t1 = performance.now();
  const report = analyze(doc, opts);
  const t2 = performance.now();
  // Reference work that is plainly linear in the input: what "bounded per KB" is measured against.
  const r0 = performance.now();
  let n = 0;
  for (let i = 0; i < 3; i++) n += html.toLowerCase().split(/\s+/).join(' ').length;
  const refMs = performance.now() - r0 + (n < 0 ? 1 : 0);
  return { report, parseMs: t1 - t0, analyzeMs: t2 - t1, refMs };
}

/**
 * Time budget for analysing a page: a multiple of parsing it plus the linear
 * reference pass, with a floor for tiny pages and noisy shared machines. A
 * quadratic step on a 100 KB page blows through it by orders of magnitude.
 */
export function timeBudgetMs(t: Pick<Timed, 'parseMs' | 'refMs'>, factor = 25, floor = 1500): number {
  return Math.max(floor, factor * (t.parseMs + t.refMs));
}

function walkStrings(x: unknown, path: string, out: { path: string; length: number }[], depth = 0): void {
  if (depth > 12) return;
  if (typeof x === 'string') out.push({ path, length: x.length });
  else if (Array.isArray(x)) x.forEach((v, i) => walkStrings(v, `${path}[${i}]`, out, depth + 1));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walkStrings(v, path ? `${path}.${k}` : k, out, depth + 1);
}

/** Every problem of a report: contract violations, URLs that are not http(s), caps exceeded. */
export function reportProblems(r: unknown): string[] {
  const problems = validateReport(r);
  for (const u of reportUrls(r)) if (!isReportUrl(u.url)) problems.push(`${u.path}: not http(s): ${String(u.url).slice(0, 80)}`);
  if (!r || typeof r !== 'object') return problems;
  const rep = r as Report;
  const counts: [keyof typeof REPORT_CAPS, number | undefined][] = [
    ['attributions', rep.attributions?.length],
    ['hedges', rep.hedges?.length],
    ['disclaimers', rep.disclaimers?.length],
    ['cyberAttributions', rep.cyberAttributions?.length],
    ['notes', rep.notes?.length],
    ['acronyms', rep.acronyms?.length],
    ['reasons', rep.detection?.reasons?.length],
    ['cves', rep.evidence?.cves?.length],
    ['primaryLinks', rep.evidence?.primaryLinks?.length],
  ];
  for (const [k, n] of counts) if ((n ?? 0) > REPORT_CAPS[k]) problems.push(`${k}: ${n} items, cap ${REPORT_CAPS[k]}`);
  const strings: { path: string; length: number }[] = [];
  walkStrings(r, '', strings);
  const long = strings.filter((s) => s.length > REPORT_CAPS.stringLength);
  if (long.length) problems.push(`${long.length} strings longer than ${REPORT_CAPS.stringLength}, e.g. ${long[0]!.path} (${long[0]!.length})`);
  // Size without serialising a possibly huge report twice: sum of string lengths bounds it from below.
  const approx = strings.reduce((a, s) => a + s.length, 0);
  const bytes = approx > REPORT_CAPS.jsonBytes * 4 ? approx : Buffer.byteLength(JSON.stringify(r));
  if (bytes > REPORT_CAPS.jsonBytes) problems.push(`report is ${bytes} bytes as JSON, cap ${REPORT_CAPS.jsonBytes}`);
  return problems;
}
