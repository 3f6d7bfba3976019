import { describe, expect, it } from 'vitest';
import { findDisclaimers, HEADED_LIMITS } from '../../src/core/disclaimers';
import { bodyOf } from './helpers/hand-built';

/** Disclaimer placements from the fourth blind set, in pages and sentences of our own. */

const STORY =
  '<p>Hackers broke into the regional water utility last week and took its billing portal offline for two days, officials said on Monday.</p>' +
  '<p>The utility said customer payment data was not affected and that it had hired an outside firm to investigate the intrusion.</p>' +
  '<p>Investigators have not said who was behind the attack, and no group has claimed it so far, according to the utility.</p>';

const page = (aside: string, before = '') =>
  `<!doctype html><html><body><div class="wrap"><div class="content">${before}<article class="post"><h1>Water utility hit by hackers</h1><div class="entry">${STORY}</div></article></div>` +
  `<aside class="sidebar"><div class="widget"><h3>Recent posts</h3><ul><li><a href="https://x.example/a">Another story</a></li></ul></div>${aside}</aside></div>` +
  '<footer>© 2026 Example Feed. All rights reserved.</footer></body></html>';

const found = (html: string) => findDisclaimers(bodyOf(html), []).map((d) => [d.kind, d.text] as const);

describe('a box headed Disclaimer/Disclosure near the article', () => {
  it('a sidebar widget headed "Disclaimer" is a disclaimer of the page, by what it says', () => {
    const got = found(page('<div class="widget"><h3>Disclaimer</h3><p>Everything on this site is collected from public sources. We do not own the material and make no claims about its accuracy.</p></div>'));
    expect(got).toContainEqual(['liability', expect.stringContaining('make no claims about its accuracy')]);
  });
  it('a box headed "Disclosure" whose words match no rule is still one (other)', () => {
    const got = found(page('<div class="widget"><h4>Disclosure</h4><p>The editor of this feed is a former employee of one of the firms mentioned in the story above.</p></div>'));
    expect(got).toContainEqual(['other', expect.stringContaining('former employee')]);
  });
  it('a heading "Note" counts only when its text is a disclaimer', () => {
    expect(found(page('<div class="widget"><h3>Note</h3><p>The water utility serves about 40,000 homes across three counties in the north of the region.</p></div>'))).toEqual([]);
  });
  it('a cookie or copyright notice under such a heading is not one', () => {
    expect(found(page('<div class="widget"><h3>Disclaimer</h3><p>This site uses cookies to measure traffic and remember your settings between visits.</p></div>'))).toEqual([]);
    expect(found(page('<div class="cookie-box"><h3>Notice</h3><p>We make no claims about the accuracy of cookie settings stored in your browser.</p></div>'))).toEqual([]);
  });
  it('the walk is bounded', () => {
    const filler = '<div><span>x</span></div>'.repeat(HEADED_LIMITS.maxElements);
    const got = found(page(`${filler}<div class="widget"><h3>Disclaimer</h3><p>We make no claims about the accuracy of the material on this site.</p></div>`));
    expect(got).toEqual([]);
  });
});

describe('partner content banners', () => {
  it('"Content provided by our partner …; the newsroom was not involved" is sponsored', () => {
    const html = `<!doctype html><html><body><main><article class="post"><p class="note">Content provided by our partner Northwind Storage. The Example Daily newsroom was not involved in its creation.</p><h1>Why factories are targeted</h1><div class="entry">${STORY}</div></article></main></body></html>`;
    expect(found(html).map((x) => x[0])).toContain('sponsored');
  });
  it('a sponsor banner box is read although its class says banner', () => {
    const html = `<!doctype html><html><body><main><article class="post"><div class="partner-banner">PARTNER CONTENT · Material supplied by Northwind Storage; our editors were not involved in its preparation.</div><h1>Why factories are targeted</h1><div class="entry">${STORY}</div></article></main></body></html>`;
    expect(found(html).map((x) => x[0])).toContain('sponsored');
  });
});
