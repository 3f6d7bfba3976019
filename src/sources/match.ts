/**
 * Lookups over source entries: by page URL (public-suffix aware, path-scoped
 * domains) and by name in running text (one pass over word tokens through a
 * token trie, leftmost-longest, non-overlapping, with case and context rules
 * for short or ambiguous aliases).
 */
import type { NameHit, SourceDirectory } from '../core/directory';
import type { SourceKind, SourceLabel } from '../core/report';
import type { AliasRule, SourceEntry } from './schema';
import { trimEndChars } from '../core/trim';
import { countryOfWord } from '../core/countries';

export function toLabel(e: SourceEntry): SourceLabel {
  return {
    id: e.id,
    name: e.name,
    country: e.country,
    affiliation: e.affiliation,
    owner: e.owner,
    basis: e.basis ?? [],
    kind: e.kind,
    asOf: e.asOf,
    ...(e.ownerIsSecurityVendor ? { ownerIsSecurityVendor: true } : {}),
    ...(e.securityVendor ? { securityVendor: true } : {}),
    history: e.history ?? [],
    rsp: e.rsp ?? null,
    ...(e.custom ? { custom: true } : {}),
  };
}

/**
 * The country named right before tokens[i] ("Pakistan's", "Pakistani", "North Korea's"), as an ISO code, or null.
 * Words must be joined by plain spaces; a possessive 's (straight or curly apostrophe) is skipped.
 */
function countryBefore(text: string, toks: Token[], i: number): string | null {
  let j = i - 1;
  if (j < 0) return null;
  const gap = (a: number): string => text.slice(toks[a]!.end, toks[a + 1]!.start);
  if (toks[j]!.low === 's' && j >= 1 && /^['’]$/.test(gap(j - 1)) && /^\s{1,3}$/.test(gap(j))) j--;
  else if (!/^\s{1,3}$/.test(gap(j))) return null;
  const one = countryOfWord(toks[j]!.low);
  if (j >= 1 && /^\s{1,2}$/.test(gap(j - 1))) {
    const two = countryOfWord(toks[j - 1]!.low + ' ' + toks[j]!.low);
    if (two) return two;
  }
  return one;
}

/** Largest text findNames scans (characters); the rest of a giant page is ignored. */
export const MAX_SCAN_CHARS = 400_000;
/** Longest alias in words. */
const MAX_ALIAS_TOKENS = 12;

interface Token {
  start: number;
  end: number;
  raw: string;
  low: string;
}

/**
 * Word tokens: each Han/kana character on its own (CJK names are not spaced),
 * otherwise maximal runs of letters, digits and marks. Linear: two
 * alternatives over disjoint single-character classes, no nesting.
 */
const TOKEN_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{P}\p{S}\p{C}\p{Z}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

export function tokenize(text: string, limit = MAX_SCAN_CHARS): Token[] {
  const s = text.length > limit ? text.slice(0, limit) : text;
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(s); m; m = TOKEN_RE.exec(s)) {
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], low: m[0].toLowerCase() });
  }
  return out;
}

interface AliasRec {
  entry: SourceEntry;
  alias: string;
  /** Tokens as written in the alias. */
  words: string[];
  /** Separators between alias words as written (whitespace collapsed). */
  seps: string[];
  rule: AliasRule;
  /** Words that must match exactly: all-caps words always, every word when caseSensitive. */
  exact: boolean[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  recs: AliasRec[];
}

const newNode = (): TrieNode => ({ next: new Map(), recs: [] });

function isAllCaps(w: string): boolean {
  return w.length >= 2 && /\p{Lu}/u.test(w) && w === w.toUpperCase();
}

/** Acronyms that are also ordinary words or given names in title case: "Zone", "Sana", "Wired" stay exact. */
const TITLE_CASE_STOP = new Set(['ZONE', 'SANA', 'MENA', 'KELA', 'MODA', 'WIRED', 'ITAR', 'CERT', 'SIRT', 'NICS', 'ECNS']);

/** "Anssi", "Nato": a known acronym of four or more letters written in title case, as much of the press spells them. */
function titleCaseAcronym(raw: string, acronym: string): boolean {
  return acronym.length >= 4 && raw.length === acronym.length && !TITLE_CASE_STOP.has(acronym) && raw === acronym[0] + acronym.slice(1).toLowerCase();
}

function compileAlias(entry: SourceEntry, alias: string): AliasRec | null {
  const toks = tokenize(alias, 500);
  if (toks.length === 0 || toks.length > MAX_ALIAS_TOKENS) return null;
  const rule = entry.aliasRules?.[alias] ?? {};
  const words = toks.map((t) => t.raw);
  const seps: string[] = [];
  for (let i = 1; i < toks.length; i++) seps.push(alias.slice(toks[i - 1]!.end, toks[i]!.start).replace(/\s+/g, ' '));
  const exact = words.map((w, i) => {
    if (i === 0 && w.toLowerCase() === 'the' && words.length > 1) return false;
    return isAllCaps(w) || rule.caseSensitive === true;
  });
  return { entry, alias, words, seps, rule, exact };
}

const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', ' ', '\t', '\u00a0']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const JOINERS = new Set(['-', '.', '/', '_', '&', '@', '#', '+']);

/** Separator in the text between two words of a matched alias. */
function sepOk(textSep: string, aliasSep: string): boolean {
  if (textSep.length > 6) return false;
  const t = textSep.replace(/\s+/g, ' ');
  if (t === aliasSep) return true;
  // A space in the alias also accepts a hyphen or a no-break space.
  if (aliasSep === ' ') return t === '-' || /^\s+$/.test(textSep);
  if (aliasSep === '') return false;
  return false;
}

function isSentenceInitial(text: string, start: number): boolean {
  // Walk back over spaces, opening quotes and brackets, then closing quotes: a
  // sentence end (or the start of the text, or a line break) before them.
  let k = start - 1;
  for (let n = 0; k >= 0 && n < 12 && OPENERS.has(text[k]!); n++) k--;
  if (k < 0 || text[k] === '\n' || text[k] === '\r') return true;
  for (let n = 0; k >= 0 && n < 4 && CLOSERS.has(text[k]!); n++) k--;
  return k >= 0 && '.!?…'.includes(text[k]!);
}

/** Host of a URL and the registrable domain to stop at (null: stop at two labels). */
export type HostParser = (url: string) => { hostname: string; domain: string | null } | null;

/**
 * Host parser without a public-suffix list (small enough for the content
 * script). Safe for lookups because matching only ever compares whole-label
 * suffixes against the domains the database claims, and the validator keeps
 * public suffixes out of the database.
 */
export const plainHostParser: HostParser = (url) => {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]+)/i.exec(url) ?? /^(?:[^@/?#]*@)?([^:/?#]+)/.exec(url);
  const host = m?.[1]?.toLowerCase().replace(/\.$/, '') ?? '';
  if (!host || host.startsWith('[') || /^[\d.]+$/.test(host) || !host.includes('.')) return null;
  return { hostname: host, domain: null };
};

/** Build a SourceDirectory over entries. Earlier entries win a shared domain or alias. */
export function buildDirectory(entries: SourceEntry[], version: string, hostOf: HostParser = plainHostParser): SourceDirectory {
  const steps = buildDirectorySteps(entries, version, hostOf);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `buildDirectory` in steps of `every` entries, for the content script, which
 * yields to the page between them (cold, the build is one of its longest tasks).
 */
export function* buildDirectorySteps(entries: SourceEntry[], version: string, hostOf: HostParser = plainHostParser, every = Infinity): Generator<void, SourceDirectory, void> {
  const root = newNode();
  const hostMap = new Map<string, { path: string; entry: SourceEntry }[]>();
  const labels = new Map<string, SourceLabel>();
  const claimed = new Set<string>();
  const labelOf = (e: SourceEntry): SourceLabel => {
    let l = labels.get(e.id);
    if (!l) {
      l = toLabel(e);
      labels.set(e.id, l);
    }
    return l;
  };

  let built = 0;
  for (const e of entries) {
    if (++built % every === 0) yield;
    if (!e || typeof e.id !== 'string') continue;
    for (const a of [e.name, ...(e.aliases ?? [])]) {
      if (typeof a !== 'string') continue;
      const rec = compileAlias(e, a);
      if (!rec) continue;
      const key = rec.words.map((w) => w.toLowerCase()).join(' ');
      // One owner per alias (case-exact variants like "AP" and "Ap" share the key).
      const claimKey = `${key}|${rec.exact.join('')}`;
      if (claimed.has(claimKey)) continue;
      claimed.add(claimKey);
      let node = root;
      for (const w of rec.words) {
        const k = w.toLowerCase();
        let n = node.next.get(k);
        if (!n) {
          n = newNode();
          node.next.set(k, n);
        }
        node = n;
      }
      node.recs.push(rec);
    }
    for (const d of e.domains ?? []) {
      const dl = trimEndChars(d.toLowerCase().replace(/^https?:\/\//, ''), '/');
      const slash = dl.indexOf('/');
      const host = slash < 0 ? dl : dl.slice(0, slash);
      const path = slash < 0 ? '' : dl.slice(slash);
      const list = hostMap.get(host) ?? [];
      if (!list.some((x) => x.path === path)) list.push({ path, entry: e });
      list.sort((a, b) => b.path.length - a.path.length);
      hostMap.set(host, list);
    }
  }

  /** Does `rec` match at tokens[i..] of text? */
  function accept(rec: AliasRec, text: string, toks: Token[], i: number, lookup: boolean): boolean {
    const n = rec.words.length;
    for (let k = 0; k < n; k++) {
      const t = toks[i + k]!;
      if (rec.exact[k] && t.raw !== rec.words[k] && !(lookup && n === 1 && rec.rule.caseSensitive !== true && titleCaseAcronym(t.raw, rec.words[k]!))) return false;
      if (k > 0 && !sepOk(text.slice(toks[i + k - 1]!.end, t.start), rec.seps[k - 1]!)) return false;
    }
    const first = toks[i]!;
    const last = toks[i + n - 1]!;
    const short = rec.alias.length <= 3;
    const prevCh = text[first.start - 1] ?? '';
    const nextCh = text[last.end] ?? '';
    // Never inside a longer word-like unit: "RT-PCR", "@RT", "#AP", "x.RT".
    if (short) {
      if (JOINERS.has(prevCh) && /[\p{L}\p{N}]/u.test(text[first.start - 2] ?? '')) return false;
      if (JOINERS.has(nextCh) && /[\p{L}\p{N}]/u.test(text[last.end + 1] ?? '')) return false;
      if (prevCh === '@' || prevCh === '#') return false;
      if (/^\s*@/.test(text.slice(last.end, last.end + 3))) return false;
    }
    // "360°", "24%": a number with a unit is not a name.
    if (/^\d+$/.test(last.raw) && /^[°%]/.test(nextCh)) return false;
    const r = rec.rule;
    if (r.lookupOnly && !lookup) return false;
    if (r.notFollowedBy?.length) {
      const nx = toks[i + n];
      if (nx && r.notFollowedBy.includes(nx.low) && /^[\s-]{0,2}$/.test(text.slice(last.end, nx.start))) return false;
    }
    if (r.notPrecededBy?.length) {
      const pv = toks[i - 1];
      if (pv && r.notPrecededBy.includes(pv.low) && /^[\s-]{0,2}$/.test(text.slice(pv.end, first.start))) return false;
    }
    if (r.notSentenceInitial && isSentenceInitial(text, first.start)) return false;
    // "Pakistan's Foreign Office", "the Indian Foreign Office": another country's body of the same name.
    if (rec.entry.kind === 'government' && rec.entry.country && rec.entry.country !== 'EU') {
      const c = countryBefore(text, toks, i);
      if (c && c !== rec.entry.country.toUpperCase()) return false;
    }
    return true;
  }

  function scan(text: string, lookup = false): NameHit[] {
    const hits: NameHit[] = [];
    if (typeof text !== 'string' || text.length === 0) return hits;
    const toks = tokenize(text);
    let i = 0;
    while (i < toks.length) {
      let node: TrieNode | undefined = root;
      let best: { rec: AliasRec; n: number } | null = null;
      for (let k = 0; k < MAX_ALIAS_TOKENS && i + k < toks.length; k++) {
        node = node.next.get(toks[i + k]!.low);
        if (!node) break;
        for (const rec of node.recs) if (accept(rec, text, toks, i, lookup)) {
          best = { rec, n: k + 1 };
          break;
        }
      }
      if (best) {
        const start = toks[i]!.start;
        const end = toks[i + best.n - 1]!.end;
        hits.push({ start, end, text: text.slice(start, end), label: labelOf(best.rec.entry) });
        i += best.n;
      } else i++;
    }
    return hits;
  }

  function entryByUrl(url: string): SourceEntry | null {
    try {
      if (typeof url !== 'string' || url.length > 4096) return null;
      const p = hostOf(url);
      if (!p || !p.hostname) return null;
      let path = '/';
      const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(url);
      if (m?.[1]) path = m[1].toLowerCase();
      let host = p.hostname.toLowerCase().replace(/\.$/, '');
      const domain = (p.domain ?? '').toLowerCase();
      while (host.includes('.')) {
        const list = hostMap.get(host);
        if (list) {
          for (const { path: pfx, entry } of list) {
            if (pfx === '' || path === pfx || path.startsWith(`${pfx}/`)) return entry;
          }
        }
        if (domain && host === domain) break;
        host = host.slice(host.indexOf('.') + 1);
      }
      return null;
    } catch {
      return null;
    }
  }

  /** Strip a leading "the", a trailing possessive and edge punctuation. */
  function cleanName(name: string): string {
    const START = '"\'“‘([';
    const END = '"\'”’)].,:;';
    let a = 0;
    let b = name.length;
    while (a < b && (START.includes(name[a]!) || /\s/.test(name[a]!))) a++;
    while (b > a && (END.includes(name[b - 1]!) || /\s/.test(name[b - 1]!))) b--;
    return name.slice(a, b).replace(/[’']s?$/, '').trim();
  }

  /**
   * "Ukraine's Security Service" → "Security Service of Ukraine": a country's possessive written as the "of"
   * complement of the entry's own name. Only an entry of that country answers.
   */
  function ofCountry(clean: string): SourceLabel | null {
    const m = /^([A-Z][\p{L}-]{1,30}(?: [A-Z][\p{L}-]{1,30})?)[’']s\s+([A-Za-z][\p{L}-]*(?: [\p{L}-]+){0,8})$/u.exec(clean);
    if (!m) return null;
    const country = countryOfWord(m[1]!.toLowerCase());
    if (!country) return null;
    const rest = m[2]!.replace(/(^|\s)(\p{Ll})/gu, (_t, sp: string, c: string) => sp + c.toUpperCase());
    const hits = scan(`${rest} of ${m[1]}`, true);
    const whole = `${rest} of ${m[1]}`;
    const full = hits.find((h) => h.start === 0 && h.end >= whole.length);
    return full && full.label.country === country ? full.label : null;
  }

  /** byName without the cache. */
  function byNameUncached(name: string): SourceLabel | null {
    try {
      if (typeof name !== 'string' || name.length > 300) return null;
      const clean = cleanName(name);
      if (!clean) return null;
      const hits = scan(clean, true);
      if (hits.length === 0) return ofCountry(clean);
      const full = hits.find((h) => h.start <= 4 && h.end >= clean.length && /^(?:the\s+)?$/i.test(clean.slice(0, h.start)));
      if (full) return full.label;
      // "Mandiant researcher Charles Carmakal", "CISA director Jen Easterly": one organisation named.
      // A former official no longer speaks for the organisation.
      if (/\b(?:former|ex|retired|onetime)\b/i.test(clean)) return null;
      const ids = new Set(hits.map((h) => h.label.id));
      return ids.size === 1 ? hits[0]!.label : null;
    } catch {
      return null;
    }
  }

  /** byName answers by exact name (labels are shared objects, so a cached answer is the same object). */
  const nameCache = new Map<string, SourceLabel | null>();

  return {
    version,
    byUrl(url) {
      const e = entryByUrl(url);
      return e ? labelOf(e) : null;
    },
    isSecurityNewsSite(url) {
      return entryByUrl(url)?.securityNews === true;
    },
    byName(name) {
      // The core asks for the same names over and over (every mention, every resolution step): answer each once.
      if (typeof name === 'string') {
        const hit = nameCache.get(name);
        if (hit !== undefined) return hit;
      }
      const label = byNameUncached(name);
      if (typeof name === 'string') {
        if (nameCache.size >= 4_096) nameCache.clear();
        nameCache.set(name, label);
      }
      return label;
    },
    findNames(text) {
      try {
        return scan(text);
      } catch {
        return [];
      }
    },
    kindOf(label): SourceKind | null {
      return label?.kind ?? null;
    },
  };
}
