// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { prefilter } from '../../src/content/prefilter';
import { siteOf } from '../../src/core/text';

const long = (s: string, n = 10) => Array.from({ length: n }, (_, i) => `<p>${s} (${i}) and the rest of a fairly long sentence that keeps going for a while.</p>`).join('');

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.title = '';
});

describe('content prefilter (the always-on first look)', () => {
  it('says maybe for a security headline', () => {
    document.body.innerHTML = `<h1>Ransomware gang hits port operator</h1>${long('The port reopened on Monday after a quiet weekend')}`;
    expect(prefilter(document, 'https://news.example/a').maybe).toBe(true);
  });
  it('says maybe when only the opening paragraphs are about security', () => {
    document.body.innerHTML = `<h1>Port reopens</h1><p>Officials said a cyberattack had shut the terminal systems for three days last week.</p>${long('Trucks queued along the harbour road')}`;
    expect(prefilter(document, 'https://news.example/a').maybe).toBe(true);
  });
  it('finds non-English security vocabulary', () => {
    document.body.innerHTML = `<h1>Neue Sicherheitslücke in Routern</h1>${long('Der Hersteller kündigte ein Update an')}`;
    expect(prefilter(document, 'https://news.example/de').maybe).toBe(true);
    document.body.innerHTML = `<h1>某机构遭网络攻击</h1>${long('相关部门表示')}`;
    expect(prefilter(document, 'https://news.example/zh').maybe).toBe(true);
  });
  it('says no, with a reason, after enough running text without a security term', () => {
    document.body.innerHTML = `<h1>Bakery wins prize</h1>${long('The bakery baked bread for the summer festival', 20)}`;
    const r = prefilter(document, 'https://news.example/bakery');
    expect(r.maybe).toBe(false);
    expect(r.reasons[0]).toMatch(/No security topic/);
  });
  it('leaves pages with too little paragraph text to the analyzer', () => {
    document.body.innerHTML = `<h1>Bakery</h1><div>Short text<br>more text</div>`;
    expect(prefilter(document, 'https://news.example/b').maybe).toBe(true);
  });
});

describe('siteOf', () => {
  it.each([
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['en.people.cn', 'people.cn'],
    ['www.abc.net.au', 'abc.net.au'],
    ['thecyberexpress.com', 'thecyberexpress.com'],
    ['a.b.example.com', 'example.com'],
    ['www.gov.cn', 'www.gov.cn'],
    ['10.0.0.1', '10.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, site) => expect(siteOf(host)).toBe(site));
});
