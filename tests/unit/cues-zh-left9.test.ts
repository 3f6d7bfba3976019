/**
 * left9: Traditional Chinese cues (read through a one-to-one fold into the Simplified tables), the person after a
 * title, "援引" (citing), relays by "据…报道", and 很可能. Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { findHedges } from '../../src/core/hedges';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';

const db = bundledDirectory();
const HANT = ['颱風過後，市區多處停電，相關單位立即啟動應變機制，並派員前往受影響的地區進行搶修。', '目前，大部分地區已經恢復供電，其餘地區仍在逐步恢復之中。'];
const HANS = ['台风过后，市区多处停电，相关单位立即启动应急机制，并派员前往受影响的地区进行抢修。', '目前，大部分地区已经恢复供电，其余地区仍在逐步恢复之中。'];
const page = (fill: string[], ts: string[]): Sentence[] => [...fill, ...ts].map((text, i) => ({ text, block: i, blockKind: 'paragraph' as const }));
const attr = (fill: string[], ts: string[]) => findAttributions(page(fill, ts), { db, acronyms: [], publisher: null }).map((a) => [a.source, a.sourceKind, a.cue, a.via]);
const hedges = (fill: string[], ts: string[]) => findHedges(page(fill, ts)).map((h) => h.cue);

describe('Traditional Chinese cues (cues-zh.ts, left9)', () => {
  it('reads 據…報導, 表示, 稱, 指出, 聲明 and 消息人士 as written, with the relay', () => {
    expect(
      attr(HANT, [
        '據聯合報報導，調查局表示，入侵者利用了一個尚未修補的漏洞。',
        '經濟部在聲明中稱，受影響的系統已經全部下線。',
        '業內人士透露，駭客曾在論壇上兜售相關資料。',
      ]),
    ).toEqual([
      ['聯合報', 'outlet', '據…報導', null],
      ['調查局', 'government', '表示', 0],
      ['經濟部', 'government', '在聲明中稱', null],
      ['業內人士', 'anonymous', '透露', null],
    ]);
  });
  it('finds Traditional hedges as written', () => {
    expect(hedges(HANT, ['據稱駭客已取得管理員權限，但這一說法未經證實。', '攻擊者疑似來自境外。'])).toEqual(['據稱', '未經證實', '疑似']);
  });
  it('names nobody for 稱為 ("is called"), 未經證實 ("unconfirmed") or a negated subject', () => {
    expect(attr(HANT, ['這次攻擊被稱為近年最嚴重的事件。', '此說法未經證實。'])).toEqual([]);
    expect(attr(HANS, ['截至发稿时，尚无组织宣称对此次攻击负责。'])).toEqual([]);
  });
});

describe('Chinese titles, citing and 很可能 (cues-zh.ts, left9)', () => {
  it('the person after a title speaks; the whole phrase still gives the label', () => {
    expect(attr(HANS, ['某网络安全公司研究员刘洋认为，攻击者事先窃取了文件。'])).toEqual([['刘洋', 'company', '认为', null]]);
    const r = findAttributions(page(HANS, ['外交部发言人毛宁表示，中方坚决反对无端指责。']), { db, acronyms: [], publisher: null });
    expect(r.map((a) => [a.source, a.label?.id ?? null])).toEqual([['毛宁', 'cn-mfa']]);
    // A title with nothing after it stays the source.
    expect(attr(HANS, ['医院发言人表示，系统已经恢复。']).map((a) => a[0])).toEqual(['医院发言人']);
  });
  it('"报道援引X消息称": X, via the outlet whose report it is', () => {
    const r = attr(HANS, ['据人民网报道，当地警方已立案调查。报道援引公安机关消息称，嫌疑人已被控制。']);
    expect(r).toContainEqual(['公安机关', 'government', '援引', 0]);
    expect(r.map((a) => a[0])).not.toContain('报道援引公安机关消息');
  });
  it('很可能 is one estimative cue; 不可能 none', () => {
    expect(hedges(HANS, ['攻击者很可能已经离开网络。'])).toEqual(['很可能']);
    expect(hedges(HANS, ['完全杜绝攻击是不可能的。'])).toEqual([]);
  });
});
