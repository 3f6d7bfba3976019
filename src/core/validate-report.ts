import { NOTE_IDS } from './report';
/**
 * A dependency-free validator for the Credence report contract
 * (src/core/report.ts, ../shared/spec/report-v1.md).
 *
 * `validateReport(x)` returns the list of contract violations, each as
 * "path: what is wrong" (empty list = valid). It never throws, whatever it is
 * given (cyclic objects, getters that throw, huge arrays, prototype-polluted
 * objects): the background and popup use it on messages that may come from a
 * compromised or buggy sender, the tests use it on every report the core makes.
 *
 * What it checks: every field of the contract is present with the right type;
 * every enum value is one the contract lists; numbers are finite (counts are
 * non-negative integers, the detection score is 0..1); every URL is an
 * absolute http(s) URL with no surrounding whitespace or control characters;
 * indexes (`via`, note refs) point inside their arrays and `via` chains do
 * not loop. Unknown extra fields are allowed (the contract is additive) but
 * only own properties are read, never inherited ones.
 */

const AFFILIATIONS = ['state_controlled', 'state_funded_independent', 'government', 'private', 'unknown'] as const;
const SOURCE_KINDS = ['outlet', 'government', 'company', 'researcher', 'person', 'anonymous', 'document', 'unspecified'] as const;
const HEDGE_KINDS = ['hedge', 'estimative'] as const;
const DISCLAIMER_KINDS = ['liability', 'sponsored', 'ai_generated', 'syndicated', 'opinion', 'correction', 'other'] as const;
const CYBER_BASES = ['technical', 'official', 'unofficial', 'legal', 'self', 'unknown'] as const;
const NOTE_SEVERITIES = ['info', 'caution', 'warning'] as const;

export const REPORT_ENUMS = {
  affiliation: AFFILIATIONS,
  sourceKind: SOURCE_KINDS,
  hedgeKind: HEDGE_KINDS,
  disclaimerKind: DISCLAIMER_KINDS,
  cyberAttributionBasis: CYBER_BASES,
  noteId: NOTE_IDS,
  noteSeverity: NOTE_SEVERITIES,
} as const;

export interface ValidateOptions {
  /** Stop after this many violations (default 100) so output stays bounded. */
  maxErrors?: number;
  /** Optional size caps: longest string and longest array accepted (default: no cap). */
  maxStringLength?: number;
  maxArrayLength?: number;
}

type Obj = Record<string, unknown>;

class TooMany extends Error {}

/** Own property only: never read a value inherited from a (possibly polluted) prototype. */
function own(o: Obj, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

function hasOwn(o: Obj, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

function isPlainObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

// Absolute http(s) URL: scheme, "//", a host character; no whitespace or control characters anywhere.
const HTTP_URL_RE = /^https?:\/\/[^\s\u0000-\u001f\u007f/?#\\]/i;
const CONTROL_OR_SPACE_RE = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** True for an absolute http(s) URL string that a renderer can use as-is. */
export function isReportUrl(u: unknown): u is string {
  if (typeof u !== 'string' || u.length > 8192) return false;
  if (!HTTP_URL_RE.test(u) || CONTROL_OR_SPACE_RE.test(u)) return false;
  try {
    const p = new URL(u).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
}

class Checker {
  errors: string[] = [];
  constructor(private readonly opts: Required<Pick<ValidateOptions, 'maxErrors'>> & ValidateOptions) {}

  fail(path: string, msg: string): void {
    this.errors.push(`${path || '(root)'}: ${msg}`);
    if (this.errors.length >= this.opts.maxErrors) throw new TooMany();
  }

  str(o: Obj, k: string, path: string, { nullable = false, optional = false, nonEmpty = false } = {}): void {
    const p = path ? `${path}.${k}` : k;
    if (!hasOwn(o, k)) {
      if (!optional) this.fail(p, 'missing');
      return;
    }
    this.strValue(own(o, k), p, { nullable, nonEmpty });
  }

  strValue(v: unknown, p: string, { nullable = false, nonEmpty = false } = {}): void {
    if (v === null && nullable) return;
    if (typeof v !== 'string') return this.fail(p, `expected string${nullable ? ' or null' : ''}, got ${kindOf(v)}`);
    if (nonEmpty && v.trim() === '') this.fail(p, 'empty string');
    if (this.opts.maxStringLength !== undefined && v.length > this.opts.maxStringLength) {
      this.fail(p, `string of ${v.length} characters exceeds ${this.opts.maxStringLength}`);
    }
  }

  bool(o: Obj, k: string, path: string, optional = false): void {
    const p = path ? `${path}.${k}` : k;
    if (!hasOwn(o, k)) {
      if (!optional) this.fail(p, 'missing');
      return;
    }
    const v = own(o, k);
    if (typeof v !== 'boolean') this.fail(p, `expected boolean, got ${kindOf(v)}`);
  }

  enumOf(o: Obj, k: string, path: string, values: readonly string[], optional = false): void {
    const p = path ? `${path}.${k}` : k;
    if (!hasOwn(o, k)) {
      if (!optional) this.fail(p, 'missing');
      return;
    }
    const v = own(o, k);
    if (typeof v !== 'string' || !values.includes(v)) this.fail(p, `expected one of ${values.join('|')}, got ${describe(v)}`);
  }

  url(v: unknown, p: string, nullable = false): void {
    if (v === null && nullable) return;
    if (!isReportUrl(v)) this.fail(p, `expected an absolute http(s) URL${nullable ? ' or null' : ''}, got ${describe(v)}`);
  }

  int(v: unknown, p: string, min = 0, max = Number.MAX_SAFE_INTEGER): boolean {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.fail(p, `expected an integer in ${min}..${max}, got ${describe(v)}`);
      return false;
    }
    return true;
  }

  /** The array at o[k], or null after reporting why it is not one. */
  arr(o: Obj, k: string, path: string, optional = false): unknown[] | null {
    const p = path ? `${path}.${k}` : k;
    if (!hasOwn(o, k)) {
      if (!optional) this.fail(p, 'missing');
      return null;
    }
    return this.arrValue(own(o, k), p);
  }

  arrValue(v: unknown, p: string): unknown[] | null {
    if (!Array.isArray(v)) {
      this.fail(p, `expected array, got ${kindOf(v)}`);
      return null;
    }
    if (this.opts.maxArrayLength !== undefined && v.length > this.opts.maxArrayLength) {
      this.fail(p, `array of ${v.length} items exceeds ${this.opts.maxArrayLength}`);
    }
    return v;
  }

  obj(v: unknown, p: string): Obj | null {
    if (!isPlainObject(v)) {
      this.fail(p, `expected object, got ${kindOf(v)}`);
      return null;
    }
    return v;
  }

  label(v: unknown, p: string): void {
    const o = this.obj(v, p);
    if (!o) return;
    this.str(o, 'id', p, { nonEmpty: true });
    this.str(o, 'name', p, { nonEmpty: true });
    if (!hasOwn(o, 'country')) this.fail(`${p}.country`, 'missing');
    else {
      const c = own(o, 'country');
      if (c !== null && (typeof c !== 'string' || !/^[A-Z]{2}$/.test(c))) {
        this.fail(`${p}.country`, `expected an ISO 3166-1 alpha-2 code or null, got ${describe(c)}`);
      }
    }
    this.enumOf(o, 'affiliation', p, AFFILIATIONS);
    this.str(o, 'owner', p, { nullable: true });
    const basis = this.arr(o, 'basis', p);
    if (basis) {
      basis.forEach((b, i) => {
        const bp = `${p}.basis[${i}]`;
        const bo = this.obj(b, bp);
        if (!bo) return;
        this.str(bo, 'text', bp, { nonEmpty: true });
        this.url(own(bo, 'url'), `${bp}.url`);
      });
      if (own(o, 'affiliation') === 'state_controlled' && basis.length === 0) {
        this.fail(`${p}.basis`, 'must not be empty for a state_controlled label');
      }
    }
    this.enumOf(o, 'kind', p, SOURCE_KINDS, true);
    this.str(o, 'asOf', p, { optional: true });
    this.bool(o, 'ownerIsSecurityVendor', p, true);
    this.bool(o, 'securityVendor', p, true);
    this.bool(o, 'custom', p, true);
    const hist = this.arr(o, 'history', p, true);
    hist?.forEach((h, i) => {
      const hp = `${p}.history[${i}]`;
      const ho = this.obj(h, hp);
      if (!ho) return;
      this.str(ho, 'date', hp);
      this.str(ho, 'until', hp, { optional: true });
      this.str(ho, 'text', hp);
      if (hasOwn(ho, 'url')) this.url(own(ho, 'url'), `${hp}.url`);
    });
    if (hasOwn(o, 'rsp')) {
      const r = own(o, 'rsp');
      if (r !== null && r !== undefined) {
        const ro = this.obj(r, `${p}.rsp`);
        if (ro) {
          this.str(ro, 'status', `${p}.rsp`, { nonEmpty: true });
          this.str(ro, 'year', `${p}.rsp`, { optional: true });
          this.url(own(ro, 'url'), `${p}.rsp.url`);
        }
      }
    }
  }

  labelOrNull(o: Obj, k: string, path: string): void {
    const p = path ? `${path}.${k}` : k;
    if (!hasOwn(o, k)) return this.fail(p, 'missing');
    const v = own(o, k);
    if (v !== null) this.label(v, p);
  }

  indexList(v: unknown, p: string, length: number): void {
    const a = this.arrValue(v, p);
    a?.forEach((x, i) => {
      if (length === 0) this.fail(`${p}[${i}]`, 'points into an empty list');
      else this.int(x, `${p}[${i}]`, 0, length - 1);
    });
  }

  report(x: unknown): void {
    const r = this.obj(x, '');
    if (!r) return;
    if (own(r, 'schemaVersion') !== 1) this.fail('schemaVersion', `expected 1, got ${describe(own(r, 'schemaVersion'))}`);
    if (!hasOwn(r, 'url')) this.fail('url', 'missing');
    else this.url(own(r, 'url'), 'url', true);
    this.bool(r, 'isArticle', '');
    this.bool(r, 'isSecurityNews', '');

    if (!hasOwn(r, 'detection')) this.fail('detection', 'missing');
    else {
      const d = this.obj(own(r, 'detection'), 'detection');
      if (d) {
        const s = own(d, 'score');
        if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > 1) this.fail('detection.score', `expected a number in 0..1, got ${describe(s)}`);
        this.arr(d, 'reasons', 'detection')?.forEach((v, i) => this.strValue(v, `detection.reasons[${i}]`));
      }
    }

    if (!hasOwn(r, 'article')) this.fail('article', 'missing');
    else {
      const a = this.obj(own(r, 'article'), 'article');
      if (a) {
        for (const k of ['title', 'siteName', 'byline', 'published']) this.str(a, k, 'article', { nullable: true });
        if (!hasOwn(a, 'wordCount')) this.fail('article.wordCount', 'missing');
        else this.int(own(a, 'wordCount'), 'article.wordCount');
        if (hasOwn(a, 'lang')) this.strValue(own(a, 'lang'), 'article.lang', { nullable: true });
      }
    }

    this.labelOrNull(r, 'publisher', '');

    const atts = this.arr(r, 'attributions', '');
    if (atts) {
      atts.forEach((v, i) => {
        const p = `attributions[${i}]`;
        const o = this.obj(v, p);
        if (!o) return;
        this.str(o, 'source', p, { nonEmpty: true });
        this.enumOf(o, 'sourceKind', p, SOURCE_KINDS);
        this.str(o, 'cue', p, { nonEmpty: true });
        this.str(o, 'sentence', p);
        this.labelOrNull(o, 'label', p);
        if (!hasOwn(o, 'via')) this.fail(`${p}.via`, 'missing');
        else {
          const via = own(o, 'via');
          if (via !== null && this.int(via, `${p}.via`, 0, Math.max(0, atts.length - 1))) {
            if (via === i) this.fail(`${p}.via`, 'points to itself');
          }
        }
      });
      this.viaCycles(atts);
    }

    this.arr(r, 'hedges', '')?.forEach((v, i) => {
      const p = `hedges[${i}]`;
      const o = this.obj(v, p);
      if (!o) return;
      this.str(o, 'cue', p, { nonEmpty: true });
      this.str(o, 'sentence', p);
      this.enumOf(o, 'kind', p, HEDGE_KINDS);
    });

    this.arr(r, 'disclaimers', '')?.forEach((v, i) => {
      const p = `disclaimers[${i}]`;
      const o = this.obj(v, p);
      if (!o) return;
      this.enumOf(o, 'kind', p, DISCLAIMER_KINDS);
      this.str(o, 'text', p);
    });

    if (!hasOwn(r, 'evidence')) this.fail('evidence', 'missing');
    else {
      const e = this.obj(own(r, 'evidence'), 'evidence');
      if (e) {
        this.arr(e, 'cves', 'evidence')?.forEach((v, i) => {
          if (typeof v !== 'string' || !/^CVE-\d{4}-\d{4,7}$/.test(v)) this.fail(`evidence.cves[${i}]`, `expected a CVE ID like CVE-2024-3400, got ${describe(v)}`);
        });
        if (!hasOwn(e, 'indicators')) this.fail('evidence.indicators', 'missing');
        else this.int(own(e, 'indicators'), 'evidence.indicators');
        this.arr(e, 'primaryLinks', 'evidence')?.forEach((v, i) => this.url(v, `evidence.primaryLinks[${i}]`));
      }
    }

    this.arr(r, 'cyberAttributions', '')?.forEach((v, i) => {
      const p = `cyberAttributions[${i}]`;
      const o = this.obj(v, p);
      if (!o) return;
      this.str(o, 'actor', p, { nonEmpty: true });
      this.str(o, 'accuser', p, { nullable: true });
      this.enumOf(o, 'basis', p, CYBER_BASES);
      this.str(o, 'sentence', p);
    });

    const lens = {
      attributions: atts?.length ?? 0,
      hedges: Array.isArray(own(r, 'hedges')) ? (own(r, 'hedges') as unknown[]).length : 0,
      disclaimers: Array.isArray(own(r, 'disclaimers')) ? (own(r, 'disclaimers') as unknown[]).length : 0,
    };
    this.arr(r, 'notes', '')?.forEach((v, i) => {
      const p = `notes[${i}]`;
      const o = this.obj(v, p);
      if (!o) return;
      this.enumOf(o, 'id', p, NOTE_IDS);
      this.enumOf(o, 'severity', p, NOTE_SEVERITIES);
      this.str(o, 'text', p, { nonEmpty: true });
      this.str(o, 'messageKey', p, { optional: true, nonEmpty: true });
      if (hasOwn(o, 'args')) this.arrValue(own(o, 'args'), `${p}.args`)?.forEach((a, j) => this.strValue(a, `${p}.args[${j}]`));
      if (hasOwn(o, 'refs')) {
        const refs = this.obj(own(o, 'refs'), `${p}.refs`);
        if (refs) {
          for (const k of ['attributions', 'hedges', 'disclaimers'] as const) {
            if (hasOwn(refs, k)) this.indexList(own(refs, k), `${p}.refs.${k}`, lens[k]);
          }
        }
      }
    });

    this.arr(r, 'acronyms', '')?.forEach((v, i) => {
      const p = `acronyms[${i}]`;
      const o = this.obj(v, p);
      if (!o) return;
      this.str(o, 'short', p, { nonEmpty: true });
      this.str(o, 'long', p, { nonEmpty: true });
    });

    if (hasOwn(r, 'generator')) {
      const g = this.obj(own(r, 'generator'), 'generator');
      if (g) {
        if (own(g, 'name') !== 'credence') this.fail('generator.name', `expected "credence", got ${describe(own(g, 'name'))}`);
        this.str(g, 'version', 'generator', { nonEmpty: true });
        this.str(g, 'dbVersion', 'generator', { nonEmpty: true });
      }
    }
    this.bool(r, 'truncated', '', true);
  }

  /** `via` must not loop (a → b → a): the popup follows the chain to draw it. */
  viaCycles(atts: unknown[]): void {
    const n = atts.length;
    const viaOf = (i: number): number | null => {
      const a = atts[i];
      if (!isPlainObject(a)) return null;
      const v = own(a, 'via');
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < n && v !== i ? v : null;
    };
    // 0 = unvisited, 1 = on the current path, 2 = known to end.
    const state = new Uint8Array(n);
    for (let start = 0; start < n; start++) {
      if (state[start]) continue;
      const path: number[] = [];
      let cur: number | null = start;
      while (cur !== null && state[cur] === 0) {
        state[cur] = 1;
        path.push(cur);
        cur = viaOf(cur);
      }
      if (cur !== null && state[cur] === 1) this.fail(`attributions[${cur}].via`, 'the via chain loops');
      for (const i of path) state[i] = 2;
    }
  }
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  return kindOf(v);
}

/**
 * The contract violations of `x` as a Report, as "path: problem" strings;
 * an empty array means `x` is a valid report. Never throws.
 */
export function validateReport(x: unknown, opts: ValidateOptions = {}): string[] {
  const c = new Checker({ ...opts, maxErrors: Math.max(1, opts.maxErrors ?? 100) });
  try {
    c.report(x);
  } catch (e) {
    if (!(e instanceof TooMany)) c.errors.push(`(root): could not be validated (${e instanceof Error ? e.message : 'error'})`);
  }
  return c.errors;
}

/** Every URL-valued field of a report, with its path (for tests and renderers that want to double-check). */
export function reportUrls(x: unknown): { path: string; url: unknown }[] {
  const out: { path: string; url: unknown }[] = [];
  if (!isPlainObject(x)) return out;
  const label = (l: unknown, p: string) => {
    if (!isPlainObject(l)) return;
    const basis = own(l, 'basis');
    if (Array.isArray(basis)) basis.forEach((b, i) => isPlainObject(b) && out.push({ path: `${p}.basis[${i}].url`, url: own(b, 'url') }));
    const hist = own(l, 'history');
    if (Array.isArray(hist)) hist.forEach((h, i) => isPlainObject(h) && hasOwn(h, 'url') && out.push({ path: `${p}.history[${i}].url`, url: own(h, 'url') }));
    const rsp = own(l, 'rsp');
    if (isPlainObject(rsp)) out.push({ path: `${p}.rsp.url`, url: own(rsp, 'url') });
  };
  if (own(x, 'url') !== null) out.push({ path: 'url', url: own(x, 'url') });
  label(own(x, 'publisher'), 'publisher');
  const atts = own(x, 'attributions');
  if (Array.isArray(atts)) atts.forEach((a, i) => isPlainObject(a) && label(own(a, 'label'), `attributions[${i}].label`));
  const ev = own(x, 'evidence');
  if (isPlainObject(ev)) {
    const pl = own(ev, 'primaryLinks');
    if (Array.isArray(pl)) pl.forEach((u, i) => out.push({ path: `evidence.primaryLinks[${i}]`, url: u }));
  }
  return out;
}
