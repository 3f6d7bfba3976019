/** Tallies of a V8 CPU profile (node:inspector), shared by the profile scripts. */
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
export interface Tally {
  /** Samples whose top frame maps to each key. */
  self: Map<string, number>;
  /** Samples with the key anywhere on their stack (counted once per sample). */
  inclusive: Map<string, number>;
  total: number;
}

/** Self and inclusive sample counts by key; a frame whose inclusive key is null is skipped. */
export function tallyProfile(
  profile: { nodes: ProfileNode[]; samples: number[] },
  selfKey: (f: CallFrame) => string,
  inclusiveKey: (f: CallFrame) => string | null,
): Tally {
  const counts = new Map<number, number>();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const self = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const c = counts.get(n.id) ?? 0;
    total += c;
    const key = selfKey(n.callFrame);
    self.set(key, (self.get(key) ?? 0) + c);
  }
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<string, number>();
  for (const [id, c] of counts) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = inclusiveKey(byId.get(cur)!.callFrame);
      if (key !== null && !seen.has(key)) seen.add(key), inclusive.set(key, (inclusive.get(key) ?? 0) + c);
    }
  }
  return { self, inclusive, total };
}
