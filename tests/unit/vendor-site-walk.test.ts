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
import { ROOT, htmlFiles } from './helpers/html-files';


const files = [...htmlFiles(path.join(ROOT, 'tests/fixtures')), ...htmlFiles(path.join(ROOT, '../shared/eval/dev')), ...htmlFiles(path.join(ROOT, '../shared/corpus/pages'))];
const OWN = `<!doctype html><html class="footer-x"><body><div id="pagefooter"><A href="/x">Pricing</A></div><p class="Footer">no</p>
<section class="site-copyright">c</section><footer>f</footer><svg><a href="#s">svg link</a></svg><div CLASS="a footer"></div><div id="Footer">no</div></body></html>`;

function check(doc: Document): number {
  const boxes = Array.from(doc.querySelectorAll('footer, [class*="footer"], [id*="footer"], [class*="copyright"]')).slice(0, 12);
  expect(VENDOR_SITE_WALKS.footerBoxes(doc)).toEqual(boxes);
  const anchors = Array.from(doc.querySelectorAll('a')).slice(0, 600);
  expect(VENDOR_SITE_WALKS.anchors(doc)).toEqual(anchors);
  return boxes.length + anchors.length;
}

describe('vendor-site walks = querySelectorAll', () => {
  it('has pages to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });
  it('our own page, both DOMs', () => {
    expect(check(parseHTML(OWN).document as unknown as Document)).toBeGreaterThan(5);
    const w = new Window();
    w.document.write(OWN);
    expect(check(w.document as unknown as Document)).toBeGreaterThan(5);
    w.close();
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
