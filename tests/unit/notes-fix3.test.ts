import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { NOTE_RULES } from '../../src/core/notes/index';
import { SINGLE_SOURCE_PATTERNS } from '../../src/core/notes/single-source';
import { SECONDARY_PATTERNS } from '../../src/core/notes/secondary-reporting';
import { VENDOR_SITE_PATTERNS, vendorFromPage } from '../../src/core/vendor-site';
import { extractBody } from '../../src/core/body';
import { emptyReport, type Attribution, type NoteId, type Report } from '../../src/core/report';
import { att, label, report } from './helpers/hand-built';

/** Notes rules from the third held-out set, on hand-built reports and small pages of our own. */
const run = (id: NoteId, r: Report) => NOTE_RULES[id].apply(r);
const PUBLIC = label('pb', 'Example Broadcasting', 'state_funded_independent', { kind: 'outlet', country: 'JP' });

describe('secondary-reporting: a news agency saying it', () => {
  it('"The state-run X news agency said …" on a broadcaster that is itself an outlet', () => {
    const r = report({
      publisher: PUBLIC,
      attributions: [
        att('Northern News Agency', 'outlet', { sentence: 'The state-run Northern News Agency said on Monday that foreign hackers had attacked its ministries.' }),
        att('Chief Cabinet Secretary', 'government', { cue: 'dismissed' }),
      ],
    });
    const n = run('secondary-reporting', r)!;
    expect(n.args).toEqual(['Northern News Agency']);
    expect(n.refs?.attributions).toEqual([0]);
  });
  it('"The agency quoted …" relays too', () => {
    const r = report({ attributions: [att('Example Wire', 'outlet', { cue: 'quoted', sentence: 'Example Wire quoted a ministry spokesperson as saying the attacks failed.' })] });
    expect(run('secondary-reporting', r)?.args).toEqual(['Example Wire']);
  });
  it('a newspaper that "said" something about itself is not relayed reporting', () => {
    const r = report({ attributions: [att('The Daily Example', 'outlet', { sentence: 'The Daily Example said its subscriber database had been breached.' })] });
    expect(run('secondary-reporting', r)).toBeNull();
  });
  it('the publisher calling itself by the last word of its name is not another outlet', () => {
    const r = report({
      article: { ...emptyReport(null).article, siteName: 'Wessex Chronicle' },
      attributions: [att('Chronicle', 'outlet', { cue: 'told', sentence: 'A nurse told the Chronicle that staff were using paper.' }), att('A nurse', 'anonymous', { cue: 'told', via: 0 })],
    });
    expect(run('secondary-reporting', { ...r, article: { ...r.article, siteName: 'Harbour Times' } })?.args).toEqual(['Chronicle']);
    expect(run('secondary-reporting', r)).toBeNull();
  });
});

describe('single-source: a press release resting on the issuer', () => {
  const release = (extra: Attribution[]) =>
    report({
      attributions: [
        att('Northwind Security', 'company', { cue: 'announced', sentence: 'BOSTON, March 3, 2026 /PRNewswire/ -- Northwind Security today announced the discovery of a new botnet.' }),
        att('Northwind Labs', 'company', { cue: 'according to' }),
        att('Dana Cole (Northwind Security)', 'person'),
        ...extra,
      ],
    });
  it('the issuer, its lab and its executive are one source, an agency cited for context does not change that', () => {
    const n = run('single-source', release([att('FBI', 'government', { cue: 'warned' })]))!;
    expect(n.args).toEqual(['Northwind Security']);
    expect(n.refs?.attributions).toEqual([0, 1, 2]);
  });
  it('a release where others carry as much as the issuer is not single-source', () => {
    expect(run('single-source', release([att('FBI', 'government'), att('Europol', 'government'), att('Acme Corp', 'company')]))).toBeNull();
  });
  it('an ordinary news story with several sources is not a press release', () => {
    const r = report({ attributions: [att('Northwind Security', 'company', { cue: 'announced' }), att('Northwind Labs', 'company'), att('FBI', 'government')] });
    expect(run('single-source', r)).toBeNull();
  });
});

const vendorPage = (opts: { copyright: string; nav: string; site: string; body?: string }) =>
  parseHTML(`<!doctype html><html><head><title>Research</title></head><body><div class="topbar"><a href="/">${opts.site}</a> ${opts.nav}</div>
<article><h1>New loader targets shipping firms</h1><div class="post-body"><p>Over the last three months our researchers followed a loader that arrived in fake invoices sent to shipping companies in northern Europe.</p>
<p>The loader fetched a second stage from servers that changed every few days, and it checked the keyboard layout before it ran anything at all.</p>
<p>${opts.body ?? 'We share indicators below so that defenders can look for the loader in their own logs and mail gateways.'}</p></div></article>
<footer class="site-footer"><a href="/about">About</a> <span>${opts.copyright}</span></footer></body></html>`).document as unknown as Document;
const vendorOf = (doc: Document, site: string, url: string) => vendorFromPage(extractBody(doc, { baseUrl: url }), site, url);

describe('vendor-publisher: a vendor blog the database does not know', () => {
  it('a company copyright matching the site, with a security word, and sales navigation', () => {
    const doc = vendorPage({ copyright: '© 2026 Northwind Security Inc.', nav: '<a href="/demo">Request a demo</a>', site: 'Northwind Research' });
    expect(vendorOf(doc, 'Northwind Research', 'https://research.northwindsec.example/loader')).toBe('Northwind Security');
  });
  it('"customers are protected" in the body counts instead of the navigation', () => {
    const doc = vendorPage({ copyright: '© 2026 Northwind Labs Ltd.', nav: '', site: 'Northwind Labs', body: 'Northwind customers are protected against this loader by our existing detections.' });
    expect(vendorOf(doc, 'Northwind Labs', 'https://northwind.example/blog/loader')).toBe('Northwind Labs');
  });
  it('never a news site: a news word in the company or site name, or no sales signal', () => {
    expect(vendorOf(vendorPage({ copyright: '© 2026 Cyber Harbour Media Inc.', nav: '<a href="/pricing">Pricing</a>', site: 'Cyber Harbour' }), 'Cyber Harbour', 'https://cyberharbour.example/a')).toBeNull();
    expect(vendorOf(vendorPage({ copyright: '© 2026 Northwind Security Inc.', nav: '<a href="/subscribe">Subscribe</a>', site: 'Northwind Security' }), 'Northwind Security', 'https://northwindsec.example/a')).toBeNull();
    expect(vendorOf(vendorPage({ copyright: '© 2026 Other Security Inc.', nav: '<a href="/demo">Book a demo</a>', site: 'Northwind Research' }), 'Northwind Research', 'https://northwind.example/a')).toBeNull();
    expect(vendorOf(vendorPage({ copyright: '© 2026 Northwind Foods Inc.', nav: '<a href="/demo">Book a demo</a>', site: 'Northwind Foods' }), 'Northwind Foods', 'https://northwind.example/a')).toBeNull();
  });
  it('the rule fires on the page signal only when the database has no publisher', () => {
    const art = { ...emptyReport(null).article, siteName: 'Northwind Research', vendor: 'Northwind Security' };
    expect(run('vendor-publisher', report({ article: art }))?.text).toBe('The publisher, Northwind Research, is a security vendor reporting on threats it tracks.');
    expect(run('vendor-publisher', report({ article: { ...art, vendor: undefined } }))).toBeNull();
  });
});

describe('new note patterns are linear-time', () => {
  it('no pattern backtracks on pumped input', () => {
    const slow: string[] = [];
    for (const re of [...SINGLE_SOURCE_PATTERNS, ...SECONDARY_PATTERNS, ...VENDOR_SITE_PATTERNS]) {
      const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
      for (const p of ['a', 'A', ' ', 'A ', 'Aa ', '© ', '1', 'Ab, ', '/ ', 'c ']) {
        const input = p.repeat(Math.ceil(10_000 / p.length)) + '\u0000';
        const t = performance.now();
        input.match(g);
        if (performance.now() - t > 250) slow.push(re.source.slice(0, 60));
      }
    }
    expect(slow).toEqual([]);
  });
});
