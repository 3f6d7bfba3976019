import type { Note, NoteSeverity, Report } from '../report';
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
    const channels = new Map<string, number[]>();
    for (const i of counted) {
      const c = channelOf(report, i);
      const key = sourceKey(atts[c]!);
      const list = channels.get(key) ?? [];
      list.push(i);
      channels.set(key, list);
    }
    if (channels.size !== 1) return pressRelease(report, counted, this.id, this.severity);
    const [idx] = [...channels.values()];
    const root = atts[channelOf(report, idx![0]!)]!;
    return makeNote(this.id, this.severity, 'note_single_source', [displayName(root)], { attributions: idx! });
  },
};

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
export const SINGLE_SOURCE_PATTERNS: RegExp[] = [RELEASE_RE, GENERIC_WORD];
