/**
 * Turn the report's attributions into the "Who says so" tree: publisher at
 * the top, then each source that the article relays, with the sources they
 * relay nested under them (attribution.via points at the relaying one).
 * Repeated mentions of one source at one place merge into one node.
 */
import type { Attribution, SourceLabel } from '../core/report';

export interface ChainNode {
  source: string;
  label: SourceLabel | null;
  cues: string[];
  sentences: string[];
  /** Indexes into report.attributions. */
  indexes: number[];
  children: ChainNode[];
}

const MAX_NODES = 60;
const MAX_DEPTH = 6;

export function buildChain(attributions: Attribution[]): ChainNode[] {
  const list = Array.isArray(attributions) ? attributions : [];
  const kids = new Map<number | null, number[]>();
  list.forEach((a, i) => {
    const via = typeof a.via === 'number' && a.via >= 0 && a.via < list.length && a.via !== i ? a.via : null;
    const arr = kids.get(via) ?? [];
    arr.push(i);
    kids.set(via, arr);
  });
  let count = 0;
  const seen = new Set<number>();
  const build = (parent: number | null, depth: number, only?: number[]): ChainNode[] => {
    const out: ChainNode[] = [];
    for (const i of only ?? kids.get(parent) ?? []) {
      if (seen.has(i) || count >= MAX_NODES) continue;
      seen.add(i);
      const a = list[i]!;
      const key = String(a.label?.id ?? a.source ?? '').toLowerCase();
      let node = out.find((n) => keyOf(n) === key);
      if (!node) {
        count++;
        node = { source: String(a.label?.name ?? a.source ?? ''), label: a.label ?? null, cues: [], sentences: [], indexes: [], children: [] };
        out.push(node);
      }
      node.indexes.push(i);
      if (typeof a.cue === 'string' && a.cue && !node.cues.includes(a.cue)) node.cues.push(a.cue);
      if (typeof a.sentence === 'string' && a.sentence && !node.sentences.includes(a.sentence)) node.sentences.push(a.sentence);
      if (depth < MAX_DEPTH) node.children.push(...build(i, depth + 1));
    }
    // Merge children of merged nodes by key as well.
    for (const n of out) n.children = mergeSame(n.children);
    return out;
  };
  const roots = build(null, 0);
  // Attributions caught in a via-cycle have no root: show them at the top rather than lose them.
  for (let i = 0; i < list.length && count < MAX_NODES; i++) if (!seen.has(i)) roots.push(...build(null, 0, [i]));
  return mergeSame(roots);
}

function mergeSame(nodes: ChainNode[]): ChainNode[] {
  const out: ChainNode[] = [];
  for (const n of nodes) {
    const key = keyOf(n);
    const prev = out.find((o) => keyOf(o) === key);
    if (!prev) out.push(n);
    else {
      prev.indexes.push(...n.indexes);
      for (const c of n.cues) if (!prev.cues.includes(c)) prev.cues.push(c);
      for (const s of n.sentences) if (!prev.sentences.includes(s)) prev.sentences.push(s);
      prev.children = mergeSame([...prev.children, ...n.children]);
    }
  }
  return out;
}

function keyOf(n: ChainNode): string {
  return String(n.label?.id ?? n.source).toLowerCase();
}
