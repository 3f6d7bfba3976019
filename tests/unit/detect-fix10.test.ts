import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import { findTerms, findTermsForTest } from '../../src/core/security-vocabulary';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';

/* blind10: security stories the detection missed on first contact (sentences and pages of our own). */

const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept).sort();

function run(html: string, url: string) {
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return { det: detect({ doc, facts, body, url, db: emptyDirectory }), body };
}

describe('vocabulary (fix10)', () => {
  it('reads stolen tokens and keys, criminal forums, SIM swappers and state-named operatives', () => {
    expect(strong('The intruders used a stolen access token for a chat integration.')).toEqual(['breach']);
    expect(strong('A stolen OAuth token let them read the repository.')).toEqual(['breach']);
    expect(strong('Such keys are sold on criminal forums within hours.')).toEqual(['cybercrime']);
    expect(strong('Police arrested a SIM swapper in Leeds.')).toEqual(['cybercrime']);
    expect(strong('Six developers were North Korean operatives using false names.')).toEqual(['actor']);
  });
  it('counts a SIM-swapping crew and a phishing kit as the technique and the crime', () => {
    expect(strong('The FBI warned of a SIM-swapping crew that calls phone shops.')).toEqual(['cybercrime', 'cybersecurity']);
    expect(strong('A SIM swap ring was broken up.')).toEqual(['cybercrime', 'cybersecurity']);
    expect(strong('The phishing kit copies payroll log-in pages.')).toEqual(['cybercrime', 'phishing']);
    for (const t of ['A SIM-swapping crew and a phishing kit.', 'ransomware gangs and phishing kits']) {
      expect(findTermsForTest(t, 'short')).toEqual(findTermsForTest(t, 'reference'));
      expect(findTermsForTest(t, 'long')).toEqual(findTermsForTest(t, 'reference'));
    }
  });
  it('leaves arcade tokens, justice forums, swap rings and other operatives alone', () => {
    expect(strong('Police recovered stolen tokens from the arcade.')).toEqual([]);
    expect(strong('The criminal justice forum met on Tuesday.')).toEqual([]);
    expect(strong('The card swap ring at the school was closed by the head teacher.')).toEqual([]);
    expect(strong('Campaign operatives knocked on doors all weekend.')).toEqual([]);
    // An intruder is a weak word: burglars and alarms are not security news.
    expect(findTerms('The intruder alarm went off twice.').every((h) => h.weight === 1)).toBe(true);
  });
});

describe('detection of blind10-like pages', () => {
  const thread = (title: string, posts: string[]) =>
    `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}"}</script></head><body><main><header><p class="label">Unrolled thread</p><h1>${title}</h1><p class="who">A. Writer · researcher</p></header><ol class="posts">${posts.map((p, i) => `<li class="post">${i + 1}/ ${p}</li>`).join('')}</ol></main><footer><ul><li><a href="/a">About</a></li><li><a href="/p">Privacy</a></li></ul></footer></body></html>`;
  it('an unrolled thread of long list items is an article, read on its items', () => {
    const posts = [
      'For a month we have followed a phishing kit that goes after payroll log-in pages rather than mail, and it is spreading fast among small crews.',
      'The lure is a text message about a failed deposit, and the link opens a copy of the employer log-in page that relays the one-time codes live.',
      'Once inside, the kit swaps the bank account on file and switches off the change notice, so the worker finds out on payday that the money went elsewhere.',
      'Defenders should call back before any bank-detail change and alert on log-ins followed by a deposit change within minutes of each other.',
      'The seller claims hundreds of customers, which we doubt, but we have seen the same panel at twenty employers, mostly schools and clinics.',
    ];
    const { det, body } = run(thread('A phishing kit is emptying payroll accounts', posts), 'https://threads.example/t/payroll-kit');
    expect(body.blocks.filter((b) => b.kind === 'list-item').length).toBe(5);
    expect(det.isArticle).toBe(true);
    expect(det.isSecurityNews).toBe(true);
  });
  it('a thread about anything else stays what it is', () => {
    const posts = [
      'For a month we have baked a loaf every morning with flour from the mill down the road, and the crumb has changed more than we expected it would.',
      'The first week the dough was slack and the crust pale, so we cut the water and gave the loaves ten more minutes in the hottest part of the oven.',
      'By the third week the starter had settled down, and the loaves rose evenly, with an open crumb and a crust that crackled as it cooled on the rack.',
      'If you try this at home, weigh everything, keep notes and change one thing at a time, or you will never know what made the difference.',
      'Next month we will try the same flour in rolls and flatbreads, and we will post the results here with photographs of every batch we bake.',
    ];
    const { det } = run(thread('A month of bread from the local mill', posts), 'https://threads.example/t/bread');
    expect(det.isArticle).toBe(true);
    expect(det.isSecurityNews).toBe(false);
  });
  it('a page with paragraphs keeps its paragraphs as the body, not its long list', () => {
    const paras = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of the story says what happened at the harbour fair, who came, what they bought and what the council decided about next year.</p>`).join('');
    const items = ['Stalls open at nine and close at six on both days of the fair.', 'Parking is free at the rope works with a shuttle bus every ten minutes.', 'Dogs are welcome on a lead everywhere except the food hall, the organisers say.'];
    const html = `<!doctype html><html><head><title>Harbour fair returns</title></head><body><article><h1>Harbour fair returns</h1>${paras}<ul class="facts">${items.map((t) => `<li>${t}</li>`).join('')}</ul></article></body></html>`;
    const { body } = run(html, 'https://news.example/fair');
    expect(body.blocks.filter((b) => b.kind === 'paragraph').length).toBe(5);
  });
});
