/**
 * Every regex in src/ must match in linear time: Credence runs them on text
 * written by strangers (issue 8). The sources are scanned at test time, so
 * regexes added later are checked too. Each literal pattern goes through
 * recheck (automaton analysis, then fuzzing when the automaton cannot decide
 * in time); a pattern recheck still cannot decide gets a structural check
 * (nested quantifiers, backreferences).
 *
 * Policy: exponential → always fails. Polynomial → fails unless the line (or
 * the line above) carries `// redos-ok: <why the input is bounded or cannot
 * take that shape>`, e.g. "runs of whitespace are collapsed by cleanText" or
 * "applied to a title capped at 300 chars"; the hostile-page suites then test
 * the claim at run time. Undecided → fails only on a backreference; nested
 * quantifiers are printed for review (the structural check over-approximates).
 *
 * Verdicts are cached by pattern hash: tests/hardening/regex-verdicts.json is
 * committed (regenerate with CREDENCE_RECHECK_REFRESH=1 and copy from the temp
 * file named in the output), and new patterns are cached in the OS temp dir.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { check, type Diagnostics } from 'recheck';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRegexes, sourceFiles, structuralRisks, type FoundRegex } from './regex-scan';
import { REVIEWED } from './regex-review';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');
const RECHECK_VERSION = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/recheck/package.json'), 'utf8')).version as string;
const CACHE_FILE = path.join(os.tmpdir(), `credence-recheck-cache-${RECHECK_VERSION}.json`);
const COMMITTED = path.join(__dirname, 'regex-verdicts.json');

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  checker: string;
  complexity?: string;
  attack?: string;
  structural?: string[];
}

const found: FoundRegex[] = sourceFiles(SRC).flatMap((f) => findRegexes(f));
const reviewedKeys = new Set(REVIEWED.map((x) => `${x.flags}\u0000${x.source}`));
const literal = found.filter((r) => !r.dynamic);
const dynamic = found.filter((r) => r.dynamic);
const verdicts = new Map<string, Verdict>();
let cache: Record<string, Verdict> = {};

const keyOf = (r: FoundRegex) => createHash('sha256').update(`${r.flags}\u0000${r.source}`).digest('hex').slice(0, 32);

async function judge(r: FoundRegex): Promise<Verdict> {
  let d: Diagnostics = await check(r.source, r.flags, { timeout: 1500 });
  if (d.status === 'unknown') d = await check(r.source, r.flags, { timeout: 3000, checker: 'fuzz' });
  if (d.status === 'vulnerable') {
    return { status: 'vulnerable', checker: d.checker, complexity: d.complexity.summary, attack: d.attack.pattern };
  }
  if (d.status === 'safe') return { status: 'safe', checker: d.checker, complexity: d.complexity.summary };
  return { status: 'unknown', checker: d.checker ?? 'none', structural: structuralRisks(r.source) };
}

beforeAll(async () => {
  if (!process.env.CREDENCE_RECHECK_REFRESH) {
    for (const f of [COMMITTED, CACHE_FILE]) {
      try {
        if (existsSync(f)) {
          const c = JSON.parse(readFileSync(f, 'utf8'));
          if (c.recheck === RECHECK_VERSION) Object.assign(cache, c.verdicts);
        }
      } catch {
        /* a broken cache only costs time */
      }
    }
  }
  for (const r of literal) {
    const k = keyOf(r);
    if (verdicts.has(k)) continue;
    const v = cache[k] ?? (await judge(r));
    cache[k] = v;
    verdicts.set(k, v);
  }
}, 600_000);

afterAll(() => {
  try {
    // Keep only the patterns in the sources now, so the file does not grow forever.
    const live = Object.fromEntries([...verdicts.keys()].map((k) => [k, cache[k]]));
    writeFileSync(CACHE_FILE, JSON.stringify({ recheck: RECHECK_VERSION, verdicts: live }, null, 1));
    if (process.env.CREDENCE_RECHECK_REFRESH) console.log(`regex verdicts written to ${CACHE_FILE}`);
  } catch {
    /* a read-only temp dir only costs time */
  }
});

describe('regexes in src/ are linear-time', () => {
  it('finds the regexes of the core (the scanner works)', () => {
    expect(literal.length).toBeGreaterThan(10);
    expect(literal.some((r) => r.file.endsWith(path.join('core', 'text.ts')))).toBe(true);
  });

  it.each(literal.map((r) => [`${path.relative(ROOT, r.file)}:${r.line} ${r.text.length > 80 ? r.text.slice(0, 80) + '…' : r.text}`, r] as const))(
    '%s',
    (_name, r) => {
      const v = verdicts.get(keyOf(r))!;
      const where = `${path.relative(ROOT, r.file)}:${r.line}`;
      const exponential = /exponential/.test(v.complexity ?? '');
      const waived = v.status === 'vulnerable' && !exponential && r.waiver !== null;
      expect(
        v.status === 'vulnerable' && !waived
          ? `${where} is vulnerable (${v.complexity}, ${v.checker}); attack string: ${v.attack}` +
              (exponential ? '' : ` — make it linear, or add "// redos-ok: <why the input cannot be long or take this shape>" above it`)
          : '',
      ).toBe('');
      if (v.status === 'unknown') {
        const risks = v.structural ?? [];
        expect(risks.filter((x) => x === 'backreference'), `${where}: backreference in a pattern recheck could not decide`).toEqual([]);
        // An undecided pattern needs a human review: an entry in regex-review.ts (reason + adversarial
        // inputs, timed below) or a `redos-ok: <reason>` waiver in the source.
        expect(
          reviewedKeys.has(`${r.flags}\u0000${r.source}`) || r.waiver !== null,
          `${where}: recheck could not decide${risks.length ? ` (structural check: ${risks.join(', ')})` : ''}; make it decidable (bounded repetition), ` +
            `or add it to tests/hardening/regex-review.ts with why it is linear and inputs of its worst-case shape`,
        ).toBe(true);
      }
    },
  );

  it('lists dynamic patterns (built at run time, checked by their owners)', () => {
    // Not a failure: a pattern built from data (e.g. a word list joined by "|") cannot be
    // checked here; the hostile-page suites exercise them at run time instead.
    for (const d of dynamic) expect(d.text.length).toBeGreaterThan(0);
  });
});

/**
 * Run `re` over `s` the way the core does: every match for a global pattern
 * (matchAll), else one exec (which tries every start position when unanchored).
 */
function runOver(re: RegExp, s: string): number {
  let n = 0;
  if (re.global) {
    re.lastIndex = 0;
    while (re.exec(s) && n++ < 1_000_000) if (re.lastIndex === 0) break;
    re.lastIndex = 0;
  } else if (re.exec(s)) n = 1;
  return n;
}

// Growth timings (12.5k vs 50k chars, with a quadratic positive control) are a
// measurement, not a test: they flake on a shared machine. `npm run bench:redos`
// reports them (scripts/redos-growth.ts); here each reviewed pattern must be
// reviewed, and must finish on its 50k-char attacks (a catastrophic one hangs
// past the test timeout).
describe('undecided patterns, reviewed by hand', () => {
  const live = new Set(literal.map((r) => `${r.flags}\u0000${r.source}`));
  const LARGE = 50_000;

  it('every entry has a reason and at least one attack; stale entries are listed', () => {
    for (const x of REVIEWED) {
      expect(x.why.length, x.source).toBeGreaterThan(30);
      expect(x.attacks.length, x.source).toBeGreaterThan(0);
      expect(() => new RegExp(x.source, x.flags)).not.toThrow();
    }
    const stale = REVIEWED.filter((x) => !live.has(`${x.flags}\u0000${x.source}`));
    if (stale.length) console.warn(`regex-review.ts: ${stale.length} entries no longer in src/ (pattern edited or removed):\n${stale.map((x) => '  ' + x.source.slice(0, 80)).join('\n')}`);
  });

  it.each(REVIEWED.filter((x) => live.has(`${x.flags}\u0000${x.source}`)).map((x) => [x.source.length > 70 ? x.source.slice(0, 70) + '…' : x.source, x] as const))(
    '%s finishes on its attacks',
    (_name, x) => {
      const re = new RegExp(x.source, x.flags);
      for (const attack of x.attacks) {
        const large = attack(LARGE);
        expect(large.length).toBeGreaterThanOrEqual(LARGE);
        expect(runOver(re, large)).toBeGreaterThanOrEqual(0);
      }
    },
    30_000,
  );
});

describe('the checker itself', () => {
  it('recheck flags a known exponential pattern with an attack string', async () => {
    const d = await check('^(a+)+$', '', { timeout: 5000 });
    expect(d.status).toBe('vulnerable');
  });

  it('a redos-ok comment is picked up as a waiver with its reason', () => {
    const got = findRegexes('virtual.ts', 'const a = 1;\n// redos-ok: runs of whitespace are collapsed by cleanText\nconst b = /\\s+$/;\nconst c = /x/; // redos-ok: short\n');
    expect(got[0]!.waiver).toBe('runs of whitespace are collapsed by cleanText');
    expect(got[1]!.waiver).toBeNull(); // a reason of under 5 characters is no reason
  });

  it('the scanner sees literals and RegExp constructors but not comments or division', () => {
    const code = [
      'const a = /x+y/gi;',
      'const b = new RegExp("(a|b)*c", "u");',
      'const c = RegExp(`\\\\d+`);',
      'const d = new RegExp(words.join("|"), "i");',
      '// const e = /not-code/;',
      'const f = 10 / 2 / 5;',
    ].join('\n');
    const got = findRegexes('virtual.ts', code);
    expect(got.map((g) => [g.source, g.flags, g.dynamic, g.line])).toEqual([
      ['x+y', 'gi', false, 1],
      ['(a|b)*c', 'u', false, 2],
      ['\\d+', '', false, 3],
      ['', 'i', true, 4],
    ]);
  });

  it('the structural fallback flags nested quantifiers and backreferences only', () => {
    expect(structuralRisks('(a+)+')).not.toEqual([]);
    expect(structuralRisks('(?:\\w+\\s?)*$')).not.toEqual([]);
    expect(structuralRisks('(a)\\1')).toContain('backreference');
    expect(structuralRisks('(?:[A-Z][a-z]*\\s?){1,6}')).toEqual([]);
    expect(structuralRisks('^[a-z]+(?:-[a-z]+)?$')).toEqual([]);
    expect(structuralRisks('[(+)]+')).toEqual([]);
  });
});
