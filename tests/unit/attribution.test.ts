import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/core/acronyms';
import { findAttributions } from '../../src/core/attribution';
import type { SourceDirectory } from '../../src/core/directory';
import type { SourceLabel } from '../../src/core/report';
import { splitSentences } from '../../src/core/sentences';

const label = (id: string, name: string, kind: SourceLabel['kind'], affiliation: SourceLabel['affiliation']): SourceLabel => ({ id, name, country: null, affiliation, owner: null, basis: [], kind });
const ENTRIES: [string[], SourceLabel][] = [
  [['Global Times'], label('gt', 'Global Times', 'outlet', 'state_controlled')],
  [['Ministry of State Security', 'MSS', 'Chinese Ministry of State Security'], label('mss', 'Ministry of State Security', 'government', 'government')],
  [['Bloomberg'], label('bloomberg', 'Bloomberg', 'outlet', 'private')],
  [['Mandiant'], label('mandiant', 'Mandiant', 'company', 'private')],
  [['Cybersecurity and Infrastructure Security Agency', 'CISA'], label('cisa', 'CISA', 'government', 'government')],
];
const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/, '').trim();
const db: SourceDirectory = {
  version: 'test',
  byUrl: () => null,
  byName: (n) => ENTRIES.find(([names]) => names.some((x) => norm(x) === norm(n)))?.[1] ?? null,
  findNames: (t) => {
    const hits = [];
    for (const [names, l] of ENTRIES) for (const n of names) {
      const i = t.indexOf(n);
      if (i >= 0) hits.push({ start: i, end: i + n.length, text: n, label: l });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};

function run(text: string) {
  const sentences = splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
  const acronyms = findAcronyms(sentences);
  return findAttributions(sentences, { db, acronyms, publisher: null });
}
const sources = (text: string) => run(text).map((a) => a.source);

describe('findAttributions: cues', () => {
  it('finds "according to", "X said", inverted "…, X said" and "…, said X"', () => {
    expect(sources('According to Mandiant, the attackers used a loader.')).toEqual(['Mandiant']);
    expect(sources('The loader was new, Mandiant said on Thursday.')).toEqual(['Mandiant']);
    expect(sources('"It is over," said Jane Roe, a researcher at Mandiant.')).toEqual(['Jane Roe (Mandiant)']);
    expect(sources('Microsoft has previously said it fixed the flaw.')).toEqual(['Microsoft']);
  });
  it('joins an appositive title and organisation to the named person, and labels it by the organisation', () => {
    const a = run('Jen Easterly, director of the Cybersecurity and Infrastructure Security Agency, told partners the flaw was serious.');
    expect(a[0]!.source).toBe('Jen Easterly (Cybersecurity and Infrastructure Security Agency)');
    expect(a[0]!.label?.id).toBe('cisa');
    expect(a[0]!.sourceKind).toBe('government');
  });
  it('finds passive agents, "citing" and "as reported by"', () => {
    expect(sources('The app was first flagged on March 29 by CrowdStrike, which saw odd traffic, and by SentinelOne.')).toEqual(['CrowdStrike', 'SentinelOne']);
    expect(sources('The ministry was hacked, as reported by the Global Times.')).toContain('Global Times');
  });
  it('classifies anonymous, vague and document sources', () => {
    const a = run('Two people familiar with the matter said the routers were used.\nExperts say the tools are old.\nSome security specialists said it was a pattern.\nAccording to a leaked memo, staff were warned.');
    expect(a.map((x) => [x.source, x.sourceKind])).toEqual([
      ['Two people familiar with the matter', 'anonymous'],
      ['Experts', 'unspecified'],
      ['Some security specialists', 'unspecified'],
      ['a leaked memo', 'document'],
    ]);
  });
  it('does not make mentions into sources', () => {
    expect(run('RT and Sputnik were banned in the EU.\nThe victims included the State Department.\nMandiant attributed the intrusion to UNC4736.')).toHaveLength(1);
    expect(sources('The claims could not be verified.\nSwift’s claims were denied.')).toEqual([]);
    expect(sources('The United States sanctioned two firms.')).toEqual([]);
    expect(run('According to the Global Times report, the ministry issued a warning.').map((x) => x.cue)).not.toContain('report');
  });
});

describe('findAttributions: resolution', () => {
  it('resolves acronyms, definite descriptions, surnames and pronouns', () => {
    const a = run(
      'The Chinese Ministry of State Security (MSS) said it found spyware.\nThe MSS stated that the software was poisoned.\nThe ministry also said more.\nIt issued a warning to firms.\nForeign Ministry spokesperson Zhao Lijian told reporters it was a smear.\nZhao said the US attacks others.\n"We reject this," he said.',
    );
    expect(a.map((x) => x.source)).toEqual([
      'Chinese Ministry of State Security',
      'Chinese Ministry of State Security',
      'Chinese Ministry of State Security',
      'Chinese Ministry of State Security',
      'Foreign Ministry spokesperson Zhao Lijian',
      'Foreign Ministry spokesperson Zhao Lijian',
      'Foreign Ministry spokesperson Zhao Lijian',
    ]);
    expect(a[0]!.label?.id).toBe('mss');
    expect(a[4]!.sourceKind).toBe('government');
  });
  it('keeps one attribution per source, sentence and cue, in reading order', () => {
    const a = run('Mandiant said it saw the loader, and Mandiant said it was new.\nAccording to Mandiant, the loader was signed.');
    expect(a.map((x) => [x.source, x.cue])).toEqual([
      ['Mandiant', 'said'],
      ['Mandiant', 'According to'],
    ]);
  });
});

describe('findAttributions: relays (via)', () => {
  it('links a quoted source to the outlet that reports it in the same sentence', () => {
    const a = run('The MSS stated that a foreign agency was behind the attack, the Global Times reported.');
    const mss = a.find((x) => x.source.includes('Ministry') || x.source === 'MSS')!;
    const gt = a.findIndex((x) => x.source === 'Global Times');
    expect(gt).toBeGreaterThanOrEqual(0);
    expect(mss.via).toBe(gt);
  });
  it('links a speaker to the outlet told', () => {
    const a = run('Charles Carmakal, a senior vice president at Mandiant, told Bloomberg that the password had leaked.');
    expect(a.map((x) => x.source)).toEqual(['Charles Carmakal (Mandiant)', 'Bloomberg']);
    expect(a[0]!.via).toBe(1);
    expect(a[0]!.label?.id).toBe('mandiant');
  });
  it('links a person quoted by an outlet to that outlet', () => {
    const a = run('The Global Times quoted Wang Lei, a ministry official, as saying the software was poisoned.');
    expect(a.map((x) => [x.source, x.via])).toEqual([
      ['Global Times', null],
      ['Wang Lei', 0],
    ]);
  });
  it('relays government statements through an outlet report cited at the top', () => {
    const a = run('According to a report by the Global Times, a foreign agency attacked.\nThe MSS stated on its WeChat account that an engineer was approached.\nMandiant said it had no data.');
    expect(a.map((x) => [x.source, x.via])).toEqual([
      ['Global Times', null],
      ['MSS', 0],
      ['Mandiant', null],
    ]);
    expect(a[1]!.label?.id).toBe('mss');
    expect(a[1]!.sourceKind).toBe('government');
  });
});

describe('findAttributions: robustness', () => {
  it('never throws and caps its output', () => {
    expect(() => run('')).not.toThrow();
    expect(() => run('said said said according to according to, said, told by by by')).not.toThrow();
    const many = Array.from({ length: 800 }, (_, i) => `Analyst Number${i} Person said it was fine.`).join('\n');
    expect(run(many).length).toBeLessThanOrEqual(500);
  });
});
