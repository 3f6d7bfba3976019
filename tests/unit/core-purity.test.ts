import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** src/core must run in Node and in any page: no browser APIs, globals, Preact or polyfill. */
const CORE = path.resolve(__dirname, '../../src/core');
const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"](?:webextension-polyfill|preact[^'"]*)['"]/, 'imports the polyfill or Preact'],
  [/\bchrome\.\w/, 'uses chrome.*'],
  [/\bbrowser\.(?:runtime|tabs|storage|scripting|action|i18n)\b/, 'uses browser.*'],
  [/\bwindow\.\w/, 'uses window'],
  [/\b(?:globalThis\.)?document\.(?:querySelector|body|documentElement|getElementById)/, 'reads the global document'],
  [/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon/, 'can make network requests'],
];

/** Packages that are plain computation (no DOM, no browser, no I/O) and may be used by the core. */
const PURE_PACKAGES = new Set(['tldts']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

describe('core purity', () => {
  const all = files(CORE);
  it('has core files to check', () => expect(all.length).toBeGreaterThan(5));
  for (const f of all) {
    it(`${path.relative(CORE, f)} stays pure`, () => {
      const src = readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      for (const [re, why] of FORBIDDEN) expect(re.test(src), `${path.basename(f)} ${why}`).toBe(false);
      // Relative imports must resolve inside src/core; bare imports are not allowed at all.
      for (const m of src.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/gm)) {
        const spec = (m[1] ?? m[2] ?? m[3])!;
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(f), spec);
          expect(target === CORE || target.startsWith(CORE + path.sep), `${path.basename(f)} imports ${spec} from outside src/core`).toBe(true);
        } else {
          expect(PURE_PACKAGES.has(spec), `${path.basename(f)} imports package ${spec}`).toBe(true);
        }
      }
    });
  }
});
