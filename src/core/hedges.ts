import type { Hedge, HedgeKind } from './report';
import type { Sentence } from './sentences';
import { countFunctionWords, detectCueLang } from './cue-lang';
import { intlCues } from './intl-cues';
import { LIMITS } from './limits';
import { SHORTCUTS, type Need } from './gate';
import { lazyRuleScan } from './word-scan';

/**
 * Hedging cues ("allegedly", "is believed to", "has not been independently
 * verified") and estimative language on the ICD 203 scale ("likely", "almost
 * certainly", "we assess with moderate confidence").
 *
 * Each cue is recorded as written, in lower case, with its sentence, once per
 * (cue, sentence). Cues are kept to their core words ("believed to", not "is
 * believed to be") so the same cue reads the same wherever it occurs.
 *
 * Every pattern below is a flat alternation of literal words with single
 * whitespace runs between them: no nested quantifiers, no backreferences, so
 * matching is linear in the sentence length.
 */

/** Work cap: sentences longer than this are cut (a sentence this long is not prose). */
const MAX_SENTENCE = 2_000;
/** Work cap on the number of sentences examined. */
const MAX_SENTENCES = 5_000;

interface CueRule {
  re: RegExp;
  kind: HedgeKind;
  /** Return false to drop a match (false positives such as "insurance claims"). */
  keep?: (m: RegExpExecArray, text: string) => boolean;
  /** The cue to record, when it is not the whole match lower-cased. */
  cue?: (m: RegExpExecArray) => string;
  /** Words every match contains (gate.ts): the rule runs only on a sentence that has them. */
  need: Need;
}

const WORD_CHAR = /[\p{L}'’.-]/u;
const SPACE_CHAR = /\s/;

/**
 * The word before offset `i` (lower case), or '': up to 5 spaces back, then the
 * run of letters, apostrophes, dots and hyphens, within 40 chars of `i`. A loop,
 * not /([\p{L}'’.-]{1,40})\s{0,5}$/, which backtracks polynomially on a run of
 * apostrophes.
 */
function wordBefore(text: string, i: number): string {
  const lo = Math.max(0, i - 40);
  let end = i;
  for (let n = 0; end > lo && n < 5 && SPACE_CHAR.test(text[end - 1]!); n++) end--;
  if (end > lo && SPACE_CHAR.test(text[end - 1]!)) return '';
  let start = end;
  while (start > lo && WORD_CHAR.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end).toLowerCase().replace(/[’]/g, "'") : '';
}

/** The word after offset `i` (lower case), or ''. */
function wordAfter(text: string, i: number): string {
  const m = /^\s*([\p{L}'’-]+)/u.exec(text.slice(i, i + 40));
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * A title-case sentence (a headline such as "Hacking Group Reportedly Behind
 * Attack"): most longer words start with a capital. Inside such a sentence a
 * capitalised cue is ordinary; elsewhere it marks a proper noun or a quoted title.
 */
function isTitleCase(text: string): boolean {
  const words = text.slice(0, 400).match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return true;
  let caps = 0;
  for (const w of words) if (w[0] !== w[0]!.toLowerCase()) caps++;
  return caps / words.length >= 0.75;
}

/** Capitalised in mid-sentence of an ordinary sentence: a name or a title ("Operation Suspected Spider"). */
function inProperNoun(m: RegExpExecArray, text: string, titleCase: () => boolean): boolean {
  const first = m[0][0]!;
  if (first === first.toLowerCase()) return false;
  if (titleCase()) return false;
  const before = text.slice(0, m.index).trimEnd();
  if (!before) return false;
  // After an opening quote: speech ("Likely the same group") unless a capitalised title follows ("Likely Threats Ahead").
  if (/["“‘']$/.test(before)) return /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
  // Sentence-initial after a full stop, colon or bracket is still sentence-initial.
  return !/[.:;!?(\[—–-]$/.test(before);
}

/** Nouns that make "claims" a noun of commerce or law, not a hedge. */
const CLAIM_NOUNS = new Set([
  'insurance', 'unemployment', 'benefit', 'benefits', 'tax', 'warranty', 'patent', 'patents', 'expense', 'expenses',
  'damage', 'damages', 'compensation', 'disability', 'health', 'medical', 'injury', 'pension', 'refund', 'refunds',
  'reimbursement', 'liability', 'cyber-insurance', 'land', 'territorial', 'maritime', 'wage', 'fraudulent', 'small',
  'pending', 'settlement', 'payout', 'policyholder', 'customer', 'creditor', 'creditors',
]);
const CLAIM_FOLLOWERS = new Set([
  'process', 'processing', 'adjuster', 'adjusters', 'handling', 'management', 'data', 'system', 'systems',
  'department', 'court', 'form', 'forms', 'filed', 'payments', 'payouts', 'portal', 'team', 'ratio',
]);
/** Words after which "claims" is the verb of an attribution with a subject. */
const CLAIM_VERB_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'who', 'which', 'that', 'group', 'gang', 'hackers', 'attackers', 'actor', 'company', 'firm', 'ministry', 'government', 'post', 'report', 'statement', 'also', 'now', 'still', 'falsely']);

/** Adverbs between a negation and its verb ("has not yet publicly claimed"). */
const NEG_ADVERBS = new Set(['yet', 'publicly', 'immediately', 'formally', 'officially', 'so', 'far', 'also', 'ever']);
const NEGATORS = new Set(['not', 'never', "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "won't", "wasn't", "weren't"]);
const NO_SUBJECT = new Set(['no', 'nobody', 'none', 'no-one', 'neither']);

/**
 * "No group has claimed responsibility", "the gang has not claimed the attack", "has yet to claim":
 * nobody claims anything, so there is no claim to hedge.
 */
function negatedClaim(text: string, index: number): boolean {
  const words = text
    .slice(Math.max(0, index - 60), index)
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .filter(Boolean);
  while (words.length && NEG_ADVERBS.has(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1] ?? '';
  if (NEGATORS.has(last)) return true;
  if (last === 'to' && words[words.length - 2] === 'yet') return true;
  if (last === 'has' || last === 'have' || last === 'had' || last === 'was' || last === 'were') {
    // "No group has claimed …", "none of the gangs has claimed …": a negative subject a few words back.
    for (let k = words.length - 2; k >= Math.max(0, words.length - 6); k--) {
      const w = words[k]!;
      if (NO_SUBJECT.has(w) || w === 'no one') return true;
      if (/[.;:!?,]$/.test(w) || w === 'that' || w === 'which' || w === 'who' || w === 'but') break;
    }
  }
  return false;
}

function claimIsHedge(m: RegExpExecArray, text: string): boolean {
  if (negatedClaim(text, m.index)) return false;
  const word = m[0].toLowerCase();
  const before = wordBefore(text, m.index);
  const after = wordAfter(text, m.index + m[0].length);
  if (CLAIM_NOUNS.has(before) || CLAIM_FOLLOWERS.has(after)) return false;
  if (word === 'claimed' || word === 'claiming') return true; // a verb or "the claimed breach": both hedge the claim
  // A title-case headline uses "Claims" as the noun after a verb of reply ("Beijing Calls US Claims 'Absurd'",
  // "Moscow Rejects Claims Of Interference"); as the verb it follows its subject ("LockBit Claims Attack On Port").
  if (m[0][0] === 'C' && isTitleCase(text) && headlineClaimNoun(text, m)) return false;
  if (['that', 'to', 'of', 'responsibility', 'credit', 'about'].includes(after)) return true;
  // "LockBit claims it has stolen …": a pronoun starts the claimed clause.
  if (word !== 'claim' && ['it', 'they', 'he', 'she', 'we', 'its', 'their'].includes(after)) return true;
  if (CLAIM_VERB_SUBJECTS.has(before)) return true;
  // After a determiner "claims" is the noun ("repeat these claims", "the group's claims"): only words that doubt it make it a hedge.
  if (/^(?:unverified|unsubstantiated|dubious|unproven|uncorroborated|disputed|contested|conflicting|contradicting|competing)$/.test(before)) return true;
  if (/^(?:the|these|those|such|his|her|its|their|our|false|similar|earlier|previous|official|public)$/.test(before) || /'s$/.test(before)) return word !== 'claims' && word !== 'claim';
  // "LockBit claims …": a proper-noun subject.
  // redos-ok: matched against a slice of at most 30 characters
  const raw = text.slice(Math.max(0, m.index - 30), m.index).trimEnd().match(/(\p{Lu}[\p{L}\p{N}-]{0,30})$/u);
  return !!raw && m.index > raw[1]!.length + 1;
}

/** Verbs a headline puts before a rival's "Claims" when it answers them, and words that make it a noun. */
const HEADLINE_REPLY = /^(?:calls?|rejects?|denies|deny|dismiss(?:es)?|refutes?|slams?|disputes?|questions?|doubts?|probes?|investigates?|backs?|echoes|echo|repeats?|mocks?|counters?|rebuts?|debunks?|answers?|addresses)$/;
const HEADLINE_NOUN_BEFORE = /^(?:the|these|those|such|new|false|fresh|over|against|amid|about|of|on|to|after|despite|behind|and|or)$/;

function headlineClaimNoun(text: string, m: RegExpExecArray): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (/^\s*(?:["“‘'(]|of\b|about\b|over\b|against\b|as\b)/i.test(after)) return true;
  const words = text.slice(Math.max(0, m.index - 60), m.index).split(/\s+/).filter(Boolean).slice(-4).map((w) => w.toLowerCase().replace(/[^\p{L}'’-]/gu, ''));
  const prev = words[words.length - 1] ?? '';
  if (HEADLINE_NOUN_BEFORE.test(prev) || /'s$|’s$/.test(prev)) return true;
  return words.some((w) => HEADLINE_REPLY.test(w));
}

/** "May" the month: capitalised and not at the start of the sentence ("in May have"). */
function notMonth(m: RegExpExecArray, text: string): boolean {
  if (!/^M/.test(m[0])) return true;
  return text.slice(0, m.index).trim() === '' || /[.:;!?"“(]\s*$/.test(text.slice(0, m.index));
}

/**
 * left9: "it would be wrong to speculate", "she declined to speculate", "we will not speculate": a speaker who
 * refuses to speculate makes no claim, so nothing is hedged (blind8 05; the contract's hedges qualify a claim).
 */
const REFUSED_SPECULATION = /(?:\b(?:wrong|early|premature|unwise|irresponsible|inappropriate|pointless|unhelpful|refuse[ds]?|refusing|decline[ds]?|declining)\s+to|\b(?:not|n['’]t)\s+(?:want|wish|going|willing|prepared|like)\s+to|\b(?:not|never|won['’]t|wouldn['’]t|cannot|can['’]t|couldn['’]t))\s+$/i;
function notRefusedSpeculation(m: RegExpExecArray, text: string): boolean {
  return !/^speculate$/i.test(m[0]) || !REFUSED_SPECULATION.test(text.slice(Math.max(0, m.index - 40), m.index));
}

/** "reported to" hedges only as "is reported to have/be", not "was reported to the police". */
function reportedToHedges(m: RegExpExecArray, text: string): boolean {
  const after = wordAfter(text, m.index + m[0].length);
  return ['be', 'have', 'been', 'include', 'involve', 'contain', 'hold', 'target', 'work', 'operate'].includes(after);
}

const RULES: CueRule[] = [
  // Adverbs that put a claim at arm's length.
  { need: [['allegedly', 'purportedly', 'reportedly', 'supposedly', 'apparently', 'ostensibly', 'possibly', 'presumably', 'seemingly', 'perhaps', 'reputedly', 'plausibly', 'conceivably', 'putatively', 'tentatively', 'purport']], re: /\b(?:allegedly|purportedly|reportedly|supposedly|apparently|ostensibly|possibly|presumably|seemingly|perhaps|reputedly|plausibly|conceivably|putatively|tentatively|purports|purporting|purport(?=\s+to\s))\b/gi, kind: 'hedge' },
  { need: [['so-called']], re: /\bso-called\b/gi, kind: 'hedge' },
  // Adjectives of doubt.
  { need: [['alleged', 'purported', 'suspected', 'unverified', 'unconfirmed', 'unsubstantiated', 'uncorroborated', 'unproven', 'presumed', 'rumo', 'putative', 'reputed', 'self-']], re: /\b(?:alleged|purported|suspected|unverified|unconfirmed|unsubstantiated|uncorroborated|unproven|presumed|rumou?red|putative|reputed|self-(?:proclaimed|styled|described))\b/gi, kind: 'hedge', keep: notCompoundName },
  // "claimed" / "claims" as a hedge, not as a noun of insurance or law.
  { need: [['claim']], re: /\bclaim(?:ed|s|ing)\b/gi, kind: 'hedge', keep: claimIsHedge },
  // Passive reporting: "is said to", "are believed to", "was thought to".
  { need: [['said', 'believed', 'thought', 'understood', 'alleged', 'suspected', 'rumo', 'presumed', 'feared', 'reputed', 'assumed']], re: /\b(?:is|are|was|were|be|been|being|widely|also|long|generally|commonly)\s+(?:said|believed|thought|understood|alleged|suspected|rumou?red|presumed|feared|reputed|assumed)\s+to\b/gi, kind: 'hedge', cue: (m) => (/^(?:widely|long|generally|commonly)\s/i.test(m[0]) ? m[0].toLowerCase() : m[0].toLowerCase().replace(/^\S+\s+/, '')) },
  // Impersonal reporting and open questions: "it is believed that", "it is understood", "it is unclear whether", "it was not clear how".
  { need: [['\\bit'], ['believed', 'understood', 'thought', 'said', 'alleged', 'suspected', 'rumo', 'reported', 'claimed']], re: /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|generally\s+|also\s+)?(?:believed|understood|thought|said|alleged|suspected|rumou?red|reported|claimed)\b(?!\s+(?:by|to\s+(?:the|police|authorities)))/gi, kind: 'hedge' },
  { need: [['\\bit'], ['unclear', 'clear', 'known', 'unknown']], re: /\bit\s+(?:is|was|remains|remained|is\s+still|was\s+still)\s+(?:not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unclear|unknown)\b(?:\s+(?:whether|if|how|who|what|when|why|where|which))?/gi, kind: 'hedge' },
  { need: [['if'], ['confirmed', 'true', 'verified', 'accurate', 'authentic', 'genuine']], re: /\bif\s+(?:confirmed|true|verified|accurate|authentic|genuine)\b/gi, kind: 'hedge' },
  // A reduced relative after a comma or dash: "the hackers, believed to belong to Kimsuky, …".
  { need: [[',', '(', '—', '–'], ['believed', 'thought', 'said', 'alleged', 'suspected', 'understood', 'presumed', 'rumo', 'reported']], re: /[,(—–]\s{0,3}(?:believed|thought|said|alleged|suspected|understood|presumed|rumou?red|reported)\s+to\s+(?:be|have|belong|work|operate|include|come|originate|act|represent|control|run)\b/gi, kind: 'hedge', cue: (m) => m[0].replace(/^[,(—–]\s*/, '').toLowerCase().split(/\s+/).slice(0, 2).join(' ') },
  // fix9: a reduced relative with no comma: "a group believed to be Kimsuky", "hackers thought to work for …".
  { need: [['believed', 'thought', 'suspected', 'presumed', 'rumo']], re: /\b(?!(?:are|was|were|been|being|also|widely|long|generally|commonly|not|had|has|have|who|they)\b)[a-z]{3,}\s(believed|thought|suspected|presumed|rumou?red)\sto\s(?:be|have|belong|work|operate|include|come|originate|act|represent|control|run)\b/gi, kind: 'hedge', cue: (m) => `${m[1]!.toLowerCase()} to` },
  // Speculation offered as such: "some researchers have speculated that …", "there is speculation that …".
  { need: [['speculat']], re: /\bspeculat(?:ed|es|e|ion)\b/gi, kind: 'hedge', keep: notRefusedSpeculation },
  { need: [['reported']], re: /\b(?:is|are|was|were)\s+reported\s+to\b/gi, kind: 'hedge', keep: reportedToHedges, cue: () => 'reported to' },
  // fix12: "It appears to have been recorded" is the raising verb's "appears to" (the next rule), with "it" the thing.
  { need: [['appear', 'seem']], re: /\b(?:it|this)\s+(?:appears|appeared|seems|seemed)\b(?!\s+to\b)/gi, kind: 'hedge', keep: notTimeOfAppearance },
  // blind14: "it would seem the account was taken over", "would seem to cover": the modal is part of the cue.
  { need: [['would'], ['appear', 'seem']], re: /\bwould\s+(?:seem(?:\s+to)?|appear\s+to)\b/gi, kind: 'hedge', keep: notModalAppearanceAsAim },
  { need: [['appear', 'seem']], re: /\b(?:appears?|appeared|seems?|seemed)\s+to\b/gi, kind: 'hedge', keep: (m, text) => wordBefore(text, m.index) !== 'would' && notAppearanceAsAim(m, text) },
  // A reduced relative after a comma: "the hackers, believed to belong to the group, …", "the group, widely thought to be …".
  { need: [[','], ['believed', 'thought', 'said', 'suspected', 'alleged', 'understood', 'presumed', 'rumo']], re: /,\s{0,3}(?:(?:widely|long|generally|commonly)\s+)?(?:believed|thought|said|suspected|alleged|understood|presumed|rumou?red)\s+to\b/gi, kind: 'hedge', keep: reducedRelativeHedges, cue: (m) => m[0].replace(/^,\s*/, '').toLowerCase() },
  // Speculation reported as such: "some researchers have speculated that …".
  { need: [['speculat']], re: /\bspeculat(?:ed|es|e|ing)\b/gi, kind: 'hedge', keep: notRefusedSpeculation },
  // Modals of possibility about the past, and "might".
  { need: [['may', 'might', 'could'], ['have']], re: /\b(?:may|might|could)\s+have\b/gi, kind: 'hedge', keep: notMonth },
  { need: [['might']], re: /\bmight\b(?!\s+have\b)/gi, kind: 'hedge' },
  // "a state-backed group may be behind the attack": a possibility offered as the explanation.
  { need: [['may', 'could'], ['behind', 'responsible', 'linked', 'tied', 'connected']], re: /\b(?:may|could)\s+(?:also\s+)?be\s+(?:behind|responsible\s+for|linked\s+to|tied\s+to|connected\s+to)\b/gi, kind: 'hedge', keep: notMonth },
  // Negated verification: "has not been independently verified", "could not independently confirm".
  {
    need: [['verif', 'confirm', 'corroborat', 'authenticat', 'substantiat', 'established', 'checked']],
    re: /\b(?:not|cannot|can't|couldn't|hasn't|haven't|wasn't|weren't|isn't|aren't|unable\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:able\s+to\s+)?(?:(?:independently|immediately|separately|officially|publicly)\s+)?(?:verified|confirmed|verify|confirm|corroborated|corroborate|authenticated|authenticate|substantiated|substantiate|established|checked)\b/gi,
    kind: 'hedge',
    keep: notHouseDisclaimer,
  },
  // Estimative language on the ICD 203 scale, longest phrase first.
  { need: [['chance', 'possibility', 'odds', 'certain']], re: /\b(?:almost\s+no\s+chance|remote\s+(?:chance|possibility)|roughly\s+(?:an\s+)?even\s+(?:chance|odds)|almost\s+certain(?:ly)?|nearly\s+certain(?:ly)?)\b/gi, kind: 'estimative' },
  { need: [['likely']], re: /\b(?:(?:very|highly|most|more|less|quite|increasingly)\s+)?(?:un)?likely\b/gi, kind: 'estimative', keep: notLikelyVoters },
  { need: [['probab']], re: /\b(?:probably|improbable|probable)\b/gi, kind: 'estimative' },
  // Confidence statements: "we assess with moderate confidence", "low confidence".
  { need: [['assess', 'judge', 'estimate']], re: /\b(?:we|they|it|agency|agencies|community)\s+(?:now\s+)?(?:assess(?:es|ed)?|judge[sd]?|estimate[sd]?)\b/gi, kind: 'estimative', cue: (m) => m[0].toLowerCase().replace(/^\S+\s+(?:now\s+)?/, '') },
  // "British intelligence assessed that …", "we judge with high confidence that …".
  { need: [['assess', 'judge'], ['that']], re: /\b(?:assess(?:es|ed)?|judge[sd]?)\s+(?:(?:now|also)\s+)?that\b(?!\s+(?:week|day|month|year|morning|afternoon|evening|night|time|weekend))/gi, kind: 'estimative', cue: (m) => m[0].toLowerCase().split(/\s/)[0]! },
  // Estimative phrases outside the US scale: "in all likelihood", the UK yardstick's "realistic possibility".
  { need: [['likelihood', 'probability', 'possibility']], re: /\b(?:in\s+all\s+(?:likelihood|probability)|realistic\s+possibility|(?:strong|distinct)\s+possibility)\b/gi, kind: 'estimative' },
  { need: [['confidence']], re: /\b(?:low|moderate|medium|high)[ -]confidence\b/gi, kind: 'estimative', cue: (m) => m[0].toLowerCase().replace('-', ' ') },
  // Breadth bank 5 (tests/unit/breadth5-bank.ts): more word classes of doubt.
  // A claim still waiting for its check: "officials have yet to confirm", "the figure has yet to be verified".
  { need: [['yet'], ['confirm', 'verif', 'corroborat', 'authenticat']], re: /\b(?:has|have|had|is|are|was|were)\s+yet\s+to\s+(?:be\s+)?(?:independently\s+)?(?:confirm(?:ed)?|verif(?:y|ied)|corroborat(?:e|ed)|authenticat(?:e|ed))\b/gi, kind: 'hedge', cue: (m) => m[0].toLowerCase().replace(/^\S+\s+/, '') },
  // Signs offered for a claim: "there are indications that", "there were reports that".
  { need: [['there'], ['indication', 'signs', 'suggestion', 'reports']], re: /\bthere\s+(?:are|were|is|was|have\s+been)\s+(?:some\s+|strong\s+|early\s+|growing\s+|unconfirmed\s+)?(?:indications?|signs|suggestions?|reports)\s+that\b/gi, kind: 'hedge' },
  // Resemblance offered as attribution in the writer's words: "bears the hallmarks of" (in a quote it is the speaker's accusation).
  { need: [['hallmarks', 'fingerprints']], re: /\b(?:bears?|bore|has|had|have|shows?|showed|carries|carried)\s+(?:all\s+)?(?:the\s+)?(?:hallmarks|fingerprints)\s+of\b/gi, kind: 'hedge', keep: writersOwnFix6b },
  // Inference offered as such: "the timing suggests that", "sources suggest …" (the annotated sets do not count "a memo suggests the …").
  { need: [['suggest']], re: /\b(?:suggests?|suggested|suggesting)\s+that\b|\b(?:sources|reports|indications)\s+(?:suggest|suggested)\b/gi, kind: 'hedge', cue: (m) => (/suggest\w*/i.exec(m[0])?.[0] ?? m[0]).toLowerCase() },
  // A contested account: "is disputed by two former employees", "the disputed figures".
  { need: [['disputed', 'contested']], re: /\b(?:is|are|was|were|been|remains?|remained)\s+(?:hotly\s+|widely\s+|strongly\s+)?(?:disputed|contested)\b|\b(?:disputed|contested)\s+(?:claims?|accounts?|figures?|reports?|attribution|allegations?|version)\b/gi, kind: 'hedge', cue: (m) => (/disputed|contested/i.exec(m[0])?.[0] ?? m[0]).toLowerCase() },
  // Appearance as judgement: "the leak appears genuine", "the files look authentic".
  { need: [['appear', 'seem']], re: /\b(?:appears?|appeared|seems?|seemed)\s+(?:genuine|authentic|legitimate|credible|plausible|accurate|consistent\s+with)\b/gi, kind: 'hedge', cue: (m) => m[0].toLowerCase().split(/\s/)[0]! },
  // Possibility stated as such: "it is plausible that", "may well have", "chances are".
  { need: [['\\bit'], ['plausible', 'possible', 'conceivable']], re: /\bit\s+(?:is|was|seems|seemed|remains|remained)\s+(?:entirely\s+|quite\s+|very\s+|also\s+)?(?:plausible|possible|conceivable)\s+that\b/gi, kind: 'hedge' },
  { need: [['may', 'might', 'could'], ['well']], re: /\b(?:may|might|could)\s+well\s+(?:have|be)\b/gi, kind: 'hedge', keep: notMonth },
  { need: [['chances', 'odds']], re: /\b(?:chances|odds)\s+are\b(?!\s+(?:low|slim|high|good|small|remote|you)\b)/gi, kind: 'hedge' },
  // "claim to have stolen", "claim that": the bare verb (claimIsHedge sorts out nouns of commerce and law).
  { need: [['claim']], re: /\bclaim\b(?=\s+(?:to\s+(?:have|be)|that)\b)/gi, kind: 'hedge', keep: claimIsHedge },
  // A belief stated by investigators: "investigators suspect that", "police suspect the password was reused".
  { need: [['suspect']], re: /\bsuspects?\b(?=\s+(?:that|it|they|the|a|an|this|foreign|state|russian|chinese|iranian|north)\b)/gi, kind: 'hedge', keep: suspectIsVerb },
  // Checks that cannot be made: "impossible to verify", "no independent confirmation".
  { need: [['verif', 'confirm', 'corroborat', 'authenticat', 'check'], ['possible', 'difficult', 'hard', 'unverifiable', 'confirmation', 'verification', 'corroboration']], re: /\b(?:impossible|difficult|hard|not\s+possible)\s+to\s+(?:independently\s+)?(?:verify|confirm|corroborate|authenticate|check)\b|\bunverifiable\b|\bno\s+(?:independent\s+|official\s+|immediate\s+|outside\s+)?(?:confirmation|verification|corroboration)\b/gi, kind: 'hedge' },
  // Passive estimates: "the actor is assessed to be a contractor", "is judged to have".
  { need: [['assessed', 'judged', 'deemed']], re: /\b(?:is|are|was|were|been|being)\s+(?:widely\s+|also\s+)?(?:assessed|judged|deemed)\s+to\s+(?:be|have)\b/gi, kind: 'estimative', cue: (m) => m[0].toLowerCase().replace(/^\S+\s+(?:widely\s+|also\s+)?/, '') },
];

/** Not inside a direct quotation opened before the match in the same sentence. */
/**
 * Outside a quotation and outside reported speech: "an expert who claimed that the operation bore the hallmarks of …"
 * is the speaker's accusation in indirect speech (the reporting verb carries the hedge), not the writer's resemblance.
 */
function writersOwnFix6b(m: RegExpExecArray, text: string): boolean {
  if (!outsideQuote(m, text)) return false;
  // redos-ok: one alternation of literal words before a literal "that", on a slice of at most 160 characters
  return !/\b(?:said|says|claimed|claims|argued|argues|insisted|insists|told\s+\w+|wrote|writes|suggested|suggests|believes|believed|maintained|maintains|asserted|asserts|alleged|alleges)\s+that\b/i.test(text.slice(Math.max(0, m.index - 160), m.index));
}

function outsideQuote(m: RegExpExecArray, text: string): boolean {
  const before = text.slice(0, m.index);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 0 && open <= 0;
}

/** "suspect" the verb ("investigators suspect that"), not the noun ("the suspect", "a murder suspect"). */
function suspectIsVerb(m: RegExpExecArray, text: string): boolean {
  const before = wordBefore(text, m.index);
  return !/^(?:the|a|an|this|that|one|main|prime|key|chief|second|third|other|another|murder|usual|likely|possible|lead|principal|its|his|her|their|police|no)$/.test(before) && !/'s$/.test(before) && before !== '';
}

/** ", said to reporters" is speech; ", said to be/have …" (and every "believed to", "thought to") hedges. */
function reducedRelativeHedges(m: RegExpExecArray, text: string): boolean {
  if (!/said\s+to$/i.test(m[0])) return true;
  return reportedToHedges(m, text) || ['belong', 'originate', 'come', 'run', 'control', 'lead', 'own'].includes(wordAfter(text, m.index + m[0].length));
}

/**
 * "so that the workers could appear to be working from the US", "designed to appear to be legitimate":
 * the appearance is the aim of someone in the story, not the writer's doubt.
 */
function notAppearanceAsAim(m: RegExpExecArray, text: string): boolean {
  const before = wordBefore(text, m.index);
  if (!['could', 'can', 'would', 'to'].includes(before)) return true;
  return notAimLead(text, m.index);
}

/** "would seem to" / "would appear to" (the modal matched with it): the same aim test. */
function notModalAppearanceAsAim(m: RegExpExecArray, text: string): boolean {
  return notAimLead(text, m.index);
}

function notAimLead(text: string, index: number): boolean {
  const lead = text.slice(Math.max(0, index - 140), index);
  return !/\b(?:so\s+that|so\s+as\s+to|in\s+order\s+(?:that|to)|designed\s+to|made\s+to|meant\s+to|intended\s+to|tried\s+to|trying\s+to|attempt(?:ed|ing)?\s+to)\b/i.test(lead);
}

/**
 * "X does not verify the content of aggregated articles": the publisher's own
 * standing disclaimer (reported as a disclaimer), not a hedge on the article's claims.
 */
function notHouseDisclaimer(m: RegExpExecArray, text: string): boolean {
  // "we note what has and has not been verified": a word on the coverage itself, no claim hedged.
  const lead = text.slice(Math.max(0, m.index - 80), m.index);
  if (/\b(?:has|have|is|are|was|were|can|could|do|does|did)\s+and\s+$/i.test(lead) || /\bwe\s+(?:will\s+)?(?:note|flag|mark|label|indicate|say|make\s+clear|point\s+out)\s+(?:what|which|where|whether)\b[^.;]{0,40}$/i.test(lead)) return false;
  // left12: "The utility would not confirm that", "will not confirm": a source's refusal, its act and not the article's
  // doubt (the golds list "could not confirm", an inability, as an optional hedge; a refusal never).
  if (m[0].charCodeAt(0) === 110 && REFUSAL_BEFORE.test(lead) && !/\sbe(?:en)?\s/.test(m[0])) return false;
  const around = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 60);
  return !/\b(?:does|do)\s+not\s+(?:independently\s+)?(?:verify|confirm)\s+(?:the\s+)?(?:content|contents|accuracy|completeness|information|material)\b/i.test(around) && !HOUSE_NOT_VERIFIED.test(around);
}

/** left12: the modal of a refusal right before "not confirm" ("would not", "will not", "did not want to"). */
const REFUSAL_BEFORE = /\b(?:would|will)\s$/i;

/** fix7: "The site has not verified its contents" (a press-release notice): the publisher's standing disclaimer too. */
const HOUSE_NOT_VERIFIED = /\b(?:has|have)\s+not\s+(?:independently\s+)?(?:verified|confirmed)\s+(?:its|their|the)\s+(?:content|contents|accuracy|claims)\b/i;

/** fix7: "removed the release nine hours after it appeared": the time something came out, not the writer's doubt. */
function notTimeOfAppearance(m: RegExpExecArray, text: string): boolean {
  return !/\b(?:after|before|when|since|until|once|as\s+soon\s+as)\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index)) || /^\s+(?:to|that|as\s+if|likely|unlikely)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
}

/**
 * fix5-pages (blind5): a claim made "without providing evidence" (or offering, presenting, showing proof), in
 * the writer's own voice: the writer marks the claim as unsupported. Inside a quotation, or in a sentence that
 * reports someone ("…, the expert noted"), it is the speaker's accusation, not the article's hedge.
 */
const REPORTED_SPEECH = /\b(?:said|says|noted|notes|told|added|stated|argued|argues|according\s+to|wrote|claimed|insisted)\b/i;
RULES.push({
  need: [['without'], ['evidence', 'proof']],
  re: /\bwithout\s+(?:providing|offering|giving|presenting|citing|producing|showing|sharing|publishing)\s+(?:any\s+)?(?:evidence|proof)\b/gi,
  kind: 'hedge',
  keep: (m, text) => outsideQuote(m, text) && !REPORTED_SPEECH.test(text),
});

/**
 * fix6 (blind6): "arguably" puts the writer's own judgement at arm's length ("That is arguably the most useful
 * step"), like "conceivably" and "plausibly" above.
 */
RULES.push({ need: [['arguabl', 'debatabl']], re: /\b(?:arguably|debatably)\b/gi, kind: 'hedge' });

/**
 * fix12 (blind12): absence of evidence offered as the state of the claim ("There is no evidence that payment data
 * was taken"): the question stays open, like "it is unclear whether". Not "no evidence was found in the car".
 */
RULES.push({ need: [['there'], ['evidence', 'indication']], re: /\bthere\s+(?:is|was|has\s+been|had\s+been)\s+(?:no|not\s+any)\s+(?:evidence|indications?)\s+(?:that|of)\b/gi, kind: 'hedge' });

/**
 * fix13 (blind13): the same open question in the passive ("No evidence has been presented for that", "no proof has
 * emerged that …"), and a possibility left standing ("data theft could not be excluded"; "cannot be ruled out" is hedge13's rule below). Not "no evidence was found in the car" (a finding, not a question left open), and not "cannot be
 * excluded from the tender" (a rule about who may take part).
 */
RULES.push({ need: [['evidence', 'proof']], re: /\bno\s+(?:public\s+|independent\s+|technical\s+)?(?:evidence|proof)\s+(?:has|have|had)\s+(?:yet\s+|so\s+far\s+)?(?:been\s+(?:presented|provided|offered|produced|published|shown|given|released|made\s+public)|emerged|surfaced)\b/gi, kind: 'hedge' });
RULES.push({ need: [['excluded']], re: /\b(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t)\s+be\s+excluded\b(?!\s+from\b)/gi, kind: 'hedge' });

/**
 * hedge13: families from the hedging literature the rules above did not hold (Hyland's lexicon, the CoNLL-2010 /
 * BioScope uncertainty cues, journalism's open questions; docs/hedge-lexicon.md): the contracted "it's unclear",
 * "it isn't known", "it's believed"; "maybe"; a possibility left open ("cannot be ruled out", "has not ruled out");
 * "remains to be seen"; and an open question with any subject ("the motive remains unclear", "how they got in is
 * still unclear", "the extent is not yet known").
 */
const HEDGE13_RULES: CueRule[] = [
  { need: [['\\bit'], ['unclear', 'clear', 'known', 'unknown']], re: /\bit(?:['’]s|\s+(?:isn['’]t|wasn['’]t))\s+(?:still\s+)?(?:not\s+)?(?:yet\s+|immediately\s+)?(?:clear|known|unclear|unknown)\b(?:\s+(?:whether|if|how|who|what|when|why|where|which))?/gi, kind: 'hedge', keep: (m) => /unclear|unknown|not|n['’]t/i.test(m[0]) },
  { need: [['\\bit'], ['believed', 'understood', 'thought', 'said', 'alleged', 'suspected', 'rumo']], re: /\bit['’]s\s+(?:widely\s+|generally\s+)?(?:believed|understood|thought|said|alleged|suspected|rumou?red)\b(?!\s+(?:by|to\s+(?:the|police|authorities)))/gi, kind: 'hedge' },
  { need: [['\\bit'], ['possible', 'plausible', 'conceivable']], re: /\bit['’]s\s+(?:entirely\s+|quite\s+|also\s+)?(?:possible|plausible|conceivable)\s+that\b/gi, kind: 'hedge' },
  { need: [['maybe']], re: /\bmaybe\b/gi, kind: 'hedge' },
  { need: [['rule'], ['out']], re: /\b(?:cannot|can['’]t|could\s+not|couldn['’]t|did\s+not|didn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|would\s+not|wouldn['’]t|will\s+not|won['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|had\s+not|hadn['’]t|not\s+be(?:en)?|unable\s+to|impossible\s+to|too\s+early\s+to)\s+(?:yet\s+|entirely\s+|completely\s+|fully\s+)?(?:be\s+)?ruled?\s+out\b/gi, kind: 'hedge' },
  { need: [['remains', 'remain'], ['seen']], re: /\bremains?\s+to\s+be\s+seen\b/gi, kind: 'hedge' },
  { need: [['unclear', 'unknown', 'clear', 'known'], ['remain', 'still', 'yet']], re: /\b(?:remains?|remained|(?:is|are|was|were)\s+still|(?:is|are|was|were)\s+not\s+yet)\s+(?:(?:not\s+)?(?:yet\s+)?(?:clear|known)|unclear|unknown)\b/gi, kind: 'hedge', keep: openQuestionHedges },
];
RULES.push(...HEDGE13_RULES);

/**
 * hedge13: an open question about the story ("the motive remains unclear"), not "what is still unknown" (a heading
 * that lists questions) or "when the real count is not yet known" (a general case), and never "is still known as".
 */
function openQuestionHedges(m: RegExpExecArray, text: string): boolean {
  if (!/unclear|unknown|\snot\s/i.test(m[0])) return false;
  return !/\b(?:what|when|whenever|until|once|before|if|while)\s+(?:[\w'’-]+\s+){0,4}$/i.test(text.slice(Math.max(0, m.index - 40), m.index));
}

/** hedge13: "likely voters" is a polling term (the voters who will probably vote), not the writer's estimate. */
function notLikelyVoters(m: RegExpExecArray, text: string): boolean {
  return wordAfter(text, m.index + m[0].length) !== 'voters';
}

/** fix6: "a suspected-phishing button", "an alleged-fraud hotline": a hyphenated compound names a thing, it hedges nothing. */
function notCompoundName(m: RegExpExecArray, text: string): boolean {
  return text[m.index + m[0].length] !== '-';
}

/**
 * fix6: an English sentence on a German, French or Spanish page (a quote given in English): English function
 * words, and none of the page language's. Its hedges are read with the English rules.
 */
function isEnglishSentence(text: string): boolean {
  const c = countFunctionWords(text.length > 600 ? text.slice(0, 600) : text);
  return c.en >= 2 && c.de === 0 && c.fr === 0 && c.es === 0;
}

/** fix6: a quotation of 20–600 characters in curly or straight double quotes. */
const QUOTED_SPAN = /[“"]([^“”"]{20,600})[”"]/g;

/** Every gate word of RULES in one automaton (built on first use), and each rule's gate compiled against it. */
const ruleScan = lazyRuleScan(RULES);

/** Find hedging cues (allegedly, reportedly…) and estimative language (likely, we assess…). */
export function findHedges(sentences: Sentence[]): Hedge[] {
  // Pages in another language: their own hedge words (cues-intl.ts, through intl-cues.ts; none when that part is
  // not loaded), and the English rules on English sentences only, as ever.
  const lang = detectCueLang(sentences);
  if (lang !== 'en') {
    const intl = intlCues()?.findHedges(sentences, lang) ?? [];
    // A whole English sentence, or an English quotation inside a sentence of the page's language (read alone, so
    // the page language's words never meet the English rules; reported with its whole sentence).
    const english: Sentence[] = [];
    const whole = new Map<string, string>();
    for (const s of sentences) {
      if (!s || typeof s.text !== 'string') continue;
      if (isEnglishSentence(s.text)) {
        english.push(s);
        continue;
      }
      QUOTED_SPAN.lastIndex = 0;
      let q: RegExpExecArray | null;
      for (let k = 0; k < 4 && (q = QUOTED_SPAN.exec(s.text)); k++) {
        if (!isEnglishSentence(q[1]!)) continue;
        english.push({ ...s, text: q[1]! });
        whole.set(q[1]!, s.text);
      }
    }
    if (!english.length) return intl;
    const seen = new Set(intl.map((h) => h.cue + '\u0000' + h.sentence));
    for (const h of findEnglishHedges(english)) {
      if (intl.length >= LIMITS.hedges) break;
      const sentence = whole.get(h.sentence) ?? h.sentence;
      if (!seen.has(h.cue + '\u0000' + sentence)) intl.push({ ...h, sentence });
    }
    return intl;
  }
  return findEnglishHedges(sentences);
}

function findEnglishHedges(sentences: Sentence[]): Hedge[] {
  const out: Hedge[] = [];
  const seen = new Set<string>();
  const n = Math.min(sentences.length, MAX_SENTENCES);
  for (let i = 0; i < n && out.length < LIMITS.hedges; i++) {
    const s = sentences[i]!;
    if (!s || typeof s.text !== 'string') continue;
    const text = s.text.length > MAX_SENTENCE ? s.text.slice(0, MAX_SENTENCE) : s.text;
    // Computed once, and only when a capitalised cue asks for it.
    let tc: boolean | null = null;
    const titleCase = (): boolean => (tc ??= isTitleCase(text));
    const { scan: words, needs: SCAN_NEED } = ruleScan();
    const gate = words.load(text);
    // No rule's gate word at all (most sentences of an article): no rule can match.
    if (!gate.found && !SHORTCUTS.off) continue;
    // Keep the cues of one sentence in reading order; a shorter cue inside a longer one is dropped.
    const found: { start: number; end: number; cue: string; kind: HedgeKind }[] = [];
    for (let ri = 0; ri < RULES.length; ri++) {
      const rule = RULES[ri]!;
      if (!gate.passes(SCAN_NEED[ri]!)) continue;
      rule.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = rule.re.exec(text))) {
        if (rule.keep && !rule.keep(m, text)) continue;
        if (inProperNoun(m, text, titleCase)) continue;
        const cue = (rule.cue ? rule.cue(m) : m[0].toLowerCase()).replace(/\s+/g, ' ').replace(/’/g, "'");
        found.push({ start: m.index, end: m.index + m[0].length, cue, kind: rule.kind });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const f of found) {
      if (f.start < lastEnd) continue; // inside a longer cue already taken
      lastEnd = f.end;
      const key = f.cue + '\u0000' + s.text;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ cue: f.cue, sentence: s.text, kind: f.kind });
      if (out.length >= LIMITS.hedges) break;
    }
  }
  return out;
}

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const HEDGE_PATTERNS: RegExp[] = /* @__PURE__ */ (() => [...RULES.map((r) => r.re), WORD_CHAR, SPACE_CHAR, QUOTED_SPAN])();

/** The rules with their gates, for the gate test (tests/unit/gates.test.ts). */
export const HEDGE_GATED: { re: RegExp; need: Need }[] = RULES;
