import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findDisclaimers } from '../../src/core/disclaimers';
import { extractBody } from '../../src/core/body';
import type { ArticleBody } from '../../src/core/body';

/* blind9: a correction box with a bold label, a press-release notice above the story, an adviser's disclosure (our own sentences). */

function blocks(...texts: string[]): ArticleBody {
  return { blocks: texts.map((text) => ({ kind: 'paragraph' as const, text, links: [] })), container: null } as unknown as ArticleBody;
}
const kinds = (...texts: string[]) => findDisclaimers(blocks(...texts), []).map((d) => d.kind);

const STORY = [
  'The ferry operator said on Monday that its booking site had been taken offline after intruders copied the names and addresses of passengers.',
  'The company said card numbers were kept by a payment partner and were not exposed, and that it had told the data protection regulator.',
  'Passengers who booked between March and May will receive a letter, a spokesperson said, and the site should return by the weekend.',
];

function onPage(before: string, after: string) {
  const html = `<!doctype html><html><head><title>Ferry operator takes booking site offline</title></head><body><main>${before}<article class="story"><h1>Ferry operator takes booking site offline</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}${after}</article></main></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  return findDisclaimers(extractBody(doc, { baseUrl: null, title: null }), []);
}

describe('disclaimers (fix9)', () => {
  it("reports a correction's whole box, not only its bold label", () => {
    const d = onPage('', '<aside class="story-correction"><p><strong>This article was amended on 4 May 2026.</strong> An earlier version gave the wrong number of passengers.</p></aside>');
    expect(d).toEqual([{ kind: 'correction', text: 'This article was amended on 4 May 2026. An earlier version gave the wrong number of passengers.' }]);
  });
  it('reads a notice marked role="note" above the story even when its class calls it a banner', () => {
    const notice = 'PRESS RELEASE — This release was supplied by the company through a distribution service. The Harbour Courier did not write it and is not responsible for its content.';
    expect(onPage(`<div class="pr-banner" role="note">${notice}</div>`, '').map((x) => x.kind)).toEqual(['liability']);
    // The same banner without the note role stays page chrome, as before.
    expect(onPage(`<div class="pr-banner">${notice}</div>`, '')).toEqual([]);
    // A note about something else is no disclaimer.
    expect(onPage('<div class="site-banner" role="note">Sailings from the north pier resume on Friday after repairs to the ramp were finished early.</div>', '')).toEqual([]);
  });
  it("reads the writer's past advice to a company in the story as a disclosure", () => {
    expect(kinds('Disclosure: the author has previously advised Harbour Lines on crisis exercises.')).toEqual(['other']);
    expect(kinds('The reporter formerly advised the operator on its emergency plans.')).toEqual(['other']);
  });
  it('but not advice that someone else gave', () => {
    expect(kinds('The regulator previously advised passengers on how to claim refunds.')).toEqual([]);
    expect(kinds('The author has previously written about ferry safety.')).toEqual([]);
  });
});
