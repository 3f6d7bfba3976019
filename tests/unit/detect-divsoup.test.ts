import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { firstLook } from '../../src/core/index';

const div = (s: string) => `<div class="txt">${s}</div>`;
const TEXT = [
  'The regulator on Tuesday fined a regional water company after intruders reached the programmable logic controllers at two treatment plants.',
  'Investigators said the hacktivist group logged in with default passwords and defaced the control screens before the operators noticed.',
  'The company said no water was contaminated and that its incident response team had restored manual control within four hours of the alert.',
  'Officials said the group had claimed similar intrusions at other utilities, and that the agency would publish guidance for industrial control systems.',
  'A spokesperson for the company said it had since changed every password on its network and hired an outside firm to review its remote access.',
  'Local councillors asked the regulator to explain why the plants had been reachable from the internet at all, and when the review would be published.',
].map(div).join('');

function page(declare: boolean): Document {
  const head = `<title>Hacktivists reach water plant controls</title>${declare ? '<meta property="og:type" content="article">' : ''}`;
  return parseHTML(`<!doctype html><html><head>${head}</head><body><div role="heading">Hacktivists reach water plant controls</div>${TEXT}</body></html>`).document as unknown as Document;
}

describe('articles whose text sits in <div>s', () => {
  it('a declared article with running text in divs is an article, and this one is security news', () => {
    const look = firstLook(page(true), { url: 'https://news.example/2026/02/water-plant' });
    expect(look.isArticle).toBe(true);
    expect(look.isSecurityNews).toBe(true);
  });
  it('without any declaration, div text alone does not make a page an article', () => {
    const look = firstLook(page(false), { url: 'https://news.example/' });
    expect(look.isArticle).toBe(false);
  });
});
