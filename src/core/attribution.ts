import type { SourceDirectory } from './directory';
import type { AcronymDefinition, Attribution, SourceLabel } from './report';
import type { Sentence } from './sentences';

export interface AttributionContext {
  db: SourceDirectory;
  acronyms: AcronymDefinition[];
  publisher: SourceLabel | null;
}

/** Find where the article attributes claims to sources. */
export function findAttributions(sentences: Sentence[], ctx: AttributionContext): Attribution[] {
  const out: Attribution[] = [];
  const re = /\baccording to (?:a report by |the )?((?:[A-Z][\w’'-]*\s?){1,6})/g;
  for (const s of sentences) {
    for (const m of s.text.matchAll(re)) {
      const source = m[1]!.trim();
      const full = ctx.acronyms.find((a) => a.short === source)?.long ?? source;
      out.push({ source: full, sourceKind: 'unspecified', cue: 'according to', sentence: s.text, label: ctx.db.byName(full), via: null });
    }
  }
  return out;
}
