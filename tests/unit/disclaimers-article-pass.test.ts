/**
 * The disclaimer box walk's <article> pass takes the container pass's answer for the walk below the container
 * (whether it holds a block, how many elements it visits) instead of walking it again. With `SHORTCUTS.off`
 * the walk is made again: both ways must find the same disclaimers, also where the element cap (4,000) or
 * the depth cap (60) falls inside the container on the second walk only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { SHORTCUTS } from '../../src/core/gate';
import { findDisclaimers } from '../../src/core/disclaimers';
import type { ArticleBody } from '../../src/core/body';

afterEach(() => {
  SHORTCUTS.off = false;
});

interface Shape {
  /** Wrappers between the <article> and the container (the container's depth in the article pass). */
  above: number;
  /** Nesting below the container (spans: inline, so no block by themselves). */
  below: number;
  /** Empty filler elements in the container (towards the element cap; no text, so the container stays a box's size). */
  filler: number;
  /** The innermost element of the nesting is a paragraph (a block) or inline. */
  block: boolean;
}

/**
 * The container's own text holds a disclaimer that none of its inner boxes holds (split over two spans): the
 * <article> pass reads the container as a box exactly when the walk below it finds no block, so a wrong answer
 * (or a cap met in one way and not the other) shows in the findings.
 */
function page(s: Shape): { body: ArticleBody } {
  const inner = s.block ? '<p>Deep paragraph text.</p>' : '<b>Deep inline text.</b>';
  const nest = '<span>'.repeat(s.below) + inner + '</span>'.repeat(s.below);
  const filler = '<i></i>'.repeat(s.filler);
  const html =
    `<html><body><article><p>A first paragraph of the story.</p>` +
    '<div>'.repeat(s.above) +
    `<div id="c">${nest}${filler} <span>The views expressed in this column</span> <span>are solely those of the author.</span></div>` +
    '</div>'.repeat(s.above) +
    `<footer><span>Disclosure: the author holds shares in Acme Corp.</span></footer>` +
    `<span>Sponsored content presented by Northwind Labs, a partner of this site.</span></article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  const container = doc.getElementById('c')!;
  return { body: { blocks: [{ kind: 'paragraph', text: 'An ordinary paragraph of the story.', links: [] }], container, truncated: false } };
}

function both(s: Shape): { fast: unknown; slow: unknown } {
  const { body } = page(s);
  SHORTCUTS.off = false;
  const fast = findDisclaimers(body, []);
  SHORTCUTS.off = true;
  const slow = findDisclaimers(body, []);
  SHORTCUTS.off = false;
  return { fast, slow };
}

describe('extraBoxes: the <article> pass reuses the walk below the container', () => {
  it('finds what walking it again finds, around the element and depth caps', () => {
    // Hand-picked edges: the caps met on the second walk only, exactly at them, and not at all.
    const edges: Shape[] = [
      { above: 0, below: 3, filler: 0, block: true },
      { above: 0, below: 3, filler: 0, block: false },
      { above: 5, below: 55, filler: 0, block: true },
      { above: 5, below: 55, filler: 0, block: false },
      { above: 4, below: 54, filler: 0, block: false },
      { above: 4, below: 55, filler: 0, block: false },
      { above: 4, below: 56, filler: 0, block: false },
      { above: 4, below: 57, filler: 0, block: false },
      { above: 2, below: 1, filler: 1_990, block: false },
      { above: 2, below: 1, filler: 1_994, block: false },
      { above: 2, below: 1, filler: 1_996, block: false },
      { above: 2, below: 1, filler: 2_100, block: false },
    ];
    // Every element count around the cap: the boxes after the container are read or not by one element.
    for (const above of [0, 3]) for (const below of [0, 2]) for (const block of [false, true]) for (let filler = 1_985; filler <= 2_005; filler++) edges.push({ above, below, filler, block });
    for (const s of edges) {
      const { fast, slow } = both(s);
      expect(fast, JSON.stringify(s)).toEqual(slow);
    }
    fc.assert(
      fc.property(
        fc.record({ above: fc.integer({ min: 0, max: 12 }), below: fc.integer({ min: 0, max: 62 }), filler: fc.constantFrom(0, 5, 1_980, 1_992, 1_995, 1_998, 2_005, 3_990, 4_100), block: fc.boolean() }),
        (s) => {
          const { fast, slow } = both(s);
          expect(fast).toEqual(slow);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the container read as a box in the <article> pass when nothing below it is a block, and not when something is', () => {
    const kinds = (s: Shape): string[] => findDisclaimers(page(s).body, []).map((d) => d.kind);
    expect(kinds({ above: 2, below: 2, filler: 10, block: false })).toContain('opinion');
    expect(kinds({ above: 2, below: 2, filler: 10, block: true })).not.toContain('opinion');
    // The boxes after the container are still read (the walk is not cut short).
    expect(kinds({ above: 2, below: 2, filler: 10, block: true })).toContain('sponsored');
  });
});
