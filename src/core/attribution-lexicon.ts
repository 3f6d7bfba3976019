import { trimEndChars, trimStartChars } from './trim';
import { SHORTCUTS } from './gate';

/**
 * Word classes and word helpers the attribution pass shares: determiners, adverbs, titles, organisation heads,
 * anonymous phrases, and cheap splitting of a sentence's words (the cost of every later step).
 */

/** Verbs that are attributions only when their subject is clearly a source (a name or a source noun), never a pronoun alone. */
export const WEAK_VERBS = /^(?:tied|pointed to|point to|criticized|criticised|blasted|slammed|praised|endorsed|condemned|lambasted|characterized|characterised|released|speculated|speculates|speculate|called|calls|recounted|recounts|advised|recommended|assured|vowed|pledged|found|showed|shows|determined|identified|described|answered|detailed|documented|uncovered|discovered|spotted|traced|linked|thinks|think|expects|expected|fears|feared|believed|believe|agreed|recalled|mentioned|urged|posted|shared|published|issued|cited|quoted|questioned|answered|responded|replied|observed|estimated|estimates|predicted|suggested|suggests|indicated|indicates|rip|calling|rebutted|rebuts|rebut|disputed|disputes|defended|defends|urges|urge|endorses|endorse|questions|slams|blasts|rips|hammers|lambastes|criticizes|criticises|praises|condemns|demanded|demands|complimented|compliments|applauded|applauds|welcomed|welcomes|hailed|hails|denounced|denounces|decried|decries|sees|expressed|expresses|express|echoed|echoes|echo|wondered|wonders|wonder|hopes|hoped|hope|suspects|suspected|suspect|compared|compares|promised|promises|indicate|show|forecast|forecasts|projected|projects|made the case|makes the case)$/;

/** Tokens that may be skipped between a subject and its verb ("Microsoft has previously said"). */
export const ADVERB = /^(?:came|away|remain|remains|remained|became|seem|seems|seemed|grew|appeared|appears|very|quite|so|more|firmly|strongly|flatly|vehemently|categorically|swiftly|immediately|angrily|sharply|openly|explicitly|also|has|have|had|previously|earlier|later|recently|repeatedly|publicly|officially|separately|further|again|then|now|first|initially|would|will|could|may|might|since|once|already|reportedly|allegedly|however|himself|herself|itself|themselves|still|both|all|too|quickly|subsequently|originally|formally|privately|last|this|that|on|in|early|late|just|did|does|do|not|never|had|was|were|is|are|being|been|widely|long|often|generally|separately|jointly|independently|ultimately|eventually|specifically|explicitly|similarly|likewise|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4}(?:st|nd|rd|th)?)$/i;
export const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tomorrow|week|month|year|weekend|morning|afternoon|evening|night)$/i;
export const CONNECTOR = /^(?:of|for|and|on|the|de|du|des|la|le|del|der|van|von|in|at|&|y|und)$/;
export const DETERMINER = /^(?:informed|well-informed|well-placed|reliable|credible|knowledgeable|diplomatic|trusted|the|a|an|some|many|several|other|two|three|four|five|one|most|few|multiple|various|numerous|independent|unnamed|anonymous|senior|top|local|foreign|western|u\.s\.|us|chinese|russian|american|british|european|iranian|israeli|ukrainian|north|south|korean|german|french|japanese|indian|security|cybersecurity|cyber|government|intelligence|industry|private|state|federal|national|company|police|military|defense|defence|law|enforcement|threat|malware|these|those|all|both|such|any|his|her|their|its|our)$/i;
export const PRONOUNS = /^(?:he|she|it|they|we|i|you|who|which|that)$/i;
/** Title words that may sit between an organisation and a person's name ("Cloudflare chief executive Matthew Prince"). */
export const TITLE_WORD = /^(?:host|anchor|correspondent|reporter|columnist|editor|writer|commentator|pollster|strategist|economist|aide|lawmaker|candidate|nominee|congressman|congresswoman|senator|governor|mayor|representative|lawyer|consultant|organizer|organiser|activist|historian|author|scholar|judge|prosecutor|campaign|operative|surrogate|donor|chairman|chief|executive|officer|spokesperson|spokesman|spokeswoman|spokespeople|director|minister|secretary|president|vice|senior|deputy|head|founder|co-founder|researcher|analyst|professor|lead|principal|manager|chairman|chairwoman|chair|ceo|cto|ciso|cso|coo|general|counsel|attorney|ambassador|envoy|commissioner|policy|foreign|technical|technology|information|security|threat|intelligence|research|global|regional|press|communications|affairs|staff|adviser|advisor|official|spy|cyber|defence|defense|interior|justice|state|national|former|acting|then|assistant|associate|special|agent|engineer|scientist|fellow|partner|leader)$/;
/** left10: a description of an intelligence body ("the spy agency", "the country's intelligence service"), and such a body's name. */
export const SPY_DESC = /\b(?:spy|intelligence|espionage|counterintelligence)\s/i;
export const SPY_NAME = /\b(?:Intelligence|Counterintelligence|Security\s+Service|Secret\s+Service)\b/;
/** Abbreviated titles before a name: their period does not end the phrase ("Rep. Kim Sun-woo"). */
export const TITLE_ABBREV = /^(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Prof|Capt|Sgt|Adm|Maj|Cmdr|Supt|Insp|Det|Amb|Pres|Hon|Rev|St)\.$/;
/** Heads of common-noun sources ("the city's emergency management bureau", "some security specialists"). */
/** A past participle that opens a reduced relative or passive ("run by", "carried out by", "written by"). */
export const REDUCED_PARTICIPLE = /^(?:[a-z]+ed|run|led|written|held|made|built|done|driven|known|seen|taken|given|kept|shown|drawn|overseen|undertaken|stolen|hidden)$/;
export const ORG_HEADS = /^(?:community|frontrunner|front-runner|congressman|congresswoman|nominee|candidate|legislator|lawmaker|leader|leaders|unions|fund|caucus|panel|taskforce|airline|carrier|club|retailer|exchange|insurer|charity|network|platform|utility|operator|studio|publisher|league|federation|association|church|mission|campaign|agency's|trust|hospital|school|council|party|union|mayor|senator|governor|minister|president|chairman|chairwoman|chair|judge|prosecutor|lawyer|attorney|director|ceo|chief|secretary|ambassador|commissioner|premier|chancellor|sheriff|coroner|regulator|alliance|coalition|ministry|agency|bureau|department|commission|police|force|office|government|council|board|authorities|authority|regulator|regulators|prosecutors|prosecutor|court|committee|administration|center|centre|embassy|military|army|navy|company|firm|vendor|provider|maker|developer|operator|manufacturer|startup|bank|lab|labs|team|newspaper|outlet|broadcaster|tabloid|magazine|channel|website|media|watchdog|institute|university|organization|organisation|foundation|group|unit|division|service|services|spokesperson|spokesman|spokeswoman|ministries|agencies|companies|firms|vendors|governments|gang|gangs|crew|crews|collective|outfit|cartel|syndicate|hackers|attackers|hacktivists|actor|actors)$/;

/** Anonymous phrasing: "a person familiar with the matter", "officials who declined to be named". */
export const ANON_PHRASE =
  // redos-ok: only ever run on the last 160 characters before a cue (subjectBefore), so the input cannot be long.
  /(?:^|\s)((?:(?:a|an|one|two|three|four|several|some|other|senior|former|current|u\.s\.|us|western|european|chinese|russian|american|british|government|administration|intelligence|security|industry|company|military|law enforcement|people|\w+)\s+){0,3}(?:person|people|sources?|officials?|individuals?|insiders?|staffers?|aides?|employees?|diplomats?|executives?|officers?|members?|investigators?)\s+(?:(?:who|that)\s+(?:declined|asked|spoke|requested|was not|were not|wasn[’']t|weren[’']t|is not|are not|did not|could not)\b[^,;.]{0,110}|(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in|knowledgeable about|aware of)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}|speaking on (?:the )?condition of anonymity|not authori[sz]ed to [\w\s]{0,30})|(?:a|an|one|two|several)\s+(?:[\w-]+\s+)?sources?\s+(?:in|at|within|inside|from|close to)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3})\s*,?\s*$/i;

/** "Correction: An earlier version of this story said …", "Clarification: this article previously stated …". */
// redos-ok: only ever run on the first 160 characters of a sentence.
export const CORRECTION_LINE = /^\s*[[(]?\s*(?:correction|clarification|editor[’']?s note|update[d]?)\b[^.]{0,40}?\b(?:an? (?:earlier|previous) version|this (?:article|story|post|report) (?:previously|originally|incorrectly)|(?:previously|originally|incorrectly) (?:said|stated|reported))/i;
/**
 * blind14: a syndication note, "This story was originally published by X, a nonprofit newsroom, and is republished here
 * under …": X published the piece; it says nothing the piece attributes to it, so the sentence names no source.
 */
export const PIECE_NOTE_B14 = /^\s*[[(]?(?:this|the) (?:article|story|post|piece|report) (?:was|is) (?:originally |first )?(?:published|produced|written) (?:by|in|on|for)\b/i;

/** `s.split(/\s+/).filter(Boolean)`, read in one pass (no regex split, no filtered copy): the words between whitespace runs. */
export function words(s: string): string[] {
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
export function wordCount(s: string): number {
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
export function wordsBySplit(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** What `\s` matches (WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  // Printable ASCII and the Latin-1 letters below NBSP first: most characters answer here in one test.
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `words(s).slice(-k)`, read from the end: the last k words without splitting the whole text. */
export function tailWords(s: string, k: number): string[] {
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
export const ANON_GATE = ['person', 'people', 'source', 'official', 'individual', 'insider', 'staffer', 'aide', 'employee', 'diplomat', 'executive', 'officer', 'member', 'investigator'];

/** Words one of which every match of TEAM_SUBJECT holds (its head noun; `i` without `u`, as the pattern): a literal scan about four times cheaper than the pattern's. */
export const TEAM_GATE = /team|researchers|experts|analysts|investigators|specialists|engineers|scientists|staff|spokes|official/i;
/** Research-team subjects before a cue ("A joint team from X and Y", "researchers at X"): the body after the preposition. */
export const TEAM_SUBJECT = /\b(?:team|teams|researchers|experts|analysts|investigators|specialists|engineers|scientists|staff|spokes(?:person|man|woman)|officials?)\s+(?:from|at|of|with|for)\s+((?:the\s+)?[A-Za-z0-9][^,;:]{1,150}?)\s*(?:(?:has|have|had|also|previously|later|jointly|recently|on \w+|then)\s+){0,4}$/i;
/**
 * ANON_GATE as one pattern, `i` without `u` like ANON_PHRASE (so it folds case as the phrase does): one scan of a
 * literal alternation instead of fourteen `indexOf` runs over a lower-cased copy (about four times cheaper).
 */
export const ANON_GATE_RE = new RegExp(ANON_GATE.join('|'), 'i');
/** Words one of which every match of subjectBefore's relative-clause pattern holds (`i` without `u`, as the pattern). */
export const RELATIVE_GATE = /that|which/i;
/** Words one of which every match of SELF_NAMED holds (case-sensitive, as the pattern). */
export const SELF_NAMED_GATE = /call|using|going|goes/;
/** The word every match of ANON_EXPERT holds (`i` without `u`, as the pattern). */
export const ANON_EXPERT_GATE = /anonymity/i;

export function stripPunct(w: string): string {
  let t = trimStartChars(w, '“"‘\'([«');
  // A possessive stays with its word ("Alibaba Cloud’s" → "Alibaba Cloud’s" handled by callers); trailing punctuation goes.
  t = trimEndChars(t, '”"),.;:!?]»');
  if (t.endsWith('’') || t.endsWith("'")) t = t.slice(0, -1);
  return t;
}

/** The long way of `isCap` (for tests): a capital or a digit first, or lower-case letters and then a capital ("iPhone", "eSentire"). */
export const isCapByPattern = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w) || /^[a-z]+[A-Z]/.test(w);
/** `isCapByPattern`, read from the character codes when the word opens in ASCII (most words): no pattern run. */
export function isCap(w: string): boolean {
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

/**
 * polnear12: a person by role alone ("The actress said …", "The former pollster said …"): reported as written, like
 * "the spokeswoman"; a later "she said" still goes to the person named (see `resolve`).
 */
export const PERSON_ROLE = /^(?:actress|pollster|justice|host|co-host|anchor|strategist|adviser|advisor|activist|novelist|filmmaker|singer|comedian|billionaire|businessman|businesswoman|pastor|priest|rabbi|bishop|imam|coach|veteran|widow|physician|surgeon|lobbyist|politician|incumbent|challenger|hopeful|professor|historian|economist)$/;

/**
 * polnear14: people by what they do, the nouns of news subjects the source-head lists leave out (singular; a plural adds "s").
 * "author", "writer", "columnist" and "reporter" stay out: on an op-ed page they are the publisher's own voice.
 */
const PERSON_NOUNS = new Set(
  ('soldier agent investor magnate tycoon mogul entrepreneur banker consultant operative organizer ' +
  'organiser volunteer citizen envoy commander colonel sergeant delegate contender rival ally donor ' +
  'backer contributor manager founder owner partner detective juror teacher student farmer resident ' +
  'voter doctor engineer supporter opponent adviser advisor legislator senator governor mayor judge ' +
  'attorney historian strategist pollster spokesman spokeswoman spokesperson director chief head ' +
  'chairman chairwoman president secretary minister candidate nominee veteran professor scholar ' +
  'academic physician host anchor pundit politician campaigner protester witness victim survivor parent ' +
  'neighbor neighbour fan user customer patient clergyman preacher').split(' '),
);
const IRREGULAR = new Set('allies people men women chairmen spokesmen spokeswomen clergymen'.split(' '));
/** A head noun that names a person or people by what they do ("investor", "soldiers", "allies"). */
export function personNoun(w: string): boolean {
  if (IRREGULAR.has(w) || PERSON_NOUNS.has(w)) return true;
  return w.length > 3 && w.charCodeAt(w.length - 1) === 115 && PERSON_NOUNS.has(w.slice(0, -1));
}
