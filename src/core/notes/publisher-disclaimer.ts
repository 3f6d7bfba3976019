import type { DisclaimerKind } from '../report';
import type { NoteMessageKey } from '../note-messages';
import { makeNote, type NoteRule } from './common';

/** Disclaimer kinds that qualify the article itself, most telling first. Opinion labels and corrections do not. */
const KINDS: [DisclaimerKind, NoteMessageKey][] = [
  ['liability', 'note_publisher_disclaimer'],
  ['sponsored', 'note_publisher_disclaimer_sponsored'],
  ['ai_generated', 'note_publisher_disclaimer_ai_generated'],
  ['syndicated', 'note_publisher_disclaimer_syndicated'],
];

/** The publisher disclaims accuracy or liability, or marks the piece sponsored, AI-written or republished. */
export const publisherDisclaimer: NoteRule = {
  id: 'publisher-disclaimer',
  severity: 'caution',
  apply(report) {
    const idx: number[] = [];
    report.disclaimers.forEach((d, i) => {
      if (KINDS.some(([k]) => k === d.kind)) idx.push(i);
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
