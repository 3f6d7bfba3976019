import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import '../../src/core/index';
import { extractBody } from '../../src/core/body';
import { findAttributions } from '../../src/core/attribution';
import { kindOf } from '../../src/core/source-kind';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';

/* blind10: a story in a web component's light DOM with slots; "the company" after a product's version; company words. */

const PARAS = [
  'The ferry operator said on Monday that its booking site had been taken offline after intruders copied the names of passengers.',
  'The company said card numbers were kept by a payment partner and were not exposed, and that it had told the regulator.',
  'Passengers who booked between March and May will receive a letter, a spokesperson said, and the site should return soon.',
];
const body = (html: string) => extractBody(parseHTML(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).document as unknown as Document, { baseUrl: null });

describe('web components (blind10)', () => {
  const story = `<x-shell><x-header slot="header"><a href="/" slot="brand">Harbour Courier</a><a href="/news" slot="nav">News</a></x-header><x-story><h1 slot="headline">Ferry booking site offline</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}<div slot="rail"><h3>Recommended</h3><a href="/x">Harbour Lines says refit is on time</a></div></x-story><x-footer slot="footer"><p>© 2026 Harbour Courier, all rights reserved, every day of the week.</p></x-footer></x-shell>`;
  it('reads the story inside custom elements as paragraphs, without its rail and footer slots', () => {
    const b = body(story);
    const texts = b.blocks.map((x) => x.text);
    expect(texts.filter((t) => PARAS.includes(t))).toEqual(PARAS);
    expect(texts.some((t) => /Recommended|Harbour Lines|rights reserved/.test(t))).toBe(false);
  });
  it('keeps an inline custom element inside a paragraph inline', () => {
    const b = body(`<article><h1>Ferry booking site offline</h1><p>${PARAS[0]} It happened <relative-time datetime="2026-03-02">two days ago</relative-time> at noon.</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p></article>`);
    expect(b.blocks.some((x) => x.text.endsWith('It happened two days ago at noon.'))).toBe(true);
  });
});

describe('"the company" and company words (blind10)', () => {
  const db = bundledDirectory();
  const page = (ts: string[]): Sentence[] => ts.map((text, i) => ({ text, block: i, blockKind: 'paragraph' as const }));
  const attr = (ts: string[]) => findAttributions(page(ts), { db, acronyms: [], publisher: null }).map((a) => a.source);
  it('"the company" is not a product named with its version', () => {
    const got = attr(['Product Halvern PrintDesk Server 7 is affected.', 'The company said an update fixes the flaw.']);
    expect(got.some((s) => /Server 7/.test(s))).toBe(false);
  });
  it('"the company" still finds a company quoted just before', () => {
    expect(attr(['Halvern Systems said on Monday that it had fixed the flaw.', 'The company said an update was available.'])).toEqual(['Halvern Systems', 'Halvern Systems']);
  });
  it('health, food, freight and wireless firms are companies, not people', () => {
    expect(kindOf('Marrow Health', null, db)).toBe('company');
    expect(kindOf('Delmar Foods', null, db)).toBe('company');
    expect(kindOf('Brightline Mobile', null, db)).toBe('company');
    expect(kindOf('Department of Health', null, db)).toBe('government');
    expect(kindOf('Marta Quell', null, db)).toBe('person');
  });
});
