/**
 * blind11: Russian, Japanese and Italian fixes from the eleventh held-out set — a Russian subject before a participle
 * set off by commas, "と X が報じた", the adverb 恐らく, and outlets cited by "по данным", "сообщает", "とXが報じた" and
 * "riferisce" as secondary reporting. Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { findHedges } from '../../src/core/hedges';
import { secondaryReporting } from '../../src/core/notes/secondary-reporting';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';
import { att, report } from './helpers/hand-built';

const db = bundledDirectory();
const page = (fill: string[], ts: string[]): Sentence[] => [...fill, ...ts].map((text, i) => ({ text, block: i, blockKind: 'paragraph' as const }));
const RU = [
  'Атака на серверы городской администрации продолжалась несколько дней, и сотрудники работали в ручном режиме.',
  'Системы были восстановлены из резервных копий, однако часть документов пока недоступна для граждан.',
];
const JA = ['台風の影響で、市内の道路は一時通行止めとなり、多くの人が帰宅できなかった。', '現在、ほとんどの道路は通行できるようになったが、一部では規制が続いている。'];
const attr = (fill: string[], ts: string[]) => findAttributions(page(fill, ts), { db, acronyms: [], publisher: null });
const names = (fill: string[], ts: string[]) => attr(fill, ts).map((a) => [a.source, a.sourceKind]);

describe('Russian: a subject before a participle set off by commas (fix11)', () => {
  it('the subject speaks, not the one told after the verb', () => {
    expect(names(RU, ['Источник, знакомый с ситуацией, рассказал «Вечернему Омску», что атака шла три часа.'])).toEqual([['Источник', 'anonymous']]);
    expect(names(RU, ['Собеседник, пожелавший остаться неизвестным, сообщил, что данные клиентов не пострадали.'])).toEqual([['Собеседник', 'anonymous']]);
  });
  it('an inverted clause after a quote and a plain subject are read as before', () => {
    expect(names(RU, ['«Данные клиентов в безопасности», — заявил Олег Лаптев.'])).toEqual([['Олег Лаптев', 'person']]);
    expect(names(RU, ['Эксперты компании «Щит» рассказали, что атака была слабой.']).map((x) => x[0])).toEqual(['Эксперты компании Щит']);
  });
});

describe('Japanese: と X が報じた and 恐らく (fix11)', () => {
  it('reads the outlet between と and が, and the adverb as estimative', () => {
    const r = attr(JA, ['部品メーカーの工場が一時停止したとNHKが報じた。']);
    expect(r.map((a) => a.source)).toEqual(['NHK']);
    expect(secondaryReporting.apply(report({ attributions: r }))?.id).toBe('secondary-reporting');
    expect(findHedges(page(JA, ['恐らく同じグループの仕業だろう。'])).map((h) => [h.cue, h.kind])).toEqual([['恐らく', 'estimative']]);
  });
  it('leaves a sentence with と and が but no speech verb alone', () => {
    expect(attr(JA, ['山田さんと佐藤さんが会場に着いた。'])).toEqual([]);
  });
});

describe('secondary reporting cued in Russian and Italian (fix11)', () => {
  it('an outlet cited by по данным, сообщает or riferisce is relayed', () => {
    for (const [src, cue] of [['ТАСС', 'По данным'], ['Интерфакс', 'сообщает'], ['ANSA', 'riferisce']]) {
      expect(secondaryReporting.apply(report({ attributions: [att(src!, 'outlet', { cue: cue!, sentence: `${cue} ${src} x.` })] }))?.id, src).toBe('secondary-reporting');
    }
  });
  it('an outlet that only comments is not', () => {
    expect(secondaryReporting.apply(report({ attributions: [att('ANSA', 'outlet', { cue: 'ha spiegato', sentence: "L'ANSA ha spiegato la sua nuova sede." })] }))).toBeNull();
  });
});
