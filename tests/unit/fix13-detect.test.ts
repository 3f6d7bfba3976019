import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import { findTerms, findTermsForTest } from '../../src/core/security-vocabulary';
import '../../src/core/security-vocabulary-wide';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';

/* blind13: three security stories the detection missed on first contact (sentences and pages of our own). */

const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept).sort();

function run(title: string, paras: string[], url: string) {
  const html = `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article"></head><body><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return detect({ doc, facts, body, url, db: emptyDirectory });
}

describe('vocabulary (fix13)', () => {
  it('reads unauthorized activity, forensic firms, card data, payment card fraud, storage buckets and files stored without a password', () => {
    expect(strong('The clinic found unauthorized activity on part of its network.')).toEqual(['hacking']);
    expect(strong('The council hired a forensic firm to review the servers.')).toEqual(['cybersecurity']);
    expect(strong('Card data from two branches may have been taken.')).toEqual(['breach']);
    expect(strong('Regulators investigate payment card fraud at the chain.')).toEqual(['cybercrime']);
    expect(strong('A storage bucket held the scans.')).toEqual(['breach']);
    expect(strong('The scans were stored without a password.')).toEqual(['breach']);
    for (const t of ['unauthorized activity found by a forensic firm', 'card data in a storage bucket stored without a password']) {
      expect(findTermsForTest(t, 'short')).toEqual(findTermsForTest(t, 'reference'));
      expect(findTermsForTest(t, 'long')).toEqual(findTermsForTest(t, 'reference'));
    }
  });
  it('leaves forensic evidence, card games, gift cards, paint buckets and passwordless logins alone', () => {
    expect(strong('Forensic evidence linked the suspect to the car.')).toEqual([]);
    expect(strong('The card game sold out before Christmas.')).toEqual([]);
    expect(strong('The store sells gift cards and data plans.')).toEqual([]);
    expect(strong('A paint bucket stood by the door.')).toEqual([]);
    expect(strong('The unauthorized biography sold well.')).toEqual([]);
  });
});

describe('detection of blind13-like pages', () => {
  it('a hospital group release about unauthorized activity and a forensic firm is security news', () => {
    const det = run('Lakeland Care Group Provides Update on Cybersecurity Incident', [
      'Lakeland Care Group today announced that it detected unauthorized activity on part of its computer network on March 3. The company took affected systems offline and engaged a forensic firm to help with its investigation.',
      'In a filing with regulators, the company said the incident disrupted billing at some clinics and that it had notified law enforcement.',
      'Based on the review so far, an unauthorized third party may have copied some files. The company will notify affected people as required by law.',
      '\u201cPatients have been cared for throughout, and our staff have worked day and night to bring systems back safely,\u201d said the chief executive. \u201cWe thank our nurses and doctors for their patience.\u201d',
      'The company does not currently expect the incident to have a material effect on its results for the year.',
      'About Lakeland Care Group: Lakeland Care Group runs nine hospitals and more than sixty clinics across three states, and has been named a top employer for nurses four years in a row. For more information, visit its website.',
      'Forward-looking statements: this release contains forward-looking statements about the expected effect of the incident, which are subject to risks and uncertainties; actual results may differ materially.',
    ], 'https://wire.example/news/lakeland-care-update');
    expect(det.isSecurityNews).toBe(true);
  });
  it('a credit union story with hackers and card data is security news; its branch-closure twin is not', () => {
    const det = run('Hackers hit Riverbend Credit Union; card data may be exposed', [
      'Riverbend Credit Union told members on Monday that hackers had broken into a server that handles debit card transactions, and that card numbers for some members may have been exposed.',
      'The credit union is reissuing cards to every member who used a branch terminal in the last six weeks, its president said in a letter.',
      'Federal investigators who handle payment card fraud were told of the breach, a person familiar with the matter said.',
    ], 'https://gazette.example/news/riverbend-cards');
    expect(det.isSecurityNews).toBe(true);
    const branch = run('Riverbend Credit Union to close two branches', [
      'Riverbend Credit Union told members on Monday that it would close its Oak Street and Mill Road branches in the spring.',
      'The credit union is reissuing cards with a new design to every member this year, its president said in a letter.',
      'Members can use any other branch or the mobile app, the president said.',
    ], 'https://gazette.example/news/riverbend-branches');
    expect(branch.isSecurityNews).toBe(false);
  });
  it('a researcher finding passport scans in an open storage bucket is security news', () => {
    const det = run('Travel app left passport scans open to anyone, researcher says', [
      'A storage bucket used by a travel booking app exposed scans of about 90,000 passports to anyone who knew the address, according to a security researcher.',
      'The researcher said the files were stored without a password and that their names followed a predictable pattern.',
      'The company said it had secured the bucket and was investigating. It did not say whether anyone else downloaded the files.',
    ], 'https://bytes.example/2026/travel-app-passport-scans');
    expect(det.isSecurityNews).toBe(true);
  });
});
