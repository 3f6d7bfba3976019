import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { extractBody, hasChromeName } from '../../src/core/body';

function linked(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
function happy(html: string): Document {
  const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } as never });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const PAGE = `<!doctype html><html><body>
<div id="cookie-notice" role="dialog"><p>We use cookies, according to our policy, to improve the site experience for you.</p></div>
<header class="site-header"><nav><ul><li><a href="/a">Security</a></li><li><a href="/b">Policy</a></li></ul></nav></header>
<div class="sitemap" hidden><ul><li><a href="/x">Hidden site map entry that mentions Europol said</a></li></ul></div>
<main><article class="node node--promoted post tag-malware">
<h1>Agency warns of router botnet</h1>
<div class="standfirst">A short standfirst written straight into a div, without any paragraph element.</div>
<figure><img src="a.jpg"><figcaption>Routers on a shelf, photographed for the story.</figcaption></figure>
<p>The national cyber agency said on Monday that a botnet had taken over thousands of home routers, according to its advisory.</p>
<p>Researchers at a security company said the malware had been active since March, and that it spread through weak passwords.</p>
<blockquote class="social-embed"><p>We are seeing the botnet in our telemetry too, a researcher wrote in an embedded post.</p></blockquote>
<p>Line one of a paragraph<br>line two after a break.</p>
<div class="share-buttons"><a href="https://x.example/share">Share on X</a></div>
<div class="author-bio"><p>Jo Smith covers security. She previously said the Daily Planet was her favourite paper.</p></div>
<div class="newsletter-signup"><p>Experts say our newsletter is the best, so sign up for it today please.</p></div>
</article>
<aside class="related-posts"><h3>Related</h3><ul><li><a href="/r1">Security firm says phishing kits bypass MFA</a></li></ul></aside>
<section class="comments"><div class="comment"><p>According to a friend who works in government, nobody reads these advisories.</p></div></section>
</main>
<footer class="site-footer"><p>Copyright 2024 Example News. All rights reserved by the company that said so.</p></footer>
</body></html>`;

for (const [name, parse] of [['linkedom', linked], ['happy-dom', happy]] as const) {
  describe(`extractBody (${name})`, () => {
    const body = extractBody(parse(PAGE), { baseUrl: 'https://news.example/story', title: 'Agency warns of router botnet' });
    const text = body.blocks.map((b) => b.text).join('\n');

    it('keeps the article prose, standfirst, caption and embedded post', () => {
      expect(text).toContain('The national cyber agency said on Monday');
      expect(text).toContain('Researchers at a security company said');
      expect(text).toContain('A short standfirst written straight into a div');
      expect(body.blocks.find((b) => b.kind === 'caption')?.text).toBe('Routers on a shelf, photographed for the story.');
      expect(body.blocks.find((b) => b.kind === 'quote')?.text).toContain('embedded post');
    });

    it('puts the title first and does not repeat the headline', () => {
      expect(body.blocks[0]).toEqual({ kind: 'title', text: 'Agency warns of router botnet', links: [] });
      expect(body.blocks.filter((b) => b.text === 'Agency warns of router botnet')).toHaveLength(1);
    });

    it('leaves out cookie banners, navigation, hidden site maps, related lists, comments, bios, newsletter boxes and footers', () => {
      for (const chrome of ['cookies', 'Security\n', 'Europol', 'phishing kits', 'friend who works', 'Daily Planet', 'newsletter', 'Copyright', 'Share on X']) {
        expect(text).not.toContain(chrome);
      }
    });

    it('collects the links inside inline elements in order, at most 50 per element', () => {
      const links = Array.from({ length: 60 }, (_, i) => `<a href="/l${i}">link ${i}</a>`).join(' and ');
      const page = `<html><body><article><p>Intro sentence that is long enough to count as the article body here, surely.</p>
<p>The agency said in its report <span>that <em><a href="https://a.example/one">one source</a></em> and <b><a href="/two">another</a></b></span> agreed.</p>
<p>A long list follows <span>${links}</span> in one sentence.</p></article></body></html>`;
      const b = extractBody(parse(page), { baseUrl: 'https://news.example/story' });
      const said = b.blocks.find((x) => x.text.startsWith('The agency said'))!;
      expect(said.links.map((l) => l.href)).toEqual(['https://a.example/one', 'https://news.example/two']);
      const list = b.blocks.find((x) => x.text.startsWith('A long list'))!;
      expect(list.links).toHaveLength(50);
      expect(list.links[0]!.href).toBe('https://news.example/l0');
      expect(list.links[49]!.href).toBe('https://news.example/l49');
    });

    it('puts a space at line breaks', () => {
      expect(text).toContain('Line one of a paragraph line two after a break.');
    });
  });
}

describe('body chrome names', () => {
  const el = (cls: string) => linked(`<div class="${cls}"></div>`).querySelector('div')!;
  it('treats strong words anywhere in a class token as chrome', () => {
    expect(hasChromeName(el('related-posts'))).toBe(true);
    expect(hasChromeName(el('comment_content'))).toBe(true);
    expect(hasChromeName(el('tags-links'))).toBe(true);
  });
  it('does not treat WordPress tag classes, page-builder widgets or BEM modifiers as chrome', () => {
    expect(hasChromeName(el('post tag-vulnerabilities'))).toBe(false);
    expect(hasChromeName(el('elementor-widget-container'))).toBe(false);
    expect(hasChromeName(el('node node--promoted'))).toBe(false);
    expect(hasChromeName(el('field field--label-hidden'))).toBe(false);
  });
});

describe('body on awkward pages', () => {
  it('finds text written into divs without paragraphs', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><div class="wrap"><div class="txt">${'The ministry said the attack was serious, and that, in its view, it came from abroad. '.repeat(4)}</div><div class="txt">${'Officials said more details would follow, and that, so far, no data was lost. '.repeat(4)}</div></div></body></html>`;
    const b = extractBody(linked(html), { baseUrl: null });
    expect(b.blocks.map((x) => x.text).join(' ')).toContain('Officials said more details would follow');
    expect(b.blocks.map((x) => x.text).join(' ')).not.toContain('Home');
  });
  it('never throws and stays bounded on a giant page', () => {
    const big = `<html><body><article>${'<p>The agency said the botnet was large, and growing, every day.</p>'.repeat(5000)}</article></body></html>`;
    const t0 = performance.now();
    const b = extractBody(linked(big), { baseUrl: null });
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(b.blocks.length).toBeGreaterThan(100);
    expect(b.blocks.length).toBeLessThanOrEqual(3_000);
    expect(() => extractBody(linked(''), { baseUrl: null })).not.toThrow();
  });
});
