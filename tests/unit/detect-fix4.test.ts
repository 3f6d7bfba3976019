import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import { findSubtitle, isLeadNote } from '../../src/core/detect-security';
import { findTerms } from '../../src/core/security-vocabulary';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { indexDocument } from '../../src/core/dom-index';
import { emptyDirectory } from '../../src/core/directory';

function run(html: string, url: string) {
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return detect({ doc, facts, body, url, db: emptyDirectory });
}

const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept);

describe('security vocabulary: IT-worker schemes, data theft and extortion, wipers', () => {
  it('names the concepts', () => {
    expect(strong('They ran laptop farms for the workers')).toContain('cybercrime');
    expect(strong('indicted in a remote IT worker scheme')).toContain('cybercrime');
    expect(strong('installing remote-access software on the laptops')).toContain('hacking');
    expect(strong('they downloaded source code and threatened to leak it')).toEqual(['hacking', 'hacking']);
    expect(strong('a wiper hit the billing systems')).toContain('malware');
  });
  it('keeps the everyday senses weak', () => {
    expect(strong('replace the windscreen wipers before winter')).toEqual([]);
    expect(strong('new wiper blades and a wiper motor')).toEqual([]);
    expect(strong('victims of identity theft and stolen identities')).toEqual([]);
  });
});

describe('lead of a page for detection', () => {
  it('a note about the piece is not its lead', () => {
    expect(isLeadNote('This is an opinion column. The opinions expressed here are the author\'s own.')).toBe(true);
    expect(isLeadNote("Editor's note: this story was updated on Friday with a response from the ministry.")).toBe(true);
    expect(isLeadNote('Disclosure: the author holds shares in a company mentioned below.')).toBe(true);
    expect(isLeadNote('This is an important week for the city council, which votes on the budget on Tuesday.')).toBe(false);
    expect(isLeadNote('Hackers broke into the network of a hospital group last week, the agency said.')).toBe(false);
  });
  it('reads a subtitle element by its class, within bounds', () => {
    const d = parseHTML('<html><body><h1>T</h1><h3 class="subtitle">Two states are trading destructive cyberattacks in the open.</h3><h2 class="section">Other heading text that is long enough</h2></body></html>').document as unknown as Document;
    expect(findSubtitle(indexDocument(d))).toBe('Two states are trading destructive cyberattacks in the open.');
    const none = parseHTML('<html><body><h1>T</h1><h2 class="section">Two states are trading destructive cyberattacks.</h2></body></html>').document as unknown as Document;
    expect(findSubtitle(indexDocument(none))).toBeNull();
  });

  const filler = [
    'By Thursday the national agency had said publicly that a group working for a foreign ministry carried out the attack on the hospital network.',
    'The head of the agency went further in an interview, arguing that the operators had moved from stealing data to breaking things on purpose.',
    'Private researchers wrote that the tool shares code with one used against government systems two years ago, though some analysts were less sure.',
    'Here is my argument: when both states narrate their own victimhood and neither shows its work, the burden moves to the rest of us.',
    'Reporters should stop writing the word linked as if a hyphen were evidence, and editors should ask what a claim rests on before they print it.',
    'The minister may well be right about who did it. But a statement from a government is a claim to be weighed, not a finding to be repeated.',
    'What I would like to see is a joint record that outsiders can check, kept by people who have no stake in the answer, and published in full.',
  ];
  const opinionPage = (subtitle: string, note: string) =>
    `<!doctype html><html lang="en"><head><title>The wiper war nobody is counting</title><meta property="og:type" content="article"></head><body><div class="post"><h1>The wiper war nobody is counting</h1>${subtitle}<div class="body"><p><em>${note}</em></p>${filler.map((p) => `<p>${p}</p>`).join('')}<p>A wiper hit the billing systems of a regional hospital network last week.</p></div></div></body></html>`;

  it('an opinion page whose body opens with its disclaimer is judged on its subtitle and story', () => {
    const url = 'https://column.example/p/the-war-nobody-is-counting';
    const note = 'This is an opinion column. The opinions expressed here are the author\'s own and not those of any employer.';
    const withSub = run(opinionPage('<h3 class="subtitle">Two states are trading destructive cyberattacks in the open now, and we should stop pretending otherwise.</h3>', note), url);
    const noSub = run(opinionPage('', note), url);
    expect(withSub.isSecurityNews).toBe(true);
    expect(noSub.isSecurityNews).toBe(false);
    expect(withSub.score).toBeGreaterThan(noSub.score);
  });
});
