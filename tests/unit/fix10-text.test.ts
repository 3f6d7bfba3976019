/**
 * blind10: text fixes from the tenth held-out set — a Traditional Chinese denial and an official who would not be
 * named, Korean estimates conjugated before a verb, a Korean outlet's report as secondary reporting, an outlet named
 * "… Desk", "what purport to be", the NIS by its Korean name. Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { findHedges } from '../../src/core/hedges';
import { kindOf } from '../../src/core/source-kind';
import { secondaryReporting } from '../../src/core/notes/secondary-reporting';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';
import { att, report } from './helpers/hand-built';

const db = bundledDirectory();
const page = (fill: string[], ts: string[]): Sentence[] => [...fill, ...ts].map((text, i) => ({ text, block: i, blockKind: 'paragraph' as const }));
const ZH = ['颱風過後，市區多處道路積水，相關單位連夜抽水，民眾上班通勤大受影響。', '目前大部分道路已恢復通行，但部分路段仍實施管制。'];
const KO = ['폭우가 그친 뒤 도심 곳곳에서 도로가 침수돼 관계 기관이 밤새 배수 작업을 벌였고 시민들은 출근길에 큰 불편을 겪었다.', '현재 대부분 도로는 통행이 재개됐지만 일부 구간은 여전히 통제되고 있다.'];
const zhAttr = (ts: string[]) => findAttributions(page(ZH, ts), { db, acronyms: [], publisher: null }).map((a) => [a.source, a.sourceKind]);
const koAttr = (ts: string[]) => findAttributions(page(KO, ts), { db, acronyms: [], publisher: null });
const koHedges = (ts: string[]) => findHedges(page(KO, ts)).map((h) => h.cue);
const enHedges = (ts: string[]) => findHedges(page([], ts)).map((h) => h.cue);

describe('Traditional Chinese (blind10)', () => {
  it('reads a denial and an official who would not be named', () => {
    expect(zhAttr(['對此，外交部發言人林佳慧在記者會上否認相關說法。'])).toEqual([['林佳慧', 'government']]);
    expect(zhAttr(['一名不願具名的市府官員透露，系統已停機兩天。'])).toEqual([['一名不願具名的市府官員', 'anonymous']]);
  });
  it('leaves a denial with no speaker and a named official alone', () => {
    expect(zhAttr(['這項說法遭到否認。'])).toEqual([]);
    const named = zhAttr(['市府發言人王大明透露，系統已停機兩天。']);
    expect(named.map((a) => a[0])).toEqual(['王大明']);
    expect(named[0]![1]).not.toBe('anonymous');
  });
});

describe('Korean (blind10)', () => {
  it('reads an estimate conjugated before a verb as one cue', () => {
    expect(koHedges(['연구원은 "동일 조직의 소행일 가능성이 높아 보인다"고 말했다.'])).toEqual(['가능성이 높아']);
    expect(koHedges(['피해가 더 커질 가능성이 큰 것으로 전해졌다.'])).toEqual(['것으로 전해졌다', '가능성이 큰']);
    expect(koHedges(['가능성을 배제할 수 없다고 말했다.'])).toEqual(['가능성']);
  });
  it("labels the NIS by its Korean name and reads a Korean outlet's report as secondary reporting", () => {
    const r = koAttr(['국가정보원은 20일 "북한 해킹조직이 메일 서버에 접근했다"고 밝혔다.', '연합뉴스에 따르면 피해 업체들은 통보를 받고 나서야 침해 사실을 인지했다.']);
    expect(r[0]!.label?.affiliation).toBe('government');
    expect(secondaryReporting.apply(report({ attributions: r }))?.id).toBe('secondary-reporting');
    // An outlet quoted for something else than a report ("연합뉴스는 … 설명했다" is not in the list): no note.
    expect(secondaryReporting.apply(report({ attributions: [att('연합뉴스', 'outlet', { cue: '설명했다', sentence: '연합뉴스는 새 사옥을 공개했다고 설명했다.' })] }))).toBeNull();
  });
});

describe('English (blind10)', () => {
  it('an outlet named "… Desk" is an outlet', () => {
    expect(kindOf('The Breach Desk', null, db)).toBe('outlet');
    expect(kindOf('Breach Desk', null, db)).toBe('outlet');
    expect(kindOf('Dana Whitlock', null, db)).toBe('person');
  });
  it('"what purport to be" hedges, the purport of a letter does not', () => {
    expect(enHedges(['The post included screenshots of what purport to be invoices.'])).toEqual(['purport']);
    expect(enHedges(['The purport of the letter was that the firm would pay.'])).toEqual([]);
  });
});

describe('Polish (blind10)', () => {
  const PL = ['Po ulewie wiele ulic w centrum miasta zostało zalanych, a służby pracowały przez całą noc.', 'Większość dróg jest już przejezdna, ale część odcinków nadal pozostaje zamknięta.'];
  const plAttr = (ts: string[]) => findAttributions(page(PL, ts), { db, acronyms: [], publisher: null }).map((a) => a.source);
  it('a negation before the verb is not part of the subject', () => {
    expect(plAttr(['Spółka Medivox nie potwierdziła, czy otrzymała żądanie okupu.'])).toEqual(['Spółka Medivox']);
    expect(plAttr(['Policja również poinformowała, że zatrzymano dwie osoby.'])).toEqual(['Policja']);
  });
  it('keeps a subject that ends in an ordinary word', () => {
    expect(plAttr(['Rzecznik Urzędu Ochrony Danych Osobowych przekazał, że wszczęto postępowanie.'])).toEqual(['Rzecznik Urzędu Ochrony Danych Osobowych']);
  });
});

describe('a body named in commas after a description (blind10)', () => {
  const en = (ts: string[]) => findAttributions(page([], ts), { db, acronyms: [], publisher: null }).map((a) => a.source);
  it('after a partitive, "the X exchange" names the body; after a description by what it took part in, the name does', () => {
    expect(en(['One of the victims, the Harlow exchange, said in a blog post that its wallet was drained.'])).toEqual(['Harlow exchange']);
    expect(en(['The carrier involved in the Harlow case, Tidewater Mobile, said in a statement that staff had been retrained.'])).toEqual(['Tidewater Mobile']);
  });
  it('leaves a described place or time alone', () => {
    expect(en(['One of the victims, the Harlow family, said they had lost their savings.'])).not.toContain('Harlow family');
    expect(en(['The day involved in the Harlow case, Monday, was chaotic.'])).toEqual([]);
  });
});
