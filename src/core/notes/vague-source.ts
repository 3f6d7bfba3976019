import { indexesWhere, isVague, joinNames, makeNote, type NoteRule } from './common';

/** Unspecified or weasel attribution ("experts say", "it is believed"). */
export const vagueSource: NoteRule = {
  id: 'vague-source',
  severity: 'caution',
  apply(report) {
    const idx = indexesWhere(report, (a) => isVague(a) && !(a.sourceKind === 'anonymous'));
    if (!idx.length) return null;
    const names = idx.map((i) => report.attributions[i]!.source);
    return makeNote(this.id, this.severity, 'note_vague_source', [joinNames(names)], { attributions: idx });
  },
};
