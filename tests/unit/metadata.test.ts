import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractPageFacts, parseJsonLd, stripSiteName, toIsoDate, unescapeEntities } from '../../src/core/metadata';

function facts(html: string, url: string | null = null) {
  return extractPageFacts(parseHTML(html).document as unknown as Document, url);
}
const ld = (o: unknown) => `<script type="application/ld+json">${typeof o === 'string' ? o : JSON.stringify(o)}</script>`;

describe('title', () => {
  it('reads the document <title>, never an SVG <title> (also one nested deeper in the SVG, and before the real one)', () => {
    const svg = '<svg viewBox="0 0 1 1"><g><title>Icon label</title></g></svg>';
    expect(facts(`<html><head></head><body>${svg}<p>x</p></body></html>`).docTitle).toBe(null);
    expect(facts(`<html><head></head><body>${svg}<title>The real page title</title></body></html>`).docTitle).toBe('The real page title');
    expect(facts(`<html><head><title>Head title</title></head><body>${svg}</body></html>`).docTitle).toBe('Head title');
  });
  it('removes a site suffix after common separators', () => {
    expect(stripSiteName('Foo bar baz - The Cyber Express', ['The Cyber Express'], 'thecyberexpress.com').title).toBe('Foo bar baz');
    expect(stripSiteName('Foo bar baz | Example News', [], 'examplenews.com').title).toBe('Foo bar baz');
    expect(stripSiteName('Example News: Foo bar baz', [], 'examplenews.com').title).toBe('Foo bar baz');
    expect(stripSiteName('Foo bar baz | Tech | Example News', ['Example News'], null).title).toBe('Foo bar baz | Tech');
  });
  it('keeps separators that belong to the headline', () => {
    expect(stripSiteName('Log4Shell: what happened, and what to do', ['The Patch Notes'], 'thepatchnotes.example').title).toBe('Log4Shell: what happened, and what to do');
    expect(stripSiteName('Storm-0558 - what we know so far', [], null).title).toBe('Storm-0558 - what we know so far');
  });
  it('prefers the declared title that agrees with the h1', () => {
    const f = facts(`<title>Hackers hit port - Daily Planet</title><meta property="og:title" content="Hackers hit port systems in the night"><body><h1>Hackers hit port systems in the night</h1></body>`);
    expect(f.meta.title).toBe('Hackers hit port systems in the night');
  });
  it('uses JSON-LD headline when there is no og:title', () => {
    const f = facts(`<title>Site</title>${ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A headline from JSON-LD here' })}<body></body>`);
    expect(f.meta.title).toBe('A headline from JSON-LD here');
  });
  it('ignores a masthead h1 that is the site name', () => {
    const f = facts(`<title>Quiet Harbour Blog: Notes on the storm that was not</title><body><h1>Quiet Harbour Blog</h1><h3 class="post-title">Notes on the storm that was not</h3></body>`, 'https://quietharbourblog.example/2024/notes-on-the-storm.html');
    expect(f.meta.title).toBe('Notes on the storm that was not');
    expect(f.meta.siteName).toBe('Quiet Harbour Blog');
  });
});

describe('JSON-LD', () => {
  it('walks @graph and resolves @id references', () => {
    const f = facts(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': '#site', name: 'Graph Site' },
          { '@type': 'Article', headline: 'Graph headline for the test', author: { '@id': '#p1' }, publisher: { '@id': '#org' }, datePublished: '2024-02-03T04:05:06Z', articleSection: 'Security', keywords: ['malware', 'botnet'] },
          { '@type': 'Person', '@id': '#p1', name: 'Ada Example' },
          { '@type': 'Organization', '@id': '#org', name: 'Graph Org' },
        ],
      }),
    );
    expect(f.ldTypes).toEqual(expect.arrayContaining(['WebSite', 'Article', 'Person', 'Organization']));
    expect(f.meta.byline).toBe('Ada Example');
    expect(f.meta.siteName).toBe('Graph Org');
    expect(f.meta.published).toBe('2024-02-03T04:05:06.000Z');
    expect(f.section).toContain('Security');
    expect(f.keywords).toEqual(['malware', 'botnet']);
  });
  it('handles top-level arrays, type arrays, schema.org URLs and multiple authors', () => {
    const f = facts(ld([{ '@type': ['http://schema.org/NewsArticle'], headline: 'Array headline for testing', author: [{ name: 'A One' }, { name: 'B Two' }, 'C Three'] }]));
    expect(f.ldTypes).toContain('NewsArticle');
    expect(f.meta.byline).toBe('A One, B Two, C Three');
  });
  it('tolerates malformed JSON: raw newlines, trailing commas, CDATA, garbage', () => {
    expect(parseJsonLd('{"a": "line\nbreak", "b": [1,2,],}')).toEqual({ a: 'line break', b: [1, 2] });
    expect(parseJsonLd('<![CDATA[{"@type":"Article"}]]>')).toEqual({ '@type': 'Article' });
    expect(parseJsonLd('{not json')).toBeUndefined();
    expect(() => facts(ld('{"@type": "Article", "headline": ') + ld('[[[[[[') + '<body></body>')).not.toThrow();
  });
  it('is bounded on deep or huge JSON-LD', () => {
    let deep = '1';
    for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;
    const t0 = Date.now();
    expect(() => facts(ld(deep) + ld(JSON.stringify({ '@graph': Array.from({ length: 20000 }, (_, i) => ({ '@type': 'Thing', name: `n${i}` })) })))).not.toThrow();
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('site name', () => {
  it('og:site_name first, taglines cut', () => {
    expect(facts(`<meta property="og:site_name" content="LinkNews | The best news platform">`).meta.siteName).toBe('LinkNews');
  });
  it('prefers a spelled-out name over a bare domain for the same site', () => {
    const f = facts(`<meta property="og:site_name" content="livenews.com">${ld({ '@type': 'NewsArticle', headline: 'x', publisher: { '@type': 'Organization', name: 'Live News' } })}`);
    expect(f.meta.siteName).toBe('Live News');
  });
  it('falls back to the title suffix, then to the domain', () => {
    expect(facts(`<title>Some long headline about things - Plain Gazette</title><body><h1>Some long headline about things</h1></body>`, 'https://plaingazette.example/a').meta.siteName).toBe('Plain Gazette');
    expect(facts(`<title>Headline</title>`, 'https://www.nowhere.example/x').meta.siteName).toBe('nowhere.example');
  });
});

describe('byline', () => {
  it('strips "By", refuses URLs and prefers a person over the site name', () => {
    expect(facts(`<meta name="author" content="By Jane Roe">`).meta.byline).toBe('Jane Roe');
    expect(facts(`<meta property="article:author" content="https://facebook.com/someone"><body><span class="byline">By Sam Poe</span></body>`).meta.byline).toBe('Sam Poe');
    expect(facts(`<meta property="og:site_name" content="Metro Daily"><meta name="author" content="Metro Daily"><body><a rel="author" href="/a/x">Kim Lee</a></body>`).meta.byline).toBe('Kim Lee');
  });
  it('keeps a group byline when that is all there is', () => {
    expect(facts(`<meta property="og:site_name" content="Metro Daily"><meta name="author" content="Metro Daily Staff">`).meta.byline).toBe('Metro Daily Staff');
  });
  it('reads visible markup: itemprop=author name, German "Von", and cuts dates', () => {
    expect(facts(`<body><article><span itemprop="author"><span itemprop="name">Ana Ruiz</span></span></article></body>`).meta.byline).toBe('Ana Ruiz');
    expect(facts(`<body><article><p class="autor">Von Jana Keller</p></article></body>`).meta.byline).toBe('Jana Keller');
    expect(facts(`<body><article><div class="entry-byline">Carla Nunes 27/09/2018</div></article></body>`).meta.byline).toBe('Carla Nunes');
  });
  it('skips author names in comments and related lists', () => {
    expect(facts(`<body><div class="comments"><span class="author">troll99</span></div></body>`).meta.byline).toBeNull();
  });
});

describe('dates', () => {
  it('normalises to ISO 8601', () => {
    expect(toIsoDate('2024-04-12')).toBe('2024-04-12');
    expect(toIsoDate('2024-04-12T09:30:00+02:00')).toBe('2024-04-12T07:30:00.000Z');
    expect(toIsoDate('2024-04-12 09:30:00+0000')).toBe('2024-04-12T09:30:00.000Z');
    expect(toIsoDate('20240412')).toBe('2024-04-12');
    expect(toIsoDate('20240412T0930')).toBe('2024-04-12T09:30:00.000Z');
    expect(toIsoDate('Tue, 19 Nov 2019 10:00:00 GMT')).toBe('2019-11-19T10:00:00.000Z');
    expect(toIsoDate('November 12, 2024')).toBe('2024-11-12');
  });
  it('rejects junk and implausible years', () => {
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('0001-01-01')).toBeNull();
    expect(toIsoDate('2024-13-45')).toBeNull();
    expect(toIsoDate('')).toBeNull();
  });
  it('precedence: JSON-LD, then article:published_time, then <time> in the article', () => {
    expect(facts(`${ld({ '@type': 'Article', datePublished: '2020-01-01' })}<meta property="article:published_time" content="2021-01-01">`).meta.published).toBe('2020-01-01');
    expect(facts(`<meta property="article:published_time" content="2021-01-01"><body><article><time datetime="2022-01-01">x</time></article></body>`).meta.published).toBe('2021-01-01');
    expect(facts(`<body><article><time datetime="2022-01-01T10:00:00Z">x</time></article></body>`).meta.published).toBe('2022-01-01T10:00:00.000Z');
  });
});

describe('canonical URL, type, sections, lang', () => {
  it('given url, else canonical, else og:url; http(s) only', () => {
    const head = `<link rel="canonical" href="/path/a"><meta property="og:url" content="https://og.example/b">`;
    expect(facts(head, 'https://given.example/x').canonicalUrl).toBe('https://given.example/x');
    expect(facts(`<link rel="canonical" href="https://canon.example/a"><meta property="og:url" content="https://og.example/b">`).canonicalUrl).toBe('https://canon.example/a');
    expect(facts(`<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://og.example/b">`).canonicalUrl).toBe('https://og.example/b');
    expect(facts(`<meta property="og:url" content="data:text/html,x">`).canonicalUrl).toBeNull();
  });
  it('collects og:type, microdata types, sections, tags and keywords', () => {
    const f = facts(
      `<html lang="de-DE"><head><meta property="og:type" content="Article"><meta property="article:section" content="IT-Sicherheit"><meta property="article:tag" content="Ransomware"><meta property="article:tag" content="Datenleck"><meta name="keywords" content="a, b"></head><body><div itemscope itemtype="https://schema.org/BlogPosting"></div></body></html>`,
    );
    expect(f.ogType).toBe('article');
    expect(f.ldTypes).toContain('BlogPosting');
    expect(f.section).toEqual(['IT-Sicherheit']);
    expect(f.keywords).toEqual(['Ransomware', 'Datenleck', 'a', 'b']);
    expect(f.meta.lang).toBe('de-DE');
  });
  it('indexes every key of a meta that names several (space-separated, any case), not a look-alike key', () => {
    const head = (x: string) => `<html><head>${x}</head><body><p>x</p></body></html>`;
    const f = facts(head(`<meta property="og:title  twitter:title" content="Harbour pilots get a new radio system"><meta name="Description" content="The port's radios are replaced after forty years."><meta content="orphan value">`));
    expect(f.meta.title).toBe('Harbour pilots get a new radio system');
    expect(f.description).toBe("The port's radios are replaced after forty years.");
    // og:type as the first of two keys, then a key that merely contains it.
    expect(facts(head(`<meta property="og:type twitter:card" content="Article">`)).ogType).toBe('article');
    expect(facts(head(`<meta name="notog:type" content="website">`)).ogType).toBeNull();
  });
  it('reads a microdata datePublished among other itemprop words, not a look-alike word', () => {
    const body = (prop: string) => `<body><article><span itemprop="${prop}" content="2023-05-06">x</span></article></body>`;
    expect(facts(body('dateModified  datePublished')).meta.published).toBe('2023-05-06');
    expect(facts(body('datePublished')).meta.published).toBe('2023-05-06');
    expect(facts(body('datePublishedOriginal')).meta.published).toBeNull();
  });
  it('unescapes double-escaped entities in meta content', () => {
    expect(unescapeEntities('Tom &amp; Jerry &#8217;s &#x27;x&#x27; &bogus;')).toBe("Tom & Jerry ’s 'x' &bogus;");
    expect(facts(`<meta property="og:title" content="Bike &amp;amp; Style">`).meta.title).toBe('Bike & Style');
  });
  it('never throws on odd documents', () => {
    expect(() => facts('')).not.toThrow();
    expect(() => facts('<html><head><meta property="og:title"></head></html>')).not.toThrow();
  });
});
