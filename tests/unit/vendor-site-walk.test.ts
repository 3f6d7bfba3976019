/**
 * vendor-site.ts walks the page for its footer boxes and anchors instead of
 * running `querySelectorAll`: the same elements, in the same order, up to the
 * same caps, on every fixture, dev and real-corpus page, under linkedom and
 * happy-dom.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { VENDOR_SITE_WALKS } from '../../src/core/vendor-site';
import { indexDocument } from '../../src/core/dom-index';
import { ROOT, htmlFiles } from './helpers/html-files';


const files = [...htmlFiles(path.join(ROOT, 'tests/fixtures')), ...htmlFiles(path.join(ROOT, '../shared/eval/dev')), ...htmlFiles(path.join(ROOT, '../shared/corpus/pages'))];
const OWN = `<!doctype html><html class="footer-x"><body><footer></footer><footer></footer><div id="pagefooter"><A href="/x">Pricing</A><footer><p class="copyright">c</p></footer></div><p class="Footer">no</p>
<section class="site-copyright">c</section><footer>f</footer><FOOTER class="x">g</FOOTER><svg><a href="#s">svg link</a></svg><div CLASS="a footer"></div><div id="Footer">no</div><footer></footer></body></html>`;
/** perf-rest9: a <template>'s contents are no page boxes (the selector skips them; linkedom's sibling walk did not). */
const OWN_TEMPLATE = OWN.replace('<footer></footer></body>', '<template><footer>t</footer><p class="footer">t</p></template><footer></footer></body>');

function check(doc: Document, walk = true): number {
  const all = Array.from(doc.querySelectorAll('footer, [class*="footer"], [id*="footer"], [class*="copyright"]'));
  const boxes = all.slice(0, 12);
  if (walk) expect(VENDOR_SITE_WALKS.footerBoxes(doc)).toEqual(boxes);
  // perf-rest9: the same boxes from the first look's index (no walk), capped and all of them (the order throughout).
  const index = indexDocument(doc);
  expect(VENDOR_SITE_WALKS.indexedFooterBoxes(index)).toEqual(boxes);
  expect(VENDOR_SITE_WALKS.indexedFooterBoxes(index, 1e9)).toEqual(all);
  const anchors = Array.from(doc.querySelectorAll('a')).slice(0, 600);
  expect(VENDOR_SITE_WALKS.anchors(doc)).toEqual(anchors);
  return boxes.length + anchors.length;
}

describe('vendor-site walks = querySelectorAll', () => {
  it('has pages to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });
  it('our own page, both DOMs', () => {
    expect(check(parseHTML(OWN).document as unknown as Document)).toBeGreaterThan(10);
    const w = new Window();
    w.document.write(OWN);
    expect(check(w.document as unknown as Document)).toBeGreaterThan(10);
    w.close();
  });
  it('the index skips template contents, like the selector', () => {
    const doc = parseHTML(OWN_TEMPLATE).document as unknown as Document;
    expect(check(doc, false)).toBeGreaterThan(10);
    expect(VENDOR_SITE_WALKS.indexedFooterBoxes(indexDocument(doc), 1e9).some((el) => el.textContent === 't')).toBe(false);
  });
  it('the walk skips template contents too (blind14: a site header in declarative shadow DOM)', () => {
    const html = OWN_TEMPLATE.replace('<template>', '<template shadowrootmode="open"><a href="/t">t</a>');
    expect(check(parseHTML(html).document as unknown as Document)).toBeGreaterThan(10);
    expect(VENDOR_SITE_WALKS.anchors(parseHTML(html).document as unknown as Document).some((el) => el.textContent === 't')).toBe(false);
  });
  it('every page under linkedom', () => {
    let n = 0;
    for (const f of files) n += check(parseHTML(readFileSync(f, 'utf8')).document as unknown as Document);
    expect(n).toBeGreaterThan(1_000);
  });
  it('every fixture and dev page under happy-dom', () => {
    for (const f of files.filter((x) => !x.includes('corpus/pages'))) {
      const w = new Window();
      w.document.write(readFileSync(f, 'utf8'));
      check(w.document as unknown as Document);
      w.close();
    }
  });
});
