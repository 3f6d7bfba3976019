/**
 * A/B of two trees with one tree per process: `npx tsx scripts/bench/ab-proc.ts BASE_ROOT [--steps
 * split,attributions,full,first] [--rounds 4] [--reps 12] [--corpus DIR]`. `full` is `analyzeFrom` on a first look
 * made once; `first` is `firstLook` on the page's parsed document (parsed once, so settled: linkedom's young-GC
 * copying of a fresh DOM, which a browser does not have, is not in it). Each round runs a child process for
 * BASE_ROOT, then one for this tree (alternating, so a shared machine's load drifts over both alike); each child
 * parses the 200 KB synthetic article and the corpus pages once, warms the steps up, then times each step over
 * all pages `reps` times in process CPU time. Children run with `--single-threaded`: V8's concurrent GC and
 * background compiler threads do not run, so the CPU time is the main thread's work (plus its own GC) and not
 * the 1.5x that those threads can add (see ab.ts). Prints, per step and page set, the minimum over all rounds
 * (the most stable figure under load) and the median of the rounds' medians.
 *
 * Why another A/B: ab.ts and ab-text.ts load both trees into one process, where the second-loaded tree reads
 * 15-45 % slower on small steps whichever it is (ab-text.ts's caveat). Here each tree has a process of its own.
 * Still compare only runs taken side by side; under a load of 8-12 the minimum of the attribution step moved
 * by up to 10-20 % between runs, the splitter's by less.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDoc } from './measure';
import { synthArticle } from './synth';
import { expandInputs } from './corpus';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

const STEPS = ['split', 'attributions', 'full', 'first'] as const;
type Step = (typeof STEPS)[number];

/** Child: time the steps of the tree at `root`; prints one JSON line {"set step": [min, median]}. */
async function child(root: string, steps: Step[], reps: number, corpus: string): Promise<void> {
  const r = path.resolve(root);
  const index: Any = await import(path.join(r, 'src/core/index.ts'));
  const sentences: Any = await import(path.join(r, 'src/core/sentences.ts'));
  const acronyms: Any = await import(path.join(r, 'src/core/acronyms.ts'));
  const attribution: Any = await import(path.join(r, 'src/core/attribution.ts'));
  const db = (await import(path.join(r, 'src/sources/compact.ts'))).contentDirectory();
  const sets: Record<string, string[]> = {
    synth: [synthArticle(200 * 1024)],
    corpus: (await expandInputs([corpus])).map((f) => readFileSync(f, 'utf8')),
  };
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const out: Record<string, [number, number]> = {};
  for (const [name, pages] of Object.entries(sets)) {
    const inputs = pages.map((html) => {
      const doc = parseDoc(html);
      const look = index.firstLook(doc, { db });
      const s = sentences.splitSentences(look.body.blocks);
      return { doc, look, s, acronyms: acronyms.findAcronyms(s) };
    });
    for (const step of steps) {
      const run = (): void => {
        for (const x of inputs) {
          if (step === 'split') sentences.splitSentences(x.look.body.blocks);
          else if (step === 'attributions') attribution.findAttributions(x.s, { db, acronyms: x.acronyms, publisher: null });
          else if (step === 'first') index.firstLook(x.doc, { db });
          else index.analyzeFrom(x.look, { db, force: true });
        }
      };
      for (let i = 0; i < 8; i++) run();
      const times: number[] = [];
      for (let k = 0; k < reps; k++) {
        if (k % 4 === 0) (globalThis as Any).gc?.();
        const t0 = cpu();
        run();
        times.push(cpu() - t0);
      }
      times.sort((a, b) => a - b);
      out[`${name} ${step}`] = [times[0]!, times[times.length >> 1]!];
    }
  }
  console.log(JSON.stringify(out));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let steps: Step[] = ['split', 'attributions'];
  let rounds = 4;
  let reps = 12;
  let corpus = '../shared/corpus/pages';
  let childRoot: string | null = null;
  let base: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--steps') steps = argv[++i]!.split(',').filter((s): s is Step => (STEPS as readonly string[]).includes(s));
    else if (a === '--rounds') rounds = Number(argv[++i]) || rounds;
    else if (a === '--reps') reps = Number(argv[++i]) || reps;
    else if (a === '--corpus') corpus = argv[++i]!;
    else if (a === '--child') childRoot = argv[++i]!;
    else base = a;
  }
  if (childRoot) return child(childRoot, steps, reps, corpus);
  if (!base) throw new Error('usage: ab-proc.ts BASE_ROOT [--steps split,attributions,full,first] [--rounds N] [--reps N] [--corpus DIR]');
  const self = fileURLToPath(import.meta.url);
  const results: Record<'base' | 'this', Record<string, [number, number]>[]> = { base: [], this: [] };
  for (let r = 0; r < rounds; r++) {
    for (const [who, root] of [['base', base], ['this', '.']] as const) {
      const p = spawnSync(process.execPath, ['--single-threaded', '--expose-gc', '--import', 'tsx', self, '--child', root, '--steps', steps.join(','), '--reps', String(reps), '--corpus', corpus], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (p.status !== 0) throw new Error(`${who} child failed: ${p.stderr}`);
      results[who].push(JSON.parse(p.stdout.trim().split('\n').pop()!));
    }
  }
  console.log(`${rounds} rounds × ${reps} reps per process, CPU ms (--single-threaded)`);
  for (const key of Object.keys(results.base[0]!)) {
    const minOf = (w: 'base' | 'this'): number => Math.min(...results[w].map((x) => x[key]![0]));
    const medOf = (w: 'base' | 'this'): number => median(results[w].map((x) => x[key]![1]));
    const [a, b, c, d] = [minOf('base'), minOf('this'), medOf('base'), medOf('this')];
    console.log(`${key.padEnd(20)} min ${a.toFixed(2)} → ${b.toFixed(2)} (×${(a / b).toFixed(2)})   median ${c.toFixed(2)} → ${d.toFixed(2)} (×${(c / d).toFixed(2)})`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
