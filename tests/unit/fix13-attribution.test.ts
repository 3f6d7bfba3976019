/**
 * blind13: English attribution fixes from the thirteenth held-out set — a negated passive names no speaker, a newswire
 * dateline and a stock ticker around the company that speaks, "carried a similar report", and "quoted the head of X,
 * Name, as saying". Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import '../../src/core/index';
import { findAttributions } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';
import type { Sentence } from '../../src/core/sentences';

const db = bundledDirectory();
const ctx = { db, acronyms: [], publisher: null };
const page = (ts: string[]): Sentence[] => ts.map((text, i) => ({ text, block: i, blockKind: 'paragraph' as const }));
const sources = (ts: string[]) => findAttributions(page(ts), ctx).map((a) => a.source);
const split = (t: string) => splitSentences([{ kind: 'paragraph' as const, text: t, links: [] }]).map((s) => s.text);

describe('English attribution (fix13)', () => {
  it('a negated passive ("was not mentioned in") names no speaker; an active denial still does', () => {
    expect(sources(['The data protection regulator was not mentioned in the airline\u2019s statement.'])).toEqual([]);
    expect(sources(['The breach was never reported to regulators.'])).toEqual([]);
    expect(sources(['The regulator said it had not been told of the breach.'])).toEqual(['The regulator']);
  });
  it('a stock ticker after "Inc." does not end the sentence, and the company before it speaks', () => {
    expect(split('Lakeland Care Group, Inc. (NYSE: LKCG) today announced an incident. It is investigating.')).toEqual(['Lakeland Care Group, Inc. (NYSE: LKCG) today announced an incident.', 'It is investigating.']);
    expect(split('He works at Acme Inc. (He left in May.)')).toEqual(['He works at Acme Inc.', '(He left in May.)']);
    expect(sources(['Lakeland Care Group, Inc. (NYSE: LKCG) today announced an incident on its network.', 'In a filing, the company said billing was disrupted.'])).toEqual(['Lakeland Care Group', 'Lakeland Care Group']);
  });
  it('a newswire dateline is no part of the subject', () => {
    expect(sources(['DENVER--(PR WIRE)--Lakeland Care Group today announced that it detected unusual activity on its network.'])).toEqual(['Lakeland Care Group']);
  });
  it('"carried a similar report": an outlet repeating another\u2019s report; a lorry carrying the same load is not', () => {
    expect(sources(['SANA, the state news agency, carried a similar report.'])).toEqual(['SANA']);
    expect(sources(['The lorry carried the same load as the week before.'])).toEqual([]);
    expect(sources(['The paper carried a report on the weather.'])).toEqual([]);
  });
  it('"quoted the head of X, Name, as saying": the named person, relayed by the outlet', () => {
    const got = findAttributions(page(['Tasnim quoted the head of the central bank\u2019s security unit, Reza Karimi, as saying no accounts were affected.']), ctx);
    expect(got.map((a) => a.source)).toEqual(['Tasnim', 'Reza Karimi']);
    expect(got[1]!.via).toBe(0);
    expect(sources(['The paper quoted a spokesperson for the ministry as saying the files were safe.'])).toContain('the ministry');
  });
  it('a body the main clause keeps out of the story ("X, which published research on Y, was not involved") is no source', () => {
    expect(sources(['Dovetail Labs, which published research on similar malware in 2024, was not involved in the new report.'])).toEqual([]);
    expect(sources(['Dovetail Labs, which published research on the malware last year, said the new sample was a variant.'])).toEqual(['Dovetail Labs', 'Dovetail Labs']);
  });
  it('"X reported that … and quoted Y as saying": the second act of the first clause\u2019s subject, not part of what it reported', () => {
    const got = findAttributions(page(['Tasnim reported that the attack had failed and quoted the head of the bank\u2019s security unit, Reza Karimi, as saying no accounts were affected.']), ctx);
    expect(got.map((a) => a.source)).toEqual(['Tasnim', 'Tasnim', 'Reza Karimi']);
    expect(got[2]!.via).not.toBeNull();
    expect(sources(['Dana Okafor says officers boarded the train and found two laptops.'])).toEqual(['Dana Okafor']);
  });
});
