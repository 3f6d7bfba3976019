import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { emptyReport, type Report, type SourceLabel } from '../../src/core/report';
import { isReportUrl, reportUrls, validateReport } from '../../src/core/validate-report';
import { analyze } from '../../src/core/index';
import { bundledDirectory } from '../../src/sources/index';

const LABEL: SourceLabel = {
  id: 'example-state-daily',
  name: 'Example State Daily',
  country: 'XA',
  affiliation: 'state_controlled',
  owner: 'Example Ruling Party',
  basis: [{ text: 'Owned by the ruling party', url: 'https://example.org/basis' }],
  kind: 'outlet',
  asOf: '2026-11-26',
  history: [{ date: '2022', text: 'Broadcast ban', url: 'https://example.org/ban' }],
  rsp: { status: 'deprecated', year: '2020', url: 'https://en.wikipedia.org/wiki/WP:RSP' },
};

/** A report that uses every field of the contract, valid. */
function full(): Report {
  const r = emptyReport('https://news.example/a');
  r.isArticle = true;
  r.isSecurityNews = true;
  r.detection = { score: 0.75, reasons: ['Mentions ransomware'] };
  r.article = { title: 'T', siteName: 'S', byline: null, published: '2026-01-01', wordCount: 300, lang: 'en' };
  r.publisher = { ...LABEL, id: 'pub', affiliation: 'private', basis: [] };
  r.attributions = [
    { source: 'Example State Daily', sourceKind: 'outlet', cue: 'according to', sentence: 's', label: structuredClone(LABEL), via: null },
    { source: 'Ministry of Examples', sourceKind: 'government', cue: 'said', sentence: 's', label: null, via: 0 },
  ];
  r.hedges = [{ cue: 'allegedly', sentence: 's', kind: 'hedge' }];
  r.disclaimers = [{ kind: 'liability', text: 'No liability.' }];
  r.evidence = { cves: ['CVE-2024-3400'], indicators: 2, primaryLinks: ['https://vendor.example/report'] };
  r.cyberAttributions = [{ actor: 'a foreign agency', accuser: 'Ministry of Examples', basis: 'official', sentence: 's' }];
  r.notes = [{ id: 'state-affiliated-source', severity: 'warning', text: 'The claim is attributed to X.', messageKey: 'k', args: ['X'], refs: { attributions: [0], hedges: [0] } }];
  r.acronyms = [{ short: 'MoE', long: 'Ministry of Examples' }];
  r.generator = { name: 'credence', version: '0.1.0', dbVersion: '1' };
  r.truncated = false;
  return structuredClone(r);
}

/** Apply `mutate` to a fresh full report and return the violations. */
function errorsAfter(mutate: (r: any) => void): string[] {
  const r = full() as any;
  mutate(r);
  return validateReport(r);
}

describe('validateReport', () => {
  it('accepts the empty report and a report using every field', () => {
    expect(validateReport(emptyReport(null))).toEqual([]);
    expect(validateReport(full())).toEqual([]);
    expect(validateReport(JSON.parse(JSON.stringify(full())))).toEqual([]);
  });

  it('accepts what the core makes of a real-looking page', () => {
    const { document } = parseHTML(
      '<html><head><link rel="canonical" href="https://a.example/x"></head><body><article><p>' +
        'Hackers exploited a vulnerability in ransomware attacks, according to the Global Times, and malware and phishing followed. '.repeat(30) +
        '</p></article></body></html>',
    );
    const rep = analyze(document as unknown as Document, { db: bundledDirectory(), force: true });
    expect(validateReport(rep)).toEqual([]);
  });

  it.each([
    [null],
    [undefined],
    [42],
    ['report'],
    [[]],
    [() => 1],
  ])('rejects a non-object %s', (x) => {
    expect(validateReport(x).length).toBeGreaterThan(0);
  });

  const cases: [string, (r: any) => void, RegExp][] = [
    ['schemaVersion 2', (r) => (r.schemaVersion = 2), /^schemaVersion: expected 1/],
    ['missing url', (r) => delete r.url, /^url: missing/],
    ['javascript: url', (r) => (r.url = 'javascript:alert(1)'), /^url: expected an absolute http\(s\) URL/],
    ['data: url', (r) => (r.url = 'data:text/html,<b>x</b>'), /^url: /],
    ['relative url', (r) => (r.url = '/a/b'), /^url: /],
    ['url with leading space', (r) => (r.url = ' https://a.example/'), /^url: /],
    ['url with newline', (r) => (r.url = 'https://a.example/\nx'), /^url: /],
    ['isArticle as string', (r) => (r.isArticle = 'true'), /^isArticle: expected boolean/],
    ['missing isSecurityNews', (r) => delete r.isSecurityNews, /^isSecurityNews: missing/],
    ['score NaN', (r) => (r.detection.score = NaN), /^detection\.score:/],
    ['score above 1', (r) => (r.detection.score = 1.5), /^detection\.score:/],
    ['reasons not strings', (r) => (r.detection.reasons = [1]), /^detection\.reasons\[0\]: expected string/],
    ['article missing', (r) => delete r.article, /^article: missing/],
    ['title a number', (r) => (r.article.title = 5), /^article\.title: expected string or null/],
    ['wordCount negative', (r) => (r.article.wordCount = -1), /^article\.wordCount:/],
    ['wordCount fractional', (r) => (r.article.wordCount = 1.5), /^article\.wordCount:/],
    ['lang a number', (r) => (r.article.lang = 3), /^article\.lang:/],
    ['publisher missing', (r) => delete r.publisher, /^publisher: missing/],
    ['publisher affiliation unknown value', (r) => (r.publisher.affiliation = 'propaganda'), /^publisher\.affiliation: expected one of/],
    ['publisher country lower case', (r) => (r.publisher.country = 'cn'), /^publisher\.country:/],
    ['publisher empty id', (r) => (r.publisher.id = ''), /^publisher\.id: empty string/],
    ['basis url javascript:', (r) => (r.attributions[0].label.basis[0].url = 'javascript:void(0)'), /^attributions\[0\]\.label\.basis\[0\]\.url:/],
    ['state label without basis', (r) => (r.attributions[0].label.basis = []), /^attributions\[0\]\.label\.basis: must not be empty/],
    ['history url vbscript:', (r) => (r.attributions[0].label.history[0].url = 'vbscript:msgbox'), /history\[0\]\.url:/],
    ['rsp url data:', (r) => (r.attributions[0].label.rsp.url = 'data:,x'), /rsp\.url:/],
    ['label kind unknown', (r) => (r.attributions[0].label.kind = 'blog'), /label\.kind: expected one of/],
    ['custom not boolean', (r) => (r.attributions[0].label.custom = 'yes'), /label\.custom: expected boolean/],
    ['attributions not array', (r) => (r.attributions = {}), /^attributions: expected array/],
    ['attribution empty source', (r) => (r.attributions[0].source = '  '), /^attributions\[0\]\.source: empty string/],
    ['attribution sourceKind', (r) => (r.attributions[0].sourceKind = 'Outlet'), /^attributions\[0\]\.sourceKind/],
    ['attribution via out of range', (r) => (r.attributions[1].via = 2), /^attributions\[1\]\.via: expected an integer in 0\.\.1/],
    ['attribution via self', (r) => (r.attributions[1].via = 1), /^attributions\[1\]\.via: points to itself/],
    ['attribution via cycle', (r) => (r.attributions[0].via = 1), /via chain loops/],
    ['attribution via missing', (r) => delete r.attributions[0].via, /^attributions\[0\]\.via: missing/],
    ['attribution label undefined', (r) => (r.attributions[1].label = undefined), /^attributions\[1\]\.label: expected object/],
    ['hedge kind', (r) => (r.hedges[0].kind = 'weasel'), /^hedges\[0\]\.kind/],
    ['hedge cue missing', (r) => delete r.hedges[0].cue, /^hedges\[0\]\.cue: missing/],
    ['disclaimer kind', (r) => (r.disclaimers[0].kind = 'legal'), /^disclaimers\[0\]\.kind/],
    ['cve malformed', (r) => (r.evidence.cves = ['CVE-24-1']), /^evidence\.cves\[0\]/],
    ['indicators negative', (r) => (r.evidence.indicators = -3), /^evidence\.indicators/],
    ['primary link javascript:', (r) => (r.evidence.primaryLinks = ['javascript:alert(1)']), /^evidence\.primaryLinks\[0\]/],
    ['primary link JaVaScRiPt with tab', (r) => (r.evidence.primaryLinks = ['java\tscript:alert(1)']), /^evidence\.primaryLinks\[0\]/],
    ['cyber basis', (r) => (r.cyberAttributions[0].basis = 'forensic'), /^cyberAttributions\[0\]\.basis/],
    ['cyber accuser number', (r) => (r.cyberAttributions[0].accuser = 1), /^cyberAttributions\[0\]\.accuser/],
    ['note id unknown', (r) => (r.notes[0].id = 'fake-news'), /^notes\[0\]\.id/],
    ['note severity', (r) => (r.notes[0].severity = 'danger'), /^notes\[0\]\.severity/],
    ['note args not strings', (r) => (r.notes[0].args = [{}]), /^notes\[0\]\.args\[0\]/],
    ['note ref out of range', (r) => (r.notes[0].refs.attributions = [5]), /^notes\[0\]\.refs\.attributions\[0\]/],
    ['note ref into empty list', (r) => (r.notes[0].refs.disclaimers = [0], (r.disclaimers = [])), /points into an empty list/],
    ['acronym long missing', (r) => delete r.acronyms[0].long, /^acronyms\[0\]\.long: missing/],
    ['acronyms missing', (r) => delete r.acronyms, /^acronyms: missing/],
    ['generator name', (r) => (r.generator.name = 'other'), /^generator\.name/],
    ['truncated string', (r) => (r.truncated = 'yes'), /^truncated: expected boolean/],
  ];
  it.each(cases)('flags %s', (_name, mutate, expected) => {
    const errs = errorsAfter(mutate);
    expect(errs.some((e) => expected.test(e)), errs.join('\n')).toBe(true);
  });

  it('allows unknown extra fields (the contract is additive)', () => {
    expect(errorsAfter((r) => ((r.somethingNew = { x: 1 }), (r.attributions[0].confidence = 'high')))).toEqual([]);
  });

  it('reads only own properties, never a polluted prototype', () => {
    const r: any = full();
    delete r.url;
    const proto = Object.create({ url: 'https://inherited.example/' });
    const obj = Object.assign(proto, r);
    expect(validateReport(obj)).toContain('url: missing');
  });

  it('never throws on hostile objects', () => {
    const cyclic: any = full();
    cyclic.attributions[0].label.self = cyclic;
    cyclic.publisher.basis.push(cyclic);
    expect(() => validateReport(cyclic)).not.toThrow();
    expect(validateReport(cyclic).length).toBeGreaterThan(0);
    const throwing: any = full();
    Object.defineProperty(throwing, 'hedges', { enumerable: true, get: () => { throw new Error('boom'); } });
    const errs = validateReport(throwing);
    expect(errs.some((e) => /could not be validated/.test(e))).toBe(true);
    const proxy = new Proxy({}, { get: () => { throw new Error('x'); }, has: () => true, getOwnPropertyDescriptor: () => { throw new Error('y'); } });
    expect(() => validateReport(proxy)).not.toThrow();
  });

  it('bounds the number of messages and applies optional size caps', () => {
    const r: any = full();
    r.hedges = Array.from({ length: 10_000 }, () => ({ cue: 1 }));
    expect(validateReport(r).length).toBe(100);
    expect(validateReport(r, { maxErrors: 5 })).toHaveLength(5);
    expect(validateReport(full(), { maxStringLength: 3 }).some((e) => /exceeds 3/.test(e))).toBe(true);
    expect(validateReport(full(), { maxArrayLength: 1 }).some((e) => /^attributions: array of 2 items exceeds 1/.test(e))).toBe(true);
  });
});

describe('isReportUrl and reportUrls', () => {
  it.each([
    ['https://a.example/x?y#z', true],
    ['HTTP://A.EXAMPLE/', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['vbscript:msgbox(1)', false],
    ['file:///etc/passwd', false],
    ['https:/one-slash.example', false],
    ['//protocol-relative.example/x', false],
    ['https://', false],
    ['https://exa mple.com/', false],
    ['', false],
  ])('%s → %s', (u, ok) => expect(isReportUrl(u)).toBe(ok));

  it('lists every URL field of a report', () => {
    const paths = reportUrls(full()).map((x) => x.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'url',
        'publisher.rsp.url',
        'attributions[0].label.basis[0].url',
        'attributions[0].label.history[0].url',
        'attributions[0].label.rsp.url',
        'evidence.primaryLinks[0]',
      ]),
    );
    expect(reportUrls(full()).every((x) => isReportUrl(x.url))).toBe(true);
  });
});
