/**
 * left12: leftovers of blind10 and blind11 outside English attribution proper — a refusal to confirm is no hedge, local
 * officials by title are government voices, a state's embassy anywhere gets its government's label, and a Russian
 * body named in the prepositional ("В Центральном банке заявили") is given in the nominative. Our own sentences,
 * with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { findHedges } from '../../src/core/hedges';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';

const db = bundledDirectory();
const sents = (paras: string[]) => splitSentences(paras.map((text) => ({ kind: 'paragraph' as const, text, links: [] })));
const attrs = (...paras: string[]) => findAttributions(sents(paras), { db, acronyms: [], publisher: null });
const hedges = (...paras: string[]) => findHedges(sents(paras)).map((h) => h.cue);
const RU = [
  'Атака на серверы городской администрации продолжалась несколько дней, и сотрудники работали в ручном режиме.',
  'Системы были восстановлены из резервных копий, однако часть документов пока недоступна для граждан.',
];
const ru = (t: string) => findAttributions([...RU, t].map((text, i): Sentence => ({ text, block: i, blockKind: 'paragraph' })), { db, acronyms: [], publisher: null }).filter((a) => a.sentence === t);

describe('a refusal to confirm (left12)', () => {
  it('"would not confirm", "will not confirm": the source\'s act, no hedge of the article', () => {
    expect(hedges('The utility would not confirm that.')).toEqual([]);
    expect(hedges('The city will not confirm the figure.')).toEqual([]);
  });
  it('an inability to confirm and a claim not yet confirmed stay hedges', () => {
    expect(hedges('We could not confirm that.')).toEqual(['not confirm']);
    expect(hedges('The claim has not been verified.')).toEqual(['not been verified']);
    expect(hedges('The figure would not be confirmed until Monday.')).toEqual(['not be confirmed']);
  });
});

describe('local officials by title (left12)', () => {
  it('a city manager, an alderman, a councillor speak for their government', () => {
    expect(attrs('City Manager Teresa Vane said the systems were offline.').map((a) => a.sourceKind)).toEqual(['government']);
    expect(attrs('"We were not told," said Alderman Pete Gorsk.').map((a) => a.sourceKind)).toEqual(['government']);
    expect(attrs('Councillor Mark Ebb said the council would review its contracts.').map((a) => a.sourceKind)).toEqual(['government']);
  });
  it('a manager of a company is no government voice', () => {
    expect(attrs('General Manager Teresa Vane said the systems were offline.').map((a) => a.sourceKind)).not.toContain('government');
  });
});

describe("a state's embassy (left12)", () => {
  it("\"China's embassy in Stockholm\", \"the Russian embassy\": the state's government row labels it", () => {
    const cn = attrs("China's embassy in Stockholm rejected the accusation as groundless.");
    expect(cn.map((a) => [a.source, a.label?.id])).toEqual([["China's embassy", 'cn-government']]);
    expect(attrs('The Russian embassy said the claims were false.').map((a) => a.label?.id)).toEqual(['ru-government']);
  });
  it('a state with no government row, or no state, gives no label', () => {
    expect(attrs('The Danish embassy said the claims were false.').map((a) => a.label)).toEqual([null]);
    expect(attrs('The embassy said the claims were false.').map((a) => a.label)).toEqual([null]);
  });
});

describe('Russian: a body in the prepositional after "В" (left12)', () => {
  it('adjectives and noun go to the nominative; the directory labels the result', () => {
    const cb = ru('В Центральном банке заявили, что знают об инциденте и что платёжные системы работали штатно.');
    expect(cb.map((a) => [a.source, a.label?.affiliation ?? null])).toEqual([['Центральный банк', 'government']]);
    expect(ru('В Главном управлении сообщили, что атака была отражена вчера вечером.').map((a) => a.source)).toEqual(['Главное управление']);
    expect(ru('В Федеральной службе заявили, что хакеры не получили доступа к данным.').map((a) => a.source)).toEqual(['Федеральная служба']);
  });
  it('a one-word body and a noun with a genitive after it keep the earlier readings', () => {
    expect(ru('В Роскомнадзоре заявили, что сайт заблокирован по решению суда.').map((a) => a.source)).toEqual(['Роскомнадзор']);
    expect(ru('В Министерстве цифрового развития сообщили, что сбой устранён.').map((a) => a.source)).toEqual(['Министерстве цифрового развития']);
  });
});

describe('Japanese: an interview answered under a surname label (left12)', () => {
  const intro = '台風で工場が止まった。インシデント対応を手がけるアオバ技研の主任研究員、田村浩二氏に聞いた。';
  const page = (...ps: string[]) => findAttributions(ps.map((text, i): Sentence => ({ text, block: i, blockKind: 'paragraph' })), { db, acronyms: [], publisher: null });
  it('"田村氏　…" answers are the interviewee\'s, named in full from the introduction', () => {
    const got = page(intro, '――被害はどのように起きたのですか。', '田村氏　保守が切れたVPN機器が悪用されました。', '――今すぐできることは。', '田村氏　バックアップを切り離して保管することです。');
    expect(got.map((a) => [a.source, a.sourceKind, a.cue])).toEqual([['田村浩二', 'person', '氏']]);
  });
  it('a label that opens one paragraph only, or a name in running text, is no answer label', () => {
    expect(page(intro, '――被害は。', '田村氏　VPN機器が悪用されました。', '工場は翌週に再開した。').map((a) => a.source)).toEqual([]);
    expect(page('工場は翌週に再開した。', '田村氏は会見に出席した。', '田村氏は翌日も出席した。').map((a) => a.source)).toEqual([]);
  });
});
