/**
 * Paired A/B of the first-look code alone, on DOMs parsed once and settled:
 * `node --expose-gc --import tsx scripts/bench/ab-reused.ts ROOT_A ROOT_B [DIR|FILE]...`
 * (default pages: the real corpus). `STAGE=quick` (default) times each tree's
 * `prefilter` (the quick look), `STAGE=first` its `firstLook`; `REPS=n`
 * alternating repetitions per page (default 30). Prints B/A as the geometric
 * mean of per-page minimums and medians, and the summed medians and minimums.
 *
 * Why: ab.ts parses a fresh page before every timed run, so the DOM is still
 * in V8's young generation and whichever stage allocates first pays the
 * scavenges that copy it (a linkedom cost: a browser's DOM is not on the JS
 * heap). At load 6-10 that noise hides a 10-20 % change in firstLook; here the
 * same tree against itself reads 1.00 ± 0.01 (session 7). Confirm a gain with
 * the roles swapped, and with ab.ts for the bench's own conditions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expandInputs } from './corpus';
import { gc, parseDoc } from './measure';
import { median } from './stats';

type Run = (d: Document) => unknown;

async function load(root: string, stage: string): Promise<Run> {
  const r = path.resolve(root);
  if (stage === 'quick') {
    const pre = (await import(path.join(r, 'src/content/prefilter.ts'))) as { prefilter: (d: Document, url: string) => unknown };
    return (d) => pre.prefilter(d, 'https://news.example/article');
  }
  const core = (await import(path.join(r, 'src/core/index.ts'))) as { firstLook: (d: Document, o: object) => unknown };
  const db = ((await import(path.join(r, 'src/sources/compact.ts'))) as { contentDirectory: () => unknown }).contentDirectory();
  return (d) => core.firstLook(d, { db });
}

async function main(): Promise<void> {
  const [ra, rb, ...inputs] = process.argv.slice(2);
  if (!ra || !rb) throw new Error('usage: ab-reused.ts ROOT_A ROOT_B [DIR|FILE]...');
  const stage = process.env.STAGE ?? 'quick';
  const reps = Number(process.env.REPS ?? 30);
  const runs = [await load(ra, stage), await load(rb, stage)] as const;
  const files = await expandInputs(inputs.length ? inputs : ['../shared/corpus/pages']);
  const docs = files.map((f) => parseDoc(readFileSync(f, 'utf8')));
  gc();
  gc();
  const now = (): number => Number(process.hrtime.bigint()) / 1e6;
  for (let w = 0; w < 3; w++) for (const d of docs) for (const run of runs) run(d);
  const byMin: number[] = [];
  const byMedian: number[] = [];
  const medians = [0, 0];
  const mins = [0, 0];
  for (const d of docs) {
    const t: [number[], number[]] = [[], []];
    for (let r = 0; r < reps; r++) {
      for (const k of r % 2 ? ([1, 0] as const) : ([0, 1] as const)) {
        const t0 = now();
        runs[k](d);
        t[k].push(now() - t0);
      }
    }
    const lo = [Math.min(...t[0]), Math.min(...t[1])] as const;
    const mid = [median(t[0]), median(t[1])] as const;
    byMin.push(lo[1] / lo[0]);
    byMedian.push(mid[1] / mid[0]);
    for (const k of [0, 1] as const) {
      medians[k]! += mid[k];
      mins[k]! += lo[k];
    }
  }
  const geo = (a: number[]): number => Math.exp(a.reduce((s, x) => s + Math.log(x), 0) / a.length);
  console.log(
    `${stage}, ${docs.length} pages × ${reps}: B/A geometric mean of per-page minimums ${geo(byMin).toFixed(3)}, of per-page medians ${geo(byMedian).toFixed(3)}; ` +
      `summed medians A ${medians[0]!.toFixed(1)} B ${medians[1]!.toFixed(1)} ms; summed minimums A ${mins[0]!.toFixed(1)} B ${mins[1]!.toFixed(1)} ms`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
