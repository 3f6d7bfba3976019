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

describe('div soup with no declaration, no <h1> and no <p>', () => {
  const LONG = [
    'The regional water regulator on Tuesday fined the Valley Water Company after intruders reached the programmable logic controllers at two of its treatment plants, the first penalty of its kind in the region.',
    'Investigators said a hacktivist group logged in over the internet with default passwords, changed set points on the chlorine dosing pumps and defaced the control screens before the night operators noticed.',
    'The company said no contaminated water left either plant and that its incident response team had restored manual control within four hours of the first alarm, a timeline the regulator did not dispute.',
    'Officials said the same group had claimed similar intrusions at other utilities in recent months, and that the agency would publish new guidance for industrial control systems before the end of the year.',
    'A spokesperson for the company said it had since changed every password on its operational network, removed remote access for vendors and hired an outside firm to review how the plants were connected.',
    'Local councillors asked the regulator to explain why the plants had been reachable from the internet at all, and said they would call the company’s chief executive before a committee next month.',
  ].map(div).join('');
  const soup = (inner: string, title = 'Regulator fines water company over plant intrusion') =>
    parseHTML(
      `<!doctype html><html><head><title>${title} - The Valley Post</title></head><body><div id="hd"><div class="gnb"><a href="/">Home</a><a href="/national/">National</a><a href="/business/">Business</a></div></div>` +
        `<div id="container"><div class="view_tit">${title}</div><div class="view_cont">${inner}</div></div></body></html>`,
    ).document as unknown as Document;

  it('running text in <div>s found by the body extractor makes an article', () => {
    const look = firstLook(soup(LONG), { url: 'https://valleypost.example/national/20260211000317' });
    expect(look.isArticle).toBe(true);
    expect(look.isSecurityNews).toBe(true);
  });
  it('fewer long paragraphs than that is not enough on its own', () => {
    const short = LONG.split('</div>').slice(0, 3).join('</div>') + '</div>';
    expect(firstLook(soup(short), { url: 'https://valleypost.example/national/20260211000317' }).isArticle).toBe(false);
  });
  it('a section front of linked headlines with blurbs stays out', () => {
    const cards = Array.from(
      { length: 10 },
      (_, i) =>
        `<div class="item"><h3><a href="/national/2026021100${i}">Story number ${i} about the council budget and the new rail timetable</a></h3><div class="lede">A short summary of story ${i}, with a few words about what happened and who said what on Monday.</div></div>`,
    ).join('');
    expect(firstLook(soup(cards, 'National'), { url: 'https://valleypost.example/national/' }).isArticle).toBe(false);
    expect(firstLook(soup(cards, 'National'), { url: 'https://valleypost.example/list.php?sec=national' }).isArticle).toBe(false);
  });
  it('a search results page stays out, even with long snippets', () => {
    const hits = LONG.replace(/<div class="txt">/g, '<div class="txt"><a href="/national/1">Result</a> ');
    expect(firstLook(soup(hits, 'Search: water'), { url: 'https://valleypost.example/search?q=water' }).isArticle).toBe(false);
  });
});
