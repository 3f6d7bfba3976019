/**
 * The text side's shortcuts must never change an answer. With `SHORTCUTS.off` (gate.ts) every word gate
 * passes, cues-intl runs each pattern without its boundary-free twin and the disclaimer box walk reads
 * every box: the long way. Here the same inputs run both ways and must give the same results:
 *
 * - the whole forced analysis of every fixture page (all modules, every gate at once);
 * - every phrase of the disclaimer and hedge banks (tests/unit/disclaimer-breadth.test.ts,
 *   hedge-breadth.test.ts) and of the German/French/Spanish cue tests, read out of those files, so a
 *   phrasing added there is checked against the gates the day it is added.
 *
 * Contract for whoever adds a rule (breadth work): a rule's `need` lists words every match holds, lower
 * case, no whitespace (gate.ts). If a new phrasing matches without one of them, the comparison below fails
 * on the bank case that shows it: add the word to the rule's `need`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyzeFrom, firstLook } from '../../src/core/index';
import { SHORTCUTS } from '../../src/core/gate';
import { findDisclaimers } from '../../src/core/disclaimers';
import { extractBody } from '../../src/core/body';
import { findHedges } from '../../src/core/hedges';
import { splitSentences } from '../../src/core/sentences';
import { findIntlAttributions, findIntlHedges } from '../../src/core/cues-intl';
import { emptyDirectory } from '../../src/core/directory';
import { ROOT, htmlFiles } from './helpers/html-files';

/** `f` run with the shortcuts on and off. */
function both<T>(f: () => T): { fast: T; slow: T } {
  SHORTCUTS.off = false;
  const fast = f();
  SHORTCUTS.off = true;
  try {
    return { fast, slow: f() };
  } finally {
    SHORTCUTS.off = false;
  }
}

/** The single-quoted string literals of a test file (20 characters or more): its phrase bank. */
function phrases(file: string): string[] {
  const src = readFileSync(path.join(ROOT, 'tests/unit', file), 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/'((?:[^'\\\n]|\\.){20,600})'/g)) out.push(m[1]!.replace(/\\(.)/g, '$1'));
  return out;
}

const sentencesOf = (text: string) => splitSentences([{ kind: 'paragraph', text, links: [] }]);

afterEach(() => {
  SHORTCUTS.off = false;
});

describe('shortcuts off = shortcuts on', () => {
  it('the forced analysis of every fixture page', () => {
    const files = htmlFiles(path.join(ROOT, 'tests/fixtures'));
    expect(files.length).toBeGreaterThan(50);
    let findings = 0;
    const differ: string[] = [];
    for (const f of files) {
      const html = readFileSync(f, 'utf8');
      const { fast, slow } = both(() => {
        const { document } = parseHTML(html);
        return JSON.stringify(analyzeFrom(firstLook(document as unknown as Document), { force: true }));
      });
      if (fast !== slow) differ.push(path.relative(ROOT, f));
      const r = JSON.parse(fast);
      findings += r.attributions.length + r.hedges.length + r.disclaimers.length + (r.cyberAttributions?.length ?? 0);
    }
    expect(differ).toEqual([]);
    expect(findings).toBeGreaterThan(500);
  }, 240_000);

  it('every phrase of the disclaimer bank, in a story page', () => {
    const bank = phrases('disclaimer-breadth.test.ts');
    expect(bank.length).toBeGreaterThan(100);
    let found = 0;
    for (const text of bank) {
      // A story paragraph, the phrase as a paragraph of the article, and as a box after the article body.
      const html = `<html><body><article><h1>Water utility reports a breach</h1><div class="body"><p>Hackers broke into the billing systems of a regional water utility and stole customer data, the company said on Monday.</p><p>${text.replace(/</g, '&lt;')}</p></div><div class="note"><em>${text.replace(/</g, '&lt;')}</em></div></article></body></html>`;
      const { fast, slow } = both(() => {
        const { document } = parseHTML(html);
        const body = extractBody(document as unknown as Document);
        return findDisclaimers(body, []);
      });
      expect(slow, text).toEqual(fast);
      if (fast.length) found++;
    }
    expect(found).toBeGreaterThan(100);
  });

  it('a rule\'s `pre` (a head the block must open with, tested before the pattern) answers as the `when` it stands for', () => {
    // fix5's "could not be independently checked" is a disclaimer only under an editor's note head.
    const note = (lead: string): string =>
      `<html><body><article><h1>Water utility reports a breach</h1><div class="body"><p>Hackers broke into the billing systems of a regional water utility, the company said on Monday.</p><p>${lead}The figures could not be independently checked by this newspaper.</p></div></article></body></html>`;
    const kinds: string[][] = [];
    for (const lead of ["Editor's note: ", 'Note: ', '']) {
      const { fast, slow } = both(() => findDisclaimers(extractBody(parseHTML(note(lead)).document as unknown as Document), []));
      expect(slow, lead).toEqual(fast);
      kinds.push(fast.map((d) => d.kind));
    }
    expect(kinds[0]).toContain('other');
    expect(kinds[1]).toContain('other');
    expect(kinds[2]).not.toContain('other');
  });

  it('every phrase of the hedge bank', () => {
    const bank = phrases('hedge-breadth.test.ts');
    expect(bank.length).toBeGreaterThan(100);
    let found = 0;
    for (const text of bank) {
      const s = sentencesOf(text);
      const { fast, slow } = both(() => findHedges(s));
      expect(slow, text).toEqual(fast);
      if (fast.length) found++;
    }
    expect(found).toBeGreaterThan(80);
  });

  it('every German, French and Spanish phrase of the cue tests, in each language', () => {
    const bank = ['cues-intl.test.ts', 'cues-intl-fix2.test.ts', 'cues-intl-fix3.test.ts', 'cues-intl-fix4.test.ts'].flatMap(phrases);
    expect(bank.length).toBeGreaterThan(30);
    let found = 0;
    for (const text of bank) {
      const s = sentencesOf(text);
      for (const lang of ['de', 'fr', 'es'] as const) {
        const { fast, slow } = both(() => [findIntlAttributions(s, lang, { db: emptyDirectory, publisher: null }), findIntlHedges(s, lang)]);
        expect(slow, `${lang}: ${text}`).toEqual(fast);
        found += fast[0]!.length + fast[1]!.length;
      }
    }
    expect(found).toBeGreaterThan(30);
  });
});
