import { describe, expect, it } from 'vitest';
import { findDisclaimers, HEADED_LIMITS } from '../../src/core/disclaimers';
import { bodyOf } from './helpers/hand-built';

// extraBoxes' and headedBoxes' walks keep their state in module variables (disclaimers.ts says why): nothing may carry
// over from one page to the next — not the element count, nor the boxes found. Pages and sentences of our own.
const STORY =
  '<p>Hackers broke into the regional water utility last week and took its billing portal offline for two days, officials said on Monday.</p>' +
  '<p>The utility said customer payment data was not affected and that it had hired an outside firm to investigate the intrusion.</p>';
const page = (inEntry: string, aside: string) =>
  `<!doctype html><html><body><div class="wrap"><article class="post"><h1>Water utility hit by hackers</h1><div class="entry">${STORY}${inEntry}</div></article>` +
  `<aside class="sidebar">${aside}</aside></div></body></html>`;
const found = (html: string) => findDisclaimers(bodyOf(html), []).map((d) => [d.kind, d.text] as const);
const HEADED = '<div class="widget"><h3>Disclaimer</h3><p>We make no claims about the accuracy of the material on this site.</p></div>';

describe('disclaimers: one walk per page', () => {
  it("a page whose headed walk used up its element budget leaves the next page's walk its own", () => {
    const filler = '<div><span>x</span></div>'.repeat(HEADED_LIMITS.maxElements);
    expect(found(page('', filler + HEADED))).toEqual([]);
    expect(found(page('', HEADED))).toContainEqual(['liability', expect.stringContaining('make no claims about the accuracy')]);
  });

  it("a box read on one page is not the next page's", () => {
    const box = '<div class="note"><em>This article was produced with support from a partner; the sponsor had no say over its content.</em></div>';
    const first = found(page(box, ''));
    expect(first.map((x) => x[0])).toContain('sponsored');
    expect(found(page('', ''))).toEqual([]);
    expect(found(page(box, ''))).toEqual(first);
  });
});
