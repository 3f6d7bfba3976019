/**
 * Attribution accuracy on real annotated news (issue 3).
 *
 *   npm run eval:attribution -- --dir /work/data/polnear/dev [--verbose] [--json FILE]
 *
 * DIR holds PolNeAR-style pairs: `<name>.txt` (the article text) and
 * `<name>_<annotator>.ann` (BRAT standoff: Source / Cue / Content spans linked
 * by Attribution events). Third-party text: it stays outside the repository;
 * docs/attribution-eval.md says how to fetch it. Each text is wrapped into a
 * minimal HTML article page (first line the headline, every other non-empty
 * line a paragraph), analysed by the core with `force: true`, and scored with
 * scripts/eval-attribution/score.ts next to the naive baseline of
 * scripts/eval-attribution/naive.ts.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeFrom, firstLook } from '../src/core/index';
import { splitSentences } from '../src/core/sentences';
import { bundledDirectory } from '../src/sources/index';
import { locateSentences, parseBrat, prf, scoreMentions, scoreSourceSet, type MentionScore, type Predicted, type SetScore, mentionDetail } from './eval-attribution/score';
import { naiveSources } from './eval-attribution/naive';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = opt('--dir');
const verbose = args.includes('--verbose');
const jsonOut = opt('--json');
if (!dir) {
  console.error('usage: npm run eval:attribution -- --dir DIR [--verbose] [--json FILE]');
  process.exit(2);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function pageFor(text: string, name: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const [head, ...rest] = lines;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(head ?? name)}</title></head>` +
    `<body><article><h1>${esc(head ?? '')}</h1>${rest.map((l) => `<p>${esc(l)}</p>`).join('')}</article></body></html>`
  );
}

const db = bundledDirectory();
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const zeroM = (): MentionScore => ({ gold: 0, goldNamed: 0, goldPronoun: 0, found: 0, foundNamed: 0, foundPronoun: 0, foundLenient: 0, predicted: 0, correct: 0, correctLenient: 0, unlocated: 0, goldSpeech: 0, foundSpeech: 0 });
const zeroS = (): SetScore => ({ gold: 0, predicted: 0, recalled: 0, precise: 0 });
const addM = (a: MentionScore, b: MentionScore) => {
  for (const k of Object.keys(a) as Array<keyof MentionScore>) a[k] += b[k];
};
const addS = (a: SetScore, b: SetScore) => {
  for (const k of Object.keys(a) as Array<keyof SetScore>) a[k] += b[k];
};
const totals = { ours: { m: zeroM(), s: zeroS() }, naive: { m: zeroM(), s: zeroS() } };
const details: unknown[] = [];
let articles = 0;

for (const f of files) {
  const name = f.slice(0, -4);
  const ann = readdirSync(dir).filter((a) => a.startsWith(name + '_') && a.endsWith('.ann')).sort()[0];
  if (!ann) continue;
  const text = readFileSync(path.join(dir, f), 'utf8');
  const gold = parseBrat(readFileSync(path.join(dir, ann), 'utf8'));
  const doc = parseHTML(pageFor(text, name)).document as unknown as Document;
  const look = firstLook(doc, { force: true, db });
  const sentences = splitSentences(look.body.blocks).map((s) => s.text);
  const spans = locateSentences(text, sentences);
  const report = analyzeFrom(look, { force: true, db });
  // Attributions are in reading order: find each one's sentence from where the last was.
  let j0 = 0;
  const ours: Predicted[] = report.attributions.map((a) => {
    let j = sentences.indexOf(a.sentence, j0);
    if (j < 0) j = sentences.indexOf(a.sentence);
    if (j >= 0) j0 = j;
    return { source: a.source, sentence: j >= 0 ? (spans[j] ?? null) : null };
  });
  const naive: Predicted[] = [];
  sentences.forEach((s, j) => {
    for (const src of naiveSources(s)) naive.push({ source: src, sentence: spans[j] ?? null });
  });
  const goldNames = gold.filter((g) => g.source).map((g) => g.source!.text);
  const mo = scoreMentions(gold, ours);
  const mn = scoreMentions(gold, naive);
  const so = scoreSourceSet(goldNames, ours.map((p) => p.source));
  const sn = scoreSourceSet(goldNames, naive.map((p) => p.source));
  addM(totals.ours.m, mo);
  addM(totals.naive.m, mn);
  addS(totals.ours.s, so);
  addS(totals.naive.s, sn);
  articles++;
  const m1 = prf(mo.correct, mo.predicted, mo.found, mo.gold);
  const n1 = prf(mn.correct, mn.predicted, mn.found, mn.gold);
  if (verbose) {
    console.log(`${name}  gold ${mo.gold}  ours P${m1.p.toFixed(2)} R${m1.r.toFixed(2)} F${m1.f.toFixed(2)}  naive F${n1.f.toFixed(2)}${mo.unlocated ? `  (${mo.unlocated} unlocated)` : ''}`);
  }
  // Per-attribution detail for reading misses and false positives.
  const sentOf = (off: number) => {
    const j = spans.findIndex((sp) => sp && off >= sp[0] && off < sp[1]);
    return j >= 0 ? sentences[j]! : text.slice(Math.max(0, off - 80), off + 80);
  };
  const det = mentionDetail(gold, ours);
  const missed = det.missed.map((g) => ({ source: g.source!.text, cue: g.cueText, sentence: sentOf(g.cueStart) }));
  const wrong = det.wrong.map((i) => ({ source: ours[i]!.source, cue: report.attributions[i]!.cue, sentence: report.attributions[i]!.sentence }));
  details.push({ name, missed, wrong });
  if (verbose) {
    for (const m of missed) console.log(`   miss  ${m.source}  [${m.cue}]`);
    for (const w of wrong) console.log(`   extra ${w.source}  [${w.cue}]`);
  }
}

const line = (label: string, t: { m: MentionScore; s: SetScore }) => {
  const strict = prf(t.m.correct, t.m.predicted, t.m.found, t.m.gold);
  const lenient = prf(t.m.correctLenient, t.m.predicted, t.m.foundLenient, t.m.gold);
  const set = prf(t.s.precise, t.s.predicted, t.s.recalled, t.s.gold);
  const speech = prf(t.m.correct, t.m.predicted, t.m.foundSpeech, t.m.goldSpeech);
  const rn = t.m.goldNamed ? t.m.foundNamed / t.m.goldNamed : 0;
  const rp = t.m.goldPronoun ? t.m.foundPronoun / t.m.goldPronoun : 0;
  return {
    label,
    text:
      `${label.padEnd(6)} mention P${strict.p.toFixed(3)} R${strict.r.toFixed(3)} F${strict.f.toFixed(3)} (R named ${rn.toFixed(3)}, R pronoun ${rp.toFixed(3)}) | ` +
      `sentence-only P${lenient.p.toFixed(3)} R${lenient.r.toFixed(3)} F${lenient.f.toFixed(3)} | ` +
      `speech cues R${speech.r.toFixed(3)} F${speech.f.toFixed(3)} | named sources P${set.p.toFixed(3)} R${set.r.toFixed(3)} F${set.f.toFixed(3)} | predicted ${t.m.predicted}`,
    strict,
    lenient,
    set,
    speech,
    rn,
    rp,
  };
};
const o = line('ours', totals.ours);
const nv = line('naive', totals.naive);
console.log(`${articles} articles, ${totals.ours.m.gold} gold attributions with a source (${totals.ours.m.goldNamed} named, ${totals.ours.m.goldPronoun} pronoun; ${totals.ours.m.goldSpeech} with a speech cue), ${totals.ours.s.gold} distinct named sources`);
console.log(nv.text);
console.log(o.text);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ articles, ours: { ...o, totals: totals.ours }, naive: { ...nv, totals: totals.naive }, details }, null, 2));
