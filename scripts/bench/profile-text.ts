/**
 * CPU profile of the text side alone: `npx tsx scripts/bench/profile-text.ts
 * [--synth 200K | FILE...] [--reps N] [--step analyzeFrom|attributions]`. One
 * first look per page (untimed), then `analyzeFrom` (or `findAttributions` on
 * its sentences) N times per page under the V8 profiler. Prints self time and
 * inclusive time per function name. For line numbers, bundle it first (see
 * docs/performance.md, "Session 4: text side").
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { analyzeFrom, firstLook } from '../../src/core/index';
import { splitSentences } from '../../src/core/sentences';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { contentDirectory } from '../../src/sources/compact';
import { parseDoc } from './measure';
import { synthArticle } from './synth';
import { expandInputs } from './corpus';
import { tallyProfile, type ProfileNode } from './cpu-profile';


async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const pages: string[] = [];
  let reps = 10;
  let stepName = 'analyzeFrom';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--synth') pages.push(synthArticle(Number(/^(\d+)K$/i.exec(argv[i + 1]!)?.[1] ?? 200) * 1024)), i++;
    else if (a === '--reps') reps = Number(argv[++i]) || reps;
    else if (a === '--step') stepName = argv[++i]!;
    else for (const f of await expandInputs([a])) pages.push(readFileSync(f, 'utf8'));
  }
  if (!pages.length) pages.push(synthArticle(200 * 1024));
  const db = contentDirectory();
  const looks = pages.map((h) => firstLook(parseDoc(h), { db }));
  const runs = looks.map((look) => {
    if (stepName === 'attributions') {
      const sentences = splitSentences(look.body.blocks);
      const acronyms = findAcronyms(sentences);
      return () => findAttributions(sentences, { db, acronyms, publisher: null });
    }
    return () => analyzeFrom(look, { db, force: true });
  });
  for (const r of runs) r();
  const s = new Session();
  s.connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.setSamplingInterval', { interval: 100 });
  await s.post('Profiler.start');
  const t0 = performance.now();
  for (let k = 0; k < reps; k++) for (const r of runs) r();
  const ms = performance.now() - t0;
  const { profile } = (await s.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[] } };
  const { self, inclusive, total } = tallyProfile(
    profile,
    (f) => `${f.functionName || '(anonymous)'}  ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`,
    (f) => f.functionName || '(anonymous)',
  );
  console.log(`${stepName}: ${pages.length} page(s) × ${reps} = ${ms.toFixed(0)} ms, ${(ms / reps).toFixed(2)} ms per round`);
  console.log('self time  function  location');
  for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${((100 * c) / total).toFixed(1).padStart(5)} %   ${k}`);
  // Lines of one function (LINES=name): where its self time goes, by source line of the (bundled) file.
  if (process.env.LINES) {
    const lines = new Map<number, number>();
    for (const n of profile.nodes) if (n.callFrame.functionName === process.env.LINES) for (const t of n.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
    console.log(`\nlines of ${process.env.LINES}`);
    for (const [l, c] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * c) / total).toFixed(2).padStart(6)} %   line ${l}`);
  }
  console.log('\ninclusive');
  for (const [k, c] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${((100 * c) / total).toFixed(1).padStart(5)} %   ${k}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
