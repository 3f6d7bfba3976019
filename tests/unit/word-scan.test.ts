/**
 * WordScan (src/core/word-scan.ts) finds, in one pass, every gate word the modules' per-word `indexOf`
 * found: here both answer for every gate word of every module, on fixture texts, hand-written edge
 * cases (case, Unicode lower-casing, overlapping and nested words) and random texts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { firstLook } from '../../src/core/index';
import { splitSentences } from '../../src/core/sentences';
import { passes } from '../../src/core/gate';
import { WordScan } from '../../src/core/word-scan';
import { DISCLAIMER_GATED } from '../../src/core/disclaimers';
import { HEDGE_GATED } from '../../src/core/hedges';
import { CYBER_GATED } from '../../src/core/cyber-attribution';
import { ROOT, htmlFiles } from './helpers/html-files';

const MODULES = { disclaimers: DISCLAIMER_GATED, hedges: HEDGE_GATED, cyber: CYBER_GATED };

/**
 * The per-word answer: `passes` on the text lower-cased (indexOf). For a "\\b" word, the character before it
 * in the text as given must not be an ASCII word character (as for a pattern's `\b`), so the text is
 * lower-cased code unit by code unit with each lower-case position traced back to the original one.
 */
function slow(text: string, word: string): boolean {
  if (!word.startsWith('\\b')) return passes(text.toLowerCase(), [[word]]);
  const w = word.slice(2);
  let lower = '';
  const orig: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const l = text[i]!.toLowerCase();
    lower += l;
    for (let j = 0; j < l.length; j++) orig.push(i);
  }
  for (let k = lower.indexOf(w); k !== -1; k = lower.indexOf(w, k + 1)) {
    const i = orig[k]!;
    if (i === 0 || !/[A-Za-z0-9_]/.test(text[i - 1]!)) return true;
  }
  return false;
}

function agree(scan: WordScan, words: string[], text: string): string[] {
  scan.load(text);
  const bad: string[] = [];
  let found = 0;
  for (const w of words) {
    const want = slow(text, w);
    if (want) found++;
    if (scan.has(w) !== want) bad.push(`${w} in ${JSON.stringify(text.slice(0, 100))}: ${scan.has(w)} ≠ ${want}`);
  }
  if (scan.found !== found) bad.push(`found ${scan.found} ≠ ${found} in ${JSON.stringify(text.slice(0, 100))}`);
  return bad;
}

const texts: string[] = [];
for (const file of htmlFiles(path.join(ROOT, 'tests/fixtures')).slice(0, 80)) {
  const look = firstLook(parseHTML(readFileSync(file, 'utf8')).document as unknown as Document, {});
  for (const b of look.body.blocks) texts.push(b.text);
  for (const s of splitSentences(look.body.blocks)) texts.push(s.text);
}

describe('WordScan finds exactly the words indexOf finds', () => {
  for (const [name, gated] of Object.entries(MODULES)) {
    const words = [...new Set(gated.flatMap((g) => g.need.flat()))];
    const scan = new WordScan(words);

    it(`${name}: on fixture texts`, () => {
      expect(texts.length).toBeGreaterThan(1_000);
      const bad = texts.flatMap((t) => agree(scan, words, t));
      expect(bad.slice(0, 10)).toEqual([]);
    });

    it(`${name}: on random texts made of its words, letters and odd characters`, () => {
      const piece = fc.oneof(
        fc.constantFrom(...words.map((w) => w.replace(/^\\b/, ''))),
        fc.constantFrom(' ', ',', '(', '.', '-', "'", '’', 'ä', 'Ä', 'İ', '\u212a', 'ſ', 'Σ', '\ud83d\ude00', '\ud83d', 'x', '_', '7', 'S', 'A', 'I', 'AI', 'Said'),
        fc.string({ maxLength: 4 }),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (parts, upper) => {
          const t = parts.join('');
          const text = upper ? t.toUpperCase() : t;
          expect(agree(scan, words, text)).toEqual([]);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('handles overlapping and nested words, word starts and Unicode lower-casing', () => {
    const words = ['he', 'she', 'his', 'hers', 'ai', '\\bai', 'gewähr', 'op-ed', 'a.i.', 'kai', 'i'];
    const scan = new WordScan(words);
    for (const text of ['USHERS', 'said', 'AI tools', 'the AI', 'xAI', '_ai', 'Kelvin \u212aAI', 'GEWÄHR', 'İ', 'an OP-ED', 'A.I.', 'hi'])
      expect(agree(scan, words, text)).toEqual([]);
    scan.load('Hackers said so');
    expect(scan.has('ai')).toBe(true);
    expect(scan.has('\\bai')).toBe(false);
    scan.load('An AI tool');
    expect(scan.has('\\bai')).toBe(true);
    expect(() => scan.has('absent')).toThrow();
    expect(() => new WordScan(['Upper'])).toThrow();
  });

  it('past 65,536 states (the 32-bit table; every scan of the core fits the 16-bit one)', () => {
    // 12,000 scattered words of about ten letters and digits: well over 65,536 trie states.
    const unique: string[] = [];
    for (let i = 0; i < 12_000; i++) unique.push((Math.imul(i + 1, 2654435761) >>> 0).toString(36) + i.toString(36));
    const scan = new WordScan(unique);
    expect((scan as unknown as { delta: ArrayLike<number> }).delta).toBeInstanceOf(Int32Array);
    for (const text of ['abcdeabcdeZZZ', unique.slice(0, 50).join(' '), unique.slice(-40).join('-').toUpperCase(), 'no words here']) {
      expect(agree(scan, unique, text)).toEqual([]);
    }
    for (const [name, gated] of Object.entries(MODULES)) expect((new WordScan(gated.flatMap((g) => g.need.flat())) as unknown as { delta: ArrayLike<number> }).delta, name).toBeInstanceOf(Uint16Array);
  });
});

/**
 * The automaton as first written (a Map of children per state, then every class of every state in turn): the
 * table-built one (one table during the trie, a row copy per state) must be the same automaton, entry for entry.
 */
function reference(words: string[]): { delta: number[]; outStart: number[]; outIds: number[] } {
  const list = [...new Set(words)];
  const plain = list.map((w) => (w.startsWith('\\b') ? w.slice(2) : w));
  const alphabet = new Map<number, number>();
  for (const w of plain) for (let i = 0; i < w.length; i++) if (!alphabet.has(w.charCodeAt(i))) alphabet.set(w.charCodeAt(i), alphabet.size + 1);
  const k = alphabet.size + 1;
  const kids: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  plain.forEach((w, id) => {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const cls = alphabet.get(w.charCodeAt(i))!;
      let t = kids[s]!.get(cls);
      if (t === undefined) {
        t = kids.length;
        kids.push(new Map());
        own.push([]);
        kids[s]!.set(cls, t);
      }
      s = t;
    }
    own[s]!.push(id);
  });
  const n = kids.length;
  const delta = new Array<number>(n * k).fill(0);
  const fail = new Array<number>(n).fill(0);
  const outs = own.map((o) => o.slice());
  const queue: number[] = [];
  for (const [cls, t] of kids[0]!) (delta[cls] = t), queue.push(t);
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    const f = fail[s]!;
    for (const id of outs[f]!) outs[s]!.push(id);
    for (let cls = 1; cls < k; cls++) {
      const t = kids[s]!.get(cls);
      if (t === undefined) delta[s * k + cls] = delta[f * k + cls]!;
      else (delta[s * k + cls] = t), (fail[t] = delta[f * k + cls]!), queue.push(t);
    }
  }
  const outStart: number[] = [];
  const outIds: number[] = [];
  for (let s = 0; s < n; s++) (outStart[s] = outIds.length), outIds.push(...outs[s]!);
  outStart[n] = outIds.length;
  return { delta, outStart, outIds };
}

describe('WordScan builds the automaton of the class-by-class construction', () => {
  const inside = (scan: WordScan) => {
    const x = scan as unknown as { delta: ArrayLike<number>; outStart: ArrayLike<number>; outIds: ArrayLike<number> };
    return { delta: Array.from(x.delta), outStart: Array.from(x.outStart), outIds: Array.from(x.outIds) };
  };
  for (const [name, gated] of Object.entries(MODULES)) {
    it(`${name}: the same table, output lists and word ids`, () => {
      const words = gated.flatMap((g) => g.need.flat());
      expect(inside(new WordScan(words))).toEqual(reference(words));
    });
  }

  it('on random word lists: shared prefixes and suffixes, non-ASCII letters, \\b words, repeats', () => {
    const letter = fc.constantFrom(...'abcehrs-é\u0131\u00df.'.split(''));
    const word = fc.tuple(fc.boolean(), fc.array(letter, { minLength: 1, maxLength: 6 })).map(([b, cs]) => (b ? '\\b' : '') + cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
        expect(inside(new WordScan(words))).toEqual(reference(words));
      }),
      { numRuns: 300 },
    );
  });
});
