import type { Attribution, Note, NoteId, NoteRefs, NoteSeverity, Report } from '../report';
import { formatMessage, type NoteMessageKey } from '../note-messages';

/** One reliability note rule: looks at a finished report, returns at most one note. */
export interface NoteRule {
  id: NoteId;
  severity: NoteSeverity;
  apply(report: Report): Note | null;
}

export function makeNote(id: NoteId, severity: NoteSeverity, key: NoteMessageKey, args: string[], refs: NoteRefs): Note {
  const clean = args.map((a) => String(a));
  const note: Note = { id, severity, text: formatMessage(key, clean), messageKey: key, args: clean };
  const r: NoteRefs = {};
  if (refs.attributions?.length) r.attributions = refs.attributions;
  if (refs.hedges?.length) r.hedges = refs.hedges;
  if (refs.disclaimers?.length) r.disclaimers = refs.disclaimers;
  if (Object.keys(r).length) note.refs = r;
  return note;
}

/** ISO 3166-1 alpha-2 → English name, for the countries labels usually carry. */
const COUNTRY_NAMES: Record<string, string> = {
  AE: 'the United Arab Emirates', AU: 'Australia', BY: 'Belarus', CA: 'Canada', CN: 'China', CU: 'Cuba', DE: 'Germany',
  EG: 'Egypt', EU: 'the European Union', FR: 'France', GB: 'the United Kingdom', HK: 'Hong Kong', IL: 'Israel', IN: 'India',
  IR: 'Iran', JP: 'Japan', KP: 'North Korea', KR: 'South Korea', QA: 'Qatar', RU: 'Russia', SA: 'Saudi Arabia', SG: 'Singapore',
  SK: 'Slovakia', SY: 'Syria', TR: 'Turkey', UA: 'Ukraine', US: 'the United States', VE: 'Venezuela', VN: 'Vietnam',
  NL: 'the Netherlands', PL: 'Poland', IT: 'Italy', ES: 'Spain', TW: 'Taiwan', PK: 'Pakistan', NZ: 'New Zealand',
  BR: 'Brazil', MX: 'Mexico', ZA: 'South Africa', NG: 'Nigeria', KZ: 'Kazakhstan', AZ: 'Azerbaijan', AM: 'Armenia',
  GE: 'Georgia', SE: 'Sweden', NO: 'Norway', FI: 'Finland', DK: 'Denmark', CH: 'Switzerland', AT: 'Austria', BE: 'Belgium',
  IE: 'Ireland', CZ: 'Czechia', HU: 'Hungary', RO: 'Romania', BG: 'Bulgaria', RS: 'Serbia', GR: 'Greece', PT: 'Portugal',
  LB: 'Lebanon', IQ: 'Iraq', JO: 'Jordan', KW: 'Kuwait', BH: 'Bahrain', OM: 'Oman', YE: 'Yemen', AF: 'Afghanistan',
  BD: 'Bangladesh', LK: 'Sri Lanka', MY: 'Malaysia', ID: 'Indonesia', TH: 'Thailand', PH: 'the Philippines', MM: 'Myanmar',
  KH: 'Cambodia', LA: 'Laos', MN: 'Mongolia', NI: 'Nicaragua', BO: 'Bolivia', AR: 'Argentina', CL: 'Chile', CO: 'Colombia',
  PE: 'Peru', EE: 'Estonia', LV: 'Latvia', LT: 'Lithuania', MD: 'Moldova', ER: 'Eritrea', ET: 'Ethiopia', RW: 'Rwanda',
};

export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  return COUNTRY_NAMES[code.toUpperCase()] ?? null;
}

/**
 * Country words in text (names and demonyms) → ISO code. Used to see whom a
 * government source accuses; the same table serves every country.
 */
const COUNTRY_WORDS: [RegExp, string][] = [
  [/\b(?:China|Chinese|PRC|Beijing)\b/, 'CN'],
  [/\b(?:United\s+States|U\.S\.A?\.?|US|USA|America|American|Washington)\b/, 'US'],
  [/\b(?:Russia|Russian|Kremlin|Moscow)\b/, 'RU'],
  [/\b(?:Iran|Iranian|Tehran)\b/, 'IR'],
  [/\b(?:North\s+Korea|North\s+Korean|DPRK|Pyongyang)\b/, 'KP'],
  [/\b(?:South\s+Korea|South\s+Korean|Seoul)\b/, 'KR'],
  [/\b(?:United\s+Kingdom|U\.K\.|UK|Britain|British|London)\b/, 'GB'],
  [/\b(?:Israel|Israeli)\b/, 'IL'],
  [/\b(?:Ukraine|Ukrainian|Kyiv|Kiev)\b/, 'UA'],
  [/\b(?:Taiwan|Taiwanese|Taipei)\b/, 'TW'],
  [/\b(?:India|Indian|New\s+Delhi)\b/, 'IN'],
  [/\b(?:Pakistan|Pakistani)\b/, 'PK'],
  [/\b(?:Vietnam|Vietnamese)\b/, 'VN'],
  [/\b(?:Germany|German|Berlin)\b/, 'DE'],
  [/\b(?:France|French|Paris)\b/, 'FR'],
  [/\b(?:Japan|Japanese|Tokyo)\b/, 'JP'],
  [/\b(?:Belarus|Belarusian|Minsk)\b/, 'BY'],
  [/\b(?:Turkey|Turkish|Türkiye|Ankara)\b/, 'TR'],
  [/\b(?:Syria|Syrian|Damascus)\b/, 'SY'],
  [/\b(?:Venezuela|Venezuelan|Caracas)\b/, 'VE'],
  [/\b(?:Cuba|Cuban|Havana)\b/, 'CU'],
  [/\b(?:Australia|Australian|Canberra)\b/, 'AU'],
  [/\b(?:Canada|Canadian|Ottawa)\b/, 'CA'],
  [/\b(?:Netherlands|Dutch)\b/, 'NL'],
  [/\b(?:European\s+Union|EU)\b/, 'EU'],
];

/** Any country word at all (the union of the table's patterns): most texts hold none, and one test rules out all 25. */
const ANY_COUNTRY = new RegExp(COUNTRY_WORDS.map(([re]) => re.source).join('|'));

/** ISO codes of the countries named in `text`, in table order. */
export function countriesIn(text: string): string[] {
  const t = text.length > 2_000 ? text.slice(0, 2_000) : text;
  const out: string[] = [];
  if (!ANY_COUNTRY.test(t)) return out;
  for (const [re, code] of COUNTRY_WORDS) if (re.test(t)) out.push(code);
  return out;
}

/** The country a government source speaks for: its label, else a country word in its name. */
export function sourceCountry(a: Attribution): string | null {
  if (a.label?.country) return a.label.country.toUpperCase();
  const c = countriesIn(a.source);
  return c[0] ?? null;
}

// ---------------------------------------------------------------- source classes

const GOV_NAME = /\b(?:ministry|ministries|minister|department|agency|bureau|government|police|white\s+house|state\s+department|embassy|spokes(?:person|man|woman)|cabinet|parliament|congress|senate|council|commission|authorit(?:y|ies)|regulator|FBI|CIA|NSA|CISA|NCSC|GCHQ|MSS|FSB|GRU|SVR|DHS|DOJ|Pentagon|military|army|navy|prosecutors?|attorney\s+general|administration|Kremlin|officials?)\b/i;
const ANON_NAME = /\b(?:familiar\s+with|declined\s+to\s+be\s+(?:named|identified)|asked\s+not\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed|condition\s+of\s+anonymity|anonymous|unnamed|insiders?)\b|^(?:a|an|one|two|three|several|some)\s+(?:(?:senior|former|current|western|u\.s\.|us|european|chinese|russian|government|intelligence|security|administration|congressional|senate|house|military|industry|company)\s+){0,3}(?:officials?|staffers?|sources?|persons?|people|aides?|employees?|insiders?|diplomats?|individuals?)\b/i;
const VAGUE_NAME = /^(?:(?:some|many|most|several|other|various|certain)\s+)?(?:(?:security|cybersecurity|industry|independent|outside|western|chinese|us|u\.s\.)\s+)?(?:experts?|analysts?|observers?|critics?|researchers|specialists|commentators|scholars|insiders|watchers|people|others|sources|reports|media\s+reports|studies)$|^(?:it\s+is\s+(?:believed|said|thought|reported)|some\s+say|many\s+believe|critics|observers)$/i;

export function isGovernment(a: Attribution): boolean {
  if (a.sourceKind === 'government') return true;
  if (a.label) return a.label.affiliation === 'government' && a.label.kind !== 'outlet';
  if (a.sourceKind === 'outlet' || a.sourceKind === 'company' || a.sourceKind === 'anonymous' || a.sourceKind === 'unspecified') return false;
  return a.sourceKind !== 'researcher' && GOV_NAME.test(a.source) && !ANON_NAME.test(a.source);
}

export function isAnonymous(a: Attribution): boolean {
  return a.sourceKind === 'anonymous' || (a.sourceKind !== 'unspecified' && !a.label && ANON_NAME.test(a.source.trim()));
}

/** A plural group with at most two modifiers and no number ("Industry officials", "some security officials"). */
const BARE_GROUP = /^(?:(?:some|many|several|other|various|certain)\s+)?(?:[\p{L}.-]{2,20}\s+){0,2}(?:officials|experts|analysts|observers|researchers|investigators|specialists)$/iu;
/** The article says why the source is unnamed: then it is anonymous sourcing, not vague. */
const ANON_REASON = /\b(?:familiar\s+with|anonymity|anonymously|not\s+authori[sz]ed|declined\s+to\s+be\s+(?:named|identified)|asked\s+not\s+to\s+be|requested\s+anonymity|without\s+being\s+named|unnamed|anonymous)\b/i;
const COUNT_WORD = /^(?:a|an|one|two|three|four|five|several|\d+)\s/i;

/** An unnamed plural group with no reason given for leaving it unnamed, whatever kind the engine gave it. */
export function isBareGroup(a: Attribution): boolean {
  if (a.label) return false;
  const src = a.source.trim();
  if (!BARE_GROUP.test(src) || COUNT_WORD.test(src) || ANON_REASON.test(src)) return false;
  return !ANON_REASON.test(a.sentence.length > 600 ? a.sentence.slice(0, 600) : a.sentence);
}

export function isVague(a: Attribution): boolean {
  return a.sourceKind === 'unspecified' || (!a.label && a.sourceKind !== 'anonymous' && VAGUE_NAME.test(a.source.trim()));
}

const STATE_WORDS = /\b(?:state-(?:run|owned|controlled|affiliated|backed|sponsored)|state\s+(?:media|news\s+agency|broadcaster|television|tv|newspaper|tabloid|outlet|mouthpiece)|official\s+(?:news\s+agency|mouthpiece)|party\s+(?:newspaper|mouthpiece)|government[- ](?:run|owned|controlled)\s+(?:media|outlet|newspaper|broadcaster|television|news\s+agency))\b/i;

/** A state-controlled outlet: by its label, or as the article itself describes it right beside the name. */
export function isStateOutlet(a: Attribution): boolean {
  if (a.label) return a.label.affiliation === 'state_controlled';
  if (a.sourceKind !== 'outlet') return false;
  const s = a.sentence;
  const i = s.indexOf(a.source);
  if (i < 0) return false;
  const near = s.slice(Math.max(0, i - 60), Math.min(s.length, i + a.source.length + 80));
  return STATE_WORDS.test(near);
}

/** Is this attribution the publisher speaking about itself? */
export function isPublisher(a: Attribution, report: Report): boolean {
  // First person ("our threat intelligence team", "we") is the publisher speaking.
  if (/^(?:our|we|us)\b/i.test(a.source.trim())) return true;
  const n = normName(a.source);
  const p = report.publisher;
  if (p && ((a.label && a.label.id === p.id) || n === normName(p.name))) return true;
  // A publisher missing from the database is still known by its site name.
  const site = report.article?.siteName;
  if (!site || !n) return false;
  const sn = normName(site);
  // "told the Chronicle" on the Wessex Chronicle: a paper names itself by the last word(s) of its name.
  return n === sn || (n.length >= 5 && sn.endsWith(' ' + n));
}

/** normName results, memoised: the note rules compare every attribution with every other (bounded, cleared when large). */
const NORM_CACHE = new Map<string, string>();

export function normName(s: string): string {
  const hit = NORM_CACHE.get(s);
  if (hit !== undefined) return hit;
  const v = s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^the\s+/, '')
    .trim();
  if (NORM_CACHE.size >= 4_096) NORM_CACHE.clear();
  NORM_CACHE.set(s, v);
  return v;
}

/** The display name of an attribution's source: its label name when known, else the name as written. */
export function displayName(a: Attribution): string {
  return a.label?.name ?? a.source;
}

/** Key identifying the same source across attributions (label id, else normalised name). */
export function sourceKey(a: Attribution): string {
  return a.label ? 'id:' + a.label.id : 'n:' + normName(a.source);
}

/** The outermost relayer of an attribution (follows `via`, guarding against cycles). */
export function channelOf(report: Report, i: number): number {
  let cur = i;
  for (let k = 0; k < 20; k++) {
    const v = report.attributions[cur]?.via;
    if (v == null || v === cur || v < 0 || v >= report.attributions.length) return cur;
    cur = v;
  }
  return cur;
}

/** Join up to `max` distinct names: "A", "A and B", "A, B and C". */
export function joinNames(names: string[], max = 3): string {
  const uniq: string[] = [];
  // Each key padded with spaces once (" apache "), so a whole-word containment test is one `includes`.
  const keys: string[] = [];
  for (const n of names) {
    const k = normName(n);
    if (!k) continue;
    const pk = ' ' + k + ' ';
    // "Apache" and "the Apache Software Foundation" are one source: keep the longer name in the first one's place.
    const j = keys.findIndex((x) => x.includes(pk) || pk.includes(x));
    if (j >= 0) {
      if (pk.length > keys[j]!.length) {
        keys[j] = pk;
        uniq[j] = n;
      }
      continue;
    }
    keys.push(pk);
    uniq.push(n);
  }
  const shown = uniq.slice(0, max);
  if (uniq.length > max) return shown.join(', ') + ' and others';
  if (shown.length <= 1) return shown[0] ?? '';
  return shown.slice(0, -1).join(', ') + ' and ' + shown[shown.length - 1];
}

/** Indexes of attributions matching a predicate. */
export function indexesWhere(report: Report, pred: (a: Attribution, i: number) => boolean): number[] {
  const out: number[] = [];
  report.attributions.forEach((a, i) => {
    if (a && pred(a, i)) out.push(i);
  });
  return out;
}

/** The country union and its parts, for the gate test (tests/unit/gates.test.ts). */
export const COUNTRY_GATE = { any: ANY_COUNTRY, patterns: COUNTRY_WORDS.map(([re]) => re) };

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const COMMON_PATTERNS: RegExp[] = [GOV_NAME, ANON_NAME, VAGUE_NAME, BARE_GROUP, ANON_REASON, COUNT_WORD, STATE_WORDS, ANY_COUNTRY, ...COUNTRY_WORDS.map(([re]) => re)];
