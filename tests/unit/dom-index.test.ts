import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { cueHeadline, cuePublished, indexCues, indexDocument, type DomIndex } from '../../src/core/dom-index';
import { BYLINE_SELECTORS } from '../../src/core/metadata';

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

const CUES = `<!doctype html><html><body><div itemprop="author"><span itemprop="name">A</span><b itemprop=" name">no</b></div>
<p itemprop="creator author">B</p><a rel="Author nofollow">C</a><link rel="author"><span class="x author-name-y">D</span><span class="entry-author x">E</span><span class="entry-authors">no</span>
<span class="post-byline">F</span><span class="by-line">G</span><span data-testid="top-byline">H</span><address class="author">I</address><span class="autore">J</span><span class="Author">no</span>
<span class="a\u00a0author" id="nbsp">K</span><h2 class="entry-title">L</h2><abbr class="published" title="2024-01-02">M</abbr><span class="published" datetime="2024-01-03">N</span><time datetime="2024-01-04">O</time>
<template><span class="byline">in a template</span><h1>T</h1><time datetime="2024-01-05">P</time></template><h1 role="main">Q</h1><main><h1>R</h1></main></body></html>`;

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

    it('finds the byline, headline and date cues the selectors find (class words, rel case, itemprop nesting, templates)', () => {
      const doc = parse(CUES);
      const c = indexCues(doc);
      // Like linkedom's selector engine (the CLI and the golden reports): rel is matched without regard to case (HTML's
      // list of case-insensitive attributes; happy-dom does not) and a no-break space separates class words (happy-dom
      // and browsers split on ASCII white space only).
      const ours = (k: number) => (name === 'happy-dom' ? c.bylines[k]!.filter((e) => e.id !== 'nbsp') : c.bylines[k]);
      BYLINE_SELECTORS.forEach((sel, k) => (name === 'happy-dom' && k === 2 ? expect(c.bylines[k]!.length).toBe(2) : expect(ours(k), sel).toEqual(Array.from(doc.querySelectorAll(sel)).slice(0, 30))));
      if (name === 'linkedom') expect(c.bylines[4]!.some((e) => e.id === 'nbsp')).toBe(true);
      expect(c.bylines.every((g) => g.length > 0)).toBe(true);
      expect(c.headline).toBe(doc.querySelector('[itemprop="headline"], .entry-title, .post-title, .article-title'));
      expect(c.published).toBe(doc.querySelector('abbr.published[title], .published[datetime]'));
      const x = indexDocument(doc);
      expect(x.h1).toEqual(Array.from(doc.getElementsByTagName('h1')).slice(0, 10));
      expect(x.times).toEqual(Array.from(doc.getElementsByTagName('time')).slice(0, 30));
      expect(x.firstH1).toBe(doc.querySelector('h1'));
      // From the index's element list (no second walk): the same cues, element for element.
      const fromIndex = indexCues(doc, x);
      expect(fromIndex.headline).toBe(c.headline);
      expect(fromIndex.published).toBe(c.published);
      fromIndex.bylines.forEach((g, k) => expect(g.length === c.bylines[k]!.length && g.every((e, i) => e === c.bylines[k]![i])).toBe(true));
      expect(x.withAttributes).toEqual(Array.from(doc.querySelectorAll('*')).filter((e) => e.hasAttributes()));
      expect(x.itempropAt.map((k) => x.withAttributes[k])).toEqual(x.withAttributes.filter((e) => e.hasAttribute('itemprop')));
      expect(x.itempropValues).toEqual(x.itempropAt.map((k) => x.withAttributes[k]!.getAttribute('itemprop')));
      // The headline and date cues alone (the first match, no byline groups) are the full index's.
      expect(cueHeadline(x)).toBe(c.headline);
      expect(cuePublished(x)).toBe(c.published);
      expect(c.headline).not.toBe(null);
      expect(c.published).not.toBe(null);
    });

    // Every fixture page (275 and growing) parsed and queried: a correctness check whose run time grows with the sets,
    // so it gets more than the default 20 s on a loaded machine.
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
        expect(x.h1, f).toEqual(Array.from(doc.getElementsByTagName('h1')).slice(0, 10));
        expect(x.times, f).toEqual(Array.from(doc.getElementsByTagName('time')).slice(0, 30));
        expect(x.firstH1, f).toBe(doc.querySelector('h1'));
        const c = indexCues(doc);
        BYLINE_SELECTORS.forEach((sel, k) => expect(c.bylines[k]!.every((e, i) => e === doc.querySelectorAll(sel)[i]) && c.bylines[k]!.length === Math.min(30, doc.querySelectorAll(sel).length), `${f} ${sel}`).toBe(true));
        expect(c.headline, f).toBe(doc.querySelector('[itemprop="headline"], .entry-title, .post-title, .article-title'));
        expect(c.published, f).toBe(doc.querySelector('abbr.published[title], .published[datetime]'));
        const ci = indexCues(doc, x);
        expect(ci.headline, f).toBe(c.headline);
        expect(ci.published, f).toBe(c.published);
        expect(ci.bylines.every((g, k) => g.length === c.bylines[k]!.length && g.every((e, i) => e === c.bylines[k]![i])), f).toBe(true);
        expect(cueHeadline(x), f).toBe(c.headline);
        expect(cuePublished(x), f).toBe(c.published);
        const props = x.withAttributes.map((e) => e.getAttribute('itemprop'));
        const sparse: (string | null)[] = x.withAttributes.map(() => null);
        x.itempropAt.forEach((k, i) => (sparse[k] = x.itempropValues[i]!));
        expect(sparse.every((v, i) => v === props[i]) && x.itempropAt.every((k, i) => i === 0 || k > x.itempropAt[i - 1]!), f).toBe(true);
        const attrs = Array.from(doc.querySelectorAll('*')).filter((e) => e.hasAttributes());
        expect(x.withAttributes.length === attrs.length && x.withAttributes.every((e, i) => e === attrs[i]), f).toBe(true);
      }
    }, 120_000);
  });
}
