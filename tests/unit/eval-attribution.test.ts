import { describe, expect, it } from 'vitest';
import { cluster, isPronoun, locateSentences, namesMatch, norm, parseBrat, prf, scoreMentions, scoreSourceSet, type Predicted } from '../../scripts/eval-attribution/score';
import { naiveSources } from '../../scripts/eval-attribution/naive';

// A hand-written article and its BRAT annotation (our own words, not corpus text).
const TEXT = [
  'Harbour council backs ferry plan.', // 0..33
  '',
  'Mayor Ines Varga said the new ferry would start in May. "It is long overdue," she said.',
  '',
  'Local fishermen say the timetable is too tight, according to the Coastal Gazette.',
].join('\n');
const at = (s: string, from = 0) => TEXT.indexOf(s, from);
const span = (id: string, type: string, s: string, from = 0) => `${id}\t${type} ${at(s, from)} ${at(s, from) + s.length}\t${s}`;

const ANN = [
  span('T1', 'Source', 'Harbour council'),
  span('T2', 'Cue', 'backs'),
  span('T3', 'Content', 'ferry plan'),
  span('T4', 'Attribution', 'backs'),
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  span('T5', 'Source', 'Mayor Ines Varga'),
  span('T6', 'Cue', 'said'),
  span('T7', 'Content', 'the new ferry would start in May'),
  span('T8', 'Attribution', 'said'),
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
  span('T9', 'Source', 'she'),
  span('T10', 'Cue', 'said', at('she said')),
  span('T11', 'Content', '"It is long overdue,"'),
  span('T12', 'Attribution', 'said', at('she said')),
  'E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9',
  span('T13', 'Source', 'Local fishermen'),
  span('T14', 'Cue', 'say'),
  span('T15', 'Content', 'the timetable is too tight'),
  span('T16', 'Attribution', 'say'),
  'E4\tAttribution:T16 Content:T15 Cue:T14 Source:T13',
  span('T17', 'Cue', 'according to'),
  span('T18', 'Source', 'the Coastal Gazette'),
  span('T19', 'Attribution', 'according to'),
  'E5\tAttribution:T19 Source:T18 Cue:T17 Content:T15',
  // A sourceless attribution and a discontinuous content span.
  `T20\tCue ${at('too tight')} ${at('too tight') + 9}\ttoo tight`,
  `T21\tContent ${at('timetable')} ${at('timetable') + 9};${at('tight')} ${at('tight') + 5}\ttimetable tight`,
  `T22\tAttribution-no-source ${at('too tight')} ${at('too tight') + 9}\ttoo tight`,
  'E6\tAttribution-no-source:T22 Cue:T20 Content:T21',
].join('\n');

const sentences = [
  'Harbour council backs ferry plan.',
  'Mayor Ines Varga said the new ferry would start in May.',
  '"It is long overdue," she said.',
  'Local fishermen say the timetable is too tight, according to the Coastal Gazette.',
];
const spans = locateSentences(TEXT, sentences);
const pred = (source: string, sentence: number): Predicted => ({ source, sentence: spans[sentence] ?? null });

describe('eval-attribution: BRAT parsing', () => {
  it('reads events with their cue offset and source, and sourceless ones', () => {
    const g = parseBrat(ANN);
    expect(g).toHaveLength(6);
    expect(g.filter((x) => x.type === 'Attribution-no-source')).toHaveLength(1);
    const varga = g.find((x) => x.source?.text === 'Mayor Ines Varga')!;
    expect(varga.cueStart).toBe(at('said'));
    expect(TEXT.slice(varga.source!.start, varga.source!.start + 16)).toBe('Mayor Ines Varga');
    expect(g.find((x) => x.source?.text === 'she')!.cueStart).toBe(at('she said') + 4);
    // Sorted by cue position.
    expect(g.map((x) => x.cueStart)).toEqual([...g.map((x) => x.cueStart)].sort((a, b) => a - b));
  });
});

describe('eval-attribution: name rules', () => {
  it('normalises like ../shared/eval/score.mjs', () => {
    expect(norm('The Coastal Gazette’s')).toBe('coastal gazette');
    expect(norm('U.S. Dept. of Ports')).toBe('us dept of ports');
  });
  it('matches equal names or the shorter inside the longer on word boundaries', () => {
    expect(namesMatch('Ines Varga', 'Mayor Ines Varga')).toBe(true);
    expect(namesMatch('Varga', 'Mayor Ines Varga, a former pilot,')).toBe(true);
    expect(namesMatch('Var', 'Mayor Ines Varga')).toBe(false);
    expect(namesMatch('Gazette', 'Coastal Gazetteer')).toBe(false);
  });
  it('tells pronouns and relatives from names', () => {
    expect(isPronoun('she')).toBe(true);
    expect(isPronoun('Who')).toBe(true);
    expect(isPronoun('the council')).toBe(false);
  });
});

describe('eval-attribution: locating sentences', () => {
  it('maps sentences back to offsets despite collapsed whitespace', () => {
    expect(spans.every(Boolean)).toBe(true);
    expect(TEXT.slice(...spans[1]!)).toBe(sentences[1]);
    const loose = locateSentences('One  two.\n\nThree\tfour.', ['One two.', 'Three four.', 'Missing one.']);
    expect(loose[0]).toEqual([0, 9]);
    expect(loose[1]).toEqual([11, 22]);
    expect(loose[2]).toBeNull();
  });
});

describe('eval-attribution: mention scoring', () => {
  const gold = parseBrat(ANN);
  it('finds a named source in the cue sentence, and a resolved pronoun by its antecedent', () => {
    const s = scoreMentions(gold, [pred('Ines Varga', 1), pred('Ines Varga', 2), pred('Coastal Gazette', 3)]);
    expect(s.gold).toBe(5);
    expect(s.goldPronoun).toBe(1);
    expect(s.found).toBe(3);
    expect(s.foundPronoun).toBe(1);
    expect(s.correct).toBe(3);
  });
  it('does not accept an unresolved pronoun, a source in the wrong sentence, or a wrong antecedent', () => {
    const s = scoreMentions(gold, [pred('she', 2), pred('Ines Varga', 3), pred('Coastal Gazette', 2)]);
    expect(s.found).toBe(0);
    expect(s.correct).toBe(0);
    // Sentence-only (lenient) credit ignores the source.
    expect(s.foundLenient).toBe(3);
    expect(s.correctLenient).toBe(3);
  });
  it('counts predictions whose sentence cannot be located as wrong', () => {
    const s = scoreMentions(gold, [{ source: 'Ines Varga', sentence: null }]);
    expect(s.unlocated).toBe(1);
    expect(s.correct).toBe(0);
    expect(s.found).toBe(0);
  });
});

describe('eval-attribution: distinct named sources', () => {
  it('clusters matching names and matches clusters one to one', () => {
    expect(cluster(['Mayor Ines Varga', 'Varga', 'Coastal Gazette'])).toHaveLength(2);
    const s = scoreSourceSet(['Mayor Ines Varga', 'she', 'Varga', 'Local fishermen', 'the Coastal Gazette'], ['Ines Varga', 'Coastal Gazette', 'Harbour Authority', 'he']);
    expect(s.gold).toBe(3);
    expect(s.predicted).toBe(3);
    expect(s.recalled).toBe(2);
    expect(s.precise).toBe(2);
    expect(prf(s.precise, s.predicted, s.recalled, s.gold).f).toBeCloseTo(2 / 3, 5);
  });
});

describe('eval-attribution: naive baseline', () => {
  it('takes X said, said X and according to X', () => {
    expect(naiveSources('Mayor Ines Varga said the ferry would start.')).toEqual(['Mayor Ines Varga']);
    expect(naiveSources('"Soon," said the mayor.')).toEqual(['the mayor']);
    expect(naiveSources('It is late, according to the Coastal Gazette.')).toEqual(['the Coastal Gazette']);
    expect(naiveSources('The ferry crossed the bay.')).toEqual([]);
  });
});

describe('eval-attribution: head names', () => {
  it('matches a resolved full name to a gold span headed by the surname', async () => {
    const { sameHead, headName } = await import('../../scripts/eval-attribution/score');
    expect(headName('Varga, a former pilot,')).toBe('Varga');
    expect(headName('Kell -- author of a ferry guide --')).toBe('Kell');
    expect(sameHead('Mayor Ines Varga', 'Varga, a former pilot,')).toBe(true);
    expect(sameHead('Mayor Ines Varga', 'Lena Holt, a former pilot,')).toBe(false);
    expect(sameHead('Harbour Board', 'Port Authority, the landlord,')).toBe(false);
  });
});

describe('eval-attribution: definite descriptions', () => {
  it('"the board" in gold may be found by its resolved antecedent', async () => {
    const { isAnaphoric } = await import('../../scripts/eval-attribution/score');
    expect(isAnaphoric('the board')).toBe(true);
    expect(isAnaphoric('the Harbour Board')).toBe(false);
    const text = 'The Harbour Board said fares would rise. The board said the rise was small.';
    const sents = ['The Harbour Board said fares would rise.', 'The board said the rise was small.'];
    const sp = locateSentences(text, sents);
    const ann = [
      `T1\tSource 0 17\tThe Harbour Board`, `T2\tCue 18 22\tsaid`, `T3\tAttribution 18 22\tsaid`, 'E1\tAttribution:T3 Cue:T2 Source:T1',
      `T4\tSource 41 50\tThe board`, `T5\tCue 51 55\tsaid`, `T6\tAttribution 51 55\tsaid`, 'E2\tAttribution:T6 Cue:T5 Source:T4',
    ].join('\n');
    const g = parseBrat(ann);
    expect(scoreMentions(g, [{ source: 'Harbour Board', sentence: sp[1]! }]).found).toBe(1);
    expect(scoreMentions(g, [{ source: 'Port Office', sentence: sp[1]! }]).found).toBe(0);
  });
});
