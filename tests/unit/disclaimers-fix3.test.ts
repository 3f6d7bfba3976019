import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findDisclaimers } from '../../src/core/disclaimers';
import { extractBody } from '../../src/core/body';
import { bodyOf } from './helpers/hand-built';

/** Disclaimer phrasings and placements from the third blind set, in sentences of our own. */

const STORY = '<p>Hackers broke into the city water utility last week, officials said on Monday.</p><p>The utility said customer data was not affected.</p>';
const kindsOf = (html: string) => findDisclaimers(bodyOf(html), []).map((d) => d.kind);

describe('liability phrasings', () => {
  const cases = [
    'The site publishes releases as received and takes no responsibility for their accuracy.',
    'The portal bears no responsibility for statements made by the companies it lists.',
    'The newsletter is not responsible for the accuracy of the releases it carries.',
    'This blog is not responsible for their content or for any errors in them.',
    'The publisher cannot be held responsible for errors or omissions in submitted material.',
    'The publisher does not guarantee their accuracy or completeness.',
    'The website takes no liability for decisions made on the basis of these notices.',
  ];
  for (const sentence of cases) {
    it(sentence, () => {
      expect(kindsOf(`<div class="post">${STORY}<p>${sentence}</p></div>`)).toEqual(['liability']);
    });
  }
  it('prose about responsibility that disclaims nothing stays out', () => {
    for (const sentence of [
      'The group took responsibility for the attack in a post on its leak site.',
      'Officials said the vendor was not responsible for the outage at the hospital.',
      'The ministry said it takes the security of citizens’ data seriously.',
    ]) {
      expect(kindsOf(`<div class="post">${STORY}<p>${sentence}</p></div>`), sentence).toEqual([]);
    }
  });
});

describe('a sponsored label above the headline', () => {
  const page = (label: string) =>
    `<!doctype html><html><body><main><div class="release-wrap">${label}<h1>Vendor finds new botnet</h1><div class="release-meta">Press release · March 3, 2026</div>
<div class="release-body"><p>The vendor said on Tuesday that its researchers had found a botnet of home routers, and that it had shared its findings with police.</p><p>The company said the routers were used to hide criminal traffic, and that owners should replace devices that no longer get updates.</p><p>The vendor said it would publish the full list of affected models next week, with the help of the router makers.</p></div></div></main></body></html>`;
  it('is found although its class ("sponsored-label") reads as an ad slot to body extraction', () => {
    const { document } = parseHTML(page('<div class="sponsored-label" role="note">Sponsored content</div>'));
    const body = extractBody(document as unknown as Document, { baseUrl: null, title: 'Vendor finds new botnet' });
    expect(body.blocks.map((b) => b.text).join(' ')).not.toContain('Sponsored content');
    expect(findDisclaimers(body, []).map((d) => `${d.kind}:${d.text}`)).toEqual(['sponsored:Sponsored content']);
  });
  it('an ad slot above the headline stays out, and so does a label with a link in it', () => {
    for (const label of ['<div class="ad-slot">Advertisement</div>', '<div class="sponsored-label"><a href="https://ads.example/x">Sponsored: try our VPN</a></div>', '<div class="sponsor-promo">Sponsored</div>']) {
      const { document } = parseHTML(page(label));
      const body = extractBody(document as unknown as Document, { baseUrl: null, title: 'Vendor finds new botnet' });
      expect(findDisclaimers(body, []), label).toEqual([]);
    }
  });
});
