import type { Attribution, Note, NoteSeverity, Report } from '../report';
import { channelOf, displayName, indexesWhere, isPublisher, isVague, makeNote, normName, sourceKey, type NoteRule } from './common';

/**
 * The central claim rests on one source with no corroboration. Sources are
 * grouped into channels: an attribution relayed `via` an outlet belongs to that
 * outlet's channel (the MSS, as reported by the Global Times, is one channel).
 * When every attribution runs through a single channel the article has no
 * independent second source. Unspecified sources are left out of the count.
 */
export const singleSource: NoteRule = {
  id: 'single-source',
  severity: 'caution',
  apply(report) {
    const atts = report.attributions;
    // Unspecified sources ("investigations revealed", "experts say") neither make nor break a second source.
    const counted = indexesWhere(report, (a) => !isPublisher(a, report) && !isVague(a));
    if (!counted.length) return null;
    // A person given with their organisation ("Petra Novak (Ostrava Labs)") speaks for it.
    const group = (skipDocs: boolean): Map<string, number[]> => {
      const channels = new Map<string, number[]>();
      for (const i of counted) {
        const c = channelOf(report, i);
        if (skipDocs && BARE_DOC.test(atts[c]!.source.trim()) && !atts[c]!.label) continue;
        const key = orgKey(atts[c]!);
        const list = channels.get(key) ?? [];
        list.push(i);
        channels.set(key, list);
      }
      return channels;
    };
    let channels = group(false);
    if (channels.size > 1) {
      // A company's own paper ("according to the report") does not corroborate the company.
      const noDocs = group(true);
      const only = noDocs.size === 1 ? atts[channelOf(report, [...noDocs.values()][0]![0]!)]! : null;
      if (only && (only.sourceKind === 'company' || only.label?.kind === 'company')) channels = noDocs;
    }
    if (channels.size !== 1) return pressRelease(report, counted, this.id, this.severity);
    const [idx] = [...channels.values()];
    const root = atts[channelOf(report, idx![0]!)]!;
    return makeNote(this.id, this.severity, 'note_single_source', [displayName(root)], { attributions: idx! });
  },
};

/** A document named only by its type: "report", "the statement", "a new study". */
const BARE_DOC = /^(?:(?:the|a|an|its|their|this|that|new|latest|same|full)\s+){0,2}(?:report|reports|statement|statements|study|analysis|findings|investigation|research|paper|blog\s+post|post|advisory|notice|release|press\s+release)$/i;
/** "Name (Organisation)" → the organisation's key; otherwise the source's own key. */
function orgKey(a: Attribution): string {
  const m = /\(([^()]{2,80})\)\s*$/.exec(a.source);
  return m && !a.label && (a.sourceKind === 'researcher' || a.sourceKind === 'person') ? 'n:' + normName(m[1]!) : sourceKey(a);
}

/** A company's press release: a newswire dateline ("/PRNewswire/", "(BUSINESS WIRE)") or "X today announced". */
const RELEASE_RE = /\/\s?(?:PRNewswire|PR\s?Newswire|Business\s?Wire|GLOBE\s?NEWSWIRE|ACCESSWIRE|EIN\s?Presswire)\b|\((?:BUSINESS\s+WIRE|GLOBE\s+NEWSWIRE|PRNewswire)\)|\btoday\s+announced\b/i;
/** Words of a company name that do not identify it ("Security", "Labs", "Inc."). */
const GENERIC_WORD = /^(?:the|security|cyber|cybersecurity|labs?|research|group|inc|ltd|llc|corp|corporation|company|technologies|technology|systems|networks|software|solutions|global|international|team)$/;

/**
 * A press release rests on the issuing company: its research, its executives
 * and its lab are one source, whatever else the release mentions for context
 * (an agency's earlier warning confirms nothing about the company's finding).
 * When the issuer's family holds at least two thirds of the counted sources,
 * the central claim rests on it alone.
 */
function pressRelease(report: Report, counted: number[], id: Note['id'], severity: NoteSeverity): Note | null {
  const atts = report.attributions;
  const issuerIdx = counted.find((i) => atts[i]!.sourceKind === 'company' && RELEASE_RE.test(atts[i]!.sentence));
  if (issuerIdx === undefined) return null;
  const issuer = atts[issuerIdx]!;
  const word = normName(issuer.source)
    .split(' ')
    .find((w) => w.length >= 3 && !GENERIC_WORD.test(w));
  if (!word) return null;
  const family = counted.filter((i) => (' ' + normName(atts[i]!.source) + ' ').includes(' ' + word + ' '));
  if (family.length < 2 || family.length * 3 < counted.length * 2) return null;
  return makeNote(id, severity, 'note_single_source', [displayName(issuer)], { attributions: family });
}

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const SINGLE_SOURCE_PATTERNS: RegExp[] = [RELEASE_RE, GENERIC_WORD, BARE_DOC];
