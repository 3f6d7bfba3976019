import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectSecurity } from '../../src/core/detect-security';
import { SECURITY_THRESHOLDS } from '../../src/core/detect';
import { findTerms, findTermsForTest, normToken } from '../../src/core/security-vocabulary';
import '../../src/core/security-vocabulary-wide';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';
import { NEGATIVE_STORIES, POSITIVE_STORIES, type BankStory } from './detect-vocab14-bank';

/* vocab14: the detection vocabulary built from published schemes (docs/detection-vocabulary.md), on sentences and
   short stories of our own. */

const strong = (t: string) => [...new Set(findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept))].sort();

/** The topic verdict of detect(): points over the normal threshold and two concepts (the bank's pages are too short to all be articles). */
function verdict(s: BankStory): { sec: boolean; concepts: number } {
  const url = `https://news.example/2026/11/${s.id}`;
  const html = `<!doctype html><html lang="${s.lang}"><head><meta charset="utf-8"><title>${s.title}</title><meta property="og:type" content="article"></head><body><article><h1>${s.title}</h1>${s.paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  const v = detectSecurity(facts, body, url, emptyDirectory, null);
  return { sec: v.points >= SECURITY_THRESHOLDS.normal && v.concepts >= 2, concepts: v.concepts };
}

/** Bank stories about one thing only (a flood of traffic, one phishing wave, one spyware find): one concept, below the two the detection needs. */
const ONE_CONCEPT = ['en-bec', 'en-ddos', 'en-school', 'en-spyware', 'de-phishing', 'fr-ddos', 'fr-espion', 'es-hackeo', 'pt-ddos', 'nl-phishing', 'ja-hospital', 'zht-phish'];

describe('the vocab14 bank', () => {
  for (const s of POSITIVE_STORIES) {
    if (ONE_CONCEPT.includes(s.id)) {
      it(`${s.id}: one concept, below the scheme's two`, () => expect(verdict(s)).toEqual({ sec: false, concepts: 1 }));
    } else {
      it(`${s.id}: security news`, () => expect(verdict(s).sec).toBe(true));
    }
  }
  for (const s of NEGATIVE_STORIES) it(`${s.id}: not security news`, () => expect(verdict(s).sec).toBe(false));
});

describe('incident-disclosure and VERIS wording (English)', () => {
  it('reads encrypted systems, accessed or exposed data, misuse of access and misconfiguration', () => {
    expect(strong('The attackers encrypted certain systems at two plants.')).toEqual(['ransomware']);
    expect(strong('Names and addresses may have been exposed, the letter says.')).toEqual([]);
    expect(strong('Patient data may have been exposed, the letter says.')).toEqual(['breach']);
    expect(strong('A clerk improperly accessed the files of 300 customers.')).toEqual(['hacking']);
    expect(strong('A misconfigured server left the records open.')).toEqual(['breach']);
    expect(strong('The hospital reported the privacy breach to the regulator.')).toEqual(['breach']);
    expect(strong('The group sent fraudulent emails posing as the payroll team.')).toEqual(['phishing']);
    expect(strong('The implant talked to a command and control server in another country.')).toEqual(['malware']);
    expect(strong('The national cyber agency issued an alert.')).toEqual(['agency']);
  });
  it('leaves encrypted messaging, exposure to risk, conference events and protest access weak (fake invoices stay one concept)', () => {
    expect(strong('The app keeps messages encrypted on the phone.')).toEqual([]);
    expect(strong('The fund was exposed to losses in property.')).toEqual([]);
    expect(strong('Join the biggest cyber event of the year in Lisbon.')).toEqual([]);
    expect(strong('Forensic investigation of the crash site continued.')).toEqual([]);
    expect(strong('Protesters gained initial access to the square.')).toEqual([]);
    expect(strong('The builder used fake invoices to claim VAT.')).toEqual(['phishing']);
  });
});

describe('national CERT and regulator wording (other languages)', () => {
  it('reads each language\u2019s incident nouns', () => {
    expect(strong('Die Stadtwerke melden einen Datenabfluss.')).toEqual(['breach']);
    expect(strong('Unbekannte verschafften sich unbefugten Zugriff auf das Netz.')).toEqual(['hacking']);
    expect(strong('Le centre hospitalier a subi une attaque informatique.')).toEqual(['cyberattack']);
    expect(strong('Un vol de données touche les assurés.')).toEqual(['breach']);
    expect(strong('El ayuntamiento sufrió un ataque informático.')).toEqual(['cyberattack']);
    expect(strong('La empresa confirma el robo de datos.')).toEqual(['breach']);
    expect(strong('Indaga la procura su un accesso abusivo.')).toEqual(['hacking']);
    expect(strong('A loja confirmou o roubo de dados.')).toEqual(['breach']);
    expect(strong('Het NCSC meldt dat de gegevens buitgemaakt zijn door de Autoriteit Persoonsgegevens.')).toEqual(['agency', 'breach']);
    expect(strong('Sklep potwierdził kradzież danych klientów.')).toEqual(['breach']);
    expect(strong('Urząd zgłosił naruszenie ochrony danych do UODO.')).toEqual(['agency', 'breach']);
    expect(strong('Оператор сообщил о компьютерной атаке.')).toEqual(['cyberattack']);
    expect(strong('Злоумышленники получили несанкционированный доступ к базе.')).toEqual(['hacking']);
    expect(strong('不正ログインが確認された。')).toEqual(['hacking']);
    expect(strong('顧客情報が流出した。')).toEqual(['breach']);
    expect(strong('部分用户信息泄露。')).toEqual(['breach']);
    expect(strong('會員個資外洩。')).toEqual(['breach']);
    expect(strong('전산망에서 침해사고가 발생했다.')).toEqual(['breach']);
    expect(strong('홈페이지가 디도스 공격을 받았다.')).toEqual(['ddos']);
  });
  it('leaves their look-alikes weak: an unauthorised rally, an oil spill, capital outflow, the Trojans of Troy, a no-entry sign', () => {
    expect(strong('Полиция задержала участников несанкционированного митинга.')).toEqual([]);
    expect(strong('タンカーから原油が流出した。')).toEqual([]);
    expect(strong('외국인 자금 유출이 이어졌다.')).toEqual([]);
    // The Trojans of Troy are one malware word (German "Trojaner" is mostly malware), never a second concept.
    expect(strong('Die Trojaner verteidigten ihre Stadt gegen die Angreifer.')).toEqual(['malware']);
    expect(strong('공사 현장에 무단 접근을 금지합니다.')).toEqual([]);
    expect(strong('Die Abwehr hatte eine Lücke.')).toEqual([]);
  });
});

describe('tokens (vocab14)', () => {
  it('drops a French or Italian elided article before the word, not an English possessive', () => {
    expect(normToken('l\u2019ANSSI')).toBe('anssi');
    expect(normToken("d'hameçonnage")).toBe('hameçonnage');
    expect(normToken('dell\u2019attacco')).toBe('attacco');
    expect(normToken("CISA's")).toBe('cisas');
    expect(normToken("O'Brien")).toBe('obrien');
    expect(strong('Una campagna d\u2019hameçonnage vise les clients, selon l\u2019ANSSI.')).toEqual(['agency', 'phishing']);
    expect(strong('La procura indaga sull\u2019attacco informatico.')).toEqual(['cyberattack']);
  });
  it('takes the longest CJK term first', () => {
    expect(findTerms('该黑客组织发动攻击').filter((h) => h.text === '黑客组织').map((h) => h.weight)).toEqual([3]);
  });
  it('finds the same hits on every scan path', () => {
    for (const t of [
      'L\u2019ANSSI signale une attaque informatique et un vol de données; dell\u2019attacco informatico.',
      'The attackers encrypted certain systems; data may have been exposed after a misconfigured server was found.',
      'Sklep potwierdził kradzież danych; Злоумышленники получили несанкционированный доступ; 顧客情報が流出した; 침해사고.',
      "quell'intrusione informatica, all'accesso abusivo, un'esfiltrazione",
    ]) {
      expect(findTermsForTest(t, 'short')).toEqual(findTermsForTest(t, 'reference'));
      expect(findTermsForTest(t, 'long')).toEqual(findTermsForTest(t, 'reference'));
    }
  });
});
