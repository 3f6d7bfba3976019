import { indexesWhere, isAnonymous, joinNames, makeNote, type NoteRule } from './common';

/** The article relies on sources it does not name ("a person familiar with the matter"). */
export const anonymousSource: NoteRule = {
  id: 'anonymous-source',
  severity: 'caution',
  apply(report) {
    const idx = indexesWhere(report, (a) => isAnonymous(a));
    if (!idx.length) return null;
    const names = idx.map((i) => report.attributions[i]!.source);
    return makeNote(this.id, this.severity, 'note_anonymous_source', [joinNames(names)], { attributions: idx });
  },
};
