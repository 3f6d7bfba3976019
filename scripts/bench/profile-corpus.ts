/**
 * Where does the time go over many pages? `npx tsx scripts/bench/profile-corpus.ts
 * [--stage quick|first|full|readerable] [--reps N] DIR|FILE...` parses every page
 * N times (untimed), then runs one stage on each parse under the V8 CPU
 * profiler and prints the functions with the most self time and the
 * project's functions with the most inclusive time.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { isProbablyReaderable } from '@mozilla/readability';
import { analyzeFrom, firstLook } from '../../src/core/index';
import { prefilter } from '../../src/content/prefilter';
import { contentDirectory } from '../../src/sources/compact';
import { expandInputs } from './corpus';
import { parseDoc } from './measure';

interface PNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let stage = 'quick';
  let reps = 5;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--stage') stage = argv[++i] ?? stage;
    else if (a === '--reps') reps = Number(argv[++i]) || reps;
    else inputs.push(a);
  }
  const pages = (await expandInputs(inputs.length ? inputs : ['../shared/corpus/pages'])).map((f) => ({ file: f, html: readFileSync(f, 'utf8') }));
  const db = contentDirectory();
  const run = (d: Document): unknown => {
    if (stage === 'quick') return prefilter(d, 'https://news.example/article');
    if (stage === 'readerable') return isProbablyReaderable(d as never);
    const look = firstLook(d, { db });
    return stage === 'full' ? analyzeFrom(look, { db, force: true }) : look;
  };
  for (const p of pages) run(parseDoc(p.html));
  const s = new Session();
  s.connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.setSamplingInterval', { interval: 100 });
  let ms = 0;
  const all: PNode[][] = [];
  const counts = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (let r = 0; r < reps; r++) {
    const docs = pages.map((p) => parseDoc(p.html));
    await s.post('Profiler.start');
    const t0 = performance.now();
    for (const d of docs) run(d);
    ms += performance.now() - t0;
    const { profile } = (await s.post('Profiler.stop')) as unknown as { profile: { nodes: PNode[]; samples: number[] } };
    all.push(profile.nodes);
    const c = new Map<number, number>();
    for (const id of profile.samples) c.set(id, (c.get(id) ?? 0) + 1);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
    for (const [id, k] of c) {
      total += k;
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anonymous)'}  ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
      counts.set(key, (counts.get(key) ?? 0) + k);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const g = byId.get(cur)!.callFrame;
        const gk = `${g.functionName || '(anonymous)'}  ${g.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${g.lineNumber + 1}`;
        if (!seen.has(gk)) seen.add(gk), inclusive.set(gk, (inclusive.get(gk) ?? 0) + k);
      }
    }
  }
  console.log(`${stage}: ${pages.length} pages × ${reps} = ${ms.toFixed(0)} ms, ${(ms / reps / pages.length).toFixed(2)} ms per page`);
  console.log('self time  function  location');
  for (const [k, c] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${((100 * c) / total).toFixed(1).padStart(5)} %   ${k}`);
  console.log('\ninclusive time');
  for (const [k, c] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${((100 * c) / total).toFixed(1).padStart(5)} %   ${k}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
