import { displayName, indexesWhere, isGovernment, isPublisher, joinNames, makeNote, sourceKey, type NoteRule } from './common';

/**
 * A claim rests on a government body (which may be a party to the story it describes).
 *
 * Not every mention counts: a story in which one agency's advisory is cited once among
 * vendors and researchers does not rest on a government. The note fires when government
 * bodies carry the story: the only source, or at least two of the attributions and either
 * a large share of them (two in five) or among the first two (the lead of the story), or
 * two or more distinct bodies quoted at least three times in all.
 */
export const GOVERNMENT_SHARE = 0.4;
const LEGAL_DOCS = /\b(?:indictment|indictments|court (?:documents|filings|records|papers)|charging documents|criminal complaint|affidavit|plea agreement|sanctions (?:notice|designation))\b/i;

export const governmentSource: NoteRule = {
  id: 'government-source',
  severity: 'info',
  apply(report) {
    // A government publisher quoting itself (a press release) still rests its claims on a government body: count it for the test.
    const all = indexesWhere(report, (a) => isGovernment(a));
    const others = all.filter((i) => !isPublisher(report.attributions[i]!, report));
    const idx = others.length ? others : all;
    if (!idx.length) return null;
    // Charging papers are the state's own claims: an indictment or court filing cited in a prosecution story counts towards carrying it.
    const legal = indexesWhere(report, (a) => a.sourceKind === 'document' && LEGAL_DOCS.test(a.source));
    const carriers = [...new Set([...all, ...legal])].sort((a, b) => a - b);
    const n = report.attributions.length;
    // Several government bodies quoted again and again carry the story too, wherever they come in it.
    const bodies = new Set(all.map((i) => sourceKey(report.attributions[i]!))).size;
    // A government body whose words another source relays ("the ministry stated …, the outlet reported") is the
    // origin of the relayed claim: the story rests on it however few attributions it has.
    const relayed = all.some((i) => report.attributions[i]!.via !== null);
    const carries = (n === 1 && all.length === 1) || relayed || (carriers.length >= 2 && (carriers.length / n >= GOVERNMENT_SHARE || carriers[0]! < 2)) || (bodies >= 2 && all.length >= 3);
    if (!carries) return null;
    const names = idx.map((i) => displayName(report.attributions[i]!));
    return makeNote(this.id, this.severity, 'note_government_source', [joinNames(names)], { attributions: idx });
  },
};
