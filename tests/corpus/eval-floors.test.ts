import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The evaluation sets as a regression guard: the shared scorer runs the CLI on
 * every page of a set exactly as the unseen pages are scored, and a merge that
 * makes any set score worse than the floors below fails here. Raise a floor
 * when a fix lifts a set; lower one only with a reason in the commit message.
 */
const SCORER = path.resolve('../shared/eval/score.mjs');

interface Summary {
  detArticle: number;
  detSecurity: number;
  pages: number;
  srcF1: number;
  srcRecall: number;
  srcPrecision: number;
  label: number;
  hedgeRecall: number;
  discRecall: number;
  discFpPages: number;
  notesRecall: number;
  notesFpState: number;
  traps: number;
}
type Floor = Partial<Record<keyof Summary, number>> & { maxTraps: number; maxDiscFpPages: number; maxNotesFpState: number };

const FLOORS: Record<string, Floor> = {
  '../shared/eval/dev': { srcF1: 1, hedgeRecall: 1, discRecall: 1, notesRecall: 1, label: 1, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  'tests/fixtures/blind': { srcF1: 0.98, hedgeRecall: 0.99, discRecall: 1, notesRecall: 0.99, label: 0.97, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  'tests/fixtures/blind2': { srcF1: 0.99, hedgeRecall: 0.99, discRecall: 1, notesRecall: 0.99, label: 0.99, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  'tests/fixtures/blind3': { srcF1: 0.98, hedgeRecall: 0.99, discRecall: 1, notesRecall: 0.97, label: 0.99, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  'tests/fixtures/blind4': { srcF1: 0.98, hedgeRecall: 0.99, discRecall: 0.99, notesRecall: 0.99, label: 0.99, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  'tests/fixtures/blind5': { srcF1: 0.99, hedgeRecall: 0.99, discRecall: 0.99, notesRecall: 0.99, label: 0.99, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  // blind6 after fix6b (docs/blind6-eval.md): F1 0.943, notes 0.966; the rest at 1.
  'tests/fixtures/blind6': { srcF1: 0.94, hedgeRecall: 0.99, discRecall: 0.99, notesRecall: 0.96, label: 0.99, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  // blind7 after fix7 (English, docs/blind7-eval.md) and lang7 (Italian, Portuguese, Dutch, Japanese): F1 0.96, hedge 1.00,
  // disclaimers 1.00, notes 0.98, label 0.99, 24/24 security verdicts (first contact: F1 0.58, disclaimers 0.44, 18/24).
  // intl8: our own Russian and Chinese pages, written with the rules (a development set, not a held-out one): all at 1.
  'tests/fixtures/intl8': { srcF1: 1, hedgeRecall: 1, discRecall: 1, notesRecall: 1, label: 1, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  'tests/fixtures/blind7': { detSecurity: 24, srcF1: 0.95, hedgeRecall: 0.99, discRecall: 0.99, notesRecall: 0.97, label: 0.98, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  // blind8 after fix8 (English, docs/blind8-eval.md) and intl8 (Russian, Chinese; merged after the set was written): F1 0.96,
  // hedge 1.00, disclaimers 1.00, notes 0.91, label 0.96, 24/24 (first contact: F1 0.67, 15/24 security verdicts).
  // left9 (blind8's leftovers, Russian case endings and relays, Chinese titles and citing): F1 0.99, hedge 1.00,
  // disclaimers 1.00, notes 1.00, label 1.00.
  'tests/fixtures/blind8': { detArticle: 24, detSecurity: 24, srcF1: 0.98, hedgeRecall: 0.99, discRecall: 0.99, notesRecall: 0.99, label: 0.99, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  // left9: our own Traditional Chinese, Korean and Polish pages, written with the rules (a development set, not a
  // held-out one): all at 1. left10 added four pages (Korean, Traditional Chinese and Polish publisher's notes, a Korean
  // "그는", a Russian self-named group), so the set now has disclaimers and a disclaimer floor.
  'tests/fixtures/intl9': { detSecurity: 7, srcF1: 1, hedgeRecall: 1, discRecall: 1, notesRecall: 1, label: 1, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  // blind9 after fix9 (docs/blind9-eval.md): F1 0.938, hedge 1.00, disclaimers 1.00, notes 0.974, label 1.00, 24/24
  // (first contact: F1 0.74, 19/24 security verdicts, disclaimers 0.43).
  // left10 (blind9's leftovers: the Japanese relay, a described outlet, the spy agency, sentences behind an opener, five
  // false sources): F1 1.00, notes 1.00.
  'tests/fixtures/blind9': { detArticle: 24, detSecurity: 24, srcF1: 0.99, hedgeRecall: 0.99, discRecall: 0.99, notesRecall: 0.99, label: 0.99, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  // blind10 after fix10 (docs/blind10-eval.md): F1 0.985, hedge 1.00, disclaimers 1.00, notes 0.971, label 0.984, 24/24
  // (first contact: F1 0.84, 19/24 security verdicts, disclaimers 0.45, 2 trap hits).
  'tests/fixtures/blind10': { detArticle: 24, detSecurity: 24, srcF1: 0.97, hedgeRecall: 0.99, discRecall: 0.99, notesRecall: 0.96, label: 0.98, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  // blind11 after fix11 (docs/blind11-eval.md): F1 0.94, hedge 1.00, disclaimers 1.00, notes 0.92, label 0.97, 24/24
  // (first contact: F1 0.80, 20/24 security verdicts, disclaimers 0.43, hedge 0.77). After left12: F1 1.00, notes 0.95,
  // label 1.00; the floors one step below.
  'tests/fixtures/blind11': { detArticle: 24, detSecurity: 24, srcF1: 0.99, hedgeRecall: 0.99, discRecall: 0.99, notesRecall: 0.94, label: 0.99, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  // blind12 after fix12 (docs/blind12-eval.md): F1 0.99, hedge 1.00, disclaimers 1.00, notes 0.95, label 0.99, 24/24
  // (first contact: F1 0.84, 21/24 security verdicts, hedge 0.76, disclaimers 0.73 with 3 false pages, 1 trap hit).
  'tests/fixtures/blind12': { detArticle: 24, detSecurity: 24, srcF1: 0.98, hedgeRecall: 0.99, discRecall: 0.99, notesRecall: 0.94, label: 0.98, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  // blind13 after fix13 (docs/blind13-eval.md): F1 0.99, hedge 1.00, disclaimers 1.00, notes 0.95, label 1.00, 24/24, no
  // trap (first contact: F1 0.94, 21/24 security verdicts, hedge 0.87, disclaimers 0.89, notes 0.90, 3 trap hits).
  'tests/fixtures/blind13': { detArticle: 24, detSecurity: 24, srcF1: 0.98, hedgeRecall: 0.99, discRecall: 0.99, notesRecall: 0.94, label: 0.99, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  // blind14 after fix14 (docs/blind14-eval.md): F1 0.96, hedge 1.00, disclaimers 1.00, notes 0.87, label 1.00, 24/24
  // articles, 22/24 security verdicts (05 and 13 left to the vocabulary), no trap (first contact: F1 0.90, 20/24, hedge
  // 0.89, disclaimers 0.88, notes 0.79, 2 trap hits).
  'tests/fixtures/blind14': { detArticle: 24, detSecurity: 22, srcF1: 0.95, hedgeRecall: 0.99, discRecall: 0.99, notesRecall: 0.86, label: 0.99, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
  // intl11 (left11): three Korean pages of our own for the Korean publisher's notes (liability, correction, sponsored and
  // AI), written without running the rules: first contact det 3/3, sec 1/3, F1 0.53, disclaimers 0.00, notes 0.14; all at 1 after.
  'tests/fixtures/intl11': { detSecurity: 3, srcF1: 1, hedgeRecall: 1, discRecall: 1, notesRecall: 1, label: 1, maxTraps: 0, maxDiscFpPages: 0, maxNotesFpState: 0 },
};

describe.skipIf(!existsSync(SCORER))('evaluation sets stay at or above their floors', () => {
  for (const [dir, floor] of Object.entries(FLOORS)) {
    it(dir, () => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'credence-eval-')), 'score.json');
      execFileSync('node', [SCORER, '.', '--set', dir, '--out', out], { stdio: 'pipe', timeout: 240_000 });
      const s = (JSON.parse(readFileSync(out, 'utf8')) as { summary: Summary & { line: string } }).summary;
      // Pages whose article / security-news verdict agrees with the gold: all of them, unless the floor says fewer.
      expect(s.detArticle, s.line).toBeGreaterThanOrEqual(floor.detArticle ?? s.pages);
      expect(s.detSecurity, s.line).toBeGreaterThanOrEqual(floor.detSecurity ?? s.pages);
      for (const k of ['srcF1', 'hedgeRecall', 'discRecall', 'notesRecall', 'label'] as const) {
        if (floor[k] !== undefined) expect(s[k], `${k} in ${s.line}`).toBeGreaterThanOrEqual(floor[k]! - 1e-9);
      }
      expect(s.traps, s.line).toBeLessThanOrEqual(floor.maxTraps);
      expect(s.discFpPages, s.line).toBeLessThanOrEqual(floor.maxDiscFpPages);
      expect(s.notesFpState, s.line).toBeLessThanOrEqual(floor.maxNotesFpState);
    }, 300_000);
  }
});
