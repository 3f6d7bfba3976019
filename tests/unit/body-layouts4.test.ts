import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { extractBody } from '../../src/core/body';

/** Layouts found by eval:robustness (session 4), on small pages of our own. */

function linked(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
function happy(html: string): Document {
  const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } as never });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

// One long paragraph full of commas (the highest single score) and several plain ones.
const LONG =
  'The joint notice, signed by agencies from Canada, Norway, Chile, Japan, Kenya, Spain, Italy and four other states, lists the servers, domains, mail accounts, tools and tactics the group used, and asks operators to check their logs, rotate keys, patch routers and report any match.';
const PLAIN = [
  'The agency said the campaign had targeted freight companies that move goods across the northern border since early spring.',
  'Its director said the group had relied on stolen passwords rather than on any new software flaw in the systems it entered.',
  'Officials said that the notice was published so that smaller firms without their own security teams could act on it quickly.',
  'The agency said it would update the notice if the group changed the servers it uses to control the machines it has broken into.',
  'A spokesperson said that no customer data from the freight firms had been found on the group’s servers so far.',
];
/** Every paragraph in its own <section>, grouped in "summary" and "details" sections (a CMS block editor). */
const sec = (t: string) => `<section class="block"><p>${t}</p></section>`;
const BLOCKS = `<!doctype html><html><head><title>Agencies expose freight campaign</title></head><body>
<header><nav><a href="/">Agency</a> <a href="/news">News</a></nav></header>
<main><h1>Agencies expose freight campaign</h1>
<section class="summary-section"><h2>Summary</h2>${sec(PLAIN[0]!)}${sec(PLAIN[1]!)}</section>
<section class="details-section"><h2>Details</h2>${sec(LONG)}${sec(PLAIN[2]!)}${sec(PLAIN[3]!)}${sec(PLAIN[4]!)}</section>
<div class="related"><h3>Related</h3><ul><li><a href="/a">Older notice</a></li></ul></div>
</main></body></html>`;

for (const [name, parse] of [['linkedom', linked], ['happy-dom', happy]] as const) {
  describe(`layouts (${name})`, () => {
    it('a box around one paragraph is not the body when its parent holds the other paragraphs', () => {
      const text = extractBody(parse(BLOCKS), { baseUrl: null }).blocks.map((x) => x.text).join('\n');
      expect(text).toContain(LONG);
      for (const s of PLAIN.slice(2)) expect(text).toContain(s);
    });

    it('a body written in one box with line breaks stays that box (its parent holds only promos)', () => {
      const html = `<!doctype html><html><head><title>Story</title></head><body><div class="wrapper">
<h2>Shop the new model now</h2><div class="promo"><a href="/buy">Buy now</a></div>
<div class="article"><div class="text">${[LONG, ...PLAIN].join('<br><br>')}</div></div></div></body></html>`;
      const b = extractBody(parse(html), { baseUrl: null });
      const text = b.blocks.map((x) => x.text).join('\n');
      expect(text).toContain(LONG);
      expect(text).not.toContain('Shop the new model now');
    });
  });
}
