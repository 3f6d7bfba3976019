/**
 * Per-module time after DOM parse: `npx tsx scripts/bench/steps.ts [BYTES|FILE] [N]`.
 * Part 1 times each module on its own (this tree's inputs); part 2 times the segments between the
 * yields of `analyzeSteps` (what `analyzeFrom` really spends, vendor check, notes and caps included).
 * Medians of N runs (default 20) after 5 warm-up runs. Wall clock, or process CPU time with CPU=1 (a
 * shared machine's other processes do not count); compare only runs taken side by side.
 */
import { readFileSync } from 'node:fs';
import { firstLook, analyzeFrom, analyzeSteps } from '../../src/core/index';
import { contentDirectory } from '../../src/sources/compact';
import { parseDoc } from './measure';
import { synthArticle } from './synth';
import { splitSentences } from '../../src/core/sentences';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { findHedges } from '../../src/core/hedges';
import { findDisclaimers } from '../../src/core/disclaimers';
import { findEvidence } from '../../src/core/evidence';
import { findCyberAttributions } from '../../src/core/cyber-attribution';
const arg = process.argv[2] ?? '204800';
const html = /^\d+$/.test(arg) ? synthArticle(Number(arg)) : readFileSync(arg, 'utf8');
const db = contentDirectory();
const N = Number(process.argv[3] ?? 20) + 5;
const tot: Record<string, number[]> = {};
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const performance = process.env.CPU === '1' ? { now: cpuNow } : globalThis.performance;
const rec = (k: string, t: number): void => void (tot[k] ??= []).push(performance.now() - t);
/** The segments between analyzeSteps' yields before attribution, once the segmenter and attribution are warm. */
const SEG = ['head+vendor', 'seg-warm', 'split*', 'acronyms*', 'warm0', 'warm1', 'warm2', 'warm3'];
for (let i = 0; i < N; i++) {
  const d = parseDoc(html);
  let t = performance.now();
  const look = firstLook(d, { db }); rec('firstLook', t);
  t = performance.now(); const s = splitSentences(look.body.blocks); rec('split', t);
  t = performance.now(); const ac = findAcronyms(s); rec('acronyms', t);
  t = performance.now(); const at = findAttributions(s, { db, acronyms: ac, publisher: null }); rec('attrib', t);
  t = performance.now(); findHedges(s); rec('hedges', t);
  t = performance.now(); findDisclaimers(look.body, s); rec('disc', t);
  t = performance.now(); findEvidence(s, look.body, look.url); rec('evidence', t);
  t = performance.now(); findCyberAttributions(s, at); rec('cyber', t);
  const d2 = parseDoc(html); t = performance.now(); const l2 = firstLook(d2, { db }); rec('look2', t);
  t = performance.now(); analyzeFrom(l2, { db, force: true }); rec('analyzeFrom', t);
  // The same analysis segment by segment (between yields); attribution's chunks summed.
  const d3 = parseDoc(html); const l3 = firstLook(d3, { db });
  const gen = analyzeSteps(l3, { db, force: true });
  const segs: number[] = [];
  for (;;) { t = performance.now(); const r = gen.next(); segs.push(performance.now() - t); if (r.done) break; }
  // Tail: disclaimers, evidence, cyber, notes+cap after hedges; attribution = everything between warm-ups and tail.
  const tail = ['*notes+cap', '*cyber', '*evidence', '*disc', '*hedges'];
  for (let k = 0; k < tail.length; k++) (tot[tail[k]!] ??= []).push(segs[segs.length - 1 - k]!);
  const head = segs.slice(0, SEG.length);
  head.forEach((v, k) => { if (!SEG[k]!.startsWith('seg-warm') && !SEG[k]!.startsWith('warm')) (tot['*' + SEG[k]!.replace('*', '')] ??= []).push(v); });
  (tot['*attrib'] ??= []).push(segs.slice(SEG.length, segs.length - tail.length).reduce((a, b) => a + b, 0));
  if (i === 0) console.log('sentences', s.length, 'attrib', at.length, 'blocks', look.body.blocks.length);
}
for (const [k, v] of Object.entries(tot)) { const s = v.slice(5).sort((a, b) => a - b); console.log(k.padEnd(12), s[Math.floor(s.length / 2)]!.toFixed(2)); }
