/**
 * The analysis core on hostile pages (issue 8): whatever a page contains, the
 * core returns a report that satisfies the contract, every URL in it is
 * http(s), its size is capped, and the work is bounded (timed against parsing
 * the same page). Large pages are generated at test time (./generate.ts); the
 * small ones are hand-written in tests/fixtures/hostile/.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { analyze } from '../../src/core/index';
import { bundledDirectory } from '../../src/sources/index';
import { decodeHtml } from '../../src/cli/read-input';
import { generateHostile } from './generate';
import { parse, reportProblems, timedAnalyze, timeBudgetMs } from './helpers';

const FIX = path.resolve(__dirname, '../fixtures/hostile');
const db = bundledDirectory();
const fixture = (name: string) => readFileSync(path.join(FIX, name));
const fixtureText = (name: string) => decodeHtml(fixture(name));

/** Every string in a report, for searching. */
function allStrings(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) x.forEach((v) => allStrings(v, out));
  else if (x && typeof x === 'object') Object.values(x).forEach((v) => allStrings(v, out));
  return out;
}

const FAILED = /^Analysis failed/;

/** Each generated page is generated and analysed once (the big ones take seconds on a shared machine). */
const GENERATED = generateHostile().filter((p) => p.cli === 'report');
const analysed = new Map<string, ReturnType<typeof timedAnalyze>>();
function analysedPage(name: string) {
  let t = analysed.get(name);
  if (!t) {
    const p = GENERATED.find((x) => x.name === name)!;
    t = timedAnalyze(decodeHtml(p.bytes), { db, force: true });
    analysed.set(name, t);
  }
  return t;
}

describe('generated hostile pages (core, linkedom)', () => {
  it.each(GENERATED.map((p) => [p.name, p.about, p] as const))('%s (%s): valid, capped, bounded', (_n, _a, p) => {
    const t = analysedPage(p.name);
    const info = `parse ${t.parseMs.toFixed(0)} ms, ref ${t.refMs.toFixed(0)} ms, analyze ${t.analyzeMs.toFixed(0)} ms`;
    expect(reportProblems(t.report), info).toEqual([]);
    expect(t.report.detection.reasons.filter((r) => FAILED.test(r)), `the core gave up on ${p.name}`).toEqual([]);
    expect(t.analyzeMs, `analysis over budget (${info})`).toBeLessThanOrEqual(timeBudgetMs(t));
  }, 180_000);

  it('a giant page is cut short and says so, and the text is capped', () => {
    const { report } = analysedPage('giant-5mb.html');
    expect(report.truncated).toBe(true);
    // 5 MB of text is ~800,000 words; the analysed body is capped well below that.
    expect(report.article.wordCount).toBeGreaterThan(1000);
    expect(report.article.wordCount).toBeLessThan(200_000);
  }, 180_000);

  it('the link flood keeps only http(s) links, capped, and still finds the article', () => {
    const { report } = analysedPage('links-100000.html');
    expect(report.evidence.primaryLinks.every((u) => /^https?:\/\//.test(u))).toBe(true);
    expect(report.article.wordCount).toBeGreaterThan(100);
  }, 180_000);
});

describe('hand-written hostile fixtures (core, linkedom and happy-dom)', () => {
  const names = [
    'malformed.html',
    'zero-width-bidi.html',
    'markup-in-text.html',
    'link-schemes.html',
    'canonical-not-http.html',
    'only-comment.html',
    'truncated.html',
    'cp1251-meta.html',
    'cp1251-sniff.html',
    'sjis-meta.html',
    'sjis-sniff.html',
    'gbk-meta.html',
    'gbk-sniff.html',
    'latin1-meta.html',
    'latin1-sniff.html',
  ];
  it.each(names)('%s gives a valid report under linkedom', (name) => {
    const t = timedAnalyze(fixtureText(name), { db, force: true });
    expect(reportProblems(t.report)).toEqual([]);
    expect(t.report.detection.reasons.filter((r) => FAILED.test(r))).toEqual([]);
  });

  it.each(names)('%s gives a valid report under happy-dom (the test DOM of the UI)', async (name) => {
    const win = new Window({ url: 'https://fixture.invalid/' });
    try {
      const doc = new win.DOMParser().parseFromString(fixtureText(name), 'text/html') as unknown as Document;
      const report = analyze(doc, { db, force: true });
      expect(reportProblems(report)).toEqual([]);
    } finally {
      await win.happyDOM.close();
    }
  });

  it('the empty document and junk strings give valid reports', () => {
    for (const html of ['', ' ', '<', '<html', '<!--', '<p>', '\u0000', '\ufeff', '<svg><foreignObject><p>x', '<table><p>a<td>b']) {
      expect(reportProblems(analyze(parse(html), { db, force: true })), JSON.stringify(html)).toEqual([]);
    }
  });

  it('zero-width and bidi-override characters never reach a report string', () => {
    const r = analyze(parse(fixtureText('zero-width-bidi.html')), { db, force: true });
    const bad = allStrings(r).filter((s) => /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(s));
    expect(bad).toEqual([]);
  });

  it('a zero-width space inside a source name does not defeat the database lookup', () => {
    const r = analyze(parse(fixtureText('zero-width-bidi.html')), { db, force: true });
    const id = db.byName('Global Times')?.id;
    expect(id, 'the database knows the Global Times').toBeTruthy();
    expect(r.attributions.some((a) => a.label?.id === id), JSON.stringify(r.attributions.map((a) => [a.source, a.label?.id]))).toBe(true);
  });

  it('script and style contents inside article paragraphs are not article text', () => {
    const r = analyze(parse(fixtureText('markup-in-text.html')), { db, force: true });
    const text = allStrings(r).join('\n');
    expect(text).not.toContain('alert(11)');
    expect(text).not.toContain('p{}');
    const m = analyze(parse(fixtureText('malformed.html')), { db, force: true });
    expect(allStrings(m).join('\n')).not.toContain("document.title = 'pwned'");
  });

  it('markup written as text stays text: the escaped tag is reported literally, not as an element', () => {
    const r = analyze(parse(fixtureText('markup-in-text.html')), { db, force: true });
    // The title is the decoded text of og:title; a renderer shows it as text.
    expect(r.article.title).toContain("<script>alert('og')</script>");
    for (const u of [r.url, ...r.evidence.primaryLinks]) if (u !== null) expect(u).toMatch(/^https?:\/\//);
  });

  it('a javascript: canonical, a data: og:url and a javascript: <base> give no URL; only http(s) links survive', () => {
    const r = analyze(parse(fixtureText('link-schemes.html')), { db, force: true });
    expect(r.url).toBeNull();
    expect(r.evidence.primaryLinks.every((u) => /^https?:\/\//i.test(u))).toBe(true);
    expect(allStrings(r).some((s) => /^\s*(?:javascript|data|vbscript|file|blob):/i.test(s))).toBe(false);
  });

  it('a non-http canonical URL is dropped, and a non-http --url is ignored by the core', () => {
    expect(analyze(parse(fixtureText('canonical-not-http.html')), { db }).url).toBeNull();
    const r = analyze(parse(fixtureText('malformed.html')), { db, url: 'javascript:alert(1)' });
    expect(reportProblems(r)).toEqual([]);
  });

  it.each([
    ['cp1251-meta.html', 'Хакеры атаковали сеть министерства'],
    ['cp1251-sniff.html', 'Хакеры атаковали сеть министерства'],
    ['sjis-meta.html', 'ハッカーが病院のネットワークを攻撃'],
    ['sjis-sniff.html', 'ハッカーが病院のネットワークを攻撃'],
    ['gbk-meta.html', '黑客攻击地震监测中心'],
    ['gbk-sniff.html', '黑客攻击地震监测中心'],
    ['latin1-meta.html', 'Des pirates attaquent une société française'],
    ['latin1-sniff.html', 'Des pirates attaquent une société française'],
  ])('%s is decoded correctly (title %s)', (name, title) => {
    const r = analyze(parse(fixtureText(name)), { db });
    expect(r.article.title).toBe(title);
    expect(r.article.wordCount).toBeGreaterThan(10);
  });
});
