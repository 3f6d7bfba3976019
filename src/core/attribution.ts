import { resolveAcronym } from './acronyms';
import { detectCueLang } from './cue-lang';
import { intlCues } from './intl-cues';
import { dropTrailingParen, trimEndChars, trimStartChars } from './trim';
import { LIMITS } from './limits';
import { countryOfWord } from './countries';
import { SHORTCUTS } from './gate';
import type { SourceDirectory } from './directory';
import type { AcronymDefinition, Attribution, SourceKind, SourceLabel } from './report';
import type { Sentence } from './sentences';
import { docSubjectFix8 } from './doc-subject';
import { eachMatch } from './each-match';
import { ANON_HEADS, COMPANY_TITLES, COMPANY_WORDS, DOC_HEADS, GOV_TITLES, GOV_WORDS, RESEARCHER_TITLES, OUTLET_WORDS, VAGUE_HEADS, isPersonName, isStateName, kindOf } from './source-kind';

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

/** Speech and report verbs. The source is the subject on the left (or, inverted, the phrase on the right). */
const VERBS =
  'said|says|say|saying|told|tells|tell|telling|stated|states|stating|claimed|claims|claim|claiming|alleged|alleges|allege|alleging|' +
  'revealed|reveals|warned|warns|warning|denied|denies|deny|denying|confirmed|confirms|confirm|wrote|writes|reported|reports|noted|notes|' +
  'added|adds|explained|explains|argued|argues|believes|believe|disclosed|discloses|announced|announces|acknowledged|acknowledges|' +
  'admitted|admits|insisted|insists|asserted|asserts|accused|accuses|attributed|attributes|blamed|blames|concluded|concludes|' +
  'assessed|assesses|estimated|estimates|suggested|suggests|indicated|indicates|observed|stressed|emphasi[sz]ed|urged|dismissed|' +
  'rejected|refuted|countered|responded|replied|commented|tweeted|posted|testified|cautioned|questioned|maintained|contended|' +
  'found|showed|shows|determined|identified|agreed|predicted|pointed out|pointed to|point to|highlighted|mentioned|recalled|described|answered|' +
  'published|issued|quoted|cited|flagged|detailed|documented|uncovered|discovered|spotted|traced|linked|thinks|think|expects|expected|' +
  'fears|feared|believed|wrote|shared|posted|advised|recommended|assured|vowed|pledged|argue|warn|insist|contend|contends|contended|suggest|fear|expect|acknowledge|admit|note|report|estimate|predict|predicts|concede|conceded|concedes|reckon|reckons|maintain|maintains|confirm|explain|stress|stresses|believe|worry|worried|worries|complained|complain|complains|alleged|speculated|speculates|speculate|recounted|recounts|called|calls|released|criticized|criticised|blasted|slammed|praised|endorsed|condemned|lambasted|characterized|characterised|' +
  // Session 3: positions, beliefs and mental states, argument verbs, participles after a clause, headline present tenses.
  'continued|calling|ruled|rules|rips|rip|reaffirmed|reaffirms|reaffirming|reiterated|reiterates|reiterating|underscored|underscores|rebutted|rebuts|rebut|disputed|disputes|defended|defends|charged|describes|writing|stating|urges|urge|endorses|endorse|questions|slams|blasts|rips|hammers|lambastes|criticizes|criticises|praises|condemns|demanded|demands|' +
  'complimented|compliments|applauded|applauds|welcomed|welcomes|hailed|hails|denounced|denounces|decried|decries|sees|afraid|convinced|confident|hopeful|adamant|' +
  'skeptical|sceptical|concerned|expressed|expresses|express|echoed|echoes|echo|wondered|wonders|wondering|wonder|hopes|hoped|hope|knows|knew|feels|felt|feel|' +
  'suspects|suspected|suspect|recognized|recognizes|recognised|recognises|put it|made clear|makes clear|made it clear|makes it clear|made the case|makes the case|' +
  'compared|compares|adding|noting|arguing|insisting|emphasi[sz]ing|stressing|explaining|claiming|suggesting|acknowledging|admitting|asserting|predicting|' +
  'vowing|promising|promised|promises|urging|accusing|describing|denying|confirming|conceding|indicate|show|forecast|forecasts|projected|projects';
/** Verbs added from the third held-out set ("analysts caution that", "officials suspect", "findings show"); kept apart to merge cleanly. */
const VERBS_FIX3 = 'cautions|caution|suspects|suspected|suspect|show';
/** Verbs added from the fourth held-out set: an outlet that "carried a commentary accusing …" publishes a statement. */
const VERBS_FIX4 = 'carried|carries|seen';
/** Verbs added from the fifth held-out set: "X has made similar claims" repeats a claim as X's own. */
/** "“…” So wrote X, …": a sentence-opening "So" inverts the cue after a quotation, like a comma. */
const SO_INVERSION_FIX6B = /(?:^|[”"’.!?]\s?)So$/;
/** Verbs added after the sixth held-out set: "researchers have tied the technique to X" (like "linked … to"). */
const VERBS_FIX6B = 'tied';
/** Verbs added after the seventh held-out set: an assessment ("the NCSC judged it almost certain that …") and a repeated argument. */
const VERBS_FIX7 = 'judged|made the same argument|made a similar argument|made similar arguments|made the same point|made a similar point';
/** fix12: the present tense of a timeline ("RIA Novosti carries the claim and quotes a hacker as saying …"). */
const VERBS_FIX12 = 'quotes';
const VERBS_FIX5 = 'made similar claims|made similar accusations|made similar allegations|made similar assertions|made the same claim|made the same claims|made the same accusation|made the same accusations|made such claims|makes similar claims|make similar claims';
/**
 * An alternation of literal words grouped by first letter, longest first in each
 * group ("s(?:tating|tated|…)"): the matcher tries one group per position instead
 * of every word, and a longer cue still wins over its prefix.
 */
function byFirstLetter(alts: string): string {
  const groups = new Map<string, string[]>();
  for (const w of new Set(alts.split('|'))) {
    const g = groups.get(w[0]!) ?? [];
    g.push(w.slice(1));
    groups.set(w[0]!, g);
  }
  return [...groups].map(([c, ws]) => `${c}(?:${ws.sort((a, b) => b.length - a.length).join('|')})`).join('|');
}
const CUE_RE = new RegExp(
  String.raw`\b(?:according to|in the words of|citing|quoting|per|cited by|as reported by|reported by|first reported by|quoted by|in an interview with|in a (?:statement|post|report|blog post|tweet|briefing|filing|letter|notice|advisory) (?:to|published by|posted by|released by|from)|(?:was|were|has been|had been|have been) (?:reported|quoted|flagged|discovered|spotted|identified|detected|found|disclosed|documented|uncovered|first reported|confirmed|observed|attributed|linked|traced) (?:[\w’'-]+ ){0,8}?by|${byFirstLetter(`${VERBS}|${VERBS_FIX3}|${VERBS_FIX4}|${VERBS_FIX5}|${VERBS_FIX6B}|${VERBS_FIX7}|${VERBS_FIX12}`)})\b`,
  'gi',
);

/** First words of every cue CUE_RE can match, lower case: a word outside this set cannot start a cue. */
const CUE_FIRST = new Set<string>([
  ...'according citing quoting per cited as reported first quoted in was were has had have'.split(' '),
  ...`${VERBS}|${VERBS_FIX3}|${VERBS_FIX4}|${VERBS_FIX5}|${VERBS_FIX6B}|${VERBS_FIX7}|${VERBS_FIX12}`.split('|').flatMap((w) => {
    const first = w.split(' ')[0]!;
    return first.includes('[sz]') ? [first.replace('[sz]', 's'), first.replace('[sz]', 'z')] : [first];
  }),
]);
const CUE_AT = new RegExp(CUE_RE.source, 'iy');

/**
 * CUE_FIRST as a trie over the letters a-z (node 0 is the root; `CUE_NEXT[node * 26 + letter]`
 * is the child, 0 for none): a word is looked up letter by letter as it is
 * scanned, with no string or match array made for the ~95 % of words that are no cue.
 */
const { next: CUE_NEXT, end: CUE_END } = (() => {
  // Sized up front (a word adds at most one node per letter): built with pushes into plain arrays and
  // copied into typed ones, this was ~12 ms of analyzer.js's ~20 ms top-level run (cold, interpreted).
  let letters = 0;
  for (const w of CUE_FIRST) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`cue word outside a-z: ${w}`);
    letters += w.length;
  }
  const next = new Int32Array((letters + 1) * 26);
  const end = new Uint8Array(letters + 1);
  let nodes = 1;
  for (const w of CUE_FIRST) {
    let node = 0;
    for (let k = 0; k < w.length; k++) {
      const at = node * 26 + (w.charCodeAt(k) - 97);
      if (!next[at]) next[at] = nodes++;
      node = next[at]!;
    }
    end[node] = 1;
  }
  return { next: next.slice(0, nodes * 26), end: end.slice(0, nodes) };
})();

/**
 * The matches of CUE_RE in `text`, in order and without overlap, as
 * `text.matchAll(CUE_RE)` gives them: runs of ASCII letters are looked up in
 * the trie of CUE_FIRST as they are read (a run that opens with a capital is
 * folded to lower case, one that opens in lower case must be all lower case,
 * as the word set was asked before), and the full pattern is only tried
 * (anchored) where a cue can start. A scan of the whole alternation at every
 * position cost about twice as much on long articles; a letter-run regex with a
 * set lookup made a match array and a string for every word.
 */
function cueMatchesByTrie(text: string): RegExpExecArray[] {
  // All at once (a list, not a generator: one fewer object and resumption per sentence); the caller may stop early.
  const out: RegExpExecArray[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (!upper && !(c >= 97 && c <= 122)) {
      i++;
      continue;
    }
    const start = i;
    let node = 0;
    let live = true;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      let l: number;
      if (c >= 97 && c <= 122) l = c - 97;
      else if (c >= 65 && c <= 90) {
        l = c - 65;
        if (!upper) live = false;
      } else break;
      if (live) {
        node = CUE_NEXT[node * 26 + l]!;
        if (node === 0) live = false;
      }
    }
    if (!live || !CUE_END[node]) continue;
    CUE_AT.lastIndex = start;
    const m = CUE_AT.exec(text);
    if (!m) continue;
    out.push(m);
    i = start + m[0].length;
  }
  return out;
}

/**
 * CUE_FIRST as one pattern of whole words (`\b` on both sides, any case): the words the trie accepts, found by
 * the regex engine in one pass over the sentence (about 1.5 times cheaper than the trie's loop over every
 * character). A word touching a digit or "_" is no match here, as CUE_AT's `\b` refuses it there.
 */
const CUE_FIRST_RE = new RegExp(String.raw`\b(?:${byFirstLetter([...CUE_FIRST].join('|'))})\b`, 'gi');

/**
 * `cueMatchesByTrie`, with the candidate words found by CUE_FIRST_RE; the trie's case rule (a word that opens in
 * lower case must be all lower case) is read from the match, and CUE_AT decides as before.
 */
function cueMatches(text: string): RegExpExecArray[] {
  if (SHORTCUTS.off) return cueMatchesByTrie(text);
  const out: RegExpExecArray[] = [];
  const re = CUE_FIRST_RE;
  re.lastIndex = 0;
  for (let w = re.exec(text); w; w = re.exec(text)) {
    const start = w.index;
    if (text.charCodeAt(start) >= 97) {
      const end = start + w[0].length;
      let k = start + 1;
      while (k < end && text.charCodeAt(k) >= 97) k++;
      if (k < end) continue;
    }
    CUE_AT.lastIndex = start;
    const m = CUE_AT.exec(text);
    if (!m) continue;
    out.push(m);
    re.lastIndex = start + m[0].length;
  }
  return out;
}

/** For tests: the cue pattern and its word-set scanner, which must agree. */
export const CUE_SCAN = { pattern: CUE_RE, matches: cueMatches, matchesByTrie: cueMatchesByTrie, first: CUE_FIRST as ReadonlySet<string> };

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


/** "Its claims were refuted by X": a claim contradicted by an agent names that agent as a source (only with a claim noun as the passive subject). */
/**
 * "In a statement carried by (the official) X, …": a sentence-opening statement an outlet carried; X is the outlet (a
 * bracketed short form after it is dropped). "published by" is left out: a body publishes its own statements.
 */
const CARRIED_OPENER_FIX6B = /^In\s(?:an?|its|their)\s(?:(?:short|brief|written|separate|new|lengthy|later)\s)?(?:statement|commentary|editorial|dispatch|article|interview|bulletin|report|notice|message)\s(?:carried|aired|broadcast|relayed|distributed|circulated)\sby\s(?:the\s)?(?:(?:official|state-run|state-owned|state|government-run|government-owned)\s)?(\p{Lu}[\p{L}\p{N}’'.&-]{0,30}(?:\s\p{Lu}[\p{L}\p{N}’'.&-]{0,30}){0,5})(?:\s\(\p{Lu}{2,8}\))?,/u;
const CARRIED_BY_FIX5 = /^\s{0,4},?\s{0,4}(?:carried|published|run|aired|broadcast|relayed|distributed|circulated)\s{1,4}(?:(?:on|in)\s{1,4}[\w-]{1,30}\s{1,4})?by\s/i;
/** Cue words that are also plural nouns. */
const NOUN_PLURAL_FIX5 = /^(?:reports|claims|notes|estimates|forecasts|questions|demands|hopes|shows|projects|warnings|findings|accounts|statements)$/;
/** A determiner with capitalised modifiers, after a lower-case word that does not open a clause: the object of a verb or preposition. */
/** Words that open a clause: "and the FBI reports that …" has a subject after them. */
const CLAUSE_OPENER_FIX5 = /^(?:and|but|or|nor|while|as|because|since|when|where|whereas|although|though|if|that|now|meanwhile|also|so|yet|then)$/;
/** A named subject coordinated with an unnamed group ("X and agencies from five allied countries", "the FBI and partners in Europe"). */
// redos-ok: only run on the last 220 characters before a cue (namedWithGroupFix5's caller slices); every repetition is bounded.
const COORD_GROUP_FIX5 = /\sand\s(?:[a-z]{2,15}\s){0,3}(?:agencies|allies|partners|governments|countries|counterparts|authorities)(?:\s(?:from|in|of|at)\s(?:[\w-]{1,20}\s){0,4}[\w-]{1,20})?(?:\s(?:on\s[A-Z][a-z]{2,10}|also|jointly|have|has|had|together)){0,3}$/;
/** Heads of a definite description that stand for a public body ("the agency", "the centre", "the office"). */
const BODY_HEAD_FIX5 = /^(?:agency|office|centre|center|service|directorate|authority)$/;
/** A named public body's own head word. */
const BODY_NAME_FIX5 = /\b(?:Agency|Bureau|Office|Centre|Center|Department|Ministry|Service|Directorate|Authority|Commission|Command|Police|Council|Administration|CERT)\b/;
const REBUTTAL_VERBS_FIX5 = /^(?:refuted|rejected|disputed|denied|contradicted|dismissed|challenged|rebutted)$/;
const CLAIM_PASSIVE_FIX5 = /\b(?:claims?|allegations?|accusations?|assertions?|reports?|statements?|charges?|version|account|figures?)\s+(?:(?:was|were|is|are)|(?:has|have|had)\s+been)(?:\s+(?:quickly|swiftly|promptly|later|also|flatly|firmly|publicly))?$/i;

/** Verbs that take their source from the "by …" agent after them ("first flagged on March 29 by X"). */
const PASSIVE_AGENT_VERBS = /^(?:reported|quoted|flagged|discovered|spotted|identified|detected|disclosed|documented|uncovered|observed|published|found|confirmed)$/;
/** "expressed concern / misgivings / support": a stance, said or written. */
const EXPRESSED_OBJECT = /^\s+(?:(?:deep|serious|grave|strong|some|growing|their|his|her|its|particular|public|little|no|similar|renewed)\s+){0,2}(?:concerns?|misgivings|doubts?|support|skepticism|scepticism|frustration|opposition|confidence|hope|hopes|regret|outrage|dismay|disappointment|alarm|reservations|optimism|surprise|sympathy|solidarity|fears?|worries|anger|interest|reluctance|willingness)\b/i;
/** "echoed her concerns": another's position, restated. */
const ECHO_OBJECT = /^\s+(?:(?:the|this|that|these|those|his|her|their|its|such|similar)\s+)?(?:[\w-]+\s+)?(?:concerns?|views?|sentiments?|criticism|calls?|comments?|remarks|warnings?|arguments?|claims?|position|words|fears|doubts|assessment)\b/i;
/** "the court ruled that …", "ruled Friday against …". */
const RULED_OBJECT = /^\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s+)?(?:that|against|in favou?r of)\b/i;
/** Nouns of a stated position ("Warren's comments", "the agency's assessment", "his remarks"). */
const POSS_NOUN = /\b(?:comments|remarks|statement|statements|claim|claims|assertion|assertions|argument|arguments|view|views|estimate|estimates|forecast|forecasts|testimony|words|warning|warnings|criticism|accusation|accusations|allegation|allegations|denial|denials|emphasis|insistence|belief|assessment|suggestion|contention|admission|prediction|projection|conclusion|concerns|acknowledge?ment|analysis|findings)\b/g;
/** What follows a position noun when it carries content: "that …", "on/about/of …", a colon or a quote (after a time word at most). */
const POSS_CONTENT = /^(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|this week|last week))?(?:\s+(?:that|on|about|of|regarding|over)\b|\s*[:“"‘])/i;
/** Cheap test before POSS_NOUN: a possessive at all. */
const POSS_PRE = /[’']s?\s|\b(?:[Hh]is|[Hh]er)\s/;
/** The possessor right before a POSS_NOUN, with at most two modifiers ("Stumpf's repeated emphasis"). */
// redos-ok: applied to the 90 characters before a noun (slice at the call).
const POSS_OWNER = /(?:^|[\s(“"])((?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&-]*[’']s?|[Hh]is|[Hh]er|the\s+[a-z]{3,20}[’']s)\s+(?:(?:recent|latest|earlier|repeated|own|public|initial|official|new|previous|prepared|opening|closing|written|sworn|final|preliminary|growth|global)\s+){0,2}$/u;
/** Verbs a Title Case headline capitalises ("Senator Slams Agency Over Leak"). */
const HEADLINE_VERBS = /^(?:Defends|Rebuts|Disputes|Says|Say|Said|Tells|Warns|Urges|Urge|Calls|Slams|Blasts|Rips|Rip|Hammers|Sees|Questions|Endorses|Endorse|Accuses|Denies|Deny|Claims|Claim|Vows|Rules|Confirms|Admits|Praises|Criticizes|Criticises|Demands|Pledges|Insists|Argues|Blames|Rejects|Dismisses|Slam|Blast|Accuse|Warn)$/;
/** "wondered whether …", "wondered aloud". */
const WONDER_OBJECT = /^\s+(?:(?:aloud|publicly|openly)\s+)?(?:whether|if|why|how|what|who|aloud)\b/i;
/** "researchers suspect the group …", never "suspected of" or "the suspected hackers". */
const SUSPECT_OBJECT = /^\s+(?:that|the|a|an|it|they|he|she|this|these|[A-Z])/;
/** Mental states with a copula before them ("Many voters are afraid that …", "came away convinced that …"): the clause is what the subject believes. */
const THAT_CLAUSE = /^\s+that\b/i;
const STATE_WORDS = /^(?:afraid|convinced|confident|hopeful|adamant|skeptical|sceptical|concerned|worried|knows|knew|feels|felt|feel|recognized|recognizes|recognised|recognises)$/;
/** Participles first read in session 3: only after a comma or as a progressive, never as a bare modifier ("its report accusing …"). */
const NEW_PARTICIPLE = /^(?:writing|reaffirming|reiterating|adding|noting|arguing|insisting|emphasi[sz]ing|stressing|explaining|suggesting|acknowledging|admitting|asserting|predicting|vowing|promising|urging|accusing|describing|confirming|conceding|calling|wondering)$/;
/** Participles that continue a clause whose subject is the source ("…, saying that", "…, adding", "by telling them"). */
const PARTICIPLE = /^(?:saying|telling|writing|stating|reaffirming|reiterating|warning|adding|noting|arguing|insisting|emphasi[sz]ing|stressing|explaining|claiming|suggesting|acknowledging|admitting|asserting|predicting|vowing|promising|urging|accusing|describing|denying|confirming|conceding|calling|wondering)$/;

/** Verbs whose object must say what was published/issued for the subject to be a source. */
const NEEDS_OBJECT: Record<string, RegExp> = {
  published: /^\s+(?:(?:a|an|its|the|their|his|her|new|on \w+ a)\s+)*(?:[\w-]+\s+){0,2}(?:report|advisory|fix|patch|patches|statement|analysis|blog|post|findings|research|paper|update|notice|bulletin|alert|details|data|indicators|list|study|warning|guidance|technical)/i,
  released: /^\s+(?:(?:a|an|its|the|their|his|her|separate|joint|new|on \w+ a)\s+)*(?:[\w-]+\s+){0,2}(?:report|statement|analysis|findings|research|paper|study|advisory|alert|bulletin|assessment|investigation|data|indicators|details)/i,
  issued: /^\s+(?:(?:a|an|its|the|their|his|her|separate|joint|new)\s+)*(?:[\w-]+\s+){0,2}(?:statement|statements|warning|warnings|caution|advisory|alert|notice|report|bulletin|denial|response|guidance|rebuttal|clarification|update)/i,
  posted: /^\s+(?:(?:(?:a|an|its|the|their|his|her|on)\s+)*(?:[\w-]+\s+){0,2}(?:statement|message|notice|update|post|note|screenshot|claim|thread|tweet|announcement)|on (?:X|Twitter|Telegram|WeChat|Weibo|Facebook|LinkedIn|Mastodon|Bluesky|Threads|Instagram|VK|its website|his|her|their|its)\b)/i,
  shared: /^\s+(?:(?:a|an|its|the|their|his|her|with)\s+)*(?:[\w-]+\s+){0,3}(?:statement|details|findings|report|analysis|data|information|indicators)/i,
  detailed: /^\s/,
  linked: /^\s+(?:[\w’'-]+\s+){1,6}to\b/i,
  // "tied himself to the outcome": a reflexive object is a commitment, not an attribution.
  tied: /^\s+(?!(?:himself|herself|themselves|itself|ourselves|myself)\b)(?:[\w’'-]+\s+){1,6}to\b/i,
  traced: /^\s+(?:[\w’'-]+\s+){1,6}to\b/i,
  // fix7: "judged it almost certain that", "judged that": an assessment; "judged the contest" is not one.
  judged: /^\s+(?:that\b|it\s+(?:to\s+be\s+)?(?:(?:almost|highly|very|quite|more|less|most|un)\s*)?(?:certain|likely|unlikely|probable|improbable|possible|plausible|credible)\b)/i,
  // A name may carry abbreviations ("Sen. Tim Kaine, D-Va., as …").
  described: /^\s+(?:(?:the|this|it|these|those|such|them|him|her|its|their|his|our|all|any)\b[^.]{0,60}|[A-Z](?:[^.]|\.(?=[\s,]*[A-Z\p{Ll}]))[^.]{0,100}?)\bas\b/u,
  characterized: /^\s+\S.{0,100}?\bas\b/u,
  characterised: /^\s+\S.{0,100}?\bas\b/u,
  ruled: RULED_OBJECT,
  rules: RULED_OBJECT,
  // "called the sanctions “illegal”", "called the report fabricated and rejected …": a characterisation in quotes, or a rejection.
  // "called the sanctions “illegal”", "called Clinton a “champion”", "called on X to …", "called for an inquiry".
  called: /^\s+(?:(?:the|this|it|these|those|such|them|him|her|its|their|his|our|all|any)\b[^.]{0,60}?(?:[“"‘']|\band (?:rejected|denied|dismissed)\b)|(?:on|for|On|For)\s+[\p{L}\p{N}]|[A-Z][\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,5}?\s+(?:an?\s+)?[“"‘])/u,
  calls: /^\s+(?:(?:the|this|it|these|those|such|them|him|her|its|their|his|our|all|any)\b[^.]{0,60}?(?:[“"‘']|\band (?:rejects|denies|dismisses)\b)|(?:on|for|On|For)\s+[\p{L}\p{N}]|[A-Z][\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,5}?\s+(?:an?\s+)?[“"‘])/u,
  recounted: /^\s+(?:how|that|the|a|an|his|her|their|[“"])/i,
  recounts: /^\s+(?:how|that|the|a|an|his|her|their|[“"])/i,
  quoted: /^\s+\S[^.]{0,80}\bas saying\b/,
  // "cited investigative sources as saying …": the cited are sources (AS_SAYING_FIX5 below).
  cited: /^\s+(?:(?:a|an|the|his|her|their|its|criticism|concerns?|reports?|evidence|data|polls?|studies|research)\s+|\S[^.]{0,80}\bas (?:saying|telling)\b)/i,
  maintained: /^\s+(?:that|it|its|the)\b/i,
  maintains: /^\s+(?:that|it|its|the)\b/i,
  responded: /^\s*(?:,|:|that\b|by saying|in an?\b|with an?\s+(?:statement|post|letter|note)|[“"])/i,
  replied: /^\s*(?:,|:|that\b|by saying|in an?\b|with\b|[“"])/i,
  answered: /^\s*(?:,|:|that\b|[“"])/i,
  // A number of any length ("found 31 incidents"): a lone \d before \b matched single digits only.
  found: /^\s+(?:\d[\d,.]*|that|evidence|no|signs|traces|links|indications|malware|a|an|the|backdoor|malicious|code|similarities|overlaps|in (?:its|their|a|the) (?:[\w-]+ ){0,2}(?:report|review|analysis|investigation|audit|study))\b/i,
  // polnear11: "She continued, “…”": a comma and a quotation after it make it speech too.
  continued: /^\s*(?::|,\s*[“"])/,
  charged: /^\s+that\b/,
  describes: /^\s+\S.{0,100}?\bas\b/u,
  defended: /^\s+(?:(?:the|his|her|its|their|him|her|them|himself|herself|itself|themselves|our|this|that|these)\b|[A-Z])/,
  defends: /^\s+(?:(?:the|his|her|its|their|him|her|them|himself|herself|itself|themselves|our|this|that|these)\b|[A-Z])/,
  calling: /^\s+(?:on|for)\s+[\p{L}\p{N}]/u,
  sees: /^\s+[‘“"']/,
  expressed: EXPRESSED_OBJECT,
  expresses: EXPRESSED_OBJECT,
  express: EXPRESSED_OBJECT,
  echoed: ECHO_OBJECT,
  echoes: ECHO_OBJECT,
  echo: ECHO_OBJECT,
  wondered: WONDER_OBJECT,
  wonders: WONDER_OBJECT,
  wondering: WONDER_OBJECT,
  wonder: WONDER_OBJECT,
  hopes: /^\s+(?:that|to)\b/,
  hoped: /^\s+(?:that|to)\b/,
  hope: /^\s+(?:that|to)\b/,
  concerned: /^\s+(?:that|about)\b/,
  suspects: SUSPECT_OBJECT,
  suspected: SUSPECT_OBJECT,
  suspect: SUSPECT_OBJECT,
  compared: /^\s+\S[^.]{0,80}?\b(?:to|with)\b/,
  compares: /^\s+\S[^.]{0,80}?\b(?:to|with)\b/,
  'put it': /^\s*(?:[,.;:”"]|$|this way|that way|bluntly|simply|succinctly|best|another way|in an?\s)/,
  forecast: /^\s+(?:that|growth|a|an|the|[\d$])/,
  forecasts: /^\s+(?:that|growth|a|an|the|[\d$])/,
  projected: /^\s+(?:that|growth|a|an|the|[\d$])/,
  projects: /^\s+(?:that|growth|a|an|the|[\d$])/,
  believes: /^\s+(?:that|the|it|this|these|a|an|[A-Z])/,
  believed: /^\s+(?:that|the|it|this|these|a|an|[A-Z])/,
};
// "KCNA carried a commentary accusing …", "the paper carries an editorial saying …": an outlet publishing a piece.
for (const w of ['carried', 'carries']) NEEDS_OBJECT[w] = /^\s+(?:(?:on|in)\s+[\w-]+\s+)?(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:commentary|editorial|article|report|statement|op-ed|column|essay|piece|interview|dispatch)\s+(?:accusing|saying|claiming|alleging|arguing|denying|warning|calling|that|which|by|from|in which)\b/i;
for (const w of ['afraid', 'convinced', 'confident', 'hopeful', 'adamant', 'skeptical', 'sceptical', 'knows', 'knew', 'feels', 'felt', 'feel', 'recognized', 'recognizes', 'recognised', 'recognises']) NEEDS_OBJECT[w] = THAT_CLAUSE;

/** Verbs that are attributions only when their subject is clearly a source (a name or a source noun), never a pronoun alone. */
const WEAK_VERBS = /^(?:tied|pointed to|point to|criticized|criticised|blasted|slammed|praised|endorsed|condemned|lambasted|characterized|characterised|released|speculated|speculates|speculate|called|calls|recounted|recounts|advised|recommended|assured|vowed|pledged|found|showed|shows|determined|identified|described|answered|detailed|documented|uncovered|discovered|spotted|traced|linked|thinks|think|expects|expected|fears|feared|believed|believe|agreed|recalled|mentioned|urged|posted|shared|published|issued|cited|quoted|questioned|answered|responded|replied|observed|estimated|estimates|predicted|suggested|suggests|indicated|indicates|rip|calling|rebutted|rebuts|rebut|disputed|disputes|defended|defends|urges|urge|endorses|endorse|questions|slams|blasts|rips|hammers|lambastes|criticizes|criticises|praises|condemns|demanded|demands|complimented|compliments|applauded|applauds|welcomed|welcomes|hailed|hails|denounced|denounces|decried|decries|sees|expressed|expresses|express|echoed|echoes|echo|wondered|wonders|wonder|hopes|hoped|hope|suspects|suspected|suspect|compared|compares|promised|promises|indicate|show|forecast|forecasts|projected|projects|made the case|makes the case)$/;

/** Tokens that may be skipped between a subject and its verb ("Microsoft has previously said"). */
const ADVERB = /^(?:came|away|remain|remains|remained|became|seem|seems|seemed|grew|appeared|appears|very|quite|so|more|firmly|strongly|flatly|vehemently|categorically|swiftly|immediately|angrily|sharply|openly|explicitly|also|has|have|had|previously|earlier|later|recently|repeatedly|publicly|officially|separately|further|again|then|now|first|initially|would|will|could|may|might|since|once|already|reportedly|allegedly|however|himself|herself|itself|themselves|still|both|all|too|quickly|subsequently|originally|formally|privately|last|this|that|on|in|early|late|just|did|does|do|not|never|had|was|were|is|are|being|been|widely|long|often|generally|separately|jointly|independently|ultimately|eventually|specifically|explicitly|similarly|likewise|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4}(?:st|nd|rd|th)?)$/i;
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tomorrow|week|month|year|weekend|morning|afternoon|evening|night)$/i;
const CONNECTOR = /^(?:of|for|and|on|the|de|du|des|la|le|del|der|van|von|in|at|&|y|und)$/;
const DETERMINER = /^(?:informed|well-informed|well-placed|reliable|credible|knowledgeable|diplomatic|trusted|the|a|an|some|many|several|other|two|three|four|five|one|most|few|multiple|various|numerous|independent|unnamed|anonymous|senior|top|local|foreign|western|u\.s\.|us|chinese|russian|american|british|european|iranian|israeli|ukrainian|north|south|korean|german|french|japanese|indian|security|cybersecurity|cyber|government|intelligence|industry|private|state|federal|national|company|police|military|defense|defence|law|enforcement|threat|malware|these|those|all|both|such|any|his|her|their|its|our)$/i;
const PRONOUNS = /^(?:he|she|it|they|we|i|you|who|which|that)$/i;
/** Title words that may sit between an organisation and a person's name ("Cloudflare chief executive Matthew Prince"). */
const TITLE_WORD = /^(?:host|anchor|correspondent|reporter|columnist|editor|writer|commentator|pollster|strategist|economist|aide|lawmaker|candidate|nominee|congressman|congresswoman|senator|governor|mayor|representative|lawyer|consultant|organizer|organiser|activist|historian|author|scholar|judge|prosecutor|campaign|operative|surrogate|donor|chairman|chief|executive|officer|spokesperson|spokesman|spokeswoman|spokespeople|director|minister|secretary|president|vice|senior|deputy|head|founder|co-founder|researcher|analyst|professor|lead|principal|manager|chairman|chairwoman|chair|ceo|cto|ciso|cso|coo|general|counsel|attorney|ambassador|envoy|commissioner|policy|foreign|technical|technology|information|security|threat|intelligence|research|global|regional|press|communications|affairs|staff|adviser|advisor|official|spy|cyber|defence|defense|interior|justice|state|national|former|acting|then|assistant|associate|special|agent|engineer|scientist|fellow|partner|leader)$/;
/** left10: a description of an intelligence body ("the spy agency", "the country's intelligence service"), and such a body's name. */
const SPY_DESC_L10 = /\b(?:spy|intelligence|espionage|counterintelligence)\s/i;
const SPY_NAME_L10 = /\b(?:Intelligence|Counterintelligence|Security\s+Service|Secret\s+Service)\b/;
/** Abbreviated titles before a name: their period does not end the phrase ("Rep. Kim Sun-woo"). */
const TITLE_ABBREV = /^(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Prof|Capt|Sgt|Adm|Maj|Cmdr|Supt|Insp|Det|Amb|Pres|Hon|Rev|St)\.$/;
/** Heads of common-noun sources ("the city's emergency management bureau", "some security specialists"). */
/** A past participle that opens a reduced relative or passive ("run by", "carried out by", "written by"). */
const REDUCED_PARTICIPLE = /^(?:[a-z]+ed|run|led|written|held|made|built|done|driven|known|seen|taken|given|kept|shown|drawn|overseen|undertaken|stolen|hidden)$/;
const ORG_HEADS = /^(?:community|frontrunner|front-runner|congressman|congresswoman|nominee|candidate|legislator|lawmaker|leader|leaders|unions|fund|caucus|panel|taskforce|airline|carrier|club|retailer|exchange|insurer|charity|network|platform|utility|operator|studio|publisher|league|federation|association|church|mission|campaign|agency's|trust|hospital|school|council|party|union|mayor|senator|governor|minister|president|chairman|chairwoman|chair|judge|prosecutor|lawyer|attorney|director|ceo|chief|secretary|ambassador|commissioner|premier|chancellor|sheriff|coroner|regulator|alliance|coalition|ministry|agency|bureau|department|commission|police|force|office|government|council|board|authorities|authority|regulator|regulators|prosecutors|prosecutor|court|committee|administration|center|centre|embassy|military|army|navy|company|firm|vendor|provider|maker|developer|operator|manufacturer|startup|bank|lab|labs|team|newspaper|outlet|broadcaster|tabloid|magazine|channel|website|media|watchdog|institute|university|organization|organisation|foundation|group|unit|division|service|services|spokesperson|spokesman|spokeswoman|ministries|agencies|companies|firms|vendors|governments|gang|gangs|crew|crews|collective|outfit|cartel|syndicate|hackers|attackers|hacktivists|actor|actors)$/;

/** Anonymous phrasing: "a person familiar with the matter", "officials who declined to be named". */
const ANON_PHRASE =
  // redos-ok: only ever run on the last 160 characters before a cue (subjectBefore), so the input cannot be long.
  /(?:^|\s)((?:(?:a|an|one|two|three|four|several|some|other|senior|former|current|u\.s\.|us|western|european|chinese|russian|american|british|government|administration|intelligence|security|industry|company|military|law enforcement|people|\w+)\s+){0,3}(?:person|people|sources?|officials?|individuals?|insiders?|staffers?|aides?|employees?|diplomats?|executives?|officers?|members?|investigators?)\s+(?:(?:who|that)\s+(?:declined|asked|spoke|requested|was not|were not|wasn[’']t|weren[’']t|is not|are not|did not|could not)\b[^,;.]{0,110}|(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in|knowledgeable about|aware of)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}|speaking on (?:the )?condition of anonymity|not authori[sz]ed to [\w\s]{0,30})|(?:a|an|one|two|several)\s+(?:[\w-]+\s+)?sources?\s+(?:in|at|within|inside|from|close to)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3})\s*,?\s*$/i;

/** "Correction: An earlier version of this story said …", "Clarification: this article previously stated …". */
// redos-ok: only ever run on the first 160 characters of a sentence.
const CORRECTION_LINE = /^\s*[[(]?\s*(?:correction|clarification|editor[’']?s note|update[d]?)\b[^.]{0,40}?\b(?:an? (?:earlier|previous) version|this (?:article|story|post|report) (?:previously|originally|incorrectly)|(?:previously|originally|incorrectly) (?:said|stated|reported))/i;

/** Objects for the verbs of VERBS_FIX3 (a verb that already has a test above keeps it): a clause or what is suspected, never "suspected of". */
const CLAUSE_FIX3 = /^\s+(?:that|the|a|an|it|its|their|they|he|she|this|these|those|[A-Z])/;
for (const [w, re] of [['suspect', CLAUSE_FIX3], ['suspects', CLAUSE_FIX3], ['suspected', CLAUSE_FIX3], ['show', CLAUSE_FIX3], ['caution', /^\s+(?:that|against)\b/], ['cautions', /^\s+(?:that|against)\b/]] as const) NEEDS_OBJECT[w] ??= re;
// fix9: "Meridale faces three class actions, court records show.": "show" closing the sentence after the clause it backs.
NEEDS_OBJECT['show'] = new RegExp(`(?:${CLAUSE_FIX3.source})|^\\s*[.;]?\\s*$`);
/**
 * Second readings that also make a statement when the first object test fails:
 * "described similar lures in a 2024 report", "has called similar accusations
 * groundless", "quoted a spokesperson for the ministry as saying".
 */
const NEEDS_ALT_FIX3: Record<string, RegExp> = {
  described: /^\s+\S[^.]{0,100}?\bin (?:a|an|its|their|the|his|her) (?:[\w-]+ ){0,3}(?:report|post|blog|paper|advisory|analysis|statement|study|briefing|write-up|presentation|talk|interview)s?\b/,
  called: /^\s+(?:(?:the|these|those|such|similar|all|any|its|their|recent)\s+){0,2}(?:[\w-]+\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?|assertions?)\s+(?:(?:as|completely|entirely|totally|utterly)\s+)?(?:groundless|baseless|unfounded|false|absurd|fabricated|ridiculous|slanderous|untrue|nonsense|irresponsible|unsubstantiated|misleading|politically motivated|fake)\b/,
  calls: /^\s+(?:(?:the|these|those|such|similar|all|any|its|their|recent)\s+){0,2}(?:[\w-]+\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?|assertions?)\s+(?:(?:as|completely|entirely|totally|utterly)\s+)?(?:groundless|baseless|unfounded|false|absurd|fabricated|ridiculous|slanderous|untrue|nonsense|irresponsible|unsubstantiated|misleading|politically motivated|fake)\b/,
  quoted: /^\s+(?:a|an|the|one|two)\s[^.]{0,120}?\bas (?:saying|telling)\b/,
};
for (const [w, alt] of Object.entries(NEEDS_ALT_FIX3)) {
  const first = NEEDS_OBJECT[w];
  NEEDS_OBJECT[w] = first ? new RegExp(`(?:${first.source})|(?:${alt.source})`, first.flags) : alt;
}
/**
 * fix9: "She previously wrote a technology column for X", "wrote two books about …": authorship, not a statement (an
 * author bio under a column named its writer as a source). Any other object or none ("wrote that …", "the researchers wrote.") is one.
 */
const WROTE_WORK_FIX9 = /^(?!\s+(?:(?:a|an|the|his|her|their|its|two|three|several|many)\s+)(?:[\w-]+\s+){0,2}(?:columns?|books?|novels?|biography|biographies|memoirs?|history|histories|textbooks?|thesis|theses|dissertations?|songs?|scripts?|screenplays?|plays?|poems?|series|newsletters?)\b)/i;
for (const w of ['wrote', 'writes', 'write']) NEEDS_OBJECT[w] ??= WROTE_WORK_FIX9;
/**
 * blind11: "the crew wrote custom implants for two switch models": code is no statement either. "The hackers demanded $1.5
 * million", "demanded a ransom": a demand for money, not a claim. "Customers urged to patch": a headline's passive (an
 * active "urged" has its object: "urged customers to …").
 */
const WROTE_CODE_FIX11 = /^(?!\s+(?:(?:a|an|the|its|their|his|her|own|custom|new|malicious|bespoke)\s+){0,3}(?:[\w-]+\s+)?(?:implants?|malware|code|scripts?|exploits?|backdoors?|loaders?|payloads?|webshells?|web\s+shells?|tools?)\b)/i;
// (left11 and blind11 both wrote this rule; one pattern now holds both: "demanded another hefty ransom" too, and
// "demanded that …" stays a statement.)
const DEMANDED_MONEY_FIX11 = /^(?!\s+(?:(?:a|an|the|its|their|his|her|another|about|around|roughly|some|nearly|almost|over|more\s+than|up\s+to|at\s+least)\s+){0,2}(?:[\w-]+\s+)?(?:[$€£¥\d]|(?:ransoms?|payments?|money|bitcoin|cryptocurrency|cash|fees?)\b))/i;
const URGED_PASSIVE_FIX11 = /^(?!\s+to\s)/i;
for (const w of ['wrote', 'writes', 'write']) NEEDS_OBJECT[w] = new RegExp(`${WROTE_WORK_FIX9.source}${WROTE_CODE_FIX11.source.slice(1)}`, 'i');
for (const w of ['demanded', 'demands', 'demand']) NEEDS_OBJECT[w] = DEMANDED_MONEY_FIX11;
NEEDS_OBJECT['urged'] ??= URGED_PASSIVE_FIX11;
// fix12: "quotes X as saying" reads as "quoted X as saying".
NEEDS_OBJECT['quotes'] = NEEDS_OBJECT['quoted']!;
/** NEEDS_OBJECT as a map: a lookup of a verb without an entry (most cues) does not walk the object's prototype. */
const NEEDS_OBJECT_OF = new Map<string, RegExp>(Object.entries(NEEDS_OBJECT));
/** "Cybersecurity experts say groups tied to the army have …": a subject of up to eight words before the clause's verb. */
const SAY_CLAUSE_FIX3 = /^\s+(?:[\w’'-]+\s+){1,8}(?:is|was|were|are|has|have|had|will|would|could|may|might|should|can|must)\b/;

interface Candidate {
  source: string;
  kind: SourceKind | null;
  /** The organisation a named person speaks for, when the article gives it. */
  org?: string | null;
  /** The appositive that describes a named person ("a threat analyst at X"): their role decides the kind. */
  role?: string | null;
  /** Named as the body someone speaks for ("a spokesperson for X"): an organisation, never a person. */
  organisation?: boolean;
}

/** One attribution in the making. */
interface Draft {
  source: string;
  kind: SourceKind;
  cue: string;
  sentence: number;
  label: SourceLabel | null;
  via: number | null;
  /** Recipient / relaying outlet index within the same sentence (drafts). */
  relayOutlet?: boolean;
  pos: number;
}

/** `s.split(/\s+/).filter(Boolean)`, read in one pass (no regex split, no filtered copy): the words between whitespace runs. */
function words(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

/** `words(s).length`, counted without making the words. */
function wordCount(s: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The long way of `words`, for tests (tests/unit/attribution-speed.test.ts). */
function wordsBySplit(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** What `\s` matches (WhiteSpace and LineTerminator). */
function isSpaceCode(c: number): boolean {
  // Printable ASCII and the Latin-1 letters below NBSP first: most characters answer here in one test.
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `words(s).slice(-k)`, read from the end: the last k words without splitting the whole text. */
function tailWords(s: string, k: number): string[] {
  // A short text (most texts before a cue are under 100 characters) is cheaper split whole, in reading order.
  if (s.length <= 160 && !SHORTCUTS.off) {
    const ws = words(s);
    return ws.length > k ? ws.slice(-k) : ws;
  }
  const out: string[] = [];
  let end = s.length;
  while (out.length < k) {
    while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    let start = end - 1;
    while (start > 0 && !isSpaceCode(s.charCodeAt(start - 1))) start--;
    out.push(s.slice(start, end));
    end = start;
  }
  return out.reverse();
}

/** Words one of ANON_PHRASE's heads holds (lower case; the pattern is `i` without `u`, so ASCII folding only): a text without any cannot match. */
const ANON_GATE = ['person', 'people', 'source', 'official', 'individual', 'insider', 'staffer', 'aide', 'employee', 'diplomat', 'executive', 'officer', 'member', 'investigator'];

/** Words one of which every match of TEAM_SUBJECT holds (its head noun; `i` without `u`, as the pattern): a literal scan about four times cheaper than the pattern's. */
const TEAM_GATE = /team|researchers|experts|analysts|investigators|specialists|engineers|scientists|staff|spokes|official/i;
/** Research-team subjects before a cue ("A joint team from X and Y", "researchers at X"): the body after the preposition. */
const TEAM_SUBJECT = /\b(?:team|teams|researchers|experts|analysts|investigators|specialists|engineers|scientists|staff|spokes(?:person|man|woman)|officials?)\s+(?:from|at|of|with|for)\s+((?:the\s+)?[A-Za-z0-9][^,;:]{1,150}?)\s*(?:(?:has|have|had|also|previously|later|jointly|recently|on \w+|then)\s+){0,4}$/i;
/**
 * ANON_GATE as one pattern, `i` without `u` like ANON_PHRASE (so it folds case as the phrase does): one scan of a
 * literal alternation instead of fourteen `indexOf` runs over a lower-cased copy (about four times cheaper).
 */
const ANON_GATE_RE = new RegExp(ANON_GATE.join('|'), 'i');
/** Words one of which every match of subjectBefore's relative-clause pattern holds (`i` without `u`, as the pattern). */
const RELATIVE_GATE = /that|which/i;
/** Words one of which every match of SELF_NAMED_FIX4 holds (case-sensitive, as the pattern). */
const SELF_NAMED_GATE = /call|using|going|goes/;
/** The word every match of ANON_EXPERT_FIX4 holds (`i` without `u`, as the pattern). */
const ANON_EXPERT_GATE = /anonymity/i;

function stripPunct(w: string): string {
  let t = trimStartChars(w, '“"‘\'([«');
  // A possessive stays with its word ("Alibaba Cloud’s" → "Alibaba Cloud’s" handled by callers); trailing punctuation goes.
  t = trimEndChars(t, '”"),.;:!?]»');
  if (t.endsWith('’') || t.endsWith("'")) t = t.slice(0, -1);
  return t;
}

/** The long way of `isCap` (for tests): a capital or a digit first, or lower-case letters and then a capital ("iPhone", "eSentire"). */
const isCapByPattern = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w) || /^[a-z]+[A-Z]/.test(w);
/** `isCapByPattern`, read from the character codes when the word opens in ASCII (most words): no pattern run. */
function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  if (c >= 97 && c <= 122) {
    let i = 1;
    while (i < w.length) {
      const d = w.charCodeAt(i);
      if (d >= 65 && d <= 90) return true;
      if (!(d >= 97 && d <= 122)) return false;
      i++;
    }
    return false;
  }
  // Other ASCII (punctuation, space) is neither a letter nor a number; an empty word is NaN here.
  if (c < 128 || c !== c) return false;
  return isCapByPattern(w);
}

/** The subject phrase that ends `left` (text before the cue), or null. */
type Subject = { np: string; appositive: string | null; anonymous?: boolean; groupKind?: SourceKind };

/**
 * polnear12: "many supporters who came to the rally say …": a restrictive relative clause of words only (no comma, no
 * stop) between a subject and its verb, when the phrase before "who" opens its clause. Only where nothing else was read.
 */
const WHO_CLAUSE_P12 = /^who\s[a-z]+(?:\s[\w’'-]+){0,12}$/;
function subjectBefore(left: string): Subject | null {
  const found = subjectBeforeOf(left);
  if (found || left.indexOf(' who ') === -1) return found;
  const t = left.trimEnd();
  const whoAt = t.lastIndexOf(' who ');
  if (t.length - whoAt > 100 || !WHO_CLAUSE_P12.test(t.slice(whoAt + 1))) return null;
  const head = t.slice(0, whoAt);
  const inner = subjectBeforeOf(head);
  const at = inner ? head.lastIndexOf(inner.np) : -1;
  const pre = at >= 0 ? head.slice(0, at).trimEnd() : '';
  return inner && at >= 0 && (pre === '' || /[,;:]$/.test(pre) || /(?:^|\s)(?:and|but)$/i.test(pre)) ? inner : null;
}

function subjectBeforeOf(left: string): Subject | null {
  // "The Chinese Ministry of State Security (MSS) has revealed": the bracketed short form is part of the name.
  let t = left.trimEnd().slice(-400);
  // (Only a text with a closing bracket can hold one: no scan of the pattern over 400 characters without.)
  if (t.indexOf(')') !== -1 || t.indexOf('）') !== -1) t = t.replace(/ ?[(（][A-Z][A-Za-z0-9&./-]{1,11}[)）]((?: [a-z]{1,20}){0,3})$/, '$1');
  // "Kall -- co-editor of a book on debates -- said": a dashed aside between subject and verb is an appositive.
  t = cutDashAside(t);
  // polnear11: "friends and allies have in the past said": a time phrase between the auxiliary and the verb.
  if (PAST_PP_WORD_P11.test(t.slice(t.lastIndexOf(' ') + 1))) t = t.slice(0, -60) + t.slice(-60).replace(PAST_PP_P11, '');
  // The four tail patterns below each need words of their own (gates; the texts they read are tails of t160, and
  // a gate folds case as its pattern does): most subjects have none of them.
  const t160 = t.slice(-160);
  // "advice from a government that has long argued for …": a relative clause describing an unnamed body is no statement of it.
  // redos-ok: only ever run on the last 120 characters before a cue (slice on this line).
  if (RELATIVE_GATE.test(t160) && /(?:^|\s)(?:a|an|any)\s+(?:[\w-]+\s+){0,2}(?:government|company|country|state|firm|group|organi[sz]ation|administration|regime|vendor|party)\s+(?:that|which)(?:\s+(?:has|have|had|long|also|repeatedly|previously|often|always|consistently|publicly|since)){0,3}\s*$/i.test(t.slice(-120))) return null;
  // "A group calling itself “Team X” posted", "a hacker using the handle “zed” claimed": the self-chosen name is the speaker.
  const alias = SELF_NAMED_GATE.test(t160) ? SELF_NAMED_FIX4.exec(t.slice(-140)) : null;
  if (alias) return { np: alias[1]!.trim(), appositive: null, groupKind: 'unspecified' };
  // left10: "a post on X that has since been shared 40,000 times claimed": a restrictive relative clause between the
  // subject and its verb; the subject is the phrase before it, when that phrase opens its clause.
  const relAt = REL_GATE_L10.test(t160) ? Math.max(t160.lastIndexOf(' that '), t160.lastIndexOf(' which '), t160.lastIndexOf(' who ')) : -1;
  if (relAt >= 0 && REL_BEFORE_VERB_L10.test(t160.slice(relAt + 1))) {
    const head = t.slice(0, t.length - t160.length + relAt);
    const inner = subjectBefore(head);
    const at = inner ? head.lastIndexOf(inner.np) : -1;
    const pre = at >= 0 ? head.slice(0, at).trimEnd() : '';
    if (inner && at >= 0 && (pre === '' || /[,;:]$/.test(pre) || /(?:^|\s)(?:and|but)$/.test(pre))) return inner;
  }
  // left12: "A proposed class action filed Monday in federal court in San Francisco accuses": the filing is the subject,
  // not the court or the place its participle phrase names.
  const filed = filedDocL12(t160);
  if (filed) return { np: filed, appositive: null };
  // "A Chinese expert who requested anonymity told …": an unnamed expert is an anonymous source.
  const anonExpert = ANON_EXPERT_GATE.test(t160) ? ANON_EXPERT_FIX4.exec(t160) : null;
  if (anonExpert) return { np: anonExpert[1]!.trim(), appositive: null, anonymous: true };
  // Inline anonymous phrasing first ("…, a person familiar with the matter said").
  const anon = ANON_GATE_RE.test(t160) ? ANON_PHRASE.exec(t160) : null;
  if (anon && /[a-z]/.test(anon[1]!)) return { np: anon[1]!.trim().replace(/,$/, ''), appositive: null };
  let ws = tailWords(t, 24);
  // Skip adverbials between subject and verb.
  let guard = 0;
  while (ws.length && guard++ < 8) {
    const w = ws[ws.length - 1]!;
    const bare = w.replace(/[,]$/, '');
    if (w.endsWith(',')) break;
    // A number after a name is part of it ("Qihoo 360"), not a date ("on March 3").
    if (/^\d/.test(bare) && ws.length > 1 && isCap(ws[ws.length - 2]!) && !TIME_WORD.test(stripPunct(ws[ws.length - 2]!))) break;
    if ((ADVERB.test(bare) && !(bare === 'that' && ws.length === 1)) || (/^[a-z]{4,}ly$/.test(bare) && !/(?:family|ally|rally|assembly|supply|bully|monopoly|anomaly|reply|apply|comply|only|july)$/.test(bare))) {
      // Keep "on"/"in" only as part of a time phrase: "on Tuesday", "in May".
      ws = ws.slice(0, -1);
      continue;
    }
    break;
  }
  if (!ws.length) return null;
  let appositive: string | null = null;
  // Relative pronoun: "CrowdStrike, which said", "company 360 which said".
  const lastW = ws[ws.length - 1]!.toLowerCase();
  if (lastW === 'which' || lastW === 'who') {
    ws = ws.slice(0, -1);
    // "CrowdStrike, which said": the name before the comma; "McConnell, now the majority leader, who said": an appositive to skip.
    if (ws.length && ws[ws.length - 1]!.endsWith(',') && !/^\p{Ll}/u.test(ws[ws.length - 1]!)) ws[ws.length - 1] = ws[ws.length - 1]!.slice(0, -1);
  }
  // Appositives between subject and verb: "Jen Easterly, director of CISA, told".
  if (ws.length && ws[ws.length - 1]!.endsWith(',')) {
    const joined = ws.join(' ').slice(0, -1);
    // A quote closed by a comma ends a chunk too: "“…,” the firm’s chief executive, Maria Lund, told".
    const chunks = joined.split(/,[”"’]?\s+/);
    let k = chunks.length - 1;
    const apps: string[] = [];
    while (k > 0 && apps.length < 3) {
      const c = chunks[k]!;
      // left10: "…, and Baltgrid, the largest of them, has said": a clause joined by "and" opens with the named subject.
      if (apps.length && /^(?:and|but|while|whereas)\s+\p{Lu}/u.test(c)) break;
      // "Betsy Lane, Gore’s communications director, told": a possessive role is an appositive too.
      if (/^(?:a|an|the|which|who|whose|its|his|her|their|also|now|then|formerly|previously|\p{Ll})/u.test(c) || /^\p{Lu}[\p{L}.-]*[’']s\s+\S/u.test(c) || /^(?:[A-Z][\w’'-]*\s+)?(?:director|head|chief|spokesperson|spokesman|spokeswoman|minister|secretary|president|founder|professor|researcher|analyst|ceo|cto|ciso)\b/i.test(c) || /^\d{1,3}$/.test(c) || /^(?:(?:a\s+)?(?:Democrat|Republican|Independent|Libertarian|Democratic|Republican)(?:\s+(?:of|from)\s+[A-Z][\w.’' -]{1,30})?|[DRI]-[A-Z][\w.]{1,12})$/.test(c)) {
        apps.unshift(c);
        k--;
        continue;
      }
      break;
    }
    // blind10: "One of the victims, the Coinvale exchange, said": a named body in a definite description after a partitive.
    if (apps.length === 1) {
      const named10 = PARTITIVE_FIX8.test(chunks[k]!.trim()) ? NAMED_DEFINITE_FIX10.exec(apps[0]!.trim()) : null;
      if (named10 && ORG_HEADS.test(named10[2]!)) return { np: apps[0]!.trim().replace(/^the\s+/, ''), appositive: null };
    }
    if (!apps.length) {
      // "Another defendant's attorney, Peter Lowe, said" / "The exchange, Coinvale, said": the name in commas is the subject.
      const lastChunk = chunks[chunks.length - 1]!.trim();
      const prev = chunks.length > 1 ? chunks[chunks.length - 2]!.trim() : '';
      const prevHead = (prev.split(/\s+/).pop() ?? '').toLowerCase();
      // blind8: "One of them, Prairie Line Electric, confirmed": a partitive before the name in commas.
      if (/^[A-Z0-9][\p{L}\p{N}’'.&-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.&-]*){0,4}$/u.test(lastChunk) && PARTITIVE_FIX8.test(prev)) return { np: lastChunk, appositive: null };
      // blind10: "The carrier involved in the Coinvale case, Brightline Mobile, said": a body described by what it took part in.
      const involved = /^[A-Z0-9][\p{L}\p{N}’'.&-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.&-]*){0,4}$/u.test(lastChunk) ? DESCRIPTION_FIX10.exec(prev) : null;
      if (involved && ORG_HEADS.test(involved[1]!)) return { np: lastChunk, appositive: null };
      if (/^[A-Z0-9][\p{L}\p{N}’'.&-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.&-]*){0,4}$/u.test(lastChunk) && (ORG_HEADS.test(prevHead) || ANON_HEADS.test(prevHead) || /^(?:attorney|lawyer|counsel|owner|operator|maker|developer|founder|ceo|head|chief|director|researcher|analyst|expert)$/.test(prevHead) || ROLE_HEADS_FIX7.test(prevHead))) {
        return { np: lastChunk, appositive: null };
      }
      // left12: "A lawyer for Avetisyan in Georgia, Nino Beridze, said": a person's counsel or spokesperson named after a
      // description that ends in their client (and a place); the client is not the speaker.
      if (isPersonName(lastChunk) && COUNSEL_FOR_L12.test(prev)) return { np: lastChunk, appositive: null };
      // "and the distributor, Northern Power Discom, said": a definite description of lower-case words, then the name in commas.
      if (/^[A-Z0-9][\p{L}\p{N}’'.&-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.&-]*){0,4}$/u.test(lastChunk) && DESCRIPTION_FIX4.test(prev) && !TIME_WORD.test(prevHead) && !/^(?:time|end|moment|past|meantime|same|first|last|latter|former|other|rest|case)$/.test(prevHead)) {
        return { np: lastChunk, appositive: null };
      }
      // "A pro-Russian hacker channel on Telegram, Solntsepyok, claimed": an indefinite description (with a place or platform) before the name.
      const descFix5 = /^[A-Z0-9][\p{L}\p{N}’'.&-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.&-]*){0,4}$/u.test(lastChunk) ? DESCRIPTION_FIX5.exec(prev) : null;
      // "The bureau in Guangzhou, South China's Guangdong Province,": a place in commas describes the place before it.
      const placeFix5 = /[’']s\s|\b(?:Province|Region|Oblast|County|State|City|District|Prefecture|Territory|Republic)$/.test(lastChunk);
      if (descFix5 && !placeFix5 && (ORG_HEADS.test(descFix5[1]!) || ANON_HEADS.test(descFix5[1]!)) && !TIME_WORD.test(descFix5[1]!)) {
        // A group described as hackers or criminals is a threat actor, not a company.
        return /\b(?:hacker|hackers|hacking|hacktivist|ransomware|criminal|cybercriminal|extortion|threat)\b/i.test(prev) ? { np: lastChunk, appositive: null, groupKind: 'unspecified' } : { np: lastChunk, appositive: null };
      }
      // "NCSC Director of Operations, Helen Marsh, said": a title before the name in commas; the title is the role.
      if (/^[A-Z0-9][\p{L}\p{N}’'.&-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.&-]*){1,3}$/u.test(lastChunk) && isPersonName(lastChunk) && prev.split(/\s+/).length <= 8 && /\b(?:director|minister|secretary|chief|head|president|spokes(?:person|man|woman)|commissioner|officer|ambassador|chair(?:man|woman)?|founder|ceo|cto|ciso)\b/i.test(prev)) {
        // "Agency Director of Operations" → "Agency Director": the body comes before the title, the "of …" part is the portfolio.
        const ofAt = prev.search(/\sof\s/);
        return { np: lastChunk, appositive: ofAt > 0 ? prev.slice(0, ofAt) : prev };
      }
      return null; // "X, Y said" with no appositive: a clause boundary, handled by the inverted reading.
    }
    appositive = apps.join(', ');
    // "A technical expert from the team, who asked not to be named, told …": an anonymous source, whatever body it names.
    // blind8: "One affected forwarder, which asked us not to name it, told us": a body that asks not to be named is anonymous too.
    if (/^(?:who|that)\s+(?:asked|declined|requested|spoke on (?:the )?condition|was not authori[sz]ed|were not authori[sz]ed|did not want)\b|^which\s+(?:asked|requested)\s+(?:us\s+|not\s+)|^speaking on (?:the )?condition of anonymity/i.test(apps[0]!)) {
      // From the full left text: the 24-word window may have cut the head of a long subject.
      const cut = t.lastIndexOf(', ' + apps[0]!.slice(0, 30));
      const who = (cut > 0 ? t.slice(0, cut) : chunks.slice(0, k + 1).join(', ')).split(/[.;:,]\s+/).pop()!.trim();
      const ws2 = words(who);
      if (ws2.length >= 2 && ws2.length <= 12) return { np: who, appositive: null, anonymous: true };
    }
    // "The report, compiled by the Audit Commission, found": the author is the source.
    const author = /^(?:compiled|written|published|prepared|released|issued|produced|commissioned|authored|drawn up|carried out|conducted)\s+by\s(.+)$/i.exec(apps[0]!);
    const head = (chunks[k]!.split(/\s+/).pop() ?? '').toLowerCase();
    if (author && DOC_HEADS.test(head)) {
      const f = npForward(author[1]!.trimStart());
      if (f) return { np: f.np, appositive: null };
    }
    // "An internal memo circulated to staff in May, seen by the Courier, warns": the document speaks; its reader only relays it.
    if (/^(?:seen|obtained|reviewed|viewed|read)\s+by\s/i.test(apps[0]!)) {
      const cw = words(chunks[k]!).slice(0, 12);
      const at = cw.findIndex((w, j) => j > 0 && DOC_HEADS.test(w.toLowerCase()));
      const doc = at > 0 ? npBackward(cw.slice(0, at + 1)) : null;
      if (doc) return { np: doc, appositive: null };
    }
    // "The Data Protection Board (DPB), the country’s regulator, said": the bracketed short form before the appositive is part of the name.
    ws = words(chunks.slice(0, k + 1).join(', ').replace(/ ?[(（][A-Z][A-Za-z0-9&./-]{1,11}[)）]$/, ''));
  }
  // "several people contacted by this reporter confirmed": people the publication reached speak; the reporter only asked.
  if (ws.length > 5 && /^(?:this|the|our)$/i.test(ws[ws.length - 2]!) && /^(?:reporter|newspaper|publication|website|site|outlet|correspondent|author|writer|magazine)$/i.test(ws[ws.length - 1]!) && ws[ws.length - 3]!.toLowerCase() === 'by' && REDUCED_PARTICIPLE.test(ws[ws.length - 4]!)) {
    const head = npBackward(ws.slice(0, -4));
    return head && !PRONOUNS.test(head) ? { np: head, appositive: null } : null;
  }
  let np = npBackward(ws);
  // "a Telegram channel linked to the GUR claimed": the channel speaks; the body it is linked to is not the source.
  if (np && !PRONOUNS.test(np)) {
    const nn = wordCount(np);
    const det = /^(?:the|a|an)$/i.test(ws[ws.length - nn - 1] ?? '') ? 1 : 0;
    const prep = ws[ws.length - nn - det - 1]?.toLowerCase();
    const part = ws[ws.length - nn - det - 2]?.toLowerCase();
    if ((prep === 'to' || prep === 'with') && part && LINKED_FIX4.test(part)) {
      let h = ws.length - nn - det - 3;
      while (h >= 0 && /ly$/.test(ws[h]!)) h--;
      const head = h >= 0 ? npBackward(ws.slice(0, h + 1)) : null;
      return head && !PRONOUNS.test(head) ? { np: head, appositive: null, groupKind: 'unspecified' } : null;
    }
  }
  // "A Telegram channel run by the hackers posted": the agent of a reduced relative is not the subject.
  if (np && !PRONOUNS.test(np)) {
    const nn = wordCount(np);
    if (ws[ws.length - nn - 1]?.toLowerCase() === 'by' && REDUCED_PARTICIPLE.test(ws[ws.length - nn - 2] ?? '')) {
      let h = ws.length - nn - 3;
      while (h >= 0 && /ly$/.test(ws[h]!)) h--;
      if (h < 0 || !DOC_HEADS.test(ws[h]!.toLowerCase())) return null;
    }
  }
  // "a leaked internal memo from the Singapore exchange, reviewed by …, shows": the document speaks, not its origin.
  if (np && !PRONOUNS.test(np)) {
    const nn = wordCount(np);
    const prep = ws[ws.length - nn - 1]?.toLowerCase();
    const docHead = ws[ws.length - nn - 2]?.toLowerCase().replace(/[,;:]$/, '');
    if ((prep === 'from' || prep === 'of') && docHead && /^(?:memo|memos|memorandum|document|documents|cable|cables|transcript|draft|minutes)$/.test(docHead)) {
      const doc = npBackward(ws.slice(0, ws.length - nn - 1));
      if (doc) np = doc;
    }
  }
  // left11: "two runners from Oakland (, who) say": people described by where they come from speak, not the place;
  // "researchers from Mandiant" keeps the body (a source head is not a lay noun).
  if (np && !PRONOUNS.test(np)) {
    const nn = wordCount(np);
    const fromAt = ws.length - nn - (/^the$/i.test(ws[ws.length - nn - 1] ?? '') ? 2 : 1);
    const headAt = fromAt - 1;
    if (ws[fromAt]?.toLowerCase() === 'from' && LAY_PEOPLE_L11.test(ws[headAt]?.toLowerCase() ?? '')) {
      // The group: the lay noun with its count and modifiers ("two runners", "local parents"), back to a preposition.
      let g = headAt;
      while (g > 0 && headAt - g < 3 && /^[A-Za-z0-9-]+$/.test(ws[g - 1]!) && !/^(?:of|on|for|by|to|with|at|in|and|or|behalf|from|that|who|which|said|says)$/i.test(ws[g - 1]!)) g--;
      const group = ws.slice(g, headAt + 1).join(' ').replace(/^the\s+/i, '');
      // Counted ("two runners") they are particular people left unnamed, as countedPeopleFix9; else a vague group.
      return { np: group, appositive: null, groupKind: COUNT_WORD_FIX9.test(ws[g]!) || /^(?:a|an|one)$/i.test(ws[g]!) ? 'anonymous' : 'unspecified' };
    }
  }
  if (np && !PRONOUNS.test(np)) {
    const pp = ppObjectFix3(ws, np);
    if (pp !== undefined) return pp === null ? null : { np: pp, appositive };
  }
  if (!np) {
    // "Critics of the program say": a group noun with its complement, whatever the complement's head.
    for (let k = ws.length - 2; k >= Math.max(1, ws.length - 5); k--) {
      const w = ws[k]!.toLowerCase();
      if (w !== 'of' && w !== 'to') continue;
      if (ws.slice(k + 1).some((x) => /[,;:”"]$/.test(x))) break;
      if (/^(?:advisers|advisors|aides|allies|supporters|critics|opponents|members|lawyers|attorneys|friends|associates|representatives)$/i.test(ws[k - 1]!)) return { np: ws.slice(k - 1).join(' '), appositive, groupKind: groupKindOf(ws[k - 1]!) };
      // "Video of the incident shows", "a review of records": the document with what it is of.
      if (w === 'of' && k - 1 >= 0 && DOC_HEADS.test(ws[k - 1]!.toLowerCase()) && !/[,;:”"]$/.test(ws[k - 1]!)) {
        const lead = k >= 2 && /^(?:a|an|the|this|that|new|recent)$/i.test(ws[k - 2]!) ? k - 2 : k - 1;
        return { np: ws.slice(lead).join(' '), appositive, groupKind: 'document' };
      }
      break;
    }
    return null;
  }
  // "advisers to Mr. Obama say", "critics of the plan say": the group is the speaker, not the person or thing it belongs to.
  const n = wordCount(np);
  const prep = ws[ws.length - n - 1]?.toLowerCase();
  const group = ws[ws.length - n - 2]?.toLowerCase();
  if (prep && group && (prep === 'to' || prep === 'of') && /^(?:advisers|advisors|aides|allies|supporters|critics|opponents|members|lawyers|attorneys|friends|associates|spokes(?:man|woman|person)|representatives)$/.test(group)) {
    const lead = ws[ws.length - n - 3];
    const det = lead && /^(?:some|many|several|other|senior|top|former|two|three|close)$/i.test(lead) ? `${lead} ` : '';
    return { np: `${det}${ws[ws.length - n - 2]} ${prep} ${np}`, appositive, groupKind: groupKindOf(group) };
  }
  return { np, appositive };
}

/** polnear8: a clause that opens with a document ("A report released Tuesday by X found"): its author, else the document. */
function docSubjectOf(leftTrim: string, verb: string): { np: string; appositive: string | null; groupKind?: SourceKind } | null {
  const d = docSubjectFix8(leftTrim, verb);
  if (!d) return null;
  if ('doc' in d) return /\p{Lu}/u.test(d.doc.replace(/^\S+\s/, '')) ? { np: d.doc, appositive: null } : { np: d.doc, appositive: null, groupKind: 'document' };
  // The author reads like any subject ("the security firm Acme" names Acme).
  return subjectBefore(d.agent);
}

/** Prepositions that never tie a speaker to the body they speak for ("sanctions on X", "the intrusions at X", "attacks against X"). */
const BARE_QUANTIFIER_L10 = /^(?:several|some|many|few|others|most|both|all|one|two|three|four|five|dozens|hundreds|thousands)$/i;
const POSTING_VERB_L10 = /^(?:posted|shared|published|uploaded|released|issued)$/;
const ADDED_OBJECT_L10 = /^\s+(?:a|an|another|new|more|extra|further|two|three|\d+)\s/i;
/** left10: a board that is a thing ("a departure board at Central shows"), not a body: the place after it is no speaker. */
const THING_BOARD_L10 = /^(?:departure|departures|arrival|arrivals|notice|message|display|information|bulletin|destination|electronic|digital|advertising)$/;
/**
 * left11: a name the page writes in lower case ("noyb", "npm"): introduced after a descriptor noun ("the privacy group
 * noyb said", "the registry npm, which …") or opening a sentence on a speech verb ("noyb said …"), then known to the page
 * ("…,” noyb said", "according to noyb"). Learned at the cue, in reading order (no scan of the page). Any word a clause
 * may put there (an auxiliary, an adverb, a pronoun, a time word, a cue) is no such name.
 */
const DESCRIPTOR_L11 = /^(?:group|organi[sz]ation|nonprofit|non-profit|charity|firm|company|startup|start-up|registry|project|collective|platform|vendor|watchdog|foundation|association|consultancy|newsletter|researcher|investigator|developer|maintainer|handle|pseudonym|alias)$/;
const NOT_LOWER_NAME_L11 = /^(?:it|they|instead|even|yet|though|thus|soon|always|which|who|whose|and|but|or|behind|based|known|named|called|members|officials|staff|spokesperson|spokesman|spokeswoman|executives|leaders|chief|head|meanwhile)$/;
function lowerCandidateL11(w: string): boolean {
  return /^[a-z][a-z0-9_-]{1,24}$/.test(w) && !NOT_LOWER_NAME_L11.test(w) && !ADVERB.test(w) && !/ly$/.test(w) && !CUE_FIRST.has(w) && !TIME_WORD.test(w) && !PRONOUNS.test(w) && !DETERMINER.test(w) && !VAGUE_HEADS.test(w) && !ANON_HEADS.test(w) && !ORG_HEADS.test(w) && !DOC_HEADS.test(w) && !CONNECTOR.test(w);
}
/** left11: the lower-case name that speaks at this cue (learning it into `names` when introduced here), or null. */
function lowerNameSubjectL11(leftTrim: string, np: string | null, names: Set<string>): string | null {
  // Read from the end without splitting: this runs at every cue whose subject is not a capitalised name.
  const sp = leftTrim.lastIndexOf(' ');
  const q = leftTrim.charCodeAt(sp + 1);
  const last = leftTrim.slice(sp + (q === 0x201c || q === 34 || q === 0x2018 ? 2 : 1));
  if (names.size) {
    // "…,” noyb said", "noyb has since said": a known name, adverbs between it and the verb skipped.
    if (names.has(last)) return last;
    const ws = tailWords(leftTrim, 6);
    let k = ws.length - 1;
    while (k > 0 && ADVERB.test(ws[k]!)) k--;
    const w = ws[k]?.replace(/^[“"‘]/, '') ?? '';
    if (names.has(w)) return w;
  }
  const c0 = last.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) {
    // "noyb said" opening the sentence (or after a full stop the splitter kept), "the privacy group noyb said".
    const prev = sp < 0 ? '' : leftTrim.slice(leftTrim.lastIndexOf(' ', sp - 1) + 1, sp);
    const opens = sp < 0 || /[.!?][”"]?$/.test(prev);
    if ((opens || DESCRIPTOR_L11.test(prev.toLowerCase())) && lowerCandidateL11(last)) {
      if (names.size < 20) names.add(last);
      return last;
    }
  }
  // "The Austrian privacy group noyb, which filed …, welcomed … but said": the subject read without the name.
  if (np && DESCRIPTOR_L11.test(np.slice(np.lastIndexOf(' ') + 1).toLowerCase())) {
    const at = leftTrim.lastIndexOf(np);
    const next = at >= 0 ? /^\s([a-z][a-z0-9_-]{1,24}),?\s/.exec(leftTrim.slice(at + np.length, at + np.length + 30)) : null;
    if (next && (names.has(next[1]!) || lowerCandidateL11(next[1]!))) {
      if (names.size < 20) names.add(next[1]!);
      return next[1]!;
    }
  }
  return null;
}
/** left11: a role owned by a body named before ("the agency's deputy director", "the company's chief executive"). */
const OWNED_BODY_L11 = /^(?:the|its|their)\s+((?:[a-z-]+\s+){0,2}?(?:agency|ministry|bureau|department|commission|office|centre|center|service|authority|regulator|council|company|firm|vendor|provider|developer|maker|university|institute|hospital|utility|operator))[’']s\s+(?:[a-z-]+\s+){0,3}?(?:director|head|chief|spokesperson|spokesman|spokeswoman|officer|executive|manager|lead|president|minister|secretary|commissioner|founder|counsel|researcher|analyst|engineer)\b/;
/** left11: roles a thing has ("the kit's seller", "the app's developer", "the forum's administrator"). */
const ROLE_OWNED_L11 = /^(?:sellers?|developers?|maintainers?|authors?|creators?|operators?|administrators?|admins?|owners?|moderators?|vendors?|makers?|publishers?)$/;
/** left11: people who are no source by their role (runners, residents, patients …): a place after "from" is where they live. */
const LAY_PEOPLE_L11 = /^(?:runners?|cyclists?|residents?|parents?|patients?|customers?|clients?|students?|pupils?|users?|voters?|families|family|fans?|neighbou?rs?|locals?|passengers?|travell?ers?|commuters?|shoppers?|victims?|drivers?|riders?|tenants?|homeowners?|retirees?|pensioners?|women|woman|men|man|teenagers?|mothers?|fathers?|couples?|veterans?|farmers?|athletes?|players?|survivors?)$/;
const PP_FIX3 = /^(?:on|against|at|into|about|over|toward|towards|targeting|onto|upon|inside|near)$/;
/** Nouns that may own an affiliation phrase ("colleagues at X", "staff at X"); source heads are checked apart. */
const PP_OWNER_FIX3 = /^(?:colleagues|staff|employees|workers|partners|teams|people|officers|detectives|agents)$/;

/**
 * A subject found inside a prepositional phrase is the object of that phrase,
 * not the speaker: "the panel of experts that monitored sanctions on North Korea
 * reported" (the panel, through the relative clause), "the breach at the Space
 * Agency reported in 2023" (nobody: a participle). undefined: not such a case;
 * null: no subject; a string: the real subject.
 */
function ppObjectFix3(ws: string[], np: string): string | null | undefined {
  const nn = wordCount(np);
  let p = ws.length - nn - 1;
  if (p >= 1 && /^the$/i.test(ws[p]!)) p--;
  // left9: "Passengers at Manchester, Leeds Bradford and Newcastle have reported": the name run is the last item of a
  // list; the preposition stands before its first item.
  const listed = / and /.test(np) ? listStartLeft9(ws, p) : p;
  const inList = listed !== p;
  p = listed;
  const prep = ws[p]?.toLowerCase();
  if (!prep || p < 1 || !PP_FIX3.test(prep)) return undefined;
  const owner = ws[p - 1]!.toLowerCase().replace(/[’']s$/, '');
  if (!/^[a-z][a-z-]+$/.test(owner)) return undefined;
  if (owner === 'board' && p >= 2 && THING_BOARD_L10.test(ws[p - 2]!.toLowerCase())) return null;
  const sourceHead = ORG_HEADS.test(owner) || ANON_HEADS.test(owner) || VAGUE_HEADS.test(owner) || TITLE_WORD.test(owner) || RESEARCHER_TITLES.test(owner) || PP_OWNER_FIX3.test(owner);
  // A list after a word that names no source ("Passengers at X, Y and Z"): the places are no speaker; "Researchers at X, Y and Z" stay as read.
  if (inList) return sourceHead || DOC_HEADS.test(owner) ? undefined : null;
  if (sourceHead) {
    // "the panel on cyber threats said": the head noun before an "about" phrase speaks; an affiliation ("analysts at X") stays as it was.
    return /^(?:at|inside|near)$/.test(prep) ? undefined : npBackward(ws.slice(0, p));
  }
  if (DOC_HEADS.test(owner)) return npBackward(ws.slice(0, p));
  // A relative clause before the phrase: its antecedent is the subject.
  for (let j = p - 1; j >= Math.max(1, p - 10); j--) {
    if (/[,;:”"]$/.test(ws[j]!)) break;
    if (/^(?:that|which|who)$/i.test(ws[j]!)) {
      const head = npBackward(ws.slice(0, j));
      return head && !PRONOUNS.test(head) ? head : null;
    }
  }
  return null;
}

/**
 * Index of the word before the first item of a comma list whose last items are the name run ending before `p`
 * ("at Manchester, Leeds Bradford and Newcastle" → "at"); `p` itself when the word at `p` ends no list item.
 */
function listStartLeft9(ws: string[], p: number): number {
  let q = p;
  for (let items = 0; items < 6 && q >= 1; items++) {
    const w = ws[q]!;
    // A capitalised word ending in a comma ends an item; a time word ("on Tuesday, X and Y said") is no item.
    if (!/^\p{Lu}[\p{L}\p{N}’'.-]*,$/u.test(w) || TIME_WORD.test(w.slice(0, -1))) break;
    q--;
    for (let k = 0; k < 3 && q >= 1 && /^\p{Lu}[\p{L}\p{N}’'.-]*$/u.test(ws[q]!); k++) q--;
  }
  return q;
}

/**
 * "X and Y" as two organisations: split at the "and" where both sides are
 * acronyms or known names ("the FBI and the Cybersecurity and Infrastructure
 * Security Agency" splits at the first "and", not inside the agency's name).
 */
function splitCoordinated(np: string, known: (name: string) => boolean): [string, string] | null {
  let from = 0;
  for (let k = 0; k < 4; k++) {
    const at = np.indexOf(' and ', from);
    if (at <= 0) return null;
    from = at + 5;
    const a = np.slice(0, at).trim();
    const b = np.slice(at + 5).trim();
    const bare = b.replace(/^the\s+/, '');
    if (!isCap(bare)) continue;
    const acrA = /^(?:the\s+)?[A-Z]{2,6}$/.test(a);
    const acrB = /^[A-Z]{2,6}$/.test(bare);
    if (acrA || (acrB && isCap(a.replace(/^the\s+/i, ''))) || (known(a) && known(b))) return [a, b];
  }
  return null;
}

/** Is position `at` of `text` inside a quotation opened before it (curly or straight double quotes)? */
function quoteOpenAt(text: string, at: number): boolean {
  let open = 0;
  let straight = 0;
  const from = Math.max(0, at - 1_000);
  for (let k = from; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x201c) open++;
    else if (c === 0x201d) open = Math.max(0, open - 1);
    else if (c === 0x22) straight++;
  }
  return open > 0 || straight % 2 === 1;
}

/** left12: "A lawyer for Avetisyan in Georgia", "an attorney for the two men": a description of someone's counsel. */
const COUNSEL_FOR_L12 = /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s(?:[a-z][\w-]{1,20}\s)?(?:lawyer|attorney|counsel|solicitor|barrister|spokes(?:person|man|woman)|representative)\sfor\s[^\s,;:][^,;:]{0,59}$/;

/** left12: "In a statement added", "an update added": a document added to the page, the verb its participle. */
const DOC_ADDED_L12 = /(?:^|\s)(?:[Ii]n\s+)?(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+)?(?:statement|note|update|comment|response|correction|clarification)\s+$/;
/** left12: a class action named as such, with at most two modifiers ("A proposed class action", "the class-action suit"). */
const CLASS_ACTION_L12 = /^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z]+\s+){0,2}class[- ]action(?:\s+(?:lawsuit|suit|complaint))?$/;

/** left12: a legal filing with a participle phrase ("filed Monday in federal court") between it and its verb. */
const FILED_GATE_L12 = /\s(?:filed|lodged|brought|submitted|unsealed)\s/g;
const FILED_DOC_L12 = /(?:^|[,;:]\s|\s(?:and|but)\s)((?:[Aa]n?|[Tt]he)\s(?:[a-z]+\s){0,2}(?:class[- ]action(?:\s(?:lawsuit|suit|complaint))?|lawsuit|suit|complaint|petition|indictment))$/;
/** The filing before the last "filed …" of `t`, when the participle phrase runs to the end of `t` within one clause. */
function filedDocL12(t: string): string | null {
  FILED_GATE_L12.lastIndex = 0;
  let at = -1;
  for (let m = FILED_GATE_L12.exec(t); m; m = FILED_GATE_L12.exec(t)) at = m.index;
  if (at < 0) return null;
  const phrase = t.slice(at + 1);
  if (phrase.length > 110 || /[,;:.“”"]/.test(phrase)) return null;
  return FILED_DOC_L12.exec(t.slice(Math.max(0, at - 60), at))?.[1] ?? null;
}

/** left12: a belief in a relative clause ("who think", "who suspect") and the advice the main clause gives after it. */
const BELIEF_L12 = /^(?:think|thinks|believe|believes|suspect|suspects|fear|fears|feel|feels|worry|worries|know|knows)$/;
const ADVICE_AFTER_L12 = /^\s[^.;:!?]{0,150}?\s(?:should|must|(?:are|is)\s(?:urged|advised|asked|encouraged|told))\s/;

/** left12: a state's embassy, by possessive or adjective, with the city it sits in ("China's embassy in Stockholm"). */
const EMBASSY_L12 = /^(?:[Tt]he\s)?(\p{Lu}[\p{L}-]{2,30})(?:[’']s)?\s[Ee]mbassy/u;
/** What may follow the embassy: nothing, or the city it sits in ("in Stockholm"). */
const EMBASSY_SEAT_L12 = /^\sin\s\p{Lu}[\p{L}-]{1,30}(?:\s\p{Lu}[\p{L}-]{1,30})?$/u;

/**
 * left12: a Q&A whose questions are paragraphs of their own (in bold on the page: "What happened on the first
 * morning?") and whose answers carry no label. At least three question paragraphs, each followed by an answer
 * paragraph, and answers in the first person ("we", "I", "our") for most of them: rhetorical questions in an article
 * are answered in the third person. Returns the first sentence of the first question and of each answer paragraph.
 */
function qaQuestionsL12(sentences: Sentence[], n: number): { firstQ: number; answers: Set<number> } | null {
  let firstQ = -1;
  let pairs = 0;
  let firstPerson = 0;
  const answers = new Set<number>();
  let si = 0;
  while (si < n) {
    const sent = sentences[si]!;
    let end = si + 1;
    while (end < n && sentences[end]!.block === sent.block) end++;
    const last = sentences[end - 1]!.text.trimEnd();
    const question = sent.blockKind === 'paragraph' && end - si <= 2 && QUESTION_END_L12.test(last) && last.length <= 250;
    if (question && end < n && sentences[end]!.blockKind === 'paragraph') {
      const next = sentences[end]!;
      let aEnd = end + 1;
      while (aEnd < n && sentences[aEnd]!.block === next.block) aEnd++;
      if (!QUESTION_END_L12.test(sentences[aEnd - 1]!.text.trimEnd())) {
        if (firstQ < 0) firstQ = si;
        pairs++;
        answers.add(end);
        let text = '';
        for (let k = end; k < aEnd && text.length < 1_500; k++) text += ' ' + sentences[k]!.text;
        if (FIRST_PERSON_L12.test(text)) firstPerson++;
        si = aEnd;
        continue;
      }
    }
    si = end;
  }
  return pairs >= 3 && firstQ >= 1 && firstPerson * 2 > pairs ? { firstQ, answers } : null;
}
const QUESTION_END_L12 = /\?[”"’]?$/;
const FIRST_PERSON_L12 = /\b(?:I|I['’]m|I['’]ve|I['’]d|we|We|we['’]re|We['’]re|we['’]ve|our|Our|us|my|My)\b/;

/**
 * Guests introduced in an interview or podcast ("Ben talks to Priya Raman,
 * principal threat researcher at SentinelOne"), keyed by full name, so their
 * "Name:" transcript turns are attributions. Hosts are not guests.
 */
function transcriptGuests(sentences: Sentence[], n: number): Map<string, { name: string; role: string | null }> {
  const out = new Map<string, { name: string; role: string | null }>();
  // Cheap test first: transcripts have speaker labels.
  let labels = 0;
  for (let si = 0; si < n && labels < 2; si++) {
    const t = sentences[si]!.text;
    // The label opens on a capital and its colon sits in the first 60 characters: most sentences fail one of these.
    if (!colonLabelPossible(t, 60)) continue;
    if (/^[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){1,2}:\s/u.test(t.slice(0, 60))) labels++;
  }
  if (labels < 2) return out;
  for (let si = 0; si < Math.min(n, 60) && out.size < 4; si++) {
    const t = sentences[si]!.text.slice(0, 600);
    const m = /\b(?:talks? (?:to|with)|speaks? (?:to|with)|(?:is|are) joined by|sits? down with|sat down with|in conversation with|interviews|our guests? (?:is|are|this week is)|guests?:) ((?:[A-Z][\p{L}’'-]+ ){1,2}[A-Z][\p{L}’'-]+)(?:, ([^,;.]{3,100}),)?/u.exec(t.replace(/\s+/g, ' '));
    if (!m || !isPersonName(m[1]!)) continue;
    out.set(m[1]!, { name: m[1]!, role: m[2] ?? null });
  }
  return out;
}

/**
 * Whether `t.slice(0, within)` may open with a "Label: " of a capital first (the label patterns need both): a capital
 * first, and a colon before the last character of the slice (a white space must follow it inside the slice).
 */
function colonLabelPossible(t: string, within: number): boolean {
  const c = t.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return false;
  return SHORTCUTS.off || hasColonBefore(t, within - 1);
}

/** A colon among the first `end` characters of `t`. */
function hasColonBefore(t: string, end: number): boolean {
  const at = t.indexOf(':');
  return at >= 0 && at < end;
}

/** "WALLACE: …" at the start of a sentence (after an opening quote at most). */
const SPEAKER_LABEL = /^["“]?([A-Z][A-Z’'.-]{1,20}(?: [A-Z][A-Z’'.-]{1,20}){0,2}):\s/;
const NOT_SPEAKERS = /^(?:UPDATE|UPDATED|NOTE|EDITOR|EDITORS|CORRECTION|CLARIFICATION|WARNING|ALERT|BREAKING|WATCH|READ|RELATED|SOURCE|SOURCES|SEE|ALSO|PHOTO|PHOTOS|VIDEO|IMAGE|CREDIT|Q|A|FAQ|TL;DR|TLDR|NB|PS|IOCS?|CVE|CVSS|SHA\d*|MD5|URL|IP|DATE|TIME|TOPIC|TOPICS|TAGS|SUMMARY|BACKGROUND|CONTEXT|ANALYSIS|OPINION|COMMENTARY|DISCLAIMER|DISCLOSURE|SPONSORED|ADVERTISEMENT|AD|FILE|WASHINGTON|LONDON|NEW YORK|BEIJING|MOSCOW)$/;

/**
 * Speakers of a transcript ("WALLACE: …", "PENCE: …"): labels in capitals that
 * open at least two sentences each, from at least two speakers, so a lone
 * "UPDATE:" or a dateline never makes one.
 */
function transcriptSpeakers(sentences: Sentence[], n: number): Set<string> {
  const counts = new Map<string, number>();
  for (let si = 0; si < n; si++) {
    const t = sentences[si]!.text;
    const c = t.charCodeAt(0);
    // Cheap test first: a capital or an opening quote, then a capital.
    if (!((c >= 65 && c <= 90) || c === 0x22 || c === 0x201c)) continue;
    if (!SHORTCUTS.off && !hasColonBefore(t, 69)) continue;
    const m = SPEAKER_LABEL.exec(t.slice(0, 70));
    if (!m || NOT_SPEAKERS.test(m[1]!) || !/[A-Z]{2}/.test(m[1]!)) continue;
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    if (counts.size > 12) break;
  }
  const out = new Set<string>();
  for (const [k, v] of counts) if (v >= 2) out.add(k);
  return out.size >= 2 ? out : new Set();
}

/** Most words of four letters or more capitalised: a Title Case headline. */
function titleCase(text: string): boolean {
  const ws = text.slice(0, 200).split(/\s+/).filter((w) => w.length >= 4);
  if (ws.length < 2) return false;
  let cap = 0;
  for (const w of ws) if (/^[\p{Lu}‘“"'(]/u.test(w)) cap++;
  return cap / ws.length >= 0.7;
}

/** left10: a relative clause in the perfect or passive that ends right before the verb ("that has since been shared …"). */
const REL_GATE_L10 = /\b(?:that|which|who)\s(?:has|have|had|was|were)\s/;
const REL_BEFORE_VERB_L10 = /^(?:that|which|who)\s(?:has|have|had|was|were)\s(?:(?:since|already|now|also|widely|reportedly)\s)?(?:been\s)?[a-z]+(?:ed|en|wn)\b(?:[^,;:.!?”"]|[,.]\d){0,80}$/;
/** left10: a counted time before the clause ("Four days after the attack,", "Two weeks later,", "Hours before the vote,"). */
const TIME_OPENER_L10 = /^(?:[A-Z][a-z]+|\d+)\s(?:[a-z]+\s)?(?:after|before|later|earlier|ago|into)\b[^,]{0,40},\s+/;

/** The subject that opens the clause ending at a participle ("Mayor Ann Bell spoke on Monday, saying …"), after a leading adverbial. */
function clauseSubject(left: string): { np: string; appositive: string | null; kind?: SourceKind | null } | null {
  // redos-ok: bounded repetitions, anchored at the start.
  const t = left.slice(0, 300).replace(/^\s*(?:(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Later|Earlier|Separately|Also|Then|Though|Although|While|When|If|As|Because|Since|Once|Whereas|Likewise|Similarly|Moreover|Additionally|Indeed|Again|Now|Today|Yesterday)\b,?\s+)?(?:(?:On|In|At|During|Last|This|Earlier|Late|Early|After|Before|Since|Over|Within|By)\s[^,]{1,40},\s+)?/, '').replace(TIME_OPENER_L10, '');
  // "Though she called … and called for …": a pronoun subject is resolved like one.
  const pron = /^(he|she|it|they)\s+[a-z]/i.exec(t);
  if (pron) return { np: pron[1]!.toLowerCase(), appositive: null };
  const f = npForward(t);
  if (!f || /^(?:the|a|an|this|that|these|those|another|some|many)$/i.test(f.np) || /^(?:Within|With|Without|For|From|By|Under|Over|Amid|Despite|Hours|Days|Weeks|Months|After|Before|During|Since|Until|Unlike|Like|Inside|Outside|Across|Among|Through|Throughout|Following|According|Asked|Speaking|Writing|Read|See|Here|There|What|Why|How)\b/.test(f.np)) return null;
  // "Our analysts found …": the publisher's own voice is not a cited source.
  if (/^(?:Our|My|We|I|You|Your)\b/.test(f.np)) return null;
  const rest = f.rest.replace(/^,\s*/, '');
  // "A ransomware group calling itself Nightjar claimed …": the name it goes by.
  // redos-ok: anchored, bounded repetitions on a 300-character slice.
  const alias = /^(?:calling (?:itself|themselves)|known as|dubbed|named|called)\s+["“‘]?(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3})/u.exec(rest);
  // left10: a bare "a group / a crew calling itself X" is as unnamed a body as a hacker group (subjectBefore's reading).
  if (alias) return { np: alias[1]!, appositive: null, kind: /\b(?:ransomware|criminal|cybercriminal|hacker|hacking|hacktivist|extortion|threat)\s+(?:gang|group|crew|collective|outfit|actor|cartel)\b|^(?:a|an|the)\s+(?:gang|group|crew|collective|outfit)$/i.test(f.np) ? 'unspecified' : null };
  if (coordinatedFix8(rest)) return { np: f.np, appositive: f.appositive };
  if (!/^[a-z]/.test(rest) || /^(?:of|and|or|to|in|at|for|with|from|by|on|who|which|that|whose)\b/.test(rest)) return null;
  return { np: f.np, appositive: f.appositive };
}

/**
 * polnear8: "Mayor Ann Bell and her aides have …, telling …": a short second subject after "and", then the verb;
 * the first, named one speaks for both. Words only; a comma or a long phrase is no such coordination.
 */
function coordinatedFix8(rest: string): boolean {
  const ws = words(rest.slice(0, 80));
  if (ws[0] !== 'and') return false;
  for (let k = 2; k < Math.min(ws.length, 6); k++) {
    if (/[,;:”"“]$/.test(ws[k - 1]!)) return false;
    if (/^(?:have|has|had|are|were|also|\p{Ll}+ed)$/u.test(ws[k]!)) return true;
  }
  return false;
}

/** A plural group that can be "they": the anonymous and vague heads, and a few bodies (people or bodies, not things). */
const groupHeadFix8 = (w: string): boolean => /s$/.test(w) && (ANON_HEADS.test(w) || VAGUE_HEADS.test(w) || /^(?:senators|legislators|democrats|republicans|leaders|prosecutors|regulators|unions|agencies|authorities)$/.test(w));

/**
 * polnear8: "Critics of the plan, like …, see …", "Several lawmakers have …": a plural group that opens the sentence,
 * with an "of/at/from" complement up to the first comma. null when the sentence opens otherwise.
 */
function pluralGroupFix8(text: string): string | null {
  const ws = words(text.slice(0, 200));
  let k = 0;
  if (k < ws.length && /^(?:Some|Many|Several|Other|Most|Both|All|The|These|Two|Three|Four|Five)$/.test(ws[k]!)) k++;
  // Up to two modifiers before the head ("Senate Democrats", "security researchers").
  let h = -1;
  for (let j = k; j < Math.min(ws.length, k + 3); j++) {
    const w = ws[j]!.replace(/[,;:]$/, '');
    if (groupHeadFix8(w.toLowerCase())) {
      h = j;
      break;
    }
    if (/[,;:]$/.test(ws[j]!) || !/^[\p{L}-]+$/u.test(w)) return null;
  }
  if (h < 0) return null;
  let e = h + 1;
  // "of the EB-5 program", "at the agency": up to five words, to the first comma.
  if (e < ws.length && /^(?:of|at|from|in|for)$/.test(ws[e]!) && !/[,;:]$/.test(ws[h]!)) {
    let q = e + 1;
    while (q < ws.length && q - e <= 5 && !/[,;:]$/.test(ws[q - 1]!)) q++;
    if (!/[,;:]$/.test(ws[q - 1]!)) return null;
    e = q;
  }
  return ws.slice(0, e).join(' ').replace(/[,;:]$/, '');
}

/** Unnamed people around someone ("advisers to X") are anonymous; a camp ("critics of X") is vague. */
function groupKindOf(group: string): SourceKind {
  return /^(?:critics|opponents|supporters|members|allies|friends)$/i.test(group) ? 'unspecified' : 'anonymous';
}

/** "Name -- aside --" / "Name — aside —" at the end of `t`: the aside becomes a comma appositive ("Name, aside,"). */
function cutDashAside(t: string): string {
  // polnear11: "Name — aside — has also said": auxiliaries and adverbs after the closing dash stay before the verb.
  let tail = '';
  const last = t.slice(t.lastIndexOf(' ') + 1);
  if (DASH_TAIL_WORD_P11.test(last)) {
    const a = DASH_TAIL_P11.exec(t.slice(-60));
    if (!a) return t;
    tail = a[2]!;
    t = t.slice(0, t.length - tail.length);
  }
  // The pattern ends in a dash: a text that does not cannot match (no scan of it over the whole text).
  const end = t.charCodeAt(t.length - 1);
  // polnear11: "―" (the horizontal bar some sites set for a dash) sets off an aside too.
  if (end !== 45 && end !== 0x2014 && end !== 0x2013 && end !== 0x2015) return tail ? t + tail : t;
  const m = /\s(--|—|–|―)$/.exec(t);
  if (!m) return t + tail;
  const open = t.lastIndexOf(` ${m[1]} `, m.index - 1);
  if (open < 0 || m.index - open > 200) return t + tail;
  const aside = t.slice(open + m[1]!.length + 2, m.index).trim();
  if (!aside || /[.;:!?]/.test(aside.replace(/\b(?:[A-Z]\.){1,3}/g, ''))) return t + tail;
  return `${t.slice(0, open)}, ${aside.replace(/,/g, '')},${tail}`;
}
/** The last word of a time phrase between an auxiliary and its verb ("have in the past said", "has for years argued"). */
const PAST_PP_WORD_P11 = /^(?:past|days|weeks|months|years|decades)$/;
const PAST_PP_P11 = /\s(?:in\s+the\s+past|in\s+recent\s+(?:days|weeks|months|years)|for\s+(?:days|weeks|months|years|decades)|over\s+the\s+(?:past\s+)?(?:days|weeks|months|years|decades))$/;
/** Words that may stand between a closing dash and the verb ("— has also said", "— have repeatedly said"). */
const DASH_TAIL_WORD_P11 = /^(?:has|have|had|is|are|was|were|also|then|later|now|long|repeatedly|previously|since|recently|again|never|already|publicly|privately|often|would|will|could|may|might)$/;
const DASH_TAIL_P11 = /\s(--|—|–|―)((?:\s(?:has|have|had|is|are|was|were|also|then|later|now|long|repeatedly|previously|since|recently|again|never|already|publicly|privately|often|would|will|could|may|might)){1,3})$/;

/** The phrase `np` (as npForward returned it) is followed by a comma in `right`: "said Murphy, now a consultant …". */
function nameThenComma(right: string, np: string): boolean {
  const last = np.split(' ').pop();
  if (!last) return false;
  const head = right.slice(0, np.length + 40);
  const at = head.indexOf(last);
  return at >= 0 && /^[’']?,/.test(head.slice(at + last.length));
}

/** The named subject opens its clause: nothing but a sentence start, a comma or a connective before it. */
function appositiveStartsClause(left: string, np: string): boolean {
  const at = left.lastIndexOf(np + ',');
  if (at < 0) return false;
  const pre = left.slice(0, at).trim();
  // "“…,” Name, head of X, told Reuters": after a closing quote the name opens the reporting clause.
  return pre === '' || /[,;:.—–]$/.test(pre) || /[,.!?][”"’]$/.test(pre) || /^(?:but|and|meanwhile|however|separately|still|yet)$/i.test(pre);
}

/** The noun phrase at the end of a word list. */
function npBackward(ws: string[]): string | null {
  const out: string[] = [];
  let i = ws.length - 1;
  if (i < 0) return null;
  const last = ws[i]!;
  if (/[,;:]$/.test(last) || /[”"]$/.test(last)) return null;
  if (PRONOUNS.test(last)) return last;
  if (isCap(last) || /^\d/.test(last)) {
    // Proper name run, with connectors, possessives and title words.
    let titles = 0;
    for (; i >= 0; i--) {
      const w = ws[i]!;
      // `/[,;:]$/`, `/[(\[“"]/` on the first character and `/[”")]$/`, read from the character codes.
      const lc = w.charCodeAt(w.length - 1);
      const fc = w.charCodeAt(0);
      const endsPunct = lc === 44 || lc === 59 || lc === 58;
      if (endsPunct || fc === 40 || fc === 91 || fc === 0x201c || fc === 34 || lc === 0x201d || lc === 34 || lc === 41) {
        if (i !== ws.length - 1) break;
      }
      const bare = endsPunct ? w.slice(0, -1) : w;
      const bc = bare.charCodeAt(0);
      if (isCap(bare) || (bc >= 48 && bc <= 57)) {
        out.unshift(bare);
        titles = 0;
        continue;
      }
      if (CONNECTOR.test(bare) && i > 0 && out.length && (isCap(ws[i - 1]!) || ws[i - 1]!.toLowerCase() === 'the' || CONNECTOR.test(ws[i - 1]!)) && !/[,;:]$/.test(ws[i - 1]!)) {
        if (bare === 'the' && !(i > 0 && CONNECTOR.test(ws[i - 1]!))) break;
        out.unshift(bare);
        continue;
      }
      if ((TITLE_WORD.test(bare.toLowerCase()) || ORG_HEADS.test(bare.toLowerCase())) && titles < 4 && out.length) {
        out.unshift(bare);
        titles++;
        continue;
      }
      // "NCSC operations director Paul Marlowe": one or two plain words between an organisation and a title.
      if (titles > 0 && /^[a-z][a-z-]+$/.test(bare) && i > 0 && !/[,;:]$/.test(ws[i - 1]!) && (isCap(ws[i - 1]!) || (i > 1 && /^[a-z][a-z-]+$/.test(ws[i - 1]!) && isCap(ws[i - 2]!) && !/[,;:]$/.test(ws[i - 2]!)))) {
        out.unshift(bare);
        continue;
      }
      if (/^(?:the|The)$/.test(bare)) break;
      // "a Chinese embassy spokesperson in Berlin", "a spokesperson for Microsoft": a source noun with a prepositional tail.
      if (/^(?:in|at|for|of|from)$/.test(bare) && i > 0 && out.length) {
        const prevHead = ws[i - 1]!.toLowerCase().replace(/[,;:]$/, '');
        if (ORG_HEADS.test(prevHead) || ANON_HEADS.test(prevHead) || VAGUE_HEADS.test(prevHead)) {
          if (bare === 'in') {
            const common = npBackward(ws.slice(0, i));
            if (common) return common;
          } else if (/^(?:spokesperson|spokesman|spokeswoman|representative|representatives|official|officials|researchers|analysts|experts|team|investigators|engineers|executive|executives|source|sources)$/.test(prevHead)) {
            while (out.length && CONNECTOR.test(out[0]!)) out.shift();
            return out.length ? out.join(' ') : null;
          }
        }
      }
      break;
    }
    // Drop trailing lowercase title words left at the front without an owner ("executive Matthew Prince" → keep; "said" never here).
    while (out.length > 1 && !isCap(out[0]!) && !/^\d/.test(out[0]!) && !CONNECTOR.test(out[0]!)) {
      // keep lowercase descriptors only if something capitalised precedes them (already handled by the loop); drop leading lowercase.
      out.shift();
    }
    while (out.length && CONNECTOR.test(out[0]!)) out.shift();
    if (!out.length) return null;
    // "Iran’s mission to the United Nations": the mission speaks, not the body it is accredited to.
    if (i >= 2 && /^the$/i.test(ws[i]!) && ws[i - 1] === 'to' && /^(?:mission|embassy|delegation|ambassador|envoy|representative)$/i.test(ws[i - 2]!)) {
      const sender = npBackward(ws.slice(0, i - 1));
      if (sender && !PRONOUNS.test(sender)) return `${sender} to the ${out.join(' ')}`;
    }
    return out.join(' ');
  }
  // "some analysts on social media", "researchers in the community": a vague group with its place is the speaker.
  if (ws.length >= 3 && ws.length <= 400) {
    for (let k = ws.length - 2; k >= Math.max(1, ws.length - 4); k--) {
      const w = ws[k]!.toLowerCase();
      if (w !== 'on' && w !== 'in') continue;
      if (ws.slice(k, -1).some((x) => /[,;:”"]$/.test(x))) break;
      const g = ws[k - 1]!.toLowerCase();
      if (/^(?:analysts|experts|researchers|observers|commentators|users|specialists|advocates|activists|officials|lawmakers|leaders|members|residents)$/.test(g)) {
        const grp = npBackward(ws.slice(0, k));
        if (grp) return `${grp} ${ws.slice(k).join(' ')}`;
      }
      break;
    }
  }
  // Common noun phrase: head must name a source.
  const head = last.toLowerCase().replace(/[’']s$/, '');
  // left11: "the kit's seller", "the app's developers": a role owned by a thing named before is a speaker (classifyOf).
  if (ROLE_OWNED_L11.test(head) && ws.length >= 2 && /^[a-z][\w-]*[’']s$/.test(ws[ws.length - 2]!)) {
    const det = ws.length >= 3 && /^(?:the|its|their)$/i.test(ws[ws.length - 3]!) ? `${ws[ws.length - 3]} ` : '';
    return `${det}${ws[ws.length - 2]} ${last}`;
  }
  if (!(ORG_HEADS.test(head) || ANON_HEADS.test(head) || VAGUE_HEADS.test(head) || DOC_HEADS.test(head) || PERSON_ROLE_P12.test(head))) return null;
  out.unshift(last);
  i--;
  let mods = 0;
  for (; i >= 0 && mods < 5; i--) {
    const w = ws[i]!;
    if (/[,;:]$/.test(w)) break;
    const lw = w.toLowerCase();
    if (/^(?:the|a|an|some|many|several|other|most|few|two|three|four|five|these|those|both|all|such|one|multiple|various|numerous|his|her|their|its|our)$/.test(lw)) {
      out.unshift(w);
      break;
    }
    // "the first time U.S. agencies have …": the time phrase is not part of the subject.
    if (/^(?:time|times|moment|year|day|week)$/.test(lw) && out.length) break;
    // "no security company has published …": a negated subject names nobody.
    if (/^(?:no|none|neither|nor)$/.test(lw)) return null;
    if (/^(?:and|or|that|which|who|to|by|with|from|as|than|but|if|when|while|because|after|before|said|says|is|was|were|are|has|have|had|not|no|on|about|into|over|between|among|during|through|being|been)$/.test(lw)) break;
    if (/[’']s$/.test(w) || isCap(w) || /^[a-z][a-z-]+$/.test(w)) {
      out.unshift(w);
      mods++;
      continue;
    }
    break;
  }
  // left10: "Rep. Park Sun-young of the ruling party told": a titled or named person before "of the …" speaks; the
  // party, force or office after it only describes them.
  if (i >= 2 && /^the$/i.test(ws[i]!) && ws[i - 1] === 'of') {
    const person = npBackward(ws.slice(0, i - 1));
    if (person && (TITLE_ABBREV.test(person.split(' ')[0]!) || isPersonName(lastWords(person, 2)))) return person;
  }
  return out.join(' ');
}

/** The noun phrase at the start of `right` (after "according to", "said", "citing", "by"). */
/** A word as a head noun: lower case, a possessive ending ("agency’s", "agency's", "agencies’") dropped. */
function headNoun(w: string): string {
  return w.toLowerCase().replace(/[’'](?:s)?$/, '');
}

/** A month and a day or year ("June 18", "18 June", "March 2024"): a capitalised mention that names no one. */
const DATE_NAME_FIX4 = /^(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?:\s+\d{1,4}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?$/;

/**
 * Subjects that name no speaker: a bare number or amount ("24 million
 * Ukrainians … found" cut to "Some 24"), a negative quantifier ("nobody
 * official would say", "no one", "none of them"), a date.
 */
function noSpeakerFix4(np: string): boolean {
  const t = np.trim().replace(/^[“"‘(]+/, '');
  // A bare number may be a name ("Researchers at 360 found"); an amount with a quantifier or a unit is not.
  if (/^(?:(?:some|about|around|roughly|nearly|almost|over|under|only|just|more than|fewer than|less than|at least|up to)\s+[$€£¥]?\d[\d.,]*(?:\s*(?:%|per ?cent|percent|million|billion|thousand|hundred|m|bn|k))?|[$€£¥]?\d[\d.,]*\s*(?:%|per ?cent|percent|million|billion|thousand|hundred|m|bn|k))$/i.test(t)) return true;
  if (/^(?:nobody|no one|no-one|noone|none|neither|nothing)\b/i.test(t)) return true;
  return DATE_NAME_FIX4.test(t);
}

/** fix7: a date range ("January 9 and January 21"), a weekday phrase ("Friday in federal court") or this page's own earlier version: no speaker. */
const DATE_RANGE_FIX7 = /^(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|through|until)\s/;
const WEEKDAY_FIX7 = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const OWN_TEXT_FIX7 = /\b(?:version|edition|draft)\s+of\s+this\s+(?:article|story|post|piece|report|thread|newsletter|column)\b|^(?:the\s+)?(?:this|present)\s+(?:article|story|post|piece|thread)$/i;
function noSpeakerFix7(np: string): boolean {
  const t = np.trim();
  return DATE_RANGE_FIX7.test(t) || WEEKDAY_FIX7.test(t) || OWN_TEXT_FIX7.test(t) || NO_SPEAKER_FIX8.test(t);
}
/**
 * blind8: a correction's "An earlier post on this blog said", and a generic addressee ("Anyone who thinks they were
 * targeted should call"): no speaker.
 */
const NO_SPEAKER_FIX8 = /^(?:an? |the )?(?:earlier|previous|first) (?:post|version|entry)(?: (?:on|of) this \w+)?$|^(?:anyone|everyone|whoever)\b/i;
/** blind8: the name of a police force ("West Yorkshire Police", "Spain's Guardia Civil", "the Metropolitan Police Service"). */
const POLICE_FORCE_FIX8 = /\b(?:Police|Constabulary|Guardia Civil|Gendarmerie|Carabinieri)\b/;
/** blind8: "That is how X remembers / describes / put it", opening a sentence after a quote. */
const HOW_X_FIX8 = /^Th(?:at|is)(?:['’]s| is| was) how /;
/** The name (capitalised words), an optional appositive in commas, then the verb of memory or description. */
const HOW_NAME_FIX8 = /^((?:[A-Z][\p{L}’'-]+ ){0,3}[A-Z][\p{L}’'-]+)(?:, ([^,]{1,120}),)? (remembers|recalls|describes|put it)\b/u;
/**
 * blind8: "Critics say brokers end up arming …": after a plural source noun ("critics", "experts", "officials") "say" is the
 * verb, whatever verb the clause after it has (SAY_CLAUSE_FIX3 knows only auxiliaries).
 */
/** "say goodbye", "say thanks": an object, not a clause. */
const SAY_OBJECT_FIX8 = /^\s(?:goodbye|thanks|sorry|no|yes)\b/;
function sayAfterPluralFix8(left: string, right: string): boolean {
  const l = left.trimEnd();
  const last = l.slice(l.lastIndexOf(' ') + 1).toLowerCase();
  return last.length > 3 && last.endsWith('s') && (VAGUE_HEADS.test(last) || ANON_HEADS.test(last)) && /^\s[a-z]/.test(right) && !SAY_OBJECT_FIX8.test(right);
}
/** blind8: "cited a report by X", "quoted a statement from X": the document opens the object, its author follows. */
const CITED_DOC_BY_FIX8 = /^\s*(?:an?|the) (?:report|study|analysis|statement|paper) (?:by|from) /i;
/** blind8: "One of them, X, said", "One of the two firms, X, said": a partitive before the name in commas. */
const PARTITIVE_FIX8 = /^(?:one|two|another|both) of (?:them|the (?:\w+ ){0,2}\w+)$/i;
/** blind10: "the Coinvale exchange": "the", a capitalised name of up to four words, a lower-case head noun (captured). */
// redos-ok: anchored; bounded repetitions of words separated by single spaces.
const NAMED_DEFINITE_FIX10 = /^the ([A-Z][\p{L}\p{N}’'.&-]{0,30}(?: [A-Z][\p{L}\p{N}’'.&-]{0,30}){0,3}) ([a-z]{3,20})$/u;
/** blind10: "The carrier involved in the Coinvale case": a description whose head noun (captured) is followed by a participle. */
const DESCRIPTION_FIX10 = /^(?:[Tt]he|[Aa]n?|[Oo]ne) (?:[a-z][a-z-]{1,20} ){0,2}([a-z][a-z-]{2,20}) (?:involved|named|hit|affected|targeted|cited|behind|at the (?:centre|center) of) [^,]{1,60}$/;

/** A negated auxiliary just before a cue ("does not", "didn’t", "could not", "would never"), an adverb at most between. */
// redos-ok: only ever run on the last 40 characters before a cue; a literal alternation with bounded optional adverbs.
/** `\w` of a pattern without the `u` flag. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Determiners before which a cue is a noun ("the claims", "a report"): the words of `\b(?:the|a|…)\s*$` (i). */
const DETERMINERS = new Set('the a an its these those this that his her their such any no our my your new earlier latest similar unverified unconfirmed false baseless'.split(' '));
/**
 * Whether `left` ends in a determiner and whitespace: what `/\b(?:the|a|…)\s*$/i.test(left)` answers (the
 * word must be the whole last run of word characters before the trailing whitespace), without trying the
 * pattern at each of up to 400 positions.
 */
function endsInDeterminer(left: string): boolean {
  let e = left.length;
  while (e > 0 && isSpaceCode(left.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && e - b <= 12 && isWordCode(left.charCodeAt(b - 1))) b--;
  if (b > 0 && isWordCode(left.charCodeAt(b - 1))) return false;
  return e > b && DETERMINERS.has(left.slice(b, e).toLowerCase());
}

/**
 * `/\w[’']s?\s*$/.test(left)` (which also answers `/[’']s?\s*$/`): a possessive ending ("Swift's ", "agencies’ ")
 * right before the trailing white space, read from the end instead of tried at every position.
 */
function endsInPossessive(left: string): boolean {
  let e = left.length;
  while (e > 0 && isSpaceCode(left.charCodeAt(e - 1))) e--;
  if (e > 0 && left.charCodeAt(e - 1) === 115 /* s */) {
    const q = left.charCodeAt(e - 2);
    if ((q === 0x2019 || q === 39) && e >= 3 && isWordCode(left.charCodeAt(e - 3))) return true;
  }
  const q = left.charCodeAt(e - 1);
  return (q === 0x2019 || q === 39) && e >= 2 && isWordCode(left.charCodeAt(e - 2));
}

/** `/[,”"’]$/.test(s)`: the last character only. */
function endsInCommaOrQuote(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  // polnear12: some archives close a quotation with two apostrophes ("…,'' said Name").
  return c === 44 || c === 0x201d || c === 34 || c === 0x2019 || (c === 39 && s.charCodeAt(s.length - 2) === 39);
}

const BE_PASSIVE = /\b(?:was|were|is|are|be|been|being)(?:\s+(?:first|initially|also|later|originally|previously|publicly|independently|quickly|recently|separately|widely))?\s*$/i;
const BE_PASSIVE_FROM = new RegExp(BE_PASSIVE.source, 'gi');
/**
 * `BE_PASSIVE.test(leftTrim)` ("was", "is also", "were first" at the end), tried only from where a match can
 * start: a match holds at most two white-space runs (before the adverb, and trailing) and opens on a letter, so
 * it starts after the third run from the end.
 */
function endsInBePassive(leftTrim: string): boolean {
  if (SHORTCUTS.off) return BE_PASSIVE.test(leftTrim);
  BE_PASSIVE_FROM.lastIndex = afterRunsFromEnd(leftTrim, 3);
  return BE_PASSIVE_FROM.test(leftTrim);
}

/** The index just after the `k`-th white-space run from the end of `s` (0 when there are fewer). */
function afterRunsFromEnd(s: string, k: number): number {
  let runs = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    if (!isSpaceCode(s.charCodeAt(i))) continue;
    if (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1))) continue;
    // `i` is the last character of a white-space run.
    if (++runs === k) return i + 1;
  }
  return 0;
}

/** "What the ministry said": an indirect question (… what/how/why/whether, then at most six words) before the cue. */
const WH_TAIL = new RegExp(/(?:^|[,;:—–]\s*|\b(?:and|or|but|covers|explains|shows)\s+)(?:what|how|why|whether)\s+(?:[\w’'.-]+\s+){0,6}$/i, 'gi');
/** WH_TAIL tried at every position (the pattern as written), for short texts and the long way. */
const WH_TAIL_ANY = new RegExp(WH_TAIL.source, 'i');
/**
 * `WH_TAIL` on `left`, tried only from where a match can start: a match holds at most eight whitespace runs
 * (one in its opening, one after the question word, one after each of six words) and opens on a
 * non-space, so it starts after the ninth run from the end.
 */
function endsInWhClause(left: string): boolean {
  // A short text: the pattern at every position costs less than counting the white-space runs from the end first.
  if (left.length <= 100 || SHORTCUTS.off) return WH_TAIL_ANY.test(left);
  let from = 0;
  let runs = 0;
  for (let i = left.length - 1; i >= 0; i--) {
    if (!isSpaceCode(left.charCodeAt(i))) continue;
    if (i + 1 < left.length && isSpaceCode(left.charCodeAt(i + 1))) continue;
    // `i` is the last character of a whitespace run.
    if (++runs === 9) {
      from = i + 1;
      break;
    }
  }
  WH_TAIL.lastIndex = from;
  return WH_TAIL.test(left);
}

/** Words one of which every match of NEGATED_FIX4 and of the "has not commented" pattern holds (`i` without `u`, as they). */
const NEG_GATE = /not|never|yet|n[’']t/i;
const NEGATED_FIX4 = /\b(?:(?:does|do|did|could|would|will|can|has|have|had|should|may|might|must)\s+not|cannot|(?:does|do|did|could|would|wo|ca|has|have|had|should)n[’']t|never)\s+(?:(?:yet|publicly|immediately|officially|directly|explicitly|specifically|independently|also|even|always)\s+)?$/i;

/** fix12: a stock-exchange ticker in parentheses at the end of the text before a cue, with a time word after it. */
const TICKER_FIX12 = /\((?:NYSE|Nasdaq|NASDAQ|NYSE\s?American|LSE|TSX|TSXV|ASX|AMEX|OTC|OTCQX|OTCQB|Euronext|SIX|XETRA|HKEX|TYO|KRX)\s?:\s?[A-Z][A-Z0-9.]{0,7}\)(\s+(?:today|yesterday|on\s+\p{Lu}\p{Ll}{2,8}|this\s+(?:morning|week)))?$/u;
/** fix12: ", Inc." and its kin closing the text before a cue. */
const LEGAL_SUFFIX_FIX12 = /,\s(?:Inc|LLC|Ltd|Corp|Co|plc|L\.P|S\.A|N\.V|AG|GmbH)\.?$/;
/** fix12: "had added support for new templates": a feature added, after a source speaks earlier in the sentence. */
const ADDED_SUPPORT_FIX12 = /^\s+(?:support|features?|functionality|capabilities|templates?|modules?|plugins?)\b/i;
/** fix12: a causative before a bare cue verb ("could let banks warn", "helps users tell"), on the last 50 characters. */
const CAUSATIVE_FIX12 = /^(?:let|lets|letting|help|helps|helping|helped|make|makes|made)$/i;
/** Whether a causative verb stands one to three words before the end of `tail`. */
function causativeBeforeFix12(tail: string): boolean {
  const ws = tail.trimEnd().split(' ');
  for (let k = ws.length - 2; k >= 0 && k >= ws.length - 4; k--) if (CAUSATIVE_FIX12.test(ws[k]!)) return true;
  return false;
}
const BARE_CUE_FIX12 = /^(?:warn|say|tell|claim|report|confirm|deny|explain|note|admit|acknowledge|reveal|disclose)$/;
/** fix12: what a cited outlet is, before its name ("Iran's state broadcaster Press TV", "the state news agency TASS"). */
const CITED_DESC_FIX12 = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}-]{1,30}['’]s\s+)?(?:(?:state|state-run|state-owned|official|semi-official|national|public|private|local|regional)\s+){0,2}(?:news\s+agency|broadcaster|television|TV|newspaper|daily|news\s+outlet|outlet|agency)\s+(?=\p{Lu})/u;
/** fix12: a habitual negative just before a cue ("rarely comments", "seldom acknowledges"), on the last 40 characters. */
const HABITUAL_NEG_FIX12 = /\b(?:rarely|seldom|hardly\s+ever|almost\s+never)\s+(?:(?:publicly|openly|officially)\s+)?$/i;

/** A passive verb earlier in the clause, then "and" ("are approached on LinkedIn and"): bounded, on the last 160 characters. */
// redos-ok: only ever run on the last 160 characters before a cue; the gap is bounded ({0,120}).
const PASSIVE_CONJ_FIX4 = /\b(?:is|are|was|were|been|being|gets|get|got)\s+(?:[a-z]+ly\s+)?[a-z]{2,20}(?:ed|en|wn)\b[^,;.:]{0,120}\band(?:\s+(?:then|also|later|often|sometimes))?$/;

/** A self-chosen name in quotes just before the verb ("calling itself “X”", "using the handle “x”", "going by “X”"). */
// redos-ok: only ever run on the last 140 characters before a cue; the quoted name is bounded ({1,40}).
const SELF_NAMED_FIX4 = /\b(?:call(?:ing|s|ed)\s+(?:itself|himself|herself|themselves)|using\s+the\s+(?:handle|name|alias|moniker|pseudonym|nickname|username)|going\s+by(?:\s+the\s+(?:handle|name|alias))?|who\s+goes\s+by)\s+[“"‘]([^“”"‘’\n]{1,40})[”"’],?(?:\s+(?:has|have|had|also|then|later|reportedly|allegedly|recently|first|earlier))?$/;
/** An expert, researcher or analyst "who requested/asked/spoke on condition of anonymity" (the people-words live in ANON_PHRASE). */
// redos-ok: only ever run on the last 160 characters before a cue; every repetition is bounded.
const ANON_EXPERT_FIX4 = /(?:^|\s)((?:a|an|one|two|three|several|another)\s+(?:[\w-]+\s+){0,2}(?:experts?|researchers?|analysts?|specialists?|scholars?|academics?|engineers?|consultants?)\s+who\s+(?:requested|asked\s+for|declined\s+to\s+be\s+named|spoke\s+on\s+(?:the\s+)?condition\s+of)\s+anonymity),?$/i;

/** An online handle in lower case ("vel0city", "dark_pony") named by SELF_NAMED_FIX4: one token with a digit or an underscore. */
function handleFix4(raw: Candidate): Candidate | null {
  return raw.kind === 'unspecified' && /^[a-z][\p{L}\p{N}_.-]{1,30}$/u.test(raw.source) && /[\d_]/.test(raw.source) ? { source: raw.source, kind: 'unspecified' } : null;
}

/** "the distributor", "and its parent company", "but the hospital operator": a definite description in lower case (up to three words). */
/** "a pro-Russian hacker channel on Telegram", "an energy company in Kharkiv": an indefinite description, its head noun captured. */
const DESCRIPTION_FIX5 = /^(?:(?:[Aa]nd|[Bb]ut|[Ww]hile|[Yy]et|[Mm]eanwhile) )?(?:[Aa]n?|[Oo]ne|[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z][A-Za-z-]{1,20} ){0,3}([a-z][a-z-]{2,20})(?: (?:on|in|at|from) (?:the )?[A-Z][\w-]{1,20}(?: [A-Z][\w-]{1,20}){0,2})?$/;
const DESCRIPTION_FIX4 = /^(?:(?:and|but|while|yet|meanwhile)\s+)?(?:the|its|their)\s+(?:[a-z][a-z-]{1,20}\s+){0,2}[a-z][a-z-]{2,20}$/;

/** After a possessive owner: lower-case descriptors, then a capitalised name ("’s state-run Korean Central News Agency"). */
// redos-ok: anchored, run on 160 characters at most; every repetition is bounded.
const POSS_SUBJECT_FIX4 = /^[’']s?\s+(?:[a-z][a-z-]{1,20}\s+){0,3}([A-Z][\p{L}\p{N}&.-]*(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][\p{L}\p{N}&.-]*){0,6})/u;

/** Participles that tie a group to a body without making the body speak ("linked to", "tied to", "affiliated with"). */
const LINKED_FIX4 = /^(?:linked|tied|affiliated|associated|connected|aligned|allied|close|loyal|sympathetic|attributed)$/;

/** "calling himself “X”" earlier in the sentence: the antecedent of a "he"/"she"/"they" after it. */
// redos-ok: only ever run on the 200 characters before a cue; the quoted name is bounded ({1,40}).
const SELF_PRONOUN_FIX4 = /\bcall(?:ing|s|ed)\s+(?:himself|herself|themselves)\s+[“"‘]([^“”"‘’\n]{1,40})[”"’]/;

/** Heads of observer groups whose "have seen" is a finding. */
const OBSERVERS_FIX4 = /^(?:researchers|analysts|experts|investigators|responders|specialists|vendors|firms|companies|teams|hunters)$/i;

/** "Arakawa: …", "Kenji Arakawa: …": a name label opening a paragraph. */
const QA_LABEL_FIX4 = /^([A-Z][\p{L}’'-]{1,30}(?:\s[A-Z][\p{L}’'-]{1,30}){0,2}):\s/u;

/**
 * Q&A speaker labels: a mixed-case name label that opens at least two
 * paragraphs (a bold "Arakawa:" in a print interview). Capitalised labels
 * ("PENCE:") and "Q:"/"A:" are read elsewhere; a lone "Update:" never counts.
 */
function qaLabelsFix4(sentences: Sentence[], n: number): Set<string> {
  const counts = new Map<string, number>();
  for (let si = 0; si < n; si++) {
    const sent = sentences[si]!;
    if (sent.blockKind !== 'paragraph' || (si > 0 && sentences[si - 1]!.block === sent.block)) continue;
    if (!colonLabelPossible(sent.text, 60)) continue;
    const m = QA_LABEL_FIX4.exec(sent.text.slice(0, 60));
    if (!m || /^[A-Z]+$/.test(m[1]!) || /^(?:The|A|An|Our|Your)\s/.test(m[1]!) || NOT_SPEAKERS.test(m[1]!.toUpperCase())) continue;
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    if (counts.size > 20) break;
  }
  const out = new Set<string>();
  // Only a label that opens two paragraphs can be one (below): without one, no need to read the introduction.
  let twice = false;
  for (const v of counts.values()) if (v >= 2) twice = true;
  if (!twice && !SHORTCUTS.off) return out;
  // The speaker was introduced in the running text before the first turn ("spoke with Kenji Arakawa"): a label alone names no one.
  let intro = '';
  for (let si = 0; si < n && intro.length < 20_000; si++) {
    if (QA_LABEL_FIX4.test(sentences[si]!.text.slice(0, 60)) && counts.has(QA_LABEL_FIX4.exec(sentences[si]!.text.slice(0, 60))![1]!)) break;
    intro += ' ' + sentences[si]!.text.slice(0, 2_000);
  }
  for (const [k, v] of counts) if (v >= 2 && intro.includes(k) && !interviewerFix4(sentences, n, k)) out.add(k);
  return out;
}

/** The byline or host of the page ("By Haruka Imai", "Hosted by Ben Lee", "interviewer Ann Cole"): asks, does not answer. */
function interviewerFix4(sentences: Sentence[], n: number, label: string): boolean {
  for (let si = 0; si < Math.min(n, 60); si++) {
    const t = sentences[si]!.text.slice(0, 600);
    for (let at = t.indexOf(label); at >= 0; at = t.indexOf(label, at + 1)) {
      // redos-ok: run on the 50 characters before a name; one bounded word between literal alternatives and the end.
      if (/\b(?:[Bb]y|[Hh]ost|[Hh]osted by|[Ii]nterviewer|[Mm]oderator)\s+(?:[A-Z][\p{L}’'-]{0,30}\s+)?$/u.test(t.slice(Math.max(0, at - 50), at))) return true;
    }
  }
  return false;
}

/** A singular role description standing for a person named before ("the SBU official", "SBU official", "the researcher"). */
const ROLE_DESCRIPTION_FIX4 = /^(?:the\s+)?(?:[A-Z][\w-]{0,20}\s+|[a-z][\w-]{0,20}\s+){0,2}(?:official|spokesman|spokeswoman|spokesperson|researcher|analyst|executive|officer|expert|investigator|negotiator|chief|head|director|diplomat)$/;

/** "of the FBI Nashville Field Office." after an inverted speaker: the body, up to the end of the clause. */
// redos-ok: anchored; every repetition bounded; run on the rest of one sentence after a name.
const OF_BODY_FIX4 = /^of\s+(?:the\s+)?([A-Z][\p{L}\p{N}’'&.-]{0,30}(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\p{L}\p{N}’'&.-]{0,30}){0,6})\s*(?:[,.;:”"]|$)/u;

/** fix7: "That was the advice / view / warning of X", opening a sentence. */
const ADVICE_OF_FIX7 = /^(?:That|This|Such|Those|These)\s(?:was|is|were|are|had\sbeen)\s(?:also\s)?(?:the\s)?(advice|view|verdict|warning|assessment|message|conclusion|argument|reaction|response|recommendation|prediction|take)\s(?:of|from)\s/;
/** fix7: more roles before a name in commas ("The maintainer, Dara Whitfield, wrote"). */
const ROLE_HEADS_FIX7 = /^(?:maintainer|maintainers|creator|author|engineer|administrator|moderator|professor|lecturer|scientist|consultant|investigator|manager|editor|architect|technologist|economist|historian|spokesperson)$/;
/** fix7: the subject that opens a sentence: a name of up to four capitalised words, or "the company/agency/…". */
const SUBJECT_OPENER_FIX7 = /^(?:(?:But|And|Meanwhile|Separately|Now)\s+)?([Tt]he\s+(?:company|agency|ministry|vendor|firm|department|bureau|police|government|regulator|group|gang)|(?:[Tt]he\s+)?[A-Z][\p{L}\p{N}’'&.-]{0,30}(?:\s+[A-Z][\p{L}\p{N}’'&.-]{0,30}){0,3})\s/u;
/** fix7: sentence-opening words that are no subject ("Last year the agency …", "In May the firm …"). */
const OPENER_NOT_SUBJECT_FIX7 = /^(?:Last|Next|This|That|These|Those|In|On|At|By|For|From|With|Without|Earlier|Later|After|Before|When|While|Since|Until|Yesterday|Today|Tonight|Now|Then|Separately|Meanwhile|However|Still|Also|Once|Over|Under|Within|During|Despite|Although|Though|If|As|According|There|Here|What|Why|How|Who|Where|Some|Many|Most|One|Two|Three|Several|Both|Each|Every|All|No|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** fix7: a run of one to four capitalised words (an outlet's name in the clause before ", citing"). */
const CAP_RUN_FIX7 = /[A-Z][\p{L}\p{N}’'&.-]{0,30}(?:\s+[A-Z][\p{L}\p{N}’'&.-]{0,30}){0,3}/gu;
/** fix7: a document or analysis, then a participle or a time phrase (or both), then "by": the author follows. */
// redos-ok: anchored; bounded word runs between literal alternatives; run on the text after one cue.
const DOC_BY_FIX7 = /^(?:(?:a|an|the|new|recent|latest|separate|its|their)\s+){0,3}(?:[\w-]+\s+){0,2}?(?:report|study|analysis|comparison|tally|count|scan|review|assessment|survey|audit|investigation|estimate|estimates)\s+(?:(?:run|conducted|carried\s+out|compiled|performed|done|produced)\s+(?:(?:last|this|earlier|on|in)(?:\s+[\w-]+){1,2}\s+)?by|(?:last|this|earlier)\s+(?:week|month|year|spring|summer|autumn|fall|winter|quarter)\s+by)\s+/i;

function npForward(right: string): { np: string; appositive: string | null; rest: string } | null {
  let t = right.replace(/^\s+/, '');
  // "the country’s Ministry of State Security": a possessive standing for the country already named; the body is the name.
  t = t.replace(/^(?:(?:a|an|one)\s+(?:spokes(?:person|man|woman)|official|representative)\s+(?:for|of|at|from)\s+)?(?:the|that|this)\s+(?:country|nation|state|city|region|kingdom|republic)[’']s\s+(?=\p{Lu})/u, (m) => m.replace(/(?:the|that|this)\s+\S+\s+$/, ''));
  // "a report released on Wednesday by X": the time phrase between the participle and its agent.
  t = t.replace(/^((?:(?:a|an|the|new|its|their)\s+){0,2}(?:[\w-]+\s+){0,2}?(?:report|statement|analysis|study|advisory|investigation|assessment|findings|paper|alert|bulletin)\s+(?:published|released|issued))\s+(?:on|in|last|this|earlier|late|early)(?:\s+[\w-]+){1,2}\s+by\s/i, '$1 by ');
  // fix7: "a report last month by X", "a comparison run by the firm X": a time phrase or a participle between the document and its author.
  const docByFix7 = DOC_BY_FIX7.exec(t);
  if (docByFix7) t = t.slice(docByFix7[0].length);
  // "a report by X", "a statement from X", "data from X", "research by X".
  const docBy = /^(?:(?:a|an|the|new|recent|latest|separate|its|their)\s+){0,3}(?:[\w-]+\s+){0,2}?(?:report|reports|statement|analysis|study|research|data|figures|advisory|investigation|survey|post|blog post|filing|assessment|findings|estimates|paper|alert|bulletin|review|audit|notice|letter)\s+(?:by|from|of|published by|released by|issued by)\s+/i.exec(t);
  // "a survey of voter lists" is about them, not by them: "of" only before a name.
  if (docBy && !(/\sof\s+$/i.test(docBy[0]) && !/^(?:the\s+)?\p{Lu}/u.test(t.slice(docBy[0].length)))) t = t.slice(docBy[0].length);
  const role = /^(?:(?:a|an|the|one|two|several)\s+)?(?:[\w-]+\s+){0,2}?(?:spokes(?:person|man|woman)|representative|official|officials|researchers|analysts|experts|team|investigators|engineers|source|sources)\s+(?:for|at|from|of|with)\s+(?=(?:the\s+)?[A-Za-z])/i.exec(t);
  if (role && !/\b(?:unnamed|anonymous|unidentified)\b/i.test(role[0]) && !/familiar|close to|knowledge/i.test(t.slice(role[0].length, role[0].length + 30))) {
    const inner = npForward(t.slice(role[0].length));
    if (inner) return inner;
  }
  const anon = /^((?:(?:a|an|one|two|three|four|several|some|other|senior|former|u\.s\.|us|\w+)\s+){0,3}(?:person|people|sources?|officials?|individuals?|insiders?|staffers?|aides?|employees?|diplomats?|executives?|officers?)\s+(?:(?:who|that)\s+(?:declined|asked|spoke|requested)\b[^,;.]{0,60}|(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in|knowledgeable about|aware of)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}|speaking on (?:the )?condition of anonymity))/i.exec(t);
  if (anon) return { np: anon[1]!, appositive: null, rest: t.slice(anon[0].length) };
  const unnamed = /^((?:an?\s+|two\s+|three\s+|several\s+|some\s+)?(?:unnamed|anonymous|unidentified)\s+(?:[\w-]+\s+){0,2}?(?:official|officials|source|sources|person|people|insider|insiders|staffer|aide|employee|employees|diplomat|diplomats|executive|executives|investigator|investigators|officer|officers|expert|experts|analyst|analysts|researcher|researchers))\b/i.exec(t);
  if (unnamed) return { np: unnamed[1]!, appositive: null, rest: t.slice(unnamed[0].length) };
  const ws = words(t.slice(0, 300));
  const out: string[] = [];
  let i = 0;
  // Determiners and descriptors before the head ("the Chinese cybersecurity company 360", "security researchers").
  while (i < ws.length && out.length < 6) {
    const w = ws[i]!;
    const bare = stripPunct(w);
    if (bare !== w.replace(/^[“"‘(]+/, '')) break;
    if (/^(?:the|a|an|some|many|several|other|most|two|three|four|five|these|those|its|their|his|her)$/i.test(bare) || (!isCap(bare) && !ORG_HEADS.test(bare.toLowerCase()) && !VAGUE_HEADS.test(bare.toLowerCase()) && !ANON_HEADS.test(bare.toLowerCase()) && !DOC_HEADS.test(bare.toLowerCase()) && /^[a-z][a-z-]*$/.test(bare) && DETERMINER.test(bare))) {
      out.push(bare);
      i++;
      continue;
    }
    break;
  }
  // A nationality before a descriptor ("Chinese cybersecurity company 360") works like a determiner.
  if (i < ws.length && /^(?:[A-Z][a-z]+(?:ese|ian|ish|an|i)|U\.S\.|US|UK|EU|British|French|Dutch|Swiss|Greek|Thai)$/.test(stripPunct(ws[i]!)) && ws[i] === stripPunct(ws[i]!) && i + 1 < ws.length && /^[a-z]/.test(ws[i + 1]!)) {
    out.push(ws[i]!);
    i++;
    while (i < ws.length && out.length < 8 && /^[a-z][a-z-]+$/.test(ws[i]!) && !ORG_HEADS.test(ws[i]!) && !VAGUE_HEADS.test(ws[i]!) && !ANON_HEADS.test(ws[i]!) && !DOC_HEADS.test(ws[i]!) && !/^(?:that|which|who|to|by|on|in|at|of|for|with|from|as|and|or|is|was|were|are|has|have|had|will|would|said|says)$/.test(ws[i]!)) {
      out.push(ws[i]!);
      i++;
    }
  }
  const start = out.length;
  let endedWithPunct = false;
  let capRun = 0;
  for (; i < ws.length && out.length < 14; i++) {
    const w = ws[i]!;
    const bare = stripPunct(w);
    const punct = w !== bare && /[,.;:!?”")]$/.test(w) && !/^[A-Z]\.$|^(?:[A-Z]\.){2,}$/.test(w) && !TITLE_ABBREV.test(w);
    if (isCap(bare) || /^\d/.test(bare)) {
      out.push(TITLE_ABBREV.test(w) ? w : bare);
      capRun++;
      if (punct) {
        endedWithPunct = true;
        i++;
        break;
      }
      continue;
    }
    // "MSNBC host Chris Matthews", "IMF chief economist Maury Obstfeld": title words between an organisation and a name.
    if (capRun && TITLE_WORD.test(bare) && w === bare) {
      let k = i;
      while (k < ws.length && k - i < 3 && TITLE_WORD.test(ws[k]!)) k++;
      if (k < ws.length && k > i && /^[A-Z][\p{L}’'-]+$/u.test(stripPunct(ws[k]!)) && !TIME_WORD.test(stripPunct(ws[k]!))) {
        for (let q = i; q < k; q++) out.push(ws[q]!);
        i = k - 1;
        continue;
      }
    }
    if (capRun && CONNECTOR.test(bare) && i + 1 < ws.length && isCap(stripPunct(ws[i + 1]!)) && !/[,.;:]$/.test(w)) {
      out.push(bare);
      continue;
    }
    // A possessive head ("the agency’s press office", either apostrophe) is tested as its noun.
    const lb = headNoun(bare);
    if (ORG_HEADS.test(lb) || VAGUE_HEADS.test(lb) || ANON_HEADS.test(lb) || DOC_HEADS.test(lb) || (!capRun && /^[a-z][a-z-]+$/.test(bare) && i + 1 < ws.length && out.length - start < 4 && !/^(?:that|which|who|to|by|on|in|at|of|for|with|from|as|and|or|is|was|were|are|has|have|had|will|would|said|says)$/.test(lb))) {
      out.push(bare);
      if (ORG_HEADS.test(lb) || VAGUE_HEADS.test(lb) || ANON_HEADS.test(lb) || DOC_HEADS.test(lb)) {
        // a head noun may be followed by a name ("company 360") or end the phrase
        const nx = ws[i + 1] ? stripPunct(ws[i + 1]!) : '';
        // "a United Nations panel of experts", "a group of researchers": the "of" complement belongs to the head.
        if (!punct && nx === 'of' && ws[i + 2] && /^[a-z]/.test(ws[i + 2]!) && VAGUE_HEADS.test(stripPunct(ws[i + 2]!).toLowerCase())) {
          out.push('of', stripPunct(ws[i + 2]!));
          if (ws[i + 2] !== stripPunct(ws[i + 2]!)) endedWithPunct = true;
          i += 3;
          break;
        }
        // "court documents", "company officials", "government sources": a second head noun ends the phrase.
        if (!punct && nx && !isCap(nx) && (DOC_HEADS.test(nx.toLowerCase()) || ANON_HEADS.test(nx.toLowerCase()) || VAGUE_HEADS.test(nx.toLowerCase()))) {
          out.push(nx);
          if (ws[i + 1] !== nx) endedWithPunct = true;
          i += 2;
          break;
        }
        if (punct || !(isCap(nx) || /^\d/.test(nx))) {
          if (punct) endedWithPunct = true;
          i++;
          break;
        }
      }
      if (punct) {
        endedWithPunct = true;
        i++;
        break;
      }
      continue;
    }
    break;
  }
  while (out.length > start && CONNECTOR.test(out[out.length - 1]!)) out.pop();
  if (out.length <= start && !out.length) return null;
  const np = out.join(' ');
  if (!np) return null;
  let rest = ws.slice(i).join(' ');
  let appositive: string | null = null;
  if (endedWithPunct && /,$/.test(ws[i - 1] ?? '')) {
    const m = /^((?:a|an|the|who|which|director|head|chief|spokesperson|spokesman|spokeswoman|minister|founder|professor|researcher|analyst|senior|deputy)\b[^,;.]{0,120})/i.exec(rest);
    if (m) {
      appositive = m[1]!;
      rest = rest.slice(m[0].length);
    }
  }
  return { np, appositive, rest };
}

/** The kind a person's post gives them ("head of the cyber department of X's Security Service" → government), if any. */
function kindOfRole(role: string): SourceKind | null {
  if (GOV_WORDS.test(role) && /\b(?:head|chief|director|spokes\w+|minister|secretary|commander|official|officer|deputy)\b/i.test(role)) return 'government';
  if (RESEARCHER_TITLES.test(role)) return 'researcher';
  if (GOV_TITLES.test(role) && GOV_WORDS.test(role)) return 'government';
  if (COMPANY_TITLES.test(role)) return 'company';
  return null;
}

/** The organisation named in an appositive ("a senior vice president at Mandiant" → "Mandiant"). */
function orgInAppositive(app: string): string | null {
  // "who served as deputy director of the NSA and now teaches at Georgetown University": the current employer.
  const now = /\b(?:now|currently)\s+(?:[a-z]+\s+){0,3}?(?:at|for|with|in)\s+(?:the\s+)?([A-Z][\p{L}\p{N}’'&.-]*(?:\s+(?:(?:of|for|and|on|the|de)\s+){0,2}[A-Z0-9][\p{L}\p{N}’'&.-]*){0,8})/u.exec(app);
  if (now) return now[1]!.replace(/[’']s$/, '');
  if (/^(?:a\s+)?(?:Democrat|Republican|Independent|Libertarian)\b|^[DRI]-/.test(app)) return null;
  // "NCSC Director of Operations": the body comes before the title; "of Operations" is the portfolio.
  const lead = /^((?:[A-Z0-9][\p{L}\p{N}’'&.-]*)(?:\s+[A-Z0-9][\p{L}\p{N}’'&.-]*){0,3})\s+(?:[Dd]irector|[Hh]ead|[Cc]hief|[Dd]eputy [Dd]irector)\s+of\s+[A-Z]/u.exec(app);
  if (lead && !/^(?:Deputy|Senior|Acting|Former|Executive|Managing|Associate|Assistant)$/.test(lead[1]!)) return lead[1]!.replace(/[’']s$/, '');
  const m = /\b(?:at|of|for|with|from|in)\s+(?:the\s+)?((?:[A-Z][\p{L}\p{N}’'&.-]*|\d[\p{L}\p{N}’'&.-]*\p{L}[\p{L}\p{N}’'&.-]*)(?:\s+(?:(?:of|for|and|on|the|de)\s+){0,2}[A-Z0-9][\p{L}\p{N}’'&.-]*){0,8})/u.exec(app);
  if (m) return m[1]!.replace(/[’']s$/, '');
  const n = /^(?:the\s+)?((?:[A-Z0-9][\p{L}\p{N}’'&.-]*)(?:\s+[A-Z0-9][\p{L}\p{N}’'&.-]*){0,5})\s+(?:spokes|chief|head|director|researcher|analyst|official|minister)/u.exec(app);
  return n ? n[1]!.replace(/[’']s$/, '') : null;
}

/** Classify a raw phrase: the source name to report and a kind hint. */
/** Answers of `classify` (a pure function of its phrase), bounded: a page names the same sources again and again. */
const CLASSIFY_MEMO = new Map<string, Candidate | null>();

/** `classifyOf`, remembered; callers get their own copy (they may set its kind). */
function classify(np: string): Candidate | null {
  if (SHORTCUTS.off) return classifyOf(np);
  let hit = CLASSIFY_MEMO.get(np);
  if (hit === undefined) {
    hit = classifyOf(np);
    if (CLASSIFY_MEMO.size >= 4_000) CLASSIFY_MEMO.clear();
    CLASSIFY_MEMO.set(np, hit);
  }
  return hit === null ? null : { ...hit };
}

/**
 * polnear12: a person by role alone ("The actress said …", "The former pollster said …"): reported as written, like
 * "the spokeswoman"; a later "she said" still goes to the person named (see `resolve`).
 */
const PERSON_ROLE_P12 = /^(?:actress|pollster|justice|host|co-host|anchor|strategist|adviser|advisor|activist|novelist|filmmaker|singer|comedian|billionaire|businessman|businesswoman|pastor|priest|rabbi|bishop|imam|coach|veteran|widow|physician|surgeon|lobbyist|politician|incumbent|challenger|hopeful|professor|historian|economist)$/;

/** A count before a plural noun ("two employees", "3 people"); "many", "some" and "several" are no count. */
const COUNTED_LEFT9 = /^(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|a couple of|\d{1,3}) /i;

/** The source phrase `np` cleaned and given a kind from its words, or null when it names no source. */
function classifyOf(np: string): Candidate | null {
  let s = trimEndChars(trimStartChars(np.trim(), '“"‘('), '”"’),.;:').replace(/\s+/g, ' ');
  // A capitalised sentence connective is not part of the name ("But Mr. Grassley and Mr. Leahy say").
  s = s.replace(/^(?:But|And|Yet|So|Still|However|Meanwhile|Also|Then|Now|Instead|Indeed|Thus|Plus|Or|Even|Only|After|Before|When|While|Although|Though|If|Because|Since|Once|Until|Unless|Whereas|Likewise)\s+(?=\S)/, '');
  if (!s) return null;
  if (s.length > 140) return null;
  const lw = s.toLowerCase();
  if (PRONOUNS.test(s)) return { source: s, kind: null };
  // "Its findings show …": a pronoun owns the document; it is resolved like the pronoun.
  const ownFix3 = /^(its|their|his|her)\s+(?:[\w-]+\s+){0,2}?([\w-]+)$/i.exec(s);
  if (ownFix3 && DOC_HEADS.test(ownFix3[2]!.toLowerCase())) return { source: ({ its: 'it', their: 'they', his: 'he', her: 'she' } as Record<string, string>)[ownFix3[1]!.toLowerCase()]!, kind: null };
  if ((ANON_GATE_RE.test(s) && ANON_PHRASE.test(' ' + s)) || /\b(?:unnamed|anonymous|unidentified)\b/i.test(s) || /familiar with|declined to be named|condition of anonymity|not authori[sz]ed to/i.test(s)) return { source: s, kind: 'anonymous' };
  if (/^(?:(?:some|many|several|other|most|a few)\s+)?(?:analysts|experts|researchers|observers|commentators|users|specialists) (?:on|in)\s/i.test(s)) return { source: s, kind: 'unspecified' };
  // left12: "a proposed class action", "the class-action lawsuit": the filing speaks (its plaintiffs through it).
  if (CLASS_ACTION_L12.test(s)) return { source: s.replace(/^(?:The|the|A|a)\s+/, ''), kind: 'document' };
  const ws = words(s);
  if (countedPeopleFix9(ws)) return { source: s.replace(/^(?:The|the)\s+/, ''), kind: 'anonymous' };
  const head = ws[ws.length - 1]!.toLowerCase().replace(/[’']s$/, '');
  // Possessive owner of a document: "Mandiant's report", "the Apache project's advisory".
  // redos-ok: applied only to a subject phrase of at most 200 chars (checked on this line)
  const poss = s.length > 200 ? null : /^(?:the\s+)?(.+?)[’']s?\s+(?:(?:new|latest|recent|own|official|annual|technical|initial|final|internal|public|joint|preliminary)\s+){0,2}([\w-]+)$/i.exec(s);
  if (poss && DOC_HEADS.test(poss[2]!.toLowerCase())) return classify(poss[1]!);
  // "Its findings show …", "his report": the owner is a pronoun, resolved like one.
  const ownPron = /^(its|their|his|her)\s+(?:(?:own|new|latest|recent|final|initial|full|technical|annual|internal|public|preliminary)\s+){0,2}([\w-]+)$/i.exec(s);
  if (ownPron && DOC_HEADS.test(ownPron[2]!.toLowerCase())) return { source: { its: 'it', their: 'they', his: 'he', her: 'she' }[ownPron[1]!.toLowerCase()]!, kind: null };
  // "X report" with a capitalised owner: "the Global Times report".
  // A capitalised head is part of a name ("Halvard Threat Research"), not a document.
  if (DOC_HEADS.test(head) && !/^\p{Lu}/u.test(ws[ws.length - 1]!) && ws.length >= 2 && isCap(ws[ws.length - 2]!) && !/^(?:the|a|an)$/i.test(ws[ws.length - 2]!)) {
    // "a recent Reuters survey": the owner is the capitalised run before the head.
    const owner = ws.slice(0, -1);
    while (owner.length > 1 && (!isCap(owner[0]!) || /^(?:A|An|The)$/.test(owner[0]!))) owner.shift();
    // "Tessaract Cyber's 2026 Threat Horizon report": the possessive names the owner; the words after it name the report.
    const possAt = owner.findIndex((w) => /[’']s$/.test(w));
    if (possAt >= 0 && possAt < owner.length - 1) return classify(owner.slice(0, possAt + 1).join(' ').replace(/[’']s$/, ''));
    return classify(owner.join(' '));
  }
  if (ws.length === 1 && /^[A-Z][a-z]+$/.test(s)) {
    const l1 = s.toLowerCase();
    if (VAGUE_HEADS.test(l1)) return { source: s, kind: 'unspecified' };
    if (ANON_HEADS.test(l1)) return { source: s, kind: l1 === 'people' ? 'unspecified' : 'anonymous' };
    if (DOC_HEADS.test(l1)) return { source: s, kind: 'document' };
  }
  // left11: "the kit's seller", "the botnet's operators": the person (or the people) behind a thing, unnamed.
  const owned = ws.length <= 3 && ROLE_OWNED_L11.test(head) && /^(?:(?:the|its|their)\s+)?[a-z][\w-]*[’']s\s/i.test(s) ? /s$/.test(head) ? 'unspecified' : 'person' : null;
  if (owned) return { source: s, kind: owned };
  const allLower = ws.every((w, wi) => !isCap(w) || (wi === 0 && ws.length > 1 && DETERMINER.test(w) && ws.slice(1).every((x) => !isCap(x))) || /^(?:The|A|An|Some|Many|Several|Other|Most|Two|Three|These|Those)$/.test(w) || /^(?:U\.S\.|US|UK|EU|Chinese|Russian|American|British|European|Western|Iranian|Israeli|Ukrainian|North|South|Korean|German|French|Japanese|Indian|Senate|House|Pentagon|Kremlin|Beijing|Moscow|Washington|London)$/.test(w.replace(/[’']s$/, '')));
  if (allLower && !(ws.length === 1 && isCap(ws[0]!))) {
    if (ANON_HEADS.test(head) && !/^(?:spokesperson|spokesman|spokeswoman)$/.test(head)) {
      // An unnamed person or unnamed officials: anonymous. Plural generic nouns are vague.
      // left9: counted ones ("two employees", "three people") are particular people left unnamed: anonymous.
      const vague = /^(?:people|members|workers|employees|executives)$/.test(head) && !COUNTED_LEFT9.test(s);
      return { source: s.replace(/^(?:The|the)\s+/, ''), kind: vague ? 'unspecified' : 'anonymous' };
    }
    if (VAGUE_HEADS.test(head)) return { source: s.replace(/^(?:The|the)\s+/, ''), kind: 'unspecified' };
    if (DOC_HEADS.test(head)) return { source: s.replace(/^(?:The|the)\s+/, ''), kind: 'document' };
    if (ORG_HEADS.test(head)) return { source: s, kind: null };
    if (PERSON_ROLE_P12.test(head)) return { source: s, kind: 'person' };
    return null;
  }
  if (/^(?:Another|However|But|And|Meanwhile|Still|Yet|Also|Then|Now|Here|There|This|That|These|Those|Such|Earlier|Later|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At|As|If|When|While|After|Before)$/.test(s)) return null;
  if (TIME_WORD.test(head) && ws.length <= 2) return null;
  if (lw.length > 140) return null;
  return { source: s, kind: null };
}

/**
 * blind9: a counted group of people the story does not name ("two store managers", "Two former Veltro engineers", "three
 * employees") are individuals kept unnamed: anonymous, where the bare plural ("engineers say", "employees") is vague.
 */
const COUNT_WORD_FIX9 = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/i;
const PEOPLE_HEAD_FIX9 = /^(?:people|members|workers|employees|executives|staffers|officials|officers|managers|engineers|developers|technicians|nurses|doctors|pilots|residents|witnesses|customers|users|analysts|researchers|investigators|contractors|insiders|diplomats|aides|teachers|students|parents|guards|soldiers|agents|lawyers)$/i;
function countedPeopleFix9(ws: string[]): boolean {
  if (ws.length < 2 || ws.length > 5 || !COUNT_WORD_FIX9.test(ws[0]!)) return false;
  return PEOPLE_HEAD_FIX9.test(ws[ws.length - 1]!);
}

/**
 * fix9: a subject "X and Y" whose parts are states, at the end of a longer comma list: the group noun before the list
 * ("Cybersecurity agencies from …") when there is one (its phrase), null (no source) when there is none, undefined
 * when the subject is no such list tail.
 */
const GROUP_BEFORE_LIST_FIX9 = /\b(?:agencies|officials|authorities|governments|ministers|diplomats|prosecutors|investigators|regulators) (?:from|of|in) /gi;
function stateListTailFix9(leftTrim: string, np: string): string | null | undefined {
  const and = np.indexOf(' and ');
  if (and <= 0 || !isStateName(np.slice(0, and).trim().replace(/^the\s+/i, '')) || !isStateName(np.slice(and + 5).trim().replace(/^the\s+/i, ''))) return undefined;
  // The list may be followed by a time phrase before the verb ("… and New Zealand on Thursday accused").
  const at = leftTrim.lastIndexOf(np);
  if (at < 0 || leftTrim.length - at - np.length > 30 || leftTrim.slice(at + np.length).includes(',')) return undefined;
  const before = leftTrim.slice(Math.max(0, at - 200), at);
  if (!/,\s*$/.test(before)) return undefined;
  let group: RegExpExecArray | null = null;
  for (const m of eachMatch(GROUP_BEFORE_LIST_FIX9, before)) group = m;
  if (!group) return null;
  // The group noun with at most two words before it in its clause ("Cybersecurity and intelligence agencies").
  const lead = before.slice(0, group.index).split(/[,;:(]/).pop()!.trim().split(/\s+/).filter(Boolean).slice(-3);
  const head = group[0].trim().split(' ')[0]!;
  const words = lead.length && /^(?:the|a|an|and)$/i.test(lead[0]!) ? lead.slice(1) : lead;
  return [...words.filter((w) => /^[\p{L}-]+$/u.test(w)), head].join(' ');
}

/** fix9: "…, court records show." — documents (a plural document head) closing the sentence after the clause they back. */
function showAfterClauseFix9(left: string, right: string): boolean {
  if (!/^[.!?]?[”"]?$/.test(right.trim())) return false;
  const m = /,\s+((?:[\w’'.-]+\s+){0,3})([\w’'.-]+)\s*$/.exec(left.slice(-80));
  return !!m && DOC_HEADS.test(m[2]!.toLowerCase());
}

interface Mention {
  name: string;
  kind: SourceKind;
  sentence: number;
  isSource: boolean;
}

/** "… cited two people briefed on the matter as": a cited/quoted verb, then at most 100 characters with no full stop, then "as" (no regex: plain scans). */
function citedAsBefore(leftTrim: string): boolean {
  if (!leftTrim.endsWith(' as')) return false;
  const tail = leftTrim.slice(-120, -3);
  let at = -1;
  for (const v of [' cited ', ' quoted ', ' cites ', ' quotes ']) at = Math.max(at, tail.lastIndexOf(v));
  return at >= 0 && !tail.slice(at).includes('.');
}

/**
 * "… has called the Volt Typhoon reports": the text before a plural-noun cue ends in a determiner and one to three
 * capitalised words, after a lower-case word that does not open a clause (a verb or preposition whose object this is).
 */
function objectCompoundFix5(left: string): boolean {
  if (/\s$/.test(left) === false && left.length) return false;
  const ws = left.trim().split(/\s+/);
  let k = ws.length - 1;
  let caps = 0;
  while (k >= 0 && caps < 4 && /^[A-Z][\w’'.-]{0,20}$/.test(ws[k]!)) {
    caps++;
    k--;
  }
  if (caps < 1 || caps > 3 || k < 1) return false;
  if (!/^(?:the|these|those|such|recent|earlier|latest)$/.test(ws[k]!)) return false;
  const before = ws[k - 1]!;
  return /^[a-z]{2,20}$/.test(before) && !CLAUSE_OPENER_FIX5.test(before);
}

/** "Britain's National Cyber Security Centre and agencies from five allied countries": the capitalised name that opens the clause before "and <group>". */
function namedWithGroupFix5(left: string): string | null {
  const g = COORD_GROUP_FIX5.exec(left);
  if (!g) return null;
  const ws = left.slice(0, g.index).split(/\s+/).filter(Boolean);
  let k = ws.length - 1;
  const name: string[] = [];
  while (k >= 0 && name.length < 9) {
    const w = ws[k]!;
    if (/[,;:]$/.test(w)) break;
    if (/^[A-Z0-9][\w’'&.-]{0,30}$/.test(w) || (/^(?:of|for|and|the)$/.test(w) && name.length)) {
      name.unshift(w);
      k--;
      continue;
    }
    break;
  }
  while (name.length && /^(?:of|for|and|the)$/.test(name[0]!)) name.shift();
  if (!name.length || !/^[A-Z]/.test(name[0]!)) return null;
  // The name opens the clause: the start, after a comma or colon, after a conjunction, or after "The".
  const prev = k >= 0 ? ws[k]! : '';
  if (prev && !/[,;:]$/.test(prev) && !/^(?:and|but|while)$/.test(prev) && !/^[Tt]he$/.test(prev)) return null;
  if (/^(?:In|On|At|After|Before|When|While|As|But|And|The|A|An)$/.test(name[0]!) && name.length === 1) return null;
  const joined = name.join(' ');
  return /^the$/i.test(prev) ? `the ${joined}` : joined;
}

/** A name reduced for comparison with the page's site name: lower case, letters and digits only, no leading "the". */
function selfKeyFix5(name: string): string {
  return name.slice(0, 80).toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Find where the article attributes claims to sources. */
/**
 * fix6 (blind6): "the Global Times, a tabloid published by the Communist Party's People's Daily": a reduced relative
 * after an outlet noun names the outlet's owner, who states nothing ("a report published by X" still cites X).
 */
function outletOwnerFix6(verb: string, left: string): boolean {
  return verb === 'published' && OUTLET_NOUN_FIX6.test(left.trimEnd());
}
const OUTLET_NOUN_FIX6 = /\b(?:tabloid|newspaper|paper|magazine|daily|weekly|outlet|broadcaster|channel|website|site|publication|title|journal|news\s+agency|agency)$/i;
/** fix6: two or three short acronyms in a row ("SSL VPN", "TCP IP") name a technology, never the company. */
const TECH_ACRONYMS_FIX6 = /^[A-Z]{2,5}(?:\s[A-Z]{2,5}){1,2}s?$/;
/** fix6: an unnamed source whose head noun comes before a post-modifier ("three people familiar with the matter"). */
const ANON_FAMILIAR_FIX6 = /^(?:(?:one|two|three|four|five|several|some|many|multiple|a\s+few|other)\s+)?(?:(?:senior|current|former|western|european|american|u\.s\.|government|company|industry|intelligence|security)\s+)*(?:people|persons?|sources?|officials?|insiders?|employees?|diplomats?|executives?)\s+(?:familiar|close|with\s+(?:direct\s+)?knowledge|briefed|involved|aware|knowledgeable)\b/i;

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

/**
 * The words of a `^(?:a|b|c)$` pattern of lower-case words (a `[sz]` spelled both ways) as a set: `set.has(x)` answers
 * what the pattern answers for `x` (lower-cased first when the pattern is `i`). Anything else in the pattern throws,
 * at load, so a list that grows beyond plain words cannot answer differently.
 */
function wordSet(re: RegExp): ReadonlySet<string> {
  const m = /^\^\(\?:(.*)\)\$$/.exec(re.source);
  if (!m) throw new Error(`not a word list: ${re.source}`);
  const out = new Set<string>();
  for (const w of m[1]!.split('|')) {
    if (!/^[a-z ]+(?:\[sz\][a-z ]*)?$/.test(w)) throw new Error(`not a plain word: ${w}`);
    if (w.includes('[sz]')) {
      out.add(w.replace('[sz]', 's'));
      out.add(w.replace('[sz]', 'z'));
    } else out.add(w);
  }
  WORD_SETS.push([re, out]);
  return out;
}
/** For tests: every word list and its set. */
const WORD_SETS: [RegExp, ReadonlySet<string>][] = [];

/** The word lists the cue loop tests a cue against, as sets (from their patterns; `[sz]` spelled both ways): a set lookup instead of a pattern run per test. */
const CUE_WORDS_1 = wordSet(/^(?:according to|in the words of|citing|cited by|as reported by|reported by|first reported by|quoted by|in an interview with)$/);
const CUE_WORDS_2 = wordSet(/^(?:according to|citing)$/);
const CUE_WORDS_3 = wordSet(/^(?:claimed|claims|called|described)$/);
const CUE_WORDS_4 = wordSet(/^(?:added|adds|rose|fell)$/i);
const CUE_WORDS_5 = wordSet(/^(?:report|note|claim|estimate|fear|stress|worry|confirm|expect|predict|reckon|concede|acknowledge|admit|maintain|explain|argue|warn|insist|contend|suggest|believe|complain|allege|deny|tell|think|say|urge|endorse|echo|wonder|hope|feel|suspect|express|show|indicate)$/i);
const CUE_WORDS_6 = wordSet(/^(?:claims|says|alleges|insists)$/i);
const CUE_WORDS_7 = wordSet(/^(?:notes|states|claims|reports|warnings|shows|estimates|questions|demands|hopes|projects|forecasts)$/i);
const CUE_WORDS_8 = wordSet(/^(?:expected|believed|thought|said|reported|alleged|estimated|predicted|agreed)$/);
const CUE_WORDS_9 = wordSet(/^(?:attributed|linked|traced|blamed|tied)$/);
const CUE_WORDS_10 = wordSet(/^(?:accused|accuses|blamed|blames)$/);
const CUE_WORDS_11 = wordSet(/^(?:commented|responded|replied|answered|said|confirmed|confirm|comment|respond|commented publicly)$/);
const CUE_WORDS_12 = wordSet(/^(?:asked|requested)$/);
const CUE_WORDS_13 = wordSet(/^(?:described|characteri[sz]ed|called)$/);
const CUE_WORDS_14 = wordSet(/^(?:saying|telling)$/);
const CUE_WORDS_15 = wordSet(/^(?:saying|telling|writing|stating|claiming|arguing|insisting|warning|explaining|noting|suggesting|asserting|acknowledging|admitting|denying|confirming|accusing|urging|calling)$/);
const CUE_WORDS_16 = wordSet(/^(?:adding|noting|explaining|stressing|emphasi[sz]ing)$/);
const CUE_WORDS_17 = wordSet(/^(?:said|says|added|wrote|noted|explained|stated|warned|argued|claimed|insisted|acknowledged|asked|recalled|cautioned|continued|concluded)$/);
const CUE_WORDS_18 = wordSet(/^(?:cited|quoted)$/);
const CUE_WORDS_19 = wordSet(/^(?:compared|compares|show|indicate|defended|defends|rebutted|rebuts|disputed|disputes|ruled|rules|sees|suspected|suspects|suspect|wondered|wonders|wonder|echoed|echo|echoes|expressed|expresses|express|hope|hopes|hoped|feel|feels|felt|knew|knows)$/);
const CUE_WORDS_20 = wordSet(/^(?:called|calls)$/);
const CUE_WORDS_21 = wordSet(/^(?:told|tells|tell)$/);
/**
 * left10: "told the Mombasa daily The Coastal Standard", "told local broadcaster Radio Tamsin", "told the news site X":
 * a descriptor that says what the recipient is, before a name the database does not know, makes the name an outlet.
 */
const TOLD_WHEN_L10 = /\s(?:on|in|last|this)\s(\S+)$/;
const OUTLET_DESCRIPTOR_L10 = /^\s*(?:the\s+)?(?:(?:[A-Z][\p{L}-]+|local|regional|national|state|state-run|private|independent|online|business|financial|[a-z]+-language)\s+){0,3}(?:daily|weekly|newspaper|paper|tabloid|broadcaster|news\s+(?:site|website|portal|outlet|agency|channel)|radio\s+station|(?:television|TV)\s+(?:channel|station|network)|magazine)\s+(?=(?:The\s+)?\p{Lu})/u;

/** left11: a message noun right before a participle ("an SMS saying", "fake emails claiming", "a pop-up warning"). */
const MESSAGE_BEFORE_L11 = /(?:^|\s)(?:SMS|SMSes|texts?|(?:text|chat|voice|WhatsApp|Telegram|direct|phishing|scam)\s+messages?|messages?|e-?mails?|notifications?|pop-?ups?|voicemails?|DMs?|robocalls?)$/i;
/** No drafts of a sentence (most sentences): nothing to copy. */
/** "… as saying", "… as telling": the cited source's words follow, read by citedAsFix5. */
const AS_SAYING_L12 = / as (?:saying|telling)\b/;
/** left12: "cited two city employees", "cited three people": a count and up to four lower-case words after it. */
const COUNTED_CITED_L12 = /^\s+((?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+[a-z][\w-]{1,20}){1,4})/i;
/**
 * left12: "Her verdict: “…”", "His advice: “…”", "The company's response: “…”", "Okafor's answer: “…”": a position noun
 * after a possessive, a colon and a quotation opening the sentence; the speaker is the possessor.
 */
const COLON_POSS_L12 = /^(?:(?:But|And|So)\s+)?(His|Her|Their|Its|[Tt]he\s+[a-z]{3,20}[’']s|\p{Lu}[\p{L}\p{N}&.-]{0,30}(?:\s+\p{Lu}[\p{L}\p{N}&.-]{0,30}){0,3}[’']s?)\s+(?:(?:own|final|short|blunt|simple|first|main|chief|parting)\s+)?(?:verdict|advice|response|answer|reply|reaction|message|warning|assessment|conclusion|prediction|explanation|diagnosis|view|take|summary|position|argument|plea|recommendation|lesson|prescription):\s*[“"]/u;
/** left12: "Federal prosecutors in Atlanta", "State investigators": officials named by their office, opening the sentence. */
const GROUP_OPENER_L12 = /^(?:(?:But|And|Meanwhile)\s+)?((?:Federal|State|U\.S\.|US|British|European|French|German|Dutch|Local|City|County)\s+(?:prosecutors|investigators|regulators|officials|authorities)(?:\s+in\s+\p{Lu}[\p{L}-]{1,20}(?:\s+\p{Lu}[\p{L}-]{1,20})?)?)\s+(?:have|has|had|on\s+\p{Lu}[a-z]+|\p{Ll}+ed)\b/u;
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
        if (companyish ? m.kind === 'company' && named(m.name) && !placesOnly(m.name) && (m.isSource || ((!/^[A-Z]{2,4}s?$/.test(m.name) && !/^[A-Z0-9]{1,8}(?:[-.][A-Z0-9]{1,8}){1,3}$/.test(m.name) && !TECH_ACRONYMS_FIX6.test(m.name) && !/\s\d{1,3}$/.test(m.name) && !/^(?:Social Security|Medicare|Medicaid)$/.test(m.name)) || !!db.byName(m.name))) : outletish ? m.kind === 'outlet' : new RegExp(`\\b${head === 'centre' ? 'cent(?:er|re)' : head === 'center' ? 'cent(?:er|re)' : head}\\b`, 'i').test(m.name)) {
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
      if (needs && !needs.test(right) && !(verb === 'published' && /^\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:letter|op-ed|essay|column)\b/i.test(right))) {
        // "first flagged on March 29 by CrowdStrike": the agent after "by" is the source; "has published a letter disputing claims by X" is active.
        if (PASSIVE_AGENT_VERBS.test(verb) && !/\b(?:has|have|had)(?:\s+(?:also|already|now|since|recently|previously|\w+ly))?\s*$/i.test(left) && !outletOwnerFix6(verb, left)) passiveAgents(right, verb, si, at);
        continue;
      }
      // fix12: "Corvantis Health, Inc. (NYSE: CVHT) today announced": the stock ticker is no name; the company before it speaks.
      // A legal suffix after a comma ("Corvantis Health, Inc.") is the name's, not an appositive: the name without it speaks.
      let leftTrim = left.indexOf(':') >= 0 && left.indexOf('(') >= 0 ? left.trimEnd().replace(TICKER_FIX12, '').trimEnd() : left.trimEnd();
      if (leftTrim.charCodeAt(leftTrim.length - 1) === 46 || / (?:LLC|Inc|Ltd|plc)$/.test(leftTrim)) leftTrim = leftTrim.replace(LEGAL_SUFFIX_FIX12, '');
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
        if (CUE_WORDS_17.has(verb)) {
          const f = npForward(right);
          // polnear12: "said former Sen. X", "said retired Army Lt. Gen. X": a past or present post before the name.
          if (f && (isCap(f.np) || /^\d/.test(f.np) || /^(?:a|an|the|one|two|some|several)\b/i.test(f.np) || /^(?:former|retired|onetime|longtime|acting|outgoing)\s+\p{Lu}/u.test(f.np)) && (/^\s*(?:[,.;:”"]|$|on\b|in\b|at\b|last\b|this\b|earlier\b|during\b|when\b|after\b|according\b)/.test(f.rest.length ? ' ' + f.rest : '') || nameThenComma(right, f.np))) {
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
        const inContent = drafts.slice(before).some((d) => d.pos < at && /^(?:said|says|say|told|tells|wrote|writes|added|adds|noted|notes|reported|reports|believes|believe|thinks|think|argued|argues|stated|states)$/i.test(d.cue));
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

/**
 * The subject of a sentence when it is a name or he/she right before a verb
 * ("On Tuesday, Clinton criticized …", "Mr. Obama also emphasized …"). Only the
 * first 160 characters are looked at.
 */
function sentenceSubject(text: string): string | null {
  // redos-ok: bounded repetitions on the first 160 characters only.
  const m = /^(?:[^,]{0,70},\s+)?((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?[A-Z][\p{L}’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\p{L}’'-]+)){0,3}|He|She|he|she)(?:,\s[^,]{1,100},)?\s+(?:(?:also|then|later|recently|has|had|was|is|again|further|repeatedly|previously|never|did|does|once|first|initially|quickly)\s+){0,2}(?:[a-z]{3,}(?:ed|s)|has|had|is|was)\b/u.exec(text.slice(0, 160));
  if (!m) return null;
  const name = m[1]!.replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+/, (t) => t);
  if (/^(?:The|A|An|This|That|These|Those|It|They|We|I|You|In|On|At|But|And|After|Before|When|While|If|As)$/.test(name.split(/\s+/)[0]!)) return null;
  return name;
}

/** Given names and honorifics that say which of he/she a person can be; unknown names fit both. */
const FEMALE_NAMES = new Set('Mrs Ms Miss Madam Lady Hillary Elizabeth Mary Patricia Jennifer Linda Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Sandra Ashley Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Anna Angela Helen Maria Julia Loretta Nikki Kamala Condoleezza Dianne Theresa Ursula Jacinda Sophie Emma Olivia Claire Kate Katherine Catherine Anne Ann Jane Joan Janet Diane Rachel Heather Megan Betsy Samantha Victoria Christine Tulsi Elena Natalia Olga Irina Ruth Sonia Ivanka Melania Chelsea Huma Debbie Kellyanne Sheryl Valerie Gina Madeleine Eleanor Michele Jill Hannah Grace Julie Alice Ellen Tammy Patty Kirsten Maxine Susana Marie Sylvia Monica Wendy Joanna Caroline Sara Lucy Jo-Renee'.split(' '));
const MALE_NAMES = new Set('Mr Sir Lord King Donald Barack Joe Bill Mike Michael John James Robert William David Richard Charles Thomas Christopher Daniel Matthew Mark Paul Steven Steve Andrew Kenneth George Brian Edward Ronald Timothy Tim Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Frank Gregory Raymond Alexander Patrick Jack Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold Jeremy Ethan Carl Keith Roger Gerald Terry Sean Arthur Noah Lawrence Jesse Joseph Bernie Ted Marco Jeb Chris Rand Ben Newt Mitch Harry Chuck Vladimir Boris Emmanuel Olaf Kevin Jim Tom Bob Rudy Rick Curt Al Reince Mitt Ed Pat Adam Jon Trey Elijah Tony Anthony Martin Luke Simon Hugo Ivan Sergei Dmitry Ali Mohammed Muhammad Ahmed Omar Hassan Xavier Jean-Claude'.split(' '));
/** polnear12: "the actress", "The former pollster": a role with no name, no antecedent of he/she. */
function roleOnlyP12(name: string): boolean {
  return /^(?:the|a|an)\s+[a-z]/i.test(name) && PERSON_ROLE_P12.test(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/** polnear12: a lone given name ("Bob", "Maria"), not an honorific ("Lady", "King"). */
function givenNameP12(name: string): boolean {
  return /^[A-Z][a-z]{2,14}$/.test(name) && !/^(?:Mrs|Miss|Madam|Lady|Sir|Lord|King)$/.test(name) && (FEMALE_NAMES.has(name) || MALE_NAMES.has(name));
}

function genderOf(name: string): 'f' | 'm' | null {
  const first = name.replace(/^(?:(?:Former|Sen|Rep|Gov|Dr|Gen|Prof|President|Senator|Governor|Secretary|Mayor|Judge|Attorney General|Chairman|Chairwoman)\.?\s+)+/, '').split(/[\s.]+/)[0] ?? '';
  if (FEMALE_NAMES.has(first)) return 'f';
  if (MALE_NAMES.has(first)) return 'm';
  // "Chief executive Mary Holt": the given name just before the surname, after a lower-case role.
  // redos-ok: run on the last 60 characters of a name only (slice on this line).
  const given = /\s([A-Z][a-z]{1,15})\s+[A-Z][\p{L}’'-]{1,30}$/u.exec(name.slice(-60))?.[1];
  if (given && FEMALE_NAMES.has(given)) return 'f';
  if (given && MALE_NAMES.has(given)) return 'm';
  return /\b(?:Chairwoman|Congresswoman|Spokeswoman|Mrs\.|Ms\.)/.test(name) ? 'f' : /\b(?:Chairman|Congressman|Spokesman|Mr\.)/.test(name) ? 'm' : null;
}

/** Answers of `lastWords` for one and two words (a pure function; asked of every mention on every pronoun), bounded. */
const LAST_WORDS: Map<string, string>[] = [new Map(), new Map(), new Map()];

function lastWords(s: string, k: number): string {
  const memo = k === 1 || k === 2 ? LAST_WORDS[k]! : null;
  if (!memo || SHORTCUTS.off) return lastWordsOf(s, k);
  let hit = memo.get(s);
  if (hit === undefined) {
    hit = lastWordsOf(s, k);
    if (memo.size >= 4_000) memo.clear();
    memo.set(s, hit);
  }
  return hit;
}

function lastWordsOf(s: string, k: number): string {
  return dropTrailingParen(s).split(/\s+/).slice(-k).join(' ');
}

/** Answers of `personTailOf` (pure), bounded: the same names are remembered sentence after sentence. */
const PERSON_TAIL = new Map<string, [string, string, string] | null>();

/** The two capitalised words that end a name when they make a person's name ([both, first, last]), else null. */
function personTail(name: string): [string, string, string] | null {
  if (SHORTCUTS.off) return personTailOf(name);
  let hit = PERSON_TAIL.get(name);
  if (hit === undefined) {
    hit = personTailOf(name);
    if (PERSON_TAIL.size >= 4_000) PERSON_TAIL.clear();
    PERSON_TAIL.set(name, hit);
  }
  return hit;
}

/** A name that joins two names ("X and Y", "X & Y"). */
const COORDINATED_NAME = /\s(?:and|&)\s/;

function personTailOf(name: string): [string, string, string] | null {
  // redos-ok: applied to the last 90 chars of a name (slice on this line)
  const pm = /([A-Z][\p{L}’'-]{0,40}) ([A-Z][\p{L}’'-]{0,40})$/u.exec(dropTrailingParen(name).slice(-90));
  return pm && isPersonName(pm[0]) ? [pm[0], pm[1]!, pm[2]!] : null;
}

/** Answers of `bareNameOf` (pure), bounded. */
const BARE_NAME = new Map<string, string>();

/** A source's name without a leading "the" before a name, a "the official/state-run" before an acronym, or a possessive ending. */
function bareName(source: string): string {
  if (SHORTCUTS.off) return bareNameOf(source);
  let hit = BARE_NAME.get(source);
  if (hit === undefined) {
    hit = bareNameOf(source);
    if (BARE_NAME.size >= 4_000) BARE_NAME.clear();
    BARE_NAME.set(source, hit);
  }
  return hit;
}

function bareNameOf(source: string): string {
  return source.replace(/^(?:the|The)\s+(?=[A-Z0-9])/, '').replace(/^(?:the|The)\s+(?:official|semi-official|semiofficial|state-run|state-owned|state-controlled|state)\s+(?=[A-Z]{2})/, '').replace(/[’']s$/, '').trim();
}

/** Capitalised runs after a start, a space, "(" or a quote (a match is never empty). */
const NAME_RUNS = /(?:^|[\s(“"])((?:[A-Z][\p{L}\p{N}’'&-]*)(?:\s+(?:(?:of|for|and|on|the|de)\s+){0,2}[A-Z0-9][\p{L}\p{N}’'&-]*){0,8})/gu;

/** A closing quotation mark right after a name run (after a comma or stop at most), and the opening one before it (a few capitalised words back). */
const QUOTE_AFTER_P11 = /^[,.!?]?(?:[”"’]|'')/;
const WORD_CHAR_P11 = /[\p{L}\p{N}’&-]/u;
const UPPER_P11 = /\p{Lu}/u;

/** The text holds a double quotation mark (curly, straight, or the two apostrophes of some archives). */
function hasQuoteP11(text: string): boolean {
  return text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || text.indexOf('"') >= 0 || text.indexOf("''") >= 0;
}

const QUOTE_MARK_P11 = /[“”"]|''/g;
/** "After Clinton " / "Before the board ": a time clause opening the sentence, up to the verb. */
const TIME_CLAUSE_P11 = /^(?:After|Before|When|Since|Until|Once) [^,;:“”"]{1,60}$/;
const NO_MARKS_P11: number[] = [];

/** The double quotation marks of `text`: position × 4 + kind (0 opens, 1 closes, 2 toggles), in order. */
function quoteMarksP11(text: string): number[] {
  const out: number[] = [];
  QUOTE_MARK_P11.lastIndex = 0;
  for (let m = QUOTE_MARK_P11.exec(text); m && out.length < 200; m = QUOTE_MARK_P11.exec(text)) {
    const c = m[0];
    out.push(m.index * 4 + (c === '“' ? 0 : c === '”' ? 1 : 2));
  }
  return out;
}

/** Whether a double quotation is open at `end`, given the marks of the text and whether one was open at its start. */
function quoteOpenAtP11(marks: number[], end: number, open: boolean): boolean {
  for (let i = 0; i < marks.length; i++) {
    const v = marks[i]!;
    if (v >> 2 >= end) break;
    const k = v & 3;
    open = k === 0 ? true : k === 1 ? false : !open;
  }
  return open;
}

/**
 * "Former Rep. Chris Shays (R-Conn.) was pro Kasich …, he said": the first person's name in the clause before a trailing
 * ", he said" / ", she said", when that clause holds no quotation mark; null otherwise.
 */
function ownClauseSubjectP11(text: string, clash: 'f' | 'm'): string | null {
  const at = Math.max(text.indexOf(', he '), text.indexOf(', she '));
  if (at < 0 || at > 300 || hasQuoteP11(text.slice(0, at))) return null;
  for (const nm of capitalisedNames(text.slice(0, at))) {
    // "Former Rep" (the run stops at the title's dot) is no name.
    if (/\b(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Gen|Prof|Former)$/.test(nm)) continue;
    if (isPersonName(lastWords(nm, 2)) && genderOf(nm) !== clash) return nm;
    return null;
  }
  return null;
}

/** The name (as capitalisedNames gives it) stands alone between quotation marks in `text`. */
function quotedTitleP11(text: string, nm: string): boolean {
  const at = text.indexOf(nm);
  return at > 0 && QUOTE_AFTER_P11.test(text.slice(at + nm.length, at + nm.length + 4)) && opensQuoteP11(text, at);
}

/** An opening quotation mark just before `start`, or before up to three capitalised words that end there. */
function opensQuoteP11(text: string, start: number): boolean {
  let i = start;
  for (let w = 0; ; w++) {
    const c = text[i - 1];
    if (c === '“' || c === '"' || c === '‘' || (c === "'" && text[i - 2] === "'")) return true;
    if (w === 3 || c !== ' ') return false;
    // The word before the space, capitalised.
    let k = i - 1;
    while (k > 0 && i - 1 - k < 30 && WORD_CHAR_P11.test(text[k - 1]!)) k--;
    if (k === i - 1 || !UPPER_P11.test(text[k]!)) return false;
    i = k;
  }
}

/** Capitalised multi-word names in a sentence (antecedents for later "the ministry", "it"). */
function capitalisedNames(text: string): string[] {
  const out: string[] = [];
  const re = NAME_RUNS;
  // The matches one by one on one pattern object (matchAll made a copy of the pattern and an iterator per sentence).
  re.lastIndex = 0;
  let k = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (++k > 40) break;
    const span = m[1]!;
    // One word (most runs: "The", "He"): the cuts below only shorten it from the end, so it is kept only as an acronym-like word.
    if (!/\s/.test(span) && !/^[A-Z]{2}/.test(span)) continue;
    // "Governor Mia Lind on Sunday": a day or month joined by a connector is no part of the name.
    let nm = trimEndChars(m[1]!, "’'").replace(/[’']s$/, '').replace(/\s(?:on|of|for|and|the|de)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/, '');
    if (m.index === 0 || /^(?:The|A|An|In|On|At|By|For|But|And|As|If|It|He|She|They|We|According)\s/.test(nm)) nm = nm.replace(/^(?:The|A|An|In|On|At|By|For|But|And|As|If|It|He|She|They|We|According)\s+/, '');
    if (!nm || !/\s/.test(nm) && !/^[A-Z]{2,}/.test(nm)) continue;
    out.push(nm);
  }
  return out;
}

/**
 * The person answering a "Q. … / A. …" interview ("The Daily spoke with Kang
 * Min-ji, a professor at X, about …"), so each "A." answer is theirs. Needs at
 * least one question and two answers, and the introduction before the first question.
 */
function qaGuestFix3(sentences: Sentence[], n: number): { name: string; role: string | null } | null {
  let qs = 0;
  let as = 0;
  let firstQ = -1;
  for (let si = 0; si < n; si++) {
    const t = sentences[si]!.text;
    if (t.length < 3 || (t[1] !== '.' && t[1] !== ':') || t[2] !== ' ') continue;
    if (t[0] === 'Q') {
      qs++;
      if (firstQ < 0) firstQ = si;
    } else if (t[0] === 'A') as++;
  }
  if (qs < 1 || as < 2 || firstQ < 1) return null;
  for (let si = firstQ - 1; si >= Math.max(0, firstQ - 8); si--) {
    const t = sentences[si]!.text.slice(0, 600).replace(/\s+/g, ' ');
    // redos-ok: bounded repetitions on a 600-character slice (sliced above).
    const m = /\b(?:(?:spoke|spoken|talked|talks?|speaks?) (?:to|with)|sat down with|sits? down with|interviewed|in conversation with|(?:is|are|was) joined by) ((?:[A-Z][\p{L}’'-]+ ){1,2}[A-Z][\p{L}’'-]+)(?:, ([^,;.]{3,100}),)?/u.exec(t);
    if (m && isPersonName(m[1]!)) return { name: m[1]!, role: m[2] ?? null };
  }
  return null;
}
