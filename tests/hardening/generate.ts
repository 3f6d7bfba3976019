/**
 * Generates the large hostile pages at test time (never committed): giant
 * text, deep nesting, link floods, regex-backtracking bait, binary bytes.
 * Every page is built from short sentences written for Credence's tests.
 *
 *   import { generateHostile, writeHostile } from './generate';
 *   const pages = generateHostile();            // in memory
 *   const dir = writeHostile(tmpdir);           // as files, returns their paths
 *
 * Run directly (`npx tsx tests/hardening/generate.ts DIR`) to inspect them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface HostilePage {
  name: string;
  /** What the page attacks, for test names and the report. */
  about: string;
  bytes: Uint8Array;
  /** Expected outcome through the CLI: analysed, or refused with a one-line error. */
  cli: 'report' | 'error';
  /** Analyse with --force (bait pages are not security news by design). */
  force?: boolean;
}

const enc = new TextEncoder();

// Sentences written for these tests; cue words on purpose (attribution, hedges, evidence).
const SENTENCES = [
  'Hackers allegedly breached the ministry network last spring, according to the Example State Daily.',
  'The Ministry of Examples said in a statement that the malware had been found on twelve servers.',
  'A person familiar with the investigation, who asked not to be named, told reporters the intrusion began in March.',
  'Researchers at Example Labs reportedly linked the backdoor to a group they call Paper Tiger.',
  'The vulnerability, tracked as CVE-2026-12345, was exploited before a patch was available, officials claimed.',
  'Some experts believe the ransomware operators may have bought access from a broker.',
  'The National Example Response Center (NERC) published indicators including 203.0.113[.]7 and bad-domain[.]example.',
  'The publisher assumes no liability for the accuracy of third-party reports.',
];

function para(i: number): string {
  return `<p>${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i * 3 + 1) % SENTENCES.length]}</p>`;
}

const HEAD = (title: string, extra = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="canonical" href="https://hostile.example/${encodeURIComponent(title.toLowerCase().replace(/\s+/g, '-'))}">` +
  `<meta property="og:type" content="article">${extra}</head><body>`;

function page(title: string, body: string, extraHead = ''): string {
  return `${HEAD(title, extraHead)}<article><h1>${title}</h1>${body}</article></body></html>`;
}

/** ~`bytes` of article text in paragraphs. */
export function giantPage(bytes = 5 * 1024 * 1024): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = para(i);
    parts.push(p);
    n += p.length;
  }
  return page('Giant ransomware report', parts.join('\n'));
}

/** A paragraph nested `depth` levels deep, in a mix of container elements. */
export function deepPage(depth = 20_000): string {
  const tags = ['div', 'section', 'div', 'span', 'blockquote', 'div', 'ul', 'li'];
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const t = tags[i % tags.length]!;
    open += `<${t} class="l${i % 7}">`;
    close = `</${t}>` + close;
  }
  return page('Deeply nested breach story', `${para(0)}${open}${para(1)}${para(2)}${close}${para(3)}`);
}

/** Deep nesting with no closing tags at all (the parser must close them). */
export function deepUnclosedPage(depth = 20_000): string {
  return page('Unclosed nesting', para(0) + '<div><p><b><i>'.repeat(depth / 4) + SENTENCES[1]);
}

/** `count` links inside article paragraphs; a third of them with hostile schemes. */
export function linkFloodPage(count = 100_000): string {
  const schemes = ['https://evidence.example/r/', 'javascript:alert(', 'data:text/html,<script>alert(', 'vbscript:msgbox(', 'http://mirror.example/p/', ' JaVaScRiPt:alert(', 'java\tscript:alert('];
  const parts: string[] = [];
  for (let i = 0; i < count; i += 50) {
    let p = '<p>According to the report, hackers used these servers: ';
    for (let j = i; j < Math.min(count, i + 50); j++) p += `<a href="${schemes[j % schemes.length]}${j}">link ${j}</a>, `;
    parts.push(p + '</p>');
  }
  return page('Link flood malware report', para(0) + parts.join('\n') + para(1));
}

/** Text shaped to make a careless regex backtrack: each value one paragraph's worth. */
export const BAIT: Record<string, string> = {
  'according-to-run': 'according to '.repeat(8_000),
  'according-to-the-run': 'according to the '.repeat(6_000) + '!',
  'capitalised-words': 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel '.repeat(2_500) + '(',
  'capital-letters': 'A'.repeat(60_000) + '\u0000',
  'capitals-of-the': 'National Office of the '.repeat(4_000) + '(x',
  'acronym-bait': 'Agency ('.repeat(8_000),
  commas: ','.repeat(60_000) + ' said',
  'comma-words': 'hackers, '.repeat(10_000) + 'said',
  quotes: '"'.repeat(30_000) + '\u201c'.repeat(15_000) + "'".repeat(15_000),
  'quoted-said': '"x," said "'.repeat(8_000),
  spaces: 'a' + ' \u00a0\t'.repeat(20_000) + 'said',
  parentheses: '('.repeat(30_000) + ')'.repeat(30_000),
  'open-parens-caps': '(((A '.repeat(12_000),
  'cve-digits': 'CVE-2024-' + '1'.repeat(60_000) + ' CVE-' + '9'.repeat(30_000),
  'cve-run': 'CVE-2024-1234'.repeat(5_000),
  'defanged-dots': 'a[.]'.repeat(15_000) + 'b',
  'defanged-ips': '10[.]0[.]0[.]'.repeat(5_000) + 'x',
  'hxxp-run': 'hxxp://'.repeat(8_000) + 'hxxps[:]//'.repeat(4_000),
  'said-run': 'said '.repeat(12_000),
  'hedge-run': 'allegedly reportedly purportedly may might could '.repeat(1_500),
  'dashes-hyphens': 'Anti-Virus-Research-Group-'.repeat(3_000) + ' said',
  'possessives': "Ministry's Agency's Office's ".repeat(4_000) + 'said',
  'no-sentence-end': 'the ministry of state security of the country stated that '.repeat(1_500),
  'digits-dots': '1.'.repeat(30_000) + 'x',
  'email-like': 'a.'.repeat(20_000) + '@' + 'b.'.repeat(10_000),
  'mixed-bidi-zw': ('Glo\u200bbal Times \u202eTASS\u202c said ').repeat(3_000),
};

export function baitPage(key: string): string {
  const bait = BAIT[key]!;
  // The bait as one paragraph, as a list item, in a blockquote and in the title.
  return page(
    `Bait ${key} malware`,
    `${para(0)}<p>${escapeText(bait)}</p><ul><li>${escapeText(bait.slice(0, 20_000))}</li></ul><blockquote>${escapeText(bait.slice(0, 20_000))}</blockquote>${para(1)}`,
    `<meta property="og:title" content="${escapeAttr(bait.slice(0, 5_000))}"><meta name="author" content="${escapeAttr(bait.slice(0, 5_000))}">`,
  );
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** Deterministic pseudo-random bytes (no Math.random: failures must reproduce). */
export function pseudoRandomBytes(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export function generateHostile(): HostilePage[] {
  const pages: HostilePage[] = [
    { name: 'giant-5mb.html', about: '5 MB of article text', bytes: enc.encode(giantPage()), cli: 'report' },
    { name: 'deep-20000.html', about: '20,000 levels of nesting', bytes: enc.encode(deepPage()), cli: 'report' },
    { name: 'deep-unclosed.html', about: '20,000 unclosed elements', bytes: enc.encode(deepUnclosedPage()), cli: 'report' },
    { name: 'links-100000.html', about: '100,000 links, many with javascript:/data:/vbscript: hrefs', bytes: enc.encode(linkFloodPage()), cli: 'report' },
    { name: 'binary.html', about: 'random binary bytes', bytes: pseudoRandomBytes(64 * 1024, 7), cli: 'error' },
    { name: 'binary-no-nul.html', about: 'binary bytes without NUL', bytes: pseudoRandomBytes(64 * 1024, 11).map((b) => b | 0x80), cli: 'error' },
    { name: 'png-header.html', about: 'a PNG file named .html', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), cli: 'error' },
    { name: 'utf16le-bom.html', about: 'UTF-16LE with BOM', bytes: utf16le('\ufeff' + page('UTF-16 malware story', para(0) + para(1))), cli: 'report' },
    { name: 'nul-in-middle.html', about: 'a page with NUL bytes after the first 8 KB', bytes: enc.encode(page('NUL bytes', para(0).repeat(100) + '\u0000\u0000' + para(1))), cli: 'report' },
    { name: 'whitespace-only.html', about: 'whitespace only', bytes: enc.encode(' \n\t '.repeat(1000)), cli: 'error' },
  ];
  for (const key of Object.keys(BAIT)) {
    pages.push({ name: `bait-${key}.html`, about: `regex bait: ${key}`, bytes: enc.encode(baitPage(key)), cli: 'report', force: true });
  }
  return pages;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i * 2] = c & 0xff;
    out[i * 2 + 1] = c >> 8;
  }
  return out;
}

/** Write the generated pages into `dir`; returns their paths by name. */
export function writeHostile(dir: string, pages = generateHostile()): Map<string, string> {
  mkdirSync(dir, { recursive: true });
  const out = new Map<string, string>();
  for (const p of pages) {
    const f = path.join(dir, p.name);
    writeFileSync(f, p.bytes);
    out.set(p.name, f);
  }
  return out;
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) {
  const dir = process.argv[2] ?? 'hostile-out';
  for (const [name, f] of writeHostile(dir)) console.log(name, f);
}
