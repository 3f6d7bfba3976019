import { displayName, indexesWhere, isAnonymous, isPublisher, isVague, joinNames, makeNote, type NoteRule } from './common';

/** Sources the article names whose statement or report could be linked. */
const LINKABLE = new Set(['outlet', 'government', 'company', 'researcher', 'document']);

/** The article cites named sources but links to no primary material (statement, report, filing, post). */
export const noPrimaryLink: NoteRule = {
  id: 'no-primary-link',
  severity: 'info',
  apply(report) {
    if (report.evidence.primaryLinks.length) return null;
    const idx = indexesWhere(report, (a) => LINKABLE.has(a.sourceKind) && !isAnonymous(a) && !isVague(a) && !isPublisher(a, report));
    if (!idx.length) return null;
    return makeNote(this.id, this.severity, 'note_no_primary_link', [joinNames(idx.map((i) => displayName(report.attributions[i]!)))], { attributions: idx });
  },
};
