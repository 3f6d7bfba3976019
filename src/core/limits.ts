/**
 * Output and work caps of the analysis core, in one place (issue 8: "a bounded
 * amount of work"). A hostile page can repeat cue words for megabytes; the
 * modules cap what they produce with these numbers, and `capReport` is the last
 * line of defence before a report leaves the core (the popup, the message
 * channel and the CLI are sized for them).
 */
import type { Report } from './report';
import { clip } from './text';

export const LIMITS = {
  /** Longest sentence the splitter emits; longer runs are cut at a space near this length. */
  sentenceChars: 1_500,
  /** Longest string anywhere in a report. */
  stringChars: 10_000,
  /** Longest URL a report may carry (validate-report refuses longer ones); a longer page URL or link is dropped. */
  urlChars: 8_192,
  attributions: 500,
  hedges: 500,
  disclaimers: 50,
  cyberAttributions: 200,
  notes: 50,
  acronyms: 200,
  reasons: 50,
  cves: 500,
  primaryLinks: 100,
  technical: 20,
} as const;

function capString(s: string): string {
  return s.length <= LIMITS.stringChars ? s : clip(s, LIMITS.stringChars - 1);
}

function capStrings(x: unknown, depth: number): unknown {
  if (typeof x === 'string') return capString(x);
  if (depth > 12 || !x || typeof x !== 'object') return x;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) x[i] = capStrings(x[i], depth + 1);
    return x;
  }
  const o = x as Record<string, unknown>;
  for (const k of Object.keys(o)) o[k] = capStrings(o[k], depth + 1);
  return x;
}

function capList<T>(xs: T[] | undefined, max: number): T[] | undefined {
  return xs && xs.length > max ? xs.slice(0, max) : xs;
}

/**
 * Enforce LIMITS on a finished report, in place, keeping it valid: lists are
 * cut, indexes that pointed past a cut list are dropped, long strings clipped.
 * The modules already respect these caps; this only guards against a module
 * that does not.
 */
export function capReport(r: Report): Report {
  r.attributions = capList(r.attributions, LIMITS.attributions)!;
  r.hedges = capList(r.hedges, LIMITS.hedges)!;
  r.disclaimers = capList(r.disclaimers, LIMITS.disclaimers)!;
  r.cyberAttributions = capList(r.cyberAttributions, LIMITS.cyberAttributions)!;
  r.notes = capList(r.notes, LIMITS.notes)!;
  r.acronyms = capList(r.acronyms, LIMITS.acronyms)!;
  if (r.detection) r.detection.reasons = capList(r.detection.reasons, LIMITS.reasons)!;
  if (r.evidence) {
    r.evidence.cves = capList(r.evidence.cves, LIMITS.cves)!;
    r.evidence.primaryLinks = capList(r.evidence.primaryLinks, LIMITS.primaryLinks)!;
    if (r.evidence.technical) r.evidence.technical = capList(r.evidence.technical, LIMITS.technical);
  }
  if (typeof r.url === 'string' && r.url.length > LIMITS.urlChars) r.url = null;
  if (r.evidence?.primaryLinks) r.evidence.primaryLinks = r.evidence.primaryLinks.filter((u) => u.length <= LIMITS.urlChars);
  const n = r.attributions?.length ?? 0;
  for (const a of r.attributions ?? []) if (a.via !== null && a.via >= n) a.via = null;
  const lens = { attributions: n, hedges: r.hedges?.length ?? 0, disclaimers: r.disclaimers?.length ?? 0 };
  for (const note of r.notes ?? []) {
    const refs = note.refs;
    if (!refs) continue;
    for (const k of ['attributions', 'hedges', 'disclaimers'] as const) {
      const v = refs[k];
      if (v) refs[k] = v.filter((i) => i < lens[k]);
    }
  }
  capStrings(r, 0);
  return r;
}
