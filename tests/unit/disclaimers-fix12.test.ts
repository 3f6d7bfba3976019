import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findDisclaimers } from '../../src/core/disclaimers';
import { extractBody } from '../../src/core/body';
import type { ArticleBody } from '../../src/core/body';

/* blind12: a wire's own writer credited on the wire's page, a press release's notice quoted in a <blockquote>, and a
   Chinese "republished with permission" line (sentences of our own; tests/setup-core.ts registers the intl rules). */

function blocks(...texts: string[]): ArticleBody {
  return { blocks: texts.map((text) => ({ kind: 'paragraph' as const, text, links: [] })), container: null } as unknown as ArticleBody;
}
const kinds = (...texts: string[]) => findDisclaimers(blocks(...texts), []).map((d) => d.kind);

const STORY = [
  'Shares of a drug distributor fell on Friday after it said a ransomware attack had halted the system that pays pharmacies for prescriptions.',
  'Pharmacists said they had filled prescriptions for two days without knowing whether they would be paid for them.',
  'An analyst said the company\u2019s insurance would probably cover most of the direct costs of the attack.',
];
const NOTICE = 'This press release contains forward-looking statements within the meaning of the securities laws. Actual results could differ materially, and the company undertakes no obligation to update any forward-looking statement.';

function page(extra: string) {
  const html = `<!doctype html><html><head><title>Distributor shares fall after ransomware attack</title></head><body><main><article><h1>Distributor shares fall after ransomware attack</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}${extra}</article></main></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  return findDisclaimers(extractBody(doc, { baseUrl: null, title: null }), []).map((d) => d.kind);
}

describe('disclaimers (fix12)', () => {
  it('a wire credited for its reporting is still a syndication line', () => {
    expect(kinds('Reuters and Agence France-Presse contributed to this report.')).toEqual(['syndicated']);
    expect(kinds('The Associated Press contributed to this report.')).toEqual(['syndicated']);
  });
  it('the wire\u2019s own writer credited on its page is no syndication', () => {
    expect(kinds('Associated Press writer Mina Cho in Seoul contributed to this report.')).toEqual([]);
    expect(kinds('Reuters correspondent Piet Smit contributed reporting to this story.')).toEqual([]);
  });
  it('a forward-looking-statements notice inside a quoted press release is the company\u2019s, not the publisher\u2019s', () => {
    expect(page(`<blockquote><p>The company said it was restoring service.</p><p>${NOTICE}</p></blockquote>`)).toEqual([]);
  });
  it('the same notice as the page\u2019s own text is still read', () => {
    expect(page(`<p>${NOTICE}</p>`)).toEqual(['liability']);
  });
  it('reads "本文經授權轉載自…" and "本文经授权转载自…" as republication, not a story about permissions', () => {
    expect(kinds('本文經授權轉載自《資訊週刊》，原文標題為〈機關公文外洩〉。')).toEqual(['syndicated']);
    expect(kinds('本文经授权转载自《信息周刊》。')).toEqual(['syndicated']);
    expect(kinds('該公司表示，使用者須經授權才能轉載相關資料。')).toEqual([]);
  });
});
