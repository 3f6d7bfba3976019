import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import { findTerms } from '../../src/core/security-vocabulary';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';

/* blind7: security stories whose words the vocabulary did not know (sentences of our own). */

const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept);

function run(html: string, url: string) {
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return detect({ doc, facts, body, url, db: emptyDirectory });
}

describe('vocabulary (fix7)', () => {
  it('knows incident, actor and exposure wording of breach notices', () => {
    expect(strong('The county said an IT incident had taken its phones offline.')).toContain('breach');
    expect(strong('A criminal actor gained access to the payroll system.')).toContain('hacking');
    expect(strong('The records sat in an unsecured database for weeks.')).toContain('breach');
    expect(strong('The backup was accessible without a password.')).toContain('breach');
    expect(strong('It failed to take technical and organisational measures.')).toContain('cybersecurity');
    expect(strong('The regulator opened an inquiry into the personal data breach.')).toContain('breach');
  });
  it('knows poisoned-package wording', () => {
    expect(strong('A malicious version of the library was live for six hours.')).toContain('malware');
    expect(strong('The hook fetched a second-stage payload from a paste site.')).toContain('malware');
    expect(strong('Defenders should hunt with the published IOCs.')).toContain('cybersecurity');
    expect(strong('An account takeover let the attacker publish the update.')).toContain('hacking');
  });
  it('matches the hyphenated SIM-swap and crypto-theft wording', () => {
    expect(strong('Police broke up a SIM-swap gang in Lisbon.')).toContain('cybersecurity');
    expect(strong('SIM-swap fraud costs victims millions.')).toContain('cybercrime');
    expect(strong('The crew drained wallets belonging to 90 investors.')).toContain('cybercrime');
    expect(strong('The data was offered on an underground forum.')).toContain('cybercrime');
    expect(strong('A front for a state-linked operator, analysts say.')).toContain('hacking');
  });
  it('leaves ordinary senses alone', () => {
    expect(strong('The striker was offside and the referee took no action.')).toEqual([]);
    expect(strong('The museum released a new version of its audio guide.')).toEqual([]);
    expect(strong('The account was taken over by her brother after she moved abroad.')).toEqual([]);
    expect(strong('He wrote to the database team about the new schema.')).toEqual([]);
  });
});

describe('detection of blind7-like pages', () => {
  const page = (title: string, paras: string[]) =>
    `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article"></head><body><nav><a href="/">Home</a></nav><main><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></main><footer>© Example</footer></body></html>`;
  it('a poisoned-package advisory is security news', () => {
    const d = run(
      page('Malicious version of a popular date library pulled from npm', [
        'A malicious version of a date-parsing library used by thousands of projects was published to npm on Sunday after its maintainer lost control of her account in an account takeover.',
        'The release ran an install script that downloaded a second-stage payload and copied tokens and SSH keys from developer machines, researchers who analysed it said.',
        'The registry removed the package after four hours. Researchers published IOCs, including the domain the payload contacted, and urged developers to rotate any tokens stored on affected machines.',
        'Projects that pinned an earlier version were not affected, the maintainer wrote in a short note on the project page.',
      ]),
      'https://devnews.example/2025/npm-date-library',
    );
    expect(d.isSecurityNews).toBe(true);
  });
  it('a story about a library release is not', () => {
    const d = run(
      page('New version of a popular date library adds time zones', [
        'A new version of a date-parsing library used by thousands of projects was published to npm on Sunday, adding support for historical time zones.',
        'The release also drops support for old browsers and speeds up parsing by a third, its maintainer wrote in the release notes.',
        'Developers who pinned an earlier version will need to update their code to use the new formatting functions, which replace the old ones.',
        'The project has more than two hundred contributors and is funded by donations from companies that use it.',
      ]),
      'https://devnews.example/2025/date-library-release',
    );
    expect(d.isSecurityNews).toBe(false);
  });
});
