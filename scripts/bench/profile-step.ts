/**
 * CPU profile of one text-side module alone: `npx tsx scripts/bench/profile-step.ts --step NAME
 * [--synth 200K | FILE|DIR...] [--reps N]`, NAME one of split, acronyms, attributions, hedges, disclaimers,
 * evidence, cyber, notes. Inputs (first look, sentences, attributions) are computed once, untimed; then the
 * module runs N times per page under the V8 profiler. `LINES=fn` prints a function's ticks per line (bundle
 * first for line numbers: `npx esbuild scripts/bench/profile-step.ts --bundle --platform=node --format=esm
 * --packages=external --outfile=.bench/ps.mjs`). Also prints the module's mean ms per page.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { analyzeFrom, firstLook } from '../../src/core/index';
import { splitSentences } from '../../src/core/sentences';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { findHedges } from '../../src/core/hedges';
import { findDisclaimers } from '../../src/core/disclaimers';
import { findEvidence } from '../../src/core/evidence';
import { findCyberAttributions } from '../../src/core/cyber-attribution';
import { buildNotes } from '../../src/core/notes';
import { contentDirectory } from '../../src/sources/compact';
import { parseDoc } from './measure';
import { synthArticle } from './synth';
import { expandInputs } from './corpus';
import { tallyProfile, type ProfileNode } from './cpu-profile';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const pages: string[] = [];
  let reps = 10;
  let step = 'disclaimers';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--synth') pages.push(synthArticle(Number(/^(\d+)K$/i.exec(argv[i + 1]!)?.[1] ?? 200) * 1024)), i++;
    else if (a === '--reps') reps = Number(argv[++i]) || reps;
    else if (a === '--step') step = argv[++i]!;
    else for (const f of await expandInputs([a])) pages.push(readFileSync(f, 'utf8'));
  }
  if (!pages.length) pages.push(synthArticle(200 * 1024));
  const db = contentDirectory();
  const runs = pages.map((h) => {
    const look = firstLook(parseDoc(h), { db });
    const s = splitSentences(look.body.blocks);
    const ac = findAcronyms(s);
    const at = findAttributions(s, { db, acronyms: ac, publisher: null });
    const rep = analyzeFrom(look, { db, force: true });
    const fns: Record<string, () => unknown> = {
      split: () => splitSentences(look.body.blocks),
      acronyms: () => findAcronyms(s),
      attributions: () => findAttributions(s, { db, acronyms: ac, publisher: null }),
      hedges: () => findHedges(s),
      disclaimers: () => findDisclaimers(look.body, s),
      evidence: () => findEvidence(s, look.body, look.url),
      cyber: () => findCyberAttributions(s, at),
      notes: () => buildNotes(rep),
    };
    const f = fns[step];
    if (!f) throw new Error(`unknown step ${step}`);
    return f;
  });
  for (const r of runs) r();
  const s = new Session();
  s.connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.setSamplingInterval', { interval: 50 });
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
  console.log(`${step}: ${pages.length} page(s) × ${reps} = ${ms.toFixed(0)} ms, ${(ms / reps / pages.length).toFixed(3)} ms per page`);
  console.log('self time  function  location');
  for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * c) / total).toFixed(1).padStart(5)} %   ${k}`);
  if (process.env.LINES) {
    const lines = new Map<number, number>();
    for (const n of profile.nodes) if (n.callFrame.functionName === process.env.LINES) for (const t of n.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
    console.log(`\nlines of ${process.env.LINES}`);
    for (const [l, c] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * c) / total).toFixed(2).padStart(6)} %   line ${l}`);
  }
  console.log('\ninclusive');
  for (const [k, c] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * c) / total).toFixed(1).padStart(5)} %   ${k}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
