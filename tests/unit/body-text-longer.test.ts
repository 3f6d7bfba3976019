import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import fc from 'fast-check';
import { textLongerThan, textOf } from '../../src/core/body';
import { indexDocument } from '../../src/core/dom-index';

function htmlFiles(dir: string, depth = 4): string[] {
  if (!existsSync(dir) || depth < 0) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p, depth - 1) : e.name.endsWith('.html') ? [p] : [];
  });
}

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

describe('textLongerThan (a declared article body long enough, without its whole text)', () => {
  it('answers as textOf(el).length > min at and around the bound, with white space and invisible characters to collapse', () => {
    const PIECES = ['word', 'x', ' ', '   ', '\n\n', '\t', '&nbsp;', '\u200b', '\u00ad', '<br>', '<p>para graph</p>', '<script>var a = 1;</script>', '<span hidden>hidden words</span>', '<b> bold </b>', '<!-- c -->', '<div> </div>'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), fc.integer({ min: 0, max: 60 }), (parts, min) => {
        const el = doc(`<html><body><div id="a">${parts.join('')}</div></body></html>`).getElementById('a')!;
        expect(textLongerThan(el, min)).toBe(textOf(el).length > min);
      }),
      { numRuns: 3000 },
    );
  });

  it('a long run of white space before the words does not end the check early', () => {
    const el = doc(`<html><body><div id="a">${' '.repeat(500)}${'<p> </p>'.repeat(50)}short</div></body></html>`).getElementById('a')!;
    expect(textOf(el)).toBe('short');
    expect(textLongerThan(el, 4)).toBe(true);
    expect(textLongerThan(el, 5)).toBe(false);
    expect(textLongerThan(el, 200)).toBe(false);
  });

  it('answers as textOf on every article, section and div of the fixture and dev pages', () => {
    const files = [...htmlFiles('tests/fixtures'), ...htmlFiles('../shared/eval/dev')];
    expect(files.length).toBeGreaterThan(10);
    let longer = 0;
    let shorter = 0;
    for (const f of files) {
      const index = indexDocument(doc(readFileSync(f, 'utf8')));
      for (const el of index.divLike.slice(0, 60)) {
        const want = textOf(el).length > 200;
        expect(textLongerThan(el, 200), f).toBe(want);
        if (want) longer++;
        else shorter++;
      }
    }
    expect(longer).toBeGreaterThan(100);
    expect(shorter).toBeGreaterThan(100);
  });
});
