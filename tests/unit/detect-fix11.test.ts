import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import { findTerms, findTermsForTest } from '../../src/core/security-vocabulary';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';

/* blind11: security stories the detection missed on first contact (sentences and pages of our own). */

const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept).sort();

function run(title: string, paras: string[], url: string, description = '') {
  const desc = description ? `<meta name="description" content="${description}">` : '';
  const html = `<!doctype html><html lang="en"><head><title>${title}</title>${desc}<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-21T05:00:00Z"></head><body><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return detect({ doc, facts, body, url, db: emptyDirectory });
}

describe('vocabulary (fix11)', () => {
  it('reads exposed control screens, one-time codes, unpatched servers, implants, spy crews and breaches that exposed people', () => {
    expect(strong('The pump controls were internet-exposed for a year.')).toEqual(['cybersecurity']);
    expect(strong('An exposed HMI let anyone change the tank levels.')).toEqual(['cybersecurity']);
    expect(strong('The fake page asks for the one-time code the bank sends.')).toEqual(['cybersecurity']);
    expect(strong('They came in through an unpatched mail server.')).toEqual(['vulnerability']);
    expect(strong('The crew wrote custom implants for two switch models.')).toEqual(['malware']);
    expect(strong('A spy crew sat in the carrier for two years.')).toEqual(['espionage']);
    expect(strong('They switched on lawful-intercept functions meant for police.')).toEqual(['espionage']);
    expect(strong('An unauthorized person downloaded account records.')).toEqual(['hacking']);
    expect(strong('The agency attributed the intrusion to a foreign service.')).toEqual(['hacking']);
    expect(strong('The breach exposed users\u2019 home addresses.')).toEqual(['breach']);
    expect(strong('Records were taken in a breach last month.')).toEqual(['breach']);
    for (const t of ['An unauthorized person saw the one-time code.', 'custom implants and an unpatched, internet-exposed HMI screen']) {
      expect(findTermsForTest(t, 'short')).toEqual(findTermsForTest(t, 'reference'));
      expect(findTermsForTest(t, 'long')).toEqual(findTermsForTest(t, 'reference'));
    }
  });
  it('leaves dental implants, film crews, levee breaches, attacks on a town and one-time offers alone', () => {
    expect(strong('She had two dental implants fitted last spring.')).toEqual([]);
    expect(strong('The film crew spied a bear on the ridge.')).toEqual([]);
    expect(strong('The levee breach exposed homes to the flood.')).toEqual([]);
    expect(strong('Police attributed the attack to a gang from the next town.')).toEqual([]);
    expect(strong('Use the one-time offer before Friday.')).toEqual([]);
    expect(strong('The breach exposed the defence on the left wing.')).toEqual([]);
  });
});

describe('detection of blind11-like pages', () => {
  it('a feature about a spy crew in a carrier\u2019s network is security news', () => {
    const det = run('How a spy crew stayed inside a mobile carrier for two years', [
      'For two years, intruders had the run of the core network at a regional mobile carrier, copying call records and reading the texts of chosen customers.',
      'The carrier disclosed the breach in a two-line notice in September and has said little since, beyond that a capable actor was involved.',
      'The security service has attributed the intrusion to a group it links to a foreign ministry, and said the carrier was one of several targets.',
      'Researchers found that the crew came in through an unpatched billing server, wrote custom implants for two switch models and wiped logs every night.',
      'The embassy rejected the accusation, saying it opposes all cyberattacks, and the regulator has ordered every operator to audit who can reach the lawful-intercept functions.',
    ], 'https://signal.example/security/2026/11/spy-crew-inside-carrier-network');
    expect(det.isSecurityNews).toBe(true);
  });
  it('a story of phished one-time codes is security news, a story of a one-time bonus is not', () => {
    const det = run('Fake text messages target credit union members', [
      'Scammers posing as the credit union have emptied 37 accounts with texts that link to a copy of its login page, the credit union said.',
      'The fake page asks for the member\u2019s password and the one-time code the credit union sends by text, then logs in from abroad.',
      'The sheriff said the phishing pages were hosted overseas and taken down within hours, but new ones keep appearing.',
      'Losses so far total about $214,000, and the credit union says it has paid back most of the members who lost money this month.',
      'Members who think they gave out a code should call the branch, change their password and watch their statements for a few weeks.',
    ], 'https://herald.example/news/sms', 'Scammers posing as the credit union have emptied 37 accounts with a text-message phishing scheme.');
    expect(det.isSecurityNews).toBe(true);
    const neg = run('Credit union pays members a one-time bonus', [
      'The credit union will pay every member a one-time bonus of $50 after a record year, its president said on Friday at the annual meeting.',
      'Members will see the money in their accounts by December, and the board will vote on a second payment next spring.',
      'The credit union has 48,000 members at 11 branches across three counties and plans a new branch in Valley City.',
      'The bonus costs about $2.4 million, and the credit union says it can afford it because loan defaults fell to a ten-year low.',
      'Members who moved away can ask the branch for a cheque, and the credit union will post a list of questions and answers on its website.',
    ], 'https://herald.example/news/bonus', 'Members of the credit union will get a one-time bonus of $50 after a record year.');
    expect(neg.isSecurityNews).toBe(false);
  });
});
