import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NOTE_IDS } from '../../src/shared/settings';
import { NOTE_MESSAGES } from '../../src/core/note-messages';

const ROOT = path.resolve(__dirname, '../..');
type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(path.join(ROOT, '_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');
const de = load('de');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Keys used in code: i18n('key'…), getMessage('key'…), titleKey: 'key', __MSG_key__ (manifest, HTML). */
function usedKeys(): Set<string> {
  const used = new Set<string>();
  const sources = [...files(path.join(ROOT, 'src')), path.join(ROOT, 'manifest.json')].filter((f) => /\.(tsx?|json|html)$/.test(f) && !f.includes(`${path.sep}data${path.sep}`));
  for (const f of sources) {
    const text = readFileSync(f, 'utf8');
    for (const re of [/\bi18n\(\s*'([A-Za-z0-9_]+)'/g, /\bgetMessage\(\s*'([A-Za-z0-9_]+)'/g, /\btitleKey: '([A-Za-z0-9_]+)'/g, /__MSG_([A-Za-z0-9_]+)__/g]) {
      for (const m of text.matchAll(re)) used.add(m[1]!);
    }
  }
  // Notes arrive from the core with a messageKey from NOTE_MESSAGES (note_<id with underscores>[_variant]).
  for (const k of Object.keys(NOTE_MESSAGES)) used.add(k);
  return used;
}

const placeholders = (m: Messages[string]): string[] =>
  [...m.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => `${x[1]!.toLowerCase()}=${m.placeholders?.[x[1]!.toLowerCase()]?.content}`).sort();

describe('locales', () => {
  const used = usedKeys();
  it('found the keys the code uses', () => expect(used.size).toBeGreaterThan(100));
  it('en and de have the same keys', () => expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort()));
  it('en and de use the same placeholders, each defined', () => {
    for (const k of Object.keys(en)) {
      expect(placeholders(de[k]!), k).toEqual(placeholders(en[k]!));
      for (const p of placeholders(en[k]!)) expect(p, k).not.toMatch(/=undefined$/);
    }
  });
  it('every key used in code exists in en', () => {
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });
  it('no key in en is unused', () => {
    expect(Object.keys(en).filter((k) => !used.has(k))).toEqual([]);
  });
  it('every core note message is in en with the English wording of the core, and in de with the same placeholders', () => {
    for (const [k, tpl] of Object.entries(NOTE_MESSAGES)) {
      const m = en[k]!;
      expect(m, k).toBeTruthy();
      const rendered = m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, n: string) => m.placeholders![n.toLowerCase()]!.content);
      expect(rendered, k).toBe(tpl);
      expect(de[k], k).toBeTruthy();
    }
  });
  it('every note id has a message with $1 and a title', () => {
    for (const id of NOTE_IDS) {
      const k = id.replace(/-/g, '_');
      expect(en[`note_${k}`], id).toBeTruthy();
      expect(en[`noteTitle_${k}`], id).toBeTruthy();
    }
  });
  it('no message is empty and German is not a copy of English for long strings', () => {
    for (const [k, m] of Object.entries(en)) {
      expect(m.message.trim(), k).not.toBe('');
      if (m.message.length > 30) expect(de[k]!.message, k).not.toBe(m.message);
    }
  });
  it('UI components hold no hard-coded text: every visible string comes from _locales', () => {
    const tsx = ['src/popup', 'src/options', 'src/ui'].flatMap((d) => files(path.join(ROOT, d))).filter((f) => f.endsWith('.tsx'));
    expect(tsx.length).toBeGreaterThan(3);
    for (const f of tsx) {
      const src = readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '');
      // JSX text between tags with two or more letters, and literal text attributes people read
      const text = [...src.matchAll(/>\s*([^<>{}=;()]*[A-Za-z]{2,}[^<>{}=;()]*)\s*</g)].map((m) => m[1]!.trim()).filter(Boolean);
      const attrs = [...src.matchAll(/\b(?:title|aria-label|alt)="([^"]+)"/g)].map((m) => m[1]);
      expect([...text, ...attrs], path.basename(f)).toEqual([]);
    }
  });
});
