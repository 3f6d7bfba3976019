import type { NoteId } from './report';

/**
 * English templates of every note, keyed `note_<id with underscores>`, with
 * `$1`-style placeholders. The popup re-renders a note from its `messageKey`
 * and `args` in the UI locale (`_locales/<lang>/messages.json` copies these
 * keys), so keys are stable and placeholders few. A few notes have variants:
 * `<base key>_<variant>`; every key starts with the base key of its note.
 *
 * Wording rule: say what the article does, never whether a claim is true.
 */
export const NOTE_MESSAGES = {
  note_state_affiliated_source: 'The main claim comes from $1, a state-affiliated outlet in $2.',
  note_state_affiliated_source_nocountry: 'The main claim comes from $1, a state-affiliated outlet.',
  note_state_affiliated_source_part: 'Part of the article rests on $1, a state-affiliated outlet in $2.',
  note_state_affiliated_source_part_nocountry: 'Part of the article rests on $1, a state-affiliated outlet.',
  note_state_affiliated_source_publisher: 'This article is published by $1, a state-affiliated outlet in $2.',
  note_state_affiliated_source_publisher_nocountry: 'This article is published by $1, a state-affiliated outlet.',
  note_government_source: 'Claims in the article come from a government source: $1.',
  note_anonymous_source: 'The article relies on sources it does not name: $1.',
  note_vague_source: 'Some claims are attributed to unspecified sources: $1.',
  note_secondary_reporting: 'The article relays reporting by $1 rather than its own reporting.',
  note_single_source: 'The central claim rests on one source, $1. The article cites no independent confirmation.',
  note_hedged_claims: 'The article hedges some of its claims: $1.',
  note_publisher_disclaimer: 'The publisher disclaims responsibility for the accuracy of this article: “$1”',
  note_publisher_disclaimer_sponsored: 'The article is marked as sponsored or partner content: “$1”',
  note_publisher_disclaimer_ai_generated: 'The article says it was written or assisted by AI: “$1”',
  note_publisher_disclaimer_syndicated: 'The article is republished from another source: “$1”',
  note_publisher_disclaimer_opinion: 'The publisher says the views in this piece are the author’s own, not its own: “$1”',
  note_no_primary_link: 'The article cites $1 but does not link to the original statement or report.',
  note_no_technical_evidence: 'The article reports a security incident without a CVE, indicator of compromise or other technical detail that readers could check.',
  note_vendor_publisher: 'The publisher, $1, is owned by a security vendor ($2).',
  note_vendor_publisher_self: 'The publisher, $1, is a security vendor reporting on threats it tracks.',
  note_interested_party: '$1, a government body, accuses $2; governments can be parties to the disputes they describe.',
  note_interested_party_unnamed: '$1, a government body, accuses a foreign state; governments can be parties to the disputes they describe.',
  note_interested_party_vendor: '$1 is a security company; companies that sell security products have a commercial interest in the threats they report.',
} as const;

export type NoteMessageKey = keyof typeof NOTE_MESSAGES;

/** The base message key of a note id: `state-affiliated-source` → `note_state_affiliated_source`. */
export function baseKey(id: NoteId): NoteMessageKey {
  return ('note_' + id.replace(/-/g, '_')) as NoteMessageKey;
}

/** Longest argument kept, so a page string cannot flood the popup. */
const MAX_ARG = 160;

/** Fill `$1`, `$2` … in a template. Unused or missing args become ''. */
export function formatMessage(key: NoteMessageKey, args: string[]): string {
  const tpl: string = NOTE_MESSAGES[key];
  return tpl.replace(/\$(\d)/g, (_, d: string) => {
    const v = args[Number(d) - 1] ?? '';
    return v.length > MAX_ARG ? v.slice(0, MAX_ARG - 1) + '…' : v;
  });
}
