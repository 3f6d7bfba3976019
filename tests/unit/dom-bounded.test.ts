import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { boundedText, boundedTextCommas, countCommas, textLength } from '../../src/core/dom-bounded';
import { htmlFiles, ROOT } from './helpers/html-files';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
function happy(html: string): Document {
  const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } as never });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** boundedTextCommas must give the length and commas of exactly the text boundedText builds (the container search relies on it). */
function check(d: Document, maxNodes: number, maxChars: number): number {
  let n = 0;
  for (const el of Array.from(d.querySelectorAll('p, pre, div, section, article, td, span, li'))) {
    const t = boundedText(el, maxNodes, maxChars);
    expect(boundedTextCommas(el, maxNodes, maxChars)).toEqual({ len: t.length, commas: countCommas(t) });
    n++;
  }
  return n;
}

describe('boundedTextCommas', () => {
  it('counts ASCII, full-width and ideographic commas', () => {
    expect(countCommas('a, b，c、d')).toBe(3);
    expect(countCommas('no commas here')).toBe(0);
  });

  it('stops where boundedText stops (node and character bounds)', () => {
    const d = doc(`<div id="x">${'<p>one, two, three</p>'.repeat(50)}<p>${'word, '.repeat(2000)}</p></div>`);
    const x = d.getElementById('x')!;
    for (const [nodes, chars] of [[5, 20_000], [2_000, 30], [2_000, 5_000], [100_000, 100_000]] as const) {
      const t = boundedText(x, nodes, chars);
      expect(boundedTextCommas(x, nodes, chars)).toEqual({ len: t.length, commas: countCommas(t) });
    }
    expect(boundedTextCommas(d.createElement('p'))).toEqual({ len: 0, commas: 0 });
  });

  it('agrees with boundedText on every block of the fixture pages', () => {
    let n = 0;
    for (const f of htmlFiles(path.join(ROOT, 'tests/fixtures')).slice(0, 80)) n += check(doc(readFileSync(f, 'utf8')), 2_000, 5_000);
    expect(n).toBeGreaterThan(500);
  });
});

describe('textLength', () => {
  const tricky =
    '<html><body><article id="a">Intro <b>bold</b><!-- a comment --><script>var x = "code";</script><style>p{}</style>' +
    '<template><p>template text</p></template><p>One,&nbsp;two &amp; three</p><svg><text>svg text</text></svg></article></body></html>';

  for (const [name, parse] of [['linkedom', doc], ['happy-dom', happy]] as const) {
    it(`is textContent's length on tricky markup (${name})`, () => {
      const d = parse(tricky);
      for (const el of Array.from(d.querySelectorAll('*'))) expect(textLength(el)).toBe((el.textContent ?? '').length);
    });

    it(`is textContent's length for every container-like element of the fixture pages (${name})`, () => {
      let n = 0;
      for (const f of htmlFiles(path.join(ROOT, 'tests/fixtures')).slice(0, name === 'linkedom' ? 80 : 20)) {
        const d = parse(readFileSync(f, 'utf8'));
        for (const el of Array.from(d.querySelectorAll('body, article, main, div, section, form, footer, aside'))) {
          expect(textLength(el)).toBe((el.textContent ?? '').length);
          n++;
        }
      }
      expect(n).toBeGreaterThan(100);
    });
  }

  it('falls back to textContent without a TreeWalker', () => {
    const d = doc('<div id="x">a<b>bc</b></div>');
    const el = d.getElementById('x')!;
    Object.defineProperty(el, 'ownerDocument', { value: {} });
    expect(textLength(el)).toBe(3);
  });
});
