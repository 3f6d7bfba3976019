/**
 * Paired A/B timing of the text side (`analyzeFrom`'s steps) of two source
 * trees in one process: `npx tsx scripts/bench/ab-text.ts --base DIR [--reps N]
 * [--synth 10K,200K] [--corpus DIR] [--steps notes,hedges]`. DIR holds a `src/` of the baseline
 * (e.g. `git archive main src | tar -x -C /tmp/base`). Each page gets one
 * first look and step inputs (this tree's), then both trees run each step on
 * the same inputs, repetition by repetition, alternating which goes first, so the load of a shared machine falls on
 * both alike. Prints the median per step (ms) per tree, summed over the pages,
 * Caveat (measured): with two copies of the same tree the second-loaded
 * ("this") reads 15-45 % slower on small steps (words, acronyms, notes on the
 * real corpus), whichever copy it is; compare a change in both roles
 * (AB_THIS=DIR swaps in another tree as "this") and take the geometric mean.
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
  report: Any;
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
    report: await m('core/report.ts'),
    text: await m('core/text.ts'),
    db: process.env.AB_FULL_DB ? full.bundledDirectory() : compact.contentDirectory(),
  };
}

const STEPS = ['words', 'sentences', 'acronyms', 'attributions', 'hedges', 'disclaimers', 'evidence', 'cyber', 'notes', 'total'] as const;
type Step = (typeof STEPS)[number];

/** CPU time of this process (ms), not wall-clock: on a shared machine another process's slice does not count (AB_WALL=1: wall-clock). */
const now = (): number => {
  if (process.env.AB_WALL) return Number(process.hrtime.bigint()) / 1e6;
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};

/** The inputs of every step, computed once per page by this tree (both trees then run each step on the same inputs). */
function inputs(t: Tree, look: Any): Any {
  let words = 0;
  for (const b of look.body.blocks) if (b.kind !== 'title') words += t.text.countWords(b.text);
  const publisher = look.url ? t.db.byUrl(look.url) : null;
  const sentences = t.sentences.splitSentences(look.body.blocks);
  const acronyms = t.acronyms.findAcronyms(sentences);
  const attributions = t.attribution.findAttributions(sentences, { db: t.db, acronyms, publisher });
  const hedges = t.hedges.findHedges(sentences);
  const disclaimers = t.disclaimers.findDisclaimers(look.body, sentences);
  const evidence = t.evidence.findEvidence(sentences, look.body, look.url);
  const cyberAttributions = t.cyber.findCyberAttributions(sentences, attributions);
  // The report as analyzeSteps builds it (same object shape, so the note rules see what they see there).
  const report = t.report.emptyReport(look.url);
  report.isArticle = look.isArticle;
  report.isSecurityNews = look.isSecurityNews;
  report.detection = { score: look.score, reasons: look.reasons };
  report.article = { ...look.facts.meta };
  report.article.wordCount = words;
  report.publisher = publisher;
  report.generator = { name: 'credence', version: 'x', dbVersion: t.db.version };
  report.acronyms = acronyms;
  report.attributions = attributions;
  report.hedges = hedges;
  report.disclaimers = disclaimers;
  report.evidence = evidence;
  report.cyberAttributions = cyberAttributions;
  return { look, publisher, sentences, acronyms, attributions, report: JSON.stringify(report) };
}

/** One step of a tree on prepared inputs (`prep` runs untimed before it: fresh copies where a step might keep state). */
function step(t: Tree, s: Step, x: Any): { prep: () => Any; run: (y: Any) => unknown } {
  const none = (): Any => null;
  switch (s) {
    case 'words':
      return { prep: none, run: () => { let w = 0; for (const b of x.look.body.blocks) if (b.kind !== 'title') w += t.text.countWords(b.text); return w; } };
    case 'sentences':
      return { prep: none, run: () => t.sentences.splitSentences(x.look.body.blocks) };
    case 'acronyms':
      return { prep: none, run: () => t.acronyms.findAcronyms(x.sentences) };
    case 'attributions':
      return { prep: none, run: () => t.attribution.findAttributions(x.sentences, { db: t.db, acronyms: x.acronyms, publisher: x.publisher }) };
    case 'hedges':
      return { prep: none, run: () => t.hedges.findHedges(x.sentences) };
    case 'disclaimers':
      return { prep: none, run: () => t.disclaimers.findDisclaimers(x.look.body, x.sentences) };
    case 'evidence':
      return { prep: none, run: () => t.evidence.findEvidence(x.sentences, x.look.body, x.look.url) };
    case 'cyber':
      return { prep: none, run: () => t.cyber.findCyberAttributions(x.sentences, x.attributions) };
    case 'notes':
      // A fresh report each time (new strings, as after a real analysis), built untimed.
      return { prep: () => JSON.parse(x.report), run: (r) => t.notes.buildNotes(r) };
    default:
      return { prep: none, run: () => t.index.analyzeFrom(x.look, { db: t.db, force: true }) };
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : NaN;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let base = '/tmp/base';
  let reps = 10;
  let only: Set<string> | null = null;
  const pages: { label: string; html: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--base') base = argv[++i]!;
    else if (a === '--reps') reps = Number(argv[++i]) || reps;
    else if (a === '--synth') for (const s of argv[++i]!.split(',')) pages.push({ label: `synth ${s}`, html: synthArticle(parseSize(s)) });
    else if (a === '--corpus') for (const f of await expandInputs([argv[++i]!])) pages.push({ label: path.basename(f), html: readFileSync(f, 'utf8') });
    else if (a === '--check') reps = 0;
    else if (a === '--steps') only = new Set(argv[++i]!.split(','));
  }
  if (!pages.length) for (const s of ['10K', '200K']) pages.push({ label: `synth ${s}`, html: synthArticle(parseSize(s)) });
  const loadFirst = process.env.AB_LOAD_THIS_FIRST ? await load('this', process.env.AB_THIS ?? '.') : null;
  const A = await load('base', base);
  const B = loadFirst ?? (await load('this', process.env.AB_THIS ?? '.'));
  const sums: Record<string, Record<Step, number>> = {};
  const rows: string[] = [];
  let diffs = 0;
  const group = (label: string): string => (label.startsWith('synth') ? label : 'corpus (sum)');
  for (const p of pages) {
    // Each tree its own first look and step inputs (same content), made in alternating order from page to page.
    const mk = (t: Tree): Any => t.index.firstLook(parseDoc(p.html), { db: t.db });
    const looks = pages.indexOf(p) % 2 ? { base: mk(A), this: mk(B) } : (({ b, a }) => ({ this: b, base: a }))({ b: mk(B), a: mk(A) });
    // Identity: both trees' full reports, forced and not.
    for (const force of [true, false]) {
      const ra = JSON.stringify(A.index.analyzeFrom(looks.base, { db: A.db, force }));
      const rb = JSON.stringify(B.index.analyzeFrom(looks.this, { db: B.db, force }));
      if (ra !== rb) {
        diffs++;
        console.log(`DIFF ${p.label}${force ? ' (forced)' : ''}`);
      }
    }
    if (!reps) continue;
    const xs = pages.indexOf(p) % 2 ? { base: inputs(A, looks.base), this: inputs(B, looks.this) } : (({ b, a }) => ({ this: b, base: a }))({ b: inputs(B, looks.this), a: inputs(A, looks.base) });
    const times: Record<string, Record<Step, number[]>> = { base: {} as Any, this: {} as Any };
    for (const k of Object.keys(times)) for (const st of STEPS) times[k]![st] = [];
    for (const st of STEPS) {
      if (only && !only.has(st)) continue;
      const fa = step(A, st, xs.base);
      const fb = step(B, st, xs.this);
      for (let r = 0; r < reps; r++) {
        for (const [t, f] of r % 2 ? ([[A, fa], [B, fb]] as const) : ([[B, fb], [A, fa]] as const)) {
          const y = f.prep();
          if (st === 'total' || r % 4 === 0) gc();
          const t0 = now();
          f.run(y);
          times[t.name]![st].push(now() - t0);
        }
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
    if (only && !only.has(s)) continue;
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
