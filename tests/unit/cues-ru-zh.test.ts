/**
 * intl8: Russian and Chinese (Simplified) cues, hedges and language detection
 * (src/core/cues-ru.ts, cues-zh.ts, cue-lang.ts). Our own sentences, with
 * negatives: "по словам" that names nobody, "возможно" as an adjective,
 * 可能 inside 不可能 / 尽可能, 称 inside 被称为, pronoun subjects.
 */
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/core/attribution';
import { findHedges } from '../../src/core/hedges';
import { detectCueLang } from '../../src/core/cue-lang';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/core/index';

const db = bundledDirectory();
/** A page of sentences: the language test needs a sample, so a few neutral sentences of the language come first. */
const page = (filler: string[], ts: string[]): Sentence[] => [...filler, ...ts].map((text, i) => ({ text, block: i, blockKind: 'paragraph' as const }));
const RU_FILL = [
  'Атака на серверы городской администрации продолжалась несколько дней, и сотрудники работали в ручном режиме.',
  'Системы были восстановлены из резервных копий, однако часть документов пока недоступна для граждан.',
];
const ZH_FILL = ['该事件发生后，相关单位立即启动了应急预案，并对受影响的系统进行了隔离和排查工作。', '目前，部分业务已经恢复正常运行，其余系统仍在逐步恢复之中。'];
const attr = (fill: string[], ts: string[]) => findAttributions(page(fill, ts), { db, acronyms: [], publisher: null }).map((a) => [a.cue, a.source, a.sourceKind, a.label?.id ?? null]);
const hedges = (fill: string[], ts: string[]) => findHedges(page(fill, ts)).map((h) => [h.cue, h.kind]);

describe('language detection (cue-lang.ts)', () => {
  it('tells Russian and Chinese pages by their script, and leaves English, Japanese and Ukrainian ones alone', () => {
    expect(detectCueLang(page(RU_FILL, []))).toBe('ru');
    expect(detectCueLang(page(ZH_FILL, []))).toBe('zh');
    expect(detectCueLang(page(['サイバー攻撃を受けたと発表した。同社によると、顧客の情報が流出した可能性があるという。詳しい被害の状況は現在も調査中であり、関係機関と連携して対応を進めている。'], []))).toBe('ja');
    expect(detectCueLang(page(['The agency said the attackers used a flaw in the software, according to a statement that was published on Monday by the ministry.', 'Officials quoted the phrase «по словам экспертов» in the report.'], []))).toBe('en');
    // Ukrainian: і, ї, є are not Russian letters; the Russian cues would misread it.
    expect(detectCueLang(page(['Кібератака на сервери міської ради тривала кілька днів, і працівники були змушені перейти на паперові документи.', 'Системи відновлено з резервних копій, проте частина сервісів досі недоступна.'], []))).not.toBe('ru');
  });
});

describe('Russian cues (cues-ru.ts)', () => {
  it('reads reporting phrases, speech verbs in both orders and "В ФСБ заявили"', () => {
    expect(
      attr(RU_FILL, [
        'По словам официального представителя МИД России Марии Захаровой, хакерская атака была спланирована за рубежом.',
        'Как сообщил ТАСС, злоумышленники получили доступ к серверам ведомства в ночь на вторник.',
        'В ФСБ заявили, что вредоносная программа распространялась через поддельные обновления.',
        'Об этом сообщает РИА Новости со ссылкой на источник в правоохранительных органах.',
        '«Мы фиксируем рост атак на государственные сайты», — отметил глава НКЦКИ Иван Петров.',
        'По данным компании Positive Technologies, число атак выросло вдвое.',
        'Эксперты «Лаборатории Касперского» рассказали, что шифровальщик использует уязвимость в почтовом сервере.',
      ]),
    ).toEqual([
      ['По словам', 'Мария Захарова', 'government', 'ru-mfa'],
      ['Как сообщил', 'ТАСС', 'outlet', 'ru-tass'],
      ['заявили', 'ФСБ', 'government', 'ru-fsb'],
      ['со ссылкой на', 'источник', 'anonymous', null],
      ['сообщает', 'РИА Новости', 'outlet', 'ru-ria'],
      ['отметил', 'Иван Петров', 'government', null],
      ['По данным', 'компания Positive Technologies', 'company', 'ru-pt'],
      ['рассказали', 'Эксперты Лаборатории Касперского', 'company', null],
    ]);
  });

  it('gives a common-noun subject no company or government kind it does not name', () => {
    expect(attr(RU_FILL, ['Самые популярные блогеры рассказали о новых рецептах.'])).toEqual([['рассказали', 'Самые популярные блогеры', 'unspecified', null]]);
  });

  it('names nobody for "по словам" that is not a reporting phrase, or for a pronoun subject', () => {
    expect(
      attr(RU_FILL, [
        'Функция поиска по словам и фразам работает только при включённом индексировании.',
        'Он заявил о готовности продолжить работу.',
        'Они сообщили о сбое в работе системы.',
      ]),
    ).toEqual([]);
  });

  it('finds hedges, and "возможно" only as a parenthetical word', () => {
    expect(
      hedges(RU_FILL, [
        'В ФСБ заявили, что вредоносная программа якобы распространялась через поддельные обновления.',
        'Возможно, за взломом стоит группировка, связанная с иностранными спецслужбами.',
        'Шифровальщик предположительно использует уязвимость в почтовом сервере.',
        'По неподтверждённым данным, утечка затронула данные миллионов клиентов.',
      ]),
    ).toEqual([
      ['якобы', 'hedge'],
      ['возможно', 'estimative'],
      ['предположительно', 'hedge'],
      ['по неподтверждённым данным', 'hedge'],
    ]);
    expect(hedges(RU_FILL, ['Восстановление данных возможно только из резервной копии.', 'Это вполне возможно сделать за один день.'])).toEqual([]);
  });
});

describe('Chinese cues (cues-zh.ts)', () => {
  it('reads 据X报道 / 据X消息, a subject before 表示 / 称 / 指出, and X在声明中称', () => {
    expect(
      attr(ZH_FILL, [
        '据新华社报道，国家计算机病毒应急处理中心11日发布报告称，境外黑客组织对国内多家机构发动了网络攻击。',
        '外交部发言人汪文斌在例行记者会上表示，中方坚决反对任何形式的网络攻击。',
        '奇安信公司在声明中称，该恶意软件通过钓鱼邮件传播。',
        '专家指出，这类攻击需要长期准备。',
        '该市有关部门表示，已切断受影响系统与外网的连接。',
        '据环球时报消息，参与攻击的人员已被警方控制。',
      ]),
    ).toEqual([
      ['据…报道', '新华社', 'outlet', 'cn-xinhua'],
      ['称', '国家计算机病毒应急处理中心', 'government', null],
      ['表示', '汪文斌', 'government', 'cn-mfa'],
      ['在声明中称', '奇安信公司', 'company', 'cn-qianxin'],
      ['指出', '专家', 'unspecified', null],
      ['表示', '该市有关部门', 'government', null],
      ['据…消息', '环球时报', 'outlet', 'cn-globaltimes'],
    ]);
  });

  it('names nobody for 被称为, 据称 / 据悉 without a source, or a pronoun subject', () => {
    expect(attr(ZH_FILL, ['这款软件被称为国内最受欢迎的办公工具之一。', '据称，攻击者来自境外。', '据悉，系统已经恢复。', '他表示同意。', '我们指出了问题。'])).toEqual([]);
  });

  it('finds hedges, but not 可能 in 不可能 or 尽可能', () => {
    expect(
      hedges(ZH_FILL, ['据悉，涉事服务器可能已被植入后门程序。', '该恶意软件疑似通过钓鱼邮件传播。', '涉嫌参与攻击的人员已被控制。', '据称，攻击者来自境外。']),
    ).toEqual([
      ['据悉', 'hedge'],
      ['可能', 'estimative'],
      ['疑似', 'hedge'],
      ['涉嫌', 'hedge'],
      ['据称', 'hedge'],
    ]);
    expect(hedges(ZH_FILL, ['这类攻击不可能在短时间内完成。', '用户应尽可能加强防护。'])).toEqual([]);
  });
});

describe('Russian and Chinese disclaimers (disclaimers.ts)', () => {
  const story = (lang: string, ps: string[]) =>
    `<!doctype html><html lang="${lang}"><head><title>t</title><meta property="og:type" content="article"></head><body><article><h1>${lang === 'ru' ? 'Кибератака на городские службы' : '城市服务系统遭网络攻击'}</h1>${ps.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const kinds = (lang: string, ps: string[]) =>
    analyze(parseHTML(story(lang, ps)).document as unknown as Document, { force: true, url: 'https://news.example/a' })
      .disclaimers.map((d) => d.kind)
      .sort();

  it('reads the text\'s own notes: opinion, liability, advertising, reprints, corrections, AI assistance', () => {
    expect(kinds('ru', [...RU_FILL, 'Мнение автора может не совпадать с позицией редакции.', 'На правах рекламы.', 'Материал впервые опубликован на сайте партнёра.'])).toEqual(['opinion', 'sponsored', 'syndicated']);
    expect(kinds('ru', [...RU_FILL, 'Редакция не несёт ответственности за содержание рекламных материалов.', 'Эта статья была исправлена.', 'Статья написана с помощью искусственного интеллекта.'])).toEqual(['ai_generated', 'correction', 'liability']);
    expect(kinds('zh', [...ZH_FILL, '本文仅代表作者个人观点，不代表本站立场。', '本文由某科技公司赞助。', '本文转载自安全日报。'])).toEqual(['opinion', 'sponsored', 'syndicated']);
    expect(kinds('zh', [...ZH_FILL, '本文不构成投资建议。', '本文已更正。', '本文由人工智能工具生成。'])).toEqual(['ai_generated', 'correction', 'liability']);
  });

  it('does not read story sentences with the same words as notes', () => {
    expect(kinds('ru', [...RU_FILL, 'Ответственность за атаку взяла на себя хакерская группировка.', 'Компания опубликовала отчёт на своём сайте.', 'Мнение экспертов о причинах сбоя разделилось.'])).toEqual([]);
    expect(kinds('zh', [...ZH_FILL, '警方表示将依法追究相关人员的法律责任。', '该公司在官网发布了更新后的安全公告。', '专家代表团访问了受影响的单位。'])).toEqual([]);
  });
});
