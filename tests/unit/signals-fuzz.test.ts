import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { findHedges } from '../../src/core/hedges';
import { findDisclaimers } from '../../src/core/disclaimers';
import { findEvidence } from '../../src/core/evidence';
import { buildNotes } from '../../src/core/notes';
import { emptyReport, type Attribution, type SourceKind } from '../../src/core/report';
import type { BodyBlock } from '../../src/core/body';

/** Never throw, whatever the page says: arbitrary text, markup and report shapes. */
const WORDS = ['allegedly', 'claims', 'May', 'likely', 'CVE-2024-1234', '1.2.3[.]4', 'hxxp://a[.]b', 'Source link', 'Opinion', 'assumes no liability', '©', '“', '"', "'", '::', 'not been', 'independently', 'verified', '\u0000', '\ud800', 'Update:', 'a', ' ', '.'];
const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 20 })), { maxLength: 60 }).map((xs) => xs.join(' '));
const KINDS: SourceKind[] = ['outlet', 'government', 'company', 'researcher', 'person', 'anonymous', 'document', 'unspecified'];

describe('signals never throw', () => {
  it('hedges, disclaimers and evidence on arbitrary text and links', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }), fc.option(fc.string({ maxLength: 30 })), (texts, hrefs, url) => {
        const blocks: BodyBlock[] = texts.map((t, i) => ({ kind: i % 3 === 0 ? 'heading' : 'paragraph', text: t, links: hrefs.map((h) => ({ href: 'https://x.example/' + h, text: h })) }));
        const sentences = texts.map((t, i) => ({ text: t, block: i, blockKind: blocks[i]!.kind }));
        const { document } = parseHTML(`<html><body><div class="post">${texts.map((t) => `<p>${t.replace(/[<>&]/g, ' ')}</p>`).join('')}</div><p>${(texts[0] ?? '').replace(/[<>&]/g, ' ')}</p></body></html>`);
        const body = { blocks, container: document.querySelector('.post') as unknown as Element | null, truncated: false };
        expect(Array.isArray(findHedges(sentences))).toBe(true);
        expect(Array.isArray(findDisclaimers(body, sentences))).toBe(true);
        const ev = findEvidence(sentences, body, url ?? null);
        expect(ev.primaryLinks.every((l) => /^https?:\/\//.test(l))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('notes on arbitrary report shapes (bad via indexes, odd labels)', () => {
    const att = fc.record({
      source: text,
      sourceKind: fc.constantFrom(...KINDS),
      cue: fc.constantFrom('said', 'according to', 'reported', ''),
      sentence: text,
      label: fc.option(fc.record({ id: fc.string({ maxLength: 5 }), name: fc.string({ maxLength: 10 }), country: fc.option(fc.constantFrom('CN', 'US', 'RU', 'xx', '')), affiliation: fc.constantFrom('state_controlled', 'state_funded_independent', 'government', 'private', 'unknown'), owner: fc.constant(null), basis: fc.constant([]) })),
      via: fc.option(fc.integer({ min: -2, max: 8 })),
    }) as fc.Arbitrary<Attribution>;
    fc.assert(
      fc.property(fc.array(att, { maxLength: 8 }), fc.boolean(), (attributions, sec) => {
        const r = { ...emptyReport(null), isSecurityNews: sec, attributions };
        const notes = buildNotes(r);
        for (const n of notes) {
          expect(n.text.length).toBeGreaterThan(0);
          // Every placeholder is filled (args may themselves contain "$4.4 million").
          let rest = n.text;
          for (const a of n.args ?? []) rest = rest.split(a.length > 159 ? a.slice(0, 159) : a).join('');
          expect(rest).not.toMatch(/\$\d/);
        }
        expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
      }),
      { numRuns: 200 },
    );
  });
});
