import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { firstLook } from '../../src/core/index';
import { findTerms } from '../../src/core/security-vocabulary';

/** Crypto-theft, laundering and fake-recruitment vocabulary (third blind set), on pages of our own. */

const page = (title: string, paras: string[]) =>
  parseHTML(
    `<!doctype html><html><head><title>${title} - Ledger Watch</title><meta property="og:type" content="article"></head><body><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  ).document as unknown as Document;

describe('crypto heists are security news', () => {
  it('a heist story with hackers, laundering through mixers and a fake-recruitment lure', () => {
    const doc = page('Exchange loses $90 million in crypto heist', [
      'A cryptocurrency exchange in Seoul said on Friday that hackers had drained about $90 million from its hot wallets, the largest theft of digital coins in the country this year.',
      'Investigators said the intruders got in after an engineer ran a malicious coding test that arrived during a fake recruitment process on a professional networking site.',
      'A blockchain analytics company said much of the stolen cryptocurrency had already moved through mixing services and cross-chain bridges, which makes it hard to recover.',
      'Police said the method matched earlier cyber thefts blamed on the same group, and that they were working with exchanges abroad to freeze what they could.',
    ]);
    const look = firstLook(doc, { url: 'https://ledgerwatch.example/2026/03/exchange-heist' });
    expect(look.isArticle).toBe(true);
    expect(look.isSecurityNews).toBe(true);
  });

  it('each new phrase is found, with a concept other than hacking', () => {
    const concepts = (t: string) => findTerms(t).map((h) => h.concept);
    expect(concepts('the funds went through mixing services')).toContain('cybercrime');
    expect(concepts('earlier cyber thefts were blamed on the group')).toContain('cybercrime');
    expect(concepts('the stolen cryptocurrency was traced')).toContain('cybercrime');
    expect(concepts('an engineer ran a malicious coding test')).toContain('malware');
    expect(concepts('a fake recruitment process')).toContain('phishing');
    expect(concepts('fake job offers sent to developers')).toContain('phishing');
  });
});

describe('money stories without an attack stay out', () => {
  it('a market story about a mixer ruling, with no hacking in it', () => {
    const doc = page('Court rules on crypto mixer sanctions', [
      'An appeals court ruled on Tuesday that the Treasury had overstepped its powers when it sanctioned a crypto mixer, a decision that sent privacy coins higher in early trading.',
      'Lawyers for the developers said the ruling showed that open-source code could not be treated as property, and that other cases would now be reviewed by the lower courts.',
      'The Treasury said it was studying the decision and would consider an appeal, while traders said the market had expected the ruling for weeks before it came.',
      'Analysts said the price moves were modest, and that most investors were watching interest rates and the central bank far more closely than the court this month.',
    ]);
    expect(firstLook(doc, { url: 'https://ledgerwatch.example/2026/03/mixer-ruling' }).isSecurityNews).toBe(false);
  });
  it('a careers story about recruiters', () => {
    const doc = page('How to spot a fake recruiter', [
      'Job seekers should be wary of a fake recruiter who asks for money up front, career coaches said, since real agencies are paid by the employers that hire through them.',
      'A fake job offer often comes with a salary far above the market rate, a vague job description and pressure to accept on the same day, the coaches said in a guide.',
      'They advised candidates to check the company’s website, to call its main office and to ask for the name of the hiring manager before sending any personal documents.',
      'The guide also suggests asking friends in the same industry whether they know the agency, which many candidates forget to do when they are keen to get a job.',
    ]);
    expect(firstLook(doc, { url: 'https://careers.example/2026/03/fake-recruiter' }).isSecurityNews).toBe(false);
  });
});
