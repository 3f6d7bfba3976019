/**
 * Golden pages: every page in tests/fixtures/golden/<slug>/page.html,
 * analysed under linkedom AND happy-dom, gives the same report, equal to
 * expected.json (analysed with force: the sourcing is checked even where
 * detection says no; regenerate with `npx tsx scripts/update-golden.ts` and
 * review the diff).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { analyze } from '../../src/core/index';
import { bundledDirectory } from '../../src/sources/index';

const DIR = path.resolve(__dirname, '../fixtures/golden');
const slugs = readdirSync(DIR).filter((s) => existsSync(path.join(DIR, s, 'page.html'))).sort();

function viaLinkedom(html: string) {
  const { document } = parseHTML(html);
  return analyze(document as unknown as Document, { db: bundledDirectory(), force: true });
}
function viaHappyDom(html: string) {
  const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } as never });
  try {
    const doc = new w.DOMParser().parseFromString(html, 'text/html');
    return analyze(doc as unknown as Document, { db: bundledDirectory(), force: true });
  } finally {
    void w.happyDOM.close();
  }
}

describe('golden pages', () => {
  it('has golden pages', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
  });
  for (const slug of slugs) {
    it(`${slug}: linkedom and happy-dom give the expected report`, () => {
      const html = readFileSync(path.join(DIR, slug, 'page.html'), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(DIR, slug, 'expected.json'), 'utf8'));
      const a = JSON.parse(JSON.stringify(viaLinkedom(html)));
      const b = JSON.parse(JSON.stringify(viaHappyDom(html)));
      expect(b).toEqual(a);
      expect(a).toEqual(expected);
      // The page must yield sourcing at all (a golden page with an empty report tests nothing).
      expect(a.attributions.length).toBeGreaterThan(0);
    });
  }
});
