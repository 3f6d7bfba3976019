import { describe, expect, it } from 'vitest';
import { findDisclaimers } from '../../src/core/disclaimers';
import { bodyOf } from './helpers/hand-built';


const STORY = '<p>Hackers broke into the city water utility last week, officials said on Monday.</p><p>The utility said customer data was not affected.</p>';
const kinds = (html: string) => findDisclaimers(bodyOf(html), []).map((d) => `${d.kind}:${d.text}`);

describe('findDisclaimers: kinds', () => {
  const table: [string, string, string][] = [
    ['liability (reference only)', `<div class="post">${STORY}<p>The information provided is for reference purposes only. The site assumes no liability for its accuracy.</p></div>`, 'liability'],
    ['liability in a bare div the body drops', `<div class="post">${STORY}<div style="border:1px dashed">Disclaimer: provided as is. We accept no liability for decisions made on the basis of it.</div></div>`, 'liability'],
    ['liability: not responsible for accuracy', `<div class="post">${STORY}<p>The publisher is not responsible for the accuracy of third-party claims.</p></div>`, 'liability'],
    ['sponsored label', `<div class="post"><div class="label">Sponsored</div>${STORY}</div>`, 'sponsored'],
    ['a sponsored kicker just above the body', `<div class="wrap"><div class="kicker"><span>Sponsored</span></div><h1>Title</h1><div class="post">${STORY}</div></div>`, 'sponsored'],
    ['partner content label', `<div class="post"><span class="kicker">Partner content</span>${STORY}</div>`, 'sponsored'],
    ['brought to you by', `<div class="post">${STORY}<p>This article is brought to you by Example Security Inc.</p></div>`, 'sponsored'],
    ['AI-assisted note', `<div class="post">${STORY}<p><em>This article was generated with the help of AI and reviewed by an editor.</em></p></div>`, 'ai_generated'],
    ['AI label', `<div class="post"><small>AI-assisted summary</small>${STORY}</div>`, 'ai_generated'],
    ['originally appeared', `<div class="post">${STORY}<p>This article originally appeared on Example Wire.</p></div>`, 'syndicated'],
    ['republished from', `<div class="post">${STORY}<p>Republished from The Conversation under a Creative Commons licence.</p></div>`, 'syndicated'],
    ['trailing Source link after the container', `<div class="wrap"><div class="post">${STORY}</div><p><a href="https://example.org/x">Source link</a></p></div>`, 'syndicated'],
    ['a syndication note in the article footer', `<article><div class="post">${STORY}</div><div class="entry-meta post-footer"><p>This story originally appeared on Example Wire and is republished with permission.</p></div></article>`, 'syndicated'],
    ['wire credit', `<div class="post">${STORY}<p>Via Reuters</p></div>`, 'syndicated'],
    ['opinion: views are the author\'s own', `<div class="post">${STORY}<p>The views expressed are the author's own.</p></div>`, 'opinion'],
    ['opinion: does not necessarily reflect', `<div class="post">${STORY}<p>This column does not necessarily reflect the position of the editorial board.</p></div>`, 'opinion'],
    ['opinion label', `<div class="post"><div class="rubric">Opinion</div>${STORY}</div>`, 'opinion'],
    ['correction note', `<div class="post">${STORY}<p>Correction: An earlier version misstated the number of affected customers.</p></div>`, 'correction'],
    ['update note', `<div class="post">${STORY}<p>Update (March 3): The utility has restored all billing systems after the attack.</p></div>`, 'correction'],
    ['this article has been updated', `<div class="post">${STORY}<p>This article has been updated with comment from the utility.</p></div>`, 'correction'],
  ];
  for (const [name, html, kind] of table) {
    it(name, () => {
      const got = findDisclaimers(bodyOf(html), []);
      expect(got.map((d) => d.kind)).toEqual([kind]);
      expect(got[0]!.text.length).toBeGreaterThan(5);
    });
  }

  it('reports the disclaimer text so its words can be quoted', () => {
    const got = kinds(`<div class="post">${STORY}<p>Media Disclaimer: This report is for reference purposes only. The Example Express assumes no liability for the accuracy or consequences of using this information.</p></div>`);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain('assumes no liability');
  });

  it('one block can carry two kinds', () => {
    const got = kinds(`<div class="post">${STORY}<p>This article originally appeared on Example Wire. The publisher assumes no liability for its accuracy.</p></div>`).map((k) => k.split(':')[0]);
    expect(got.sort()).toEqual(['liability', 'syndicated']);
  });
});

describe('findDisclaimers: not disclaimers', () => {
  const negatives: [string, string][] = [
    ['a plain story', `<div class="post">${STORY}</div>`],
    ['site copyright line', `<div class="post">${STORY}<p>© 2024 Example Media. All rights reserved.</p></div>`],
    ['cookie notice', `<div class="post">${STORY}<p>We use cookies. By using this site you accept that we are not responsible for the content of external sites.</p></div>`],
    ['a bare label in the article meta line', `<article><div class="post">${STORY}</div><div class="entry-meta"><span class="cat">Opinion</span> <span>5 min read</span></div></article>`],
    ['a related-stories box inside the article', `<article><div class="post">${STORY}</div><div class="related"><p>This article originally appeared on Example Wire.</p></div></article>`],
    ['a navigation bar above the body', `<div class="wrap"><nav><a href="/s">Sponsored</a> <a href="/o">Opinion</a></nav><div class="post">${STORY}</div></div>`],
    ['a site footer', `<div class="post">${STORY}</div><footer><p>Sponsored</p><p>This site is for informational purposes only.</p></footer>`],
    ['prose about a product guarantee', `<div class="post">${STORY}<p>The patch does not guarantee protection against every variant.</p></div>`],
    ['prose about something that first appeared', `<div class="post">${STORY}<p>The malware first appeared in 2014 on underground forums.</p></div>`],
    ['AI as the story subject', `<div class="post">${STORY}<p>The phishing emails were AI-generated and convincing, researchers said after studying several hundred samples from the campaign.</p></div>`],
    ['a sponsored teaser label of a recommended link', `<div class="post">${STORY}<h4><a href="/x">Ten tips</a> <span class="obr">Sponsored</span></h4></div>`],
    ['a photo credit', `<div class="post"><figure><img src="x.jpg"><figcaption>REUTERS/Staff</figcaption></figure>${STORY}</div>`],
    ['"With input from agencies"', `<div class="post">${STORY}<p>(With input from agencies)</p></div>`],
    ['a bare timestamp', `<div class="post"><p>Updated: 10:32 AM, March 3</p>${STORY}</div>`],
  ];
  for (const [name, html] of negatives) it(name, () => expect(kinds(html)).toEqual([]));

  it('never throws on an empty body or a missing container', () => {
    expect(findDisclaimers({ blocks: [], container: null, truncated: false }, [])).toEqual([]);
  });
});
