import { detectCueLang } from './cue-lang';
import { intlCues } from './intl-cues';
import { LIMITS } from './limits';
import type { SourceDirectory } from './directory';
import type { AcronymDefinition, Attribution, SourceLabel } from './report';
import type { Sentence } from './sentences';
import {
  ANON_EXPERT_GATE, ANON_GATE, ANON_GATE_RE, ANON_PHRASE, RELATIVE_GATE, SELF_NAMED_GATE, TEAM_GATE, TEAM_SUBJECT,
  isCap, isCapByPattern, tailWords, wordCount, words, wordsBySplit,
} from './attribution-lexicon';
import { WORD_SETS } from './attribution-cues';
import {
  ANON_EXPERT, BE_PASSIVE, NEGATED, NEG_GATE, SELF_NAMED, endsInBePassive, endsInCommaOrQuote,
  endsInDeterminer, endsInPossessive, endsInWhClause,
} from './attribution-subject';
import { capitalisedNames } from './attribution-names';
import { Page, bind, release } from './attribution-page';
import { readSentence } from './attribution-sentence';
import { finish } from './attribution-end';

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
    return SELF_NAMED;
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
    return ANON_EXPERT;
  },
  get negGate(): RegExp {
    return NEG_GATE;
  },
  get negated(): RegExp {
    return NEGATED;
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

/** The English pass: every sentence read in order over the page's state (attribution-page.ts), then the passes at the end. */
function* run(sentences: Sentence[], ctx: AttributionContext, every: number): Generator<void, Attribution[], void> {
  const pg = new Page(sentences, ctx);
  const { n, drafts } = pg;
  bind(pg);
  try {
    for (let si = 0; si < n; si++) {
      // At the cap every later `add` refuses and nothing else here writes a draft: the rest of the sentences cannot change the result.
      if (drafts.length >= ATTRIBUTION_LIMITS.maxAttributions) break;
      if (every > 0 && si > 0 && si % every === 0) {
        yield;
        // Another page's pass may have run while this one waited.
        bind(pg);
      }
      readSentence(si);
    }
    return finish();
  } finally {
    release();
  }
}
