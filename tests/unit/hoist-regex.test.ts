import { describe, expect, it } from 'vitest';
import { extensionBuildOptions } from '../../scripts/build';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { HOIST_FILTER, SHARED_MODULE, hoistRegexLiterals, hoistRegexPlugin, sharedRegexTexts } from '../../scripts/hoist-regex.mjs';

/** Run transformed module text (plain JavaScript here) and return what its `result` binding holds. */
const run = (code: string): unknown => new Function(`${code}\nreturn result;`)();

describe('hoistRegexLiterals (the build moves in-function regex literals to module constants)', () => {
  it('moves a literal out of a function and keeps what the function returns', () => {
    const src = 'function f(s) { return /^ab+c$/i.test(s) ? s.replace(/b+/, "B") : null; }\nconst result = [f("abbc"), f("x")];';
    const out = hoistRegexLiterals(src);
    expect(out).toMatch(/^const __credenceRe0 = \/\^ab\+c\$\/i;\nconst __credenceRe1 = \/b\+\/;\n/);
    expect(out).not.toContain('/^ab+c$/i.test');
    expect(run(out)).toEqual(run(src));
    expect(run(out)).toEqual(["aBc", null]);
  });

  it('leaves literals with the g or y flag where they are: each evaluation needs its own lastIndex', () => {
    const src = 'function f(s) { const re = /a/g; re.exec(s); return [re.lastIndex, /b/y.test(s)]; }\nconst result = [f("xa"), f("xa")];';
    const out = hoistRegexLiterals(src);
    expect(out).toBe(src);
    expect(run(out)).toEqual([[2, false], [2, false]]);
  });

  it('leaves module-level literals, strings, comments and divisions alone, and shares one constant per literal text', () => {
    const src = [
      'const TOP = /top/;',
      '// a comment with /not a regex/',
      'function f(a, b) { const s = "/x/"; const q = a / b / 2; return [/k/.test(s), /k/.test("k"), q, TOP.test("top")]; }',
      'const result = f(8, 2);',
    ].join('\n');
    const out = hoistRegexLiterals(src);
    expect(out.match(/const __credenceRe\d+ =/g)).toEqual(['const __credenceRe0 =']);
    expect(out).toContain('const TOP = /top/;');
    expect(out).toContain('"/x/"');
    expect(out).toContain('a / b / 2');
    expect(run(out)).toEqual([false, true, 2, true]);
  });

  it('reaches literals in arrow functions, methods and nested functions, and refuses a source using its reserved name', () => {
    const src = 'const o = { m: (s) => [1].map(() => /z/.test(s))[0] };\nclass C { t(s) { return /c/.test(s); } }\nconst result = [o.m("z"), new C().t("d")];';
    const out = hoistRegexLiterals(src);
    expect(out.match(/const __credenceRe\d+ =/g)).toHaveLength(2);
    expect(run(out)).toEqual([true, false]);
    expect(() => hoistRegexLiterals('const __credenceRe0 = 1;')).toThrow(/reserved/);
  });

  it('is part of every extension bundle build, for the analysis core only', () => {
    expect((extensionBuildOptions().plugins ?? []).map((p) => p.name)).toContain('credence-hoist-regex');
    expect(HOIST_FILTER.test('/repo/src/core/attribution.ts')).toBe(true);
    expect(HOIST_FILTER.test('/repo/src/popup/app.tsx')).toBe(false);
  });

  it('finds the texts more than one file writes inside functions (not module-level ones, not g or y ones)', () => {
    const shared = sharedRegexTexts([
      ['a.ts', 'const TOP = /top/;\nfunction f(s) { return /\\s+/.test(s) && /only-a/.test(s) && /x/g.test(s) && /top/.test(s); }'],
      ['b.ts', 'export const g = (s) => s.split(/\\s+/).concat(s.match(/x/g) ?? []);\nconst TOP = /top/;'],
      ['c.ts', 'function h(s) { return [/\\s+/.test(s), /\\s+/.test(s)]; }'],
    ]);
    expect([...shared]).toEqual([['/\\s+/', '__credenceReS0']]);
  });

  it('imports a shared text from the shared module and keeps the texts of the file as its constants', () => {
    const src = 'function f(s) { return [s.split(/\\s+/), /own/.test(s), /\\s+/.test(s)]; }\nconst result = f("a b");';
    const out = hoistRegexLiterals(src, 'a.ts', new Map([['/\\s+/', '__credenceReS0']]));
    expect(out.split('\n').slice(0, 2)).toEqual([`import { __credenceReS0 } from '${SHARED_MODULE}';`, 'const __credenceRe0 = /own/;']);
    expect(out).not.toContain('/\\s+/');
    expect(run(out.replace(/^import .*\n/, 'const __credenceReS0 = /\\s+/;\n'))).toEqual([['a', 'b'], false, true]);
  });

  it('bundles two core files that share a text with one constant, and their results are unchanged', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hoist-'));
    mkdirSync(path.join(dir, 'src/core'), { recursive: true });
    writeFileSync(path.join(dir, 'src/core/a.ts'), 'export function words(s: string): string[] { return s.trim().split(/\\s+/); }\n');
    writeFileSync(path.join(dir, 'src/core/b.ts'), "import { words } from './a';\nexport function count(s: string): number { return /\\s+/.test(s) ? words(s).length : 1; }\n");
    const res = await esbuild.build({ entryPoints: [path.join(dir, 'src/core/b.ts')], bundle: true, format: 'esm', write: false, plugins: [hoistRegexPlugin()] });
    const code = res.outputFiles[0]!.text;
    expect(code.split('/\\s+/').length - 1).toBe(1);
    const mod = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    expect([mod.count(' one two  three '), mod.count('one')]).toEqual([3, 1]);
  });
});