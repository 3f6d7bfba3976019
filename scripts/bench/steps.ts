/** Per-module time after DOM parse (copy into scripts/bench/ of a worktree): npx tsx scripts/bench/steps.ts [BYTES|FILE] */
import { readFileSync } from 'node:fs';
import { firstLook, analyzeFrom } from '../../src/core/index';
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
const N = 20;
const tot: Record<string, number[]> = {};
const rec = (k: string, t: number): void => void (tot[k] ??= []).push(performance.now() - t);
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
  if (i === 0) console.log('sentences', s.length, 'attrib', at.length, 'blocks', look.body.blocks.length);
}
for (const [k, v] of Object.entries(tot)) { const s = v.slice(5).sort((a, b) => a - b); console.log(k.padEnd(12), s[Math.floor(s.length / 2)]!.toFixed(2)); }
