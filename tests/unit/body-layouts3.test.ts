import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { extractBody } from '../../src/core/body';
import { firstLook } from '../../src/core/index';

/** Layout rules from the third blind set, on small pages of our own. */

function linked(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
function happy(html: string): Document {
  const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } as never });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
const P = (s: string) => `<p>${s}</p>`;

const STORY = [
  'Investigators at the national police said on Tuesday that a gang had broken into the booking systems of three regional ferry operators over the winter.',
  'The operators said passengers’ names, phone numbers and travel dates had been copied, but that no payment card numbers were stored in the affected systems.',
  'A spokesperson for the largest operator said the company had reset every staff password, and that it was writing to the customers whose records were taken.',
  'The data protection regulator said it had opened an inquiry and would decide in the spring whether the operators had protected the records well enough.',
  'Security researchers who studied the intrusion said the gang had used a password bought on a criminal forum, a method they have seen in other attacks this year.',
  'The police said they had identified a suspect abroad and were working with their counterparts there, but declined to say when charges might follow.',
];

/** A newsletter platform's post page: the <article> itself carries "newsletter-post". */
const NEWSLETTER = `<!doctype html><html><head><title>Ferry booking breach</title></head><body>
<div class="topbar"><a href="/">The Harbour Letter</a> <button>Subscribe</button></div>
<article class="newsletter-post post"><h1>Ferry booking breach: what we know</h1>
<div class="available"><div class="post-body">${STORY.slice(0, 3).map(P).join('')}
<div class="subscribe-box"><p>The Harbour Letter is reader-supported, so subscribe to get every new post by email.</p></div>
<div class="thanks-wrap"><div class="thanks"><p>Thanks for reading this far, the next post arrives on Friday morning as usual.</p></div></div>
${STORY.slice(3).map(P).join('')}</div></div></article>
<div class="comments"><div class="comment"><p>A reader said the operators had been warned about this for years, according to his neighbour.</p></div></div>
</body></html>`;

/** A liveblog written in div soup: entries are div > div > div with the text straight in the innermost divs. */
const entry = (time: string, texts: string[]) =>
  `<div class="lv-entry"><div class="lv-meta"><span>${time}</span></div><div class="lv-body">${texts.map((t) => `<div class="lv-txt">${t}</div>`).join('')}</div></div>`;
const LIVEBLOG = `<!doctype html><html><head><title>Live: ferry booking breach</title><meta property="og:type" content="article"></head><body>
<div class="masthead"><a href="/">Coast Daily</a></div>
<div class="main-col"><div class="headline">Live: ferry operators hit by booking system breach</div>
<div class="live-feed">
${entry('15:10', STORY.slice(0, 2))}
${entry('14:05', STORY.slice(2, 4))}
${entry('12:40', STORY.slice(4, 6))}
${entry('11:00', ['The first operator to report problems said on its website that bookings could only be made by phone while its systems were checked by engineers.'])}
</div>
<div class="reader-notes"><div class="rn-item">A reader wrote that the ferries were late anyway, and that nobody at the port had mentioned any breach at all.</div></div>
</div></body></html>`;

/** A page without <article> whose standfirst paragraph sits beside the body box. */
const STANDFIRST = `<!doctype html><html><head><title>Ferry booking breach</title></head><body>
<div class="page"><div class="content-col"><h1>Ferry booking breach</h1>
<p class="standfirst">Three ferry operators confirm that passengers’ booking records were copied by intruders over the winter.</p>
<p class="byline">By A. Writer</p>
<div class="story-body">${STORY.map(P).join('')}</div></div></div></body></html>`;

for (const [name, parse] of [['linkedom', linked], ['happy-dom', happy]] as const) {
  describe(`layouts (${name})`, () => {
    it('a chrome word on the <article> that holds the whole story does not make the story chrome', () => {
      const b = extractBody(parse(NEWSLETTER), { baseUrl: 'https://letter.example/p/ferry', title: 'Ferry booking breach: what we know' });
      const text = b.blocks.map((x) => x.text).join('\n');
      for (const s of STORY) expect(text).toContain(s);
      // Boxes inside it are still chrome, and so are the comments around it.
      expect(text).not.toContain('reader-supported');
      expect(text).not.toContain('his neighbour');
    });

    it('the same holds when the story is written straight into divs, not paragraphs', () => {
      // Without <p> elements the wrapper rule must count the text divs, or the newsletter
      // <article> stays chrome and a reader-supported widget inside it becomes the body.
      const D = (t: string) => `<div class="txt">${t}</div>`;
      const html = `<!doctype html><html><head><title>Ferry booking breach</title></head><body>
<div class="topbar"><a href="/">The Harbour Letter</a></div>
<article class="newsletter-post post"><h1>Ferry booking breach: what we know</h1><div class="available-content"><div class="body markup">
${STORY.slice(0, 3).map(D).join('')}
<div class="subscription-widget-wrap"><div class="subscription-widget"><p>The Harbour Letter is a reader-supported publication. To receive new posts, consider becoming a subscriber.</p></div></div>
${STORY.slice(3).map(D).join('')}</div></div></article></body></html>`;
      const b = extractBody(parse(html), { baseUrl: 'https://letter.example/p/ferry', title: 'Ferry booking breach: what we know' });
      const text = b.blocks.map((x) => x.text).join('\n');
      for (const s of STORY) expect(text).toContain(s);
    });

    it('a small box with the same chrome word is still left out', () => {
      const html = NEWSLETTER.replace('<article class="newsletter-post post">', '<article class="post">').replace('<div class="subscribe-box">', '<div class="newsletter-post">');
      const text = extractBody(parse(html), { baseUrl: null }).blocks.map((x) => x.text).join('\n');
      expect(text).toContain(STORY[5]);
      expect(text).not.toContain('reader-supported');
    });

    it('a div-soup liveblog: the feed that holds every entry is the body, not one entry', () => {
      const b = extractBody(parse(LIVEBLOG), { baseUrl: 'https://coast.example/live/ferry', title: 'Live: ferry operators hit by booking system breach' });
      const text = b.blocks.map((x) => x.text).join('\n');
      for (const s of STORY) expect(text).toContain(s);
      expect(text).toContain('only be made by phone');
      expect(text).not.toContain('A reader wrote');
    });

    it('the same feed with <p> entries: the feed is the body too', () => {
      const html = LIVEBLOG.replace(/<div class="lv-txt">([^<]*)<\/div>/g, '<p>$1</p>');
      const text = extractBody(parse(html), { baseUrl: null }).blocks.map((x) => x.text).join('\n');
      for (const s of STORY) expect(text).toContain(s);
      expect(text).not.toContain('A reader wrote');
    });

    it('a standfirst paragraph beside the body box comes along, a byline paragraph does not', () => {
      const text = extractBody(parse(STANDFIRST), { baseUrl: null }).blocks.map((x) => x.text).join('\n');
      expect(text).toContain('Three ferry operators confirm');
      expect(text.indexOf('Three ferry operators confirm')).toBeLessThan(text.indexOf(STORY[0]!));
      expect(text).not.toContain('By A. Writer');
    });
  });
}

describe('the div-soup liveblog is an article', () => {
  it('enough running text across the entries makes it an article', () => {
    const look = firstLook(linked(LIVEBLOG), { url: 'https://coast.example/live/ferry' });
    expect(look.isArticle).toBe(true);
  });
  it('a wrapper holding the feed and one more box does not take the credit: two entries are not a feed', () => {
    const two = LIVEBLOG.replace(/<div class="live-feed">[\s\S]*?<\/div>\n<div class="reader-notes">/, `<div class="live-feed">${entry('15:10', STORY.slice(0, 3))}${entry('14:05', STORY.slice(3, 6))}</div>\n<div class="reader-notes">`);
    const b = extractBody(linked(two), { baseUrl: null });
    expect(b.container?.getAttribute('class')).toBe('lv-body');
  });
});
