/**
 * Layout robustness probe (issue 3: "pages it never sees, in many site
 * layouts"). `npx tsx scripts/eval-robustness.ts [DIR...]` re-renders every
 * labelled page with mechanical layout changes a real site might make
 * (paragraphs as divs, each paragraph wrapped in a section, no <article>, a
 * promo-classed wrapper around the article, paragraphs joined by <br><br>) and
 * prints each security page whose detection is lost or whose distinct sources
 * drop below 60 % of the original page's. A measurement, not a test: the
 * output is the list of layouts the body extraction does not yet generalise to.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzeFrom, firstLook } from '../src/core/index';
import { contentDirectory } from '../src/sources/compact';

const DIRS = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['../shared/eval/dev', 'tests/fixtures/blind', 'tests/fixtures/blind2', 'tests/fixtures/blind3', 'tests/fixtures/blind4'];

const CHANGES: Record<string, (h: string) => string> = {
  pToDiv: (h) => h.replace(/<p(\s[^>]*)?>/g, '<div class="txt"$1>').replace(/<\/p>/g, '</div>'),
  wrapSection: (h) => h.replace(/<p(\s[^>]*)?>/g, '<section class="block"><p$1>').replace(/<\/p>/g, '</p></section>'),
  noArticle: (h) => h.replace(/<article(\s[^>]*)?>/g, '<div class="content-area"$1>').replace(/<\/article>/g, '</div>'),
  promoWrapper: (h) => h.replace(/<article(\s[^>]*)?>/g, '<div class="promo-wrapper"><article$1>').replace(/<\/article>/g, '</article></div>'),
  brBreaks: (h) => h.replace(/<\/p>\s*<p(\s[^>]*)?>/g, '<br><br>'),
};

const db = contentDirectory();
function measure(html: string): { sec: boolean; sources: number } {
  const look = firstLook(parseHTML(html).document as unknown as Document, { db });
  const report = analyzeFrom(look, { db });
  return { sec: look.isSecurityNews, sources: new Set(report.attributions.map((a) => a.source)).size };
}

let pages = 0;
let trials = 0;
const lost: string[] = [];
for (const dir of DIRS) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
    const html = readFileSync(`${dir}/${f}`, 'utf8');
    const base = measure(html);
    if (!base.sec) continue;
    pages++;
    for (const [name, change] of Object.entries(CHANGES)) {
      const changed = change(html);
      if (changed === html) continue;
      trials++;
      const m = measure(changed);
      if (!m.sec || m.sources < base.sources * 0.6) lost.push(`${name.padEnd(13)} ${dir}/${f}: security news ${base.sec} -> ${m.sec}, sources ${base.sources} -> ${m.sources}`);
    }
  }
}
for (const l of lost) console.log(l);
console.log(`${pages} security pages, ${trials} changed layouts, ${lost.length} lost (${((1 - lost.length / Math.max(1, trials)) * 100).toFixed(1)} % kept)`);
