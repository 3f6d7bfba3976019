import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import { findTerms, findTermsForTest } from '../../src/core/security-vocabulary';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';

/* blind8: security stories whose words the vocabulary did not know (sentences of our own). */

const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept);

function run(html: string, url: string) {
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return detect({ doc, facts, body, url, db: emptyDirectory });
}

describe('vocabulary (fix8)', () => {
  it('reads a hyphenated compound as the phrase of its parts', () => {
    expect(strong('A credential-stuffing run hit the ticket site.')).toEqual(['breach']);
    expect(strong('We hired a threat-intelligence firm.')).toEqual(['cybersecurity']);
    expect(strong('Their insider-threat team found nothing.')).toEqual(['cybercrime']);
    // The three scans agree on it.
    const t = 'After the credential-stuffing wave, a threat-intelligence vendor called.';
    expect(findTermsForTest(t, 'short')).toEqual(findTermsForTest(t, 'reference'));
    expect(findTermsForTest(t, 'long')).toEqual(findTermsForTest(t, 'reference'));
  });
  it('leaves hyphenated compounds of ordinary words alone', () => {
    expect(strong('A well-known stuffing-and-roast recipe won the prize.')).toEqual([]);
    expect(strong('The two-day credential-check at the border was slow.')).toEqual([]);
  });
  it('knows the words of gang, broker, stealer, exposure and smishing stories', () => {
    expect(strong('He has talked to ransomware gangs for a decade.')).toEqual(['ransomware', 'cybercrime']);
    expect(strong('An exploit broker raised its prices.')).toEqual(['cybercrime']);
    expect(strong('A zero-click chain for the phone sold for millions.')).toEqual(['vulnerability']);
    expect(strong('An information stealer took the session cookies.')).toEqual(['malware']);
    expect(strong('The controllers were internet-facing and kept their factory passwords.')).toEqual(['cybersecurity', 'cybersecurity']);
    expect(strong('A misconfigured cloud bucket held the routes.')).toEqual(['breach']);
    expect(strong('Pensioners were sent fake bank texts.')).toEqual(['phishing']);
    expect(strong('The package ran a postinstall script.')).toEqual(['cybersecurity']);
    expect(strong('Turn on two-factor authentication today.')).toEqual(['cybersecurity']);
  });
  it('leaves the ordinary senses alone', () => {
    expect(strong('The gang was sentenced for a string of burglaries.')).toEqual([]);
    expect(strong('An art broker raised the price of the painting.')).toEqual([]);
    expect(strong('The bucket list of the factory workers was long.')).toEqual([]);
    expect(strong('She sent her bank a text about the new account.')).toEqual([]);
    expect(strong('A click on the box opens the installer.')).toEqual([]);
  });
});

describe('detection of blind8-like pages', () => {
  const page = (title: string, paras: string[]) =>
    `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article"></head><body><nav><a href="/">Home</a></nav><main><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></main><footer>© Example</footer></body></html>`;
  it('a credential-stuffing story is security news', () => {
    const d = run(
      page('Ticket seller resets passwords after credential-stuffing attempts', [
        'A concert ticket seller has reset the passwords of 400,000 customers after a credential-stuffing wave used logins leaked from other websites.',
        'The company said its own systems were not breached and that it would make two-factor authentication mandatory next month.',
        'Accounts taken over in an account takeover were used to buy tickets that were then resold, customers said.',
        'The firm said it had blocked the addresses used in the attempts and had told the data protection regulator.',
      ]),
      'https://devnews.example/2026/ticket-seller-passwords',
    );
    expect(d.isSecurityNews).toBe(true);
  });
  it('a ransomware podcast episode is security news', () => {
    const d = run(
      page('Episode 9: What a ransomware attack costs a school', [
        'Our guest has advised schools hit by ransomware gangs for six years. She explains how a district decides whether to restore or pay.',
        'Most districts can restore from backups, she said, but the gangs now steal data before they encrypt it and threaten to publish it.',
        'The first demand is often far above what a district can pay, and the ransomware operators usually settle for less.',
        'She told us about a district in the Midwest that spent three weeks rebuilding its servers while teachers went back to paper registers and printed timetables.',
        'Insurers now ask districts detailed questions before they renew a policy, and some have raised premiums sharply after a string of claims last year.',
      ]),
      'https://podcasts.example/episodes/9',
    );
    expect(d.isSecurityNews).toBe(true);
  });
  it('a story about a school book fair is not', () => {
    const d = run(
      page('Episode 10: What a book fair earns a school', [
        'Our guest has run book fairs for schools for six years. She explains how a district decides what to stock and what to charge.',
        'Most schools make a small profit, she said, but the publishers now ask for payment before the fair opens.',
        'The first price list is often above what a school can pay, and the publishers usually settle for less.',
        'She told us about a district in the Midwest that spent three weeks sorting donated books while teachers went back to reading lists and printed timetables.',
        'Publishers now ask districts detailed questions before they renew an agreement, and some have raised prices sharply after a string of returns last year.',
      ]),
      'https://podcasts.example/episodes/10',
    );
    expect(d.isSecurityNews).toBe(false);
  });
});
