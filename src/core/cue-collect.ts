/**
 * The attribution list a per-language cue pass builds (cues-ko.ts, cues-pl.ts): one entry per source name, at the
 * first sentence that names it, never the page's own publisher.
 */
import type { SourceDirectory } from './directory';
import type { Attribution, SourceKind, SourceLabel } from './report';
import type { Sentence } from './sentences';

export interface CueContext {
  db: SourceDirectory;
  publisher: SourceLabel | null;
}

/**
 * A `push(name, cue, sentence)` that appends to `out` and returns the attribution's index (a name already reported
 * keeps its first one), or -1 for no name, the publisher itself, or a list of `max`. `key` folds names that are the
 * same source (Polish: case).
 */
export function attributionCollector(
  out: Attribution[],
  max: number,
  ctx: CueContext,
  kind: (name: string, label: SourceLabel | null, db: SourceDirectory) => SourceKind,
  key: (name: string) => string = (name) => name,
): (name: string | null, cue: string, sent: Sentence) => number {
  const seen = new Map<string, number>();
  return (name, cue, sent) => {
    if (!name || out.length >= max) return -1;
    const k = key(name);
    const had = seen.get(k);
    if (had !== undefined) return had;
    const label = ctx.db.byName(name) ?? null;
    if (ctx.publisher && label && label.id === ctx.publisher.id) return -1;
    seen.set(k, out.length);
    out.push({ source: name, sourceKind: kind(name, label, ctx.db), cue, sentence: sent.text, label, via: null });
    return out.length - 1;
  };
}
