/**
 * perf-rest9: the language test reads its sample once (function words, kana, Cyrillic and Han letters in one pass)
 * instead of three times. Its answers are those of the three passes, written out here the long way (regex counts),
 * on random samples of our own pieces in every script it knows, and on our own sentences in each language.
 * perf-text10: the Polish letters too (they were a pass of their own).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countAllFunctionWords, detectCueLang, looksJapanese, type PageLang } from '../../src/core/cue-lang';
import type { Sentence } from '../../src/core/sentences';

const n = (re: RegExp, s: string): number => (s.match(re) ?? []).length;
const PT = /(?<![\p{L}\p{N}])(?:não|são|uma|pelo|pela|pelos|pelas|dos|das|também|está|foi|ao|aos|em|seu|sua|você|isso|muito|já)(?![\p{L}\p{N}])/giu;

/** The language test as three passes: kana share, then script shares, then function-word counts. */
function slowLang(sentences: Sentence[]): PageLang {
  let sample = '';
  for (const s of sentences) {
    if (s.blockKind === 'title') continue;
    sample += ' ' + s.text;
    if (sample.length > 6_000) break;
  }
  if (looksJapanese(sample)) return 'ja';
  const cyr = n(/[\u0400-\u04ff]/g, sample);
  const ukr = n(/[\u0456\u0457\u0454\u0491\u0406\u0407\u0404\u0490]/g, sample);
  const han = n(/[\u4e00-\u9fff]/g, sample);
  // left9: Korean by its Hangul syllables, before the other scripts.
  const hangul = n(/[\uac00-\ud7a3]/g, sample);
  if (hangul >= 40 && hangul >= sample.length * 0.25) return 'ko';
  // Ukrainian and the like are not Russian, and then not Chinese either: the function words decide.
  if (cyr >= 40 && cyr >= sample.length * 0.3) {
    if (ukr * 50 < cyr) return 'ru';
  } else if (han >= 40 && han >= sample.length * 0.3) return 'zh';
  // left9: Polish by its letters.
  const pl = n(/[ąęćłśźżĄĘĆŁŚŹŻ]/g, sample);
  if (pl >= 10 && pl >= sample.length * 0.015) return 'pl';
  const counts = countAllFunctionWords(sample);
  let best: PageLang = 'en';
  let bestN = counts.en;
  for (const l of ['de', 'fr', 'es', 'it', 'pt', 'nl'] as const) {
    if (counts[l] > bestN * 1.3 && counts[l] >= 8) {
      best = l;
      bestN = counts[l];
    }
  }
  if (best === 'es' && n(PT, sample) > bestN * 0.5) return 'pt';
  return best;
}

const sents = (texts: string[]): Sentence[] => texts.map((text, i) => ({ text, block: i, blockKind: i === 0 ? 'title' : 'paragraph' }));

describe('the one-pass language test', () => {
  it('gives the three passes’ answer on our own sentences in each language', () => {
    const pages: [string[], PageLang][] = [
      [['T', 'The firm said the attack was stopped and that the data of its clients was not taken from the servers.'], 'en'],
      [['T', 'Die Firma sagte, dass der Angriff gestoppt wurde und die Daten der Kunden nicht auf den Servern kopiert wurden, und das ist auch gut.'], 'de'],
      [['T', 'Правительство заявило, что атака была остановлена и данные клиентов не пострадали, сообщили в компании в понедельник вечером.'], 'ru'],
      [['T', 'Уряд заявив, що атака була зупинена і дані клієнтів не постраждали, повідомили в компанії в понеділок ввечері їхні представники.'], 'en'],
      [['T', '公司表示攻击已被阻止客户数据没有受到影响调查仍在进行中相关部门正在处理此事并将公布更多细节以及后续的安全措施和建议'], 'zh'],
      [['T', '회사는 공격이 차단되었으며 고객 데이터는 영향을 받지 않았다고 밝혔다. 조사는 아직 진행 중이며 자세한 내용은 아직 알려지지 않았다고 관계자는 말했다.'], 'ko'],
      [['T', 'Firma poinformowała, że atak został zatrzymany, a dane klientów nie zostały skradzione z serwerów; śledztwo trwa, ale szczegółów jeszcze nie podała.', 'Rzecznik spółki powiedział, że włamanie wykryto w środę, a służby bezpieczeństwa już badają źródło ataku.'], 'pl'],
      [['T', '会社によると、攻撃は止められ、顧客のデータは影響を受けなかったということです。調査はまだ続いています。詳しいことはまだわかりません。'], 'ja'],
    ];
    for (const [texts, want] of pages) {
      expect(slowLang(sents(texts))).toBe(want);
      expect(detectCueLang(sents(texts))).toBe(want);
    }
  });

  it('gives the three passes’ answer on random samples in every script', () => {
    const pieces = ['the ', 'The ', 'of ', 'los ', 'las ', 'em ', 'pelo ', 'and ', 'der ', 'und ', 'le ', 'que ', 'uma ', 'não ', 'het ', 'di ', 'что ', 'і ', 'ї', 'данные ', '的', '数据', 'です', 'カ', 'ー', 'x ', '. ', 'ü', '\u3000',
      // The ends of each counted range, and the code units just outside them.
      '한국 ', '은 ', 'ł', 'ą', 'się ', '\uac00', '\ud7a3', '\uabff', '\ud7a4', '\u3041', '\u30ff', '\u0400', '\u04ff', '\u4e00', '\u9fff', '\u3040', '\u3100', '\u0500', '\u03ff', '\u4dff', '\ua000',
      // perf-text10: Polish letters are counted by the same pass; their neighbours and the other Latin letters are not.
      'Ż', 'ś', 'ć', 'ó', '\u0103', '\u0108', '\u017d', '\u0143', 'zażółć ', 'Łódź '];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), { minLength: 1, maxLength: 8 }), (xss) => {
        const s = sents(['Title', ...xss.map((xs) => xs.join(''))]);
        expect(detectCueLang(s)).toBe(slowLang(s));
        // The letters counted by the same pass as the words, range by range.
        const text = xss.map((xs) => xs.join('')).join(' ');
        const letters = { kana: 0, cyr: 0, ukr: 0, han: 0, hangul: 0, pl: 0 };
        expect(countAllFunctionWords(text, letters)).toEqual(countAllFunctionWords(text));
        expect(letters).toEqual({ kana: n(/[\u3041-\u30ff]/g, text), cyr: n(/[\u0400-\u04ff]/g, text), ukr: n(/[\u0456\u0457\u0454\u0491\u0406\u0407\u0404\u0490]/g, text), han: n(/[\u4e00-\u9fff]/g, text), hangul: n(/[\uac00-\ud7a3]/g, text), pl: n(/[ąęćłśźżĄĘĆŁŚŹŻ]/g, text) });
      }),
      { numRuns: 3_000 },
    );
  });
});
