/**
 * Pure statistics for the benchmark: medians, percentiles, per-page ratios,
 * growth slopes between sizes, and the budget verdicts. No timing, no I/O,
 * so tests can check the maths exactly.
 */

/** Sorted copy of the finite numbers in `xs`. */
function sortedFinite(xs: readonly number[]): number[] {
  return xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
}

/** Median (mean of the two middle values for an even count); NaN for no data. */
export function median(xs: readonly number[]): number {
  const s = sortedFinite(xs);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Percentile by linear interpolation between closest ranks (the "R-7" /
 * spreadsheet definition): p in [0, 100]; NaN for no data.
 */
export function percentile(xs: readonly number[], p: number): number {
  const s = sortedFinite(xs);
  if (!s.length) return NaN;
  const q = Math.min(100, Math.max(0, p)) / 100;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(xs: readonly number[]): Summary {
  const s = sortedFinite(xs);
  return {
    n: s.length,
    median: median(s),
    p95: percentile(s, 95),
    min: s.length ? s[0]! : NaN,
    max: s.length ? s[s.length - 1]! : NaN,
  };
}

/**
 * Ratio ours / reference. A reference of zero (or a missing value) gives NaN
 * rather than Infinity, so one unmeasurable page cannot decide a median; the
 * caller reports how many ratios were left out.
 */
export function ratio(ours: number, reference: number): number {
  if (!Number.isFinite(ours) || !Number.isFinite(reference) || reference <= 0 || ours < 0) return NaN;
  return ours / reference;
}

/** Element-wise ratios of paired per-page medians. */
export function pairedRatios(ours: readonly number[], reference: readonly number[]): number[] {
  const n = Math.min(ours.length, reference.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(ratio(ours[i]!, reference[i]!));
  return out;
}

export interface GrowthStep {
  fromBytes: number;
  toBytes: number;
  /** time(to) / time(from) divided by size(to) / size(from): 1 = linear, 2 = twice as steep as linear. */
  relative: number;
  /** Local exponent k in time ∝ size^k between the two sizes: 1 = linear, 2 = quadratic. */
  exponent: number;
}

/** Growth between consecutive sizes (inputs sorted by size by the caller or here). */
export function growthSteps(points: readonly { bytes: number; ms: number }[]): GrowthStep[] {
  const pts = points.filter((p) => p.bytes > 0 && p.ms > 0 && Number.isFinite(p.ms)).slice().sort((a, b) => a.bytes - b.bytes);
  const steps: GrowthStep[] = [];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    if (b.bytes === a.bytes) continue;
    const sizeRatio = b.bytes / a.bytes;
    const timeRatio = b.ms / a.ms;
    steps.push({ fromBytes: a.bytes, toBytes: b.bytes, relative: timeRatio / sizeRatio, exponent: Math.log(timeRatio) / Math.log(sizeRatio) });
  }
  return steps;
}

/**
 * Least-squares slope of log(time) against log(size): the overall growth
 * exponent (1 = linear, < 1 = sub-linear, e.g. because work is capped).
 * NaN with fewer than two distinct sizes.
 */
export function logLogSlope(points: readonly { bytes: number; ms: number }[]): number {
  const pts = points.filter((p) => p.bytes > 0 && p.ms > 0 && Number.isFinite(p.ms));
  if (pts.length < 2) return NaN;
  const xs = pts.map((p) => Math.log(p.bytes));
  const ys = pts.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? NaN : num / den;
}

export interface BudgetCheck {
  name: string;
  value: number;
  limit: number;
  /** null when the value could not be measured (no pages, no reference time). */
  pass: boolean | null;
}

/** A value at or under its limit passes; a value that could not be measured is neither pass nor fail. */
export function checkBudget(name: string, value: number, limit: number): BudgetCheck {
  return { name, value, limit, pass: Number.isFinite(value) ? value <= limit : null };
}

/** The speed budgets, from the per-page ratios. */
export function speedBudgets(firstLookRatios: readonly number[], fullRatios: readonly number[]): BudgetCheck[] {
  return [
    checkBudget('first look / isProbablyReaderable, median ratio', median(firstLookRatios), 0.5),
    checkBudget('full analysis / Readability.parse, median ratio', median(fullRatios), 0.5),
    checkBudget('full analysis / Readability.parse, p95 ratio', percentile(fullRatios, 95), 1),
  ];
}

/**
 * Whether no main-thread task went over the limit: from traced task durations when there are any (task events are
 * what a long task is), else from the longest uninterrupted sampled run. A sampled stretch (between idle samples)
 * merges back-to-back tasks — a forced analysis runs its steps as consecutive tasks since session 9 — and is no
 * task length.
 */
export function noTaskOver(tracedTasksMs: readonly (readonly number[])[], longestRunMs: number, limitMs = 50): boolean | null {
  if (tracedTasksMs.length) return tracedTasksMs.every((ts) => ts.every((x) => x <= limitMs));
  return Number.isFinite(longestRunMs) ? longestRunMs <= limitMs : null;
}
