/**
 * Attribution quality on short news passages written for Credence and
 * annotated by hand (tests/fixtures/attribution/news-sentences.json), scored
 * the way the eval scores sources (normalised names, containment on word
 * boundaries), against a naive "X said" / "according to X" matcher.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { emptyDirectory } from '../../src/core/directory';
import { splitSentences } from '../../src/core/sentences';

interface Passage {
  text: string;
  sources: string[];
}
const { passages } = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/attribution/news-sentences.json'), 'utf8')) as { passages: Passage[] };

const norm = (s: string) =>
  s.toLowerCase().replace(/[’']s\b/g, '').replace(/['.]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
const matches = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [sh, lo] = x.length <= y.length ? [x, y] : [y, x];
  return sh.length >= 3 && ` ${lo} `.includes(` ${sh} `);
};

function score(extract: (text: string) => string[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of passages) {
    const got = [...new Set(extract(p.text).map((s) => s.trim()).filter(Boolean))];
    const used = new Set<number>();
    for (const g of p.sources) {
      const k = got.findIndex((r, i) => !used.has(i) && matches(r, g));
      if (k >= 0) {
        used.add(k);
        tp++;
      } else fn++;
    }
    fp += got.filter((r, i) => !used.has(i) && !p.sources.some((g) => matches(r, g))).length;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

function credence(text: string): string[] {
  const sentences = splitSentences([{ kind: 'paragraph', text, links: [] }]);
  return findAttributions(sentences, { db: emptyDirectory, acronyms: findAcronyms(sentences), publisher: null }).map((a) => a.source);
}

/** The baseline: capitalised words before "said"/"says", or after "according to". */
function naive(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/((?:[A-Z][\w.-]*\s){1,4})(?:said|says)\b/g)) out.push(m[1]!);
  for (const m of text.matchAll(/according to ((?:the\s)?(?:[\w-]+\s?){1,4})/gi)) out.push(m[1]!);
  return out;
}

describe('attribution quality on annotated passages', () => {
  const ours = score(credence);
  const base = score(naive);
  it('beats the naive matcher and reaches F1 0.8', () => {
    console.info(`attribution passages: credence P${ours.precision.toFixed(2)} R${ours.recall.toFixed(2)} F${ours.f1.toFixed(2)}; naive P${base.precision.toFixed(2)} R${base.recall.toFixed(2)} F${base.f1.toFixed(2)}`);
    expect(ours.f1).toBeGreaterThan(base.f1);
    expect(ours.f1).toBeGreaterThanOrEqual(0.8);
    expect(ours.precision).toBeGreaterThanOrEqual(0.75);
  });
});
