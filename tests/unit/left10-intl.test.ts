import { describe, expect, it } from 'vitest';
import { findIntlAttributions, type PageLang } from '../../src/core/cues-intl';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// left10: the leftovers of blind9 and intl9 in other languages. Every sentence is our own.
const db = bundledDirectory();
const sents = (text: string) => splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
const names = (lang: PageLang, text: string) => findIntlAttributions(sents(text), lang, { db, publisher: null }).map((a) => a.source);

describe('a role and its field before a name (left10)', () => {
  it('"de acordo com o especialista em segurança Marcos Lima": the named expert, not "especialista"', () => {
    expect(names('pt', 'De acordo com o especialista em segurança Marcos Lima, da empresa Pontal Labs, o ataque explorou uma falha antiga.')).toEqual(['Marcos Lima']);
  });
  it('without a name the role stays; a named body keeps its whole name', () => {
    expect(names('pt', 'Segundo o especialista em segurança, o grupo pediu resgate.')).toEqual(['especialista']);
    expect(names('pt', 'De acordo com a Polícia Civil de Minas Gerais, o grupo pediu resgate.')).toEqual(['Polícia Civil de Minas Gerais']);
  });
});

describe('Korean references back (left10)', () => {
  it('"그는" after a person named as a topic speaks for that person; "이 관계자는" is the official before', () => {
    const page = '보안업체 누리랩의 최유진 연구원은 이 조직을 2년 동안 추적해 왔다. 그는 "같은 서버가 다시 쓰였다"고 말했다.';
    expect(findIntlAttributions(sents(page), 'ko', { db, publisher: null }).map((a) => [a.source, a.sourceKind])).toEqual([['최유진 연구원', 'researcher']]);
    expect(names('ko', '검찰 관계자는 "수사 중"이라고 밝혔다. 이 관계자는 "추가 피해는 없다"고 덧붙였다.')).toEqual(['검찰 관계자']);
  });
  it('a pronoun with nobody named before, or a body named before, names nobody', () => {
    expect(names('ko', '그는 "공격이 계속된다"고 말했다.')).toEqual([]);
    expect(names('ko', '정부는 새 지침을 내놨다. 그는 "대응이 늦었다"고 말했다.')).toEqual([]);
  });
  it('a name with a role is a person, not a body ending in 원', () => {
    expect(findIntlAttributions(sents('한국인터넷진흥원은 "점검을 강화한다"고 밝혔다.'), 'ko', { db, publisher: null })[0]?.sourceKind).toBe('government');
  });
});

describe('Russian self-named group (left10)', () => {
  it('"Группировка, называющая себя «X», заявила": X speaks, an unnamed body', () => {
    const got = findIntlAttributions(sents('Группировка, называющая себя «Серый шторм», заявила, что похитила данные клиентов.'), 'ru', { db, publisher: null });
    expect(got.map((a) => [a.source, a.sourceKind])).toEqual([['Серый шторм', 'unspecified']]);
    expect(names('ru', 'Хакер, именующий себя «Гидра», сообщил о взломе.')).toEqual(['Гидра']);
  });
  it('calling itself something that is no name ("лидером рынка") gives nothing', () => {
    expect(names('ru', 'Компания, называющая себя лидером рынка, заявила о росте.')).toEqual([]);
  });
});

describe('Traditional Chinese titles (left10)', () => {
  it('"曜石資安的分析師陳怡君指出": the person after the title', () => {
    expect(names('zh', '資安業者曜石資安的分析師陳怡君指出，攻擊手法與去年相似。')).toEqual(['陳怡君']);
  });
});
