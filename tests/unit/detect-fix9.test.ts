import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import { findTerms, findTermsForTest } from '../../src/core/security-vocabulary';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';

/* blind9: security stories the detection missed on first contact (sentences of our own). */

const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept);

function run(html: string, url: string) {
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return detect({ doc, facts, body, url, db: emptyDirectory });
}

describe('vocabulary (fix9)', () => {
  it('reads a flaw described by what it lets an attacker do', () => {
    expect(strong('A bug in the router firmware could let attackers read every password.')).toEqual(['vulnerability']);
    expect(strong('The weakness allows remote attackers to run code.')).toEqual(['vulnerability']);
    expect(strong('Holes in the badge system let intruders open the lab door.')).toEqual(['vulnerability']);
    const t = 'A flaw in the app lets hackers take over accounts.';
    expect(findTermsForTest(t, 'short')).toEqual(findTermsForTest(t, 'reference'));
    expect(findTermsForTest(t, 'long')).toEqual(findTermsForTest(t, 'reference'));
    expect(findTerms(t).find((h) => h.concept === 'vulnerability')?.text).toBe('flaw … hackers');
  });
  it('leaves flaws that let football attackers through alone', () => {
    expect(strong('A flaw in their defence let the attackers run through unchallenged.')).toEqual([]);
    expect(strong('The flaw in the plan was obvious. Attackers scored twice.')).toEqual([]);
    expect(strong('The coach let attackers roam in the second half.')).toEqual([]);
  });
  it('knows a malicious program, a demanded ransom and Portuguese leak and expert words', () => {
    expect(strong('The kiosks ran a malicious program.')).toEqual(['malware']);
    expect(strong('It was not clear whether a ransom had been demanded.')).toEqual(['ransomware']);
    expect(strong('Dados de servidores podem ter vazado.')).toEqual(['breach']);
    expect(strong('Segundo o especialista em segurança, o servidor estava desatualizado.')).toEqual(['cybersecurity']);
    expect(strong('Investigators blamed a China-linked espionage group.')).toEqual(['espionage']);
  });
  it('leaves a ransom question, programs and leaks of other kinds alone', () => {
    expect(strong('The kidnappers never asked for a ransom.')).toEqual([]);
    expect(strong('The television program was malicious gossip.')).toEqual([]);
    expect(strong('O cano vazou durante a noite.')).toEqual([]);
    expect(strong('The group of friends spent the weekend espionage-free at the lake.')).toEqual([]);
  });
});

describe('detection of blind9-like pages', () => {
  const gallery = (title: string, intro: string, captions: string[], paras: string[] = []) =>
    `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article"></head><body><main><h1>${title}</h1><p>${intro}</p>${paras.map((p) => `<p>${p}</p>`).join('')}<ol>${captions.map((c, i) => `<li><figure><img src="/g/${i}.jpg" alt=""><figcaption>${c}</figcaption></figure></li>`).join('')}</ol></main></body></html>`;
  const screens = [
    'A ticket machine at the ferry terminal shows a hacktivist message instead of the timetable on Friday. The port operator said the machines were unplugged within an hour.',
    'Passengers photograph a defaced screen on the quay. A group of hacktivists claimed the attack in a channel post, saying it acted over parking charges.',
    'Engineers replace a display unit. The supplier said the attackers had logged in with a default password that had never been changed.',
    'A handwritten sign reads that tickets are sold on board today. A security researcher told us that dozens of such machines were reachable online.',
    'Staff at the ticket office hand out printed timetables. The operator said the machines would stay off until each one had been checked and given a new password.',
  ];
  it('a photo story whose captions carry the story is read on its captions', () => {
    const d = run(gallery('In pictures: the day hacktivists took over the ferry screens', 'Screens at the harbour showed slogans instead of sailing times for most of the morning rush. Our photographers followed the clean-up along the quay.', screens), 'https://pics.example/galleries/ferry-screens');
    expect(d.isSecurityNews).toBe(true);
  });
  it('a photo story of anything else stays what it is', () => {
    const fair = [
      'Stallholders set up before dawn at the harbour fair on Saturday. The organisers said more than forty thousand visitors came over the weekend.',
      'A child feeds a goat at the petting farm. The farm said the animals were rested every two hours in the shade.',
      'The brass band plays on the quay as the sun sets behind the lighthouse and the crowd joins the last song.',
      'Fireworks over the water close the fair. The council said the display was paid for by local businesses this year.',
    ];
    expect(run(gallery('In pictures: the harbour fair', 'Sun, stalls and a brass band.', fair), 'https://pics.example/galleries/fair').isSecurityNews).toBe(false);
  });
  it('captions of an ordinary story do not count when its paragraphs outweigh them', () => {
    const paras = [
      'The harbour fair returned on Saturday after a three-year break, with more than two hundred stalls along the quay and a programme of music on two stages.',
      'Organisers said more than forty thousand visitors came over the weekend, the most since the fair began, and that the new park-and-ride buses had kept the roads clear.',
      'Traders said sales were strong, although several complained about the cost of pitches, which rose by a fifth this year to pay for extra stewards and cleaning.',
      'The council said it would decide in the autumn whether the fair could move to the old rope works, which has more space but poorer transport links.',
      'The organisers thanked volunteers who had worked through the night to put up the stages and clear the quay after the closing fireworks on Sunday.',
    ];
    expect(run(gallery('The harbour fair is back', 'Crowds return to the quay.', screens.slice(0, 1), paras), 'https://news.example/2026/fair').isSecurityNews).toBe(false);
  });
});
