import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import '../../src/core/security-vocabulary-wide';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';

/* blind14: a careers page read as a security news article, and a 'what we know' explainer not read as one, on first contact (pages of our own). */

function run(ld: string, ogType: string) {
  const title = 'Incident Responder (Tier 3)';
  const paras = [
    'Our security team defends forty clinics against ransomware, phishing and data breaches, and you will lead the response when attackers get in.',
    'You will investigate alerts, contain compromised accounts, hunt for malware across endpoints and write detections for new attacker techniques.',
    'You bring four years of incident response experience and know how hackers move through a Windows network after the first phishing email.',
    'We offer a hybrid schedule, a pension and paid time off, and we are proud to be an equal opportunity employer in every state where we hire.',
  ];
  const html = `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="${ogType}"><script type="application/ld+json">${ld}</script></head><body><main><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  const url = 'https://jobs.clinicgroup.example/openings/7731-incident-responder-tier-3';
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return detect({ doc, facts, body, url, db: emptyDirectory });
}

describe('article detection (fix14)', () => {
  it('a page that declares a JobPosting is no article, whatever security words its duties use', () => {
    const v = run('{"@context":"https://schema.org","@type":"JobPosting","title":"Incident Responder (Tier 3)","datePosted":"2026-11-02"}', 'website');
    expect(v.isArticle).toBe(false);
    expect(v.isSecurityNews).toBe(false);
    expect(v.reasons).toContain('This is a job posting, not an article');
  });
  it('the same text declared as a NewsArticle stays an article', () => {
    const v = run('{"@context":"https://schema.org","@type":"NewsArticle","headline":"Incident Responder (Tier 3)"}', 'article');
    expect(v.isArticle).toBe(true);
  });
});

function explainer(items: string[]) {
  const title = 'Harbour ferry booking outage: what we know';
  const html = `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article"></head><body><article><h1>${title}</h1>
<h2>What happened?</h2><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2>What next?</h2><p>The operator said it hoped to take bookings by telephone again from Friday morning, and would refund every cancelled crossing.</p></article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  const url = 'https://harbournews.example/news/ferry-booking-outage-what-we-know';
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return detect({ doc, facts, body, url, db: emptyDirectory });
}

describe('security detection (fix14)', () => {
  it('bulleted facts before the only paragraph are body text', () => {
    const v = explainer([
      'The booking system went down on Monday after a ransomware attack, according to the operator.',
      'Staff found a ransom note on the servers and called in the National Cyber Security Centre.',
      'No group has claimed the cyber attack, and it is unclear whether passenger data was stolen by the hackers.',
    ]);
    expect(v.isSecurityNews).toBe(true);
  });
  it('bulleted facts about weather are still no security story', () => {
    const v = explainer([
      'The booking system went down on Monday after a storm cut power to the office, according to the operator.',
      'Staff moved the servers to a backup site and called in engineers from the supplier.',
      'Nobody knows when the power will be back, and crossings are cancelled until the wind drops.',
    ]);
    expect(v.isSecurityNews).toBe(false);
  });
});
