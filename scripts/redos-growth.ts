/**
 * `npm run bench:redos`: how the cost of each hand-reviewed regex (the ones
 * recheck cannot decide, tests/hardening/regex-review.ts) grows on its own
 * adversarial inputs, 12.5k → 50k chars. A linear pattern costs about 4×, a
 * quadratic one about 16×; a quadratic control shows the method works. A
 * measurement, not a test: timings flake on a shared machine, so the test
 * suite only checks that every undecided pattern is reviewed and finishes.
 * Exit code 1 when a ratio reaches 10 (run it again on a quiet machine first).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REVIEWED } from '../tests/hardening/regex-review';
import { findRegexes, sourceFiles } from '../tests/hardening/regex-scan';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SMALL = 12_500;
const LARGE = 50_000;
const LIMIT = 10;

/** Best of `runs` timings (ms) of running `re` over `s` as the core does. */
function cost(re: RegExp, s: string, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    if (re.global) {
      re.lastIndex = 0;
      let guard = 0;
      while (re.exec(s) && guard++ < 1_000_000) if (re.lastIndex === 0) break;
      re.lastIndex = 0;
    } else re.exec(s);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function growth(re: RegExp, build: (n: number) => string): { a: number; b: number; ratio: number } {
  const small = build(SMALL);
  const large = build(LARGE);
  cost(re, small, 1); // warm up the regex compiler
  const a = cost(re, small);
  const b = cost(re, large);
  // Sub-millisecond runs are noise, not growth: compare against a floor.
  return { a, b, ratio: b / Math.max(a, 0.5) };
}

const live = new Set(sourceFiles(path.join(ROOT, 'src')).flatMap((f) => findRegexes(f)).map((r) => `${r.flags}\u0000${r.source}`));
let worst = 0;
for (const x of REVIEWED) {
  if (!live.has(`${x.flags}\u0000${x.source}`)) {
    console.log(`stale  ${x.source.slice(0, 70)}`);
    continue;
  }
  const re = new RegExp(x.source, x.flags);
  x.attacks.forEach((attack, i) => {
    const g = growth(re, attack);
    worst = Math.max(worst, g.ratio);
    console.log(`${g.ratio.toFixed(1).padStart(6)}×  ${g.a.toFixed(2)} → ${g.b.toFixed(2)} ms  #${i} /${x.source.slice(0, 60)}…/`);
  });
}
const control = (() => {
  const re = /a+b/; // unanchored run that fails at its end: O(n²) over start positions
  const a = cost(re, 'a'.repeat(SMALL / 5));
  const b = cost(re, 'a'.repeat(LARGE / 5));
  return b / Math.max(a, 0.01);
})();
console.log(`\nworst ratio ${worst.toFixed(1)}× (limit ${LIMIT}); quadratic control /a+b/ ${control.toFixed(1)}× (should be > ${LIMIT})`);
process.exitCode = worst >= LIMIT || control <= LIMIT ? 1 : 0;
