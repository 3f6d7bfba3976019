import { describe, expect, it } from 'vitest';
import { median, percentile, summarize, ratio, pairedRatios, growthSteps, logLogSlope, checkBudget, speedBudgets, noTaskOver } from '../../scripts/bench/stats';
import { synthArticle, prng, SCALING_SIZES } from '../../scripts/bench/synth';
import { parseArgs, parseSize, sizeBand } from '../../scripts/bench';
import { matchedHosts, attributeProfile, type CpuProfile } from '../../scripts/bench/browser';
import { parseHTML } from 'linkedom';

describe('bench stats', () => {
  it('median of odd and even counts, ignoring non-finite values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([1, NaN, 3, Infinity])).toBe(2);
    expect(median([])).toBeNaN();
  });

  it('percentile interpolates between ranks', () => {
    const xs = Array.from({ length: 101 }, (_, i) => i); // 0..100
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5, 10);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([], 95)).toBeNaN();
  });

  it('summarize reports n, median, p95, min and max', () => {
    const s = summarize([4, 2, 8, 6]);
    expect(s).toMatchObject({ n: 4, median: 5, min: 2, max: 8 });
    expect(s.p95).toBeCloseTo(7.7, 10);
  });

  it('ratio refuses a zero or missing reference instead of returning Infinity', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(NaN, 2)).toBeNaN();
    expect(pairedRatios([1, 2, 3], [2, 0, 6])).toEqual([0.5, NaN, 0.5]);
  });

  it('growth steps: 1 for linear cost, 2 for quadratic', () => {
    const linear = [10, 100, 1000].map((b) => ({ bytes: b, ms: b * 0.3 }));
    for (const s of growthSteps(linear)) {
      expect(s.relative).toBeCloseTo(1, 10);
      expect(s.exponent).toBeCloseTo(1, 10);
    }
    const quad = [10, 100].map((b) => ({ bytes: b, ms: b * b }));
    const [q] = growthSteps(quad);
    expect(q!.relative).toBeCloseTo(10, 10);
    expect(q!.exponent).toBeCloseTo(2, 10);
    // Unsorted input is sorted by size.
    expect(growthSteps([{ bytes: 100, ms: 10 }, { bytes: 10, ms: 1 }])[0]!.fromBytes).toBe(10);
  });

  it('log-log slope recovers the exponent', () => {
    expect(logLogSlope([1, 2, 4, 8].map((b) => ({ bytes: b * 1024, ms: 3 * b })))).toBeCloseTo(1, 10);
    expect(logLogSlope([1, 2, 4, 8].map((b) => ({ bytes: b * 1024, ms: b ** 1.5 })))).toBeCloseTo(1.5, 10);
    expect(logLogSlope([{ bytes: 1, ms: 1 }])).toBeNaN();
  });

  it('budgets pass at or under the limit, fail over it, and are not decided without data', () => {
    expect(checkBudget('x', 0.5, 0.5).pass).toBe(true);
    expect(checkBudget('x', 0.51, 0.5).pass).toBe(false);
    expect(checkBudget('x', NaN, 0.5).pass).toBeNull();
    const [fl, fullMed, fullP95] = speedBudgets([0.2, 0.3, 0.9], [0.1, 0.2, 0.3, 2]);
    expect(fl!.value).toBe(0.3);
    expect(fl!.pass).toBe(true);
    expect(fullMed!.value).toBeCloseTo(0.25, 10);
    expect(fullMed!.pass).toBe(true);
    expect(fullP95!.pass).toBe(false);
    expect(speedBudgets([], [])[0]!.pass).toBeNull();
  });
});

describe('synthetic article generator', () => {
  it('is deterministic', () => {
    expect(synthArticle(20_000)).toBe(synthArticle(20_000));
    expect(synthArticle(20_000, 1)).not.toBe(synthArticle(20_000, 2));
    const r = prng(42);
    const xs = Array.from({ length: 1000 }, r);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });

  it('hits the requested size within one block for every scaling size up to 1 MB', () => {
    for (const size of SCALING_SIZES.filter((s) => s <= 1024 * 1024)) {
      const html = synthArticle(size);
      const bytes = Buffer.byteLength(html);
      expect(bytes).toBeLessThanOrEqual(size);
      expect(bytes).toBeGreaterThan(size - 1536);
      expect(bytes).toBe(html.length); // ASCII only
    }
  });

  it('produces a news page with metadata, chrome and an article body that grows with size', () => {
    const count = (n: number) => {
      const { document } = parseHTML(synthArticle(n));
      return {
        p: document.querySelectorAll('article p').length,
        title: document.querySelector('title')?.textContent ?? '',
        canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href'),
        nav: document.querySelectorAll('nav a').length,
        footer: document.querySelector('footer')?.textContent ?? '',
        links: [...document.querySelectorAll('article a')].map((a) => a.getAttribute('href') ?? ''),
        text: document.querySelector('article')?.textContent ?? '',
      };
    };
    const small = count(10 * 1024);
    const big = count(200 * 1024);
    expect(small.title).toMatch(/breach/i);
    expect(small.canonical).toMatch(/^https:\/\//);
    expect(small.nav).toBeGreaterThan(0);
    expect(small.footer).toMatch(/accuracy/);
    expect(big.p).toBeGreaterThan(small.p * 10);
    expect(big.links.length).toBeGreaterThan(0);
    expect(big.links.every((h) => /^https:\/\//.test(h))).toBe(true);
    expect(big.text).toMatch(/According to /);
    expect(big.text).toMatch(/reportedly|allegedly/);
  });
});

describe('bench arguments', () => {
  it('parses sizes with units', () => {
    expect(parseSize('10K')).toBe(10240);
    expect(parseSize('1.5M')).toBe(1572864);
    expect(parseSize('2048')).toBe(2048);
    expect(parseSize('5MB')).toBe(5 * 1024 * 1024);
    expect(parseSize('ten')).toBeNaN();
  });

  it('parses options and rejects unknown ones', () => {
    const a = parseArgs(['--corpus', 'a', '--corpus=b', '--json', '--scaling', '--sizes', '10K,1M', '--db', 'full', '--no-cli']);
    expect(a).toMatchObject({ corpus: ['a', 'b'], json: true, scaling: true, sizes: [10240, 1048576], db: 'full', cli: false, browser: false });
    expect(parseArgs(['--bogus'])).toBe('unknown option: --bogus');
    expect((parseArgs([]) as { source: boolean }).source).toBe(false);
    expect((parseArgs(['--source']) as { source: boolean }).source).toBe(true);
    expect(parseArgs(['--corpus'])).toMatch(/needs/);
    expect(parseArgs(['--db', 'x'])).toMatch(/content or full/);
    expect(parseArgs(['--sizes', '10K,x'])).toMatch(/sizes/);
    expect(parseArgs(['--help'])).toBe('help');
  });

  it('summarises the full analysis over the pages of about 200 KB only, skipping pages that failed', () => {
    const page = (kb: number, full: number) => ({ bytes: kb * 1024, median: { full }, cpuMedian: { full: full / 2 } }) as unknown as Parameters<typeof sizeBand>[0][number];
    const band = sizeBand([page(100, 1), page(150, 4), page(200, 6), page(250, 8), page(251, 100), page(210, NaN)], 150 * 1024, 250 * 1024);
    expect(band.pages).toBe(3);
    expect(band.fullMs.median).toBe(6);
    expect(band.cpuFullMs.median).toBe(3);
    expect(sizeBand([page(10, 1)], 150 * 1024, 250 * 1024).pages).toBe(0);
  });

  it('finds concrete https hosts in a manifest, ignoring wildcards', () => {
    const m = { content_scripts: [{ matches: ['https://news.example.com/*', 'https://*/*', 'http://a.example/*', '<all_urls>'] }, { matches: ['https://*.b.example.org/*', 'https://b.example.org/*'] }] };
    expect(matchedHosts(m)).toEqual(['news.example.com', 'b.example.org']);
    expect(matchedHosts({})).toEqual([]);
  });
});

describe('content-script CPU attribution from a V8 profile', () => {
  // root → page.js → ext.js (content script called from page code), root → (idle), root → (garbage collector)
  const nodes: CpuProfile['nodes'] = [
    { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 4, 5] },
    { id: 2, callFrame: { functionName: 'pageFn', url: 'http://127.0.0.1/page.js' }, children: [3] },
    { id: 3, callFrame: { functionName: 'run', url: 'chrome-extension://abc/content.js' } },
    { id: 4, callFrame: { functionName: '(idle)', url: '' } },
    { id: 5, callFrame: { functionName: 'extTop', url: 'chrome-extension://abc/content.js' } },
  ];
  const prefix = 'chrome-extension://';

  it('counts samples with an extension frame anywhere on the stack, per busy stretch', () => {
    // Each sample lasts until the next: timeDeltas[i + 1] µs.
    const p: CpuProfile = { nodes, samples: [2, 3, 3, 4, 5, 5, 2, 4], timeDeltas: [0, 1000, 20000, 30000, 5000, 10000, 10000, 4000] };
    const a = attributeProfile(p, prefix);
    // ext samples: 3 (20 ms), 3 (30 ms), 5 (10 ms), 5 (10 ms) → 70 ms
    expect(a.totalMs).toBeCloseTo(70, 10);
    // stretch 1: 2,3,3 = 1 + 20 + 30 = 51 ms busy, 50 ms ext; stretch 2: 5,5,2 = 10 + 10 + 4 = 24 ms, 20 ext
    expect(a.longestStretchMs).toBeCloseTo(50, 10);
    expect(a.stretchMs).toBeCloseTo(51, 10);
    // Self time by leaf frame: run 50 ms, extTop 20 ms.
    expect(a.top.map((t) => t.frame)).toEqual(['run content.js:1:1', 'extTop content.js:1:1']);
    expect(a.top[0]!.ms).toBeCloseTo(50, 10);
    // Inside the longest stretch only its own frames, inclusive: run 50 ms (extTop was in the other stretch).
    expect(a.stretchTop!.map((t) => t.frame)).toEqual(['run content.js:1:1']);
    expect(a.stretchTop![0]!.ms).toBeCloseTo(50, 10);
  });

  it('finds nothing in a profile without extension frames', () => {
    const p: CpuProfile = { nodes, samples: [2, 2, 4, 2], timeDeltas: [0, 5000, 5000, 5000] };
    expect(attributeProfile(p, prefix)).toEqual({ totalMs: 0, longestStretchMs: 0, stretchMs: 0, longestRunMs: 0, runTop: [], top: [], stretchTop: [] });
  });

  it('splits back-to-back tasks at a scheduler sample for the longest run, counting GC inside a run', () => {
    const more: CpuProfile['nodes'] = [
      { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [4, 5, 6, 7] },
      { id: 4, callFrame: { functionName: '(idle)', url: '' } },
      { id: 5, callFrame: { functionName: 'extTop', url: 'chrome-extension://abc/content.js' } },
      { id: 6, callFrame: { functionName: '(program)', url: '' } },
      { id: 7, callFrame: { functionName: '(garbage collector)', url: '' } },
    ];
    // idle | ext 20, GC 5, ext 10 | program 1 | ext 30 | idle: one stretch (66 ms busy, 60 ext), two runs (35, 30).
    const p: CpuProfile = { nodes: more, samples: [4, 5, 7, 5, 6, 5, 4], timeDeltas: [0, 1000, 20000, 5000, 10000, 1000, 30000] };
    const a = attributeProfile(p, prefix);
    expect(a.longestStretchMs).toBeCloseTo(60, 10);
    expect(a.longestRunMs).toBeCloseTo(35, 10);
    expect(a.runTop![0]!.frame).toBe('extTop content.js:1:1');
    expect(a.runTop![0]!.ms).toBeCloseTo(30, 10);
  });

  it('judges long tasks by traced task events when there are any, else by the longest uninterrupted run', () => {
    // Back-to-back tasks of 30 ms merge into a 60 ms sampled stretch; the trace shows each task.
    expect(noTaskOver([[30, 28], [38]], 60)).toBe(true);
    expect(noTaskOver([[30, 51]], 20)).toBe(false);
    expect(noTaskOver([], 31)).toBe(true);
    expect(noTaskOver([], 55)).toBe(false);
    expect(noTaskOver([], NaN)).toBeNull();
  });
});
