// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://news.example/story"}
/**
 * The content script runs the analysis one step per idle callback (issue 7: no
 * long task). Splitting must never change a result: the chunked attribution
 * equals the one-piece attribution on every golden page and on a long
 * synthetic article, and the steps are as small as they claim.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyzeFrom, analyzeSteps, firstLook, notNewsReport, ATTRIBUTION_STEP_SENTENCES } from '../../src/core/index';
import { ATTRIBUTION_LIMITS, findAttributions, findAttributionsSteps } from '../../src/core/attribution';
import { findDisclaimers, findDisclaimersSteps } from '../../src/core/disclaimers';
import { detectCueLang } from '../../src/core/cues-intl';
import type { Sentence } from '../../src/core/sentences';
import { findAcronyms } from '../../src/core/acronyms';
import { splitSentences, splitText, warmSegmenter } from '../../src/core/sentences';
import { findTerms, warmVocabulary } from '../../src/core/security-vocabulary';
import { bundledDirectory } from '../../src/sources/index';
import { synthArticle } from '../../scripts/bench/synth';
import { createContent } from '../../src/content/run';
import { defaultSettings } from '../../src/shared/settings';
import { contentDirectory } from '../../src/sources/compact';
import type { AnalyzerApi } from '../../src/content/analyzer-api';
import { directoryFromCompact } from '../../src/sources/content';

const GOLDEN = path.resolve(__dirname, '../fixtures/golden');
const pages = readdirSync(GOLDEN)
  .filter((s) => existsSync(path.join(GOLDEN, s, 'page.html')))
  .sort()
  .map((s) => ({ name: s, html: readFileSync(path.join(GOLDEN, s, 'page.html'), 'utf8') }));
const db = bundledDirectory();

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

/** Drain a generator, counting its yields. */
function drain<T>(it: Generator<unknown, T, void>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const r = it.next();
    if (r.done) return { value: r.value, yields };
    yields++;
  }
}

function attributionInput(html: string) {
  const look = firstLook(doc(html), { db, force: true });
  const sentences = splitSentences(look.body.blocks);
  return { sentences, ctx: { db, acronyms: findAcronyms(sentences), publisher: look.url ? db.byUrl(look.url) : null } };
}

describe('findAttributionsSteps', () => {
  it('gives the same attributions as findAttributions in chunks of any size (golden pages)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    let chunked = 0;
    for (const p of pages) {
      const { sentences, ctx } = attributionInput(p.html);
      const whole = findAttributions(sentences, ctx);
      for (const every of [1, 3, 17]) {
        const { value, yields } = drain(findAttributionsSteps(sentences, ctx, every));
        expect(value, `${p.name}, every ${every}`).toEqual(whole);
        if (sentences.length > every) chunked++;
        // At least one yield per full chunk of sentences.
        expect(yields).toBeGreaterThanOrEqual(Math.floor((Math.min(sentences.length, 2_000) - 1) / every));
      }
      expect(drain(findAttributionsSteps(sentences, ctx, 0)).yields).toBe(0);
    }
    expect(chunked).toBeGreaterThan(0);
  });

  it('yields exactly once per chunk boundary below the caps, and the extra yield before the intl pass only on other languages', () => {
    // The per-sentence work is a plain function the generator calls; the yields stay in the generator's loop, one
    // before every `every`-th sentence (never before the first), plus one between the English and the intl pass.
    const { sentences, ctx } = attributionInput(synthArticle(60_000, 5));
    const whole = findAttributions(sentences, ctx);
    expect(whole.length).toBeLessThan(ATTRIBUTION_LIMITS.maxAttributions);
    expect(detectCueLang(sentences)).toBe('en');
    for (const every of [1, 7, 50]) {
      const n = Math.min(sentences.length, ATTRIBUTION_LIMITS.maxSentences);
      expect(drain(findAttributionsSteps(sentences, ctx, every)).yields, `every ${every}`).toBe(Math.floor((n - 1) / every));
    }
    const texts = [
      'Das Bundesamt teilte am Montag mit, dass der Angriff auf die Server der Stadt abgewehrt worden sei und die Daten nicht betroffen seien.',
      'Die Behörde erklärte, dass es bisher keine Hinweise auf einen Abfluss von Daten gebe und die Ermittlungen noch nicht abgeschlossen seien.',
      'Ein Sprecher sagte, dass man den Fall mit der Polizei und den Partnern aus der Wirtschaft weiter prüfe und die Bürger informieren werde.',
    ];
    const de: Sentence[] = texts.map((text, i) => ({ text, block: i, blockKind: 'paragraph' }));
    expect(detectCueLang(de)).toBe('de');
    const ctxDe = { db, acronyms: findAcronyms(de), publisher: null };
    expect(drain(findAttributionsSteps(de, ctxDe, 1)).yields).toBe(de.length - 1 + 1);
  });

  it('keeps its cross-sentence state across chunks on a long article', () => {
    const { sentences, ctx } = attributionInput(synthArticle(120_000, 11));
    expect(sentences.length).toBeGreaterThan(3 * ATTRIBUTION_STEP_SENTENCES);
    const whole = findAttributions(sentences, ctx);
    expect(whole.length).toBeGreaterThan(0);
    const { value, yields } = drain(findAttributionsSteps(sentences, ctx, ATTRIBUTION_STEP_SENTENCES));
    expect(value).toEqual(whole);
    expect(yields).toBeGreaterThanOrEqual(3);
  });
});

describe('analyzeSteps', () => {
  it('splits a long analysis into many steps, attribution by chunks of sentences, with the same report', () => {
    // Under the attribution cap (431 of 500 here): attribution reads every sentence, in chunks.
    const html = synthArticle(60_000, 5);
    const look = firstLook(doc(html), { db, force: true });
    const sentences = splitSentences(look.body.blocks).length;
    const { value, yields } = drain(analyzeSteps(look, { db, force: true }));
    // warm-up, sentences, acronyms, the attribution chunks, then one step per remaining module.
    expect(yields).toBeGreaterThanOrEqual(3 + Math.floor((sentences - 1) / ATTRIBUTION_STEP_SENTENCES) + 5);
    const again = analyzeFrom(firstLook(doc(html), { db, force: true }), { db, force: true });
    expect(JSON.stringify(value)).toBe(JSON.stringify(again));
    expect(value.attributions.length).toBeGreaterThan(0);
    expect(value.attributions.length).toBeLessThan(ATTRIBUTION_LIMITS.maxAttributions);
  });

  it('stops reading sentences at the attribution cap, in steps or not, with the same report', () => {
    const html = synthArticle(120_000, 5);
    const look = firstLook(doc(html), { db, force: true });
    const sentences = splitSentences(look.body.blocks);
    const { value, yields } = drain(analyzeSteps(look, { db, force: true }));
    expect(value.attributions.length).toBe(ATTRIBUTION_LIMITS.maxAttributions);
    // Fewer attribution chunks than the sentences would make: the sentences after the cap are not read.
    expect(yields).toBeLessThan(3 + Math.floor((sentences.length - 1) / ATTRIBUTION_STEP_SENTENCES) + 5);
    expect(JSON.stringify(value)).toBe(JSON.stringify(analyzeFrom(firstLook(doc(html), { db, force: true }), { db, force: true })));
    // Reading on past the cap finds nothing more: the first 1,000 sentences give the same attributions as all of them.
    const ctx = { db, acronyms: findAcronyms(sentences), publisher: null };
    expect(JSON.stringify(findAttributions(sentences.slice(0, 1_000), ctx))).toBe(JSON.stringify(findAttributions(sentences, ctx)));
  });
});

describe('lazy start-up work', () => {
  it('the segmenter warm-up changes no split', () => {
    const text = 'The U.S. officials said so. Dr. Smith disagreed! He left at 5 p.m. Monday. “Really?” she asked.';
    const before = splitText(text);
    warmSegmenter();
    warmSegmenter();
    expect(splitText(text)).toEqual(before);
    expect(before.length).toBeGreaterThanOrEqual(3);
  });

  it('the vocabulary warm-up is idempotent and changes no hit', () => {
    const text = 'Ransomware gang LockBit exploited CVE-2024-12345 in a VPN appliance, Volt Typhoon hackers breached the network.';
    const before = findTerms(text);
    warmVocabulary();
    warmVocabulary();
    expect(findTerms(text)).toEqual(before);
    expect(before.length).toBeGreaterThan(2);
  });

  it('the disclaimer warm-up runs once per loaded module and changes no finding', async () => {
    vi.resetModules();
    const fresh = await import('../../src/core/disclaimers');
    const html = '<article class="post"><p>This article was produced with the help of an AI tool and checked by our editors.</p></article>'; // ours
    const { document: d } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const body = { blocks: [{ kind: 'paragraph' as const, text: 'This article was produced with the help of an AI tool and checked by our editors.', links: [] }], container: d.querySelector('.post') as unknown as Element, truncated: false };
    const before = fresh.findDisclaimers(body, []);
    expect(fresh.warmDisclaimers()).toBe(true);
    expect(fresh.warmDisclaimers()).toBe(false);
    expect(fresh.findDisclaimers(body, [])).toEqual(before);
    expect(before.map((x) => x.kind)).toEqual(['ai_generated']);
  });
});

describe('content script start-up', () => {
  it('warms the first look in an idle callback of its own, before the quick look', async () => {
    document.body.innerHTML = '<article><h1>Local bakery wins prize</h1><p>The bakery baked bread.</p></article>'; // test fixture written here
    const events: string[] = [];
    const api: AnalyzerApi = { firstLook, notNewsReport, directoryFromCompact };
    const ctl = createContent({
      doc: document,
      win: window,
      loadSettings: async () => defaultSettings(),
      analyzer: async () => api,
      analyzerText: async () => ({ analyzeFrom }),
      directory: (s) => contentDirectory(s.customLabels),
      report: async () => ({ ok: true }),
      warmPrefilter: () => void events.push('warm'),
      prefilter: () => (events.push('look'), { maybe: false, reasons: ['test'] }),
      idle: (fn) => {
        events.push('idle');
        setTimeout(fn, 0);
      },
    });
    await ctl.run(false);
    expect(events.slice(0, 4)).toEqual(['idle', 'warm', 'idle', 'look']);
  });
});

describe('findDisclaimersSteps', () => {
  it('gives the same disclaimers as findDisclaimers in chunks of any size, and yields on a long page', () => {
    let found = 0;
    // The golden pages and the blind7 set (written around the article's own disclaimers).
    const B7 = path.resolve(__dirname, '../fixtures/blind7');
    const withDisclaimers = readdirSync(B7).filter((f) => f.endsWith('.html')).map((f) => ({ html: readFileSync(path.join(B7, f), 'utf8') }));
    for (const p of [...pages, ...withDisclaimers]) {
      const look = firstLook(doc(p.html), { db, force: true });
      const sentences = splitSentences(look.body.blocks);
      const whole = findDisclaimers(look.body, sentences, { url: look.url });
      found += whole.length;
      for (const every of [1, 7, 200]) expect(drain(findDisclaimersSteps(look.body, sentences, { url: look.url }, every)).value).toEqual(whole);
      expect(drain(findDisclaimersSteps(look.body, sentences, { url: look.url }, 0)).yields).toBe(0);
    }
    expect(found).toBeGreaterThan(0);
    // A long article (hundreds of distinct blocks; a repeated text is classified once) is classified in several steps.
    const look = firstLook(doc(synthArticle(200 * 1024)), { db, force: true });
    const { value, yields } = drain(findDisclaimersSteps(look.body, splitSentences(look.body.blocks), {}, 50));
    expect(look.body.blocks.length).toBeGreaterThan(500);
    expect(yields).toBeGreaterThanOrEqual(5);
    expect(value).toEqual(findDisclaimers(look.body, [], {}));
  });
});
