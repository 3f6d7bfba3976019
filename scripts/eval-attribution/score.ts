/**
 * Scoring of attributions against BRAT standoff annotation of the PolNeAR kind
 * (Source / Cue / Content spans linked by `Attribution` events;
 * `Attribution-no-source` for sourceless ones). Pure functions, no I/O: the
 * harness (scripts/eval-attribution.ts) feeds them, a unit test checks them on a
 * hand-written example. The rules are documented in docs/attribution-eval.md.
 */

/** One span-annotated text-bound entity of a .ann file ("T12\tSource 10 25\tthe ministry"). */
export interface BratSpan {
  id: string;
  type: string;
  /** [start, end) character offsets; more than one for a discontinuous span. */
  spans: Array<[number, number]>;
  text: string;
}

/** One gold attribution: an `Attribution` / `Attribution-no-source` event with its parts. */
export interface GoldAttribution {
  id: string;
  type: 'Attribution' | 'Attribution-no-source';
  /** Offset of the cue (start of its first span); the sentence holding it is the attribution's sentence. */
  cueStart: number;
  cueText: string;
  source: { text: string; start: number } | null;
}

export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, BratSpan>();
  const events: string[] = [];
  for (const raw of ann.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('T')) {
      const [id, mid, text] = line.split('\t');
      if (!id || !mid) continue;
      const sp = mid.indexOf(' ');
      if (sp < 0) continue;
      const type = mid.slice(0, sp);
      const ranges: Array<[number, number]> = [];
      for (const part of mid.slice(sp + 1).split(';')) {
        const [a, b] = part.trim().split(/\s+/).map(Number);
        if (Number.isFinite(a) && Number.isFinite(b)) ranges.push([a!, b!]);
      }
      if (ranges.length) spans.set(id, { id, type, spans: ranges, text: text ?? '' });
    } else if (line.startsWith('E')) {
      events.push(line);
    }
  }
  const out: GoldAttribution[] = [];
  const seen = new Set<string>();
  for (const line of events) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    const args = body.trim().split(/\s+/).map((a) => a.split(':') as [string, string]);
    const [trigType, trigId] = args[0] ?? [];
    if (trigType !== 'Attribution' && trigType !== 'Attribution-no-source') continue;
    const role = (r: string) => {
      const a = args.slice(1).find(([k]) => k === r);
      return a ? spans.get(a[1]) : undefined;
    };
    const cue = role('Cue') ?? (trigId ? spans.get(trigId) : undefined);
    if (!cue) continue;
    // The same trigger can be listed twice (a broken duplicate event); count it once.
    const key = `${trigId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const src = role('Source');
    const cueStart = Math.min(...cue.spans.map((s) => s[0]));
    out.push({
      id,
      type: trigType,
      cueStart,
      cueText: cue.text,
      source: trigType === 'Attribution' && src ? { text: src.text, start: Math.min(...src.spans.map((s) => s[0])) } : null,
    });
  }
  return out.sort((a, b) => a.cueStart - b.cueStart);
}

/** Name normalisation of ../shared/eval/score.mjs (its README: lower case, straight quotes, possessive 's removed, dots and apostrophes dropped, punctuation to spaces, leading "the" stripped). */
export function norm(s: string): string {
  let t = String(s ?? '').toLowerCase().normalize('NFKC');
  t = t.replace(/[\u2018\u2019\u201b\u0060\u00b4]/g, "'");
  t = t.replace(/([\p{L}\p{N}])'s\b/gu, '$1');
  t = t.replace(/['.]/g, '');
  t = t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/\s+/g, ' ');
  t = t.replace(/^the /, '');
  return t;
}

/** score.mjs's rule: equal, or the shorter (≥ 3 chars) inside the longer on word boundaries. */
export function namesMatch(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [sh, lo] = x.length <= y.length ? [x, y] : [y, x];
  return sh.length >= 3 && ` ${lo} `.includes(` ${sh} `);
}

const PRONOUN = /^(?:he|she|it|they|we|i|you|him|her|them|us|me|who|whom|whose|which|that|his|hers|its|their|theirs|our|my|your|this|these|those|one)$/;

/** A lowercase definite description that points back ("the agency", "the senators", "the mayor"). */
export function isAnaphoric(s: string): boolean {
  return /^(?:the|this|that|these|those)\s+[a-z]+$/.test(s.trim());
}

/** A source span that is only a pronoun or relative ("he", "who", "His", "the agency's" is not one). */
export function isPronoun(s: string): boolean {
  return PRONOUN.test(norm(s));
}

/** What a system reports for one attribution: the source as named and the sentence it is in. */
export interface Predicted {
  source: string;
  /** [start, end) of the sentence in the article text, or null when it could not be located. */
  sentence: [number, number] | null;
}

export interface MentionScore {
  gold: number;
  goldNamed: number;
  goldPronoun: number;
  found: number;
  foundNamed: number;
  foundPronoun: number;
  /** Gold attributions (with a source) that have any predicted attribution in their sentence. */
  foundLenient: number;
  predicted: number;
  correct: number;
  /** Predicted attributions in a sentence that holds any gold attribution (with or without source). */
  correctLenient: number;
  unlocated: number;
  /** Gold attributions with a source whose cue is a verb of saying (`isSpeechCue`), and how many were found. */
  goldSpeech: number;
  foundSpeech: number;
}

/**
 * Cues that are verbs (or phrases) of saying and reporting: the part of
 * PolNeAR's broad annotation (which also marks beliefs, plans, "allows",
 * "endorsed", "rules against" …) that quotation-style corpora annotate.
 */
const SPEECH_CUE = /(?:^|[^\p{L}])(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|according to|wr(?:ite|ites|ote|iting)|add(?:s|ed|ing)?|not(?:e|es|ed|ing)|stat(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|claim(?:s|ed|ing)?|argu(?:e|es|ed|ing)|explain(?:s|ed|ing)?|recall(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|continu(?:e|es|ed)|insist(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)|report(?:s|ed|ing)?|warn(?:s|ed|ing)?|assert(?:s|ed|ing)?|suggest(?:s|ed|ing)?|emphasi[sz](?:e|es|ed|ing)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|repl(?:y|ies|ied)|respond(?:s|ed)?|den(?:y|ies|ied)|confirm(?:s|ed|ing)?|predict(?:s|ed)?|urg(?:e|es|ed)|describ(?:e|es|ed)|call(?:s|ed)|tweet(?:s|ed)?|post(?:s|ed)|testif(?:y|ies|ied)|:)(?=$|[^\p{L}])/iu;

export function isSpeechCue(cue: string): boolean {
  return SPEECH_CUE.test(cue);
}

/**
 * The name that heads a gold source span, without its appositive: "Rendell, a
 * Clinton surrogate," → "Rendell"; "Kall -- co-editor of … --" → "Kall".
 */
export function headName(gold: string): string {
  return gold.split(/,|\s\(|\s--\s|\s—\s|\s(?:who|which|whose)\s/)[0]!.trim();
}

/**
 * A reported full name and a gold span headed by the same surname: "Former
 * Pennsylvania Gov. Ed Rendell" for "Rendell, a Clinton surrogate," (the core
 * resolves a bare surname to the full name given earlier). Both must end in the
 * same capitalised word of 4+ letters.
 */
export function sameHead(reported: string, gold: string): boolean {
  const h = headName(gold);
  if (namesMatch(reported, h)) return true;
  const last = (x: string) => (/([A-Z][\p{L}’'-]{3,})$/u.exec(x.replace(/[’']s$/, '').trim())?.[1] ?? '').toLowerCase();
  const a = last(reported);
  return !!a && a === last(h);
}

/** A reported source "Name (Organisation)" may match by either part. */
export function sourceForms(s: string): string[] {
  const m = /^(.+?)\s+\(([^()]+)\)$/.exec(s.trim());
  return m ? [s, m[1]!, m[2]!] : [s];
}

/** How many named gold sources before a pronoun count as its possible antecedents. */
export const ANTECEDENTS = 3;

/**
 * Mention-level scoring of one article. A gold attribution with a source is
 * found when a predicted attribution sits in the sentence holding its cue and
 * its source matches: by `namesMatch` for a named gold source; for a pronoun or
 * relative gold source ("he", "who"), when the predicted source is not itself a
 * pronoun and matches one of the last `ANTECEDENTS` named gold sources before
 * the cue. A predicted attribution is correct when it finds some gold
 * attribution that way. Lenient variants ignore the source.
 */
export function scoreMentions(gold: GoldAttribution[], predicted: Predicted[]): MentionScore {
  return mentionDetail(gold, predicted).score;
}

/** `scoreMentions` with the gold attributions missed and the indexes of wrong predictions, for reading errors. */
export function mentionDetail(gold: GoldAttribution[], predicted: Predicted[]): { score: MentionScore; missed: GoldAttribution[]; wrong: number[] } {
  const withSource = gold.filter((g) => g.source);
  const named = withSource.filter((g) => !isPronoun(g.source!.text));
  const antecedentsOf = (g: GoldAttribution): string[] => {
    const before = named.filter((n) => n.source!.start < g.source!.start).map((n) => n.source!.text);
    const out: string[] = [];
    for (let i = before.length - 1; i >= 0 && out.length < ANTECEDENTS; i--) {
      if (!out.some((o) => namesMatch(o, before[i]!))) out.push(before[i]!);
    }
    return out;
  };
  const inSentence = (p: Predicted, g: GoldAttribution) => !!p.sentence && g.cueStart >= p.sentence[0] && g.cueStart < p.sentence[1];
  const matches = (p: Predicted, g: GoldAttribution): boolean => {
    if (!g.source || !inSentence(p, g)) return false;
    const forms = sourceForms(p.source);
    if (!isPronoun(g.source.text)) {
      if (forms.some((f) => namesMatch(f, g.source!.text) || sameHead(f, g.source!.text))) return true;
      // "the agency", "the senators": a definite description may be resolved to its antecedent, like a pronoun.
      if (!isAnaphoric(g.source.text) || isPronoun(p.source)) return false;
    } else if (isPronoun(p.source)) return false;
    return antecedentsOf(g).some((a) => forms.some((f) => namesMatch(f, a)));
  };
  const located = predicted.filter((p) => p.sentence);
  const speech = withSource.filter((g) => isSpeechCue(g.cueText));
  const s: MentionScore = {
    gold: withSource.length,
    goldNamed: named.length,
    goldPronoun: withSource.length - named.length,
    found: 0,
    foundNamed: 0,
    foundPronoun: 0,
    foundLenient: 0,
    predicted: predicted.length,
    correct: 0,
    correctLenient: 0,
    unlocated: predicted.length - located.length,
    goldSpeech: speech.length,
    foundSpeech: speech.filter((g) => located.some((p) => matches(p, g))).length,
  };
  const missed: GoldAttribution[] = [];
  const wrong: number[] = [];
  for (const g of withSource) {
    if (located.some((p) => matches(p, g))) {
      s.found++;
      if (isPronoun(g.source!.text)) s.foundPronoun++;
      else s.foundNamed++;
    } else missed.push(g);
    if (located.some((p) => inSentence(p, g))) s.foundLenient++;
  }
  predicted.forEach((p, i) => {
    if (withSource.some((g) => matches(p, g))) s.correct++;
    else wrong.push(i);
    if (gold.some((g) => inSentence(p, g))) s.correctLenient++;
  });
  return { score: s, missed, wrong };
}

export interface SetScore {
  gold: number;
  predicted: number;
  /** Gold clusters covered one-to-one. */
  recalled: number;
  /** Predicted clusters that match some gold cluster. */
  precise: number;
}

/** Group names that match each other (union-find over `namesMatch`). */
export function cluster(names: string[]): string[][] {
  const uniq = [...new Set(names.map((n) => n.trim()).filter((n) => norm(n)))];
  const parent = uniq.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < uniq.length; i++) for (let j = i + 1; j < uniq.length; j++) if (namesMatch(uniq[i]!, uniq[j]!)) parent[find(i)] = find(j);
  const groups = new Map<number, string[]>();
  uniq.forEach((n, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), n]);
  });
  return [...groups.values()];
}

/**
 * Distinct named sources of one article, as ../shared/eval/score.mjs counts
 * them: gold = the non-pronoun Source spans of `Attribution` events, predicted
 * = the reported sources (pronouns dropped), each side grouped into clusters of
 * matching names; recall by one-to-one matching of clusters, precision = the
 * predicted clusters that match any gold cluster.
 */
export function scoreSourceSet(goldNames: string[], predictedNames: string[]): SetScore {
  const g = cluster(goldNames.filter((n) => !isPronoun(n)));
  const p = cluster(predictedNames.filter((n) => !isPronoun(n)).map((n) => sourceForms(n)[1] ?? n));
  const edge = (gi: number, pi: number) => g[gi]!.some((a) => p[pi]!.some((b) => namesMatch(a, b)));
  const matchP = new Map<number, number>();
  const tryG = (gi: number, seen: Set<number>): boolean => {
    for (let pi = 0; pi < p.length; pi++) {
      if (!edge(gi, pi) || seen.has(pi)) continue;
      seen.add(pi);
      if (!matchP.has(pi) || tryG(matchP.get(pi)!, seen)) {
        matchP.set(pi, gi);
        return true;
      }
    }
    return false;
  };
  let recalled = 0;
  for (let gi = 0; gi < g.length; gi++) if (tryG(gi, new Set())) recalled++;
  let precise = 0;
  for (let pi = 0; pi < p.length; pi++) if (g.some((_, gi) => edge(gi, pi))) precise++;
  return { gold: g.length, predicted: p.length, recalled, precise };
}

/** Precision, recall, F1 (0 when undefined). */
export function prf(tpP: number, nP: number, tpR: number, nR: number): { p: number; r: number; f: number } {
  const p = nP ? tpP / nP : 0;
  const r = nR ? tpR / nR : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Locate each sentence (in reading order) in the original text, tolerant of
 * whitespace differences (the DOM collapses runs of spaces and line breaks).
 * Returns [start, end) offsets into `text`, or null for a sentence not found.
 */
export function locateSentences(text: string, sentences: string[]): Array<[number, number] | null> {
  // Collapsed text with a map back to original offsets.
  let flat = '';
  const map: number[] = [];
  let prevSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (prevSpace) continue;
      flat += ' ';
      map.push(i);
      prevSpace = true;
    } else {
      flat += c;
      map.push(i);
      prevSpace = false;
    }
  }
  map.push(text.length);
  let cursor = 0;
  return sentences.map((s) => {
    const t = s.replace(/\s+/g, ' ').trim();
    if (!t) return null;
    let at = flat.indexOf(t, cursor);
    if (at < 0) at = flat.indexOf(t);
    if (at < 0) return null;
    cursor = at + t.length;
    return [map[at]!, map[at + t.length - 1]! + 1];
  });
}
