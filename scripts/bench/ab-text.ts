/**
 * Paired A/B timing of the text side (`analyzeFrom`'s steps) of two source
 * trees in one process: `npx tsx scripts/bench/ab-text.ts --base DIR [--reps N]
 * [--synth 10K,200K] [--corpus DIR]`. DIR holds a `src/` of the baseline
 * (e.g. `git archive main src | tar -x -C /tmp/base`). Each page gets one
 * first look (this tree's), then both trees run every step on it, interleaved
 * and alternating which goes first, so the load of a shared machine falls on
 * both alike. Prints the median per step (ms) per tree, summed over the pages,
 * and checks that both trees' reports are byte-identical (`--check`: only
 * that, on every page given; `--corpus` may be given more than once).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDoc, gc } from './measure';
import { synthArticle } from './synth';
import { expandInputs } from './corpus';
import { parseSize } from '../bench';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

interface Tree {
  name: string;
  index: Any;
  sentences: Any;
  acronyms: Any;
  attribution: Any;
  hedges: Any;
  disclaimers: Any;
  evidence: Any;
  cyber: Any;
  notes: Any;
  text: Any;
  db: Any;
}

async function load(name: string, root: string): Promise<Tree> {
  const m = (p: string): Promise<Any> => import(path.resolve(root, 'src', p));
  const compact = await m('sources/compact.ts');
  const full = await m('sources/index.ts');
  return {
    name,
    index: await m('core/index.ts'),
    sentences: await m('core/sentences.ts'),
    acronyms: await m('core/acronyms.ts'),
    attribution: await m('core/attribution.ts'),
    hedges: await m('core/hedges.ts'),
    disclaimers: await m('core/disclaimers.ts'),
    evidence: await m('core/evidence.ts'),
    cyber: await m('core/cyber-attribution.ts'),
    notes: await m('core/notes.ts'),
    text: await m('core/text.ts'),
    db: process.env.AB_FULL_DB ? full.bundledDirectory() : compact.contentDirectory(),
  };
}

const STEPS = ['words', 'sentences', 'acronyms', 'attributions', 'hedges', 'disclaimers', 'evidence', 'cyber', 'notes', 'total'] as const;
type Step = (typeof STEPS)[number];

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** One run of the text side, step by step (the order of `analyzeSteps`). */
function runOnce(t: Tree, look: Any): Record<Step, number> {
  const r = {} as Record<Step, number>;
  let t0 = now();
  const t00 = t0;
  const lap = (s: Step): void => {
    const t1 = now();
    r[s] = t1 - t0;
    t0 = t1;
  };
  let words = 0;
  for (const b of look.body.blocks) if (b.kind !== 'title') words += t.text.countWords(b.text);
  const publisher = look.url ? t.db.byUrl(look.url) : null;
  lap('words');
  const sentences = t.sentences.splitSentences(look.body.blocks);
  lap('sentences');
  const acronyms = t.acronyms.findAcronyms(sentences);
  lap('acronyms');
  const attributions = t.attribution.findAttributions(sentences, { db: t.db, acronyms, publisher });
  lap('attributions');
  const hedges = t.hedges.findHedges(sentences);
  lap('hedges');
  const disclaimers = t.disclaimers.findDisclaimers(look.body, sentences);
  lap('disclaimers');
  const evidence = t.evidence.findEvidence(sentences, look.body, look.url);
  lap('evidence');
  const cyberAttributions = t.cyber.findCyberAttributions(sentences, attributions);
  lap('cyber');
  const report = { ...look, publisher, attributions, hedges, disclaimers, evidence, cyberAttributions, acronyms, notes: [], isSecurityNews: look.isSecurityNews, article: { ...look.facts.meta, wordCount: words } };
  t.notes.buildNotes(report);
  lap('notes');
  r.total = now() - t00;
  void words;
  return r;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : NaN;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let base = '/tmp/base';
  let reps = 9;
  const pages: { label: string; html: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--base') base = argv[++i]!;
    else if (a === '--reps') reps = Number(argv[++i]) || reps;
    else if (a === '--synth') for (const s of argv[++i]!.split(',')) pages.push({ label: `synth ${s}`, html: synthArticle(parseSize(s)) });
    else if (a === '--corpus') for (const f of await expandInputs([argv[++i]!])) pages.push({ label: path.basename(f), html: readFileSync(f, 'utf8') });
    else if (a === '--check') reps = 0;
  }
  if (!pages.length) for (const s of ['10K', '200K']) pages.push({ label: `synth ${s}`, html: synthArticle(parseSize(s)) });
  const A = await load('base', base);
  const B = await load('this', '.');
  const sums: Record<string, Record<Step, number>> = {};
  const rows: string[] = [];
  let diffs = 0;
  const group = (label: string): string => (label.startsWith('synth') ? label : 'corpus (sum)');
  for (const p of pages) {
    const look = B.index.firstLook(parseDoc(p.html), { db: B.db });
    // Identity: both trees' full reports of this look, forced and not.
    for (const force of [true, false]) {
      const ra = JSON.stringify(A.index.analyzeFrom(look, { db: A.db, force }));
      const rb = JSON.stringify(B.index.analyzeFrom(look, { db: B.db, force }));
      if (ra !== rb) {
        diffs++;
        console.log(`DIFF ${p.label}${force ? ' (forced)' : ''}`);
      }
    }
    if (!reps) continue;
    const times: Record<string, Record<Step, number[]>> = { base: {} as Any, this: {} as Any };
    for (const k of Object.keys(times)) for (const s of STEPS) times[k]![s] = [];
    for (let r = 0; r < reps; r++) {
      const order = r % 2 ? [A, B] : [B, A];
      for (const t of order) {
        gc();
        const x = runOnce(t, look);
        for (const s of STEPS) times[t.name]![s].push(x[s]);
      }
    }
    const g = group(p.label);
    for (const k of ['base', 'this']) {
      const key = `${g}|${k}`;
      sums[key] ??= Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<Step, number>;
      for (const s of STEPS) sums[key]![s] += median(times[k]![s]);
    }
    if (g !== 'corpus (sum)') rows.push(p.label);
  }
  if (!reps) {
    console.log(diffs ? `${diffs} report(s) differ` : `reports identical on all ${pages.length} pages`);
    return;
  }
  const groups = [...new Set(Object.keys(sums).map((k) => k.split('|')[0]!))];
  console.log(`${'step'.padEnd(14)}${groups.map((g) => g.padStart(28)).join('')}`);
  for (const s of STEPS) {
    const cells = groups.map((g) => {
      const a = sums[`${g}|base`]![s];
      const b = sums[`${g}|this`]![s];
      return `${a.toFixed(2)} → ${b.toFixed(2)} (×${(a / b).toFixed(2)})`.padStart(28);
    });
    console.log(`${s.padEnd(14)}${cells.join('')}`);
  }
  console.log(diffs ? `${diffs} page(s) with different reports` : `reports identical on all ${pages.length} pages`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
