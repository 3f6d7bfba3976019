import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/core/analyze';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { withDeclaredBody } from '../../src/core/declared-body';

/* blind9: a paywalled story shows a teaser and declares the whole text in JSON-LD articleBody (sentences of our own). */

const LEAD = 'Intruders copied the booking records of about two million guests of Lakeview Hotels over the summer, the chain said on Friday.';
const SECOND = 'The records include names, arrival dates and room preferences but no payment cards, the company said in a notice to guests.';
const REST = [
  'Two people involved in the investigation said the hackers got in through a reservation partner and stayed for eleven weeks before they were found.',
  'They spoke on condition of anonymity because the inquiry is not finished.',
  'The data protection authority said it had opened an inquiry and would decide on a fine within six months.',
  'Analysts at Ridgeback Research wrote in a note that the breach could cost the chain a year of profit.',
];

function page(domParas: string[], declared: string | null, standfirst = 'A data breach at a hotel chain, disclosed in a notice to guests.') {
  const ld = declared === null ? '' : `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Hotel chain says hackers copied guest records', isAccessibleForFree: false, articleBody: declared })}</script>`;
  return `<!doctype html><html lang="en"><head><title>Hotel chain says hackers copied guest records</title><meta property="og:type" content="article">${ld}</head><body><main><article><h1>Hotel chain says hackers copied guest records</h1><p class="standfirst">${standfirst}</p><div class="body">${domParas.map((p) => `<p>${p}</p>`).join('')}</div><div class="paywall"><h2>Subscribe to keep reading</h2><p>Unlimited access from 1 EUR.</p></div></article></main></body></html>`;
}

function bodyOf(html: string) {
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, 'https://news.example/2026/hotel');
  return withDeclaredBody(extractBody(doc, { baseUrl: null, title: facts.meta.title }), facts.declaredBody).blocks.map((b) => b.text);
}

describe('a declared articleBody behind a teaser', () => {
  it('reads the declared text after the teaser as the story', () => {
    const texts = bodyOf(page([LEAD, SECOND], [LEAD, SECOND, ...REST].join(' ')));
    expect(texts[texts.length - 1]).toBe(REST.join(' '));
    const r = analyze(parseHTML(page([LEAD, SECOND], [LEAD, SECOND, ...REST].join(' '))).document as unknown as Document, { url: 'https://news.example/2026/hotel' });
    expect(r.attributions.map((a) => a.source)).toEqual(expect.arrayContaining(['Ridgeback Research']));
  });
  it('adds nothing when the page shows the whole story', () => {
    const html = page([LEAD, SECOND, ...REST], [LEAD, SECOND, ...REST].join(' '));
    expect(bodyOf(html).filter((t) => t.includes('Ridgeback'))).toHaveLength(1);
  });
  it('adds nothing when the declared text is another story or short', () => {
    const other = 'A ferry operator cancelled its winter crossings after a storm damaged the pier at the northern harbour, the council said. '.repeat(6);
    expect(bodyOf(page([LEAD, SECOND], other)).some((t) => t.includes('ferry'))).toBe(false);
    expect(bodyOf(page([LEAD, SECOND], `${LEAD} ${SECOND} Short.`)).some((t) => t === 'Short.')).toBe(false);
    expect(bodyOf(page([LEAD, SECOND], null))).not.toContain(REST.join(' '));
  });
});
