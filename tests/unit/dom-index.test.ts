import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { indexDocument, type DomIndex } from '../../src/core/dom-index';

function linked(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
function happy(html: string): Document {
  const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } as never });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Every list of the index is exactly what its selector returns, in the same order. */
const SELECTORS: [keyof DomIndex, string][] = [
  ['pPre', 'p, pre'],
  ['pPreArticle', 'p, pre, article'],
  ['divLike', 'div, section, article, td'],
  ['articles', 'article'],
  ['h234', 'h2, h3, h4'],
  ['divBr', 'div > br'],
  ['articleBodyWord', '[itemprop~="articleBody"]'],
  ['declared', 'meta, script[type], link[rel], title, [itemtype], [itemprop]'],
];

function htmlFiles(dir: string, depth = 4): string[] {
  if (!existsSync(dir) || depth < 0) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p, depth - 1));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

const TRICKY = `<!doctype html><html><head><title>T</title><meta name="a" content="b"><script>1</script><script type="application/ld+json">{}</script><link href="x"><link rel="canonical" href="y"></head>
<body><DIV><BR><P>Upper case tags</P><span><br></span></DIV><template><p>inside a template</p><div itemprop="articleBody">t</div></template>
<section itemscope itemtype="https://schema.org/NewsArticle"><div itemprop=" headline  articleBody ">words</div><div itemprop="articleBody">exact</div><div itemprop="articleBodyX">no</div>
<svg><title>svg title</title></svg><table><tr><td>cell</td></tr></table><h2>a</h2><h3><a href="#">b</a></h3><h4>c</h4><h5>d</h5><article><pre>code</pre></article></section></body></html>`;

const pages = [...htmlFiles('tests/fixtures'), ...htmlFiles('../shared/eval/dev')];

for (const [name, parse] of [['linkedom', linked], ['happy-dom', happy]] as const) {
  describe(`indexDocument (${name})`, () => {
    it('matches querySelectorAll on a page with upper-case tags, templates, itemprop word lists and SVG', () => {
      const doc = parse(TRICKY);
      const x = indexDocument(doc);
      for (const [k, sel] of SELECTORS) expect(x[k], sel).toEqual(Array.from(doc.querySelectorAll(sel)));
      expect(x.articleBodyExact).toBe(doc.querySelector('[itemprop="articleBody"]'));
      expect(x.articleBodyWord.length).toBe(2);
      expect(x.pPre.some((p) => p.textContent === 'inside a template')).toBe(false);
    });

    it(`matches querySelectorAll on every fixture and dev page (${pages.length})`, () => {
      expect(pages.length).toBeGreaterThan(10);
      for (const f of pages) {
        const doc = parse(readFileSync(f, 'utf8'));
        const x = indexDocument(doc);
        for (const [k, sel] of SELECTORS) {
          const want = Array.from(doc.querySelectorAll(sel));
          const got = x[k] as Element[];
          expect(got.length, `${f} ${sel}`).toBe(want.length);
          expect(got.every((e, i) => e === want[i]), `${f} ${sel}`).toBe(true);
        }
        expect(x.articleBodyExact, f).toBe(doc.querySelector('[itemprop="articleBody"]'));
      }
    });
  });
}
