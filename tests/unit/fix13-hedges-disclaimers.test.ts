import { describe, expect, it } from 'vitest';
import { findDisclaimers } from '../../src/core/disclaimers';
import { findHedges } from '../../src/core/hedges';
import { findIntlHedges } from '../../src/core/cues-intl';
import { findJaHedges } from '../../src/core/cues-ja';
import type { ArticleBody } from '../../src/core/body';
import type { Sentence } from '../../src/core/sentences';

/* blind13: hedges and a disclaimer missed on first contact (sentences of our own; tests/setup-core.ts registers the intl rules). */

const sentence = (text: string) => [{ text, block: 0, blockKind: 'paragraph' } as Sentence];
const cues = (text: string) => findHedges(sentence(text)).map((h) => h.cue.toLowerCase());
const it_ = (text: string) => findIntlHedges(sentence(text), 'it').map((h) => h.cue.toLowerCase());
const ja = (text: string) => findJaHedges(sentence(text)).map((h) => h.cue);
function blocks(...texts: string[]): ArticleBody {
  return { blocks: texts.map((text) => ({ kind: 'paragraph' as const, text, links: [] })), container: null } as unknown as ArticleBody;
}
const kinds = (...texts: string[]) => findDisclaimers(blocks(...texts), []).map((d) => d.kind);

describe('hedges (fix13)', () => {
  it('"no evidence has been presented / has emerged": the open question in the passive', () => {
    expect(cues('Some posts blame a criminal group, but no evidence has been presented for that.')).toContain('no evidence has been presented');
    expect(cues('No proof has yet emerged that the files were copied.')).toContain('no proof has yet emerged');
    expect(cues('No evidence was found in the car.')).toEqual([]);
    expect(cues('The evidence has been presented to the court.')).toEqual([]);
  });
  it('"cannot be ruled out", "could not be excluded", "did not rule out": a possibility left standing', () => {
    expect(cues('A second intrusion cannot be ruled out until the review is finished.')).toContain('cannot be ruled out');
    expect(cues('Data theft could not be excluded, the firm said.')).toContain('could not be excluded');
    expect(cues('The agency did not rule out a link to the earlier attack.')).toContain('did not rule out');
    expect(cues('Smaller firms cannot be excluded from the tender.')).toEqual([]);
    expect(cues('The striker was ruled out for a month with a knee injury.')).toEqual([]);
  });
  it('Italian "non è chiaro", "resta da chiarire"; not "è chiaro che"', () => {
    expect(it_('Al momento non è chiaro se i dati siano stati pubblicati.')).toContain('non è chiaro');
    expect(it_('Resta da chiarire chi abbia materialmente lanciato l\u2019attacco.')).toContain('resta da chiarire');
    expect(it_('È chiaro che il sistema era vecchio.')).toEqual([]);
  });
  it('Japanese: a possibility that cannot be denied, and "whether … is not known"', () => {
    expect(ja('社長は「個人情報が流出した可能性を否定できない」と述べた。')).toContain('可能性を否定できない');
    expect(ja('声明が本物かどうかは分かっていない。')).toContain('かどうかは分かっていない');
    expect(ja('原因は分かっている。')).toEqual([]);
  });
});

describe('disclaimers (fix13)', () => {
  it('"Opinions expressed by guests and contributors are their own" is an opinion note', () => {
    expect(kinds('Opinions expressed by guests and contributors are their own and do not reflect the views of the show or its sponsors.')).toContain('opinion');
    expect(kinds('Opinions expressed by guests are their own and do not reflect the views of our sponsors.')).toContain('opinion');
    expect(kinds('Views expressed by our hosts are their own.')).toContain('opinion');
    expect(kinds('The guests expressed their own opinions about the match.')).toEqual([]);
  });
});
