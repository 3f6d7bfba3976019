import type { AcronymDefinition } from './report';
import type { Sentence } from './sentences';
import { LIMITS } from './limits';
import { eachMatch } from './each-match';

/**
 * In-article definitions of short names:
 *  - "the National Computer Virus Emergency Response Center (CVERC)"
 *  - "CVERC (National Computer Virus Emergency Response Center)"
 *  - "the Ministry of State Security, known as Guoanbu" / "also known as the MSS"
 *  - native names in brackets: "the Ministry of State Security (Guoanbu)"
 * The long form is kept as written (without a leading "the").
 */

const MAX_DEFS = LIMITS.acronyms;

/** A name: capitalised words with small connectors ("Cybersecurity and Infrastructure Security Agency"). Bounded. */
// Parts may be joined by a slash ("… Technical Team/Coordination Center (CNCERT)").
const NAME = String.raw`(?:[A-Z0-9][\p{L}\p{N}’'&.-]*)(?:(?:\s+|/)(?:(?:of|for|and|on|the|de|du|des|la|le|del|der|für|in|to|&)\s+){0,3}[A-Z0-9][\p{L}\p{N}’'&.-]*){0,11}`;
const SHORT = String.raw`[A-Z][A-Za-z0-9&-]{1,11}`;

const LONG_THEN_SHORT = new RegExp(String.raw`(${NAME})\s+[(（]\s*(?:the\s+)?(${SHORT})\s*[)）]`, 'gu');
const SHORT_THEN_LONG = new RegExp(String.raw`\b(${SHORT})\s+[(（]\s*(?:the\s+)?(${NAME})\s*[)）]`, 'gu');
const KNOWN_AS = new RegExp(String.raw`(${NAME}),?\s+(?:\(?(?:also|better|commonly|locally|formerly)\s+)?(?:known|referred to|abbreviated)\s+as\s+(?:the\s+)?(${NAME})`, 'gu');

/** What LONG_THEN_SHORT and SHORT_THEN_LONG both need: a bracket, then (after "the") a capital or digit. */
const BRACKET_NAME = /[(（]\s*(?:the\s+)?[A-Z0-9]/u;

const STOP_LEAD = /^(?:The|A|An|In|On|At|By|For|From|With|According|And|But|Its|Their|His|Her)\s+/;

/** Bracketed country codes are not short names of the organisation before them. */
const COUNTRY_CODES = new Set(['US', 'USA', 'UK', 'EU', 'UN', 'PRC', 'ROK', 'DPRK', 'UAE', 'GB', 'FR', 'DE', 'CN', 'RU', 'IN', 'JP', 'AU', 'CA', 'NZ', 'IL', 'IR', 'UA', 'NATO', 'AFP', 'AP']);

function cleanLong(s: string): string {
  let t = s.trim();
  // "Russia's Federal Security Service" → the organisation's own name.
  t = t.replace(/^[A-Z][a-z]+[’']s\s+(?=[A-Z])/, '');
  for (let i = 0; i < 3 && STOP_LEAD.test(t); i++) t = t.replace(STOP_LEAD, '');
  return t.replace(/[’']s$/, '').trim();
}

/** Letters of `short` appear in order among the initials / letters of `long` (a loose check that the two belong together). */
export function plausibleAcronym(short: string, long: string): boolean {
  const s = short.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  if (s.length < 2) return false;
  const words = long.split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  // In-order subsequence of the initials, or of all letters starting at the first initial.
  let i = 0;
  for (const c of initials) if (i < s.length && c === s[i]) i++;
  if (i === s.length) return true;
  const letters = long.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (letters[0] !== s[0]) return false;
  i = 0;
  for (const c of letters) if (i < s.length && c === s[i]) i++;
  return i === s.length && s.length >= 2;
}

/** Find in-article acronym and alias definitions, in reading order, first definition of each short form wins. */
export function findAcronyms(sentences: Sentence[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const seen = new Set<string>();
  const add = (short: string, long: string, check: boolean): void => {
    const s = short.trim();
    const l = cleanLong(long);
    if (!s || !l || s === l || seen.has(s) || out.length >= MAX_DEFS) return;
    if (check && !plausibleAcronym(s, l)) {
      // A native or alternative name in brackets: a single capitalised word, or a native-language acronym
      // ("Federal Security Service (FSB)", "Federal Office for Information Security (BSI)") after a multi-word name.
      const capWords = l.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).length;
      const native = /^[A-Z]{2,6}$/.test(s) && !COUNTRY_CODES.has(s) && capWords >= 2;
      if (!(native || (/^[A-Z][a-z]{3,}$/.test(s) && l.split(/\s+/).length >= 3))) return;
    }
    seen.add(s);
    out.push({ short: s, long: l });
  };
  for (const s of sentences) {
    const text = s.text.length > 5_000 ? s.text.slice(0, 5_000) : s.text;
    if (!text.includes('(') && !text.includes('（') && !/known as|referred to as|abbreviated as/.test(text)) continue;
    // Both bracket patterns need a bracket opening on a capital or digit; "known as" needs its verb.
    const bracketed = BRACKET_NAME.test(text);
    const knownAs = text.includes('known') || text.includes('referred') || text.includes('abbreviated');
    if (bracketed) for (const m of eachMatch(LONG_THEN_SHORT, text)) {
      // Trim the long form to the words the acronym covers ("Chinese Ministry of State Security (MSS)" keeps all; "the hacking of the Ministry (MSS)" is checked).
      const long = m[1]!;
      const short = m[2]!;
      const words = long.split(/\s+/);
      // Keep the shortest tail that still explains the acronym, at least as long as the acronym's letters.
      let best = long;
      for (let k = words.length - 1; k >= 0; k--) {
        const tail = words.slice(k).join(' ');
        if (plausibleAcronym(short, tail)) {
          best = words.slice(Math.max(0, k - (/^(?:Chinese|Russian|American|British|US|U\.S\.|UK|EU|Iranian|Israeli|Ukrainian|French|German|Japanese|Indian|National|Federal|State)$/.test(words[k - 1] ?? '') ? 1 : 0))).join(' ');
          break;
        }
      }
      add(short, best, true);
    }
    if (bracketed) for (const m of eachMatch(SHORT_THEN_LONG, text)) add(m[1]!, m[2]!, true);
    if (knownAs) for (const m of eachMatch(KNOWN_AS, text)) {
      const long = cleanLong(m[1]!);
      const alias = cleanLong(m[2]!);
      // "X, known as Y": Y is another (short or native) name of a multi-word organisation name X.
      if (long.split(/\s+/).length < 2 || alias.split(/\s+/).length > 2) continue;
      add(alias, long, false);
    }
  }
  return out;
}

/** Resolve a name through the definitions: the short form (or a long form) gives the long form. */
export function resolveAcronym(name: string, defs: AcronymDefinition[]): string {
  // No definitions (most pages): nothing to resolve, and no cleaned copy of the name to make.
  if (defs.length === 0) return name;
  const n = name.replace(/^the\s+/i, '').replace(/[’']s$/, '').trim();
  for (const d of defs) if (d.short === n) return d.long;
  return name;
}

/** The bracket patterns and their gate, for the gate test (tests/unit/gates.test.ts). */
export const ACRONYM_GATED = { gate: BRACKET_NAME, patterns: [LONG_THEN_SHORT, SHORT_THEN_LONG] };
