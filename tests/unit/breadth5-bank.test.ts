/**
 * The breadth5 bank (breadth5-bank.ts) against the rules: every phrasing found
 * with its kind, every negative silent, every note situation right — except the
 * known misses listed here, which must still miss (so the list stays honest:
 * a case that starts passing has to move out of it).
 */
import { describe, expect, it } from 'vitest';
import { buildNotes } from '../../src/core/notes';
import { SHORTCUTS } from '../../src/core/gate';
import { DISCLAIMERS } from './breadth5-bank';
import { report } from './helpers/hand-built';
import { disclaimerPage, disclaimersOf, hedgesOf, negativePage, page, runDisclaimers, runHedgeNegatives, runHedges, runNegatives, runNotes } from './helpers/breadth5-run';
import { DISCLAIMER_NEGATIVES, HEDGES, HEDGE_NEGATIVES } from './breadth5-bank';
import { HOLDOUT_DISCLAIMERS, HOLDOUT_HEDGES, HOLDOUT_HEDGE_NEGATIVES, HOLDOUT_NEGATIVES } from './breadth5-holdout';

const DISCLAIMER_MISSES = new Set<string>([

]);
const HEDGE_MISSES = new Set<string>([
]);
const NOTE_MISSES = new Set<string>([
  'n-syndicated-only',
]);
const HOLDOUT_DISCLAIMER_MISSES = [
  // 12/30 on first contact (the phrase rules); 27/30 with the structural fallback (src/core/disclaimer-self.ts:
  // a sentence about the text itself in one kind's vocabulary). What still misses:
  'ho-liab-accountable',
  'ho-ai-automatic-story',
  'ho-oth-investor-parent',
];
const HOLDOUT_HEDGE_MISSES = [
  'ho-h-independently-checked',
  'ho-h-feared-to',
  'ho-h-not-established',
  'ho-h-impossible-verify',
  'ho-h-sources-suggest',
  'ho-h-no-independent-confirmation',
  'ho-h-de-nicht-ueberpruefen',
  'ho-h-es-serian',
  'ho-h-fr-viendrait',
];

describe('breadth5 bank', () => {
  it('the plain story page has no disclaimer', () => {
    expect(disclaimersOf(page({}))).toEqual([]);
  });

  it('finds every disclaimer phrasing with its kind, except the known misses', () => {
    const results = runDisclaimers();
    const missed = results.filter((r) => !r.found).map((r) => r.id);
    expect(missed.filter((id) => !DISCLAIMER_MISSES.has(id))).toEqual([]);
    expect([...DISCLAIMER_MISSES].filter((id) => !missed.includes(id))).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(80);
  });

  it('reports no disclaimer for any negative (footers, banners, datelines, story sentences)', () => {
    const fps = runNegatives().filter((r) => r.got.length).map((r) => `${r.id}: ${r.got.map((d) => d.kind + ':' + d.text).join(' | ')}`);
    expect(fps).toEqual([]);
  });

  it('finds every hedge phrasing with its kind, except the known misses', () => {
    const results = runHedges();
    const missed = results.filter((r) => !r.found || !r.kindOk).map((r) => r.id);
    expect(missed.filter((id) => !HEDGE_MISSES.has(id))).toEqual([]);
    expect([...HEDGE_MISSES].filter((id) => !missed.includes(id))).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(50);
  });

  it('reports no hedge for any hedge negative', () => {
    const fps = runHedgeNegatives().filter((r) => r.got.length).map((r) => `${r.id}: ${r.got.map((h) => h.cue).join(', ')}`);
    expect(fps).toEqual([]);
  });

  it('every opinion disclaimer of the bank that distances the publisher from the views gives the publisher-disclaimer note', () => {
    // "This is an opinion piece" only labels the section: no distancing, no note (as for a bare "Opinion").
    const labelsOnly = new Set(['op-this-is-opinion']);
    const silent = DISCLAIMERS.filter((c) => c.kind[0] === 'opinion' && !labelsOnly.has(c.id))
      .filter((c) => !buildNotes(report({ disclaimers: [{ kind: 'opinion', text: c.text }] })).some((n) => n.id === 'publisher-disclaimer'))
      .map((c) => c.id);
    expect(silent).toEqual([]);
    expect(buildNotes(report({ disclaimers: [{ kind: 'opinion', text: 'This is an opinion piece.' }] })).some((n) => n.id === 'publisher-disclaimer')).toBe(false);
  });

  it('the word gates and shortcuts (gate.ts) change no answer on the bank', () => {
    const run = () => [
      ...DISCLAIMERS.map((c) => JSON.stringify(disclaimersOf(disclaimerPage(c)))),
      ...DISCLAIMER_NEGATIVES.map((c) => JSON.stringify(disclaimersOf(negativePage(c)))),
      ...[...HEDGES, ...HEDGE_NEGATIVES].map((c) => JSON.stringify(hedgesOf(c.sentence, c.id))),
    ];
    SHORTCUTS.off = false;
    const fast = run();
    SHORTCUTS.off = true;
    try {
      expect(run()).toEqual(fast);
    } finally {
      SHORTCUTS.off = false;
    }
  });

  it('gives the expected notes in every situation, except the known misses', () => {
    const results = runNotes();
    const wrong = results.filter((r) => !r.ok).map((r) => r.id);
    expect(wrong.filter((id) => !NOTE_MISSES.has(id))).toEqual([]);
    expect([...NOTE_MISSES].filter((id) => !wrong.includes(id))).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(20);
  });

  // The hold-out bank (breadth5-holdout.ts) was written after the rules: first contact found 12/30 disclaimers and
  // 7/16 hedges, the same as main — the rules fit the first bank's wordings. What still misses is listed here.
  it('hold-out bank: finds what it finds, misses only the listed cases, and no negative fires', () => {
    const d = runDisclaimers(HOLDOUT_DISCLAIMERS).filter((r) => !r.found).map((r) => r.id);
    const h = runHedges(HOLDOUT_HEDGES).filter((r) => !r.found || !r.kindOk).map((r) => r.id);
    expect(d).toEqual([...HOLDOUT_DISCLAIMER_MISSES]);
    expect(h).toEqual([...HOLDOUT_HEDGE_MISSES]);
    expect(runNegatives(HOLDOUT_NEGATIVES).filter((r) => r.got.length).map((r) => r.id)).toEqual([]);
    expect(runHedgeNegatives(HOLDOUT_HEDGE_NEGATIVES).filter((r) => r.got.length).map((r) => r.id)).toEqual([]);
  });
});
