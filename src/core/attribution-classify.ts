import { trimEndChars, trimStartChars } from './trim';
import { SHORTCUTS } from './gate';
import type { SourceKind } from './report';
import {
  ANON_HEADS, COMPANY_TITLES, DOC_HEADS, GOV_TITLES, GOV_WORDS, RESEARCHER_TITLES, VAGUE_HEADS,
} from './source-kind';
import type { Candidate } from './attribution-types';
import {
  ANON_GATE_RE, ANON_PHRASE, DETERMINER, ORG_HEADS, PERSON_ROLE, PRONOUNS, TIME_WORD, isCap, personNoun, words,
} from './attribution-lexicon';
import { CLASS_ACTION, ROLE_OWNED, countedPeople } from './attribution-subject';

/**
 * What kind of source a noun phrase is (outlet, government, company, researcher, person, anonymous, document,
 * unspecified) from its words and its appositive.
 */

/** The kind a person's post gives them ("head of the cyber department of X's Security Service" → government), if any. */
export function kindOfRole(role: string): SourceKind | null {
  if (GOV_WORDS.test(role) && /\b(?:head|chief|director|spokes\w+|minister|secretary|commander|official|officer|deputy)\b/i.test(role)) return 'government';
  if (RESEARCHER_TITLES.test(role)) return 'researcher';
  if (GOV_TITLES.test(role) && GOV_WORDS.test(role)) return 'government';
  if (COMPANY_TITLES.test(role)) return 'company';
  return null;
}

/** The organisation named in an appositive ("a senior vice president at Mandiant" → "Mandiant"). */
export function orgInAppositive(app: string): string | null {
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
export function classify(np: string): Candidate | null {
  if (SHORTCUTS.off) return classifyOf(np);
  let hit = CLASSIFY_MEMO.get(np);
  if (hit === undefined) {
    hit = classifyOf(np);
    if (CLASSIFY_MEMO.size >= 4_000) CLASSIFY_MEMO.clear();
    CLASSIFY_MEMO.set(np, hit);
  }
  return hit === null ? null : { ...hit };
}

/** A count before a plural noun ("two employees", "3 people"); "many", "some" and "several" are no count. */
const COUNTED = /^(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|a couple of|\d{1,3}) /i;

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
  const ownedDoc = /^(its|their|his|her)\s+(?:[\w-]+\s+){0,2}?([\w-]+)$/i.exec(s);
  if (ownedDoc && DOC_HEADS.test(ownedDoc[2]!.toLowerCase())) return { source: ({ its: 'it', their: 'they', his: 'he', her: 'she' } as Record<string, string>)[ownedDoc[1]!.toLowerCase()]!, kind: null };
  if ((ANON_GATE_RE.test(s) && ANON_PHRASE.test(' ' + s)) || /\b(?:unnamed|anonymous|unidentified)\b/i.test(s) || /familiar with|declined to be named|condition of anonymity|not authori[sz]ed to/i.test(s)) return { source: s, kind: 'anonymous' };
  if (/^(?:(?:some|many|several|other|most|a few)\s+)?(?:analysts|experts|researchers|observers|commentators|users|specialists) (?:on|in)\s/i.test(s)) return { source: s, kind: 'unspecified' };
  // left12: "a proposed class action", "the class-action lawsuit": the filing speaks (its plaintiffs through it).
  if (CLASS_ACTION.test(s)) return { source: s.replace(/^(?:The|the|A|a)\s+/, ''), kind: 'document' };
  const ws = words(s);
  if (countedPeople(ws)) return { source: s.replace(/^(?:The|the)\s+/, ''), kind: 'anonymous' };
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
  const owned = ws.length <= 3 && ROLE_OWNED.test(head) && /^(?:(?:the|its|their)\s+)?[a-z][\w-]*[’']s\s/i.test(s) ? /s$/.test(head) ? 'unspecified' : 'person' : null;
  if (owned) return { source: s, kind: owned };
  const allLower = ws.every((w, wi) => !isCap(w) || (wi === 0 && ws.length > 1 && DETERMINER.test(w) && ws.slice(1).every((x) => !isCap(x))) || /^(?:The|A|An|Some|Many|Several|Other|Most|Two|Three|These|Those)$/.test(w) || /^(?:U\.S\.|US|UK|EU|Chinese|Russian|American|British|European|Western|Iranian|Israeli|Ukrainian|North|South|Korean|German|French|Japanese|Indian|Senate|House|Pentagon|Kremlin|Beijing|Moscow|Washington|London)$/.test(w.replace(/[’']s$/, '')));
  if (allLower && !(ws.length === 1 && isCap(ws[0]!))) {
    if (ANON_HEADS.test(head) && !/^(?:spokesperson|spokesman|spokeswoman)$/.test(head)) {
      // An unnamed person or unnamed officials: anonymous. Plural generic nouns are vague.
      // left9: counted ones ("two employees", "three people") are particular people left unnamed: anonymous.
      const vague = /^(?:people|members|workers|employees|executives)$/.test(head) && !COUNTED.test(s);
      return { source: s.replace(/^(?:The|the)\s+/, ''), kind: vague ? 'unspecified' : 'anonymous' };
    }
    if (VAGUE_HEADS.test(head)) return { source: s.replace(/^(?:The|the)\s+/, ''), kind: 'unspecified' };
    if (DOC_HEADS.test(head)) return { source: s.replace(/^(?:The|the)\s+/, ''), kind: 'document' };
    if (ORG_HEADS.test(head)) return { source: s, kind: null };
    if (PERSON_ROLE.test(head)) return { source: s, kind: 'person' };
    // polnear14: "the billionaire tech investor", "other former soldiers": people by what they do; the reader that
    // found the phrase says which kind ("A resident from Leeds" is one unnamed person, as left11 reads it).
    if (personNoun(head)) return { source: s, kind: null };
    return null;
  }
  if (/^(?:Another|However|But|And|Meanwhile|Still|Yet|Also|Then|Now|Here|There|This|That|These|Those|Such|Earlier|Later|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At|As|If|When|While|After|Before)$/.test(s)) return null;
  if (TIME_WORD.test(head) && ws.length <= 2) return null;
  if (lw.length > 140) return null;
  return { source: s, kind: null };
}
