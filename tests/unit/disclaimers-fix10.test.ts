import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findDisclaimers } from '../../src/core/disclaimers';
import { extractBody } from '../../src/core/body';
import type { ArticleBody } from '../../src/core/body';
import { classifyIntlDisclaimer } from '../../src/core/disclaimers-intl';

/* blind10: a partner-content strip above <main>; Polish and Traditional Chinese disclaimers, read by disclaimers-intl.ts
   through the intl registry (tests/setup-core.ts registers it, as the extension does on such pages) — sentences of our own. */

function blocks(...texts: string[]): ArticleBody {
  return { blocks: texts.map((text) => ({ kind: 'paragraph' as const, text, links: [] })), container: null } as unknown as ArticleBody;
}
const kinds = (...texts: string[]) => findDisclaimers(blocks(...texts), []).map((d) => d.kind);

const STORY = [
  'The ferry operator said on Monday that its booking site had been taken offline after intruders copied the names and addresses of passengers.',
  'The company said card numbers were kept by a payment partner and were not exposed, and that it had told the data protection regulator.',
  'Passengers who booked between March and May will receive a letter, a spokesperson said, and the site should return by the weekend.',
];

function withStrip(strip: string) {
  const html = `<!doctype html><html><head><title>Ferry operator takes booking site offline</title></head><body><header class="site"><a href="/">Harbour Courier</a></header>${strip}<main class="page"><article class="story"><h1>Ferry operator takes booking site offline</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  return findDisclaimers(extractBody(doc, { baseUrl: null, title: null }), []);
}

describe('disclaimers (fix10)', () => {
  it('reads a partner-content strip between the site header and <main>', () => {
    expect(withStrip('<div class="strip strip--partner" role="note"><span>PARTNER CONTENT</span> · Presented by Quayline Backup</div>').map((d) => d.kind)).toEqual(['sponsored']);
    expect(withStrip('<div class="sponsor-label">Sponsored by Quayline Backup</div>').map((d) => d.kind)).toEqual(['sponsored']);
  });
  it('leaves other strips above <main> alone', () => {
    // No note role and no sponsor or partner class: page chrome, as before.
    expect(withStrip('<div class="strip">PARTNER CONTENT · Presented by Quayline Backup</div>')).toEqual([]);
    expect(withStrip('<div class="strip" role="note">Sailings from the north pier resume on Friday.</div>')).toEqual([]);
  });
  it('reads Polish disclaimers of every kind', () => {
    expect(kinds('Artykuł powstał przy wsparciu narzędzi sztucznej inteligencji i został sprawdzony przez redakcję.')).toEqual(['ai_generated']);
    expect(kinds('Tekst został przygotowany z pomocą AI.')).toEqual(['ai_generated']);
    expect(kinds('Redakcja nie ponosi odpowiedzialności za treść komentarzy ani za decyzje podjęte na podstawie artykułu.')).toEqual(['liability']);
    expect(kinds('Artykuł wyraża wyłącznie opinię autora.')).toEqual(['opinion']);
    expect(kinds('Poglądy wyrażone w tym felietonie nie muszą odzwierciedlać stanowiska redakcji.')).toEqual(['opinion']);
    expect(kinds('Materiał partnera.')).toEqual(['sponsored']);
    expect(kinds('Artykuł ukazał się pierwotnie w serwisie Sieć i Prawo.')).toEqual(['syndicated']);
    expect(kinds('W pierwotnej wersji artykułu podaliśmy błędną liczbę pacjentów.')).toEqual(['correction']);
  });
  it('leaves Polish news sentences alone', () => {
    expect(kinds('Redakcja nie otrzymała odpowiedzi od spółki do czasu publikacji.')).toEqual([]);
    expect(kinds('Firma rozwija narzędzia sztucznej inteligencji dla szpitali.')).toEqual([]);
    expect(kinds('W poprzedniej wersji aplikacji błąd pozwalał na odczyt haseł.')).toEqual([]);
    expect(kinds('Prezes przedstawił opinię zarządu na konferencji.')).toEqual([]);
  });
  it('reads Traditional Chinese disclaimers', () => {
    expect(kinds('【更正】本文稍早版本誤植受影響機關數量，特此更正。')).toEqual(['correction']);
    expect(kinds('本文稍早版本誤植日期。')).toEqual(['correction']);
    expect(kinds('本文僅代表作者個人觀點，不代表本站立場。')).toEqual(['opinion']);
    expect(kinds('本文轉載自資安週報。')).toEqual(['syndicated']);
    expect(kinds('本文由人工智慧工具協助撰寫，並經編輯審閱。')).toEqual(['ai_generated']);
    expect(kinds('本站不承擔任何法律責任。')).toEqual(['liability']);
  });
  it('leaves Traditional Chinese news sentences alone', () => {
    expect(kinds('該公司表示，將更正系統設定中的錯誤。')).toEqual([]);
    expect(kinds('他代表公司出席記者會，並回答記者提問。')).toEqual([]);
    expect(kinds('警方指出，嫌犯須負擔法律責任。')).toEqual([]);
  });
  it('every Polish and Traditional Chinese note is read by the intl module, which only pages in those languages load', () => {
    // These lived with the English rules in disclaimers.ts (loaded on every page) until merged into disclaimers-intl.ts.
    for (const s of [
      'Artykuł powstał przy wsparciu narzędzi sztucznej inteligencji.',
      'Tekst został przygotowany z pomocą AI.',
      'Redakcja nie ponosi odpowiedzialności za treść ogłoszeń.',
      'Artykuł wyraża wyłącznie opinię autora.',
      'Opinie wyrażone w tym artykule są wyłącznie opiniami autora.',
      'Poglądy autora nie muszą odzwierciedlać stanowiska redakcji.',
      'Materiał partnera. Artykuł powstał we współpracy z bankiem.',
      'Artykuł ukazał się pierwotnie w serwisie partnera. Przedruk za zgodą wydawcy.',
      'Artykuł został zaktualizowany.',
      'Sprostowanie: podaliśmy błędną datę.',
      '特此更正。',
      '本文僅代表作者個人觀點。',
      '本文轉載自合作媒體。',
      '本文由人工智慧工具協助撰寫。',
      '本站不承擔任何法律責任。',
      '本文由某公司贊助。',
    ]) expect(classifyIntlDisclaimer(s).length, s).toBeGreaterThan(0);
  });
});
