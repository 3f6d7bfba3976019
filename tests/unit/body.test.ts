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
  it('drops hidden spans and links in running text, and keeps chrome-flagged links and emphasis that are visible', () => {
    // Inline elements straight in a container (not in a <p>, whose chrome children are all dropped).
    const para = (inner: string) =>
      `<div>The agency said the botnet was large${inner} and growing every day, according to a statement published on Monday.</div>`;
    const html = `<html><body><article>${[
      para('<span hidden> HIDDEN-SPAN</span>'),
      para('<span aria-hidden="true"> HIDDEN-ARIA</span>'),
      para('<a href="/x" style="display: none"> HIDDEN-LINK</a>'),
      para('<a href="/y" role="navigation" hidden> HIDDEN-NAV-LINK</a>'),
      para('<a href="/z" role="navigation"> VISIBLE-NAV-LINK</a>'),
      para('<a href="/s" class="share-link"> VISIBLE-SHARE-LINK</a>'),
      para('<strong class="promo"> VISIBLE-STRONG</strong>'),
      para('<span class="promo"> DROPPED-PROMO-SPAN</span>'),
    ].join('')}</article></body></html>`;
    for (const doc of [linked(html), happy(html)]) {
      const text = extractBody(doc, { baseUrl: 'https://news.example/a' }).blocks.map((x) => x.text).join(' ');
      for (const gone of ['HIDDEN-SPAN', 'HIDDEN-ARIA', 'HIDDEN-LINK', 'HIDDEN-NAV-LINK', 'DROPPED-PROMO-SPAN']) expect(text).not.toContain(gone);
      for (const kept of ['VISIBLE-NAV-LINK', 'VISIBLE-SHARE-LINK', 'VISIBLE-STRONG']) expect(text).toContain(kept);
    }
  });
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

describe('articles split over sibling boxes', () => {
  const P = (s: string) => `<p>${s}</p>`;
  const RELEASE = `<!doctype html><html><body><header role="banner"><a href="/">Agency</a></header>
<main class="wrapper"><h1>Agency names group behind attacks on water utilities</h1>
<section class="intro-block"><h2>Overview</h2>
${P('The national cyber agency today named a criminal group, tracked as Reservoir Wolf, as the party behind a series of attacks on small water utilities across the north of the country.')}
${P('The agency judges, with high confidence, that the group is highly likely to keep targeting utilities that expose remote access tools to the internet, and that smaller operators are most at risk.')}
</section>
<section class="body-block"><h2>Background</h2>
${P('The advisory, written together with partners in three other countries, lists the tools, addresses and techniques the group used, including stolen passwords, a known flaw in remote support software, and scheduled tasks.')}
${P('The agency’s director of operations said the utilities affected had acted quickly, and that none of the incidents had affected the safety of drinking water supplied to customers.')}
${P('Partners in the other countries said they had seen the same tools in their own investigations, and that they would publish their own guidance for operators later in the month.')}
${P('The agency asked operators who find signs of the group on their networks to report them through its incident portal, and said it would treat every report in confidence.')}
</section>
<div class="feedback">${P('Was this page useful? <a href="#">Yes</a> <a href="#">No</a>')}</div>
<section class="next"><h2>More from the agency</h2><ul><li><a href="/n/1">Agency publishes annual review of incidents handled in the last year</a></li><li><a href="/n/2">New guidance for schools on backups and recovery plans</a></li></ul></section>
<div class="responses"><h3>Comments</h3><form><textarea></textarea></form>${P('A reader wrote that, according to his brother, the utilities had been warned about this for years by everyone.')}${P('Another reader said the agency should have named the group months ago, which in his view would have helped all of them.')}</div>
</main></body></html>`;
  const LIVE = `<!doctype html><html><body><div class="top-bar"><a href="/">The Desk</a></div>
<div class="live-wrapper"><h1>Live: mail server flaw exploited</h1>
<div class="badge">LIVE</div>
<div class="key-box"><h2>Key points</h2><ul><li>The vendor confirms a critical flaw in its mail server is being exploited</li><li>Patches are out for the two newest versions, according to the vendor</li></ul></div>
<div class="author-box"><h2>Summary of the reporter</h2><p>Sam Reed covers security for the desk and said he has written about mail servers for a decade.</p></div>
<div class="feed">
<div class="post"><time>14:00</time>${P('The vendor said in an advisory that the flaw lets an attacker run code on the server without logging in, and that it had seen attacks against a small number of customers.')}</div>
<div class="post"><time>12:00</time>${P('Researchers at an incident response firm said the first attacks came from addresses used before by the same criminal group, and that they expected more to follow.')}</div>
<div class="post"><time>10:00</time>${P('A national cyber agency added the flaw to its list of exploited vulnerabilities and told agencies to patch by the end of the week, the agency said.')}</div>
</div>
<div class="key-box-promo"><h2>Key points</h2><ul><li><a href="/l/1">Read our other live blogs about security flaws</a></li></ul></div>
</div></body></html>`;
  for (const [name, parse] of [['linkedom', linked], ['happy-dom', happy]] as const) {
    it(`keeps a summary section and a details section of one release, and nothing around them (${name})`, () => {
      const text = extractBody(parse(RELEASE), { baseUrl: 'https://agency.example/news/x', title: 'Agency names group' }).blocks.map((b) => b.text).join('\n');
      expect(text).toContain('highly likely to keep targeting');
      expect(text).toContain('report them through its incident portal');
      expect(text.indexOf('Reservoir Wolf')).toBeLessThan(text.indexOf('The advisory, written together'));
      expect(text).not.toContain('Was this page useful');
      expect(text).not.toContain('annual review');
      expect(text).not.toContain('A reader wrote');
    });
    it(`keeps a liveblog's key points box above the feed, not a bio or a link box (${name})`, () => {
      const text = extractBody(parse(LIVE), { baseUrl: 'https://desk.example/live/x', title: 'Live: mail server flaw exploited' }).blocks.map((b) => b.text).join('\n');
      expect(text).toContain('Patches are out for the two newest versions, according to the vendor');
      expect(text.indexOf('Key points')).toBeLessThan(text.indexOf('The vendor said in an advisory'));
      expect(text).toContain('told agencies to patch');
      expect(text).not.toContain('Sam Reed');
      expect(text).not.toContain('other live blogs');
    });
  }
});

describe('sibling boxes are bounded', () => {
  it('a container after a very long run of siblings is still the body, alone', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `<div class="summary">Box ${i} with a summary of something, and more words, in it.</div>`).join('');
    const paras = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the story says the agency, the ministry and the company disagreed, again, about what happened at the plant on Monday.</p>`).join('');
    const html = `<!doctype html><html><body><div class="page">${filler}<div class="story">${paras}</div></div></body></html>`;
    const text = extractBody(linked(html), { baseUrl: null }).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('Box 1 ');
  });
});
