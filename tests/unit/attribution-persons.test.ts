import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// Sentences written for these tests: a person keeps the post the article gave them, wherever it was given.
const db = bundledDirectory();
function run(text: string) {
  const sentences = splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
  return findAttributions(sentences, { db, acronyms: findAcronyms(sentences), publisher: null });
}
const rows = (text: string) => run(text).map((a) => [a.source, a.sourceKind, a.label?.id ?? null]);

describe('a person keeps their post', () => {
  it('a later "Doe said" or "she said" has the kind and label of the first quote', () => {
    expect(rows('Jane Doe, a researcher at Mandiant, said the group was active.\nDoe said the malware was new.\nShe added that it had been seen before.')).toEqual([
      ['Jane Doe (Mandiant)', 'researcher', 'us-mandiant'],
      ['Jane Doe (Mandiant)', 'researcher', 'us-mandiant'],
      ['Jane Doe (Mandiant)', 'researcher', 'us-mandiant'],
    ]);
  });
  it('a post given in a sentence that quotes nobody is kept for the later quotes', () => {
    const text = "Illia Vitruk, the head of the cyber department of Ukraine's Security Service, has spent six weeks on the case.\nHe believes the intruders were inside since May.\nVitruk said the logs were wiped.";
    expect(rows(text)).toEqual([
      ["Illia Vitruk (Ukraine's Security Service)", 'government', 'ua-sbu'],
      ["Illia Vitruk (Ukraine's Security Service)", 'government', 'ua-sbu'],
    ]);
  });
  it('no post at a known body, no label', () => {
    expect(rows('Kim Lee, an analyst at a Seoul think tank, has tracked the group.\nLee said it was them.')).toEqual([['Kim Lee', 'person', null]]);
  });
  it('a former official no longer speaks for the body', () => {
    expect(rows('John Smith, a former director of the NSA, said the group was active.\nSmith said more.')).toEqual([
      ['John Smith (formerly NSA)', 'person', null],
      ['John Smith (formerly NSA)', 'person', null],
    ]);
    expect(rows('Mary Poe, a former deputy director of the NSA, has written a book.\nPoe said it was bad.')).toEqual([['Mary Poe', 'person', null]]);
    // A current post still counts.
    expect(rows('John Smith, a director of the NSA, said the group was active.')).toEqual([['John Smith (NSA)', 'government', 'us-nsa']]);
  });
});

describe("a country's body named with a possessive or by its long form", () => {
  it('"Ukraine\'s Security Service" is the Security Service of Ukraine', () => {
    expect(rows("Ukraine's Security Service said it had evidence.")).toEqual([["Ukraine's Security Service", 'government', 'ua-sbu']]);
    expect(db.byName("Ukraine's Security Service")?.id).toBe('ua-sbu');
  });
  it("another country's possessive never takes the entry", () => {
    expect(db.byName("Russia's Security Service of Ukraine")?.id ?? null).not.toBe('ua-sbu');
    expect(db.byName("Pakistan's Foreign Office")).toBeNull();
  });
  it('the long form of an acronym the article defines is labelled by the short form', () => {
    const text = "Ukraine's Security Service, known as the SBU, opened a case.\nThe Security Service said the attack began in May.";
    const out = rows(text);
    expect(out).toContainEqual(['Security Service', 'government', 'ua-sbu']);
  });
});
