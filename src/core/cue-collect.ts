/**
 * The attribution list a per-language cue pass builds (cues-ko.ts, cues-pl.ts): one entry per source name, at the
 * first sentence that names it, never the page's own publisher.
 */
import type { SourceDirectory } from './directory';
import type { Attribution, Hedge, SourceKind, SourceLabel } from './report';
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

/**
 * Hedges by one global pattern of a language's cues (cues-ru.ts, cues-pl.ts): each cue once per sentence, lower case
 * with single spaces, `estimative` telling that kind; `skip` turns down a match its language reads otherwise (Russian
 * "возможно" outside a parenthetical). At most `maxSentences` sentences of `maxChars`, 20 matches a sentence, 500
 * hedges. Never throws.
 */
export function findPatternHedges(
  sentences: Sentence[],
  re: RegExp,
  estimative: RegExp,
  limits: { maxSentences: number; maxChars: number },
  skip?: (cue: string, text: string, m: RegExpExecArray) => boolean,
): Hedge[] {
  const out: Hedge[] = [];
  try {
    const n = Math.min(sentences.length, limits.maxSentences);
    for (let si = 0; si < n && out.length < 500; si++) {
      const text = sentences[si]!.text.slice(0, limits.maxChars);
      const seen = new Set<string>();
      re.lastIndex = 0;
      for (let m = re.exec(text), g = 0; m && g < 20; m = re.exec(text), g++) {
        const cue = m[0].toLowerCase().replace(/\s+/g, ' ');
        if (skip?.(cue, text, m)) continue;
        if (seen.has(cue)) continue;
        seen.add(cue);
        out.push({ cue, sentence: sentences[si]!.text, kind: estimative.test(cue) ? 'estimative' : 'hedge' });
      }
    }
  } catch {
    return out;
  }
  return out;
}
