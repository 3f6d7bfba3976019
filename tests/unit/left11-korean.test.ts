import { describe, expect, it } from 'vitest';
import { classifyIntlDisclaimer } from '../../src/core/disclaimers-intl';
import { findTerms } from '../../src/core/security-vocabulary';
import { findIntlAttributions } from '../../src/core/cues-intl';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// left11 (intl11): Korean publisher's notes and security words the intl11 pages met on first contact. Our own sentences.
const kinds = (t: string) => classifyIntlDisclaimer(t).map((d) => d.kind);
const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept).sort();

describe('Korean notes (left11)', () => {
  it("liability: the reader's own responsibility, no trading advice, a 면책 head", () => {
    expect(kinds('기사를 근거로 한 투자 판단의 책임은 투자자 본인에게 있습니다.')).toEqual(['liability']);
    expect(kinds('이 글은 특정 종목의 매수를 권하지 않습니다.')).toEqual(['liability']);
    expect(kinds('[면책 조항] 이 글의 정보는 참고용입니다.')).toEqual(['liability']);
  });
  it('a source on responsibility or advice is no note', () => {
    expect(kinds('거래소는 해킹 피해의 책임은 회사에 있다고 밝혔다.')).toEqual([]);
    expect(kinds('애널리스트는 "지금은 투자를 권하지 않습니다"라고 말했다.')).toEqual([]);
  });
  it('correction: a [정정] head, or the paper fixing its own text politely', () => {
    expect(kinds('[정정] 지난 기사의 피해 규모를 잘못 적었습니다.')).toEqual(['correction']);
    expect(kinds('본지는 앞선 보도에서 날짜를 잘못 적어 이를 정정합니다.')).toEqual(['correction']);
    expect(kinds('확인 결과 사실과 달라 해당 부분을 고쳤습니다.')).toEqual(['correction']);
  });
  it("a vendor's fixed bug or a court's 정정 is no correction", () => {
    expect(kinds('제조사는 취약점을 확인하고 이를 수정했다.')).toEqual([]);
    expect(kinds('회사 측은 "문제를 확인해 이를 수정했습니다"라고 말했다.')).toEqual([]);
    expect(kinds('법원은 판결문의 오기를 정정했다.')).toEqual([]);
  });
  it('sponsored: support as the means of making the piece', () => {
    expect(kinds('이 기사는 세이프링크의 지원으로 제작된 기획 기사입니다.')).toEqual(['sponsored']);
    expect(kinds('이 콘텐츠는 보안협회의 후원으로 작성됐습니다.')).toEqual(['sponsored']);
  });
  it('a product made with public support is not sponsored content', () => {
    expect(kinds('이 솔루션은 정부 지원으로 제작된 장비에 탑재된다.')).toEqual([]);
  });
  it('AI: the AI wrote the draft or the article', () => {
    expect(kinds('이 기사는 생성형 AI가 초안을 작성하고 기자가 검토했습니다.')).toEqual(['ai_generated']);
    expect(kinds('인공지능으로 기사 초안을 생성한 뒤 편집자가 고쳤습니다.')).toEqual(['ai_generated']);
  });
  it("an attacker's AI tool is no AI note", () => {
    expect(kinds('공격자들은 AI로 피싱 메일을 작성했다.')).toEqual([]);
    expect(kinds('해커가 AI를 활용해 악성코드를 생성한 것으로 보인다.')).toEqual([]);
  });
});

describe('Korean security words (left11)', () => {
  it('smishing, malicious apps, social engineering and stolen assets', () => {
    expect(strong('택배를 사칭한 스미싱 문자가 늘었다.')).toEqual(['phishing']);
    expect(strong('문자 속 링크는 악성 앱 설치를 유도한다.')).toEqual(['malware']);
    expect(strong('관리자 계정이 사회공학 기법에 뚫렸다.')).toEqual(['phishing']);
    expect(strong('해커들이 고객 자산을 탈취했다.')).toEqual(['breach', 'hacking']);
  });
  it('ordinary Korean text has none', () => {
    expect(strong('시의회는 내년 예산안을 통과시켰다.')).toEqual([]);
    expect(strong('새로 나온 앱은 사진 편집 기능을 갖췄다.')).toEqual([]);
  });
});

describe('Korean attributions (left11)', () => {
  const db = bundledDirectory();
  const sents = (text: string) => splitSentences([{ kind: 'paragraph' as const, text, links: [] }]);
  const got = (text: string) => findIntlAttributions(sents(text), 'ko', { db, publisher: null }).map((a) => [a.source, a.sourceKind]);
  it('"…고 분석했다" is a statement of the analysing team', () => {
    expect(got('누리보안 분석팀은 보고서에서 "공격 도구가 바뀌었다"고 분석했다.')).toEqual([['누리보안 분석팀', 'company']]);
  });
  it('a compound research role after a name is a researcher, not a body ending in 원', () => {
    expect(got('분석업체 노을랩의 김하진 책임연구원은 "서버가 같다"고 말했다.')).toEqual([['김하진 책임연구원', 'researcher']]);
    expect(got('국가보안기술연구원은 "서버가 같다"고 말했다.')).toEqual([['국가보안기술연구원', 'government']]);
  });
});
