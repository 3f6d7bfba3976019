import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { findHedges } from '../../src/core/hedges';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// Sentences written for these tests; the kinds of wording come from the sixth held-out set's remaining misses (docs/blind6-eval.md, fix6b).
const db = bundledDirectory();
const sents = (text: string) => splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
function run(text: string) {
  const sentences = sents(text);
  return findAttributions(sentences, { db, acronyms: findAcronyms(sentences), publisher: null, siteName: null });
}
const sources = (text: string) => run(text).map((a) => a.source);

describe('attribution (fix6b)', () => {
  it('"a spokesman for the country’s foreign ministry" speaks for the state named last, not for another country’s agency quoted before', () => {
    const r = run('South Korea’s National Intelligence Service told lawmakers that the wiper was traced to servers in North Korea.\nA spokesman for the country’s foreign ministry said the charge was “a fabrication”.');
    const last = r[r.length - 1]!;
    expect(last.source).toBe('North Korea');
    expect(last.sourceKind).toBe('government');
    // With no state named nearby the description stays as written.
    expect(sources('The Dutch NCSC said the flaw was used.\nA spokesperson for the country’s interior ministry said more would follow.')).toContain('the country’s interior ministry');
  });
  it('"In a statement carried by X, …": the speaker is the source and the outlet X relays it', () => {
    const r = run('In a statement carried by the state-run Tasnim News Agency (TNA), an interior ministry official said the outage was caused by sabotage.');
    const outlet = r.findIndex((a) => a.source === 'Tasnim News Agency');
    expect(outlet).toBeGreaterThan(-1);
    expect(r[outlet]!.sourceKind).toBe('outlet');
    const speaker = r.find((a) => /official/.test(a.source));
    expect(speaker?.via).toBe(outlet);
  });
  it('a body that publishes its own statement or report relays nothing', () => {
    const r = run('In a statement published by the ministry, officials said the outage was over.');
    expect(r.every((a) => a.via === null)).toBe(true);
    // No speaker, no relay: an opener alone adds nobody.
    expect(sources('In a statement carried by Xinhua, the weather was described as fine.')).toEqual([]);
  });
});

describe('cue shapes (fix6b)', () => {
  it('"have tied X to Y" attributes like "linked … to"; the participle "tied to" names no source', () => {
    expect(sources('Threat analysts have tied the phishing kit to a crew that sells access on Telegram.')).toEqual(['Threat analysts']);
    expect(sources('Investigators at Mandiant tied the wiper to Sandworm.')).toEqual(['Mandiant']);
    expect(sources('The intrusion is tied to a group known as Storm-0558.')).toEqual([]);
    expect(sources('The rope was tied to a post near the server room.')).toEqual([]);
    expect(sources('In each race, the governor tied himself to the result.')).toEqual([]);
  });
  it('"“…” So wrote X, a …": the speaker after an inverting "So"', () => {
    const r = run('“The patch is late, but it works.” So wrote Dana Whitfield, a researcher at Orbitline, in a blog post on Monday.');
    expect(r.map((a) => a.source)).toEqual(['Dana Whitfield (Orbitline)']);
    expect(r[0]!.cue).toBe('wrote');
    // "So" as a plain connective keeps the subject before the verb.
    expect(sources('So the company said it would pay the ransom.')).toEqual(['the company']);
  });
});

describe('hedges (fix6b)', () => {
  const cues = (text: string) => findHedges(sents(text)).map((h) => h.cue);
  it('"bore the hallmarks of" in reported speech is the speaker’s accusation; in the writer’s voice it still hedges', () => {
    expect(cues('A state broadcaster cited a hacker who claimed that the breach bore the hallmarks of a Western agency.')).toEqual(['claimed']);
    expect(cues('Two officials told reporters that the wiper bears the hallmarks of Sandworm.')).toEqual([]);
    expect(cues('The breach bore the hallmarks of a Western agency, and the loader was new.')).toEqual(['bore the hallmarks of']);
  });
});
