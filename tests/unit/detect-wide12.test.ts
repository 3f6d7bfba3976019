import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import '../../src/core/security-vocabulary-wide';
import { findTerms, findTermsForTest } from '../../src/core/security-vocabulary';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';

/* lead12: the full detection's wider vocabulary (security-vocabulary-wide.ts); sentences and pages of our own. */

const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept).sort();

function run(title: string, paras: string[], url: string) {
  const html = `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-26T05:00:00Z"></head><body><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return detect({ doc, facts, body, url, db: emptyDirectory });
}

describe('wider vocabulary (lead12)', () => {
  it('reads attack techniques, vulnerability classes, defenders\u2019 tools and fraud words', () => {
    expect(strong('The intruders began with password spraying against the web mail.')).toEqual(['hacking']);
    expect(strong('Staff were hit by MFA fatigue prompts all night.')).toEqual(['hacking']);
    expect(strong('A path traversal bug let anyone read the config.')).toEqual(['vulnerability']);
    expect(strong('The flaw allows server-side request forgery.')).toEqual(['vulnerability']);
    expect(strong('Lures pointed to credential harvesting pages.')).toEqual(['phishing']);
    expect(strong('The firm lost $2 million to business email compromise.')).toEqual(['cybercrime']);
    expect(strong('A malicious browser extension copied session cookies.')).toEqual(['malware']);
    expect(strong('Their EDR flagged the lateral movement within minutes.')).toEqual(['cybersecurity', 'hacking']);
    expect(strong('Police released a free decryptor for the victims.')).toEqual(['ransomware']);
    for (const t of ['Password spraying, then lateral movement and a path traversal.', 'EDR, XDR and SIEM vendors']) {
      expect(findTermsForTest(t, 'short')).toEqual(findTermsForTest(t, 'reference'));
      expect(findTermsForTest(t, 'long')).toEqual(findTermsForTest(t, 'reference'));
    }
  });
  it('keeps ambiguous words weak: a Trojan horse, market spoofing, a security firm, social engineering, a PLC', () => {
    expect(strong('The bill is a Trojan horse for new taxes.')).toEqual([]);
    expect(strong('The trader was fined for spoofing the futures market.')).toEqual([]);
    expect(strong('A security firm guarded the stadium gates.')).toEqual([]);
    expect(strong('Critics call the school plan social engineering.')).toEqual([]);
    expect(strong('Barclays PLC reported higher profits.')).toEqual([]);
    expect(strong('The watering hole by the river dried up.')).toEqual([]);
  });
});

describe('detection with the wider vocabulary', () => {
  it('a story told in technique words is security news', () => {
    const det = run('Council mail accounts fell to password spraying, audit finds', [
      'An audit of the county council\u2019s mail system found that the intruders got in through password spraying against accounts without a second factor.',
      'Once inside, they moved laterally to the finance share, the auditors wrote, and set up mail rules that hid replies from suppliers in a business email compromise.',
      'Two suppliers were paid into accounts the fraudsters controlled before the council\u2019s bank stopped a third payment.',
      'The council said it has since turned on multi-factor authentication for all staff and bought an EDR product for its laptops.',
    ], 'https://example.org/news/2026/11/council-mail-accounts-audit');
    expect(det.isSecurityNews).toBe(true);
  });
  it('a business story with a Trojan horse, spoofing and a security firm is not', () => {
    const det = run('Trader fined for spoofing as bank sells its security firm', [
      'A commodities trader was fined on Tuesday for spoofing the gold futures market with orders he never meant to fill, the regulator said.',
      'Separately, the bank agreed to sell its security firm, which guards branches and cash vans, to a private equity buyer.',
      'Critics called the sale a Trojan horse for job cuts, and the union warned of social engineering in the new contracts.',
    ], 'https://example.org/business/2026/11/trader-fined-spoofing');
    expect(det.isSecurityNews).toBe(false);
  });
});

describe('the content script keeps the base list', () => {
  const content = path.resolve(__dirname, '../../dist/chrome/content.js');
  const analyzer = path.resolve(__dirname, '../../dist/chrome/analyzer.js');
  it.skipIf(!existsSync(content) || !existsSync(analyzer))('the wide terms are in analyzer.js only', () => {
    expect(readFileSync(analyzer, 'utf8')).toContain('kerberoasting');
    expect(readFileSync(content, 'utf8')).not.toContain('kerberoasting');
  });
});
