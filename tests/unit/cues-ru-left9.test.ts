/**
 * left9: Russian names in oblique cases to the nominative where a suffix rule is safe, and Russian relays
 * ("со ссылкой на", "как сообщает", "передает") giving `via`. Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';

const db = bundledDirectory();
const FILL = [
  'Сбой в работе городской системы оплаты проезда продолжался несколько часов, и пассажиры не могли купить билеты.',
  'Система была восстановлена к вечеру, однако часть терминалов пока работает в ручном режиме.',
];
const run = (ts: string[]) => findAttributions([...FILL, ...ts].map((text, i): Sentence => ({ text, block: i, blockKind: 'paragraph' })), { db, acronyms: [], publisher: null });
const names = (ts: string[]) => run(ts).map((a) => a.source);

describe('Russian names in oblique cases (cues-ru.ts, left9)', () => {
  it('a person named after "по словам" / "по мнению" / "со ссылкой на" is given in the nominative', () => {
    expect(run(['По словам Сидорова, терминалы были заражены через обновление.']).map((a) => [a.source, a.sourceKind])).toEqual([['Сидоров', 'person']]);
    expect(names(['По словам инженера компании Ирины Волковой, терминалы были заражены через обновление.'])).toEqual(['Ирина Волкова']);
    expect(names(['По мнению аналитика Алексея Громова, атака была целевой.'])).toEqual(['Алексей Громов']);
    expect(names(['По словам директора по безопасности Игоря Вишневского, ущерб пока оценивают.'])).toEqual(['Игорь Вишневский']);
    expect(names(['Об этом сообщил портал со ссылкой на Анну Белову.'])).toContain('Анна Белова');
  });
  it('a source noun opens the phrase in the nominative, and a body the directory knows loses its case ending', () => {
    expect(run(['По словам источника в мэрии, серверы отключили от сети.']).map((a) => [a.source, a.sourceKind])).toEqual([['источник', 'anonymous']]);
    expect(names(['По данным министерства, пострадали три района.'])).toEqual(['министерство']);
    const r = run(['В Роскомнадзоре заявили, что следят за ситуацией.']);
    expect(r.map((a) => [a.source, a.label?.id])).toEqual([['Роскомнадзор', 'ru-rkn']]);
  });
  it('leaves names alone where no rule is safe', () => {
    // A given name with no masculine genitive ending: the phrase stays as written, not a bare surname.
    expect(names(['По словам Никиты Фомина, атака была целевой.'])).toEqual(['Никиты Фомина']);
    // An organisation with an adjective surname-like word, in the genitive and in the nominative.
    expect(names(['По данным Лаборатории Касперского, число атак выросло.'])).toEqual(['Лаборатории Касперского']);
    expect(names(['Специалисты Лаборатории Касперского рассказали о новой атаке.'])).toEqual(['Специалисты Лаборатории Касперского']);
    // A place the directory does not know keeps its case ending.
    expect(names(['В Тихорецке заявили, что следят за ситуацией.'])).toEqual(['Тихорецке']);
  });
});

describe('Russian relays give via (cues-ru.ts, left9)', () => {
  it('"Как сообщает X со ссылкой на Y": Y via X', () => {
    const r = run(['Как сообщает РИА Новости со ссылкой на пресс-службу ведомства, сбой устранён.']);
    expect(r.map((a) => [a.source, a.via])).toEqual([
      ['РИА Новости', null],
      ['пресс-службу ведомства', 0],
    ]);
  });
  it('"…, передает X": the other sources of the sentence via X', () => {
    const r = run(['По словам источника в мэрии, серверы отключили от сети, передает ТАСС.']);
    const tass = r.findIndex((a) => a.label?.id === 'ru-tass');
    expect(tass).toBeGreaterThanOrEqual(0);
    expect(r.find((a) => a.source === 'источник')?.via).toBe(tass);
  });
  it('no outlet, or an outlet only named, relays nobody', () => {
    expect(run(['По словам Сидорова, компания «Термикс» заявила о сбое.']).map((a) => a.via)).toEqual([null, null]);
    expect(run(['Эксперты рассказали, что ТАСС ошибся.']).every((a) => a.via === null)).toBe(true);
  });
});
