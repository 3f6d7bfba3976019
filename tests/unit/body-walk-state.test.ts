import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { BODY_LIMITS, extractBody } from '../../src/core/body';

// extractBody keeps its walk's state in module variables (body.ts says why): nothing may carry over from one
// page to the next — not the stop after a cap, the block count, the headings seen, nor the container.
const page = (inner: string): Document => parseHTML(`<html><body><article>${inner}</article></body></html>`).document as unknown as Document;
const para = (i: number): string => `<p>Paragraph number ${i} of the long story says something about the network outage.</p>`;

describe('extractBody: one walk per call', () => {
  it('a page that hits the block cap does not stop or truncate the next page', () => {
    const big = page(Array.from({ length: BODY_LIMITS.maxBlocks + 5 }, (_, i) => para(i)).join(''));
    const first = extractBody(big, { baseUrl: null });
    expect(first.truncated).toBe(true);
    const small = page('<h2>Background</h2>' + para(1) + para(2));
    const second = extractBody(small, { baseUrl: null });
    expect(second.truncated).toBe(false);
    expect(second.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('a heading seen on one page is kept on the next, and a repeat on the same page is dropped', () => {
    const one = extractBody(page('<h2>What we know</h2>' + para(1) + '<h2>What we know</h2>' + para(2)), { baseUrl: null });
    expect(one.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['What we know']);
    const two = extractBody(page('<h2>What we know</h2>' + para(3) + para(4)), { baseUrl: null });
    expect(two.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['What we know']);
  });

  it('the headline is dropped only on its own page', () => {
    const a = extractBody(page('<h2>Outage hits the city</h2>' + para(1) + para(2)), { baseUrl: null, title: 'Outage hits the city' });
    expect(a.blocks.filter((b) => b.text === 'Outage hits the city').map((b) => b.kind)).toEqual(['title']);
    const b = extractBody(page('<h2>Outage hits the city</h2>' + para(3) + para(4)), { baseUrl: null, title: 'Another headline entirely' });
    expect(b.blocks.some((x) => x.kind === 'heading' && x.text === 'Outage hits the city')).toBe(true);
  });
});
