/**
 * Where does the time go? `npx tsx scripts/bench/profile.ts [--synth 200K | FILE] [--reps N]`
 * runs first look + full analysis N times under the V8 CPU profiler
 * (node:inspector, in process) and prints the functions with the most self
 * time, with their source location — the hotspot list for the report.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { analyzeFrom, firstLook } from '../../src/core/index';
import { contentDirectory } from '../../src/sources/compact';
import { parseDoc } from './measure';
import { synthArticle } from './synth';
import { parseSize } from '../bench';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let html = synthArticle(200 * 1024);
  let label = 'synthetic 200 KB';
  let reps = 10;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--synth') (html = synthArticle(parseSize(argv[++i] ?? '200K'))), (label = `synthetic ${argv[i]}`);
    else if (a === '--reps') reps = Number(argv[++i]) || reps;
    else (html = readFileSync(a, 'utf8')), (label = a);
  }
  const db = contentDirectory();
  const docs = Array.from({ length: reps }, () => parseDoc(html));
  firstLook(parseDoc(html), { db });
  const s = new Session();
  s.connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.setSamplingInterval', { interval: 200 });
  await s.post('Profiler.start');
  const t0 = performance.now();
  for (const d of docs) analyzeFrom(firstLook(d, { db }), { db, force: true });
  const ms = performance.now() - t0;
  const { profile } = (await s.post('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[] } };
  const self = new Map<string, number>();
  const counts = new Map<number, number>();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  let total = 0;
  for (const n of profile.nodes) {
    const c = counts.get(n.id) ?? 0;
    total += c;
    const where = n.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/');
    const key = `${n.callFrame.functionName || '(anonymous)'}  ${where}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + c);
  }
  // Inclusive ("total") time of the project's own functions: each sample counts once per function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<string, number>();
  for (const [id, c] of counts) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (!/\/src\//.test(f.url)) continue;
      const key = `${f.functionName || '(anonymous)'}  ${f.url.replace(/^.*\/src\//, 'src/')}`;
      if (!seen.has(key)) seen.add(key), inclusive.set(key, (inclusive.get(key) ?? 0) + c);
    }
  }
  console.log(`${label}: ${reps} × (first look + analysis) = ${ms.toFixed(0)} ms, ${(ms / reps).toFixed(1)} ms each`);
  console.log('self time  function  location');
  for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * c) / total).toFixed(1).padStart(5)} %   ${k}`);
  console.log('\ntotal time (inclusive) of src/ functions');
  for (const [k, c] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${((100 * c) / total).toFixed(1).padStart(5)} %   ${k}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
