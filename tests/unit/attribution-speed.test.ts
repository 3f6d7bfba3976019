/**
 * Attribution's speed shortcuts must give what they replace (issue 3's cost
 * bar, behaviour identical): every fixture and dev sentence, our own
 * sentences, and random texts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { firstLook } from '../../src/core/index';
import { splitSentences } from '../../src/core/sentences';
import { hasAny } from '../../src/core/gate';
import { ATTRIBUTION_SPEED } from '../../src/core/attribution';
import { synthArticle } from '../../scripts/bench/synth';
import { ROOT, htmlFiles } from './helpers/html-files';


/** Our own sentences with anonymous sources, so the anonymity pattern matches some texts. */
const HAND = [
  'The breach was larger than disclosed, a person familiar with the matter said',
  'Two senior officials who declined to be named said',
  'According to several sources close to the investigation',
  'An employee speaking on condition of anonymity told',
  'Diplomats briefed on the talks',
  'ONE INSIDER WHO ASKED NOT TO BE IDENTIFIED SAID',
  'staffers  not authorized to speak\u00a0publicly',
  'a source in the ministry',
];

const texts: string[] = [...HAND];
for (const file of [...htmlFiles(path.join(ROOT, 'tests/fixtures')), ...htmlFiles(path.join(ROOT, '../shared/eval/dev'))]) {
  const look = firstLook(parseHTML(readFileSync(file, 'utf8')).document as unknown as Document, {});
  for (const s of splitSentences(look.body.blocks)) texts.push(s.text);
}
{
  const look = firstLook(parseHTML(synthArticle(30 * 1024)).document as unknown as Document, {});
  for (const s of splitSentences(look.body.blocks)) texts.push(s.text);
}

describe('attribution speed shortcuts', () => {
  it('has many sentences to check', () => {
    expect(texts.length).toBeGreaterThan(2_000);
  });

  it('the anonymity gate passes wherever the anonymity pattern matches (every text cut before each space)', () => {
    const re = new RegExp(ATTRIBUTION_SPEED.anonPhrase.source, ATTRIBUTION_SPEED.anonPhrase.flags.replace('g', ''));
    let matched = 0;
    for (const t of texts) {
      const cuts = [t.length];
      for (let i = t.indexOf(' '); i >= 0 && cuts.length < 80; i = t.indexOf(' ', i + 1)) cuts.push(i);
      for (const c of cuts) {
        const tail = t.slice(Math.max(0, c - 160), c);
        for (const x of [tail, ' ' + tail]) {
          if (!re.test(x)) continue;
          matched++;
          expect(hasAny(x.toLowerCase(), ATTRIBUTION_SPEED.anonGate), x).toBe(true);
        }
      }
    }
    // The check means something only if the pattern matched often.
    expect(matched).toBeGreaterThan(20);
  });

  it('a removed gate word is missed (each word is needed)', () => {
    const re = new RegExp(ATTRIBUTION_SPEED.anonPhrase.source, 'i');
    for (const w of ATTRIBUTION_SPEED.anonGate) {
      const t = `one ${w} familiar with the matter`;
      expect(re.test(t), t).toBe(true);
      expect(hasAny(t.toLowerCase(), ATTRIBUTION_SPEED.anonGate.filter((x) => x !== w && !t.toLowerCase().includes(x))), t).toBe(false);
    }
  });

  it('tailWords gives the last words of a full split', () => {
    for (const t of texts) for (const k of [1, 3, 24, 200]) expect(ATTRIBUTION_SPEED.tailWords(t, k)).toEqual(ATTRIBUTION_SPEED.words(t).slice(-k));
  });

  it('tailWords agrees on random texts with every kind of white space', () => {
    const parts = ['a', 'Bc', '“x”', ',', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', '\u200b', 'é', '—'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (xs, k) => {
        const t = xs.join('');
        expect(ATTRIBUTION_SPEED.tailWords(t, k)).toEqual(ATTRIBUTION_SPEED.words(t).slice(-k));
      }),
      { numRuns: 500 },
    );
  });

  it('the determiner and indirect-question checks of a cue give what their end-anchored patterns gave', () => {
    // The patterns as they were tried on the text before a cue (our reference).
    const det = /\b(?:the|a|an|its|these|those|this|that|his|her|their|such|any|no|our|my|your|new|earlier|latest|similar|unverified|unconfirmed|false|baseless)\s*$/i;
    const wh = /(?:^|[,;:—–]\s*|\b(?:and|or|but|covers|explains|shows)\s+)(?:what|how|why|whether)\s+(?:[\w’'.-]+\s+){0,6}$/i;
    let yes = 0;
    const check = (left: string): void => {
      const d = det.test(left);
      const w = wh.test(left);
      expect(ATTRIBUTION_SPEED.endsInDeterminer(left), left).toBe(d);
      expect(ATTRIBUTION_SPEED.endsInWhClause(left), left).toBe(w);
      if (d || w) yes++;
    };
    // Every text cut before each space (as the text before a cue is), with and without the space.
    for (const t of texts) {
      for (let i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) {
        const left = t.slice(Math.max(0, i - 400), i);
        check(left);
        check(left + ' ');
      }
    }
    for (const t of ['What the ministry ', 'and how it ', 'THE ', 'xthe ', 'the\u00a0\u3000 ', 'unconfirmedx ', 'a_the ', 'whether a b c d e f ', 'whether a b c d e f g ', ', why  they  ', '—what ']) check(t);
    expect(yes).toBeGreaterThan(300);
  });

  it('the determiner and indirect-question checks agree on random texts', () => {
    const det = /\b(?:the|a|an|its|these|those|this|that|his|her|their|such|any|no|our|my|your|new|earlier|latest|similar|unverified|unconfirmed|false|baseless)\s*$/i;
    const wh = /(?:^|[,;:—–]\s*|\b(?:and|or|but|covers|explains|shows)\s+)(?:what|how|why|whether)\s+(?:[\w’'.-]+\s+){0,6}$/i;
    const parts = ['the', 'The', 'a', 'what', 'How', 'whether', 'and', 'shows', 'x', 'new', '_', '1', ',', ';', '—', '.', '’', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (xs) => {
        const t = xs.join('');
        expect(ATTRIBUTION_SPEED.endsInDeterminer(t)).toBe(det.test(t));
        expect(ATTRIBUTION_SPEED.endsInWhClause(t)).toBe(wh.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('capitalisedNames skips one-word runs early with the same names as before', () => {
    // The function as it was before the shortcut (our reference).
    const before = (text: string): string[] => {
      const out: string[] = [];
      const re = /(?:^|[\s(“"])((?:[A-Z][\p{L}\p{N}’'&-]*)(?:\s+(?:(?:of|for|and|on|the|de)\s+){0,2}[A-Z0-9][\p{L}\p{N}’'&-]*){0,8})/gu;
      let k = 0;
      for (const m of text.matchAll(re)) {
        if (++k > 40) break;
        let nm = m[1]!.replace(/[’']+$/, '').replace(/[’']s$/, '').replace(/\s(?:on|of|for|and|the|de)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/, '');
        if (m.index === 0 || /^(?:The|A|An|In|On|At|By|For|But|And|As|If|It|He|She|They|We|According)\s/.test(nm)) nm = nm.replace(/^(?:The|A|An|In|On|At|By|For|But|And|As|If|It|He|She|They|We|According)\s+/, '');
        if (!nm || (!/\s/.test(nm) && !/^[A-Z]{2,}/.test(nm))) continue;
        out.push(nm);
      }
      return out;
    };
    let names = 0;
    for (const t of [...texts, 'A’ AB’ A’s XY’s NATO’s Mr. X. U’ The FBI’s', 'Monday. Tuesday CISA NSA’ The']) {
      const got = ATTRIBUTION_SPEED.capitalisedNames(t);
      expect(got, t).toEqual(before(t));
      names += got.length;
    }
    expect(names).toBeGreaterThan(1_000);
  });
});
