import { SHORTCUTS } from './gate';
import { words } from './attribution-lexicon';

/**
 * The cue verbs and phrases of attribution ("said", "according to", "citing", passives) and their one-pass scan,
 * with the tables that say which verbs need an object, a that-clause or a quote before they count as a cue.
 */

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
const VERBS_SUSPECT = 'cautions|caution|suspects|suspected|suspect|show';
/** Verbs added from the fourth held-out set: an outlet that "carried a commentary accusing …" publishes a statement. */
const VERBS_CARRIED = 'carried|carries|seen';
/** Verbs added from the fifth held-out set: "X has made similar claims" repeats a claim as X's own. */
/** "“…” So wrote X, …": a sentence-opening "So" inverts the cue after a quotation, like a comma. */
export const SO_INVERSION = /(?:^|[”"’.!?]\s?)So$/;
/** Verbs added after the sixth held-out set: "researchers have tied the technique to X" (like "linked … to"). */
const VERBS_TIED = 'tied';
/** Verbs added after the seventh held-out set: an assessment ("the NCSC judged it almost certain that …") and a repeated argument. */
const VERBS_JUDGED = 'judged|made the same argument|made a similar argument|made similar arguments|made the same point|made a similar point';
/** fix12: the present tense of a timeline ("RIA Novosti carries the claim and quotes a hacker as saying …"). */
const VERBS_QUOTES = 'quotes';
const VERBS_SIMILAR_CLAIMS = 'made similar claims|made similar accusations|made similar allegations|made similar assertions|made the same claim|made the same claims|made the same accusation|made the same accusations|made such claims|makes similar claims|make similar claims';
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
  String.raw`\b(?:according to|in the words of|citing|quoting|per|cited by|as reported by|reported by|first reported by|quoted by|in an interview with|in a (?:statement|post|report|blog post|tweet|briefing|filing|letter|notice|advisory) (?:to|published by|posted by|released by|from)|(?:was|were|has been|had been|have been) (?:reported|quoted|flagged|discovered|spotted|identified|detected|found|disclosed|documented|uncovered|first reported|confirmed|observed|attributed|linked|traced) (?:[\w’'-]+ ){0,8}?by|${byFirstLetter(`${VERBS}|${VERBS_SUSPECT}|${VERBS_CARRIED}|${VERBS_SIMILAR_CLAIMS}|${VERBS_TIED}|${VERBS_JUDGED}|${VERBS_QUOTES}`)})\b`,
  'gi',
);

/** First words of every cue CUE_RE can match, lower case: a word outside this set cannot start a cue. */
export const CUE_FIRST = new Set<string>([
  ...'according citing quoting per cited as reported first quoted in was were has had have'.split(' '),
  ...`${VERBS}|${VERBS_SUSPECT}|${VERBS_CARRIED}|${VERBS_SIMILAR_CLAIMS}|${VERBS_TIED}|${VERBS_JUDGED}|${VERBS_QUOTES}`.split('|').flatMap((w) => {
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
export function cueMatches(text: string): RegExpExecArray[] {
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

/** "Its claims were refuted by X": a claim contradicted by an agent names that agent as a source (only with a claim noun as the passive subject). */
/**
 * "In a statement carried by (the official) X, …": a sentence-opening statement an outlet carried; X is the outlet (a
 * bracketed short form after it is dropped). "published by" is left out: a body publishes its own statements.
 */
export const CARRIED_OPENER = /^In\s(?:an?|its|their)\s(?:(?:short|brief|written|separate|new|lengthy|later)\s)?(?:statement|commentary|editorial|dispatch|article|interview|bulletin|report|notice|message)\s(?:carried|aired|broadcast|relayed|distributed|circulated)\sby\s(?:the\s)?(?:(?:official|state-run|state-owned|state|government-run|government-owned)\s)?(\p{Lu}[\p{L}\p{N}’'.&-]{0,30}(?:\s\p{Lu}[\p{L}\p{N}’'.&-]{0,30}){0,5})(?:\s\(\p{Lu}{2,8}\))?,/u;
export const CARRIED_BY = /^\s{0,4},?\s{0,4}(?:carried|published|run|aired|broadcast|relayed|distributed|circulated)\s{1,4}(?:(?:on|in)\s{1,4}[\w-]{1,30}\s{1,4})?by\s/i;
/** Cue words that are also plural nouns. */
export const NOUN_PLURAL = /^(?:reports|claims|notes|estimates|forecasts|questions|demands|hopes|shows|projects|warnings|findings|accounts|statements)$/;
/** A determiner with capitalised modifiers, after a lower-case word that does not open a clause: the object of a verb or preposition. */
/** Words that open a clause: "and the FBI reports that …" has a subject after them. */
export const CLAUSE_OPENER = /^(?:and|but|or|nor|while|as|because|since|when|where|whereas|although|though|if|that|now|meanwhile|also|so|yet|then)$/;
/** A named subject coordinated with an unnamed group ("X and agencies from five allied countries", "the FBI and partners in Europe"). */
// redos-ok: only run on the last 220 characters before a cue (namedWithGroup's caller slices); every repetition is bounded.
export const COORD_GROUP = /\sand\s(?:[a-z]{2,15}\s){0,3}(?:agencies|allies|partners|governments|countries|counterparts|authorities)(?:\s(?:from|in|of|at)\s(?:[\w-]{1,20}\s){0,4}[\w-]{1,20})?(?:\s(?:on\s[A-Z][a-z]{2,10}|also|jointly|have|has|had|together)){0,3}$/;
/** Heads of a definite description that stand for a public body ("the agency", "the centre", "the office"). */
export const BODY_HEAD = /^(?:agency|office|centre|center|service|directorate|authority)$/;
/** A named public body's own head word. */
export const BODY_NAME = /\b(?:Agency|Bureau|Office|Centre|Center|Department|Ministry|Service|Directorate|Authority|Commission|Command|Police|Council|Administration|CERT)\b/;
export const REBUTTAL_VERBS = /^(?:refuted|rejected|disputed|denied|contradicted|dismissed|challenged|rebutted)$/;
export const CLAIM_PASSIVE = /\b(?:claims?|allegations?|accusations?|assertions?|reports?|statements?|charges?|version|account|figures?)\s+(?:(?:was|were|is|are)|(?:has|have|had)\s+been)(?:\s+(?:quickly|swiftly|promptly|later|also|flatly|firmly|publicly))?$/i;

/** Verbs that take their source from the "by …" agent after them ("first flagged on March 29 by X"). */
export const PASSIVE_AGENT_VERBS = /^(?:reported|quoted|flagged|discovered|spotted|identified|detected|disclosed|documented|uncovered|observed|published|found|confirmed)$/;
/** "expressed concern / misgivings / support": a stance, said or written. */
const EXPRESSED_OBJECT = /^\s+(?:(?:deep|serious|grave|strong|some|growing|their|his|her|its|particular|public|little|no|similar|renewed)\s+){0,2}(?:concerns?|misgivings|doubts?|support|skepticism|scepticism|frustration|opposition|confidence|hope|hopes|regret|outrage|dismay|disappointment|alarm|reservations|optimism|surprise|sympathy|solidarity|fears?|worries|anger|interest|reluctance|willingness)\b/i;
/** "echoed her concerns": another's position, restated. */
const ECHO_OBJECT = /^\s+(?:(?:the|this|that|these|those|his|her|their|its|such|similar)\s+)?(?:[\w-]+\s+)?(?:concerns?|views?|sentiments?|criticism|calls?|comments?|remarks|warnings?|arguments?|claims?|position|words|fears|doubts|assessment)\b/i;
/** "the court ruled that …", "ruled Friday against …". */
const RULED_OBJECT = /^\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s+)?(?:that|against|in favou?r of)\b/i;
/** Nouns of a stated position ("Warren's comments", "the agency's assessment", "his remarks"). */
export const POSS_NOUN = /\b(?:comments|remarks|statement|statements|claim|claims|assertion|assertions|argument|arguments|view|views|estimate|estimates|forecast|forecasts|testimony|words|warning|warnings|criticism|accusation|accusations|allegation|allegations|denial|denials|emphasis|insistence|belief|assessment|suggestion|contention|admission|prediction|projection|conclusion|concerns|acknowledge?ment|analysis|findings)\b/g;
/** What follows a position noun when it carries content: "that …", "on/about/of …", a colon or a quote (after a time word at most). */
export const POSS_CONTENT = /^(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|this week|last week))?(?:\s+(?:that|on|about|of|regarding|over)\b|\s*[:“"‘])/i;
/** Cheap test before POSS_NOUN: a possessive at all. */
export const POSS_PRE = /[’']s?\s|\b(?:[Hh]is|[Hh]er)\s/;
/** The possessor right before a POSS_NOUN, with at most two modifiers ("Stumpf's repeated emphasis"). */
// redos-ok: applied to the 90 characters before a noun (slice at the call).
export const POSS_OWNER = /(?:^|[\s(“"])((?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&-]*[’']s?|[Hh]is|[Hh]er|the\s+[a-z]{3,20}[’']s)\s+(?:(?:recent|latest|earlier|repeated|own|public|initial|official|new|previous|prepared|opening|closing|written|sworn|final|preliminary|growth|global)\s+){0,2}$/u;
/** Verbs a Title Case headline capitalises ("Senator Slams Agency Over Leak"). */
export const HEADLINE_VERBS = /^(?:Defends|Rebuts|Disputes|Says|Say|Said|Tells|Warns|Urges|Urge|Calls|Slams|Blasts|Rips|Rip|Hammers|Sees|Questions|Endorses|Endorse|Accuses|Denies|Deny|Claims|Claim|Vows|Rules|Confirms|Admits|Praises|Criticizes|Criticises|Demands|Pledges|Insists|Argues|Blames|Rejects|Dismisses|Slam|Blast|Accuse|Warn)$/;
/** "wondered whether …", "wondered aloud". */
const WONDER_OBJECT = /^\s+(?:(?:aloud|publicly|openly)\s+)?(?:whether|if|why|how|what|who|aloud)\b/i;
/** "researchers suspect the group …", never "suspected of" or "the suspected hackers". */
const SUSPECT_OBJECT = /^\s+(?:that|the|a|an|it|they|he|she|this|these|[A-Z])/;
/** Mental states with a copula before them ("Many voters are afraid that …", "came away convinced that …"): the clause is what the subject believes. */
const THAT_CLAUSE = /^\s+that\b/i;
export const STATE_WORDS = /^(?:afraid|convinced|confident|hopeful|adamant|skeptical|sceptical|concerned|worried|knows|knew|feels|felt|feel|recognized|recognizes|recognised|recognises)$/;
/** Participles first read in session 3: only after a comma or as a progressive, never as a bare modifier ("its report accusing …"). */
export const NEW_PARTICIPLE = /^(?:writing|reaffirming|reiterating|adding|noting|arguing|insisting|emphasi[sz]ing|stressing|explaining|suggesting|acknowledging|admitting|asserting|predicting|vowing|promising|urging|accusing|describing|confirming|conceding|calling|wondering)$/;
/** Participles that continue a clause whose subject is the source ("…, saying that", "…, adding", "by telling them"). */
export const PARTICIPLE = /^(?:saying|telling|writing|stating|reaffirming|reiterating|warning|adding|noting|arguing|insisting|emphasi[sz]ing|stressing|explaining|claiming|suggesting|acknowledging|admitting|asserting|predicting|vowing|promising|urging|accusing|describing|denying|confirming|conceding|calling|wondering)$/;

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
  // "cited investigative sources as saying …": the cited are sources (AS_SAYING below).
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
// fix13: "IRNA carried a similar report", "the agency carried the same claim": another outlet's report repeated.
for (const w of ['carried', 'carries']) NEEDS_OBJECT[w] = /^\s+(?:(?:on|in)\s+[\w-]+\s+)?(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:commentary|editorial|article|report|statement|op-ed|column|essay|piece|interview|dispatch)\s+(?:accusing|saying|claiming|alleging|arguing|denying|warning|calling|that|which|by|from|in which)\b|(?:an?|the)\s+(?:similar|same|identical|near-identical|matching)\s+(?:report|story|account|claim|statement|version)s?\b)/i;
for (const w of ['afraid', 'convinced', 'confident', 'hopeful', 'adamant', 'skeptical', 'sceptical', 'knows', 'knew', 'feels', 'felt', 'feel', 'recognized', 'recognizes', 'recognised', 'recognises']) NEEDS_OBJECT[w] = THAT_CLAUSE;

/** Objects for the verbs of VERBS_SUSPECT (a verb that already has a test above keeps it): a clause or what is suspected, never "suspected of". */
const CLAUSE = /^\s+(?:that|the|a|an|it|its|their|they|he|she|this|these|those|[A-Z])/;
for (const [w, re] of [['suspect', CLAUSE], ['suspects', CLAUSE], ['suspected', CLAUSE], ['show', CLAUSE], ['caution', /^\s+(?:that|against)\b/], ['cautions', /^\s+(?:that|against)\b/]] as const) NEEDS_OBJECT[w] ??= re;
// fix9: "Meridale faces three class actions, court records show.": "show" closing the sentence after the clause it backs.
NEEDS_OBJECT['show'] = new RegExp(`(?:${CLAUSE.source})|^\\s*[.;]?\\s*$`);
/**
 * Second readings that also make a statement when the first object test fails:
 * "described similar lures in a 2024 report", "has called similar accusations
 * groundless", "quoted a spokesperson for the ministry as saying".
 */
const NEEDS_ALT: Record<string, RegExp> = {
  described: /^\s+\S[^.]{0,100}?\bin (?:a|an|its|their|the|his|her) (?:[\w-]+ ){0,3}(?:report|post|blog|paper|advisory|analysis|statement|study|briefing|write-up|presentation|talk|interview)s?\b/,
  called: /^\s+(?:(?:the|these|those|such|similar|all|any|its|their|recent)\s+){0,2}(?:[\w-]+\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?|assertions?)\s+(?:(?:as|completely|entirely|totally|utterly)\s+)?(?:groundless|baseless|unfounded|false|absurd|fabricated|ridiculous|slanderous|untrue|nonsense|irresponsible|unsubstantiated|misleading|politically motivated|fake)\b/,
  calls: /^\s+(?:(?:the|these|those|such|similar|all|any|its|their|recent)\s+){0,2}(?:[\w-]+\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?|assertions?)\s+(?:(?:as|completely|entirely|totally|utterly)\s+)?(?:groundless|baseless|unfounded|false|absurd|fabricated|ridiculous|slanderous|untrue|nonsense|irresponsible|unsubstantiated|misleading|politically motivated|fake)\b/,
  quoted: /^\s+(?:a|an|the|one|two)\s[^.]{0,120}?\bas (?:saying|telling)\b/,
};
for (const [w, alt] of Object.entries(NEEDS_ALT)) {
  const first = NEEDS_OBJECT[w];
  NEEDS_OBJECT[w] = first ? new RegExp(`(?:${first.source})|(?:${alt.source})`, first.flags) : alt;
}
/**
 * fix9: "She previously wrote a technology column for X", "wrote two books about …": authorship, not a statement (an
 * author bio under a column named its writer as a source). Any other object or none ("wrote that …", "the researchers wrote.") is one.
 */
const WROTE_WORK = /^(?!\s+(?:(?:a|an|the|his|her|their|its|two|three|several|many)\s+)(?:[\w-]+\s+){0,2}(?:columns?|books?|novels?|biography|biographies|memoirs?|history|histories|textbooks?|thesis|theses|dissertations?|songs?|scripts?|screenplays?|plays?|poems?|series|newsletters?)\b)/i;
for (const w of ['wrote', 'writes', 'write']) NEEDS_OBJECT[w] ??= WROTE_WORK;
/**
 * blind11: "the crew wrote custom implants for two switch models": code is no statement either. "The hackers demanded $1.5
 * million", "demanded a ransom": a demand for money, not a claim. "Customers urged to patch": a headline's passive (an
 * active "urged" has its object: "urged customers to …").
 */
const WROTE_CODE = /^(?!\s+(?:(?:a|an|the|its|their|his|her|own|custom|new|malicious|bespoke)\s+){0,3}(?:[\w-]+\s+)?(?:implants?|malware|code|scripts?|exploits?|backdoors?|loaders?|payloads?|webshells?|web\s+shells?|tools?)\b)/i;
// (left11 and blind11 both wrote this rule; one pattern now holds both: "demanded another hefty ransom" too, and
// "demanded that …" stays a statement.)
const DEMANDED_MONEY = /^(?!\s+(?:(?:a|an|the|its|their|his|her|another|about|around|roughly|some|nearly|almost|over|more\s+than|up\s+to|at\s+least)\s+){0,2}(?:[\w-]+\s+)?(?:[$€£¥\d]|(?:ransoms?|payments?|money|bitcoin|cryptocurrency|cash|fees?)\b))/i;
const URGED_PASSIVE = /^(?!\s+to\s)/i;
for (const w of ['wrote', 'writes', 'write']) NEEDS_OBJECT[w] = new RegExp(`${WROTE_WORK.source}${WROTE_CODE.source.slice(1)}`, 'i');
for (const w of ['demanded', 'demands', 'demand']) NEEDS_OBJECT[w] = DEMANDED_MONEY;
NEEDS_OBJECT['urged'] ??= URGED_PASSIVE;
// fix12: "quotes X as saying" reads as "quoted X as saying".
NEEDS_OBJECT['quotes'] = NEEDS_OBJECT['quoted']!;
/** NEEDS_OBJECT as a map: a lookup of a verb without an entry (most cues) does not walk the object's prototype. */
export const NEEDS_OBJECT_OF = new Map<string, RegExp>(Object.entries(NEEDS_OBJECT));
/** "Cybersecurity experts say groups tied to the army have …": a subject of up to eight words before the clause's verb. */
export const SAY_CLAUSE = /^\s+(?:[\w’'-]+\s+){1,8}(?:is|was|were|are|has|have|had|will|would|could|may|might|should|can|must)\b/;

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
export const WORD_SETS: [RegExp, ReadonlySet<string>][] = [];

/** The word lists the cue loop tests a cue against, as sets (from their patterns; `[sz]` spelled both ways): a set lookup instead of a pattern run per test. */
export const CUE_WORDS_1 = wordSet(/^(?:according to|in the words of|citing|cited by|as reported by|reported by|first reported by|quoted by|in an interview with)$/);
export const CUE_WORDS_2 = wordSet(/^(?:according to|citing)$/);
export const CUE_WORDS_3 = wordSet(/^(?:claimed|claims|called|described)$/);
export const CUE_WORDS_4 = wordSet(/^(?:added|adds|rose|fell)$/i);
export const CUE_WORDS_5 = wordSet(/^(?:report|note|claim|estimate|fear|stress|worry|confirm|expect|predict|reckon|concede|acknowledge|admit|maintain|explain|argue|warn|insist|contend|suggest|believe|complain|allege|deny|tell|think|say|urge|endorse|echo|wonder|hope|feel|suspect|express|show|indicate)$/i);
export const CUE_WORDS_6 = wordSet(/^(?:claims|says|alleges|insists)$/i);
export const CUE_WORDS_7 = wordSet(/^(?:notes|states|claims|reports|warnings|shows|estimates|questions|demands|hopes|projects|forecasts)$/i);
export const CUE_WORDS_8 = wordSet(/^(?:expected|believed|thought|said|reported|alleged|estimated|predicted|agreed)$/);
export const CUE_WORDS_9 = wordSet(/^(?:attributed|linked|traced|blamed|tied)$/);
export const CUE_WORDS_10 = wordSet(/^(?:accused|accuses|blamed|blames)$/);
export const CUE_WORDS_11 = wordSet(/^(?:commented|responded|replied|answered|said|confirmed|confirm|comment|respond|commented publicly)$/);
export const CUE_WORDS_12 = wordSet(/^(?:asked|requested)$/);
export const CUE_WORDS_13 = wordSet(/^(?:described|characteri[sz]ed|called)$/);
export const CUE_WORDS_14 = wordSet(/^(?:saying|telling)$/);
export const CUE_WORDS_15 = wordSet(/^(?:saying|telling|writing|stating|claiming|arguing|insisting|warning|explaining|noting|suggesting|asserting|acknowledging|admitting|denying|confirming|accusing|urging|calling)$/);
export const CUE_WORDS_16 = wordSet(/^(?:adding|noting|explaining|stressing|emphasi[sz]ing)$/);
export const CUE_WORDS_17 = wordSet(/^(?:said|says|added|wrote|noted|explained|stated|warned|argued|claimed|insisted|acknowledged|asked|recalled|cautioned|continued|concluded)$/);
export const CUE_WORDS_18 = wordSet(/^(?:cited|quoted)$/);
export const CUE_WORDS_19 = wordSet(/^(?:compared|compares|show|indicate|defended|defends|rebutted|rebuts|disputed|disputes|ruled|rules|sees|suspected|suspects|suspect|wondered|wonders|wonder|echoed|echo|echoes|expressed|expresses|express|hope|hopes|hoped|feel|feels|felt|knew|knows)$/);
export const CUE_WORDS_20 = wordSet(/^(?:called|calls)$/);
export const CUE_WORDS_21 = wordSet(/^(?:told|tells|tell)$/);
/** polnear13: more verbs of speech that invert after a quotation or a comma ("…,” tweeted X", "…, predicted X, a former governor"). */
export const INVERTED = wordSet(/^(?:tweeted|responded|replied|predicted|countered|conceded|observed|stressed|emphasi[sz]ed|maintained|contended|answered|agreed)$/);
/**
 * left10: "told the Mombasa daily The Coastal Standard", "told local broadcaster Radio Tamsin", "told the news site X":
 * a descriptor that says what the recipient is, before a name the database does not know, makes the name an outlet.
 */
export const TOLD_WHEN = /\s(?:on|in|last|this)\s(\S+)$/;
export const OUTLET_DESCRIPTOR = /^\s*(?:the\s+)?(?:(?:[A-Z][\p{L}-]+|local|regional|national|state|state-run|private|independent|online|business|financial|[a-z]+-language)\s+){0,3}(?:daily|weekly|newspaper|paper|tabloid|broadcaster|news\s+(?:site|website|portal|outlet|agency|channel)|radio\s+station|(?:television|TV)\s+(?:channel|station|network)|magazine)\s+(?=(?:The\s+)?\p{Lu})/u;

/** left11: a message noun right before a participle ("an SMS saying", "fake emails claiming", "a pop-up warning"). */
export const MESSAGE_BEFORE = /(?:^|\s)(?:SMS|SMSes|texts?|(?:text|chat|voice|WhatsApp|Telegram|direct|phishing|scam)\s+messages?|messages?|e-?mails?|notifications?|pop-?ups?|voicemails?|DMs?|robocalls?)$/i;
/** No drafts of a sentence (most sentences): nothing to copy. */
/** "… as saying", "… as telling": the cited source's words follow, read by citedAs. */
export const AS_SAYING = / as (?:saying|telling)\b/;
/** left12: "cited two city employees", "cited three people": a count and up to four lower-case words after it. */
export const COUNTED_CITED = /^\s+((?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+[a-z][\w-]{1,20}){1,4})/i;
/**
 * left12: "Her verdict: “…”", "His advice: “…”", "The company's response: “…”", "Okafor's answer: “…”": a position noun
 * after a possessive, a colon and a quotation opening the sentence; the speaker is the possessor.
 */
export const COLON_POSS = /^(?:(?:But|And|So)\s+)?(His|Her|Their|Its|[Tt]he\s+[a-z]{3,20}[’']s|\p{Lu}[\p{L}\p{N}&.-]{0,30}(?:\s+\p{Lu}[\p{L}\p{N}&.-]{0,30}){0,3}[’']s?)\s+(?:(?:own|final|short|blunt|simple|first|main|chief|parting)\s+)?(?:verdict|advice|response|answer|reply|reaction|message|warning|assessment|conclusion|prediction|explanation|diagnosis|view|take|summary|position|argument|plea|recommendation|lesson|prescription):\s*[“"]/u;
/** left12: "Federal prosecutors in Atlanta", "State investigators": officials named by their office, opening the sentence. */
export const GROUP_OPENER = /^(?:(?:But|And|Meanwhile)\s+)?((?:Federal|State|U\.S\.|US|British|European|French|German|Dutch|Local|City|County)\s+(?:prosecutors|investigators|regulators|officials|authorities)(?:\s+in\s+\p{Lu}[\p{L}-]{1,20}(?:\s+\p{Lu}[\p{L}-]{1,20})?)?)\s+(?:have|has|had|on\s+\p{Lu}[a-z]+|\p{Ll}+ed)\b/u;
