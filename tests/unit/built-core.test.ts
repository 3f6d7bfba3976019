import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadBuiltCore } from '../../scripts/bench/built-core';
import { analyzeFrom, firstLook } from '../../src/core/index';
import { prefilter } from '../../src/content/prefilter';
import { contentDirectory } from '../../src/sources/compact';

const DEV = path.resolve(__dirname, '../../../shared/eval/dev');
const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

// The bench times the shipped bundle: it must be the same analysis as the source the tests check.
describe('the bench core (shipped bundle)', () => {
  it('gives the same first look, quick look and report as the source on the dev pages', async () => {
    const built = await loadBuiltCore();
    expect(built.origin).toBe('built');
    const db = contentDirectory();
    const files = readdirSync(DEV).filter((f) => f.endsWith('.html')).sort();
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const html = readFileSync(path.join(DEV, f), 'utf8');
      const url = 'https://news.example/article';
      expect(built.prefilter(doc(html), url), f).toEqual(prefilter(doc(html), url));
      const a = built.analyzeFrom(built.firstLook(doc(html), { db, url }), { db, url, force: true });
      const b = analyzeFrom(firstLook(doc(html), { db, url }), { db, url, force: true });
      expect(JSON.stringify(a), f).toBe(JSON.stringify(b));
    }
  }, 60_000);
});
