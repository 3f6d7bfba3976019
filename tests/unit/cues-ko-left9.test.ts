/**
 * left9: Korean cues (cues-ko.ts): "X에 따르면", a topic before "…라고 밝혔다", the speaker after the quote, relays by
 * "X 보도에 따르면", hedges; the language told by its Hangul. Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { findHedges } from '../../src/core/hedges';
import { detectCueLang } from '../../src/core/cue-lang';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';

const db = bundledDirectory();
const FILL = ['폭우가 그친 뒤 도심 곳곳에서 도로가 침수돼 관계 기관이 밤새 배수 작업을 벌였고 시민들은 출근길에 큰 불편을 겪었다.', '현재 대부분 도로는 통행이 재개됐지만 일부 구간은 여전히 통제되고 있다.'];
const page = (ts: string[]): Sentence[] => [...FILL, ...ts].map((text, i) => ({ text, block: i, blockKind: 'paragraph' as const }));
const attr = (ts: string[]) => findAttributions(page(ts), { db, acronyms: [], publisher: null }).map((a) => [a.source, a.sourceKind, a.cue, a.via]);
const hedges = (ts: string[]) => findHedges(page(ts)).map((h) => [h.cue, h.kind]);

describe('Korean (cues-ko.ts, left9)', () => {
  it('tells a Korean page by its Hangul', () => {
    expect(detectCueLang(page([]))).toBe('ko');
  });
  it('reads "에 따르면", a topic before "…라고 밝혔다" and a speaker after the quote', () => {
    expect(
      attr([
        '금융감독원에 따르면 피해 고객은 3천 명을 넘는 것으로 집계됐다.',
        '행정안전부는 11일 "모든 지자체에 긴급 점검을 지시했다"고 밝혔다.',
        '"공격 경로는 아직 확인 중"이라고 한 통신사 관계자는 전했다.',
      ]),
    ).toEqual([
      ['금융감독원', 'government', '에 따르면', null],
      ['행정안전부', 'government', '밝혔다', null],
      ['한 통신사 관계자', 'anonymous', '전했다', null],
    ]);
  });
  it('an outlet\'s report relays the sources of its sentence', () => {
    const r = attr(['한겨레신문 보도에 따르면 검찰은 "해킹 조직의 자금 흐름을 추적하고 있다"고 말했다.']);
    expect(r).toEqual([
      ['한겨레신문', 'outlet', '에 따르면', null],
      ['검찰', 'government', '말했다', 0],
    ]);
  });
  it('names nobody for a pronoun subject, a quote with no speech verb after it, or a word inside the quote', () => {
    expect(attr(['그는 "복구에 사흘이 걸릴 것"이라고 말했다.', '주민들은 "물이 끊겼다"며 불만을 터뜨렸다.'])).toEqual([]);
  });
  it('finds hedges, a longer cue once', () => {
    expect(hedges(['해커는 내부 계정을 도용한 것으로 전해졌다.', '추가 유출 가능성이 높다.'])).toEqual([
      ['것으로 전해졌다', 'hedge'],
      ['가능성이 높다', 'estimative'],
    ]);
    expect(hedges(['시스템은 오늘 오후 정상화됐다.'])).toEqual([]);
  });
});
