import { describe, expect, it } from 'vitest';
import { classifyIntlDisclaimer } from '../../src/core/disclaimers-intl';
import { findDisclaimers } from '../../src/core/disclaimers';
import { registerIntlCues, intlCues } from '../../src/core/intl-cues';
import { bodyOf } from './helpers/hand-built';
import '../../src/core/intl';

// left10: publisher's notes in Traditional Chinese, Korean and Polish (disclaimers-intl.ts). Every line is our own.
const kinds = (t: string) => classifyIntlDisclaimer(t).map((d) => d.kind);

describe('Traditional Chinese notes', () => {
  it('each kind of the contract', () => {
    expect(kinds('本文僅代表作者個人觀點，不代表本刊立場。')).toEqual(['opinion']);
    expect(kinds('以上內容僅供參考，不構成任何投資建議。')).toEqual(['liability']);
    expect(kinds('本文由雲端科技贊助。')).toEqual(['sponsored']);
    expect(kinds('本文由人工智慧工具輔助撰寫，經編輯審閱。')).toEqual(['ai_generated']);
    expect(kinds('本文轉載自《北城晚報》。')).toEqual(['syndicated']);
    expect(kinds('勘誤：本文先前誤植日期。')).toEqual(['correction']);
  });
  it('a source taking responsibility, or reporting sponsorship, is no note', () => {
    expect(kinds('醫院表示，將負起全部責任。')).toEqual([]);
    expect(kinds('該活動由市政府主辦。')).toEqual([]);
  });
});

describe('Korean notes', () => {
  it('each kind of the contract', () => {
    expect(kinds('이 칼럼은 필자 개인의 의견이며 본지의 편집 방향과 다를 수 있습니다.')).toEqual(['opinion']);
    expect(kinds('본지는 이 정보의 정확성에 대해 책임을 지지 않습니다.')).toEqual(['liability']);
    expect(kinds('이 기사는 누리재단의 후원을 받아 작성되었습니다.')).toEqual(['sponsored']);
    expect(kinds('이 기사는 AI의 도움을 받아 작성되었습니다.')).toEqual(['ai_generated']);
    expect(kinds('이 기사는 주간보안에 먼저 게재된 기사입니다.')).toEqual(['syndicated']);
    expect(kinds('바로잡습니다: 앞선 기사의 피해 건수를 고쳤습니다.')).toEqual(['correction']);
  });
  it('a source disclaiming responsibility is no note', () => {
    expect(kinds('경찰은 병원 측이 책임을 지지 않는다고 밝혔다.')).toEqual([]);
    expect(kinds('회사는 AI를 활용한 보안 제품을 출시했다.')).toEqual([]);
  });
});

describe('Polish notes', () => {
  it('each kind of the contract', () => {
    expect(kinds('Felieton wyraża wyłącznie opinie autora.')).toEqual(['opinion']);
    expect(kinds('Redakcja nie ponosi odpowiedzialności za skutki decyzji podjętych na podstawie tekstu.')).toEqual(['liability']);
    expect(kinds('Materiał sponsorowany')).toEqual(['sponsored']);
    expect(kinds('Tekst został przygotowany z pomocą sztucznej inteligencji.')).toEqual(['ai_generated']);
    expect(kinds('Artykuł ukazał się pierwotnie w Kurierze Mazurskim.')).toEqual(['syndicated']);
    expect(kinds('Artykuł został zaktualizowany o odpowiedź urzędu.')).toEqual(['correction']);
  });
  it("a source's own denial, or news about a sponsor, is no note", () => {
    expect(kinds('Minister powiedział, że nie ponosi odpowiedzialności.')).toEqual([]);
    expect(kinds('Firma została sponsorem klubu piłkarskiego.')).toEqual([]);
  });
});

describe('the notes reach the report only with the intl script', () => {
  const body = bodyOf('<div class="post"><p>경찰은 병원 서버가 해킹됐다고 밝혔다.</p><p>이 기사는 AI의 도움을 받아 작성되었습니다.</p></div>');
  it('read when the intl script is registered', () => {
    expect(findDisclaimers(body, []).map((d) => d.kind)).toEqual(['ai_generated']);
  });
  it('absent without it (an English page never loads them)', () => {
    const saved = intlCues();
    registerIntlCues(null);
    try {
      expect(findDisclaimers(body, []).map((d) => d.kind)).toEqual([]);
    } finally {
      registerIntlCues(saved);
    }
  });
});
