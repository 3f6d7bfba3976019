import { channelOf, displayName, indexesWhere, isPublisher, isVague, makeNote, sourceKey, type NoteRule } from './common';

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
    if (channels.size !== 1) return null;
    const [idx] = [...channels.values()];
    const root = atts[channelOf(report, idx![0]!)]!;
    return makeNote(this.id, this.severity, 'note_single_source', [displayName(root)], { attributions: idx! });
  },
};
