/**
 * The analyzer ships as several scripts (src/shared/analyzer-parts.ts) that
 * the build stitches together: each later script takes the modules an
 * earlier one holds from it instead of bundling them again. Built for real
 * (scripts/build.ts) and run in order in a fresh V8 context, as the browser
 * injects them into the content script's world, they must give exactly the
 * core's reports, and no module may be bundled twice.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ANALYZER_ENGLISH, ANALYZER_ENTRIES, ANALYZER_TOTAL, INTL_FILE, bundleAnalyzer, exportNames, extensionBuildOptions } from '../../scripts/build';
import { ANALYZER_PARTS, INTL_PART } from '../../src/shared/analyzer-parts';
import { ANALYZER_GLOBAL, ANALYZER_TEXT_GLOBAL, type AnalyzerApi, type AnalyzerTextApi } from '../../src/content/analyzer-api';
import { analyze, NEED_INTL } from '../../src/core/index';
import { compactForContent } from '../../src/sources/index';
import { directoryFromCompact } from '../../src/sources/content';

const GOLDEN = path.resolve(__dirname, '../fixtures/golden');
const FIXTURES = path.resolve(__dirname, '../fixtures');
let dir = '';
let inputs: Record<string, string[]> = {};
let sizes: Record<string, number> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'credence-parts-'));
  const seen: Record<string, string[]> = {};
  sizes = await bundleAnalyzer({ ...extensionBuildOptions(), logLevel: 'silent' }, dir, (file, modules) => (seen[file] = modules));
  inputs = seen;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh context running the scripts in order, as the background injects them. */
function load(files: readonly string[]): Record<string, unknown> {
  // The web globals the core uses beside the language's own (a content script's world has them all).
  const ctx = vm.createContext({ Intl, URL, URLSearchParams, TextEncoder, TextDecoder, console });
  for (const f of files) vm.runInContext(readFileSync(path.join(dir, f), 'utf8'), ctx, { filename: f });
  return ctx as Record<string, unknown>;
}

describe('analyzer scripts', () => {
  it('has one entry per script, in the injection order', () => {
    expect(Object.keys(ANALYZER_ENTRIES)).toEqual([...ANALYZER_PARTS]);
    expect(ANALYZER_PARTS[0]).toBe('analyzer.js');
  });

  it('sizes: all scripts together, and what an English page loads (every script but the intl one)', () => {
    expect(INTL_FILE).toBe('analyzer-intl.js');
    const sum = (fs: readonly string[]) => fs.reduce((n, f) => n + sizes[f]!, 0);
    expect(sizes[INTL_FILE]).toBeGreaterThan(0);
    expect(sizes[ANALYZER_TOTAL]).toBe(sum(ANALYZER_PARTS));
    expect(sizes[ANALYZER_ENGLISH]).toBe(sum(ANALYZER_PARTS.filter((f) => f !== INTL_FILE)));
  });

  it('bundles every module once: no module of an earlier script again in a later one', () => {
    const all = ANALYZER_PARTS.flatMap((f) => inputs[f] ?? []);
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(all).size).toBe(all.length);
    // The text modules are not in the first script, which every flagged page loads.
    expect(inputs['analyzer.js']).toContain('src/core/body.ts');
    expect(inputs['analyzer.js']).not.toContain('src/core/attribution.ts');
    expect(inputs['analyzer-attribution.js']).toContain('src/core/attribution.ts');
    expect(inputs['analyzer-text.js']).toContain('src/core/disclaimers.ts');
    // intl8: the non-English tables are in their own script only; the language test stays with attribution.
    for (const m of ['src/core/cues-intl.ts', 'src/core/cues-ja.ts']) {
      expect(inputs['analyzer-intl.js']).toContain(m);
      for (const f of ANALYZER_PARTS.filter((x) => x !== 'analyzer-intl.js')) expect(inputs[f]).not.toContain(m);
    }
    expect(inputs['analyzer-attribution.js']).toContain('src/core/cue-lang.ts');
  });

  it('a later script reads each earlier module once into bindings of its own (no getter per use)', () => {
    for (const f of ANALYZER_PARTS.slice(1)) {
      const src = readFileSync(path.join(dir, f), 'utf8');
      const keys = [...src.matchAll(/__credenceModules\["([^"]+)"\]/g)].map((m) => m[1]!);
      expect(keys.length, f).toBeGreaterThan(0);
      // Each taken module is looked up once, and not as a CommonJS module (whose every use is two getters).
      expect(new Set(keys).size, f).toBe(keys.length);
      expect(src, f).not.toMatch(/exports\s*=\s*globalThis\.__credenceModules/);
    }
  });

  it('export lists: every runtime export, re-exports included; a module that exports a let is refused', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'credence-exports-'));
    try {
      const a = path.join(tmp, 'a.ts');
      const b = path.join(tmp, 'b.ts');
      const c = path.join(tmp, 'c.ts');
      writeFileSync(a, "export const one = 1;\nexport function two(): number { return 2; }\nexport type Three = number;\n");
      writeFileSync(b, "export * from './a';\nexport { one as uno } from './a';\n");
      writeFileSync(c, 'export let count = 0;\nexport function bump(): void { count++; }\n');
      const names = await exportNames([a, b], tmp);
      expect([...names.get(a)!].sort()).toEqual(['one', 'two']);
      expect([...names.get(b)!].sort()).toEqual(['one', 'two', 'uno']);
      await expect(exportNames([c], tmp)).rejects.toThrow(/export let/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('the first script alone gives the first look; the text API appears only after the last', () => {
    const ctx = load(ANALYZER_PARTS.slice(0, 1));
    expect(typeof (ctx[ANALYZER_GLOBAL] as AnalyzerApi).firstLook).toBe('function');
    expect(ctx[ANALYZER_TEXT_GLOBAL]).toBeUndefined();
    const ctx2 = load(ANALYZER_PARTS.slice(0, 2));
    expect(ctx2[ANALYZER_TEXT_GLOBAL]).toBeUndefined();
  });

  it('without the intl script, an English page never asks for it; a German or Italian one asks once and, given it, gets the core\'s report', () => {
    const ctx = load(ANALYZER_PARTS.slice(0, INTL_PART));
    const api = ctx[ANALYZER_GLOBAL] as AnalyzerApi;
    const text = ctx[ANALYZER_TEXT_GLOBAL] as AnalyzerTextApi;
    const data = JSON.parse(JSON.stringify(compactForContent([])));
    const db = api.directoryFromCompact(data);
    const coreDb = directoryFromCompact(data);
    const pages = [
      ...readdirSync(GOLDEN).filter((s) => existsSync(path.join(GOLDEN, s, 'page.html'))).map((s) => [path.join(GOLDEN, s, 'page.html'), false] as const),
      [path.join(FIXTURES, 'blind/12-de-bsi-phishing-parteien.html'), true] as const,
      [path.join(FIXTURES, 'blind7/b7-03-it-asl-ransomware-aggiornamento.html'), true] as const,
    ];
    let loaded = false;
    for (const [file, intl] of pages) {
      const html = readFileSync(file, 'utf8');
      const opts = { url: 'https://news.example/a', force: true };
      const look = api.firstLook(parseHTML(html).document as unknown as Document, { ...opts, db });
      const it = text.analyzeSteps!(look, { ...opts, db });
      let asked = 0;
      let r = it.next();
      for (; !r.done; r = it.next()) {
        if (r.value !== NEED_INTL) continue;
        asked++;
        if (!loaded) vm.runInContext(readFileSync(path.join(dir, ANALYZER_PARTS[INTL_PART]), 'utf8'), ctx, { filename: ANALYZER_PARTS[INTL_PART] });
        loaded = true;
      }
      // Once loaded, a later page in another language has the tables already: it does not ask again.
      expect(asked, file).toBe(intl && file.includes('/blind/') ? 1 : 0);
      const want = analyze(parseHTML(html).document as unknown as Document, { ...opts, db: coreDb });
      expect(JSON.stringify(r.value), file).toBe(JSON.stringify(want));
      if (intl) expect(r.value.attributions.length, file).toBeGreaterThan(0);
    }
    expect(loaded).toBe(true);
  }, 60_000);

  it('run in order, they give the core\'s report on every golden page (forced and automatic)', () => {
    const ctx = load(ANALYZER_PARTS);
    const api = ctx[ANALYZER_GLOBAL] as AnalyzerApi;
    const text = ctx[ANALYZER_TEXT_GLOBAL] as AnalyzerTextApi;
    // The directory the content script gets: the compact form, built by the loaded script and by the core.
    const data = JSON.parse(JSON.stringify(compactForContent([])));
    const db = api.directoryFromCompact(data);
    const coreDb = directoryFromCompact(data);
    expect(db.version).toBe(coreDb.version);
    const slugs = readdirSync(GOLDEN).filter((s) => existsSync(path.join(GOLDEN, s, 'page.html')));
    expect(slugs.length).toBeGreaterThan(3);
    for (const slug of slugs) {
      const html = readFileSync(path.join(GOLDEN, slug, 'page.html'), 'utf8');
      for (const force of [false, true]) {
        const opts = { url: `https://news.example/${slug}`, force };
        const look = api.firstLook(parseHTML(html).document as unknown as Document, { ...opts, db });
        const got = look.isSecurityNews || force ? text.analyzeFrom(look, { ...opts, db }) : api.notNewsReport(look, { ...opts, db });
        const want = analyze(parseHTML(html).document as unknown as Document, { ...opts, db: coreDb });
        expect(JSON.stringify(got), `${slug} force=${force}`).toBe(JSON.stringify(want));
      }
    }
  }, 60_000);
});
