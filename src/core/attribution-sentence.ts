import { resolveAcronym } from './acronyms';
import { withoutTrailingTicker } from './stock-exchanges';
import { SHORTCUTS } from './gate';
import {
  ANON_HEADS, COMPANY_WORDS, DOC_HEADS, GOV_TITLES, GOV_WORDS, OUTLET_WORDS, VAGUE_HEADS, isPersonName, isStateName,
  kindOf,
} from './source-kind';
import type { Draft } from './attribution-types';
import {
  ADVERB, CORRECTION_LINE, PIECE_NOTE_B14, ORG_HEADS, PRONOUNS, TEAM_GATE, TEAM_SUBJECT, TIME_WORD, WEAK_VERBS, isCap, words,
} from './attribution-lexicon';
import {
  AS_SAYING, CARRIED_OPENER, CLAIM_PASSIVE, COLON_POSS, COUNTED_CITED, CUE_WORDS_1,
  CUE_WORDS_10, CUE_WORDS_11, CUE_WORDS_12, CUE_WORDS_13, CUE_WORDS_14, CUE_WORDS_15, CUE_WORDS_16, CUE_WORDS_17,
  INVERTED, CUE_WORDS_18, CUE_WORDS_19, CUE_WORDS_2, CUE_WORDS_20, CUE_WORDS_21, CUE_WORDS_3, CUE_WORDS_4,
  CUE_WORDS_5, CUE_WORDS_6, CUE_WORDS_7, CUE_WORDS_8, CUE_WORDS_9, GROUP_OPENER, HEADLINE_VERBS,
  MESSAGE_BEFORE, NEEDS_OBJECT_OF, NEW_PARTICIPLE, NOUN_PLURAL, OUTLET_DESCRIPTOR, PARTICIPLE,
  PASSIVE_AGENT_VERBS, POSS_PRE, REBUTTAL_VERBS, SAY_CLAUSE, SO_INVERSION, STATE_WORDS,
  TOLD_WHEN, cueMatches,
} from './attribution-cues';
import {
  ADDED_OBJECT, ADDED_SUPPORT, ADVICE_AFTER, ADVICE_OF, ANON_FAMILIAR, BARE_CUE,
  BARE_QUANTIFIER, BELIEF, DESCRIPTOR, DOC_ADDED, HABITUAL_NEG, HOW_NAME, HOW_X,
  LEGAL_SUFFIX, NEGATED, NEG_GATE, OBSERVERS, OF_BODY, OPENER_NOT_SUBJECT,
  PASSIVE_CONJ, POSS_SUBJECT, POSTING_VERB, SUBJECT_OPENER, appositiveStartsClause,
  causativeBefore, citedAsBefore, clauseSubject, countedPeople, docSubjectOf, endsInBePassive,
  endsInCommaOrQuote, endsInDeterminer, endsInPossessive, endsInWhClause, lowerNameSubject, nameThenComma,
  namedWithGroup, npBackward, npForward, objectCompound, outletOwner, sayAfterPlural,
  showAfterClause, splitCoordinated, stateListTail, subjectBefore, titleCase,
} from './attribution-subject';
import { classify, orgInAppositive } from './attribution-classify';
import { COORDINATED_NAME, capitalisedNames, lastWords } from './attribution-names';
import {
  NO_MARKS, TIME_CLAUSE, hasQuote, quoteMarks, quoteOpenAt, quoteOpenAtEnd, quotedTitle,
} from './attribution-quotes';
import { QA_LABEL, SPEAKER_LABEL, isInterviewer } from './attribution-transcript';
import {
  ATTRIBUTION_LIMITS, acronyms, db, drafts, guests, inQuoteAt, introduce, isPublisher, labelFor, lowerNames,
  mentionOf, mentions, n, page, persons, qaGuest, qaLabels, qaPlain, remember, reporters, sentences, speakers,
} from './attribution-page';

/** polnear14: "said to" and a hearer (a determiner, an object pronoun, a crowd's noise, a capitalised name): speech. */
const SAID_TO_WHOM = /^\s+to\s+(?:the|a|an|his|her|their|its|our|him|them|me|us|you|reporters|journalists|supporters|cheers|applause|laughter|\p{Lu})/u;
import {
  add, carriedBy, citedAs, citingOutlet, participle, passiveAgents, possessives, sameSource,
} from './attribution-drafts';

/**
 * Attribution's per-sentence pass: the sentence's cues read one by one (the constructions each cue word takes, and
 * where its source stands), then its relays, then its names remembered as antecedents for the sentences after it.
 */

/** fix13: a newswire dateline at the head of the subject: "CITY, State--(WIRE NAME)--". */
const WIRE_DATELINE = /^[^()]{0,60}--\s?\([A-Z][A-Za-z .&]{1,40}\)\s?--\s?/;
/** fix13: the main clause after a relative one keeps its subject out of the story ("…, was not involved", "…, had no role"). */
const DISTANCED = /^[^,.;]{0,160},\s*(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:not|never)\s+(?:involved|part\s+of|a\s+party|connected|affiliated|consulted)|(?:had|has|have)\s+no\s+(?:role|part|involvement|connection))\b/i;
/** fix13: a negated passive before the cue ("was not", "were never", "isn't"). */
const NEG_PASSIVE = /\b(?:(?:was|were|is|are|been|being)\s+(?:not|never)|wasn['’]t|weren['’]t|isn['’]t|aren['’]t)\s*$/i;
/** polnear13: a relative clause after an inverted speaker that a finite verb follows ("who leaked the memo had resigned"). */
const REL_THEN_VERB = /^\s*(?:who|known as)\s[^,.;:]{0,120}?\s(?:had|has|have|was|were|is|are|will|would|could|can|did|does)\s/;

const NO_DRAFTS: readonly Draft[] = [];

/**
 * "Byteline reported that …, citing two employees": a name the directory does not know, read as a company only because
 * nothing in it says otherwise, that reports and cites sources of its own is an outlet relaying them.
 */
function reporterCiting(here: readonly Draft[], reporters: Set<string>): void {
  if (!here.some((d) => d.cue.toLowerCase() === 'citing')) return;
  for (const d of here) {
    if (d.kind !== 'company' || d.label || !/^report(?:ed|s)$/i.test(d.cue)) continue;
    if (COMPANY_WORDS.test(d.source) || isPersonName(d.source) || !/^\p{Lu}/u.test(d.source)) continue;
    d.kind = 'outlet';
    reporters.add(d.source);
  }
}

/**
 * One sentence: its cues, possessives and relays, then its names as antecedents. A plain function, not the
 * generator's loop body: called once per sentence, it earns V8's tier-up budget per sentence, where the generator
 * (`run`, called once per page) needed ~180 pages (docs/performance.md, session 8). The cross-sentence state is the
 * page's (`Page`); nothing here yields.
 */
export function readSentence(si: number): void {
  const sent = sentences[si]!;
  const text = sent.text.length > ATTRIBUTION_LIMITS.maxSentenceChars ? sent.text.slice(0, ATTRIBUTION_LIMITS.maxSentenceChars) : sent.text;
  const before = drafts.length;
  // A quotation goes on into the next sentence of its paragraph ("“I back her. Trump lost me long ago,” he said").
  const quoteAtStart = sent.block === page.quoteBlock && page.quoteOpen;
  if (quoteAtStart) inQuoteAt[si] = 1;
  // The quotation marks of the sentence, found once: the cues below ask about them by position.
  const marks = quoteAtStart || hasQuote(text) ? quoteMarks(text) : NO_MARKS;
  const quotes = quoteAtStart || marks.length > 0;
  page.quoteOpen = quotes && quoteOpenAtEnd(marks, text.length, quoteAtStart);
  page.quoteBlock = sent.block;
  // "A. Much more serious.": an answer of the interview's guest.
  if (qaGuest && /^A[.:] /.test(text)) add({ source: qaGuest.name, kind: null, org: qaGuest.role ? orgInAppositive(qaGuest.role) : null, role: qaGuest.role }, text.slice(0, 2), si, 0);
  // left12: an unlabelled answer after a question paragraph is the interviewee's.
  if (qaPlain && qaPlain.answers.has(si)) {
    if (page.qaPlainGuest === undefined) {
      const named = new Set<string>();
      for (const m of mentions) {
        if (m.sentence >= qaPlain.firstQ || sentences[m.sentence]!.blockKind === 'title') continue;
        if (!isPersonName(lastWords(m.name, 2)) || isInterviewer(sentences, n, m.name)) continue;
        named.add(m.name);
        // "Mara Lind and Olaf Berg": two people, whichever answers.
        if (COORDINATED_NAME.test(m.name)) named.add('');
      }
      page.qaPlainGuest = named.size === 1 ? [...named][0]! : null;
    }
    if (page.qaPlainGuest) add({ source: page.qaPlainGuest, kind: null }, 'answered', si, 0);
  }
  // "Priya Raman: Based on the tooling, …": a transcript turn of a guest the article introduced.
  if (guests.size) {
    const lab = /^([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){0,2}):\s/u.exec(text);
    const g = lab ? guests.get(lab[1]!) : undefined;
    if (g) add({ source: g.name, kind: null, org: g.role ? orgInAppositive(g.role) : null, role: g.role }, ':', si, 0);
  }
  // "Arakawa: Inside government we …": a Q&A turn opening a paragraph, by a label that opens several paragraphs and names a person.
  if (qaLabels.size && (si === 0 || sentences[si - 1]!.block !== sent.block)) {
    const lab = QA_LABEL.exec(text.slice(0, 60));
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
  if (CORRECTION_LINE.test(text.slice(0, 160)) || PIECE_NOTE_B14.test(text)) return;
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
    if (quotes && quoteOpenAtEnd(marks, at, quoteAtStart)) continue;
    // polnear11: "After Clinton testified, Gowdy …": a verb of speech that ends a time clause opening the sentence is an
    // event, not a statement (nothing is said).
    if (text.charCodeAt(at + cueRaw.length) === 44 && at < 80 && TIME_CLAUSE.test(text.slice(0, at))) continue;
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
        const anonBeforeModifier = ANON_FAMILIAR.test(bare);
        if (!isCap(bare) && !anonBeforeModifier && !(ORG_HEADS.test(headWord) || ANON_HEADS.test(headWord) || VAGUE_HEADS.test(headWord) || DOC_HEADS.test(headWord))) continue;
        // "citing the attackers' working hours": a possessive names whose evidence, not who is cited, unless a statement follows.
        const npEnd = right.indexOf(f.np);
        const possessive = /[’']s?$/.test(f.np) || (npEnd >= 0 && /^[’']s?\s/.test(right.slice(npEnd + f.np.length)));
        if (possessive && !words(f.rest).slice(0, 3).some((w) => DOC_HEADS.test(w.toLowerCase().replace(/[,;:.]$/, '')) || ORG_HEADS.test(w.toLowerCase().replace(/[,;:.]$/, '')) || /^(?:remarks|comments|spokes(?:person|man|woman)|officials?|sources?|findings|data|analysis|researchers)[,;:.]?$/i.test(w))) continue;
        // "declined to comment, citing the ongoing investigation": a reason for silence, not a cited source.
        if (!isCap(bare) && (/^(?:ongoing|pending|continuing|active|current|open|unfinished)\s/i.test(bare) || /\b(?:declined|refused|would not|wouldn[’']t|did not|didn[’']t|could not|couldn[’']t)\b/i.test(left))) continue;
      }
      // "according to a statement carried by RIA Novosti": the outlet that carries an unattributed document relays it.
      if (carriedBy(f, cueRaw, si, at)) continue;
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
      if (idx !== null && cue === 'citing' && drafts[idx]!.via === null && !drafts.some((d) => d.sentence === si && d.kind === 'outlet')) citingOutlet(left, idx, cueRaw, si);
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
    // blind14: "… sanctions on three executives it said built spyware": the same with the relative pronoun left out.
    if ((cue === 'said' || cue === 'says') && ((/\bthat\s+(?:it|they)\s+$/i.test(left) && !/,\s*that\s+(?:it|they)\s+$/i.test(left)) || zeroRelativeB14(left))) {
      const subj = SUBJECT_OPENER.exec(text.slice(0, 120));
      if (subj && subj[0].length <= at && !PRONOUNS.test(subj[1]!) && !OPENER_NOT_SUBJECT.test(subj[1]!.split(/\s/)[0]!)) {
        add({ source: subj[1]!, kind: null }, cueRaw, si, 0);
        continue;
      }
    }
    // left12: "Federal prosecutors in Atlanta have charged two men with running a service that they say laundered …":
    // officials named by their office open the sentence and "they" in its restrictive relative are they.
    if (cue === 'say' && /\bthat\s+they\s+$/.test(left) && !/,\s*that\s+they\s+$/.test(left)) {
      const group = GROUP_OPENER.exec(text.slice(0, 120));
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
    if (cue === 'added' && DOC_ADDED.test(left.slice(-80))) continue;
    // "notes", "states", "claims", "reports" are nouns unless a clause follows.
    // Base forms that double as nouns ("the Global Times report, …") need a clause after them, not a comma.
    const sayAside = (cue === 'say' && SAY_CLAUSE.test(right)) || (cue === 'say' && sayAfterPlural(left, right)) || (cue === 'say' && (/^\s*,\s+(?:the|a|an|he|she|it|they|we|that|[A-Z])/.test(right) || (/^[.!?]?[”"]?$/.test(right.trim()) && /,\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+\s*$/.test(left)))) || (cue === 'show' && showAfterClause(left, right));
    if (!sayAside && CUE_WORDS_5.has(cue) && !/^\s*(?:that\b|it\b|its\b|his\b|her\b|their\b|our\b|the\b|a\b|an\b|this\b|these\b|he\b|she\b|they\b|there\b|we\b|[“"]|[A-Z]|(?:[\w’'-]+\s+){1,4}(?:is|was|were|are|has|have|had|will|would|could|may|might|should|can|must|did|does|do)\b)/.test(right)) continue;
    // "selling what he claims are records": a verb after "what he/she", whatever follows.
    const whatClaims = CUE_WORDS_6.has(cue) && /\bwhat\s+(?:he|she)\s*$/i.test(left);
    if (!whatClaims && CUE_WORDS_7.has(cue) && !(/^[.!?]?[”"]?$/.test(right.trim()) && /,\s+(?:(?:the|a|an)\s+)?[\w’'.&-]+(?:\s+[\w’'.&-]+){0,8}\s*$/i.test(left)) && !/^\s*(?:,|that\b|him\b|them\b|us\b|it\b|its\b|the\b|a\b|an\b|this\b|these\b|he\b|she\b|they\b|there\b|[“"]|[A-Z]|\w+\s+(?:is|was|were|are|has|have|had|will|would|could|may|might)\b)/.test(right)) continue;
    // "has called the Volt Typhoon reports a …", "dismissed the Reuters claims": a determiner and a name inside a clause make a noun compound, not a subject.
    if (NOUN_PLURAL.test(cue) && objectCompound(left.slice(-90))) continue;
    // After a determiner the cue is a noun ("the claims", "a report", "his warning").
    if (endsInDeterminer(left)) continue;
    const verb = cue;
    // polnear14: "said to reporters", "said to cheers", "said to him": speech to someone, not the hedge "is said to be".
    if (CUE_WORDS_8.has(verb) && /^\s+to\s/.test(right) && !(verb === 'said' && SAID_TO_WHOM.test(right))) continue;
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
    if (negWord && NEGATED.test(left40)) continue;
    // fix12: "Israel rarely acknowledges cyber operations": a habit, no statement (blind12's trap).
    if (HABITUAL_NEG.test(left40)) continue;
    // "who asked not to be named", "declined to be identified": anonymity, not a statement.
    if (CUE_WORDS_12.has(verb) && /^\s+not to be (?:named|identified|quoted)/i.test(right)) continue;
    // left12: "Members who think they gave out a code should call the fraud line": a belief that picks out the readers
    // advice is for, not a statement.
    if (BELIEF.test(verb) && /\bwho\s*$/.test(left) && ADVICE_AFTER.test(right.slice(0, 200))) continue;
    // "“…,” he continued." / "Caddell continued:": only a quote before or a colon after makes it speech.
    if (verb === 'continued' && !/[,”"’]$/.test(left.trimEnd()) && !/^\s*(?::|,\s*[“"])/.test(right)) continue;
    // fix13: "Kaspersky, which published research on such malware in 2024, was not involved in the report": the
    // relative clause describes a body that the main clause keeps out of the story; it is no source of it.
    if (/,\s*(?:which|who)\s*$/i.test(left.slice(-20)) && DISTANCED.test(right.slice(0, 200))) continue;
    // "an explosion that the mayor described as …", "what analysts characterized as …": the object is the relative before the subject.
    const asRelative =
      CUE_WORDS_13.has(verb) &&
      /^\s+as\b/.test(right) &&
      // redos-ok: run on the last 90 characters before the cue only (slice on this line).
      /\b(?:that|what|which)\s+(?:[\w’'.-]+\s+){1,6}$/i.test(left.slice(-90));
    // left12: "according to WKGR, which cited two city employees who had seen the note": counted people cited by the
    // relative's antecedent are its sources, relayed by it (no "as saying" needed).
    if (verb === 'cited' && /,\s*which$/.test(left.trimEnd()) && drafts.length > before && drafts[drafts.length - 1]!.pos < at && !AS_SAYING.test(right.slice(0, 200))) {
      const f = COUNTED_CITED.exec(right.slice(0, 120));
      const ws = f ? f[1]!.split(/\s+/) : [];
      // The shortest count-and-head run ("two city employees", not "… employees who").
      let k = 2;
      while (k < ws.length && !countedPeople(ws.slice(0, k))) k++;
      const got = f && countedPeople(ws.slice(0, k)) ? classify(ws.slice(0, k).join(' ')) : null;
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
    if (needs && !needs.test(right) && !(INVERTED.has(verb) && (endsInCommaOrQuote(left.trimEnd()) || (/^[.!?]?$/.test(right.trim()) && /[”"]|''/.test(left)))) && !(verb === 'published' && /^\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:letter|op-ed|essay|column)\b/i.test(right))) {
      // "first flagged on March 29 by CrowdStrike": the agent after "by" is the source; "has published a letter disputing claims by X" is active.
      if (PASSIVE_AGENT_VERBS.test(verb) && !/\b(?:has|have|had)(?:\s+(?:also|already|now|since|recently|previously|\w+ly))?\s*$/i.test(left) && !outletOwner(verb, left)) passiveAgents(right, verb, si, at);
      continue;
    }
    // fix12: "Corvantis Health, Inc. (NYSE: CVHT) today announced": the stock ticker is no name; the company before it speaks.
    // A legal suffix after a comma ("Corvantis Health, Inc.") is the name's, not an appositive: the name without it speaks.
    let leftTrim = left.indexOf(':') >= 0 && left.indexOf('(') >= 0 ? withoutTrailingTicker(left.trimEnd()).trimEnd() : left.trimEnd();
    if (leftTrim.charCodeAt(leftTrim.length - 1) === 46 || / (?:LLC|Inc|Ltd|plc)$/.test(leftTrim)) leftTrim = leftTrim.replace(LEGAL_SUFFIX, '');
    // fix13: a newswire's dateline ("NASHVILLE, Tenn.--(BUSINESS WIRE)--Acme Corp. today announced") is no part of the subject.
    if (leftTrim.indexOf('--') >= 0) leftTrim = leftTrim.replace(WIRE_DATELINE, '');
    // left11: "an SMS saying …", "emails claiming …": a message or lure the story quotes is content, not its sourcing.
    if (CUE_WORDS_15.has(verb) && MESSAGE_BEFORE.test(leftTrim.slice(-40))) continue;
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
    if ((endsInCommaOrQuote(leftTrim) || leftTrim === '' || SO_INVERSION.test(leftTrim)) && !namedWithAppositive) {
      // Not "told": the noun phrase after it is who was told ("…, Name, told Reuters"), never the speaker.
      if (CUE_WORDS_17.has(verb) || INVERTED.has(verb)) {
        const f = npForward(right);
        // polnear12: "said former Sen. X", "said retired Army Lt. Gen. X": a past or present post before the name.
        // polnear13: a relative clause or "known as" after the speaker still ends the phrase ("said a former official who oversaw …"),
        // unless a second verb follows it ("…, said the official who leaked the memo had resigned": what was said).
        if (f && (isCap(f.np) || /^\d/.test(f.np) || /^(?:a|an|the|one|two|some|several)\b/i.test(f.np) || /^(?:former|retired|onetime|longtime|acting|outgoing)\s+\p{Lu}/u.test(f.np)) && (/^\s*(?:[,.;:”"]|$|on\b|in\b|at\b|last\b|this\b|earlier\b|during\b|when\b|after\b|according\b)/.test(f.rest.length ? ' ' + f.rest : '') || (/^\s*(?:who|known as)\s/.test(f.rest) && !REL_THEN_VERB.test(f.rest)) || nameThenComma(right, f.np))) {
          add({ source: f.np, kind: null, org: f.appositive ? orgInAppositive(f.appositive) : null, role: f.appositive }, cueRaw, si, at);
          continue;
        }
        // "…,” said Special Agent in Charge Renee Calloway of the FBI Nashville Field Office.": a named person "of" a body.
        const ofBody = f && isPersonName(lastWords(f.np, 2)) ? OF_BODY.exec(f.rest) : null;
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
      if (PASSIVE_AGENT_VERBS.test(verb) || (REBUTTAL_VERBS.test(verb) && CLAIM_PASSIVE.test(leftTrim.slice(-80)))) passiveAgents(right, verb, si, at);
      continue;
    }
    // fix13: a negated passive ("The regulator was not mentioned in the statement", "were never reported") names what
    // was (not) said, not who said it; nor is its agent a source of anything.
    if (!verb.endsWith('ing') && NEG_PASSIVE.test(leftTrim.slice(-40))) continue;
    // Research-team subjects: "A joint team from X and Y found", "researchers at X said".
    const tail220 = leftTrim.slice(-220);
    const team = (SHORTCUTS.off || TEAM_GATE.test(tail220)) && TEAM_SUBJECT.exec(tail220);
    if (team) {
      // blind14: "a spokesperson for the Cybersecurity and Infrastructure Security Agency": one body the database knows by that name, not two.
      const whole = team[1]!.replace(/^the\s+/i, '');
      // redos-ok: team[1] is cut from leftTrim.slice(-220) above, so at most 220 chars
      const parts = / and /.test(whole) && db.byName(whole) ? [team[1]!] : team[1]!.split(/\s+and\s+(?=(?:the\s+)?(?:[A-Z0-9]|[a-z]+\s+(?:[a-z]+\s+)?(?:company|firm|vendor|agency|group)\s+[A-Z0-9]))/);
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
      if (ante !== null) citedAs(right, verb, si, at + cueRaw.length, ante, true);
      continue;
    }
    // "Britain's National Cyber Security Centre and agencies from five allied countries accused": the named body speaks; the group is no name.
    const withGroup = sent.blockKind === 'title' || sent.blockKind === 'heading' ? null : namedWithGroup(leftTrim.slice(-220));
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
      const relayAct = (verb === 'quoted' || verb === 'cited') && AS_SAYING.test(right.slice(0, 200));
      const inContent = !relayAct && drafts.slice(before).some((d) => d.pos < at && /^(?:said|says|say|told|tells|wrote|writes|added|adds|noted|notes|reported|reports|believes|believe|thinks|think|argued|argues|stated|states)$/i.test(d.cue));
      // "Victims are approached on LinkedIn and asked to …": the second verb shares the first one's passive, so its subject is no speaker.
      const passiveFirst = !!tail && /ed$/.test(verb) && /^\s+(?:to|by)\s/.test(right) && PASSIVE_CONJ.test(leftTrim.slice(-160));
      if (tail && !inContent && !passiveFirst && words(tail[1]!).every((w) => ADVERB.test(w))) {
        const c = clauseSubject(text.slice(0, at));
        // "24 million Ukrainians picked up their phones and found …": a number cut from an amount is no subject.
        const npAt = c && /^\d/.test(c.np) ? text.indexOf(c.np + ' ') : -1;
        const amount = npAt >= 0 && /^\s+(?:million|billion|thousand|hundred|per ?cent|percent)\b/.test(text.slice(npAt + c!.np.length, npAt + c!.np.length + 12));
        // "North Korea's state-run Korean Central News Agency … carried": the body named after the possessive is the subject.
        const ownerAt = c && isCap(c.np) ? text.indexOf(c.np) : -1;
        const ownerEnd = ownerAt + (c?.np.replace(/[’']s?$/, '').length ?? 0);
        const owned = ownerAt >= 0 ? POSS_SUBJECT.exec(text.slice(ownerEnd, ownerEnd + 160)) : null;
        if (c && !amount) subj = { np: owned ? owned[1]! : c.np, appositive: owned ? null : c.appositive, ...(c.kind && !owned ? { groupKind: c.kind } : {}) };
      }
    }
    // left11: a name the page writes in lower case ("…,” noyb said", "the privacy group noyb, which …, said").
    if (!subj || !isCap(subj.np) || DESCRIPTOR.test(subj.np.slice(subj.np.lastIndexOf(' ') + 1).toLowerCase())) {
      const ln = lowerNameSubject(leftTrim, subj?.np ?? null, lowerNames);
      if (ln) subj = { np: ln, appositive: null, groupKind: 'company' };
    }
    if (!subj) continue;
    // "Security researchers have reportedly seen gangs …": what observers have seen is their finding; only in the perfect, only for observers.
    if (verb === 'seen' && !(/\b(?:have|has|had)(?:\s+(?:reportedly|also|already|repeatedly|recently|previously|often|now))?$/i.test(leftTrim) && OBSERVERS.test(subj.np.split(/\s+/).pop() ?? ''))) continue;
    if (WEAK_VERBS.test(verb) && !needs && PRONOUNS.test(subj.np) && !/^(?:he|she)$/i.test(subj.np)) continue;
    // left10: "when several posted screenshots": a bare quantifier that only posts or shares something names nobody
    // ("Several said …", "Some believe …" still do).
    if (POSTING_VERB.test(verb) && BARE_QUANTIFIER.test(subj.np)) continue;
    // left10: "X said the company had since added a second step": inside what was said, "added" with an object is no
    // speech ("CISA added three flaws to its catalog" opening a sentence still reads as the agency's listing).
    if (verb === 'added' && (ADDED_OBJECT.test(right) || ADDED_SUPPORT.test(right)) && drafts.slice(before).some((d) => d.pos < at)) continue;
    // fix12: "the seized databases could let banks warn victims": a causative's bare verb is what someone is enabled to do, no statement.
    if (BARE_CUE.test(verb) && causativeBefore(left.slice(-50))) continue;
    if (/^(?:who|which|that|you|i|we)$/i.test(subj.np)) continue;
    // "When they compared …", "it shows …": a new weak verb needs a named subject (or he/she).
    if (/^(?:it|they)$/i.test(subj.np) && CUE_WORDS_19.has(verb)) continue;
    if (CUE_WORDS_20.has(verb) && /^(?:a|an)\s/i.test(subj.np)) continue;
    const org = subj.appositive ? orgInAppositive(subj.appositive) : null;
    const govVoice = !!subj.appositive && GOV_TITLES.test(subj.appositive) && GOV_WORDS.test(subj.appositive);
    // Coordinated organisations: "The European Union and NATO issued statements", "the FBI and the Cybersecurity … Agency said".
    // fix9: the last items of a list of states after a group ("agencies from the United States, …, Australia and New
    // Zealand said"): the group speaks, not the places.
    const stateList = stateListTail(leftTrim, subj.np);
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
    if (idx !== null && (verb === 'quoted' || verb === 'quotes' || verb === 'cited')) citedAs(right, verb, si, at + cueRaw.length, idx);
    // "told Bloomberg", "told the Wall Street Journal": the recipient outlet relays the claim.
    if (idx !== null && CUE_WORDS_21.has(verb)) {
      const desc = OUTLET_DESCRIPTOR.exec(right);
      const f = npForward(desc ? right.slice(desc[0].length) : right);
      // left10: "told Reuters on Monday": the time phrase the name run took in is no part of the name.
      const when = f ? TOLD_WHEN.exec(f.np) : null;
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
    const cp = COLON_POSS.exec(text);
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
    const car = CARRIED_OPENER.exec(text);
    if (car && !drafts.slice(before).some((d) => d.kind === 'outlet' || d.source === car[1])) add({ source: car[1]!, kind: 'outlet' }, 'carried by', si, car[0].indexOf(car[1]!), true);
  }
  // fix7: "That was the advice of Satish Rao, an engineer at X": the speaker of the quote before, named in a sentence of its own.
  if (drafts.length === before && (text.startsWith('Th') || text.startsWith('Su'))) {
    const adv = ADVICE_OF.exec(text);
    const f = adv ? npForward(text.slice(adv[0].length, adv[0].length + 300)) : null;
    if (adv && f && isCap(f.np.replace(/^the\s+/i, ''))) add({ source: f.np, kind: null, org: f.appositive ? orgInAppositive(f.appositive) : null, role: f.appositive }, `${adv[1]} of`, si, adv[0].length);
  }
  // blind8: "“…” ¶ That is how Joel Ferrante, who runs X, remembers the morning": the speaker of the quote before.
  if (drafts.length === before && text.startsWith('Th') && si > 0 && /[“”"]/.test(sentences[si - 1]!.text)) {
    const how = HOW_X.exec(text);
    const f = how ? HOW_NAME.exec(text.slice(how[0].length, how[0].length + 200)) : null;
    if (how && f) add({ source: f[1]!, kind: null, org: f[2] ? orgInAppositive(f[2]) : null, role: f[2] ?? null }, f[3]!, si, how[0].length);
  }
  // Within one sentence: an outlet that reports (or is told) relays the other sources of the sentence.
  const here = drafts.length > before ? drafts.slice(before) : NO_DRAFTS;
  if (here.length > 1) reporterCiting(here, reporters);
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
    if (quotes && quotedTitle(text, nm)) continue;
    // polnear11: "wrote for The Washington Informer": a name that takes a capitalised "The" inside a sentence is a
    // publication's or a body's, never a person's (no antecedent of "she").
    if (midThe && named.kind !== 'outlet' && text.indexOf(` The ${nm}`) >= 0 && isPersonName(lastWords(nm, 2))) {
      remember(named.name, 'unspecified', si);
      continue;
    }
    remember(named.name, named.kind, si);
    if (named.kind === 'person' || named.kind === 'government' || named.kind === 'researcher') introduce(nm, text, si);
  }
}

/**
 * blind14: a plural noun right before "it/they said" is a zero relative ("three executives it said built …", "flaws
 * they say attackers used"), not a new clause ("In recent weeks it said"): a plural common noun, not a time word, and no
 * comma between.
 */
function zeroRelativeB14(left: string): boolean {
  const m = /(?:^|\s)([a-z]{3,}s)\s+(?:it|they)\s+$/.exec(left.slice(-60));
  return !!m && !NOT_PLURAL_NOUN_B14.test(m[1]!);
}
const NOT_PLURAL_NOUN_B14 = /^(?:was|has|its|his|hers|ours|yours|theirs|does|this|thus|unless|always|perhaps|sometimes|besides|whereas|plus|afterwards|towards|nevertheless|seconds|minutes|hours|days|weeks|months|years|decades|times|nights|mornings|evenings)$/;
