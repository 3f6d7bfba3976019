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

/** Known misses: none left (was 32 on main). */
/** Known misses of the first bank: none left (32 of 84 on the starting main). */
const DISCLAIMER_MISSES = new Set<string>([]);
/** Known misses: none left (19 of 56 on the starting main; "without providing evidence" came with main's fix5-pages rule). */
const HEDGE_MISSES = new Set<string>([]);
/**
 * Known misses. n-syndicated-only: the publisher-disclaimer rule deliberately counts a republication credit
 * (tests/unit/notes-situations.test.ts), while the spec lists liability/sponsored/AI and the annotated sets never
 * expect the note for a credit alone — left for the lead to decide, not changed here.
 */
const NOTE_MISSES = new Set<string>([
  'n-syndicated-only',
]);
/** The hold-out bank's remaining miss: "Brightwall is an investor in Ledgerline's parent company" (the site's own name is not known to the rule). */
const HOLDOUT_DISCLAIMER_MISSES = [
  'ho-oth-investor-parent',
];
const HOLDOUT_HEDGE_MISSES: string[] = [];

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

  // The hold-out bank (breadth5-holdout.ts) was written after the first rules: first contact found 12/30 disclaimers and
  // 9/16 hedges, the same as main — those rules fit the first bank's wordings. Broader rules then (word classes: a verb of
  // making within a few words of the AI; "cannot be held accountable for decisions"; "versions of this story") reached
  // 29/30 and 16/16; the figures after that are no longer a hold-out measure. What still misses is listed here.
  it('hold-out bank: finds what it finds, misses only the listed cases, and no negative fires', () => {
    const d = runDisclaimers(HOLDOUT_DISCLAIMERS).filter((r) => !r.found).map((r) => r.id);
    const h = runHedges(HOLDOUT_HEDGES).filter((r) => !r.found || !r.kindOk).map((r) => r.id);
    expect(d).toEqual([...HOLDOUT_DISCLAIMER_MISSES]);
    expect(h).toEqual([...HOLDOUT_HEDGE_MISSES]);
    expect(runNegatives(HOLDOUT_NEGATIVES).filter((r) => r.got.length).map((r) => r.id)).toEqual([]);
    expect(runHedgeNegatives(HOLDOUT_HEDGE_NEGATIVES).filter((r) => r.got.length).map((r) => r.id)).toEqual([]);
  });
});
