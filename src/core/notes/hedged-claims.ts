import { makeNote, type NoteRule } from './common';

/** Hedging cues such as allegedly, purportedly, reportedly (estimative language alone is not hedging). */
export const hedgedClaims: NoteRule = {
  id: 'hedged-claims',
  severity: 'caution',
  apply(report) {
    const idx: number[] = [];
    report.hedges.forEach((h, i) => {
      if (h.kind === 'hedge') idx.push(i);
    });
    if (!idx.length) return null;
    const cues = [...new Set(idx.map((i) => report.hedges[i]!.cue))].slice(0, 4);
    return makeNote(this.id, this.severity, 'note_hedged_claims', [cues.map((c) => `“${c}”`).join(', ')], { hedges: idx });
  },
};
