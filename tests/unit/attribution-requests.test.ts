import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/core/attribution';
import type { SourceDirectory } from '../../src/core/directory';
import { splitSentences } from '../../src/core/sentences';

// A request is not a claim: "X asked Y to do Z" tells the reader what X wanted, not what X says is so. Sentences
// written for this test.
const db: SourceDirectory = { version: 'test', byUrl: () => null, byName: () => null, findNames: () => [] };
const run = (t: string) => findAttributions(splitSentences([{ kind: 'paragraph' as const, text: t, links: [] }]), { db, acronyms: [], publisher: null });
const who = (t: string) => run(t).map((a) => `${a.source}|${a.cue}`);

describe('requests are not attributions', () => {
  it('"X asked Y to …" names no source', () => {
    expect(who('The vendor asked a contractor to sign the update with its own certificate.')).toEqual([]);
    expect(who('Investigators asked the hosting provider to take the server offline.')).toEqual([]);
    expect(who('We asked her to walk us through the first hours of the incident.')).toEqual([]);
  });
  it('the claims around a request still have their sources', () => {
    expect(who('The vendor asked a contractor to sign the update, the agency said.')).toEqual(['the agency|said']);
    expect(who('Marta Quell, the firm’s incident lead, said the attackers asked for a ransom in bitcoin.')).toEqual(['Marta Quell|said']);
  });
});
