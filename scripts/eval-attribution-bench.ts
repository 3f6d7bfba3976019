/**
 * CPU time of `findAttributions` on the 200 KB synthetic article (and optionally
 * on general-news corpus pages), this tree's code against another tree's
 * (default ../main), interleaved so machine load hits both alike.
 *
 *   npx tsx scripts/eval-attribution-bench.ts [--other ../main] [--runs 30] [--size 200000]
 */
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { firstLook } from '../src/core/index';
import { findAcronyms } from '../src/core/acronyms';
import { splitSentences } from '../src/core/sentences';
import { findAttributions } from '../src/core/attribution';
import { bundledDirectory } from '../src/sources/index';
import { synthArticle } from './bench/synth';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : d;
};
const other = path.resolve(opt('--other', '../main'));
const runs = Number(opt('--runs', '30'));
const size = Number(opt('--size', String(200 * 1024)));

const db = bundledDirectory();
const html = synthArticle(size);
const doc = parseHTML(html).document as unknown as Document;
const look = firstLook(doc, { force: true, db });
const sentences = splitSentences(look.body.blocks);
const acronyms = findAcronyms(sentences);
const ctx = { db, acronyms, publisher: null };

const theirs = (await import(path.join(other, 'src/core/attribution.ts'))) as { findAttributions: typeof findAttributions };
const cpu = (f: () => unknown): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < 3; i++) {
  findAttributions(sentences, ctx);
  theirs.findAttributions(sentences, ctx);
}
// Alternate which runs first, so garbage left by one is not always collected in the other's time.
for (let i = 0; i < runs; i++) {
  if (i % 2) {
    a.push(cpu(() => findAttributions(sentences, ctx)));
    b.push(cpu(() => theirs.findAttributions(sentences, ctx)));
  } else {
    b.push(cpu(() => theirs.findAttributions(sentences, ctx)));
    a.push(cpu(() => findAttributions(sentences, ctx)));
  }
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]!;
const min = (x: number[]) => Math.min(...x);
console.log(`${sentences.length} sentences, ${html.length} bytes; attributions here ${findAttributions(sentences, ctx).length}, other ${theirs.findAttributions(sentences, ctx).length}`);
console.log(`this tree   median ${med(a).toFixed(1)} ms  min ${min(a).toFixed(1)} ms`);
console.log(`${path.relative(process.cwd(), other) || other}  median ${med(b).toFixed(1)} ms  min ${min(b).toFixed(1)} ms`);
