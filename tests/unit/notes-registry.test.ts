import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { NOTE_RULES } from '../../src/core/notes/index';
import { NOTE_MESSAGES, baseKey } from '../../src/core/note-messages';
import type { NoteId } from '../../src/core/report';

/**
 * Every NoteId has exactly one rule (its own file), one base message and one
 * focused test block; every message belongs to a note; messages stay neutral.
 */
const ROOT = path.resolve(__dirname, '../..');
const REPORT_TS = readFileSync(path.join(ROOT, 'src/core/report.ts'), 'utf8');
const NOTE_IDS = [...(REPORT_TS.match(/export type NoteId =([^;]+);/)?.[1] ?? '').matchAll(/'([a-z-]+)'/g)].map((m) => m[1]! as NoteId);
const TESTS = readFileSync(path.join(ROOT, 'tests/unit/notes.test.ts'), 'utf8');
const RULE_DIR = path.join(ROOT, 'src/core/notes');

describe('notes registry', () => {
  it('reads the NoteId union from report.ts', () => expect(NOTE_IDS.length).toBeGreaterThanOrEqual(12));

  for (const id of NOTE_IDS) {
    it(`${id}: one rule, one message, one test`, () => {
      const rule = NOTE_RULES[id];
      expect(rule, 'registered rule').toBeDefined();
      expect(rule.id).toBe(id);
      expect(Object.values(NOTE_RULES).filter((r) => r.id === id)).toHaveLength(1);
      // The rule lives in its own file and only uses its own message keys.
      const src = readFileSync(path.join(RULE_DIR, `${id}.ts`), 'utf8');
      for (const k of src.match(/note_[a-z_]+/g) ?? []) expect(k.startsWith(baseKey(id))).toBe(true);
      expect(NOTE_MESSAGES[baseKey(id)], 'base message').toBeTypeOf('string');
      expect(TESTS.split(`describe('${id}'`).length - 1, 'one describe block in notes.test.ts').toBe(1);
    });
  }

  it('has no rule for an unknown id and no stray rule files', () => {
    expect(Object.keys(NOTE_RULES).sort()).toEqual([...NOTE_IDS].sort());
    const files = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !['index.ts', 'common.ts'].includes(f)).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...NOTE_IDS].sort());
  });

  it('every message key belongs to a note id, with few placeholders', () => {
    const bases = NOTE_IDS.map(baseKey);
    for (const [key, text] of Object.entries(NOTE_MESSAGES)) {
      // The longest base that prefixes the key is its note.
      expect(bases.some((b) => key === b || key.startsWith(b + '_')), key).toBe(true);
      const ph = new Set(text.match(/\$\d/g) ?? []);
      expect(ph.size, key).toBeLessThanOrEqual(2);
      for (const p of ph) expect(Number(p.slice(1))).toBeLessThanOrEqual(ph.size);
    }
  });

  it('messages describe what the article does, never a verdict or a score', () => {
    const verdict = /\b(?:false|true|fake|lie|lies|propaganda|disinformation|unreliable|untrustworthy|trustworthy|credible|credibility|biased|score|rating|misleading)\b/i;
    for (const [key, text] of Object.entries(NOTE_MESSAGES)) expect(verdict.test(text), key).toBe(false);
  });
});
