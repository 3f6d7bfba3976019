import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findDisclaimers } from '../../src/core/disclaimers';
import { extractBody } from '../../src/core/body';
import type { ArticleBody } from '../../src/core/body';

/* blind7: disclaimer wordings and one placement the rules did not cover (sentences of our own). */

function blocks(...texts: string[]): ArticleBody {
  return { blocks: texts.map((text) => ({ kind: 'paragraph' as const, text, links: [] })), container: null } as unknown as ArticleBody;
}
const kinds = (...texts: string[]) => findDisclaimers(blocks(...texts), []).map((d) => d.kind);

describe('English corrections (fix7)', () => {
  it('"the first / original version of this post" is a correction', () => {
    expect(kinds('Moderator note: the original version of this thread listed the wrong package.')).toEqual(['correction']);
    expect(kinds('The first version of this newsletter misnamed the vendor; it is fixed.')).toEqual(['correction']);
  });
  it('but not a story about a software version', () => {
    expect(kinds('The first version of the exploit was posted on a forum in May.')).toEqual([]);
  });
});

describe('house rules of a forum or comment section (fix7)', () => {
  it('are not the article’s liability or opinion disclaimer', () => {
    expect(kinds('Forum rules: Posts reflect the opinions of their authors, not of this site. We accept no responsibility for advice given by members.')).toEqual([]);
    expect(kinds('Comments represent the views of their authors. The publisher accepts no liability for their content.')).toEqual([]);
  });
  it('while the article’s own notice still counts', () => {
    expect(kinds('The views expressed are the author’s own. The publisher accepts no liability for decisions made on the basis of this article.')).toEqual(
      expect.arrayContaining(['liability', 'opinion']),
    );
  });
});

describe('a notice row above the row that holds the issue (fix7)', () => {
  const page = (sponsor: string) => `<!doctype html><html><body><table><tr><td class="top">Weekly digest · View online</td></tr>
<tr><td class="note">${sponsor}</td></tr>
<tr><td class="content"><h1>Five things from this week</h1>
<p>A ransomware crew claimed an attack on a regional hospital group on Monday, and the hospital said it was investigating the claim with outside help.</p>
<p>A new strain of banking malware is spreading through fake invoices, researchers at a security firm wrote in a report published on Tuesday.</p>
<p>Police in two countries arrested five people suspected of running a phishing service that sold fake bank pages to criminals.</p>
<p>The agency added three flaws to its catalogue of exploited vulnerabilities and told departments to patch them within three weeks.</p></td></tr></table></body></html>`;
  const find = (html: string) => {
    const doc = parseHTML(html).document as unknown as Document;
    return findDisclaimers(extractBody(doc, { baseUrl: 'https://digest.example/issues/9', title: 'Five things from this week' }), []).map((d) => d.kind);
  };
  it('is read for sentence patterns', () => {
    expect(find(page('This edition is sponsored by a password manager that pays for the digest but does not choose its stories.'))).toContain('sponsored');
  });
  it('but a short slot label there is not', () => {
    expect(find(page('Sponsored'))).not.toContain('sponsored');
  });
});
