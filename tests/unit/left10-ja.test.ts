import { describe, expect, it } from 'vitest';
import { findIntlAttributions, findIntlHedges } from '../../src/core/cues-intl';
import { secondaryReporting } from '../../src/core/notes/secondary-reporting';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';
import { report } from './helpers/hand-built';

// left10 (blind9 page 17's leftovers): a Japanese outlet relaying the police's view, a quote that runs over a sentence
// break, a topic ending in a bracketed gloss. Every sentence is our own.
const db = bundledDirectory();
const sents = (text: string) => splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
const atts = (text: string) => findIntlAttributions(sents(text), 'ja', { db, publisher: null });
const rows = (text: string) => atts(text).map((a) => [a.source, a.sourceKind, a.via]);
const hedges = (text: string) => findIntlHedges(sents(text), 'ja').map((h) => h.cue);

describe('Japanese relay: "Xによると、警察は…とみて調べている" (left10)', () => {
  it('the police are the source of their view, reached through the outlet', () => {
    expect(rows('東港新聞によると、大阪府警は元社員が関わった疑いがあるとみて調べている。')).toEqual([
      ['東港新聞', 'outlet', null],
      ['大阪府警', 'government', 0],
    ]);
    expect(rows('北陸日報によれば、県警は内部の職員が情報を持ち出したとみて捜査している。')).toEqual([
      ['北陸日報', 'outlet', null],
      ['県警', 'government', 0],
    ]);
  });
  it('the relay gives the secondary-reporting note', () => {
    const r = report({ attributions: atts('東港新聞によると、大阪府警は元社員が関わった疑いがあるとみて調べている。') });
    expect(secondaryReporting.apply(r)?.id).toBe('secondary-reporting');
  });
  it('without an outlet there is no relay; an arrest on a charge is no view', () => {
    expect(rows('県警によると、男は容疑を認めている。')).toEqual([['県警', 'government', null]]);
    expect(rows('大阪府警は、内部の職員が関わったとみて調べている。')).toEqual([['大阪府警', 'government', null]]);
    expect(rows('県警は詐欺の疑いで男を逮捕した。')).toEqual([]);
    // An agency that is no outlet relays nobody.
    expect(rows('総務省によると、県警は内部の職員が関わったとみて調べている。').map((r) => r[2])).toEqual([null, null]);
  });
});

describe('Japanese quotes over a sentence break, bracketed topics (left10)', () => {
  it('"Xは「…。…」と話している": the speaker is the topic before the opening bracket', () => {
    expect(rows('県庁の担当者は「被害は一部の窓口に限られている。住民への影響はない」と話している。')).toEqual([['県庁', 'government', null]]);
    expect(rows('金融庁は「詳細は調査中だ。」としている。次の会見は来週だ。')).toEqual([['金融庁', 'government', null]]);
  });
  it('a closed quote before, or a quote with no speaker, gives nobody', () => {
    expect(rows('「被害は限られている。」\n住民への影響はないという。')).toEqual([]);
    expect(rows('「詳細は調査中だ。」としている。')).toEqual([]);
    expect(rows('被害は一部の窓口に限られている。住民への影響はない」と話している。')).toEqual([]);
  });
  it('a topic glossed in brackets, and a described name in kana', () => {
    expect(rows('通販大手のみどりマート（東京都港区）は3日、顧客情報が流出したと発表した。')).toEqual([['みどりマート', 'company', null]]);
    expect(rows('証券会社のかえで証券は3日、システム障害が起きたと発表した。')).toEqual([['かえで証券', 'company', null]]);
    expect(rows('東京（本社）は静かな一日だった。')).toEqual([]);
  });
});

describe('Japanese suspicion as a hedge (left10)', () => {
  it('"疑いがある" (it is suspected that) hedges; "の疑いで" (on a charge of) does not', () => {
    // hedge13: the police's "とみている" (they believe) is a hedge of its own beside the suspicion.
    expect(hedges('警察は海外の集団が関与した疑いがあるとみている。')).toEqual(['疑いがある', 'とみている']);
    expect(hedges('県警は不正アクセス禁止法違反の疑いで男を逮捕した。')).toEqual([]);
  });
});
