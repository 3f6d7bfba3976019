import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import fc from 'fast-check';
import { directTexts } from '../../src/core/body';
import { indexDocument } from '../../src/core/dom-index';

/** The long way the container search used to take: trim each Text child, and join them all and trim. */
function longWay(el: Element): { piece: number; joined: number } {
  let piece = 0;
  let joined = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 3) continue;
    piece += (c.nodeValue ?? '').trim().length;
    joined += c.nodeValue ?? '';
  }
  return { piece, joined: joined.trim().length };
}

function check(html: string, where: string): number {
  const doc = parseHTML(html).document as unknown as Document;
  const index = indexDocument(doc);
  const d = directTexts(index);
  expect(d.pieces.length, where).toBe(index.divLike.length);
  let solid = 0;
  index.divLike.forEach((el, i) => {
    const want = longWay(el);
    expect([d.pieces[i], d.joined[i]], `${where} #${i}`).toEqual([want.piece, want.joined]);
    if (want.joined > 0) solid++;
  });
  return solid;
}

function htmlFiles(dir: string, depth = 4): string[] {
  if (!existsSync(dir) || depth < 0) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p, depth - 1) : e.name.endsWith('.html') ? [p] : [];
  });
}

describe('directTexts (text written straight into divs, without joining it)', () => {
  it('equals trimming each Text child and trimming their concatenation, on white space of every kind around elements and comments', () => {
    const PIECES = ['word', ' ', '  ', '\n', '\t', '\u00a0', '\ufeff', '\u2028', '\u3000', '\u200b', 'a, b', '<b>x</b>', '<!-- c -->', '<br>', '<p>para</p>', '&nbsp;', ' tail '];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), { minLength: 1, maxLength: 6 }), (divs) => {
        check(`<body>${divs.map((d) => `<div>${d.join('')}</div>`).join('')}<section> </section></body>`, 'random');
      }),
      { numRuns: 1000 },
    );
  });

  it('equals the long way on every fixture and dev page', () => {
    const files = [...htmlFiles('tests/fixtures'), ...htmlFiles('../shared/eval/dev')];
    expect(files.length).toBeGreaterThan(10);
    let solid = 0;
    for (const f of files) solid += check(readFileSync(f, 'utf8'), f);
    expect(solid).toBeGreaterThan(20);
  });
});
