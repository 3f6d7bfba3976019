/**
 * Synthetic security-news articles of a chosen size (10 KB … 5 MB) for the
 * scaling benchmark. The text is generated here from our own sentence
 * templates (no third-party text); a seeded PRNG makes every size
 * reproducible. The page looks like a real news page: head metadata, a
 * navigation header, an article with a headline, byline, paragraphs with
 * attributions, hedges, quotes, lists and outbound links, a related-stories
 * sidebar, comments and a footer, so every stage of the pipeline has work.
 */

/** Small, fast, seeded PRNG (mulberry32). Returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCES = [
  'CISA',
  'the FBI',
  'Mandiant',
  'Microsoft',
  'the Global Times',
  'Xinhua',
  'a ministry spokesperson',
  'the national CERT',
  'researchers at a Dutch university',
  'an incident responder who asked not to be named',
  'Reuters',
  'the company',
];
const ACTORS = ['a ransomware crew', 'a state-backed group', 'the operators', 'an initial access broker', 'the intruders', 'an unknown actor'];
const VERBS = ['breached', 'scanned', 'encrypted servers at', 'stole records from', 'phished staff at', 'planted a backdoor in'];
const TARGETS = ['a regional water utility', 'a hospital network', 'a logistics firm', 'a university', 'a municipal office', 'a satellite operator'];
const HEDGES = ['allegedly', 'reportedly', 'apparently', 'possibly'];
const DETAILS = [
  'The advisory lists indicators of compromise, including file hashes and two IP addresses.',
  'No technical evidence was published alongside the statement.',
  'The vulnerability is tracked as CVE-2026-{n} and has a CVSS score of 9.{d}.',
  'Patches were released on Tuesday for all supported versions.',
  'The claim could not be independently verified.',
  'A sample of the malware was uploaded to a public scanning service.',
  'Officials declined to say how many systems were affected.',
  'The report names the group as APT{n2} and links it to earlier campaigns.',
];
const QUOTES = [
  'We have no indication that customer data left our network.',
  'This was a targeted operation that lasted several months.',
  'Organisations should apply the update immediately.',
  'The attribution rests on infrastructure overlaps, not on a single indicator.',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function fill(r: () => number, s: string): string {
  return s.replace('{n}', String(10000 + Math.floor(r() * 89999))).replace('{d}', String(Math.floor(r() * 9))).replace('{n2}', String(1 + Math.floor(r() * 60)));
}

function sentence(r: () => number): string {
  const src = pick(r, SOURCES);
  const act = pick(r, ACTORS);
  const verb = pick(r, VERBS);
  const tgt = pick(r, TARGETS);
  switch (Math.floor(r() * 6)) {
    case 0:
      return `According to ${src}, ${act} ${verb} ${tgt} last week.`;
    case 1:
      return `${cap(src)} said ${act} ${pick(r, HEDGES)} ${verb} ${tgt}.`;
    case 2:
      return `${cap(act)} ${pick(r, HEDGES)} ${verb} ${tgt}, ${src} claimed in a statement.`;
    case 3:
      return fill(r, pick(r, DETAILS));
    case 4:
      return `In a post on its website, ${src} warned that ${act} may have ${verb} ${tgt}.`;
    default:
      return `${cap(tgt)} confirmed an incident but did not attribute it.`;
  }
}

function paragraph(r: () => number, i: number): string {
  const n = 3 + Math.floor(r() * 4);
  const parts: string[] = [];
  for (let k = 0; k < n; k++) parts.push(sentence(r));
  if (i % 4 === 1) parts.splice(1, 0, `The <a href="https://advisories.example.org/notice/${i}">advisory</a> was updated on Monday.`);
  return `<p>${parts.join(' ')}</p>`;
}

function block(r: () => number, i: number): string {
  if (i > 0 && i % 9 === 0) return `<h2>Section ${i / 9}: what is known so far</h2>`;
  if (i % 11 === 5) return `<blockquote><p>"${pick(r, QUOTES)}"</p></blockquote>`;
  if (i % 13 === 7) {
    const items: string[] = [];
    for (let k = 0; k < 4; k++) items.push(`<li>${fill(r, pick(r, DETAILS))}</li>`);
    return `<ul>${items.join('')}</ul>`;
  }
  if (i % 17 === 3) return `<figure><img src="https://img.example.org/${i}.png" alt=""><figcaption>Screenshot of the ransom note, shared by ${pick(r, SOURCES)}.</figcaption></figure>`;
  return paragraph(r, i);
}

function head(kb: number): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<title>Synthetic breach report (${kb} KB) | Bench Security News</title>` +
    `<link rel="canonical" href="https://news.bench.example/2026/11/synthetic-breach-${kb}k">` +
    '<meta property="og:type" content="article"><meta property="og:site_name" content="Bench Security News">' +
    `<meta property="og:title" content="Synthetic breach report (${kb} KB)">` +
    '<meta name="author" content="Bench Reporter"><meta property="article:published_time" content="2026-11-20T09:00:00Z">' +
    '<meta property="article:section" content="Cybersecurity">' +
    '</head><body>' +
    '<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/ransomware">Ransomware</a></li>' +
    '<li><a href="/vulnerabilities">Vulnerabilities</a></li><li><a href="/data-breach">Data breach</a></li></ul></nav></header>' +
    '<main><article class="post">' +
    `<h1>Synthetic breach report: attackers hit a utility, officials say (${kb} KB)</h1>` +
    '<div class="byline">By Bench Reporter | <time datetime="2026-11-20T09:00:00Z">20 November 2026</time></div>' +
    '<div class="entry-content">'
  );
}

const SIDEBAR =
  '</div></article><aside class="sidebar related"><h3>Related stories</h3><ul>' +
  '<li><a href="/a">Patch now: router flaw exploited</a></li><li><a href="/b">Ransomware gang leaks files</a></li>' +
  '<li><a href="/c">Phishing kit sold as a service</a></li></ul></aside></main>' +
  '<section class="comments"><h3>Comments</h3><p>Great write-up, thanks.</p></section>';
const FOOT =
  '<footer class="site-footer"><p>Disclaimer: the information in this article is provided as is; we make no warranty as to its accuracy.</p>' +
  '<p>&copy; 2026 Bench Security News</p></footer></body></html>';

/**
 * A synthetic article of about `targetBytes` bytes (UTF-8; the text is ASCII,
 * so characters = bytes). The result is within one block (< 1.5 KB) of the
 * target, never under `head + foot`.
 */
export function synthArticle(targetBytes: number, seed = 7): string {
  const r = prng(seed ^ Math.floor(targetBytes));
  const top = head(Math.round(targetBytes / 1024));
  const tail = SIDEBAR + FOOT;
  const parts: string[] = [top];
  let size = top.length + tail.length;
  for (let i = 0; size < targetBytes; i++) {
    const b = block(r, i);
    if (size + b.length > targetBytes && i > 0) break;
    parts.push(b);
    size += b.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** The default sizes of the scaling run. */
export const SCALING_SIZES = [10 * 1024, 50 * 1024, 200 * 1024, 1024 * 1024, 5 * 1024 * 1024];
