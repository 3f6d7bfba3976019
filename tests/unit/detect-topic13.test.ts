import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';

/* lead13: a story about one security thing only — its headline's unambiguous term repeated in the lead and body — is
   security news, though it has one concept where two are required. Pages of our own. */

function run(title: string, paras: string[], url = 'https://example.org/news/2026/11/story') {
  const html = `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-26T05:00:00Z"></head><body><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return detect({ doc, facts, body, url, db: emptyDirectory });
}

const schoolStory = [
  'The Millbrook school district said on Tuesday that ransomware had shut its phones and grading system since the weekend, and classes went on with paper and pencils.',
  'Superintendent Dana Ortiz told parents in a letter that the district had not paid and would not pay, and that teachers had been told not to switch on their laptops.',
  'The district has not said who was behind it. A technology coordinator said the ransomware reached the servers through an old remote connection used by a contractor.',
  'Ortiz said the district hoped to restore the grading system by the end of next week, and that families would be told if any student records had been taken.',
  'Neighbouring Carver County schools were hit by ransomware last spring and reopened their systems after nine days.',
];

describe('one-topic security stories (lead13)', () => {
  it('a ransomware story with no second security word is security news', () => {
    const det = run('Ransomware shuts Millbrook schools\u2019 phones and grades', schoolStory);
    expect(det.isSecurityNews).toBe(true);
  });
  it('needs the term in the headline: the same body under a neutral headline stays one concept short', () => {
    const det = run('Millbrook schools go back to paper for a week', schoolStory);
    expect(det.isSecurityNews).toBe(false);
  });
  it('needs the lead and body to repeat it: a headline word alone is a passing mention', () => {
    const det = run('Ransomware fears do not stop the Millbrook school fair', [
      'The Millbrook school fair went ahead on Saturday with a bake sale, a raffle and a dunk tank for the head teacher.',
      'Organisers said more than four hundred families came, the most since the fair began in 2009.',
      'The raffle raised money for new library books and a greenhouse for the science club, the parents\u2019 association said.',
      'Next year\u2019s fair will move to the spring, when the playing field is drier.',
    ]);
    expect(det.isSecurityNews).toBe(false);
  });
  it('a kidnapping story with a ransom note is not read as ransomware (the term is not ransomware\u2019s)', () => {
    const det = run('Family of kidnapped farmer receives ransom note', [
      'The family of a farmer kidnapped last week received a ransom note on Monday, police in the province said.',
      'The note demanded a payment in cash within ten days, the police said, and the family has asked for help raising it.',
      'Officers said the ransom note was handwritten and had questioned two men seen near the farm. The ransom note has been sent for tests.',
      'The farmer, 61, was taken from his fields at dusk, neighbours said. A second ransom note arrived on Wednesday.',
    ]);
    expect(det.isSecurityNews).toBe(false);
  });
});
