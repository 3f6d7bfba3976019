import type { Attribution } from '../report';
import { displayName, indexesWhere, isPublisher, isStateOutlet, joinNames, makeNote, type NoteRule } from './common';

/** Cues and sentences that say an outlet's report is being relayed. */
const REPORT_CUE = /\b(?:according\s+to|reported|reports|report|citing|cited|as\s+reported|first\s+reported|revealed|wrote|published|quoted|quoting|carried)\b/i;
/** fix6 (blind6): the same report cues in German, French and Spanish ("laut", "wie … berichtete", "d'après", "según"); lang7: Italian, Portuguese, Dutch; blind10: Korean ("연합뉴스에 따르면"); blind11: Italian "riferisce", Russian ("по данным ТАСС", "сообщает"), Japanese ("によると", "とNHKが報じた"); blind12: French "a d'abord été révélée par X". */
const REPORT_CUE_INTL = /^(?:laut|zufolge|wie|berichtete|berichtet|berichteten|meldete|meldet|unter\s+Berufung\s+auf|selon|d['’]après|citant|rapporte|a\s+rapporté|a\s+révélé|(?:a|ont|avait)\s+(?:d['’]abord\s+|initialement\s+)?été\s+(?:révélée?s?|rapportée?s?|dévoilée?s?)\s+par|según|de\s+acuerdo\s+con|citando\s+a|informó|publicó|reveló|secondo|stando\s+a|come\s+riporta|come\s+scrive|ha\s+riportato|ha\s+scritto|segundo|de\s+acordo\s+com|citando|publicou|volgens|meldt|meldde|schreef|schrijft|berichtte|에\s?따르면|보도에\s?따르면|보도했다|riferisce|ha\s+riferito|по\s+данным|по\s+информации|со\s+ссылкой\s+на|сообщает|сообщил[аои]?|передает|передаёт|пишет|によると|によれば|が報じ|と報じ|が伝え|と伝え)$/i;
/** Speech cues: what a news agency "said" is its report ("The state-run X news agency said …"). */
const SAID_CUE = /^(?:said|says|stated|states|claimed|claims|added|announced|alleged|accused|quoted)$/i;
/** Outlets whose business is reporting others' news: news agencies and wires. */
const AGENCY_NAME = /\b(?:news\s+agency|press\s+agency|wire\s+service|agency|agence|agentur|agencia)\b/i;

/** A news agency, or a state outlet, saying something: it is reporting, and the article relays it. */
function agencySays(a: Attribution): boolean {
  return SAID_CUE.test(a.cue.trim()) && (isStateOutlet(a) || AGENCY_NAME.test(a.source) || AGENCY_NAME.test(a.label?.name ?? ''));
}

function isOutlet(a: Attribution): boolean {
  return a.sourceKind === 'outlet' || (!!a.label && a.label.kind === 'outlet');
}

/**
 * The article relays another outlet's report rather than its own reporting:
 * an outlet that other sources reach the reader through (`via`), or an outlet
 * cited for a report ("according to a report by the Global Times").
 */
export const secondaryReporting: NoteRule = {
  id: 'secondary-reporting',
  severity: 'caution',
  apply(report) {
    const atts = report.attributions;
    const relayers = new Set<number>();
    atts.forEach((a, i) => {
      if (a.via != null && a.via !== i && atts[a.via] && isOutlet(atts[a.via]!) && !isPublisher(atts[a.via]!, report)) relayers.add(a.via);
    });
    const cited = indexesWhere(report, (a) => isOutlet(a) && !isPublisher(a, report) && (REPORT_CUE.test(a.cue) || REPORT_CUE_INTL.test(a.cue.trim()) || /\breport(?:ed|s)?\b/i.test(a.sentence) || agencySays(a)));
    const outlets = [...new Set([...relayers, ...cited])].sort((x, y) => x - y);
    if (!outlets.length) return null;
    const behind = indexesWhere(report, (a, i) => outlets.includes(i) || (a.via != null && outlets.includes(a.via)));
    return makeNote(this.id, this.severity, 'note_secondary_reporting', [joinNames(outlets.map((i) => displayName(atts[i]!)))], { attributions: behind });
  },
};

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const SECONDARY_PATTERNS: RegExp[] = [REPORT_CUE, SAID_CUE, AGENCY_NAME, REPORT_CUE_INTL];
