/**
 * blind14: German and Traditional Chinese sources missed or mis-cut on first contact. Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { findIntlAttributions } from '../../src/core/cues-intl';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';

const db = bundledDirectory();
const sents = (text: string) => splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
const de = (text: string) => findIntlAttributions(sents(text), 'de', { db, publisher: null }).map((a) => [a.source, a.via]);

const HANT = ['颱風過後，市區多處停電，相關單位立即啟動應變機制，並派員前往受影響的地區進行搶修。', '目前，大部分地區已經恢復供電，其餘地區仍在逐步恢復之中。'];
const page = (fill: string[], ts: string[]): Sentence[] => [...fill, ...ts].map((text, i) => ({ text, block: i, blockKind: 'paragraph' as const }));
const zh = (ts: string[]) => findAttributions(page(HANT, ts), { db, acronyms: [], publisher: null }).map((a) => [a.source, a.sourceKind, a.via]);

describe('German (fix14)', () => {
  it('a role noun and an affiliation around a name: the person speaks', () => {
    expect(de('Der Netzwerkforscher Jan Peters von der Universität Kiel sagte, die Lücke sei alt.')).toEqual([['Jan Peters', null]]);
    expect(de('Die Sicherheitsexpertin Mia Lorenz sagte, der Angriff sei einfach gewesen.')).toEqual([['Mia Lorenz', null]]);
    expect(findIntlAttributions(sents('Der Netzwerkforscher Jan Peters von der Universität Kiel sagte, die Lücke sei alt.'), 'de', { db, publisher: null })[0]?.sourceKind).toBe('researcher');
    expect(de('Der Sprecher der Stadtverwaltung sagte, die Daten seien sicher.')).toEqual([['Sprecher der Stadtverwaltung', null]]);
  });
  it('"X zitierte Y mit den Worten": the quoted body speaks, relayed by the one who quotes', () => {
    expect(de('Die Agentur Interfax zitierte dagegen das Verteidigungsministerium mit den Worten, man habe nichts damit zu tun.')).toEqual([
      ['Agentur Interfax', null],
      ['Verteidigungsministerium', 0],
    ]);
    expect(de('Der Autor zitierte aus dem Bericht der Kommission.')).toEqual([]);
  });
});

describe('Traditional Chinese (fix14)', () => {
  it('說 after a title and a name; 引述 names the one who quotes and the one quoted', () => {
    expect(zh(['該公司發言人林雅婷說，系統已經恢復。'])).toEqual([['林雅婷', 'company', null]]);
    expect(zh(['對此，新華社引述外交部發言人的話說，相關指控毫無根據。'])).toEqual([
      ['新華社', 'outlet', null],
      ['外交部發言人', 'government', 0],
    ]);
  });
  it('not 說明, 據說 or a bare 公司', () => {
    expect(zh(['報告說明了攻擊的過程。', '據說駭客來自境外。', '公司已通報主管機關。'])).toEqual([]);
  });
});
