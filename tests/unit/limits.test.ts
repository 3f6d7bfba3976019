import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { capReport, LIMITS } from '../../src/core/limits';
import { emptyReport, type Attribution } from '../../src/core/report';
import { validateReport } from '../../src/core/validate-report';
import { cutLong, splitText, windows } from '../../src/core/sentences';
import { boundedText, textStats } from '../../src/core/dom-bounded';

const att = (i: number, via: number | null = null): Attribution => ({
  source: `Source ${i}`,
  sourceKind: 'outlet',
  cue: 'said',
  sentence: `Source ${i} said the network was breached.`,
  label: null,
  via,
});

describe('capReport', () => {
  it('cuts lists, drops indexes that pointed past a cut list, and clips long strings', () => {
    const r = emptyReport('https://news.example/a');
    r.attributions = Array.from({ length: LIMITS.attributions + 20 }, (_, i) => att(i, i === 3 ? LIMITS.attributions + 5 : i > 0 ? i - 1 : null));
    r.hedges = Array.from({ length: LIMITS.hedges + 1 }, () => ({ cue: 'allegedly', sentence: 'x '.repeat(8_000), kind: 'hedge' as const }));
    r.evidence.primaryLinks = Array.from({ length: 150 }, (_, i) => `https://primary.example/${i}`);
    r.notes = [{ id: 'single-source', severity: 'info', message: 'm', refs: { attributions: [0, LIMITS.attributions + 1], hedges: [LIMITS.hedges] } } as never];
    capReport(r);
    expect(r.attributions).toHaveLength(LIMITS.attributions);
    expect(r.attributions[3]!.via).toBeNull();
    expect(r.attributions[4]!.via).toBe(3);
    expect(r.hedges).toHaveLength(LIMITS.hedges);
    expect(r.hedges[0]!.sentence.length).toBeLessThanOrEqual(LIMITS.stringChars);
    expect(r.evidence.primaryLinks).toHaveLength(LIMITS.primaryLinks);
    expect(r.notes[0]!.refs).toEqual({ attributions: [0], hedges: [] });
  });

  it('drops a page URL or primary link longer than a report may carry, so the report stays valid', () => {
    const long = 'https://news.example/' + 'a'.repeat(20_000);
    const r = emptyReport(long);
    r.evidence.primaryLinks = [long, 'https://primary.example/report'];
    expect(validateReport(r)).not.toEqual([]);
    capReport(r);
    expect(r.url).toBeNull();
    expect(r.evidence.primaryLinks).toEqual(['https://primary.example/report']);
    expect(validateReport(r)).toEqual([]);
    const ok = emptyReport('https://news.example/' + 'a'.repeat(8_000));
    expect(capReport(ok).url).toBe('https://news.example/' + 'a'.repeat(8_000));
  });
});

describe('sentence length', () => {
  it('never emits a sentence longer than the cap, whatever the text', () => {
    for (const t of ['allegedly reportedly may '.repeat(3_000), '10[.]0[.]0[.]'.repeat(5_000), 'U.S. '.repeat(10_000), 'x'.repeat(50_000)]) {
      const out = splitText(t);
      expect(out.length).toBeGreaterThan(1);
      for (const s of out) expect(s.length).toBeLessThanOrEqual(LIMITS.sentenceChars);
    }
  });

  it('keeps ordinary sentences whole', () => {
    expect(splitText('The agency said the flaw was exploited. Officials in the U.S. agreed.')).toEqual([
      'The agency said the flaw was exploited.',
      'Officials in the U.S. agreed.',
    ]);
  });

  it('splits long runs at spaces and windows at sentence ends', () => {
    const pieces = cutLong('word '.repeat(1_000).trim(), 100);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(100);
      expect(p.startsWith('word')).toBe(true);
    }
    expect(pieces.join(' ')).toBe('word '.repeat(1_000).trim());
    const text = 'One sentence here. '.repeat(500);
    const ws = windows(text, 3_000);
    expect(ws.join('')).toBe(text);
    for (const w of ws.slice(0, -1)) expect(w.endsWith('. ')).toBe(true);
  });

  it('a long run of joined segments is split in linear time', () => {
    // Best of three runs, so one GC pause or a busy neighbour on a shared machine does not count as growth.
    const time = (n: number) => {
      const t = '10[.]0[.]0[.]'.repeat(n) + 'x';
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const a = performance.now();
        splitText(t);
        best = Math.min(best, performance.now() - a);
      }
      return best;
    };
    time(1_000); // warm up
    const small = Math.max(time(2_000), 1);
    const big = time(16_000);
    // 8× the input: a linear splitter takes about 8× as long; the quadratic one took ~64×.
    expect(big / small).toBeLessThan(30);
  });
});

describe('bounded subtree reads', () => {
  const { document } = parseHTML('<html><body><div id="d"><p>Hello <a href="https://x.example/">link text</a> and <b>bold <i>deep</i></b>.</p><!-- note --><p>Second.</p></div></body></html>');
  const d = document.getElementById('d')!;

  it('equal textContent on ordinary trees', () => {
    expect(boundedText(d)).toBe(d.textContent);
    const st = textStats(d);
    expect(st.len).toBe(d.textContent!.length);
    expect(st.linkLen).toBe('link text'.length);
    expect(st.cut).toBe(false);
  });

  it('stop at the node budget on deep trees and share a budget between calls', () => {
    const deep = parseHTML('<html><body>' + '<div>'.repeat(5_000) + 'bottom' + '</body></html>').document;
    const top = deep.body.firstElementChild!;
    expect(boundedText(top, 100)).toBe('');
    expect(textStats(top, 100).cut).toBe(true);
    const shared = { nodes: 150 };
    boundedText(top, 100, 1_000, shared);
    expect(shared.nodes).toBe(50);
    expect(boundedText(top, 100, 1_000, shared).length).toBe(0);
    expect(shared.nodes).toBeLessThanOrEqual(0);
  });
});
