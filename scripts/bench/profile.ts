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
import { tallyProfile, type ProfileNode } from './cpu-profile';


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
  const { profile } = (await s.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[] } };
  // Inclusive ("total") time of the project's own functions: each sample counts once per function on its stack.
  const { self, inclusive, total } = tallyProfile(
    profile,
    (f) => `${f.functionName || '(anonymous)'}  ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}`,
    (f) => (/\/src\//.test(f.url) ? `${f.functionName || '(anonymous)'}  ${f.url.replace(/^.*\/src\//, 'src/')}` : null),
  );
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
