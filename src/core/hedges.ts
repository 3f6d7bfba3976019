import type { Hedge } from './report';
import type { Sentence } from './sentences';

/** Find hedging cues (allegedly, reportedly…) and estimative language (likely, we assess…). */
export function findHedges(sentences: Sentence[]): Hedge[] {
  const out: Hedge[] = [];
  const re = /\b(allegedly|purportedly|reportedly|supposedly)\b/gi;
  for (const s of sentences) {
    for (const m of s.text.matchAll(re)) out.push({ cue: m[1]!.toLowerCase(), sentence: s.text, kind: 'hedge' });
  }
  return out;
}
