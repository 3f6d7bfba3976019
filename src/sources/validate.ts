/**
 * Checks on source entries (bundled data and tests): schema, unique ids, no
 * domain or alias claimed twice, a cited basis where a label needs one,
 * https citations that are not mirrors, ISO dates and countries. Pure; used
 * by scripts/validate-sources.ts and tests/unit/sources-data.test.ts.
 */
import { getPublicSuffix, parse } from 'tldts';
import type { SourceEntry } from './schema';
import { tokenize } from './match';

const ISO_3166 =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(' ');
const COUNTRIES = new Set([...ISO_3166, 'EU']);

/** Hosts that copy other sites' pages: cite the original instead. */
export const MIRROR_HOSTS = [
  'wikimili.com', 'knowpia.com', 'hubbry.com', 'howlingpixel.com', 'piglix.com', 'wiki.rip', 'ipfs.dweb.link', 'ipfs.io',
  'coconutsuperstore.com', 'wikivisually.com', 'readkong.com', 'newsbreak.com', 'talk.dob.jp', 'cloudfront.net', 'lfasc.com',
  'richxsearch.com', 'cyber-property.com', 'cybernoz.com', 'awsccs2.com', 'particle.news', 'productiveclue.com', 'exbulletin.com',
  'technewsboy.com', 'vimarsana.com', 'my-courses.net', 'mygeekscore.com', 'htsyndication.com', 'ganjingworld.com', 'voonze.com',
  'tdminews.com', 'libproxy1.nus.edu.sg', 'wikiwand.com', 'dbpedia.org', 'everybodywiki.com', 'alchetron.com', 'infogalactic.com',
];
const ID_RE = /^[a-z0-9][a-z0-9-]{1,63}$/;
const FULL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const PART_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const AFFS = ['state_controlled', 'state_funded_independent', 'government', 'private', 'unknown'];
const KINDS = ['outlet', 'government', 'company', 'researcher', 'person', 'anonymous', 'document', 'unspecified'];
const NEEDS_BASIS = new Set(['state_controlled', 'state_funded_independent', 'government']);

export function checkUrl(u: unknown): string | null {
  if (typeof u !== 'string') return 'URL is not a string';
  let p: URL;
  try {
    p = new URL(u);
  } catch {
    return `malformed URL ${u}`;
  }
  if (p.protocol !== 'https:') return `not https: ${u}`;
  const host = p.hostname.toLowerCase();
  if (!parse(u).domain || /^[\d.]+$/.test(host)) return `no registrable host: ${u}`;
  for (const m of MIRROR_HOSTS) if (host === m || host.endsWith(`.${m}`)) return `mirror host ${m}: ${u}`;
  return null;
}

/** Normalised key of an alias for uniqueness: its word tokens in lower case, a leading "the" dropped. */
export function aliasKey(a: string): string {
  const w = tokenize(a, 500).map((t) => t.low);
  if (w[0] === 'the' && w.length > 1) w.shift();
  return w.join(' ');
}

export function validateEntries(entries: readonly SourceEntry[]): string[] {
  const errs: string[] = [];
  const ids = new Set<string>();
  const domains = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const [i, e] of entries.entries()) {
    const at = `${e?.id ?? `#${i}`}`;
    const err = (m: string) => errs.push(`${at}: ${m}`);
    if (typeof e !== 'object' || e === null) {
      err('not an object');
      continue;
    }
    if (typeof e.id !== 'string' || !ID_RE.test(e.id)) err('id must be a lower-case slug');
    if (ids.has(e.id)) err('duplicate id');
    ids.add(e.id);
    if (typeof e.name !== 'string' || !e.name.trim() || e.name.length > 120) err('name missing or too long');
    if (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string' || !a.trim() || a.length > 120)) err('aliases must be non-empty strings');
    if (!Array.isArray(e.domains) || e.domains.some((d) => typeof d !== 'string')) err('domains must be strings');
    if (!KINDS.includes(e.kind)) err(`unknown kind ${String(e.kind)}`);
    if (!AFFS.includes(e.affiliation)) err(`unknown affiliation ${String(e.affiliation)}`);
    if (e.country !== null && !COUNTRIES.has(e.country)) err(`country ${String(e.country)} is not ISO 3166-1 alpha-2, EU or null`);
    if (e.owner !== null && (typeof e.owner !== 'string' || !e.owner.trim())) err('owner must be a string or null');
    if (typeof e.asOf !== 'string' || !FULL_DATE.test(e.asOf)) err('asOf must be an ISO date');
    if (!Array.isArray(e.basis)) err('basis must be a list');
    else {
      if (NEEDS_BASIS.has(e.affiliation) && e.basis.length === 0) err(`${e.affiliation} needs at least one basis`);
      for (const b of e.basis) {
        if (typeof b?.text !== 'string' || b.text.length < 10) err('basis text missing');
        const u = checkUrl(b?.url);
        if (u) err(`basis: ${u}`);
      }
    }
    if (!Array.isArray(e.history)) err('history must be a list');
    else
      for (const h of e.history) {
        if (typeof h?.date !== 'string' || !PART_DATE.test(h.date)) err(`history date ${String(h?.date)} not ISO`);
        if (h.until !== undefined && (typeof h.until !== 'string' || !PART_DATE.test(h.until))) err(`history until ${String(h.until)} not ISO`);
        if (typeof h?.text !== 'string' || !h.text.trim()) err('history text missing');
        if (h.url !== undefined) {
          const u = checkUrl(h.url);
          if (u) err(`history: ${u}`);
        }
      }
    if (e.rsp) {
      if (typeof e.rsp.status !== 'string' || !e.rsp.status) err('rsp status missing');
      if (e.rsp.year !== undefined && !/^\d{4}$/.test(e.rsp.year)) err('rsp year must be YYYY');
      const u = checkUrl(e.rsp.url);
      if (u) err(`rsp: ${u}`);
    }
    if (e.securityNews && e.kind !== 'outlet') err('securityNews is only for outlets');
    if (e.securityVendor !== undefined && (e.securityVendor !== true || (e.kind !== 'company' && e.kind !== 'researcher'))) err('securityVendor is true or absent, and only for companies and research teams');
    const strings = [e.name, e.owner ?? '', e.description ?? '', ...(e.basis ?? []).map((b) => b.text), ...(e.history ?? []).map((h) => h.text)];
    if (strings.some((s) => /\bunconfirmed\b/i.test(s))) err('contains an unconfirmed fact');
    const all = [e.name, ...(e.aliases ?? [])];
    for (const a of all) {
      if (/[|~]/.test(a)) err(`alias "${a}" contains | or ~`);
      const key = aliasKey(a);
      if (!key) {
        err(`alias "${a}" has no words`);
        continue;
      }
      const owner = aliases.get(key);
      const ambiguous = e.ambiguousAliases?.includes(a);
      if (owner && owner !== e.id && !ambiguous) err(`alias "${a}" already claimed by ${owner}`);
      if (!owner) aliases.set(key, e.id);
    }
    for (const k of Object.keys(e.aliasRules ?? {})) if (!all.includes(k)) err(`aliasRules key "${k}" is not a name or alias`);
    for (const d of e.domains ?? []) {
      const dl = d.toLowerCase();
      if (dl !== d || /^https?:|\/$|\s/.test(d)) err(`domain "${d}" must be lower case, without scheme or trailing slash`);
      const host = dl.split('/')[0]!;
      const p = parse(`https://${host}`);
      if (!p.domain || p.hostname !== host) err(`domain "${d}" has no registrable domain`);
      else if (getPublicSuffix(host) === host) err(`domain "${d}" is a public suffix`);
      const prev = domains.get(dl);
      if (prev && prev !== e.id) err(`domain "${d}" already claimed by ${prev}`);
      domains.set(dl, e.id);
    }
  }
  return errs;
}
