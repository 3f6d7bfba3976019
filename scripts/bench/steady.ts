/** Steady-state time of first look + full analysis after DOM parse: `npx tsx scripts/bench/steady.ts [BYTES|FILE] [N]` (CPU=1: CPU time). */
import { readFileSync } from 'node:fs';
import { analyzeFrom, firstLook } from '../../src/core/index';
import { contentDirectory } from '../../src/sources/compact';
import { parseDoc } from './measure';
import { synthArticle } from './synth';
const arg = process.argv[2] ?? '10240';
const html = /^\d+$/.test(arg) ? synthArticle(Number(arg)) : readFileSync(arg, 'utf8');
const db = contentDirectory();
const N = Number(process.argv[3] ?? 40);
const docs = Array.from({ length: N }, () => parseDoc(html));
const ts: number[] = [];
// CPU=1: process CPU time (a shared machine's other processes do not count), else wall-clock.
const now = process.env.CPU === '1' ? (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } : (): number => performance.now();
for (const d of docs) { const t = now(); analyzeFrom(firstLook(d, { db }), { db, force: true }); ts.push(now() - t); }
console.log(ts.map((x) => x.toFixed(1)).join(' '));
const s = [...ts].sort((a, b) => a - b); console.log('median', (s[Math.floor(s.length / 2)] ?? NaN).toFixed(2));
