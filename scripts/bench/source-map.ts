/**
 * A minimal reader of esbuild's source maps (v3, `mappings` as base64 VLQ), so the browser bench can name the
 * source file and function of a frame of the minified extension: a V8 profile of the shipped build only has
 * one- and two-letter names. Lookups only; no dependency (the maps are built next to a copy of the bundles).
 */

export interface SourceMapV3 {
  version: number;
  sources: string[];
  names?: string[];
  mappings: string;
}

export interface Original {
  source: string;
  /** 0-based, as in the map. */
  line: number;
  column: number;
  /** The original identifier at that position, when the map names one (esbuild names renamed identifiers). */
  name?: string;
}

const B64 = new Int8Array(128).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) B64[c.charCodeAt(0)] = i;

/** One decoded segment: generated column, then (when it maps) source index, original line and column, name index. */
type Segment = [number] | [number, number, number, number] | [number, number, number, number, number];

/** Decode `mappings` into segments per generated line (relative fields made absolute). */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  let src = 0, oLine = 0, oCol = 0, name = 0;
  let fields: number[] = [];
  let value = 0, shift = 0;
  let genCol = 0;
  const endSegment = (): void => {
    if (!fields.length) return;
    genCol += fields[0]!;
    if (fields.length >= 4) {
      src += fields[1]!;
      oLine += fields[2]!;
      oCol += fields[3]!;
      if (fields.length >= 5) {
        name += fields[4]!;
        line.push([genCol, src, oLine, oCol, name]);
      } else line.push([genCol, src, oLine, oCol]);
    } else line.push([genCol]);
    fields = [];
  };
  for (let i = 0; i < mappings.length; i++) {
    const c = mappings.charCodeAt(i);
    if (c === 59 /* ; */) {
      endSegment();
      lines.push(line);
      line = [];
      genCol = 0;
      continue;
    }
    if (c === 44 /* , */) {
      endSegment();
      continue;
    }
    const d = c < 128 ? B64[c]! : -1;
    if (d < 0) throw new Error(`bad source map character at ${i}`);
    value += (d & 31) << shift;
    if (d & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  endSegment();
  lines.push(line);
  return lines;
}

export interface Resolver {
  /** The original position of the last mapped segment at or before (line, column) on that generated line (0-based). */
  at(line: number, column: number): Original | null;
  /**
   * The function that starts at (line, column): its original position, named from the nearest named segment
   * within `lookback` generated columns before it (V8 reports a function's start at its parameter list, just
   * after the name).
   */
  fn(line: number, column: number, lookback?: number): Original | null;
}

export function resolver(map: SourceMapV3): Resolver {
  const lines = decodeMappings(map.mappings);
  /** Index of the last segment of `segs` with generated column <= col, or -1. */
  const find = (segs: Segment[], col: number): number => {
    let lo = 0, hi = segs.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]![0] <= col) (best = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    return best;
  };
  const orig = (s: Segment): Original | null =>
    s.length >= 4 ? { source: map.sources[s[1]!]!, line: s[2]!, column: s[3]!, ...(s.length === 5 && map.names?.[s[4]] !== undefined ? { name: map.names[s[4]]! } : {}) } : null;
  const at = (line: number, column: number): Original | null => {
    const segs = lines[line];
    if (!segs) return null;
    for (let i = find(segs, column); i >= 0; i--) {
      const o = orig(segs[i]!);
      if (o) return o;
    }
    return null;
  };
  return {
    at,
    fn(line, column, lookback = 32) {
      const base = at(line, column);
      if (!base) return null;
      const segs = lines[line]!;
      // Strictly before the start (an arrow function starts at its first parameter, itself a named segment), and
      // on the same original line before the start's column (the name of a declaration or of the variable an arrow
      // is assigned to), so a call just before an anonymous function does not lend it its callee's name.
      for (let i = find(segs, column - 1); i >= 0 && segs[i]![0] >= column - lookback; i--) {
        const s = segs[i]!;
        if (s.length === 5 && map.sources[s[1]] === base.source && s[2] === base.line && s[3] < base.column) return { ...base, name: map.names![s[4]]! };
      }
      return base;
    },
  };
}
