/**
 * Work the first look does once and hands on (perf-first9): each shortcut must give what the long way gives.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { baseReport, countBlockWords, firstLook } from '../../src/core/first-look';
import { detectSecurity } from '../../src/core/detect-security';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';
import { countWords } from '../../src/core/text';
import { readerScore, readerTexts } from '../../src/core/detect-article';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const SECURITY = [
  'Attackers used a phishing campaign to steal credentials from staff at the water utility, the agency said on Monday.',
  'The ransomware group behind the intrusion posted samples of the stolen data on its leak site two days later.',
  "Note: the utility's own statement, quoted below, was sent to customers by e-mail and has not been changed.",
  'Investigators said the malware spread through an unpatched vulnerability in a remote-access server the firm had used since 2019.',
];
/** Plain text around the security sentences: the density stays below its cap, so every word counted moves the points. */
const PLAIN = Array.from({ length: 24 }, (_, i) => `The council met on evening ${i} to discuss the library's opening hours and the park budget for next spring.`);
const CJK = ['网络攻击导致多家医院的系统瘫痪，调查人员称黑客利用了一个漏洞。', '勒索软件团伙随后在其网站上公布了被盗的数据样本。'];

function page(paragraphs: string[], extra = ''): string {
  const ps = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>Water utility hit by ransomware</title><meta property="og:type" content="article"></head><body><article><h1>Water utility hit by ransomware</h1>${ps}<figure><img src="x.png"><figcaption>A caption with seven words in it here.</figcaption></figure>${extra}</article></body></html>`;
}

const PAGES: Array<[string, string]> = [
  ['English', page([...SECURITY, ...PLAIN])],
  ['a lead note first', page([SECURITY[2]!, ...SECURITY, ...PLAIN])],
  ['Chinese paragraphs', page([...CJK, ...SECURITY, ...PLAIN])],
  ['hyphens, apostrophes and digits', page(["The state-backed group's 2024 toolkit — v2.1 — hit 3,000 hosts' drives.", ...SECURITY, ...PLAIN])],
  // Longer than the 60,000 characters the detection reads: its word count stops with its text.
  ['a body past the detection cap', page(Array.from({ length: 700 }, (_, i) => (i % 20 ? PLAIN[i % PLAIN.length]! : SECURITY[(i / 20) % SECURITY.length]!)))],
  ['headings and list items', page([...SECURITY, ...PLAIN], '<h2>What happened next</h2><ul><li>Systems were restored within a week of the attack.</li><li>Customers were told to reset passwords.</li></ul>')],
];

describe('per-block word counts (first look → detection and report)', () => {
  it('countBlockWords is countWords of each block, 0 for the title', () => {
    const d = doc(PAGES[2]![1]);
    const facts = extractPageFacts(d, null);
    const body = extractBody(d, { baseUrl: null, title: facts.meta.title });
    const counts = countBlockWords(body);
    expect(counts).toHaveLength(body.blocks.length);
    expect(body.blocks[0]!.kind).toBe('title');
    expect(counts[0]).toBe(0);
    body.blocks.forEach((b, i) => {
      if (i > 0) expect(counts[i]).toBe(countWords(b.text));
    });
  });

  it.each(PAGES)('detectSecurity with the counts = detectSecurity counting the joined text (%s)', (_name, html) => {
    const d = doc(html);
    const facts = extractPageFacts(d, null);
    const body = extractBody(d, { baseUrl: null, title: facts.meta.title });
    const slow = detectSecurity(facts, body, null, emptyDirectory);
    const fast = detectSecurity(facts, body, null, emptyDirectory, null, countBlockWords(body));
    expect(fast).toEqual(slow);
  });

  it('detectSecurity reads the counts it is given (a shorter body is denser)', () => {
    // Few security words in much plain text: the density is below its cap, so the word count moves the points.
    const d = doc(page([SECURITY[0]!, ...PLAIN]));
    const facts = extractPageFacts(d, null);
    const body = extractBody(d, { baseUrl: null, title: facts.meta.title });
    const right = detectSecurity(facts, body, null, emptyDirectory, null, countBlockWords(body));
    const halved = detectSecurity(facts, body, null, emptyDirectory, null, countBlockWords(body).map((n) => n >> 1));
    expect(halved.points).toBeGreaterThan(right.points);
  });

  it.each(PAGES)('the report word count is the blocks\' sum, with or without the first look\'s counts (%s)', (_name, html) => {
    const look = firstLook(doc(html), { db: emptyDirectory });
    expect(look.blockWords).toEqual(countBlockWords(look.body));
    const words = baseReport(look, emptyDirectory).article.wordCount;
    expect(words).toBe(look.body.blocks.filter((b) => b.kind !== 'title').reduce((n, b) => n + countWords(b.text), 0));
    expect(baseReport({ ...look, blockWords: undefined }, emptyDirectory).article.wordCount).toBe(words);
    // Counts that do not belong to these blocks are not used.
    expect(baseReport({ ...look, blockWords: [1] }, emptyDirectory).article.wordCount).toBe(words);
  });
});

describe('readerScore reads only as much text as passing its stop takes', () => {
  const sentence = 'The regional council said the new rules for parking near schools would take effect in the autumn term. ';
  it('a page whose <article> holds a long text passes the stop (the article is read first, and only in part)', () => {
    const long = sentence.repeat(60);
    const d = doc(`<body><article><p>${long}</p><p>${long}</p></article></body>`);
    expect(readerScore(d)).toBeGreaterThan(61);
  });

  it('a prefix that is mostly white space is read again in full', () => {
    // 5,000 characters of white space first: the prefix read for the stop trims to almost nothing.
    const d = doc(`<body><article>${'\n'.repeat(5_000)}<span>${sentence.repeat(40)}</span></article></body>`);
    expect(readerScore(d)).toBeGreaterThan(61);
  });

  it('below the stop the score is the exact sum over the long paragraphs', () => {
    const p = sentence.repeat(3).trim();
    const d = doc(`<body><p>${p}</p><p>${p}</p><p>short one</p></body>`);
    expect(readerScore(d)).toBeCloseTo(2 * Math.sqrt(p.length - 140), 9);
  });

  it('the texts for a page without a body are read whole (no stop)', () => {
    const long = sentence.repeat(50).trim();
    const d = doc(`<body><div>${long}<br><br>${long}</div></body>`);
    const texts = readerTexts(d, 1_000_000);
    expect(texts.join('').length).toBeGreaterThanOrEqual(2 * long.length);
  });
});
