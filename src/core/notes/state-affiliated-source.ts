import { channelOf, countryName, displayName, indexesWhere, isPublisher, isStateOutlet, makeNote, type NoteRule } from './common';

/**
 * A claim rests on a state-controlled outlet, the publisher itself included.
 * "Main claim" when the outlet is the channel the article's sourcing runs
 * through (others are relayed via it) or its most-cited source; otherwise "part".
 */
export const stateAffiliatedSource: NoteRule = {
  id: 'state-affiliated-source',
  severity: 'warning',
  apply(report) {
    const state = indexesWhere(report, (a) => isStateOutlet(a) && !isPublisher(a, report));
    if (state.length) {
      const a = report.attributions[state[0]!]!;
      // Attributions that reach the reader through this outlet, and the outlet itself.
      const behind = indexesWhere(report, (_, i) => state.includes(channelOf(report, i)) || state.includes(i));
      const counts = new Map<number, number>();
      report.attributions.forEach((_, i) => counts.set(channelOf(report, i), (counts.get(channelOf(report, i)) ?? 0) + 1));
      const mine = state.reduce((n, i) => n + (counts.get(i) ?? 0), 0);
      const max = Math.max(0, ...counts.values());
      const main = mine >= max || report.attributions.some((x, i) => x.via != null && state.includes(x.via) && i !== x.via);
      const country = countryName(a.label?.country);
      const key = main
        ? country ? 'note_state_affiliated_source' : 'note_state_affiliated_source_nocountry'
        : country ? 'note_state_affiliated_source_part' : 'note_state_affiliated_source_part_nocountry';
      return makeNote(this.id, this.severity, key, country ? [displayName(a), country] : [displayName(a)], { attributions: behind });
    }
    const p = report.publisher;
    if (p && p.affiliation === 'state_controlled') {
      const country = countryName(p.country);
      const key = country ? 'note_state_affiliated_source_publisher' : 'note_state_affiliated_source_publisher_nocountry';
      return makeNote(this.id, this.severity, key, country ? [p.name, country] : [p.name], {});
    }
    return null;
  },
};
