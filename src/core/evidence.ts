import type { ArticleBody } from './body';
import { siteOf } from './text';
import type { Evidence } from './report';
import type { Sentence } from './sentences';
import { LIMITS } from './limits';
import { SHORTCUTS, hasAny, hasDigit, type Need } from './gate';
import { WordScan, type ScanNeed } from './word-scan';
import { eachMatch } from './each-match';

/**
 * What an article shows rather than asserts: CVE IDs, indicators of
 * compromise (hashes, IP addresses, defanged domains and URLs, plain domains
 * only in an indicator list), and links in the body to primary material —
 * government statements, court filings, vendor research, advisories and the
 * original post. Every regex is a flat pattern with bounded repetition.
 */

const MAX_TEXT = 400_000;
const MAX_LINKS = 20;
const MAX_INDICATORS = 10_000;

/** `text.toLowerCase()` holds "cve": only ASCII letters lower-case to c, v and e, which is what `i` folds. */
const CVE_LETTERS = /cve/i;
const CVE_RE = /\bCVE[\s\u2010-\u2015-]{1,2}(\d{4})[\u2010-\u2015-](\d{4,7})\b/gi;

/** MD5 / SHA-1 / SHA-256 (checked for length after the match). */
const HASH_RE = /\b[0-9a-f]{32,64}\b/gi;
const DOT = String.raw`(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\.)`;
const IPV4_RE = new RegExp(String.raw`(?<![\w.])(\d{1,3})${DOT}(\d{1,3})${DOT}(\d{1,3})${DOT}(\d{1,3})(?![\w]|\.\d)`, 'gi');
const IPV6_RE = /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{1,4}(?![\w:])/gi;
/** Defanged URL schemes: hxxp://, hxxps[:]//, http[:]//. */
const DEFANGED_URL_RE = /\b(?:hxxps?|https?)(?:\[:\]|\[:\/\/\]|:)(?:\/\/)?[^\s"'<>]{3,200}/gi;
/** Defanged host names: example[.]com, evil(.)example(.)net. */
// redos-ok: every quantifier is bounded ({0,62}, {1,63}, {0,5}, {2,24}), so one start position costs at most a few hundred steps: linear in the input with a constant factor.
const DEFANGED_HOST_RE = /\b[a-z0-9][a-z0-9-]{0,62}(?:(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\.)[a-z0-9-]{1,63}){0,5}(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))[a-z]{2,24}\b/gi;
/** What every DEFANGED_HOST_RE match holds (its last dot is defanged). */
const DEFANGED_DOTS = ['[.]', '(.)', '{.}', '[dot]', '(dot)'];
const PLAIN_HOST_RE = /\b(?:[a-z0-9][a-z0-9-]{0,62}\.){1,5}[a-z]{2,24}\b/gi;

/** Things that look like host names but are files or abbreviations. */
const NOT_TLD = new Set([
  'exe', 'dll', 'js', 'zip', 'ps1', 'bat', 'vbs', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf', 'txt', 'png', 'jpg',
  'jpeg', 'gif', 'lnk', 'msi', 'iso', 'rar', 'sh', 'py', 'php', 'html', 'htm', 'json', 'xml', 'dat', 'bin', 'tmp', 'log',
  'cfg', 'ini', 'sys', 'jar', 'apk', 'hta', 'scr', 'cab', 'img', 'vhd', 'dmg', 'pkg', 'so', 'elf', 'ts', 'md', 'yaml', 'yml',
  'csv', 'db', 'sql', 'bak', 'ocx', 'cpl', 'wsf', 'chm', 'one', 'eml', 'msg',
]);

/** A heading or sentence that introduces an indicator list. */
const IOC_CONTEXT = /\b(?:indicators?\s+of\s+compromise|IoCs?|IOCs?|C2\s+(?:servers?|domains?|addresses|infrastructure)|command[- ]and[- ]control\s+(?:servers?|domains?|infrastructure|addresses)|malicious\s+(?:domains?|URLs?|IPs?|IP\s+addresses|hosts?|hashes|files?|infrastructure)|(?:file\s+)?hashes|domains?\s+used\s+by)\b/i;

/** What a block's characters say about the indicators it may hold (each a gate of a pattern below). */
interface Shape {
  /** An ASCII digit (IPv4 addresses hold one, kept hashes too). */
  digit: boolean;
  /** An ASCII digit and a run of 32 or more hex digits (every HASH_RE match that is kept is one). */
  hexRun: boolean;
}

const HEX_RUN_RE = /[0-9A-Fa-f]{32}/;

/**
 * Two native regex searches, the second only on a block with a digit (the only blocks whose hexRun is read):
 * the character loop they replace was a third of `countIndicators` on the real corpus and read ~5x slower
 * (tests/unit/evidence.test.ts compares the two).
 */
export function shapeOf(text: string): Shape {
  const digit = hasDigit(text);
  return { digit, hexRun: digit && HEX_RUN_RE.test(text) };
}

function refang(s: string): string {
  return s
    .toLowerCase()
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/g, '.')
    .replace(/^hxxp/, 'http')
    .replace(/\[:\]|\[:\/\/\]/g, ':')
    .replace(/[.,;:)\]]$/, '') // one trailing punctuation mark: no unanchored run before `$`
    .replace(/[.,;:)\]]$/, '');
}

function validIpv4(m: RegExpExecArray, text: string): boolean {
  for (let i = 1; i <= 4; i++) if (Number(m[i]) > 255) return false;
  // A version number ("version 1.2.3.4", "v10.0.0.1") is not an address.
  const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
  return !/(?:version|ver\.?|v|build|release|firmware)\s*$/.test(before);
}

function validIpv6(s: string): boolean {
  // Needs a hex letter or "::" and at least three groups; "10:30:45" is a time.
  const groups = s.split(':').filter(Boolean);
  if (s.split('::').length > 2 || groups.length > 8) return false;
  if (groups.length < 3 && !s.includes('::')) return false;
  if (!/[a-f]/i.test(s) && !s.includes('::')) return false;
  return groups.length >= 2;
}

/** Count distinct indicators of compromise in the body text. */
export function countIndicators(blocks: { text: string; kind?: string }[]): number {
  const seen = new Set<string>();
  let chars = 0;
  let iocContext = false;
  for (const b of blocks) {
    if (seen.size >= MAX_INDICATORS || chars > MAX_TEXT) break;
    const text = b.text.slice(0, 20_000);
    chars += text.length;
    if (b.kind === 'heading' || b.kind === 'title') iocContext = IOC_CONTEXT.test(text);
    // (Already in an indicator context: only a heading can end it, so the pattern need not run again.)
    else if (!iocContext && IOC_CONTEXT.test(text)) iocContext = true;

    // Gates: a kept hash and an IPv4 address hold a digit; IPv6 and URLs a colon; defanged hosts a defanged dot.
    const shape = SHORTCUTS.off ? { digit: true, hexRun: true } : shapeOf(text);
    if (shape.digit) {
      if (shape.hexRun) for (const m of eachMatch(HASH_RE, text)) {
        const h = m[0];
        if ((h.length === 32 || h.length === 40 || h.length === 64) && /\d/.test(h) && /[a-f]/i.test(h)) seen.add('h:' + h.toLowerCase());
      }
      IPV4_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = IPV4_RE.exec(text))) if (validIpv4(m, text)) seen.add('ip:' + refang(m[0]));
    }
    let rest = text;
    if (text.indexOf(':') !== -1) {
      for (const x of eachMatch(IPV6_RE, text)) if (validIpv6(x[0])) seen.add('ip6:' + x[0].toLowerCase());
      for (const x of eachMatch(DEFANGED_URL_RE, text)) {
        if (/^https?:\/\//i.test(x[0]) && !/\[|\(\.\)|\[dot\]/i.test(x[0])) continue; // a plain URL is a link, not an indicator
        seen.add('u:' + refang(x[0]));
        rest = rest.replace(x[0], ' '); // its host is not a second indicator
      }
    }
    if ((text.includes('[') || text.includes('(') || text.includes('{')) && hasAny(text.toLowerCase(), DEFANGED_DOTS)) for (const x of eachMatch(DEFANGED_HOST_RE, rest)) {
      const host = refang(x[0]);
      const tld = host.slice(host.lastIndexOf('.') + 1);
      if (!NOT_TLD.has(tld) && !/^\d+(?:\.\d+)*$/.test(host)) seen.add('d:' + host);
    }
    // Plain domains count only inside an indicator list ("IoCs:" then a list of domains).
    if (iocContext && (b.kind === 'list-item' || text.length < 300)) {
      for (const x of eachMatch(PLAIN_HOST_RE, text)) {
        const host = x[0].toLowerCase();
        const tld = host.slice(host.lastIndexOf('.') + 1);
        if (!NOT_TLD.has(tld)) seen.add('d:' + host);
      }
    }
  }
  return seen.size;
}

// ---------------------------------------------------------------- technical detail

/**
 * Technical detail a reader or researcher could check, beyond CVEs and
 * indicators: tracked actor and technique IDs, file names, ports and
 * protocols, versions, named malware or tools, specific techniques. Generic
 * words ("Trojan viruses", "certificates", "encrypted links") are not detail.
 */
/** What a match of each TECHNICAL pattern needs: words in the text as written (`exact`), in the lower-cased text (`lower`), a digit. */
interface TechGate {
  digit?: boolean;
  exact?: readonly string[];
  lower?: Need;
}
const TECHNICAL_GATED: { re: RegExp; gate: TechGate[] }[] = [
  {
    // Actor IDs hold a digit; the weather names of Microsoft's scheme do not.
    gate: [{ digit: true, exact: ['APT', 'UNC', 'TA', 'FIN', 'DEV', 'UAT', 'TAG', 'Storm-'] }, { exact: ['Typhoon', 'Blizzard', 'Sandstorm', 'Sleet', 'Tempest'] }],
    re: /\b(?:APT|UNC|TA|FIN|DEV|UAT|TAG)-?\d{1,5}\b|\bStorm-\d{3,4}\b|\b(?:Volt|Salt|Flax|Silk|Linen|Brass|Mint|Charcoal|Silk|Midnight|Forest|Seashell|Star|Cadet|Emerald|Diamond|Jade|Sapphire|Citrine|Ruby|Onyx|Peach|Mango)\s+(?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest)\b/g,
  },
  { gate: [{ digit: true, exact: ['T1'] }], re: /\bT1\d{3}(?:\.\d{3})?\b/g }, // MITRE ATT&CK technique
  {
    gate: [{ lower: [['.exe', '.dll', '.ps1', '.bat', '.vbs', '.jar', '.lnk', '.msi', '.hta', '.scr', '.sys', '.elf', '.apk', '.dmg', '.docm', '.xlsm']] }],
    // redos-ok: the run is bounded to 64 characters, so each start costs at most 64 steps
    re: /\b[\w-]{1,64}\.(?:exe|dll|ps1|bat|vbs|jar|lnk|msi|hta|scr|sys|elf|apk|dmg|docm|xlsm)\b/gi,
  },
  { gate: [{ digit: true, lower: [['port']] }], re: /\bports?\s+\d{2,5}\b/gi },
  { gate: [{ exact: ['SMB', 'RDP', 'SSH', 'LDAP', 'JNDI', 'SMTP', 'IMAP', 'OAuth', 'SAML', 'Kerberos', 'NTLM', 'PowerShell'] }], re: /\b(?:SMB|RDP|SSH|LDAP|JNDI|SMTP|IMAP|OAuth|SAML|Kerberos|NTLM|PowerShell)\b/g },
  { gate: [{ digit: true, lower: [['v'], ['.']] }], re: /\b(?:versions?\s+|v)\d{1,4}(?:\.\d{1,5}){1,3}\b/gi },
  {
    gate: [{ exact: ['Cobalt', 'Mimikatz', 'Metasploit', 'Sliver', 'Brute', 'PlugX', 'ShadowPad', 'Emotet', 'TrickBot', 'QakBot', 'Qbot', 'IcedID', 'AsyncRAT', 'njRAT', 'Pegasus', 'Mirai', 'LockBit', 'BlackCat', 'ALPHV', 'Conti', 'REvil', 'DarkSide', 'Ryuk', 'Clop', 'Cl0p', 'Akira', 'Black', 'Sunburst', 'NotPetya', 'WannaCry', 'Industroyer', 'Triton', 'Log4Shell', 'Heartbleed', 'EternalBlue'] }],
    re: /\b(?:Cobalt\s+Strike|Mimikatz|Metasploit|Sliver|Brute\s+Ratel|PlugX|ShadowPad|Emotet|TrickBot|QakBot|Qbot|IcedID|AsyncRAT|njRAT|Pegasus|Mirai|LockBit|BlackCat|ALPHV|Conti|REvil|DarkSide|Ryuk|Clop|Cl0p|Akira|Black\s+Basta|Sunburst|NotPetya|WannaCry|Industroyer|Triton|Log4Shell|Heartbleed|EternalBlue)\b/g,
  },
  {
    gate: [{ exact: ['ransomware', 'malware', 'backdoor', 'loader', 'dropper', 'stealer', 'wiper', 'botnet', 'implant', 'rootkit', 'spyware', 'RAT', 'shell'] }],
    // redos-ok: the name is bounded ({2,30}) and the pattern runs only on gated sentences; a start position costs at most ~30 steps plus the whitespace run.
    re: /\b[A-Z][\w-]{2,30}\s+(?:ransomware|malware|backdoor|loader|dropper|stealer|infostealer|wiper|botnet|implant|rootkit|spyware|RAT|web\s?shell)\b/g,
  },
  {
    gate: [{ lower: [['remote', 'sql', 'cross-site', 'buffer', 'use-after-free', 'privilege', 'deserialization', 'traversal', 'bypass', 'signing', 'forge', 'multi-factor', 'virtual', 'vpn', 'dll', 'shell', 'command-and-control', 'c2', 'credential', 'spraying', 'trojani', 'typosquatt', 'spear']] }],
    re: /\b(?:remote\s+code\s+execution|SQL\s+injection|cross-site\s+scripting|buffer\s+overflow|use-after-free|privilege\s+escalation|deserialization|path\s+traversal|authentication\s+bypass|signing\s+key|forged?\s+tokens?|multi-factor\s+authentication|virtual\s+private\s+network|VPN|DLL\s+side-?loading|web\s?shells?|command-and-control|C2\s+(?:server|domain|infrastructure)s?|credential\s+(?:stuffing|dumping)|password\s+spraying|trojani[sz]ed|typosquatt\w{0,4}|spear-?phishing)\b/gi,
  },
  { gate: [{ exact: ['SHA', 'MD5', 'YARA', 'Sigma', 'indicators', 'IoC', 'IOC'] }], re: /\b(?:SHA-?1|SHA-?256|MD5|YARA|Sigma\s+rules?|indicators\s+of\s+compromise|IoCs?)\b/g },
];
const TECHNICAL: RegExp[] = TECHNICAL_GATED.map((t) => t.re);

/**
 * Whether a text `t` (lower-cased and loaded in `lower`; `digit`: it holds a digit) passes one of the
 * alternatives of `gate`. A word as written is looked for in `t` only when its lower-case form is in the
 * lower-cased text (always so when it is in `t`): one filter per sentence instead of two.
 */
function techGate(gate: readonly CompiledTechGate[], t: string, lower: WordScan, digit: boolean): boolean {
  for (const g of gate) {
    if (g.digit && !digit) continue;
    if (g.exact && !anyExact(g.exact, t, lower)) continue;
    if (g.lower && !lower.passes(g.lower)) continue;
    return true;
  }
  return false;
}

/** A TechGate with its words as ids of the technical scan. */
interface CompiledTechGate {
  digit: boolean;
  /** The words as written, and the scan ids of their lower-case forms. */
  exact: { words: readonly string[]; ids: Int32Array } | null;
  lower: ScanNeed | null;
}

/** Every word of the gates, lower-cased, in one automaton, and the gates compiled against it (built on first use). */
let techScan: WordScan | null = null;
let TECH_GATES: CompiledTechGate[][] = [];
function technicalScan(): WordScan {
  if (!techScan) {
    const scan = (techScan = new WordScan(TECHNICAL_GATED.flatMap((t) => t.gate.flatMap((g) => [...(g.exact ?? []).map((w) => w.toLowerCase()), ...(g.lower ?? []).flat()]))));
    TECH_GATES = TECHNICAL_GATED.map((t) =>
      t.gate.map((g) => ({
        digit: !!g.digit,
        exact: g.exact ? { words: g.exact, ids: scan.compile([g.exact.map((w) => w.toLowerCase())])[0]! } : null,
        lower: g.lower ? scan.compile(g.lower) : null,
      })),
    );
  }
  return techScan;
}

/**
 * Some word of `exact` occurs in `t` as written; `lower` has read `t`. A word is looked for as written only
 * when its lower-case form is in the lower-cased text (always so when it is in `t`).
 */
function anyExact(exact: { words: readonly string[]; ids: Int32Array }, t: string, lower: WordScan): boolean {
  const { words, ids } = exact;
  for (let i = 0; i < words.length; i++) if (lower.hasId(ids[i]!) && (SHORTCUTS.off || t.indexOf(words[i]!) !== -1)) return true;
  return false;
}

/** The technical details named in `texts`, distinct, in order found, at most 20. */
export function findTechnicalDetails(texts: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let chars = 0;
  for (const t0 of texts) {
    if (chars > MAX_TEXT || out.length >= 20) break;
    const t = t0.slice(0, 5_000);
    chars += t.length;
    const lower = technicalScan().load(t);
    // No gate word and no digit (most sentences): no pattern can match.
    const digit = hasDigit(t);
    if (!lower.found && !digit && !SHORTCUTS.off) continue;
    for (let k = 0; k < TECHNICAL_GATED.length; k++) {
      const { re } = TECHNICAL_GATED[k]!;
      if (!techGate(TECH_GATES[k]!, t, lower, digit)) continue;
      for (const m of eachMatch(re, t)) {
        const k = m[0].toLowerCase();
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(m[0]);
        if (out.length >= 20) return out;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- primary links

/** Government hosts: .gov, .gov.xx, .gouv.fr, .gob.xx, .go.jp, .gc.ca, .mil, europa.eu … */
const GOV_HOST = /(?:^|\.)(?:gov|mil|gouv\.[a-z]{2}|gob\.[a-z]{2}|gov\.[a-z]{2,3}|go\.(?:jp|kr|id|th|ke|tz|ug)|gc\.ca|canada\.ca|govt\.nz|gv\.at|admin\.ch|bund\.de|europa\.eu|nato\.int|un\.org|overheid\.nl|government\.nl|regjeringen\.no|regeringen\.se|police\.uk|ncsc\.(?:gov\.uk|nl|admin\.ch)|12339\.gov\.cn|cert\.[a-z]{2}|cert-[a-z]{2}\.[a-z]{2,3})$/;

/** Courts and filings. */
const COURT_HOST = /(?:^|\.)(?:courtlistener\.com|pacer\.gov|uscourts\.gov|justice\.gov|supremecourt\.gov|documentcloud\.org|storage\.courtlistener\.com|casetext\.com|law\.justia\.com|bailii\.org|curia\.europa\.eu)$/;

/** Original records: vulnerability databases, advisories, ATT&CK, papers. */
const RECORD_HOST = /(?:^|\.)(?:nvd\.nist\.gov|cve\.mitre\.org|cve\.org|attack\.mitre\.org|kb\.cert\.org|jvn\.jp|cisa\.gov|us-cert\.gov|ncsc\.gov\.uk|bsi\.bund\.de|cert\.ssi\.gouv\.fr|arxiv\.org|usenix\.org|doi\.org|osv\.dev|exploit-db\.com|msrc\.microsoft\.com|chromereleases\.googleblog\.com|support\.apple\.com|security\.googleblog\.com|zerodayinitiative\.com)$/;

/** Security vendors and research groups whose blogs and reports are primary research. */
const VENDOR_HOST = /(?:^|\.)(?:mandiant\.com|crowdstrike\.com|sentinelone\.com|paloaltonetworks\.com|unit42\.paloaltonetworks\.com|securelist\.com|kaspersky\.com|welivesecurity\.com|eset\.com|trendmicro\.com|symantec\.com|broadcom\.com|security\.com|checkpoint\.com|research\.checkpoint\.com|talosintelligence\.com|blog\.talosintelligence\.com|cisco\.com|proofpoint\.com|recordedfuture\.com|sophos\.com|fortinet\.com|fortiguard\.com|microsoft\.com|cloud\.google\.com|blog\.google|googleprojectzero\.blogspot\.com|rapid7\.com|tenable\.com|qualys\.com|huntress\.com|volexity\.com|secureworks\.com|trellix\.com|mcafee\.com|bitdefender\.com|malwarebytes\.com|group-ib\.com|ptsecurity\.com|qianxin\.com|360\.cn|360\.net|antiy\.com|antiy\.net|citizenlab\.ca|amnesty\.org|lookout\.com|zscaler\.com|cloudflare\.com|akamai\.com|elastic\.co|redcanary\.com|darktrace\.com|wiz\.io|sekoia\.io|intezer\.com|cybereason\.com|fireeye\.com|dragos\.com|claroty\.com|nozominetworks\.com|eclecticiq\.com|team-cymru\.com|shadowserver\.org|greynoise\.io|censys\.com|shodan\.io|abuse\.ch|virustotal\.com|any\.run|hybrid-analysis\.com|thedfirreport\.com|bleepingcomputer\.com\/download)$/;

/** Research-looking paths on any host. */
const RESEARCH_PATH = /\/(?:blog|blogs|research|labs|threat-intel|threat-intelligence|threat-research|threatintel|security-advisories|securityadvisories|advisories|advisory|psirt|security-bulletins?|bulletins?|security-response|vulnerabilit(?:y|ies)|cve|whitepapers?|reports?|publications?|press-releases?|pressroom|newsroom|statements?|news-release|speeches)(?:\/|$|\.)/i;

/** Social posts (a post, not a profile). */
const SOCIAL_POST = /^(?:(?:www\.|mobile\.)?(?:twitter|x)\.com\/[^/]+\/status\/\d+|(?:www\.)?facebook\.com\/[^/]+\/(?:posts|videos)\/|(?:www\.)?linkedin\.com\/(?:posts|feed\/update)\/|t\.me\/[^/]+\/\d+|mp\.weixin\.qq\.com\/s|(?:www\.)?weibo\.com\/\d+\/\w+|bsky\.app\/profile\/[^/]+\/post\/|[^/]+\/@[^/]+\/\d+|(?:www\.)?threads\.net\/@[^/]+\/post\/|(?:www\.)?youtube\.com\/watch|youtu\.be\/)/i;

/** Links that are never primary material. */
const NOT_PRIMARY = /(?:\/(?:tag|tags|topic|topics|category|categories|author|authors|search|label|section|newsletter|subscribe|login|signin|register|account|cart|shop|advertise|advertising|ads?|sponsor|privacy|terms|cookies?|about|contact|careers|jobs)(?:\/|$))|[?&](?:utm_medium=(?:paid|cpc|ad)|share|shareArticle)|\/(?:intent\/(?:tweet|post)|sharer|share|shareArticle|submit)(?:[/?.]|$)|(?:doubleclick\.net|googlesyndication\.com|adservice|taboola\.com|outbrain\.com|amazon\.[a-z.]{2,10}\/(?:dp|gp)\/)/i;

/** A sentence that cites something: the link beside it is likely the cited material. */
const CITING = /\b(?:according\s+to|said|says|stated|statement|report(?:ed|s)?|published|announced|advisory|disclosed|posted|wrote|told|filing|indictment|complaint|blog\s+post|analysis|research|warned|alert|bulletin)\b/i;

/** Same-site test by registrable domain; the light rule in text.ts keeps the public-suffix list out of the analyzer bundle. */
const registrable = siteOf;

function normaliseLink(href: string): URL | null {
  try {
    const u = new URL(href);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(?:utm_|fbclid|gclid|mc_|ref$|ref_src$|ref_url$|src$|s$|t$)/i.test(k) && !(k === 't' && /youtu/.test(u.hostname))) u.searchParams.delete(k);
    return u;
  } catch {
    return null;
  }
}

/** Is this link primary material? `citing` tells whether its sentence cites something. */
export function isPrimaryLink(u: URL, pageDomain: string | null, citing: boolean): boolean {
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const hostPath = host + u.pathname;
  const path = u.pathname;
  if (pageDomain && registrable(host) === pageDomain) return false;
  if (NOT_PRIMARY.test(hostPath + u.search)) return false;
  const bare = path === '/' || path === '';
  if (SOCIAL_POST.test(hostPath)) return true;
  if (GOV_HOST.test(host) || COURT_HOST.test(host) || RECORD_HOST.test(host)) return !bare || citing;
  if (/^github\.com$/.test(host) && /^\/(?:advisories\/GHSA-|[^/]+\/[^/]+\/security\/advisories|[^/]+\/[^/]+)/.test(path)) return true;
  if (/^gist\.github\.com$/.test(host)) return true;
  if (VENDOR_HOST.test(host) || /^(?:research|blog|blogs|labs|threatintel|intel|unit42|securelist|security|psirt|advisories)\./.test(host)) return !bare && (RESEARCH_PATH.test(path) || citing || /^(?:research|blog|blogs|labs|threatintel|intel|unit42|psirt|advisories)\./.test(host));
  if (/\.pdf$/i.test(path)) return true;
  // Any other site: a report or advisory path cited in the sentence ("the report published by …").
  return !bare && citing && RESEARCH_PATH.test(path);
}

/** CVE IDs, indicators of compromise and links to primary material in the body. */
export function findEvidence(sentences: Sentence[], body: ArticleBody, pageUrl: string | null): Evidence {
  const cves: string[] = [];
  const seenCve = new Set<string>();
  let chars = 0;
  for (const s of sentences) {
    if (chars > MAX_TEXT) break;
    chars += s.text.length;
    // Gate: every CVE ID holds the letters "cve" and a digit.
    if (!hasDigit(s.text) || !CVE_LETTERS.test(s.text)) continue;
    for (const m of eachMatch(CVE_RE, s.text)) {
      const id = `CVE-${m[1]}-${m[2]}`;
      if (!seenCve.has(id) && cves.length < LIMITS.cves) {
        seenCve.add(id);
        cves.push(id);
      }
    }
  }
  let indicators = 0;
  try {
    indicators = countIndicators(body.blocks);
  } catch {
    indicators = 0;
  }

  let pageDomain: string | null = null;
  if (pageUrl) {
    try {
      pageDomain = registrable(new URL(pageUrl).hostname);
    } catch {
      pageDomain = null;
    }
  }
  const primaryLinks: string[] = [];
  const seen = new Set<string>();
  outer: for (const b of body.blocks) {
    if (!b.links.length) continue;
    const citing = CITING.test(b.text.slice(0, 4_000));
    for (const l of b.links) {
      const u = normaliseLink(l.href);
      if (!u) continue;
      const key = u.href.replace(/\/$/, '');
      if (seen.has(key)) continue;
      if (!isPrimaryLink(u, pageDomain, citing)) continue;
      seen.add(key);
      primaryLinks.push(u.href);
      if (primaryLinks.length >= MAX_LINKS) break outer;
    }
  }
  let technical: string[] = [];
  try {
    technical = findTechnicalDetails(sentences.map((s) => s.text));
  } catch {
    technical = [];
  }
  return { cves, indicators, primaryLinks, technical };
}

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const EVIDENCE_PATTERNS: RegExp[] = /* @__PURE__ */ (() => [
  CVE_RE, CVE_LETTERS, HASH_RE, IPV4_RE, IPV6_RE, DEFANGED_URL_RE, DEFANGED_HOST_RE, PLAIN_HOST_RE, IOC_CONTEXT,
  GOV_HOST, COURT_HOST, RECORD_HOST, VENDOR_HOST, RESEARCH_PATH, SOCIAL_POST, NOT_PRIMARY, CITING, ...TECHNICAL,
])();

/** The technical-detail patterns with their gates, for the gate test (tests/unit/gates.test.ts). */
export function technicalGatePasses(i: number, text: string): boolean {
  const scan = technicalScan().load(text);
  return techGate(TECH_GATES[i]!, text, scan, hasDigit(text));
}
export { TECHNICAL as TECHNICAL_PATTERNS };
