import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { firstLook, quickLook, quickReport, QUICK_LIMITS } from '../../src/core/index';
import { contentDirectory } from '../../src/sources/compact';
import { synthArticle } from '../../scripts/bench/synth';

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;
const ROOT = path.resolve(__dirname, '../..');

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

// Every page the project has: its fixtures (synthetic, blind, hostile …) and the shared dev set.
const PAGES = [...htmlFiles(path.join(ROOT, 'tests/fixtures')), ...htmlFiles(path.join(ROOT, '../shared/eval/dev'))];

const para = (s: string): string => `<p>${s}</p>`;
const GARDEN = [
  'The allotment society met on Saturday to plan the spring planting season for the community beds near the river.',
  'Members agreed to share seed potatoes, onion sets and broad beans, and to rotate the brassicas to the eastern plots.',
  'A volunteer rota for watering during the summer months will be posted on the noticeboard by the shed next week.',
  'The treasurer reported that the annual fees cover the water bill, new compost bins and a replacement wheelbarrow.',
  'Children from the primary school will plant sunflowers along the fence as part of their science project this term.',
].map(para);

describe('quickLook (the content script pre-filter)', () => {
  // Both loops grow with the fixture sets (every page, three sensitivities; a 2 MB page): correctness checks that get
  // more than the default 20 s on a loaded machine.
  it('never rules out a page that the full detection calls security news, at any sensitivity', () => {
    const db = contentDirectory();
    expect(PAGES.length).toBeGreaterThan(10);
    let detected = 0;
    for (const file of PAGES) {
      const html = readFileSync(file, 'utf8');
      for (const sensitivity of ['relaxed', 'normal', 'strict'] as const) {
        const full = firstLook(doc(html), { db, sensitivity });
        if (!full.isSecurityNews) continue;
        detected++;
        const q = quickLook(doc(html), { db, url: full.url });
        expect(q.maybe, `${path.basename(file)} (${sensitivity}): ${q.reasons.join('; ')}`).toBe(true);
      }
    }
    expect(detected).toBeGreaterThan(0);
  }, 120_000);

  it('never rules out the synthetic security articles of the scaling benchmark, small to giant', () => {
    for (const size of [8 * 1024, 60 * 1024, 400 * 1024, 2 * 1024 * 1024]) {
      const html = synthArticle(size, 11);
      const full = firstLook(doc(html), { sensitivity: 'relaxed' });
      const q = quickLook(doc(html));
      if (full.isSecurityNews) expect(q.maybe).toBe(true);
      expect(q.signals.elementsVisited).toBeLessThanOrEqual(QUICK_LIMITS.maxElements + 1);
    }
  }, 120_000);

  it('says no to a plain article with enough running text and no security vocabulary', () => {
    const html = `<html><head><title>Allotment society plans spring planting</title>
      <meta name="description" content="Seed swaps and a watering rota for the community beds."></head>
      <body><nav><a href="/">Home</a></nav><h1>Allotment society plans spring planting</h1>${GARDEN.join('').repeat(3)}</body></html>`;
    const q = quickLook(doc(html), { url: 'https://news.example/local/allotment-society-spring-planting' });
    expect(q.maybe).toBe(false);
    expect(q.signals.paragraphs).toBeGreaterThanOrEqual(QUICK_LIMITS.decideParagraphs);
    const r = quickReport(q);
    expect(r.isSecurityNews).toBe(false);
    expect(r.detection.reasons[0]).toMatch(/No security topic/);
    expect(r.url).toBe('https://news.example/local/allotment-society-spring-planting');
  });

  it('finds the vocabulary in the title, the description, JSON-LD or a later paragraph', () => {
    const body = `<body>${GARDEN.join('')}</body>`;
    const cases = [
      `<head><title>Ransomware hits the allotment society</title></head>${body}`,
      `<head><meta property="og:description" content="A data breach exposed member addresses."></head>${body}`,
      `<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Phishing emails target gardeners"}</script></head>${body}`,
      `<head></head><body>${GARDEN.slice(0, 3).join('')}${para('Investigators said the hackers used stolen credentials to reach the society membership server.')}</body>`,
    ];
    for (const c of cases) expect(quickLook(doc(`<html>${c}</html>`)).maybe, c.slice(0, 80)).toBe(true);
    const ld = quickLook(doc(`<html>${cases[2]}</html>`));
    expect(ld.signals.ldTypes).toContain('NewsArticle');
  });

  it('leaves pages it cannot judge cheaply to the full detection', () => {
    // Little paragraph text (a script-built or <br>-separated page).
    const brs = `<html><body><div>${'Some text about many things<br>'.repeat(200)}</div></body></html>`;
    expect(quickLook(doc(brs)).maybe).toBe(true);
    // A declared security section with no vocabulary in the text read.
    const sec = `<html><head><meta property="article:section" content="Cybersecurity"></head><body>${GARDEN.join('')}</body></html>`;
    expect(quickLook(doc(sec)).maybe).toBe(true);
    // A security URL section.
    expect(quickLook(doc(`<html><body>${GARDEN.join('')}</body></html>`), { url: 'https://news.example/security/story-about-things' }).maybe).toBe(true);
  });

  it('stops early on a giant page and skips navigation, footers and scripts', () => {
    const filler = `<div class="x"><span>a</span><span>b</span></div>`.repeat(20_000);
    const q = quickLook(doc(`<html><body>${filler}${GARDEN.join('')}</body></html>`));
    expect(q.signals.exhausted).toBe(true);
    expect(q.maybe).toBe(true);
    const hidden = `<html><body><nav>${para('Ransomware news and the latest malware alerts for you')}</nav><footer>${para('Read our cybersecurity newsletter every week for free')}</footer>${GARDEN.join('').repeat(3)}</body></html>`;
    expect(quickLook(doc(hidden)).maybe).toBe(false);
  });

  it('never throws on odd input', () => {
    expect(quickLook(doc('')).maybe).toBeTypeOf('boolean');
    expect(quickLook({} as Document).maybe).toBe(false);
    expect(quickLook(null as unknown as Document).maybe).toBe(false);
    const bad = { documentElement: { get tagName(): string { throw new Error('boom'); } } } as unknown as Document;
    expect(quickLook(bad).maybe).toBe(true);
  });
});

describe('quickLook sees the breach-notice and state-hacker vocabulary', () => {
  const page = (title: string, paras: string[]) =>
    doc(`<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>${paras.map(para).join('')}${GARDEN.join('')}${GARDEN.join('')}${GARDEN.join('')}</body></html>`);
  it('a breach notice is a maybe from its headline, naming the term', () => {
    const q = quickLook(page('Harbour Credit Union Provides Notice of Data Security Incident', []), { url: 'https://wire.example/news-releases/harbour-credit-union-notice-301234567.html' });
    expect(q.maybe).toBe(true);
    expect(q.signals.terms).toContain('Data Security Incident');
  });
  it('a column on a state\'s hackers is a maybe from its first paragraph', () => {
    const q = quickLook(page('Why exchanges keep losing money', ['Within days the theft was blamed on Pyongyang’s hackers, who had sent an engineer a booby-trapped file.']), { url: 'https://paper.example/opinion/2026/05/why-exchanges-keep-losing-money' });
    expect(q.maybe).toBe(true);
    expect(q.signals.terms).toEqual(expect.arrayContaining(['hackers', 'booby-trapped file']));
  });
  it('the same page without those words is still ruled out', () => {
    const q = quickLook(page('Why exchanges keep losing money', ['Within days the loss was blamed on poor controls, after an engineer opened a file from a stranger.']), { url: 'https://paper.example/opinion/2026/05/why-exchanges-keep-losing-money' });
    expect(q.maybe).toBe(false);
  });
});
