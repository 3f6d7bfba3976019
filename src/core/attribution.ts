import { resolveAcronym } from './acronyms';
import { detectCueLang } from './cue-lang';
import { intlCues } from './intl-cues';
import { dropTrailingParen } from './trim';
import { LIMITS } from './limits';
import { countryOfWord } from './countries';
import { SHORTCUTS } from './gate';
import type { SourceDirectory } from './directory';
import type { AcronymDefinition, Attribution, SourceKind, SourceLabel } from './report';
import type { Sentence } from './sentences';
import { eachMatch } from './each-match';
import {
  ANON_HEADS, COMPANY_WORDS, DOC_HEADS, GOV_TITLES, GOV_WORDS, OUTLET_WORDS, VAGUE_HEADS, isPersonName, isStateName,
  kindOf,
} from './source-kind';
import type { Candidate, Draft } from './attribution-types';
import {
  ADVERB, ANON_EXPERT_GATE, ANON_GATE, ANON_GATE_RE, ANON_PHRASE, CORRECTION_LINE, ORG_HEADS, PRONOUNS,
  REDUCED_PARTICIPLE, RELATIVE_GATE, SELF_NAMED_GATE, SPY_DESC_L10, SPY_NAME_L10, TEAM_GATE, TEAM_SUBJECT, TIME_WORD,
  WEAK_VERBS, isCap, isCapByPattern, tailWords, wordCount, words, wordsBySplit,
} from './attribution-lexicon';
import {
  AS_SAYING_L12, BODY_HEAD_FIX5, BODY_NAME_FIX5, CARRIED_BY_FIX5, CARRIED_OPENER_FIX6B, CLAIM_PASSIVE_FIX5,
  COLON_POSS_L12, COUNTED_CITED_L12, CUE_WORDS_1, CUE_WORDS_10, CUE_WORDS_11, CUE_WORDS_12, CUE_WORDS_13,
  CUE_WORDS_14, CUE_WORDS_15, CUE_WORDS_16, CUE_WORDS_17, INVERTED_P13, CUE_WORDS_18, CUE_WORDS_19, CUE_WORDS_2, CUE_WORDS_20,
  CUE_WORDS_21, CUE_WORDS_3, CUE_WORDS_4, CUE_WORDS_5, CUE_WORDS_6, CUE_WORDS_7, CUE_WORDS_8, CUE_WORDS_9,
  GROUP_OPENER_L12, HEADLINE_VERBS, MESSAGE_BEFORE_L11, NEEDS_OBJECT_OF, NEW_PARTICIPLE, NOUN_PLURAL_FIX5,
  OUTLET_DESCRIPTOR_L10, PARTICIPLE, PASSIVE_AGENT_VERBS, POSS_CONTENT, POSS_NOUN, POSS_OWNER, POSS_PRE,
  REBUTTAL_VERBS_FIX5, SAY_CLAUSE_FIX3, SO_INVERSION_FIX6B, STATE_WORDS, TOLD_WHEN_L10, WORD_SETS, cueMatches,
} from './attribution-cues';
import {
  ADDED_OBJECT_L10, ADDED_SUPPORT_FIX12, ADVICE_AFTER_L12, ADVICE_OF_FIX7, ANON_EXPERT_FIX4, ANON_FAMILIAR_FIX6,
  BARE_CUE_FIX12, BARE_QUANTIFIER_L10, BELIEF_L12, BE_PASSIVE, CAP_RUN_FIX7, CITED_DESC_FIX12, CITED_DOC_BY_FIX8,
  DATE_NAME_FIX4, DESCRIPTOR_L11, DOC_ADDED_L12, EMBASSY_L12, EMBASSY_SEAT_L12, HABITUAL_NEG_FIX12, HOW_NAME_FIX8,
  HOW_X_FIX8, LEGAL_SUFFIX_FIX12, NEGATED_FIX4, NEG_GATE, OBSERVERS_FIX4, OF_BODY_FIX4, OPENER_NOT_SUBJECT_FIX7,
  OWNED_BODY_L11, PASSIVE_CONJ_FIX4, POLICE_FORCE_FIX8, POSS_SUBJECT_FIX4, POSTING_VERB_L10, ROLE_DESCRIPTION_FIX4,
  SELF_NAMED_FIX4, SELF_PRONOUN_FIX4, SUBJECT_OPENER_FIX7, TECH_ACRONYMS_FIX6, TICKER_FIX12, appositiveStartsClause,
  causativeBeforeFix12, citedAsBefore, clauseSubject, countedPeopleFix9, docSubjectOf, endsInBePassive,
  endsInCommaOrQuote, endsInDeterminer, endsInPossessive, endsInWhClause, groupHeadFix8, groupKindOf, handleFix4,
  lowerNameSubjectL11, nameThenComma, namedWithGroupFix5, noSpeakerFix4, noSpeakerFix7, npBackward, npForward,
  objectCompoundFix5, outletOwnerFix6, pluralGroupFix8, sayAfterPluralFix8, selfKeyFix5, showAfterClauseFix9,
  splitCoordinated, stateListTailFix9, subjectBefore, titleCase,
} from './attribution-subject';
import type { Mention } from './attribution-subject';
import { classify, kindOfRole, orgInAppositive } from './attribution-classify';
import {
  COORDINATED_NAME, bareName, capitalisedNames, genderOf, givenNameP12, lastWords, personTail, roleOnlyP12,
  sentenceSubject,
} from './attribution-names';
import {
  NO_MARKS_P11, TIME_CLAUSE_P11, hasQuoteP11, ownClauseSubjectP11, quoteMarksP11, quoteOpenAt, quoteOpenAtP11,
  quotedTitleP11,
} from './attribution-quotes';
import {
  QA_LABEL_FIX4, SPEAKER_LABEL, interviewerFix4, qaGuestFix3, qaLabelsFix4, qaQuestionsL12, transcriptGuests,
  transcriptSpeakers,
} from './attribution-transcript';

/**
 * Where the article attributes a claim: one combined cue pass per sentence
 * (speech and report verbs, "according to", "citing", "as reported by",
 * passives), then the source phrase on the side the construction puts it,
 * resolved through acronyms, definite descriptions ("the ministry") and
 * pronouns ("he said", "it said"), labelled from the database, and linked to
 * the outlet that relays it (`via`). Mentions without a cue are never sources.
 * All regexes are linear; work is capped per page.
 */
export interface AttributionContext {
  db: SourceDirectory;
  acronyms: AcronymDefinition[];
  publisher: SourceLabel | null;
  /** The page's own site name (og:site_name), for a publisher the database does not know: "told Dnipro Daily" on its own page is no source. */
  siteName?: string | null;
}

/** fix13: a stock exchange named in a ticker ("(NASDAQ: QHSI)") is never "the company" the story is about. */
const STOCK_EXCHANGE_FIX13 = /^(?:NYSE|Nasdaq|NASDAQ|AMEX|LSE|TSX|TSXV|ASX|OTC|OTCQX|OTCQB|Euronext|HKEX|XETRA)$/;
/** fix13: a newswire dateline at the head of the subject: "CITY, State--(WIRE NAME)--". */
const WIRE_DATELINE_FIX13 = /^[^()]{0,60}--\s?\([A-Z][A-Za-z .&]{1,40}\)\s?--\s?/;
/** fix13: a lower-case description, then the person's name in commas ("the head of the bank's security unit, Reza Karimi,"). */
const DESCRIBED_NAME_FIX13 = /^\s+((?:the|a|an|its|their)\s+[a-z][^,]{2,80}),\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}),?\s*$/u;
/** fix13: the main clause after a relative one keeps its subject out of the story ("…, was not involved", "…, had no role"). */
const DISTANCED_FIX13 = /^[^,.;]{0,160},\s*(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:not|never)\s+(?:involved|part\s+of|a\s+party|connected|affiliated|consulted)|(?:had|has|have)\s+no\s+(?:role|part|involvement|connection))\b/i;
/** fix13: a negated passive before the cue ("was not", "were never", "isn't"). */
const NEG_PASSIVE_FIX13 = /\b(?:(?:was|were|is|are|been|being)\s+(?:not|never)|wasn['’]t|weren['’]t|isn['’]t|aren['’]t)\s*$/i;
/** polnear13: a relative clause after an inverted speaker that a finite verb follows ("who leaked the memo had resigned"). */
const REL_THEN_VERB_P13 = /^\s*(?:who|known as)\s[^,.;:]{0,120}?\s(?:had|has|have|was|were|is|are|will|would|could|can|did|does)\s/;

export const ATTRIBUTION_LIMITS = { maxSentences: 2_000, maxAttributions: LIMITS.attributions, maxSentenceChars: 2_000 };

/** For tests (tests/unit/attribution-speed.test.ts): the shortcuts and what they stand for, which must agree. */
export const ATTRIBUTION_SPEED = {
  get anonPhrase(): RegExp {
    return ANON_PHRASE;
  },
  get anonGate(): readonly string[] {
    return ANON_GATE;
  },
  get selfNamed(): RegExp {
    return SELF_NAMED_FIX4;
  },
  get selfNamedGate(): RegExp {
    return SELF_NAMED_GATE;
  },
  get anonGateRe(): RegExp {
    return ANON_GATE_RE;
  },
  get anonExpertGate(): RegExp {
    return ANON_EXPERT_GATE;
  },
  get anonExpert(): RegExp {
    return ANON_EXPERT_FIX4;
  },
  get negGate(): RegExp {
    return NEG_GATE;
  },
  get negated(): RegExp {
    return NEGATED_FIX4;
  },
  get teamSubject(): RegExp {
    return TEAM_SUBJECT;
  },
  get teamGate(): RegExp {
    return TEAM_GATE;
  },
  get relativeGate(): RegExp {
    return RELATIVE_GATE;
  },
  words: (s: string): string[] => words(s),
  get wordSets(): readonly [RegExp, ReadonlySet<string>][] {
    return WORD_SETS;
  },
  wordCount: (s: string): number => wordCount(s),
  wordsBySplit: (s: string): string[] => wordsBySplit(s),
  tailWords: (s: string, k: number): string[] => tailWords(s, k),
  capitalisedNames: (s: string): string[] => capitalisedNames(s),
  endsInDeterminer: (s: string): boolean => endsInDeterminer(s),
  endsInWhClause: (s: string): boolean => endsInWhClause(s),
  isCap: (w: string): boolean => isCap(w),
  isCapByPattern: (w: string): boolean => isCapByPattern(w),
  endsInPossessive: (s: string): boolean => endsInPossessive(s),
  endsInCommaOrQuote: (s: string): boolean => endsInCommaOrQuote(s),
  endsInBePassive: (s: string): boolean => endsInBePassive(s),
  get bePassive(): RegExp {
    return BE_PASSIVE;
  },
};


export function findAttributions(sentences: Sentence[], ctx: AttributionContext): Attribution[] {
  const it = findAttributionsSteps(sentences, ctx, 0);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/**
 * The language's own findings after the English ones, less the names English found; a relay (`via`) inside the
 * language's list is renumbered, and points to the English finding of the same name when that one was dropped.
 */
function mergeIntl(en: Attribution[], extra: Attribution[], have: ReadonlySet<string>): Attribution[] {
  const at: number[] = [];
  const kept: Attribution[] = [];
  for (const a of extra) {
    const key = a.source.toLowerCase();
    at.push(have.has(key) ? en.findIndex((e) => e.source.toLowerCase() === key) : en.length + kept.length);
    if (!have.has(key)) kept.push(a);
  }
  for (const a of kept) if (a.via !== null) a.via = at[a.via]! >= 0 ? at[a.via]! : null;
  return [...en, ...kept];
}

/**
 * `findAttributions` in steps: yields every `every` sentences (0: never), so a
 * caller can give the page the main thread between chunks. The cross-sentence
 * state (mentions, persons, subjects, drafts) lives in the generator, so the
 * result is the same as in one piece.
 */
export function* findAttributionsSteps(sentences: Sentence[], ctx: AttributionContext, every = 0): Generator<void, Attribution[], void> {
  try {
    const lang = detectCueLang(sentences);
    const intl = lang === 'en' ? null : intlCues();
    if (intl) {
      // German, French, Spanish: the English pass still catches English quotes; the language's own cues add the rest.
      const en = yield* run(sentences, ctx, every);
      if (every > 0) yield;
      const have = new Set(en.map((a) => a.source.toLowerCase()));
      return mergeIntl(en, intl.findAttributions(sentences, lang, ctx), have);
    }
    return yield* run(sentences, ctx, every);
  } catch {
    return [];
  }
}

const NO_DRAFTS: readonly Draft[] = [];

/**
 * "Byteline reported that …, citing two employees": a name the directory does not know, read as a company only because
 * nothing in it says otherwise, that reports and cites sources of its own is an outlet relaying them.
 */
function reporterCitingLeft9(here: readonly Draft[], reporters: Set<string>): void {
  if (!here.some((d) => d.cue.toLowerCase() === 'citing')) return;
  for (const d of here) {
    if (d.kind !== 'company' || d.label || !/^report(?:ed|s)$/i.test(d.cue)) continue;
    if (COMPANY_WORDS.test(d.source) || isPersonName(d.source) || !/^\p{Lu}/u.test(d.source)) continue;
    d.kind = 'outlet';
    reporters.add(d.source);
  }
}

/**
 * "China accuses …", "Singapore warns …": a country that speaks is its government. It gets the directory's entry for
 * that government; a headline's (or subheading's) country with none gets the government body of that country that speaks in the
 * article ("Singapore warns …" over "Singapore's Cyber Security Agency said …").
 */
function stateSpeakersLeft9(drafts: Draft[], sentences: Sentence[], db: SourceDirectory): void {
  for (const d of drafts) {
    if (d.label || d.kind !== 'government' || !isStateName(d.source)) continue;
    const state = d.source.replace(/^the\s+/i, '');
    d.label = db.byName(`Government of ${state}`) ?? db.byName(`${state}'s government`) ?? db.byName(`${state} government`);
    const kind = sentences[d.sentence]!.blockKind;
    if (d.label || (kind !== 'title' && kind !== 'heading')) continue;
    const cc = countryOfWord(state.toLowerCase());
    const body = cc ? drafts.find((o) => o.label && o.label.country === cc && o.label.affiliation === 'government' && o.kind === 'government') : undefined;
    if (body) d.label = body.label;
  }
}

/** Continents and world regions, which are never "the company" ("customers in Europe and Asia"). */
const REGION = /^(?:the\s+)?(?:Europe|Asia|Africa|Oceania|Antarctica|(?:North|South|Latin|Central)\s+America|the\s+Americas|Americas|Middle\s+East|Gulf|Caribbean|Scandinavia|Balkans|Baltics|Asia[- ]Pacific|EMEA|APAC)$/;
/** A name made only of places joined by commas or "and" ("Europe and Asia", "France, Spain and Italy"): no company. */
function placesOnly(name: string): boolean {
  const parts = name.split(',').flatMap((p) => p.split(' and ')).map((p) => p.trim());
  return parts.length <= 6 && parts.every((p) => REGION.test(p) || isStateName(p));
}

function* run(sentences: Sentence[], ctx: AttributionContext, every: number): Generator<void, Attribution[], void> {
  const { db, acronyms, publisher } = ctx;
  const drafts: Draft[] = [];
  /**
   * Sentence → [source, cue, index of the first draft with them] (lower case): a repeated source and cue in one
   * sentence is one attribution. (A key string per draft cost a concatenation and a hash on every attribution.)
   */
  const keys = new Map<number, [string, string, number][]>();
  const draftOf = (source: string, si: number, cue: string): number | undefined => {
    const list = keys.get(si);
    if (list) for (const [s0, c0, i] of list) if (s0 === source && c0 === cue) return i;
    return undefined;
  };
  const keep = (source: string, si: number, cue: string, index: number): void => {
    const list = keys.get(si);
    if (list) list.push([source, cue, index]);
    else keys.set(si, [[source, cue, index]]);
  };
  /** Named things seen so far (sources and capitalised mentions), most recent last: antecedents for "the ministry", "he", "it". */
  const mentions: Mention[] = [];
  /** left11: names written in lower case that the page introduced ("the privacy group noyb said"), learned at their cue. */
  const lowerNames = new Set<string>();
  /** Names that reported something citing sources of their own (reporterCitingLeft9): outlets. */
  const reporters = new Set<string>();
  const persons = new Map<string, { name: string; kind: SourceKind }>(); // surname / first name → full phrase
  // A person's kind and label, fixed by the post the article first gave them ("Jane Doe, a researcher at X"): a later
  // "Doe said" or "she said" carries no post of its own but is the same person.
  const personFacts = new Map<string, { kind: SourceKind; label: SourceLabel | null }>();
  /** The person who is the grammatical subject of a sentence ("Clinton criticized …"): antecedent for a "she said" after it. Computed on demand, memoised. */
  const subjects = new Map<number, { source: string; kind: SourceKind } | null>();
  /** polnear11: 1 for a sentence that starts inside a quotation opened in a sentence before it (set as sentences are read). */
  const inQuoteAt = new Uint8Array(Math.min(sentences.length, ATTRIBUTION_LIMITS.maxSentences));
  /** polnear8: the plural group that opens one of the sentences before, through sentences that open with "They". */
  const groupSubjectFix8 = (si: number): { source: string; kind: SourceKind } | null => {
    for (let j = si - 1; j >= Math.max(0, si - 3); j--) {
      const sent = sentences[j];
      if (!sent || sent.blockKind === 'title' || sent.blockKind === 'heading') return null;
      if (/^They\s+[a-z]/.test(sent.text)) continue;
      const g = pluralGroupFix8(sent.text);
      return g ? { source: g, kind: groupKindOf(g.split(/\s+/).find((w) => groupHeadFix8(w.toLowerCase())) ?? '') } : null;
    }
    return null;
  };

  const subjectOf = (j: number, depth = 0): { source: string; kind: SourceKind } | null => {
    if (j < 0 || depth > 3) return null;
    const known = subjects.get(j);
    if (known !== undefined) return known;
    const sent = sentences[j];
    let out: { source: string; kind: SourceKind } | null = null;
    // polnear11: a sentence inside a quotation is the speaker's words ("“… Obama had a song. Hillary has nobody,” he said"):
    // its subject is no antecedent.
    const subj = sent && sent.blockKind !== 'title' && sent.blockKind !== 'heading' && !inQuoteAt[j] ? sentenceSubject(sent.text) : null;
    if (subj) {
      // "He did …": the sentence carries on with the person of the one before.
      if (/^(?:he|she)$/i.test(subj)) out = subjectOf(j - 1, depth + 1);
      else {
        const p = /^[A-Z][\p{L}’'-]+$/u.test(subj) ? persons.get(subj) : null;
        const full = p ?? (isPersonName(subj) ? { name: subj, kind: 'person' as SourceKind } : null);
        // left9: the site's own name ("Hollis Crane is a reader-supported publication") is no person.
        if (full && !isPublisher(null, full.name)) out = { source: full.name, kind: full.kind };
      }
    }
    subjects.set(j, out);
    return out;
  };

  /** "Ukraine's Security Service, known as the SBU": the article's long form may be no entry's name when its short form is. */
  const shortFormLabel = (name: string): SourceLabel | null => {
    const n = name.replace(/^the\s+/i, '').replace(/[’']s$/, '').trim();
    for (const d of acronyms) if (d.long === n || n.endsWith(` ${d.long}`)) return db.byName(d.short);
    return null;
  };

  /** Answers of `labelFor` on this page (the database and the acronyms are fixed for the page): the same names are asked about many times. */
  const labels = new Map<string, SourceLabel | null>();
  const labelsOrg = new Map<string, SourceLabel | null>();
  const labelFor = (name: string, org: string | null): SourceLabel | null => {
    if (SHORTCUTS.off) return labelOf(name, org);
    // Unambiguous: the name's length first, then the name and the organisation.
    const key = org === null ? name : `${name.length}:${name}${org}`;
    const memo = org === null ? labels : labelsOrg;
    let hit = memo.get(key);
    if (hit === undefined) {
      hit = labelOf(name, org);
      memo.set(key, hit);
    }
    return hit;
  };
  const labelOf = (name: string, org: string | null): SourceLabel | null => {
    const direct = db.byName(name) ?? db.byName(resolveAcronym(name, acronyms)) ?? shortFormLabel(name);
    if (direct) return direct;
    if (org) {
      const o = db.byName(org) ?? db.byName(resolveAcronym(org, acronyms)) ?? shortFormLabel(org) ?? db.findNames(org)[0]?.label ?? null;
      if (o) return o;
    }
    // "Google’s Mandiant": the owned company named after the possessive.
    const owned = /^([A-Z][\p{L}-]{0,40})[’']s\s+(\S.{0,80})$/u.exec(name);
    const ownedLabel = owned ? db.byName(owned[2]!) : null;
    // "Pakistan's Foreign Office" is not the UK's: a country as the owner must be the entry's country.
    const ownerCountry = owned ? countryOfWord(owned[1]!.toLowerCase()) : null;
    if (ownedLabel && (!ownerCountry || !ownedLabel.country || ownedLabel.country === ownerCountry)) return ownedLabel;
    const hits = db.findNames(name);
    if (hits.length) return hits[0]!.label;
    // left12: "China's embassy in Stockholm", "the Russian embassy": an embassy is its sending state's mission (Vienna
    // Convention on Diplomatic Relations, art. 3: it represents the sending State), so the state's government row
    // labels it wherever the embassy sits; only embassies the database lists by name get their own row (above).
    const emb = EMBASSY_L12.exec(name);
    const seat = emb ? name.slice(emb[0].length) : '';
    if (emb && (seat === '' || EMBASSY_SEAT_L12.test(seat))) return db.byName(`${emb[1]}'s government`) ?? db.byName(`${emb[1]} government`);
    // "Ukraine’s security service" → "Security Service of Ukraine": the possessive owner written as an "of" complement.
    const poss = /^(?:the\s+)?([A-Z][\p{L}-]{2,30})[’']s\s+([a-z][a-z -]{2,60})$/u.exec(name);
    if (poss) return db.byName(`${poss[2]!.replace(/(^|\s)([a-z])/g, (_m, sp: string, c: string) => sp + c.toUpperCase())} of ${poss[1]}`);
    return null;
  };

  const selfName = ctx.siteName ? selfKeyFix5(ctx.siteName) : '';
  /** selfKeyFix5 of the names asked about on this page (a pure function; asked on every attribution when the site is named). */
  const selfKeys = new Map<string, string>();
  const selfKeyOf = (name: string): string => {
    if (SHORTCUTS.off) return selfKeyFix5(name);
    let k = selfKeys.get(name);
    if (k === undefined) selfKeys.set(name, (k = selfKeyFix5(name)));
    return k;
  };
  // blind8: "told the Post" on the Pennine Evening Post's own page: a paper names itself by the last word of its name.
  const selfLast = ctx.siteName ? /\s([A-Z][a-z]{2,20})$/.exec(ctx.siteName.trim())?.[1] ?? '' : '';
  const isPublisher = (label: SourceLabel | null, name: string): boolean => {
    if (selfName.length >= 4 && selfKeyOf(name) === selfName) return true;
    if (selfLast && name.replace(/^the\s+/i, '') === selfLast) return true;
    if (!publisher) return false;
    if (label && label.id === publisher.id) return true;
    return name.toLowerCase().replace(/^the\s+/, '') === publisher.name.toLowerCase().replace(/^the\s+/, '');
  };

  /**
   * "Negotiator Felix Obuya of firm X said …. “…,” he said.": when the source of an earlier sentence is no person
   * (the firm, "the SBU official"), the person named in that sentence speaks; for a role description with no
   * name there ("the SBU official argued"), the person the paragraph was about, named in the sentences just before.
   */
  const speakerOfFix4 = (sj: number, personLike: (m: Mention) => boolean): { source: string; kind: SourceKind } | null => {
    const full = (m: Mention): { source: string; kind: SourceKind } => {
      const p = /^[A-Z][\p{L}’'-]+$/u.test(m.name) ? persons.get(m.name) : undefined;
      return p ? { source: p.name, kind: p.kind } : { source: m.name, kind: m.kind };
    };
    const srcs = mentions.filter((m) => m.sentence === sj && m.isSource);
    if (srcs.some((m) => personLike(m))) return null;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.sentence < sj) break;
      if (m.sentence === sj && !m.isSource && personLike(m)) return full(m);
    }
    if (!srcs.some((m) => ROLE_DESCRIPTION_FIX4.test(m.name))) return null;
    // "Vitruk is unmoved. … the SBU official argued": the person who is the subject of a sentence just before.
    for (let j = sj - 1; j >= Math.max(0, sj - 2); j--) {
      const p = subjectOf(j);
      if (p) return p;
    }
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.sentence >= sj) continue;
      if (sj - m.sentence > 3) break;
      // A surname alone ("Vitruk is unmoved.") stands for the person named in full before.
      if (personLike(m) || (/^[A-Z][\p{L}’'-]+$/u.test(m.name) && persons.has(m.name))) return full(m);
    }
    return null;
  };

  /** Resolve pronouns, definite descriptions, surnames and acronyms to the named antecedent. */
  const resolve = (c: Candidate, si: number): Candidate | null => {
    let s = c.source;
    const low = s.toLowerCase();
    if (PRONOUNS.test(s)) {
      if (/^(?:he|she)$/.test(low)) {
        // A Title Case headline's subject ("Black Lawmakers Rip …") is no antecedent for a "he" in the body.
        const clash = low === 'he' ? 'f' : 'm';
        // left9: the site's own name ("The Patch Gap is a reader-supported publication") is no person, whatever it looks like.
        const personLike = (m: Mention): boolean => sentences[m.sentence]?.blockKind !== 'title' && !roleOnlyP12(m.name) && genderOf(m.name) !== clash && (m.kind === 'person' || m.kind === 'researcher' || ((m.kind === 'government' || m.kind === 'company') && isPersonName(lastWords(m.name, 2)))) && !isPublisher(null, m.name);
        // A person quoted in this or the previous sentence, else the person who is the subject of the previous sentence.
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (si - m.sentence > 1) break;
          if (m.isSource && personLike(m)) return { source: m.name, kind: m.kind };
        }
        for (let k = 1; k <= 3; k++) {
          const prevSubject = subjectOf(si - k);
          // "Clinton spoke. … he said": a subject of the other gender is no antecedent; look further back.
          if (prevSubject && genderOf(prevSubject.source) !== clash) return prevSubject;
          if (mentions.some((m) => m.sentence === si - k && m.isSource)) {
            const speaker = speakerOfFix4(si - k, personLike);
            if (speaker) return speaker;
            break;
          }
        }
        // left9: "Obi's budget is $38,000, he said": a person already named who opens the sentence as its possessive.
        const owner = /^([A-Z][\p{L}’'-]{1,30})[’']s\s/u.exec(sentences[si]!.text)?.[1];
        const ownerFull = owner ? persons.get(owner) : undefined;
        if (ownerFull && genderOf(ownerFull.name) !== clash) return { source: ownerFull.name, kind: ownerFull.kind };
        // The person quoted most recently, else a person named in the last two sentences.
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (si - m.sentence > 6) break;
          if (m.isSource && personLike(m)) return { source: m.name, kind: m.kind };
        }
        // polnear11: "Former Rep. Chris Shays (R-Conn.) was pro Kasich …, he said": with no speaker before, the person
        // who opens the reported clause itself (no quotation in it) reports on themselves.
        const own = ownClauseSubjectP11(sentences[si]!.text, clash);
        if (own) return { source: persons.get(lastWords(own, 1))?.name ?? own, kind: 'person' };
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (si - m.sentence > 2) break;
          if (personLike(m)) return { source: m.name, kind: m.kind };
        }
        return null;
      }
      if (/^(?:it|they)$/.test(low)) {
        const orgLike = (m: Mention): boolean => m.kind !== 'person' && m.kind !== 'researcher' && m.kind !== 'anonymous' && m.kind !== 'unspecified' && m.kind !== 'document';
        // polnear11: "The letter also accuses …. It also accused …": a document that was the last source, in the sentence
        // just before, goes on speaking.
        if (low === 'it' && mentions.length) {
          for (let k = mentions.length - 1; k >= 0; k--) {
            const m = mentions[k]!;
            if (m.sentence < si - 1) break;
            if (!m.isSource) continue;
            if (m.sentence === si - 1 && m.kind === 'document') return { source: m.name, kind: m.kind };
            break;
          }
        }
        // The most recent organisation that was a source in the last sentences, else any organisation named lately.
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (si - m.sentence > 3) break;
          if (m.isSource && orgLike(m)) return { source: m.name, kind: m.kind };
          // "they": also people quoted together ("Ms. Hale and Mr. Ortiz") or a group ("critics of the plan").
          if (m.isSource && low === 'they' && (/\sand\s/.test(m.name) || ((m.kind === 'anonymous' || m.kind === 'unspecified') && /s$/.test(m.name.split(/\s+/).pop() ?? '')))) return { source: m.name, kind: m.kind };
        }
        // "Critics of the plan … see …. They sent a letter. “…,” they wrote.": a plural group that opens a recent sentence.
        if (low === 'they') {
          const group = groupSubjectFix8(si);
          if (group) return group;
        }
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (si - m.sentence > 6) break;
          // A mere mention must look like an organisation by its words or be known to the database.
          if (orgLike(m) && (m.isSource || GOV_WORDS.test(m.name) || COMPANY_WORDS.test(m.name) || OUTLET_WORDS.test(m.name) || db.byName(m.name))) return { source: m.name, kind: m.kind };
        }
        return null;
      }
      return null;
    }
    // left10: "fixes across Windows, Office, Exchange Server and Azure": the tail of a list the database does not know as one
    // name is products (or places), never "the company".
    const productListFix10 = (name: string): boolean => name.includes(' and ') && !db.byName(name);
    // An antecedent of "the company" has a name: "the group" or "the firm" is a description, not who it points to.
    const named = (name: string): boolean => /[\p{Lu}\p{N}]/u.test(name.replace(/^the\s+/i, ''));
    // Definite description: "the ministry", "the agency", "the company", "the board".
    const def = /^(?:the|its|their)\s+((?:[\w’'-]+\s+){0,2}?)(ministry|agency|bureau|department|commission|police|force|office|government|council|board|committee|administration|center|centre|embassy|company|firm|vendor|institute|university|foundation|regulator|watchdog|court|organization|organisation|newspaper|outlet|broadcaster|team|lab|labs|provider|developer|maker|fund|union|party|campaign|caucus|coalition|panel|mission|delegation)$/i.exec(s);
    // "the Russian embassy" names a new body; only "the embassy" / "the cyber agency" point back.
    if (def && !/[A-Z]/.test(def[1]!)) {
      const head = def[2]!.toLowerCase();
      const companyish = /^(?:company|firm|vendor|provider|developer|maker|lab|labs)$/.test(head);
      const outletish = /^(?:newspaper|outlet|broadcaster)$/.test(head);
      // blind8: "the force said": the police force named in this sentence or the three before.
      if (head === 'force' && !def[1]!.trim()) {
        for (let k = si; k >= 0 && k > si - 4; k--) {
          const t = sentences[k]!.text.slice(0, 400);
          const m = POLICE_FORCE_FIX8.exec(t);
          if (!m) continue;
          // The force word and up to three capitalised words before it ("Spain's Guardia Civil", "West Yorkshire Police").
          const w = t.slice(Math.max(0, m.index - 60), m.index).split(' ');
          w.pop();
          let b = w.length;
          while (b > 0 && w.length - b < 3 && /^[A-Z]/.test(w[b - 1]!)) b--;
          return { source: [...w.slice(b), m[0]].join(' '), kind: 'government' };
        }
        return null;
      }
      // "the company said": a company quoted in the last few sentences comes before products named since ("GlobalGate VPN", "PX-OS").
      if (companyish) {
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (si - m.sentence > 4) break;
          if (m.isSource && m.kind === 'company' && named(m.name) && !isPersonName(lastWords(m.name, 2)) && !placesOnly(m.name)) return { source: m.name, kind: m.kind };
        }
      }
      // "a spokesperson for the country’s foreign ministry": the body of the state named last ("North Korea rejected …"), not
      // the government body quoted last (another country's agency).
      if (/^(?:country|nation)[’']s\s/i.test(def[1]!)) {
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (si - m.sentence > 3) break;
          if (isStateName(m.name)) return { source: m.name, kind: 'government' };
        }
      }
      // left10: "the spy agency", "the intelligence service": an intelligence body named before, never the police agency
      // quoted last; unnamed when there is none.
      if (SPY_DESC_L10.test(def[1]!)) {
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (si - m.sentence > 15) break;
          if (SPY_NAME_L10.test(m.name) && !isPersonName(lastWords(m.name, 2))) return { source: m.name, kind: 'government' };
        }
        return { source: s.replace(/^(?:its|their)\s+/i, 'the '), kind: c.kind };
      }
      // "KCNA said …. The agency quoted …": a source of the last sentences whose database name has the head ("Korean Central News Agency").
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (si - m.sentence > 2) break;
        const full = m.isSource && !new RegExp(`\\b${head}\\b`, 'i').test(m.name) ? db.byName(m.name)?.name : undefined;
        if (full && new RegExp(`\\b${head}\\b`, 'i').test(full)) return { source: m.name, kind: m.kind };
      }
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (si - m.sentence > 15) break;
        // A bare short acronym that was never a source ("IP", "VPN") is a technical term, not the company.
        // The nearest candidate being such a list, an older one is no safer: "the company" stays unresolved.
        if (companyish && m.kind === 'company' && productListFix10(m.name) && !placesOnly(m.name)) break;
        // blind10: nor is a name ending in a number that was never a source ("PrintHub Server 7" in a facts table: a
        // product), nor a public programme named in "Social Security numbers".
        if (companyish ? m.kind === 'company' && named(m.name) && !placesOnly(m.name) && !STOCK_EXCHANGE_FIX13.test(m.name) && (m.isSource || ((!/^[A-Z]{2,4}s?$/.test(m.name) && !/^[A-Z0-9]{1,8}(?:[-.][A-Z0-9]{1,8}){1,3}$/.test(m.name) && !TECH_ACRONYMS_FIX6.test(m.name) && !/\s\d{1,3}$/.test(m.name) && !/^(?:Social Security|Medicare|Medicaid)$/.test(m.name)) || !!db.byName(m.name))) : outletish ? m.kind === 'outlet' : new RegExp(`\\b${head === 'centre' ? 'cent(?:er|re)' : head === 'center' ? 'cent(?:er|re)' : head}\\b`, 'i').test(m.name)) {
          return { source: m.name, kind: m.kind };
        }
      }
      // "A senior official at the agency": the public body named nearest before (a centre, an office), not a diplomatic mission quoted earlier.
      if (BODY_HEAD_FIX5.test(head) && !def[1]!.trim()) {
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (si - m.sentence > 3) break;
          if (m.sentence === si && !m.isSource) continue;
          if (m.kind === 'government' && BODY_NAME_FIX5.test(m.name) && !/\b(?:[Ee]mbassy|[Cc]onsulate|[Mm]ission)\b/.test(m.name) && !isPersonName(lastWords(m.name, 2)) && !isStateName(m.name)) return { source: m.name, kind: m.kind };
        }
      }
      // Unresolved "the agency", "the ministry": the government body quoted most recently.
      if (!companyish && !outletish && !/^(?:union|party|campaign|caucus|coalition|fund|team|university|foundation|institute|panel)$/.test(head)) {
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (si - m.sentence > 10) break;
          if (m.isSource && m.kind === 'government' && !isPersonName(lastWords(m.name, 2))) return { source: m.name, kind: m.kind };
        }
      }
      return { source: s.replace(/^(?:its|their)\s+/i, 'the '), kind: c.kind };
    }
    // A surname or first name used alone after the full name: "Zhao said" → "Zhao Lijian".
    if (/^[A-Z][\p{L}’'-]+$/u.test(s) && persons.has(s)) {
      const p = persons.get(s)!;
      return { source: p.name, kind: p.kind };
    }
    // Acronyms defined in the article.
    const r = resolveAcronym(s, acronyms);
    if (r !== s) s = r;
    return { ...c, source: s };
  };

  const remember = (name: string, kind: SourceKind, si: number, isSource = false): void => {
    // A date ("June 18", "March 2024") is never an antecedent of "the company" or "it".
    if (DATE_NAME_FIX4.test(name)) return;
    mentions.push({ name, kind, sentence: si, isSource });
    if (mentions.length > 400) mentions.splice(0, 100);
    if (kind === 'person' || kind === 'researcher' || kind === 'government' || kind === 'company') {
      // blind11: not the tail of a coordination ("the Corvel Authenticator and Corvel Vault apps"): its last two words
      // name one of the things joined, and "Corvel said" would become the whole phrase.
      const pm = COORDINATED_NAME.test(name) ? null : personTail(name);
      if (pm) {
        const k: SourceKind = kind === 'company' ? 'person' : kind;
        const prev = persons.get(pm[2]!);
        if (!prev || (isSource && prev.name.length < name.length)) persons.set(pm[2]!, { name, kind: k });
        if (!persons.has(pm[1]!)) persons.set(pm[1]!, { name, kind: k });
      }
    }
  };

  /**
   * The organisation of a named person, corrected: "a researcher at the Slovak security company" names no
   * organisation "Slovak" but the company named just before; without one, no organisation.
   */
  const orgFix3 = (org: string | null, role: string | null, si: number): string | null => {
    if (!org || !role || !/^[A-Z][a-z]{2,20}$/.test(org) || db.byName(org)) return org;
    // "a spokesperson for the Chinese embassy in Washington": the nationality and the body's noun together name it.
    const body = new RegExp(`\\b${org}\\s+((?:foreign\\s+)?(?:embassy|ministry|government|consulate|mission|military|army|navy|police|foreign ministry))\\b`).exec(role);
    if (body) return `${org} ${body[1]}`;
    if (!new RegExp(`\\b${org}\\s+(?:[a-z-]+\\s+){0,2}(?:company|firm|vendor|provider|maker|lab|group|developer)\\b`).test(role)) return org;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (si - m.sentence > 3) break;
      if (m.kind === 'company' && (m.isSource || db.byName(m.name)) && !isPersonName(lastWords(m.name, 2))) return m.name;
    }
    return null;
  };

  /**
   * "Illia Vitruk, the head of the cyber department of Ukraine's Security Service, has spent …": a person introduced
   * with a post at a known body, in a sentence that quotes nobody, is that body's voice when quoted later by surname.
   */
  const introduce = (nm: string, text: string, si: number): void => {
    if (!isPersonName(lastWords(nm, 2))) return;
    const at = text.indexOf(`${nm}, `);
    if (at < 0) return;
    const role = /^(?:(?:a|an|the)\s+)?[^,;()“”"]{3,140}/.exec(text.slice(at + nm.length + 2, at + nm.length + 160))?.[0];
    // A former official no longer speaks for the body.
    if (!role || !/^(?:a|an|the)\s|^[a-z]/.test(role) || /\b(?:former|ex|retired|onetime|erstwhile|then)\b/i.test(role)) return;
    const org = orgFix3(orgInAppositive(role), role, si);
    if (!org) return;
    const label = labelFor(nm, org);
    if (!label) return;
    const full = `${nm} (${org})`;
    if (personFacts.has(full)) return;
    const base = kindOf(full, label, db, null);
    personFacts.set(full, { kind: base === 'person' ? (kindOfRole(role) ?? base) : base, label });
    const surname = lastWords(nm, 1);
    const prev = persons.get(surname);
    if (!prev || prev.name === nm) persons.set(surname, { name: full, kind: personFacts.get(full)!.kind });
  };

  /** left11: "Helena Marsh, the agency's deputy director": the body a possessive description points back to, by name. */
  const ownedBodyL11 = (role: string, si: number): string | null => {
    const m = OWNED_BODY_L11.exec(role);
    if (!m) return null;
    const r = resolve({ source: `the ${m[1]!}`, kind: null }, si);
    return r && /\p{Lu}/u.test(r.source) ? r.source : null;
  };
  const add = (raw: Candidate, cue: string, si: number, pos: number, relay = false): number | null => {
    if (drafts.length >= ATTRIBUTION_LIMITS.maxAttributions) return null;
    // A subject already known to be anonymous ("…, who asked not to be named,") stands even when its head noun is unusual.
    // "the expert noted": the expert or researcher quoted just before.
    if (/^the\s+(?:expert|researcher|analyst|scholar|professor|academic)$/i.test(raw.source.trim())) {
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (si - m.sentence > 3) break;
        if (m.isSource && m.kind === 'researcher') return add({ source: m.name, kind: 'researcher', role: 'researcher' }, cue, si, pos, relay);
      }
    }
    if (noSpeakerFix4(raw.source)) return null;
    if (noSpeakerFix7(raw.source)) return null;
    // "a hacker calling himself “xenZen” began selling what he claims are …": the pronoun is the self-named person of this sentence.
    if (/^(?:he|she|they)$/i.test(raw.source.trim())) {
      const alias = SELF_PRONOUN_FIX4.exec(sentences[si]!.text.slice(Math.max(0, pos - 200), pos));
      if (alias) raw = { source: alias[1]!.trim(), kind: 'unspecified' };
    }
    const cls = classify(raw.source) ?? (raw.kind === 'anonymous' && raw.source.length <= 140 ? { source: raw.source, kind: 'anonymous' as SourceKind } : null) ?? handleFix4(raw) ?? (lowerNames.has(raw.source) ? { source: raw.source, kind: raw.kind } : null);
    if (!cls) return null;
    if (raw.kind && !cls.kind) cls.kind = raw.kind;
    // fix7: "Two employees, who asked not to be identified, said": the appositive's anonymity outweighs a vague head.
    if (raw.kind === 'anonymous' && cls.kind === 'unspecified') cls.kind = 'anonymous';
    const res = resolve(cls, si);
    if (!res) return null;
    let name = bareName(res.source);
    if (!name || name.length < 2) return null;
    if (noSpeakerFix7(name)) return null;
    const org = orgFix3(raw.org ?? null, raw.role ?? null, si) ?? (raw.role ? ownedBodyL11(raw.role, si) : null);
    // "John Smith, a former director of the NSA, said": a former official no longer speaks for the body.
    const formerPost = !!raw.role && /\b(?:former|ex|retired|onetime|erstwhile)\b/i.test(raw.role) && !/\b(?:now|currently)\s/.test(raw.role);
    if (org && !name.includes(org) && isPersonName(lastWords(name, 2))) name = `${name} (${formerPost ? 'formerly ' : ''}${org})`;
    // "He believes …" resolved to "Illia Vitruk": the person introduced earlier with their post is that full name.
    if (!org && !raw.role && !name.endsWith(')') && isPersonName(lastWords(name, 2))) {
      const p = persons.get(lastWords(name, 1));
      if (p && p.name.startsWith(`${name} (`) && personFacts.has(p.name)) name = p.name;
    }
    const facts = !org && !raw.role ? personFacts.get(name) : undefined;
    // "X’s mission to the United Nations" is labelled by its sender, never by the host body.
    const toThe = name.indexOf(' to the ');
    const sender = toThe >= 2 && toThe <= 60 ? name.slice(0, toThe) : '';
    const label = facts ? facts.label : sender && /\b(?:mission|embassy|delegation|ambassador|envoy|representative)$/i.test(sender) ? db.byName(sender) : labelFor(dropTrailingParen(name), formerPost ? null : org);
    if (isPublisher(label, name) && (relay || /^(?:told|reported|according to)$/i.test(cue))) return null;
    // "who served as deputy director of X and now teaches at Y": only the current post decides the kind.
    const nowAt = raw.role ? raw.role.search(/\b(?:now|currently)\s/) : -1;
    if (nowAt > 0) raw = { ...raw, role: raw.role!.slice(nowAt), kind: raw.kind === 'government' && !GOV_WORDS.test(raw.role!.slice(nowAt)) ? null : raw.kind };
    let kind = kindOf(name, label, db, res.kind ?? null);
    // polnear12: "Bob said …": a lone given name of the he/she lists is a person (a later "he said" is Bob), not a company.
    if (kind === 'company' && !label && givenNameP12(name)) kind = 'person';
    // A person whose appositive gives a government title at a government body speaks for it ("a spokesman for the X Embassy").
    if (raw.kind === 'government' && (kind === 'person' || kind === 'company') && !formerPost) kind = 'government';
    if (kind === 'person' && raw.organisation) kind = 'company';
    // "Name, a researcher at X" / "Name, professor at Y": the role says researcher; "Name, CEO of X": the company's voice.
    if (kind === 'person' && raw.role && !formerPost) kind = kindOfRole(raw.role) ?? kind;
    // "Name, a senior SBU cyber official": an official's title naming a body the database knows as a government one.
    if (kind === 'person' && raw.role && !formerPost && GOV_TITLES.test(raw.role) && govBodyInRoleFix5(raw.role)) kind = 'government';
    if (facts) kind = facts.kind;
    else if ((org || raw.role) && name.endsWith(')') && isPersonName(lastWords(dropTrailingParen(name), 2)) && !personFacts.has(name)) personFacts.set(name, { kind, label });
    const nameLow = name.toLowerCase();
    const cueLow = cue.toLowerCase();
    // The first draft made with this source and cue in this sentence (a draft's source, sentence and cue never change once pushed).
    const had = draftOf(nameLow, si, cueLow);
    if (had !== undefined) return had;
    keep(nameLow, si, cueLow, drafts.length);
    drafts.push({ source: name, kind, cue, sentence: si, label, via: null, relayOutlet: relay, pos });
    remember(name, kind, si, true);
    return drafts.length - 1;
  };

  /** "first flagged on March 29 by X, which …, and by Y": every agent is a source. */
  const passiveAgents = (right: string, verb: string, si: number, at: number): void => {
    const by = /^\s+(?:(?!by\b)[\w’'-]+\s+){0,8}?by\s+/.exec(right);
    if (!by) return;
    // "published their assessment of a campaign carried out by the actor": the agent of another participle.
    if (words(by[0]).slice(0, -1).some((w) => REDUCED_PARTICIPLE.test(w))) return;
    let rest = right.slice(by[0].length);
    for (let k = 0; k < 3; k++) {
      const f = npForward(rest);
      if (!f) return;
      add({ source: f.np, kind: null }, verb, si, at);
      const more = /(?:^|[\s,])and (?:also )?by\s+/.exec(f.rest.slice(0, 200));
      if (!more) return;
      rest = f.rest.slice(more.index + more[0].length);
    }
  };

  /** A capitalised word or acronym in a role that the database (or the article's acronyms) knows as a government body. */
  const govBodyInRoleFix5 = (role: string): boolean => {
    let k = 0;
    for (const w of role.slice(0, 160).split(/\s+/)) {
      const t = w.replace(/[’']s$/, '').replace(/[,.;:]$/, '');
      if (!/^[A-Z][A-Za-z0-9-]{1,15}$/.test(t) || /^(?:A|An|The|Senior|Deputy|Chief|Head|Former)$/.test(t) || ++k > 4) continue;
      const lab = db.byName(t) ?? db.byName(resolveAcronym(t, acronyms));
      if (lab && kindOf(t, lab, db, null) === 'government') return true;
    }
    return false;
  };

  /** "X quoted/cited Y as saying": Y is a source, relayed by X when X is an outlet. */
  const citedAsFix5 = (right: string, verb: string, si: number, pos: number, idx: number, relative = false): void => {
    const asAt = right.slice(0, 200).search(/ as (?:saying|telling)\b/);
    // fix13: "quoted the head of the central bank's security unit, Reza Karimi, as saying": the person named after the description.
    const described = asAt > 1 ? DESCRIBED_NAME_FIX13.exec(right.slice(0, asAt)) : null;
    if (described) {
      const r = add({ source: described[2]!, kind: null, org: orgInAppositive(described[1]!), role: described[1]! }, verb, si, pos);
      if (r !== null && r !== idx && drafts[idx]!.kind === 'outlet') drafts[r]!.via = idx;
      return;
    }
    const f = asAt > 1 ? npForward(right.slice(0, asAt)) : null;
    if (!f && relative) {
      // fix12: "according to Reuters, which cited Iran's state broadcaster Press TV, the head of …": the named outlet or
      // body the relative clause cites, closed by its comma, relayed by the antecedent (blind12).
      const desc = CITED_DESC_FIX12.exec(right.slice(0, 160));
      const h = npForward(right.slice(desc ? desc[0].length : 0, 160));
      if (h && (h.appositive !== null || /^\s*,/.test(h.rest)) && /\p{Lu}/u.test(h.np)) {
        const r = add({ source: h.np, kind: null }, verb, si, pos);
        if (r !== null && r !== idx && drafts[idx]!.kind === 'outlet') drafts[r]!.via = idx;
        return;
      }
    }
    if (!f) {
      // blind8: "The newspaper also cited a report by the X Center": the document's author, relayed by the subject.
      const doc = CITED_DOC_BY_FIX8.exec(right.slice(0, 120));
      const g = doc ? npForward(right.slice(doc[0].length)) : null;
      if (!g || !isCap(g.np.replace(/^the\s+/i, ''))) return;
      const r = add({ source: g.np, kind: null }, verb, si, pos);
      if (r !== null && r !== idx && drafts[idx]!.kind === 'outlet') drafts[r]!.via = idx;
      return;
    }
    const r = add({ source: f.np, kind: null, org: f.appositive ? orgInAppositive(f.appositive) : null, role: f.appositive }, verb, si, pos);
    if (r !== null && r !== idx && drafts[idx]!.kind === 'outlet') drafts[r]!.via = idx;
  };

  /**
   * "according to a statement carried by RIA Novosti", "citing a report run by X": a document with no author named
   * is the carrying outlet's to relay. The outlet is the source (and relays the other sources of the sentence); a
   * document with an author ("a statement by the ministry carried by TASS") keeps its author, relayed by the outlet.
   */
  const carriedByFix5 = (f: { np: string; rest: string }, cue: string, si: number, at: number): boolean => {
    const by = CARRIED_BY_FIX5.exec(f.rest.slice(0, 60));
    if (!by) return false;
    const g = npForward(f.rest.slice(by[0].length));
    if (!g || !isCap(g.np.replace(/^the\s+/i, ''))) return false;
    const bare = f.np.replace(/^(?:(?:a|an|the|its|their|his|her|new|recent|separate|brief|short|written|joint)\s+)+/i, '');
    const docOnly = /^[a-z]/.test(bare) && DOC_HEADS.test((bare.split(/\s+/).pop() ?? '').toLowerCase());
    const o = add({ source: g.np, kind: 'outlet' }, cue, si, at, true);
    if (!docOnly) {
      const a = add({ source: f.np, kind: null }, cue, si, at);
      if (a !== null && o !== null && a !== o) drafts[a]!.via = o;
    }
    return true;
  };

  /**
   * fix7: "Iran's state broadcaster Press TV picked the story up, citing an unnamed official": an outlet named in the
   * clause before ", citing" is the relay of the source it cites. Only outlets the database or its name words know.
   */
  const citingOutletFix7 = (left: string, cited: number, cue: string, si: number): void => {
    const clause = left.slice(Math.max(0, left.length - 200));
    for (const m of eachMatch(CAP_RUN_FIX7, clause)) {
      const run = m[0].replace(/[’']s$/, '');
      const lab = labelFor(run, null);
      if (kindOf(run, lab, db, null) !== 'outlet' || isPublisher(lab, run)) continue;
      const o = add({ source: run, kind: 'outlet' }, cue, si, Math.max(0, left.length - clause.length + (m.index ?? 0)), true);
      if (o !== null && o !== cited) drafts[cited]!.via = o;
      return;
    }
  };

  /** A draft's source again, for a second cue of the same clause ("she said …, emphasizing …"). */
  const sameSource = (d: Draft, cue: string, si: number, pos: number): void => {
    if (drafts.length >= ATTRIBUTION_LIMITS.maxAttributions) return;
    const sourceLow = d.source.toLowerCase();
    const cueLow = cue.toLowerCase();
    if (draftOf(sourceLow, si, cueLow) !== undefined) return;
    keep(sourceLow, si, cueLow, drafts.length);
    drafts.push({ ...d, cue, sentence: si, pos, relayOutlet: false });
    remember(d.source, d.kind, si, true);
  };

  /** "…, saying …": the source named last before the participle in this sentence, else the subject that opens the clause. */
  const participle = (text: string, cueRaw: string, si: number, at: number, before: number): void => {
    for (let k = drafts.length - 1; k >= before; k--) {
      const d = drafts[k]!;
      if (d.pos >= at || d.relayOutlet) continue;
      sameSource(d, cueRaw, si, at);
      return;
    }
    const subj = clauseSubject(text.slice(0, at));
    if (subj) add({ source: subj.np, kind: subj.kind ?? null, org: subj.appositive ? orgInAppositive(subj.appositive) : null, role: subj.appositive }, cueRaw, si, at);
  };

  const possessives = (text: string, si: number): void => {
    // The matches one by one on the pattern itself (nothing called below uses it): matchAll copied it per sentence.
    POSS_NOUN.lastIndex = 0;
    let k = 0;
    for (let m = POSS_NOUN.exec(text); m; m = POSS_NOUN.exec(text)) {
      if (++k > 6 || drafts.length >= ATTRIBUTION_LIMITS.maxAttributions) break;
      const at = m.index!;
      const from = Math.max(0, at - 90);
      const owner = POSS_OWNER.exec(text.slice(from, at));
      if (!owner) continue;
      const o = owner[1]!;
      // The holder's position opens the clause ("Clinton's comments on …", "But his remarks …", "in her words"), or is a claim with its content
      // ("the ministry's claim that …"); "echo her concerns", "called Obama's remarks …" make the object no statement of its own.
      const pre = text.slice(Math.max(0, from + owner.index + owner[0].indexOf(o) - 40), from + owner.index + owner[0].indexOf(o)).trimEnd();
      const opens = pre === '' || /(?:[,;:—–(“"]|\b(?:[Bb]ut|[Aa]nd|[Yy]et|that|[Ii]n|[Ww]hile|[Tt]hough|[Aa]lthough|[Bb]ecause|[Tt]he))$/.test(pre);
      // A position has content ("… comments on the shooting", "… claim that", "… estimate of growth"); "Swift's claims were denied" has none.
      const after = text.slice(at + m[0].length, at + m[0].length + 40);
      if (!POSS_CONTENT.test(after) && !(m[0] === 'words' && /^\s*,/.test(after))) continue;
      if (!opens && !/^\s+that\b/.test(after)) continue;
      if (/^(?:his|her)$/i.test(o)) {
        // Only a person quoted lately: a possessive pronoun alone is weak evidence of who holds the position.
        const who = resolve({ source: /^his$/i.test(o) ? 'he' : 'she', kind: null }, si);
        if (who && drafts.some((d) => d.source === who.source && si - d.sentence <= 3)) add({ source: who.source, kind: who.kind }, m[0], si, at);
        continue;
      }
      const name = o.replace(/[’']s?$/, '');
      // "the union's claim": a source noun, resolved like "the union said".
      if (/^the\s/.test(name) && !ORG_HEADS.test(name.slice(4))) continue;
      // Capitalised possessors only: "Monday's statement" is no one's; a sentence-initial determiner is not part of the name.
      const bare = name.replace(/^(?:The|A|An|But|And|In|On|As|By)\s+/, '');
      if (!bare || TIME_WORD.test(bare.split(/\s+/).pop()!) || /^(?:This|That|These|Those|It|Its|Our|My|Your|Their)$/.test(bare)) continue;
      add({ source: bare, kind: null }, m[0], si, at);
    }
  };

  const n = Math.min(sentences.length, ATTRIBUTION_LIMITS.maxSentences);
  /** Capitalised names seen so far, with the long form and kind they are remembered under. */
  const mentionOf = new Map<string, { name: string; kind: SourceKind }>();
  const qaGuest = qaGuestFix3(sentences, n);
  const guests = transcriptGuests(sentences, n);
  const speakers = transcriptSpeakers(sentences, n);
  // A transcript whose guests were introduced ("talks to X") is read by its guests' labels only: a host's label is no source.
  const qaLabels = guests.size ? new Set<string>() : qaLabelsFix4(sentences, n);
  // left12: unlabelled answers under question paragraphs, when no other interview form was found.
  const qaPlain = qaGuest || guests.size || speakers.size || qaLabels.size ? null : qaQuestionsL12(sentences, n);
  /** The interviewee of `qaPlain`, found at its first answer: the one person the introduction names (not the interviewer). */
  let qaPlainGuest: string | null | undefined;
  /**
   * One sentence: its cues, possessives and relays, then its names as antecedents. A plain function, not the
   * generator's loop body: called once per sentence, it earns V8's tier-up budget per sentence, where the generator
   * (`run`, called once per page) needed ~180 pages (docs/performance.md, session 8). The cross-sentence state is
   * `run`'s; nothing here yields.
   */
  // polnear11: whether a quotation is open at the end of the sentence read last, and in which block.
  let quoteOpen = false;
  let quoteBlock = -1;
  const readSentence = (si: number): void => {
    const sent = sentences[si]!;
    const text = sent.text.length > ATTRIBUTION_LIMITS.maxSentenceChars ? sent.text.slice(0, ATTRIBUTION_LIMITS.maxSentenceChars) : sent.text;
    const before = drafts.length;
    // A quotation goes on into the next sentence of its paragraph ("“I back her. Trump lost me long ago,” he said").
    const quoteAtStart = sent.block === quoteBlock && quoteOpen;
    if (quoteAtStart) inQuoteAt[si] = 1;
    // The quotation marks of the sentence, found once: the cues below ask about them by position.
    const marks = quoteAtStart || hasQuoteP11(text) ? quoteMarksP11(text) : NO_MARKS_P11;
    const quotes = quoteAtStart || marks.length > 0;
    quoteOpen = quotes && quoteOpenAtP11(marks, text.length, quoteAtStart);
    quoteBlock = sent.block;
    // "A. Much more serious.": an answer of the interview's guest.
    if (qaGuest && /^A[.:] /.test(text)) add({ source: qaGuest.name, kind: null, org: qaGuest.role ? orgInAppositive(qaGuest.role) : null, role: qaGuest.role }, text.slice(0, 2), si, 0);
    // left12: an unlabelled answer after a question paragraph is the interviewee's.
    if (qaPlain && qaPlain.answers.has(si)) {
      if (qaPlainGuest === undefined) {
        const named = new Set<string>();
        for (const m of mentions) {
          if (m.sentence >= qaPlain.firstQ || sentences[m.sentence]!.blockKind === 'title') continue;
          if (!isPersonName(lastWords(m.name, 2)) || interviewerFix4(sentences, n, m.name)) continue;
          named.add(m.name);
          // "Mara Lind and Olaf Berg": two people, whichever answers.
          if (COORDINATED_NAME.test(m.name)) named.add('');
        }
        qaPlainGuest = named.size === 1 ? [...named][0]! : null;
      }
      if (qaPlainGuest) add({ source: qaPlainGuest, kind: null }, 'answered', si, 0);
    }
    // "Priya Raman: Based on the tooling, …": a transcript turn of a guest the article introduced.
    if (guests.size) {
      const lab = /^([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){0,2}):\s/u.exec(text);
      const g = lab ? guests.get(lab[1]!) : undefined;
      if (g) add({ source: g.name, kind: null, org: g.role ? orgInAppositive(g.role) : null, role: g.role }, ':', si, 0);
    }
    // "Arakawa: Inside government we …": a Q&A turn opening a paragraph, by a label that opens several paragraphs and names a person.
    if (qaLabels.size && (si === 0 || sentences[si - 1]!.block !== sent.block)) {
      const lab = QA_LABEL_FIX4.exec(text.slice(0, 60));
      if (lab && qaLabels.has(lab[1]!)) {
        const who = persons.get(lab[1]!)?.name ?? (lab[1]!.includes(' ') && isPersonName(lab[1]!) ? lab[1]! : null);
        if (who && (persons.get(lab[1]!)?.kind ?? 'person') !== 'outlet') add({ source: who, kind: null }, ':', si, 0);
      }
    }
    // "PENCE: Well, look, …": a turn of a transcript whose speakers are labelled in capitals.
    if (speakers.size) {
      const lab = SPEAKER_LABEL.exec(text.slice(0, 70));
      if (lab && speakers.has(lab[1]!)) add({ source: lab[1]!.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase()), kind: null }, ':', si, 0);
    }
    // A correction notice restates what the article itself said earlier: not a source.
    if (CORRECTION_LINE.test(text.slice(0, 160))) return;
    // Indexed loops, not for-of: this function runs in the interpreter on most pages, where an array iterator is a call and a result object per step.
    const cues = cueMatches(text);
    for (let ci = 0; ci < cues.length; ci++) {
      const m = cues[ci]!;
      if (drafts.length >= ATTRIBUTION_LIMITS.maxAttributions) break;
      const cueRaw = m[0];
      const cue = cueRaw.toLowerCase();
      const at = m.index!;
      // polnear11: a cue inside a quotation is the speaker's own account ("“Your letter disputes the facts,” he wrote"):
      // who is quoted is read from the reporting clause, not from inside the quote.
      if (quotes && quoteOpenAtP11(marks, at, quoteAtStart)) continue;
      // polnear11: "After Clinton testified, Gowdy …": a verb of speech that ends a time clause opening the sentence is an
      // event, not a statement (nothing is said).
      if (text.charCodeAt(at + cueRaw.length) === 44 && at < 80 && TIME_CLAUSE_P11.test(text.slice(0, at))) continue;
      const left = text.slice(Math.max(0, at - 400), at);
      const right = text.slice(at + cueRaw.length);
      if (cue === 'per') {
        // "Per the Shadowserver Foundation, …": only at the start of a clause and before a name or a source noun ("per cent", "per day" are not cues).
        if (!/(?:^|[,;:(—–]\s*)$/.test(left.trimEnd() ? left.trimEnd() + ' ' : '') && left.trim() !== '') continue;
        const f = npForward(right);
        if (!f) continue;
        const bare = f.np.replace(/^(?:(?:the|a|an|its|their)\s+)+/i, '');
        const headWord = (bare.split(/\s+/).pop() ?? '').toLowerCase();
        if (!isCap(bare) && !(ORG_HEADS.test(headWord) || DOC_HEADS.test(headWord))) continue;
        add({ source: f.np, kind: null }, cueRaw, si, at);
        continue;
      }
      if (cue === 'quoting') {
        // "Global Times went further, quoting an anonymous “expert” who said …": the quoted source, relayed by the outlet that opens the clause.
        const f = npForward(right.slice(0, 160).replace(/[“”"]/g, ''));
        if (!f) continue;
        if (!isCap(f.np.replace(/^(?:the|a|an)\s+/i, '')) && DOC_HEADS.test((f.np.split(/\s+/).pop() ?? '').toLowerCase())) continue;
        const q = add({ source: f.np, kind: null, org: f.appositive ? orgInAppositive(f.appositive) : null, role: f.appositive }, 'quoting', si, at);
        const opener = /^(?:(?:But|And|Meanwhile|Separately)\s+)?(?:the\s+)?([A-Z][\p{L}\p{N}’'&.-]*(?:\s+[A-Z][\p{L}\p{N}’'&.-]*){0,4})\s/u.exec(text.slice(0, 120));
        if (opener && opener.index + opener[0].length <= at) {
          const lab = labelFor(opener[1]!, null);
          if (kindOf(opener[1]!, lab, db, null) === 'outlet' && !isPublisher(lab, opener[1]!)) {
            const o = add({ source: opener[1]!, kind: 'outlet' }, 'quoting', si, opener.index, true);
            if (o !== null && q !== null && o !== q) drafts[q]!.via = o;
          }
        }
        continue;
      }
      if (CUE_WORDS_1.has(cue) || /^in a .* (?:to|by|from)$/.test(cue)) {
        // left11: "according to noyb": a lower-case name the page introduced.
        const lowerAfter = lowerNames.size ? /^\s*([a-z][a-z0-9_-]{1,24})\b/.exec(right) : null;
        const f = lowerAfter && lowerNames.has(lowerAfter[1]!) ? { np: lowerAfter[1]!, appositive: null, rest: '' } : npForward(right);
        if (!f) continue;
        // "citing her work", "citing the release of prisoners": a reason, not a source; a cited source is named or is a source noun.
        if (cue === 'citing') {
          const bare = f.np.replace(/^(?:(?:the|a|an|its|their|his|her|new|recent)\s+)+/i, '');
          const headWord = (bare.split(/\s+/).pop() ?? '').toLowerCase().replace(/[’']s$/, '');
          // fix6: "citing three people familiar with the matter": the head sits before its post-modifier.
          const anonBeforeModifier = ANON_FAMILIAR_FIX6.test(bare);
          if (!isCap(bare) && !anonBeforeModifier && !(ORG_HEADS.test(headWord) || ANON_HEADS.test(headWord) || VAGUE_HEADS.test(headWord) || DOC_HEADS.test(headWord))) continue;
          // "citing the attackers' working hours": a possessive names whose evidence, not who is cited, unless a statement follows.
          const npEnd = right.indexOf(f.np);
          const possessive = /[’']s?$/.test(f.np) || (npEnd >= 0 && /^[’']s?\s/.test(right.slice(npEnd + f.np.length)));
          if (possessive && !words(f.rest).slice(0, 3).some((w) => DOC_HEADS.test(w.toLowerCase().replace(/[,;:.]$/, '')) || ORG_HEADS.test(w.toLowerCase().replace(/[,;:.]$/, '')) || /^(?:remarks|comments|spokes(?:person|man|woman)|officials?|sources?|findings|data|analysis|researchers)[,;:.]?$/i.test(w))) continue;
          // "declined to comment, citing the ongoing investigation": a reason for silence, not a cited source.
          if (!isCap(bare) && (/^(?:ongoing|pending|continuing|active|current|open|unfinished)\s/i.test(bare) || /\b(?:declined|refused|would not|wouldn[’']t|did not|didn[’']t|could not|couldn[’']t)\b/i.test(left))) continue;
        }
        // "according to a statement carried by RIA Novosti": the outlet that carries an unattributed document relays it.
        if (carriedByFix5(f, cueRaw, si, at)) continue;
        // "said in a letter to customers", "in a statement to parliament": who is addressed is no source; an outlet addressed relays.
        if (/^in a .* to$/.test(cue)) {
          const lab = labelFor(f.np.replace(/^the\s+/i, ''), null);
          if (kindOf(f.np, lab, db, isCap(f.np.replace(/^the\s+/i, '')) && OUTLET_WORDS.test(f.np) ? 'outlet' : null) !== 'outlet') continue;
          add({ source: f.np, kind: 'outlet' }, cueRaw, si, at, true);
          continue;
        }
        // "reported by Kenji Ito of the security firm Trend Micro": a researcher who found the bug, not an outlet.
        const personAgent = /reported by/.test(cue) && isPersonName(f.np) && (labelFor(f.np, null)?.kind ?? null) !== 'outlet';
        const isRelay = !personAgent && /reported by|cited by|quoted by|interview with|citing/.test(cue);
        // "as reported by the Financial Ledger": a capitalised reporter is an outlet unless the database says otherwise.
        const outletHint = !personAgent && /reported by|interview with/.test(cue) && isCap(f.np.replace(/^the\s+/i, '')) ? 'outlet' : null;
        const ofOrg = personAgent ? /^\s*of\s+(?:the\s+)?(?:(?:security|cybersecurity|research|software)\s+)?(?:(?:firm|company|vendor|lab)\s+)?([A-Z][\p{L}\p{N}&.-]*(?:\s+[A-Z][\p{L}\p{N}&.-]*){0,3})/u.exec(f.rest) : null;
        const idx = add({ source: f.np, kind: outletHint, org: ofOrg ? ofOrg[1]!.replace(/\.$/, '') : f.appositive ? orgInAppositive(f.appositive) : null, role: f.appositive }, cueRaw, si, at, isRelay);
        // Not when an outlet of this sentence has a cue of its own (Reuters reported …, citing …): the relay is linked from there.
        if (idx !== null && cue === 'citing' && drafts[idx]!.via === null && !drafts.some((d) => d.sentence === si && d.kind === 'outlet')) citingOutletFix7(left, idx, cueRaw, si);
        // "according to a report by the Global Times, a state-affiliated outlet, …" then nothing more here.
        if (idx !== null && CUE_WORDS_2.has(cue)) {
          // "According to X, Y said …" — the rest of the sentence may hold another cue; handled by the loop.
        }
        continue;
      }
      if (/^(?:was|were|has been|had been|have been) /.test(cue)) {
        // Passive with agent: "it was first reported by X".
        const f = npForward(right);
        const verbText = /^(?:was|were|has been|had been|have been)\s+((?:first\s+)?[\w’'-]+)/i.exec(cueRaw)?.[1] ?? 'reported';
        // "were reported by Kenji Ito of the security firm Trend Micro": a person who reported a bug is no outlet.
        const personAgent = !!f && isPersonName(f.np) && (labelFor(f.np, null)?.kind ?? null) !== 'outlet';
        const relayCue = /reported|quoted/.test(cue) && !personAgent;
        const ofOrg = f && personAgent ? /^\s*of\s+(?:the\s+)?(?:(?:security|cybersecurity|research|software)\s+)?(?:(?:firm|company|vendor|lab)\s+)?([A-Z][\p{L}\p{N}&.-]*(?:\s+[A-Z][\p{L}\p{N}&.-]*){0,3})/u.exec(f.rest) : null;
        const agent = f ? add({ source: f.np, kind: relayCue && isCap(f.np.replace(/^the\s+/i, '')) ? 'outlet' : null, org: ofOrg ? ofOrg[1]!.replace(/\.$/, '') : null }, verbText, si, at, relayCue) : null;
        // "…,” the head of X, Name, was quoted as saying by the IRNA news agency": the quoted speaker is the subject, relayed by the agent.
        if (agent !== null && /^(?:was|were) (?:quoted|cited) as (?:saying|telling)\b/i.test(cueRaw)) {
          const subj = subjectBefore(left.trimEnd());
          if (subj && !PRONOUNS.test(subj.np)) {
            const q = add({ source: subj.np, kind: null, org: subj.appositive ? orgInAppositive(subj.appositive) : null, role: subj.appositive }, 'quoted', si, Math.max(0, at - 1));
            if (q !== null && q !== agent && drafts[agent]!.kind === 'outlet') drafts[q]!.via = agent;
          }
        }
        continue;
      }
      // Verb cues are lowercase in running text ("the United States" is not "states"); a Title Case headline capitalises its verb.
      if (/^[A-Z]/.test(cueRaw) && at > 0 && !(sent.blockKind === 'title' && HEADLINE_VERBS.test(cueRaw) && titleCase(text))) continue;
      // "Ukraine Blames …": a country in a headline stands for a body the article names; leave it to the body.
      if (/^[A-Z]/.test(cueRaw) && isStateName(left.trim())) continue;
      // "What the ministry said", "what state media added": an indirect question or a heading names a topic, not a statement.
      if (endsInWhClause(left)) continue;
      // "emailing reporters what it claimed were the documents": a free relative that hedges, not a new statement.
      if (CUE_WORDS_3.has(cue) && /\bwhat\s+(?:it|they)\s+$/i.test(left)) continue;
      // "… posted on Telegram …, and shared what it said were screenshots": the pronoun is the clause's own source, not an outlet quoted before.
      // fix7: "Microsoft fixed two flaws that it says attackers exploited": the pronoun of a restrictive relative is the sentence's subject.
      if ((cue === 'said' || cue === 'says') && /\bthat\s+(?:it|they)\s+$/i.test(left) && !/,\s*that\s+(?:it|they)\s+$/i.test(left)) {
        const subj = SUBJECT_OPENER_FIX7.exec(text.slice(0, 120));
        if (subj && subj[0].length <= at && !PRONOUNS.test(subj[1]!) && !OPENER_NOT_SUBJECT_FIX7.test(subj[1]!.split(/\s/)[0]!)) {
          add({ source: subj[1]!, kind: null }, cueRaw, si, 0);
          continue;
        }
      }
      // left12: "Federal prosecutors in Atlanta have charged two men with running a service that they say laundered …":
      // officials named by their office open the sentence and "they" in its restrictive relative are they.
      if (cue === 'say' && /\bthat\s+they\s+$/.test(left) && !/,\s*that\s+they\s+$/.test(left)) {
        const group = GROUP_OPENER_L12.exec(text.slice(0, 120));
        if (group && group[0].length <= at) {
          add({ source: group[1]!, kind: 'government' }, cueRaw, si, 0);
          continue;
        }
      }
      if ((cue === 'said' || cue === 'says') && /\bwhat\s+(?:it|they)\s+$/i.test(left)) {
        const d = drafts.length > before ? drafts[drafts.length - 1]! : null;
        if (d && d.pos < at && !d.relayOutlet) sameSource(d, cueRaw, si, at);
        continue;
      }
      // A subheading that ends at the verb ("Links mentioned") has no clause to attribute.
      if (sent.blockKind === 'heading' && /^[\s.:!?]*$/.test(right)) continue;
      // After a possessive the cue is a noun ("Swift's claims").
      if (endsInPossessive(left)) continue;
      // "IXIC added 20.72 points": numbers are not speech.
      if (CUE_WORDS_4.has(cue) && /^\s+[\d$€£¥%+-]/.test(right)) continue;
      // left12: "In a statement added after publication, X says": a document "added" to the page is a participle, no speech.
      if (cue === 'added' && DOC_ADDED_L12.test(left.slice(-80))) continue;
      // "notes", "states", "claims", "reports" are nouns unless a clause follows.
      // Base forms that double as nouns ("the Global Times report, …") need a clause after them, not a comma.
      const sayAside = (cue === 'say' && SAY_CLAUSE_FIX3.test(right)) || (cue === 'say' && sayAfterPluralFix8(left, right)) || (cue === 'say' && (/^\s*,\s+(?:the|a|an|he|she|it|they|we|that|[A-Z])/.test(right) || (/^[.!?]?[”"]?$/.test(right.trim()) && /,\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+\s*$/.test(left)))) || (cue === 'show' && showAfterClauseFix9(left, right));
      if (!sayAside && CUE_WORDS_5.has(cue) && !/^\s*(?:that\b|it\b|its\b|his\b|her\b|their\b|our\b|the\b|a\b|an\b|this\b|these\b|he\b|she\b|they\b|there\b|we\b|[“"]|[A-Z]|(?:[\w’'-]+\s+){1,4}(?:is|was|were|are|has|have|had|will|would|could|may|might|should|can|must|did|does|do)\b)/.test(right)) continue;
      // "selling what he claims are records": a verb after "what he/she", whatever follows.
      const whatClaims = CUE_WORDS_6.has(cue) && /\bwhat\s+(?:he|she)\s*$/i.test(left);
      if (!whatClaims && CUE_WORDS_7.has(cue) && !(/^[.!?]?[”"]?$/.test(right.trim()) && /,\s+(?:(?:the|a|an)\s+)?[\w’'.&-]+(?:\s+[\w’'.&-]+){0,8}\s*$/i.test(left)) && !/^\s*(?:,|that\b|him\b|them\b|us\b|it\b|its\b|the\b|a\b|an\b|this\b|these\b|he\b|she\b|they\b|there\b|[“"]|[A-Z]|\w+\s+(?:is|was|were|are|has|have|had|will|would|could|may|might)\b)/.test(right)) continue;
      // "has called the Volt Typhoon reports a …", "dismissed the Reuters claims": a determiner and a name inside a clause make a noun compound, not a subject.
      if (NOUN_PLURAL_FIX5.test(cue) && objectCompoundFix5(left.slice(-90))) continue;
      // After a determiner the cue is a noun ("the claims", "a report", "his warning").
      if (endsInDeterminer(left)) continue;
      const verb = cue;
      if (CUE_WORDS_8.has(verb) && /^\s+to\s/.test(right)) continue;
      // "a campaign attributed to the Lazarus group", "attacks linked to X": a participle; the thing before it is no source.
      if (CUE_WORDS_9.has(verb) && /^\s+to\s/.test(right)) continue;
      // Accusations inside someone else's quote or report ("… had reported that the US has accused China"): not the article's sourcing.
      if (CUE_WORDS_10.has(verb) && (quoteOpenAt(text, at) || /\b(?:reported|said|says|claimed|stated|wrote|argued|noted) that\b/i.test(left))) continue;
      // "Moscow has not commented", "did not respond": a negated non-statement is no source.
      // Both negation patterns need one of NEG_GATE's words in the last 40 characters (most texts have none).
      const left40 = left.slice(-40);
      const negWord = NEG_GATE.test(left40);
      if (negWord && CUE_WORDS_11.has(verb) && /(?:\bnot|\bnever|\byet to|n[’']t)\s*(?:\w+\s+)?$/i.test(left40)) continue;
      // "does not endorse the products", "did not say which customers", "could not tell": a negated cue makes no statement.
      if (negWord && NEGATED_FIX4.test(left40)) continue;
      // fix12: "Israel rarely acknowledges cyber operations": a habit, no statement (blind12's trap).
      if (HABITUAL_NEG_FIX12.test(left40)) continue;
      // "who asked not to be named", "declined to be identified": anonymity, not a statement.
      if (CUE_WORDS_12.has(verb) && /^\s+not to be (?:named|identified|quoted)/i.test(right)) continue;
      // left12: "Members who think they gave out a code should call the fraud line": a belief that picks out the readers
      // advice is for, not a statement.
      if (BELIEF_L12.test(verb) && /\bwho\s*$/.test(left) && ADVICE_AFTER_L12.test(right.slice(0, 200))) continue;
      // "“…,” he continued." / "Caddell continued:": only a quote before or a colon after makes it speech.
      if (verb === 'continued' && !/[,”"’]$/.test(left.trimEnd()) && !/^\s*(?::|,\s*[“"])/.test(right)) continue;
      // fix13: "Kaspersky, which published research on such malware in 2024, was not involved in the report": the
      // relative clause describes a body that the main clause keeps out of the story; it is no source of it.
      if (/,\s*(?:which|who)\s*$/i.test(left.slice(-20)) && DISTANCED_FIX13.test(right.slice(0, 200))) continue;
      // "an explosion that the mayor described as …", "what analysts characterized as …": the object is the relative before the subject.
      const asRelative =
        CUE_WORDS_13.has(verb) &&
        /^\s+as\b/.test(right) &&
        // redos-ok: run on the last 90 characters before the cue only (slice on this line).
        /\b(?:that|what|which)\s+(?:[\w’'.-]+\s+){1,6}$/i.test(left.slice(-90));
      // left12: "according to WKGR, which cited two city employees who had seen the note": counted people cited by the
      // relative's antecedent are its sources, relayed by it (no "as saying" needed).
      if (verb === 'cited' && /,\s*which$/.test(left.trimEnd()) && drafts.length > before && drafts[drafts.length - 1]!.pos < at && !AS_SAYING_L12.test(right.slice(0, 200))) {
        const f = COUNTED_CITED_L12.exec(right.slice(0, 120));
        const ws = f ? f[1]!.split(/\s+/) : [];
        // The shortest count-and-head run ("two city employees", not "… employees who").
        let k = 2;
        while (k < ws.length && !countedPeopleFix9(ws.slice(0, k))) k++;
        const got = f && countedPeopleFix9(ws.slice(0, k)) ? classify(ws.slice(0, k).join(' ')) : null;
        if (got && got.kind === 'anonymous') {
          const ante = drafts.length - 1;
          const r = add({ source: got.source, kind: 'anonymous' }, verb, si, at);
          if (r !== null && r !== ante) drafts[r]!.via = ante;
          continue;
        }
      }
      // fix12: "Reuters, which cited Iran's state broadcaster Press TV, …": in the relative clause the object is the cited source itself.
      const relCited = CUE_WORDS_18.has(verb) && /,\s*(?:which|who)\s*$/i.test(left.slice(-20));
      const needs = asRelative || relCited ? undefined : NEEDS_OBJECT_OF.get(verb);
      // "published a letter / an op-ed": an author's statement.
      // polnear13: "…,” responded X": an inverted speaker, not a missing object; "“…,” she replied." answers the quotation.
      if (needs && !needs.test(right) && !(INVERTED_P13.has(verb) && (endsInCommaOrQuote(left.trimEnd()) || (/^[.!?]?$/.test(right.trim()) && /[”"]|''/.test(left)))) && !(verb === 'published' && /^\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:letter|op-ed|essay|column)\b/i.test(right))) {
        // "first flagged on March 29 by CrowdStrike": the agent after "by" is the source; "has published a letter disputing claims by X" is active.
        if (PASSIVE_AGENT_VERBS.test(verb) && !/\b(?:has|have|had)(?:\s+(?:also|already|now|since|recently|previously|\w+ly))?\s*$/i.test(left) && !outletOwnerFix6(verb, left)) passiveAgents(right, verb, si, at);
        continue;
      }
      // fix12: "Corvantis Health, Inc. (NYSE: CVHT) today announced": the stock ticker is no name; the company before it speaks.
      // A legal suffix after a comma ("Corvantis Health, Inc.") is the name's, not an appositive: the name without it speaks.
      let leftTrim = left.indexOf(':') >= 0 && left.indexOf('(') >= 0 ? left.trimEnd().replace(TICKER_FIX12, '').trimEnd() : left.trimEnd();
      if (leftTrim.charCodeAt(leftTrim.length - 1) === 46 || / (?:LLC|Inc|Ltd|plc)$/.test(leftTrim)) leftTrim = leftTrim.replace(LEGAL_SUFFIX_FIX12, '');
      // fix13: a newswire's dateline ("NASHVILLE, Tenn.--(BUSINESS WIRE)--Acme Corp. today announced") is no part of the subject.
      if (leftTrim.indexOf('--') >= 0) leftTrim = leftTrim.replace(WIRE_DATELINE_FIX13, '');
      // left11: "an SMS saying …", "emails claiming …": a message or lure the story quotes is content, not its sourcing.
      if (CUE_WORDS_15.has(verb) && MESSAGE_BEFORE_L11.test(leftTrim.slice(-40))) continue;
      // "cited/quoted X as saying": the participle belongs to the cited source, read with the verb before it.
      if (CUE_WORDS_14.has(verb) && citedAsBefore(leftTrim)) continue;
      // New participles only continue a clause ("…, adding that") or make a progressive ("is calling for", "are warning that").
      const progressive = verb.endsWith('ing') && /\b(?:is|are|was|were|been|be)(?:\s+(?:also|now|still|increasingly|repeatedly|publicly|openly|already|again))?$/i.test(leftTrim);
      if (progressive && !CUE_WORDS_14.has(verb) && !/^\s+(?:that\b|on\b|for\b|whether\b|[“"])/.test(right)) continue;
      if (NEW_PARTICIPLE.test(verb) && !progressive && !/(?:,|\b(?:by|while|before|after|when))$/.test(leftTrim)) continue;
      // "…, saying that …", "…, adding …", "by telling them …": the participle continues the clause of a source named before it.
      if (PARTICIPLE.test(verb) && /(?:,|\b(?:by|while|before|after|when))$/.test(leftTrim)) {
        if (!/^\s*:|^\s+(?:only\b|that\b|the\b|a\b|an\b|it\b|its\b|he\b|she\b|they\b|them\b|him\b|her\b|his\b|their\b|there\b|this\b|these\b|we\b|reporters\b|on\b|for\b|[“"‘]|\p{Lu})/u.test(right)) continue;
        // "before adding the fruit", ", describing the scene": only a speech clause ("adding that …", "describing her as …") is a cue.
        if (/(?:by|while|before|after|when)$/.test(leftTrim) && !CUE_WORDS_15.has(verb)) continue;
        if (CUE_WORDS_16.has(verb) && !/^\s*(?:that\b|:|[“"‘])/.test(right)) continue;
        if (verb === 'describing' && !/\bas\b/.test(right.slice(0, 120))) continue;
        participle(text, cueRaw, si, at, before);
        continue;
      }
      // Inverted: "…, said X" / "“…,” said X".
      // "Name, an analyst at X, said a seller …": a named subject with an appositive is the speaker, not an inversion.
      const appSubj = leftTrim.endsWith(',') ? subjectBefore(leftTrim) : null;
      const namedWithAppositive = !!appSubj && !!appSubj.appositive && isCap(appSubj.np) && !PRONOUNS.test(appSubj.np) && appositiveStartsClause(leftTrim, appSubj.np);
      if ((endsInCommaOrQuote(leftTrim) || leftTrim === '' || SO_INVERSION_FIX6B.test(leftTrim)) && !namedWithAppositive) {
        // Not "told": the noun phrase after it is who was told ("…, Name, told Reuters"), never the speaker.
        if (CUE_WORDS_17.has(verb) || INVERTED_P13.has(verb)) {
          const f = npForward(right);
          // polnear12: "said former Sen. X", "said retired Army Lt. Gen. X": a past or present post before the name.
          // polnear13: a relative clause or "known as" after the speaker still ends the phrase ("said a former official who oversaw …"),
          // unless a second verb follows it ("…, said the official who leaked the memo had resigned": what was said).
          if (f && (isCap(f.np) || /^\d/.test(f.np) || /^(?:a|an|the|one|two|some|several)\b/i.test(f.np) || /^(?:former|retired|onetime|longtime|acting|outgoing)\s+\p{Lu}/u.test(f.np)) && (/^\s*(?:[,.;:”"]|$|on\b|in\b|at\b|last\b|this\b|earlier\b|during\b|when\b|after\b|according\b)/.test(f.rest.length ? ' ' + f.rest : '') || (/^\s*(?:who|known as)\s/.test(f.rest) && !REL_THEN_VERB_P13.test(f.rest)) || nameThenComma(right, f.np))) {
            add({ source: f.np, kind: null, org: f.appositive ? orgInAppositive(f.appositive) : null, role: f.appositive }, cueRaw, si, at);
            continue;
          }
          // "…,” said Special Agent in Charge Renee Calloway of the FBI Nashville Field Office.": a named person "of" a body.
          const ofBody = f && isPersonName(lastWords(f.np, 2)) ? OF_BODY_FIX4.exec(f.rest) : null;
          if (f && ofBody) {
            const body = ofBody[1]!.replace(/\.$/, '').replace(/[’']s$/, '');
            add({ source: f.np, kind: null, org: body, role: `${f.np} of ${body}` }, cueRaw, si, at);
            continue;
          }
        }
      }
      // Verbs followed by "by" are passives ("was reported by"), handled above; "X was said to" is a hedge.
      // A progressive ("is calling for", "are warning") or a state ("are afraid that") is active, not a passive.
      if (verb !== 'believes' && !verb.endsWith('ing') && !STATE_WORDS.test(verb) && endsInBePassive(leftTrim)) {
        if (PASSIVE_AGENT_VERBS.test(verb) || (REBUTTAL_VERBS_FIX5.test(verb) && CLAIM_PASSIVE_FIX5.test(leftTrim.slice(-80)))) passiveAgents(right, verb, si, at);
        continue;
      }
      // fix13: a negated passive ("The regulator was not mentioned in the statement", "were never reported") names what
      // was (not) said, not who said it; nor is its agent a source of anything.
      if (!verb.endsWith('ing') && NEG_PASSIVE_FIX13.test(leftTrim.slice(-40))) continue;
      // Research-team subjects: "A joint team from X and Y found", "researchers at X said".
      const tail220 = leftTrim.slice(-220);
      const team = (SHORTCUTS.off || TEAM_GATE.test(tail220)) && TEAM_SUBJECT.exec(tail220);
      if (team) {
        // redos-ok: team[1] is cut from leftTrim.slice(-220) above, so at most 220 chars
        const parts = team[1]!.split(/\s+and\s+(?=(?:the\s+)?(?:[A-Z0-9]|[a-z]+\s+(?:[a-z]+\s+)?(?:company|firm|vendor|agency|group)\s+[A-Z0-9]))/);
        let any = false;
        for (const p of parts.slice(0, 4)) {
          const np = npBackward(words(p));
          if (np && add({ source: np, kind: null, organisation: true }, cueRaw, si, at) !== null) any = true;
        }
        if (any) continue;
      }
      // "first reported by Reuters, which cited two people … as saying": the relative's antecedent relays the cited source.
      if (CUE_WORDS_18.has(verb) && /,\s*(?:which|who)$/i.test(leftTrim)) {
        const ante = drafts.length > before && drafts[drafts.length - 1]!.pos < at ? drafts.length - 1 : null;
        if (ante !== null) citedAsFix5(right, verb, si, at + cueRaw.length, ante, true);
        continue;
      }
      // "Britain's National Cyber Security Centre and agencies from five allied countries accused": the named body speaks; the group is no name.
      const withGroup = sent.blockKind === 'title' || sent.blockKind === 'heading' ? null : namedWithGroupFix5(leftTrim.slice(-220));
      if (withGroup) {
        add({ source: withGroup, kind: null }, cueRaw, si, at);
        continue;
      }
      // Already read above when the text ends in a comma (a pure function; its answer is never changed in place).
      let subj: ReturnType<typeof subjectBefore> = docSubjectOf(leftTrim, verb) ?? (leftTrim.endsWith(',') && !SHORTCUTS.off ? appSubj : subjectBefore(leftTrim));
      // "McConnell met with her and came away convinced that …": a second verb of the clause shares its subject.
      if (!subj) {
        // "… did not mention it but on Tuesday carried …": "but" too, and a capitalised day or month among the adverbs.
        const tail = /\b(?:and|but)((?:\s+[A-Za-z]+){0,3})$/.exec(leftTrim.slice(-60));
        // Not inside the content of a statement made earlier in the sentence ("He says officers boarded the train and found …").
        // fix13: "Tasnim reported that … and quoted the head of …, Reza Karimi, as saying": a relay verb with "as saying"
        // is the first clause's subject's second act, not part of what it reported.
        const relayAct = (verb === 'quoted' || verb === 'cited') && AS_SAYING_L12.test(right.slice(0, 200));
        const inContent = !relayAct && drafts.slice(before).some((d) => d.pos < at && /^(?:said|says|say|told|tells|wrote|writes|added|adds|noted|notes|reported|reports|believes|believe|thinks|think|argued|argues|stated|states)$/i.test(d.cue));
        // "Victims are approached on LinkedIn and asked to …": the second verb shares the first one's passive, so its subject is no speaker.
        const passiveFirst = !!tail && /ed$/.test(verb) && /^\s+(?:to|by)\s/.test(right) && PASSIVE_CONJ_FIX4.test(leftTrim.slice(-160));
        if (tail && !inContent && !passiveFirst && words(tail[1]!).every((w) => ADVERB.test(w))) {
          const c = clauseSubject(text.slice(0, at));
          // "24 million Ukrainians picked up their phones and found …": a number cut from an amount is no subject.
          const npAt = c && /^\d/.test(c.np) ? text.indexOf(c.np + ' ') : -1;
          const amount = npAt >= 0 && /^\s+(?:million|billion|thousand|hundred|per ?cent|percent)\b/.test(text.slice(npAt + c!.np.length, npAt + c!.np.length + 12));
          // "North Korea's state-run Korean Central News Agency … carried": the body named after the possessive is the subject.
          const ownerAt = c && isCap(c.np) ? text.indexOf(c.np) : -1;
          const ownerEnd = ownerAt + (c?.np.replace(/[’']s?$/, '').length ?? 0);
          const owned = ownerAt >= 0 ? POSS_SUBJECT_FIX4.exec(text.slice(ownerEnd, ownerEnd + 160)) : null;
          if (c && !amount) subj = { np: owned ? owned[1]! : c.np, appositive: owned ? null : c.appositive, ...(c.kind && !owned ? { groupKind: c.kind } : {}) };
        }
      }
      // left11: a name the page writes in lower case ("…,” noyb said", "the privacy group noyb, which …, said").
      if (!subj || !isCap(subj.np) || DESCRIPTOR_L11.test(subj.np.slice(subj.np.lastIndexOf(' ') + 1).toLowerCase())) {
        const ln = lowerNameSubjectL11(leftTrim, subj?.np ?? null, lowerNames);
        if (ln) subj = { np: ln, appositive: null, groupKind: 'company' };
      }
      if (!subj) continue;
      // "Security researchers have reportedly seen gangs …": what observers have seen is their finding; only in the perfect, only for observers.
      if (verb === 'seen' && !(/\b(?:have|has|had)(?:\s+(?:reportedly|also|already|repeatedly|recently|previously|often|now))?$/i.test(leftTrim) && OBSERVERS_FIX4.test(subj.np.split(/\s+/).pop() ?? ''))) continue;
      if (WEAK_VERBS.test(verb) && !needs && PRONOUNS.test(subj.np) && !/^(?:he|she)$/i.test(subj.np)) continue;
      // left10: "when several posted screenshots": a bare quantifier that only posts or shares something names nobody
      // ("Several said …", "Some believe …" still do).
      if (POSTING_VERB_L10.test(verb) && BARE_QUANTIFIER_L10.test(subj.np)) continue;
      // left10: "X said the company had since added a second step": inside what was said, "added" with an object is no
      // speech ("CISA added three flaws to its catalog" opening a sentence still reads as the agency's listing).
      if (verb === 'added' && (ADDED_OBJECT_L10.test(right) || ADDED_SUPPORT_FIX12.test(right)) && drafts.slice(before).some((d) => d.pos < at)) continue;
      // fix12: "the seized databases could let banks warn victims": a causative's bare verb is what someone is enabled to do, no statement.
      if (BARE_CUE_FIX12.test(verb) && causativeBeforeFix12(left.slice(-50))) continue;
      if (/^(?:who|which|that|you|i|we)$/i.test(subj.np)) continue;
      // "When they compared …", "it shows …": a new weak verb needs a named subject (or he/she).
      if (/^(?:it|they)$/i.test(subj.np) && CUE_WORDS_19.has(verb)) continue;
      if (CUE_WORDS_20.has(verb) && /^(?:a|an)\s/i.test(subj.np)) continue;
      const org = subj.appositive ? orgInAppositive(subj.appositive) : null;
      const govVoice = !!subj.appositive && GOV_TITLES.test(subj.appositive) && GOV_WORDS.test(subj.appositive);
      // Coordinated organisations: "The European Union and NATO issued statements", "the FBI and the Cybersecurity … Agency said".
      // fix9: the last items of a list of states after a group ("agencies from the United States, …, Australia and New
      // Zealand said"): the group speaks, not the places.
      const stateList = stateListTailFix9(leftTrim, subj.np);
      if (stateList === null) continue;
      if (stateList) {
        add({ source: stateList, kind: 'government' }, cueRaw, si, at);
        continue;
      }
      const coord = db.byName(subj.np) ? null : splitCoordinated(subj.np, (x) => !!db.byName(x) || isStateName(x.replace(/^the\s+/i, '')));
      if (coord) {
        // A third item before a comma: "the FBI, ODNI and CISA said".
        const lead = leftTrim.endsWith(subj.np) ? leftTrim.slice(Math.max(0, leftTrim.length - subj.np.length - 60), leftTrim.length - subj.np.length) : '';
        // "In a joint advisory, CISA, the NSA and the FBI said": the np starts after "the"; the first item then follows a comma or opens the sentence.
        const head = lead ? (/(?:^|[\s,;:(])((?:the\s+)?[A-Z][\p{L}\p{N}&.-]{1,30}),\s*$/u.exec(lead) ?? /(?:^|,\s*)((?:the\s+)?[A-Z][\p{L}\p{N}&.-]{1,30}),\s*the\s+$/u.exec(lead)) : null;
        if (head && (/^(?:the\s+)?[A-Z]{2,6}$/.test(head[1]!) || db.byName(head[1]!))) add({ source: head[1]!, kind: null }, cueRaw, si, at);
        add({ source: coord[0], kind: null }, cueRaw, si, at);
        add({ source: coord[1], kind: null }, cueRaw, si, at);
        continue;
      }
      const idx = add({ source: subj.np, kind: subj.anonymous ? 'anonymous' : (subj.groupKind ?? (govVoice ? 'government' : null)), org, role: subj.appositive }, cueRaw, si, at);
      // "The Global Times quoted Wang Lei, a ministry official, as saying …": the quoted person, relayed by the subject.
      if (idx !== null && (verb === 'quoted' || verb === 'quotes' || verb === 'cited')) citedAsFix5(right, verb, si, at + cueRaw.length, idx);
      // "told Bloomberg", "told the Wall Street Journal": the recipient outlet relays the claim.
      if (idx !== null && CUE_WORDS_21.has(verb)) {
        const desc = OUTLET_DESCRIPTOR_L10.exec(right);
        const f = npForward(desc ? right.slice(desc[0].length) : right);
        // left10: "told Reuters on Monday": the time phrase the name run took in is no part of the name.
        const when = f ? TOLD_WHEN_L10.exec(f.np) : null;
        const np = f ? (when && TIME_WORD.test(when[1]!) ? f.np.slice(0, when.index) : f.np) : '';
        if (f && isCap(np.replace(/^(?:the|a|an)\s+/i, ''))) {
          const lab = labelFor(np.replace(/^the\s+/i, ''), null);
          // "told Radio Nine host Carla Benn", "told Ann Lee of the Courier": a person is the recipient, not an outlet relaying.
          // After a descriptor the name is the outlet's ("the local newspaper Valley Echo") unless a role word follows it.
          const toPerson = desc ? /\s(?:host|anchor|correspondent|reporter|editor|journalist)\s/.test(np) : /\s(?:host|anchor|correspondent|reporter|editor|of|on)\s/.test(np) || isPersonName(lastWords(np, 2));
          const k = desc && !lab && !toPerson ? 'outlet' : kindOf(np, lab, db, null);
          if (k === 'outlet' && !toPerson && !isPublisher(lab, np)) {
            const r = add({ source: np, kind: 'outlet' }, 'told', si, at + cueRaw.length, true);
            if (r !== null && r !== idx) drafts[idx]!.via = r;
          }
        }
      }

    }
    // "Clinton's comments on …", "the IMF's estimate of …", "in his words": a position named by its holder.
    if (POSS_PRE.test(text)) possessives(text, si);
    // left12: "Her verdict: “…”": the possessor of the position before the colon speaks the quotation.
    if (drafts.length === before && marks.length && text.indexOf(':') > 0 && text.indexOf(':') < 90) {
      const cp = COLON_POSS_L12.exec(text);
      if (cp) {
        const o = cp[1]!;
        const pron = ({ his: 'he', her: 'she', their: 'they', its: 'it' } as Record<string, string>)[o.toLowerCase()];
        const bare = pron ?? o.replace(/[’']s?$/, '').replace(/^The\s/, 'the ');
        // "the company's": an organisation noun resolved like "the company said"; other lower-case owners name no one.
        if (pron || !/^the\s/.test(bare) || ORG_HEADS.test(bare.slice(4))) add({ source: bare, kind: null }, ':', si, cp[0].length - 1);
      }
    }
    // "In a statement carried by the official Korean Central News Agency, a spokesperson … said": the speaker is the
    // source and the outlet that carried the statement relays it.
    if (drafts.length > before && text.startsWith('In ')) {
      const car = CARRIED_OPENER_FIX6B.exec(text);
      if (car && !drafts.slice(before).some((d) => d.kind === 'outlet' || d.source === car[1])) add({ source: car[1]!, kind: 'outlet' }, 'carried by', si, car[0].indexOf(car[1]!), true);
    }
    // fix7: "That was the advice of Satish Rao, an engineer at X": the speaker of the quote before, named in a sentence of its own.
    if (drafts.length === before && (text.startsWith('Th') || text.startsWith('Su'))) {
      const adv = ADVICE_OF_FIX7.exec(text);
      const f = adv ? npForward(text.slice(adv[0].length, adv[0].length + 300)) : null;
      if (adv && f && isCap(f.np.replace(/^the\s+/i, ''))) add({ source: f.np, kind: null, org: f.appositive ? orgInAppositive(f.appositive) : null, role: f.appositive }, `${adv[1]} of`, si, adv[0].length);
    }
    // blind8: "“…” ¶ That is how Joel Ferrante, who runs X, remembers the morning": the speaker of the quote before.
    if (drafts.length === before && text.startsWith('Th') && si > 0 && /[“”"]/.test(sentences[si - 1]!.text)) {
      const how = HOW_X_FIX8.exec(text);
      const f = how ? HOW_NAME_FIX8.exec(text.slice(how[0].length, how[0].length + 200)) : null;
      if (how && f) add({ source: f[1]!, kind: null, org: f[2] ? orgInAppositive(f[2]) : null, role: f[2] ?? null }, f[3]!, si, how[0].length);
    }
    // Within one sentence: an outlet that reports (or is told) relays the other sources of the sentence.
    const here = drafts.length > before ? drafts.slice(before) : NO_DRAFTS;
    if (here.length > 1) reporterCitingLeft9(here, reporters);
    const relay = here.findIndex((d) => d.kind === 'outlet' && (d.relayOutlet || /^(?:reported|reports|according to|citing|told)$/i.test(d.cue)));
    if (relay >= 0) {
      for (let k = 0; k < here.length; k++) {
        const d = here[k]!;
        if (k !== relay && d.via === null && d.kind !== 'outlet') d.via = before + relay;
      }
    }
    // Remember capitalised names of this sentence as antecedents (after its own attributions).
    // Headlines and subheadings are often in Title Case: their capitalised runs are not names.
    if (sent.blockKind === 'title' || sent.blockKind === 'heading') return;
    const names = capitalisedNames(text);
    const midThe = names.length > 0 && text.indexOf(' The ') >= 0;
    for (let ni = 0; ni < names.length; ni++) {
      const nm = names[ni]!;
      if (mentions.length && mentions[mentions.length - 1]!.name === nm) continue;
      // The same name gives the same kind and long form all through the page (db and acronyms are fixed): computed once.
      let named = mentionOf.get(nm);
      if (!named) {
        named = { name: resolveAcronym(nm, acronyms), kind: kindOf(nm, db.byName(nm), db, null) };
        mentionOf.set(nm, named);
      }
      // polnear11: a name that fills a quotation ("analysis on “Monday Night Baseball,”") is a title, never a person or a body.
      if (quotes && quotedTitleP11(text, nm)) continue;
      // polnear11: "wrote for The Washington Informer": a name that takes a capitalised "The" inside a sentence is a
      // publication's or a body's, never a person's (no antecedent of "she").
      if (midThe && named.kind !== 'outlet' && text.indexOf(` The ${nm}`) >= 0 && isPersonName(lastWords(nm, 2))) {
        remember(named.name, 'unspecified', si);
        continue;
      }
      remember(named.name, named.kind, si);
      if (named.kind === 'person' || named.kind === 'government' || named.kind === 'researcher') introduce(nm, text, si);
    }
  };
  for (let si = 0; si < n; si++) {
    // At the cap every later `add` refuses and nothing else here writes a draft: the rest of the sentences cannot change the result.
    if (drafts.length >= ATTRIBUTION_LIMITS.maxAttributions) break;
    if (every > 0 && si > 0 && si % every === 0) yield;
    readSentence(si);
  }
  // "Pence: Gennifer Flowers won't be …": a headline opened by the name of a person the article quotes.
  for (let si = 0; si < Math.min(n, 3); si++) {
    const sent = sentences[si]!;
    if (sent.blockKind !== 'title') continue;
    const m = /^((?:[A-Z][\p{L}’'-]+\s+){0,2}[A-Z][\p{L}’'-]+):\s/u.exec(sent.text.slice(0, 60));
    if (!m) continue;
    const last = m[1]!.split(/\s+/).pop()!;
    const full = persons.get(last)?.name ?? m[1]!;
    if (!drafts.some((d) => d.sentence !== si && (d.source === full || d.source.startsWith(`${full} (`)) && (isPersonName(lastWords(d.source, 2)) || d.kind === 'person'))) continue;
    add({ source: m[1]!, kind: null }, ':', si, 0);
  }
  // left9: a name made an outlet by its own report is that outlet wherever else it is a source ("Byteline reports a casino hack").
  if (reporters.size) for (const d of drafts) if (d.kind === 'company' && !d.label && reporters.has(d.source)) d.kind = 'outlet';
  stateSpeakersLeft9(drafts, sentences, db);
  // perf-text10: no drafts, nothing to order or relay. (An empty list reached the sorting, mapping and relay code
  // below as an array of another elements kind than a list of drafts: the code optimised for one was thrown away
  // on the other, again and again over a long run.)
  if (!drafts.length && !SHORTCUTS.off) return [];
  // Sort drafts into reading order (sentence, then position), remapping via.
  const order = drafts.map((_, i) => i).sort((a, b) => drafts[a]!.sentence - drafts[b]!.sentence || drafts[a]!.pos - drafts[b]!.pos);
  const newIndex = new Map<number, number>();
  order.forEach((old, i) => newIndex.set(old, i));
  const out: Attribution[] = order.map((i) => {
    const d = drafts[i]!;
    return { source: d.source, sourceKind: d.kind, cue: d.cue, sentence: sentences[d.sentence]!.text, label: d.label, via: d.via === null ? null : (newIndex.get(d.via) ?? null) };
  });
  const sentOf = order.map((i) => drafts[i]!.sentence);
  applyDocumentRelay(out, sentOf, n, publisher);
  return out;
}

/**
 * An article whose main claims reach the reader through a cited outlet's
 * report ("According to a report by the Global Times, …" near the top): the
 * government statements it carries are relayed via that outlet.
 */
function applyDocumentRelay(out: Attribution[], sentOf: number[], nSentences: number, publisher: SourceLabel | null): void {
  // The outlet must be cited in the headline or the first two sentences of the body.
  const early = Math.min(3, Math.max(1, nSentences));
  const relay = out.findIndex(
    (a, i) =>
      a.sourceKind === 'outlet' &&
      sentOf[i]! < early &&
      /^(?:according to|citing|reported|reports|as reported by|reported by|first reported by)$/i.test(a.cue) &&
      !(publisher && a.label && a.label.id === publisher.id),
  );
  if (relay < 0) return;
  // Only when the outlet is cited as the article's own basis: "according to a report by X" or "X reported" near the top.
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (i === relay || a.via !== null) continue;
    if (a.sourceKind === 'government') a.via = relay;
  }
}
