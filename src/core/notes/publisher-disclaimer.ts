import type { DisclaimerKind } from '../report';
import type { NoteMessageKey } from '../note-messages';
import { makeNote, type NoteRule } from './common';

/**
 * Disclaimer kinds that qualify the article itself, most telling first. Corrections do not.
 * An opinion disclaimer counts only when the publisher distances itself from the views
 * ("the views expressed are the author's own and do not necessarily reflect …"): that is a
 * disclaimer of responsibility. A bare section label ("Opinion") is not.
 */
const KINDS: [DisclaimerKind, NoteMessageKey][] = [
  ['liability', 'note_publisher_disclaimer'],
  ['sponsored', 'note_publisher_disclaimer_sponsored'],
  ['ai_generated', 'note_publisher_disclaimer_ai_generated'],
  ['syndicated', 'note_publisher_disclaimer_syndicated'],
  ['opinion', 'note_publisher_disclaimer_opinion'],
  // A note of another kind counts when it is a caveat on the text's accuracy (ACCURACY_CAVEAT).
  ['other', 'note_publisher_disclaimer'],
];

/**
 * A caveat on the article's own accuracy in a note of kind 'other' ("Editor's note: This report relies largely
 * on statements … that could not be independently checked"): the publisher disclaims its verification.
 */
const ACCURACY_CAVEAT =
  /\b(?:could\s+not|cannot|can't|couldn't|has\s+not|have\s+not|had\s+not|were\s+not|was\s+not)\s+(?:be\s+|been\s+)?(?:independently\s+)?(?:checked|verified|confirmed|corroborated)\b|\brel(?:ies|ied)\s+(?:largely|heavily|mainly|mostly|primarily|solely|entirely)\s+(?:on|upon)\b/i;

const DISTANCING = /\b(?:views?|opinions?) (?:expressed|stated|presented|in this)|\b(?:author|writer|contributor|columnist)[’']?s? own\b|\bdo(?:es)? not (?:necessarily )?(?:reflect|represent)|\bnot (?:necessarily )?(?:those|the views?) of\b|\b(?:views?|opinions?) (?:are|is) (?:personal|(?:solely )?(?:his|hers|theirs|mine)|(?:their|his|her|my) own)\b|\b(?:author|writer|contributor|columnist)[’']?s? alone\b|\bbelongs? (?:solely |only |entirely )?to (?:the|their|its) (?:author|writer|contributor|columnist)|\breflects? (?:only )?(?:the )?(?:personal )?(?:perspectives?|views?|opinions?|positions?) of (?:the|their|its|our) (?:author|writer|contributor|columnist|commentator)|\bnot (?:necessarily )?(?:shared|endorsed) by\b|\bin (?:a|his|her|their|my) personal capacity\b|\bnot (?:necessarily )?(?:represent|reflect) (?:our|its) (?:own )?(?:editorial )?(?:stance|position|views?|opinions?|policy)/i;
const qualifies = (kind: DisclaimerKind, text: string): boolean =>
  kind === 'other' ? ACCURACY_CAVEAT.test(text.slice(0, 400)) : kind !== 'opinion' || DISTANCING.test(text.slice(0, 400));

/** The publisher disclaims accuracy or liability, or marks the piece sponsored, AI-written or republished. */
export const publisherDisclaimer: NoteRule = {
  id: 'publisher-disclaimer',
  severity: 'caution',
  apply(report) {
    const idx: number[] = [];
    report.disclaimers.forEach((d, i) => {
      if (KINDS.some(([k]) => k === d.kind) && qualifies(d.kind, d.text)) idx.push(i);
    });
    if (!idx.length) return null;
    for (const [kind, key] of KINDS) {
      const i = idx.find((j) => report.disclaimers[j]!.kind === kind);
      if (i === undefined) continue;
      const text = report.disclaimers[i]!.text;
      return makeNote(this.id, this.severity, key, [text.length > 150 ? text.slice(0, 149) + '…' : text], { disclaimers: idx });
    }
    return null;
  },
};

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const PUBLISHER_DISCLAIMER_PATTERNS: RegExp[] = [DISTANCING, ACCURACY_CAVEAT];
