import { indexesWhere, isBareGroup, isVague, joinNames, makeNote, type NoteRule } from './common';

/**
 * Unspecified or weasel attribution ("experts say", "it is believed"), and a bare group the engine reads as
 * anonymous though nothing says it asked for anonymity ("Industry officials suspect …").
 */
export const vagueSource: NoteRule = {
  id: 'vague-source',
  severity: 'caution',
  apply(report) {
    const idx = indexesWhere(report, (a) => (isVague(a) && !(a.sourceKind === 'anonymous')) || isBareGroup(a));
    if (!idx.length) return null;
    const names = idx.map((i) => report.attributions[i]!.source);
    return makeNote(this.id, this.severity, 'note_vague_source', [joinNames(names)], { attributions: idx });
  },
};
