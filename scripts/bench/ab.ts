/**
 * Paired A/B of two trees on the same pages, in one process:
 * `node --expose-gc --import tsx scripts/bench/ab.ts ROOT_A ROOT_B [DIR]`.
 * Per page and repetition, in alternating order: a fresh parse for each
 * tree's first look (`prefilter`) and full analysis (prefilter + firstLook +
 * analyzeFrom, forced), and for Readability's `isProbablyReaderable` and
 * `parse` (`SETTLE=1`: each on a settled heap, see `settle()` in measure.ts)
 * — the bench's stages and ratios (scripts/bench/measure.ts), with
 * both trees measured under the same machine load. For speed work on a
 * shared machine, where two bench runs minutes apart differ by more than the
 * change being measured. `FIRST_ONLY=1`: the first look and
 * `isProbablyReaderable` only; `DOM_ONLY=1`: "full" is `firstLook` alone
 * (page facts, body, detection); `REPS=n`: repetitions per page (default 8); `CPU=1`: CPU time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { expandInputs } from './corpus';
import { gc, parseSettled } from './measure';
import { median } from './stats';

/** CPU=1: process CPU time instead of wall time (less disturbed by other processes on a loaded machine; includes GC threads). */
const now: () => number =
  process.env.CPU === '1'
    ? () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      }
    : () => Number(process.hrtime.bigint()) / 1e6;
const p95 = (a: number[]): number => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
};

interface Tree {
  root: string;
  prefilter: (d: Document, url: string) => unknown;
  firstLook: (d: Document, o: object) => unknown;
  analyzeFrom: (l: unknown, o: object) => unknown;
  db: unknown;
}

async function main(): Promise<void> {
  const [ra, rb, ...inputs] = process.argv.slice(2);
  if (!ra || !rb) throw new Error('usage: ab.ts ROOT_A ROOT_B [DIR|FILE]...');
  const reps = Number(process.env.REPS ?? 8);
  const firstOnly = process.env.FIRST_ONLY === '1';
  // DOM_ONLY=1: the "full" figures are `firstLook` alone (page facts, body, detection: the DOM side).
  const domOnly = process.env.DOM_ONLY === '1';
  const files = await expandInputs(inputs.length ? inputs : ['../shared/corpus/pages']);
  const pages = files.map((f) => readFileSync(f, 'utf8'));
  const load = async (root: string): Promise<Tree> => {
    const r = path.resolve(root);
    const core = await import(path.join(r, 'src/core/index.ts'));
    const pre = await import(path.join(r, 'src/content/prefilter.ts'));
    const db = (await import(path.join(r, 'src/sources/compact.ts'))).contentDirectory();
    return { root, prefilter: pre.prefilter, firstLook: core.firstLook, analyzeFrom: core.analyzeFrom, db };
  };
  const trees = [await load(ra), await load(rb)];
  const url = 'https://news.example/article';
  const ours = (t: Tree, html: string): [number, number] => {
    const d = parseSettled(html);
    const t0 = now();
    t.prefilter(d, url);
    const t1 = now();
    if (firstOnly) return [t1 - t0, NaN];
    const look = t.firstLook(d, { db: t.db });
    if (domOnly) return [t1 - t0, now() - t1];
    t.analyzeFrom(look, { db: t.db, force: true });
    return [t1 - t0, now() - t0];
  };
  const reference = (html: string): [number, number] => {
    const d = parseSettled(html);
    const t0 = now();
    isProbablyReaderable(d as never);
    const t1 = now();
    if (firstOnly) return [t1 - t0, NaN];
    new Readability(d as never).parse();
    return [t1 - t0, now() - t1];
  };
  for (let w = 0; w < 2; w++) for (const h of pages.slice(0, 10)) for (const t of trees) ours(t, h), reference(h);
  const first: number[][] = [[], []];
  const full: number[][] = [[], []];
  const sums = [0, 0];
  const mins = [0, 0];
  for (const h of pages) {
    const s = trees.map(() => ({ q: [] as number[], f: [] as number[] }));
    const ref = { q: [] as number[], p: [] as number[] };
    for (let r = 0; r < reps; r++) {
      gc();
      const order = ([[2, 0, 1], [1, 0, 2], [2, 1, 0], [0, 1, 2]] as const)[r % 4]!;
      for (const k of order) {
        if (k === 2) {
          const [q, p] = reference(h);
          ref.q.push(q), ref.p.push(p);
        } else {
          const [q, f] = ours(trees[k]!, h);
          s[k]!.q.push(q), s[k]!.f.push(f);
        }
      }
    }
    for (const k of [0, 1]) {
      first[k]!.push(median(s[k]!.q) / median(ref.q));
      full[k]!.push(median(s[k]!.f) / median(ref.p));
      sums[k]! += median(s[k]!.f);
      mins[k]! += Math.min(...s[k]!.f);
    }
  }
  for (const k of [0, 1]) {
    console.log(
      `${trees[k]!.root}: first look / isProbablyReaderable median ${median(first[k]!).toFixed(3)} p95 ${p95(first[k]!).toFixed(3)}; full / parse median ${median(full[k]!).toFixed(3)} p95 ${p95(full[k]!).toFixed(3)}; full ms summed ${sums[k]!.toFixed(1)} (fastest repetitions summed ${mins[k]!.toFixed(1)})`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
