import { displayName, indexesWhere, isGovernment, isPublisher, joinNames, makeNote, type NoteRule } from './common';

/** A claim rests on a government body (which may be a party to the story it describes). */
export const governmentSource: NoteRule = {
  id: 'government-source',
  severity: 'info',
  apply(report) {
    const idx = indexesWhere(report, (a) => isGovernment(a) && !isPublisher(a, report));
    if (!idx.length) return null;
    const names = idx.map((i) => displayName(report.attributions[i]!));
    return makeNote(this.id, this.severity, 'note_government_source', [joinNames(names)], { attributions: idx });
  },
};
