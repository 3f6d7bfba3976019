/**
 * User entries from the options page: custom labels for organisations the
 * database lacks, and overrides of bundled ids. Each is validated on its own
 * (a bad one is rejected with a reason, the rest still apply) and merged over
 * the bundled entries; their labels carry `custom: true`.
 */
import type { Affiliation, LabelBasis, LabelHistoryItem, SourceKind } from '../core/report';
import type { SourceEntry } from './schema';
import { trimEndChars } from '../core/trim';

const AFFILIATIONS: readonly Affiliation[] = ['state_controlled', 'state_funded_independent', 'government', 'private', 'unknown'];
const KINDS: readonly SourceKind[] = ['outlet', 'government', 'company', 'researcher', 'person', 'anonymous', 'document', 'unspecified'];
const MAX_STR = 200;
const MAX_TEXT = 500;
const MAX_LIST = 20;
const ID_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DOMAIN_RE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}(?:\/[a-z0-9._~%-]{1,64}){0,4}$/;
const COUNTRY_RE = /^(?:[A-Z]{2})$/;
const DATE_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export type CustomResult = { ok: SourceEntry } | { error: string };

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function str(x: unknown, max = MAX_STR): string | null {
  return typeof x === 'string' && x.trim().length > 0 && x.length <= max ? x.trim() : null;
}
export function isHttpUrl(u: unknown): u is string {
  if (typeof u !== 'string' || u.length > 2000) return false;
  try {
    const p = new URL(u);
    return (p.protocol === 'https:' || p.protocol === 'http:') && p.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Validate one user entry; never throws. */
export function validateCustomEntry(x: unknown): CustomResult {
  try {
    if (!isObj(x)) return { error: 'not an object' };
    const name = str(x.name);
    if (!name) return { error: 'name: a non-empty string of at most 200 characters is required' };
    let id = x.id === undefined ? `custom-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'entry'}` : x.id;
    if (typeof id !== 'string' || !ID_RE.test(id)) return { error: 'id: lower-case letters, digits and hyphens only (at most 64)' };
    const affiliation = x.affiliation;
    if (typeof affiliation !== 'string' || !(AFFILIATIONS as readonly string[]).includes(affiliation)) {
      return { error: `affiliation: one of ${AFFILIATIONS.join(', ')}` };
    }
    const kind = x.kind === undefined ? 'outlet' : x.kind;
    if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) return { error: `kind: one of ${KINDS.join(', ')}` };
    const aliases: string[] = [];
    if (x.aliases !== undefined) {
      if (!Array.isArray(x.aliases) || x.aliases.length > MAX_LIST) return { error: `aliases: a list of at most ${MAX_LIST} strings` };
      for (const a of x.aliases) {
        const s = str(a, 100);
        if (!s || /[|~]/.test(s)) return { error: 'aliases: each a non-empty string of at most 100 characters' };
        aliases.push(s);
      }
    }
    const domains: string[] = [];
    if (x.domains !== undefined) {
      if (!Array.isArray(x.domains) || x.domains.length > MAX_LIST) return { error: `domains: a list of at most ${MAX_LIST} domains` };
      for (const d of x.domains) {
        const s = typeof d === 'string' ? trimEndChars(d.trim().toLowerCase().replace(/^https?:\/\//, ''), '/') : '';
        if (!DOMAIN_RE.test(s)) return { error: `domains: "${String(d).slice(0, 60)}" is not a domain like example.com or example.com/section` };
        domains.push(s);
      }
    }
    let country: string | null = null;
    if (x.country !== undefined && x.country !== null && x.country !== '') {
      if (typeof x.country !== 'string' || !(COUNTRY_RE.test(x.country) || x.country === 'EU')) return { error: 'country: a two-letter ISO 3166 code, "EU" or empty' };
      country = x.country;
    }
    let owner: string | null = null;
    if (x.owner !== undefined && x.owner !== null && x.owner !== '') {
      owner = str(x.owner);
      if (!owner) return { error: 'owner: a string of at most 200 characters' };
    }
    const basis: LabelBasis[] = [];
    if (x.basis !== undefined) {
      if (!Array.isArray(x.basis) || x.basis.length > MAX_LIST) return { error: `basis: a list of at most ${MAX_LIST} {text, url}` };
      for (const b of x.basis) {
        if (!isObj(b)) return { error: 'basis: each item must be {text, url}' };
        const text = str(b.text, MAX_TEXT);
        if (!text) return { error: 'basis: text must be a non-empty string of at most 500 characters' };
        if (!isHttpUrl(b.url)) return { error: 'basis: url must be an http(s) address' };
        basis.push({ text, url: b.url });
      }
    }
    const history: LabelHistoryItem[] = [];
    if (x.history !== undefined) {
      if (!Array.isArray(x.history) || x.history.length > MAX_LIST) return { error: 'history: a list of {date, text}' };
      for (const h of x.history) {
        if (!isObj(h) || typeof h.date !== 'string' || !DATE_RE.test(h.date)) return { error: 'history: date must be YYYY, YYYY-MM or YYYY-MM-DD' };
        const text = str(h.text, MAX_TEXT);
        if (!text) return { error: 'history: text must be a non-empty string of at most 500 characters' };
        if (h.url !== undefined && !isHttpUrl(h.url)) return { error: 'history: url must be an http(s) address' };
        if (h.until !== undefined && (typeof h.until !== 'string' || !DATE_RE.test(h.until))) return { error: 'history: until must be a date' };
        history.push({ date: h.date, text, ...(typeof h.until === 'string' ? { until: h.until } : {}), ...(typeof h.url === 'string' ? { url: h.url } : {}) });
      }
    }
    let description: string | undefined;
    if (x.description !== undefined && x.description !== '') {
      const d = str(x.description, MAX_TEXT);
      if (!d) return { error: 'description: a string of at most 500 characters' };
      description = d;
    }
    const asOf = typeof x.asOf === 'string' && DATE_RE.test(x.asOf) ? x.asOf : new Date().toISOString().slice(0, 10);
    const entry: SourceEntry = {
      id, name, aliases, domains, country, kind: kind as SourceKind, affiliation: affiliation as Affiliation, owner, basis, asOf, history,
      ...(x.ownerIsSecurityVendor === true ? { ownerIsSecurityVendor: true } : {}),
      ...(description ? { description } : {}),
      custom: true,
    };
    return { ok: entry };
  } catch {
    return { error: 'invalid entry' };
  }
}

export interface MergeResult {
  entries: SourceEntry[];
  rejected: { index: number; error: string }[];
}

/**
 * Merge validated user entries over the bundled ones: a custom entry with a
 * bundled id replaces it in place; new ones go first so their names and
 * domains win over bundled ones. At most 500 custom entries are read.
 */
export function mergeCustom(bundled: readonly SourceEntry[], custom: unknown): MergeResult {
  const rejected: { index: number; error: string }[] = [];
  const valid: SourceEntry[] = [];
  const list = Array.isArray(custom) ? custom.slice(0, 500) : [];
  if (!Array.isArray(custom) && custom !== undefined && custom !== null) rejected.push({ index: -1, error: 'custom entries must be a list' });
  const seen = new Set<string>();
  list.forEach((x, index) => {
    const r = validateCustomEntry(x);
    if ('error' in r) rejected.push({ index, error: r.error });
    else if (seen.has(r.ok.id)) rejected.push({ index, error: `duplicate id ${r.ok.id}` });
    else {
      seen.add(r.ok.id);
      valid.push(r.ok);
    }
  });
  const byId = new Map(valid.map((e) => [e.id, e]));
  const bundledIds = new Set(bundled.map((e) => e.id));
  const fresh = valid.filter((e) => !bundledIds.has(e.id));
  const overridden = bundled.map((e) => byId.get(e.id) ?? e);
  // Overrides also go first so their aliases and domains beat any other bundled claim.
  const overrides = overridden.filter((e) => e.custom);
  return { entries: [...fresh, ...overrides, ...overridden.filter((e) => !e.custom)], rejected };
}
