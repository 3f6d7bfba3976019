import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findDisclaimers } from '../../src/core/disclaimers';
import { extractBody } from '../../src/core/body';
import type { ArticleBody } from '../../src/core/body';

/* blind11: a machine-translation note and an opinion rubric that is only a link above the headline (our own sentences). */

function blocks(...texts: string[]): ArticleBody {
  return { blocks: texts.map((text) => ({ kind: 'paragraph' as const, text, links: [] })), container: null } as unknown as ArticleBody;
}
const kinds = (...texts: string[]) => findDisclaimers(blocks(...texts), []).map((d) => d.kind);

const STORY = [
  'Next month the ministry will ask parliament to ban ransom payments by councils, schools and hospitals after a year of costly attacks.',
  'Councils that were hit say a ban would not change what happens in the first hours, when every server is encrypted and backups are old.',
  'The cyber centre has warned for years that most public bodies attacked had not patched known flaws or turned on multifactor login.',
];

function page(beforeTitle: string) {
  const html = `<!doctype html><html><head><title>A ransom ban will hurt victims first</title></head><body><header class="site"><a href="/">Northern Courier</a></header><main><article class="piece">${beforeTitle}<h1>A ransom ban will hurt victims first</h1><p class="byline">By A. Writer</p><div class="body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  return findDisclaimers(extractBody(doc, { baseUrl: null, title: null }), []).map((d) => `${d.kind}:${d.text}`);
}

describe('disclaimers (fix11)', () => {
  it('reads a note that the text was prepared with machine translation', () => {
    expect(kinds('This translation was prepared with the help of machine translation and reviewed by our editors.')).toEqual(['ai_generated']);
    expect(kinds('This article was translated using machine translation software and checked by a native speaker.')).toEqual(['ai_generated']);
  });
  it('leaves machine translation in the story alone', () => {
    expect(kinds('The gang\u2019s ransom notes were written with the help of machine translation, the researchers said.')).toEqual([]);
    expect(kinds('Machine translation has improved a great deal, and the ministry now uses it for routine letters.')).toEqual([]);
  });
  it('reads an opinion rubric that is only a link right above the headline', () => {
    expect(page('<a class="kicker" href="/comment">Opinion</a>')).toEqual(['opinion:Opinion']);
    expect(page('<a class="rubric" href="/sponsored">Sponsored</a>')).toEqual(['sponsored:Sponsored']);
  });
  it('leaves section links and links away from the headline alone', () => {
    expect(page('<a class="kicker" href="/politics">Politics</a>')).toEqual([]);
    expect(page('<a class="kicker" href="/comment">Opinion</a><p class="dek">Councils need money before they need a ban on paying criminals</p>')).toEqual([]);
  });
});
