/**
 * A/B of two trees' shipped bundles under the bench's own protocol: `npx tsx scripts/bench/ab-built.ts BASE_ROOT
 * [OTHER_ROOT=.] [--rounds 3] [--passes 2] [--corpus DIR]`. Per page: a full GC, a fresh parse, then the quick look,
 * `firstLook` and `analyzeFrom` (as measure.ts times them); a fresh parse, `isProbablyReaderable`, and
 * `Readability.parse` timed. One child process per tree and round, alternating, each `--single-threaded` (process
 * CPU time is then the main thread's: background compiles and GC helpers are in it, but cannot run beside it). Prints
 * per run the median over pages of full / `Readability.parse`, and the CPU ms per pass of each.
 *
 * Why: ab-proc.ts times settled, warm documents, where a change to what the full GC before each page undoes (code
 * and compiled patterns V8 drops from cold functions, session 11) cannot show. Single-threaded, the ratio reads
 * about twice the bench's (lazy sweeping and compiles land on the main thread): compare runs with each other only.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { expandInputs } from './corpus';
import { median } from './stats';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

async function child(root: string, passes: number, corpus: string): Promise<void> {
  const { loadBuiltCore } = (await import(path.join(root, 'scripts/bench/built-core.ts'))) as Any;
  const core = await loadBuiltCore(root);
  const db = (await import(path.join(root, 'src/sources/compact.ts'))).contentDirectory();
  const pages = (await expandInputs([corpus])).sort().map((f) => readFileSync(f, 'utf8'));
  const gc = (globalThis as Any).gc as () => void;
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const ours = (h: string): number => {
    const d = parseHTML(h).document as Any;
    const t = cpu();
    core.prefilter(d, 'https://news.example/article');
    core.analyzeFrom(core.firstLook(d, { db }), { db, force: true });
    return cpu() - t;
  };
  const ref = (h: string): number => {
    const d = parseHTML(h).document as Any;
    isProbablyReaderable(d);
    const t = cpu();
    new Readability(d).parse();
    return cpu() - t;
  };
  for (let w = 0; w < 2; w++) for (const h of pages) ours(h), ref(h);
  const ratios: number[][] = pages.map(() => []);
  let totOurs = 0;
  let totRef = 0;
  for (let p = 0; p < passes; p++) {
    pages.forEach((h, i) => {
      gc();
      // Alternate which goes first after the GC, as measure.ts does.
      let a: number;
      let b: number;
      if (p % 2) (b = ref(h)), (a = ours(h));
      else (a = ours(h)), (b = ref(h));
      ratios[i]!.push(a / b);
      totOurs += a;
      totRef += b;
    });
  }
  console.log(JSON.stringify({ ratio: median(ratios.map((r) => median(r))), ours: totOurs / passes, ref: totRef / passes }));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string, def: string): string => {
    const i = argv.indexOf(name);
    if (i < 0) return def;
    const v = argv[i + 1] ?? def;
    argv.splice(i, 2);
    return v;
  };
  const rounds = Number(opt('--rounds', '3'));
  const passes = Number(opt('--passes', '2'));
  const corpus = path.resolve(opt('--corpus', '../shared/corpus/pages'));
  if (argv[0] === 'child') return child(path.resolve(argv[1]!), passes, corpus);
  if (!argv[0]) throw new Error('usage: ab-built.ts BASE_ROOT [OTHER_ROOT] [--rounds N] [--passes N] [--corpus DIR]');
  const roots = [path.resolve(argv[0]), path.resolve(argv[1] ?? '.')];
  const self = fileURLToPath(import.meta.url);
  for (let r = 0; r < rounds; r++) {
    for (const root of r % 2 ? [...roots].reverse() : roots) {
      const p = spawnSync(process.execPath, ['--expose-gc', '--single-threaded', '--import', 'tsx', self, 'child', root, '--passes', String(passes), '--corpus', corpus], { encoding: 'utf8', cwd: root });
      if (p.status !== 0) throw new Error(`child for ${root} failed:\n${p.stderr.slice(-2000)}`);
      const j = JSON.parse(p.stdout.trim().split('\n').pop()!) as { ratio: number; ours: number; ref: number };
      console.log(`${root}  full / Readability.parse median ${j.ratio.toFixed(3)}  ours ${j.ours.toFixed(0)} ms/pass  Readability.parse ${j.ref.toFixed(0)} ms/pass`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
