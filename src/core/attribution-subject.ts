import { SHORTCUTS } from './gate';
import type { SourceKind } from './report';
import { docSubject } from './doc-subject';
import { eachMatch } from './each-match';
import { ANON_HEADS, DOC_HEADS, RESEARCHER_TITLES, VAGUE_HEADS, isPersonName, isStateName } from './source-kind';
import type { Candidate, Subject } from './attribution-types';
import {
  ADVERB, ANON_EXPERT_GATE, ANON_GATE_RE, ANON_PHRASE, CONNECTOR, DETERMINER, ORG_HEADS, PERSON_ROLE, PRONOUNS,
  REDUCED_PARTICIPLE, RELATIVE_GATE, SELF_NAMED_GATE, TIME_WORD, TITLE_ABBREV, TITLE_WORD, isCap, isSpaceCode,
  stripPunct, tailWords, wordCount, words,
} from './attribution-lexicon';
import { CLAUSE_OPENER, COORD_GROUP, CUE_FIRST } from './attribution-cues';
import { lastWords } from './attribution-names';
import { leadingSubject, openingSubject } from './attribution-opening';

/**
 * The source phrase around a cue: the subject on the left ("the ministry said"), the phrase on the right ("said
 * X", "according to X"), appositives, relative clauses, coordinated names, groups and documents as sources, and
 * the constructions that look like a source but are not (objects, dates, the article itself).
 */

/**
 * polnear12: "many supporters who came to the rally say …": a restrictive relative clause of words only (no comma, no
 * stop) between a subject and its verb, when the phrase before "who" opens its clause. Only where nothing else was read.
 */
const WHO_CLAUSE = /^who\s[a-z]+(?:\s[\w’'-]+){0,12}$/;
export function subjectBefore(left: string): Subject | null {
  const found = subjectBeforeOf(left) ?? whoClauseSubject(left);
  if (found) return found;
  // (A long text is past the opening reader's reach: only its end is trimmed and read.)
  const t = left.length > 400 ? left.slice(-400).trimEnd() : left.trimEnd();
  // polnear14: "X went on to say", "X continued to warn", "X took to Twitter to say": a verb of going on (or turning)
  // to speech stands between the subject and the verb of speech; the subject is the one before it.
  const chain = t.endsWith(' to') ? catenative(t.slice(-70)) : 0;
  if (chain) return subjectBefore(t.slice(0, t.length - chain).trimEnd());
  return left.length > 400 ? null : openingSubject(t);
}
const GO_ON = new Set('went goes go going carried carries'.split(' '));
const KEEP_ON = new Set('continued continues continue proceeded proceeds hastened'.split(' '));
const OUTLET_TURNED_TO = new Set('Twitter X Facebook Instagram media airwaves floor'.split(' '));
/** The length of a chain "went on to", "continued to", "went out of her way to", "took to Twitter to" ending `tail`, else 0. */
function catenative(tail: string): number {
  const ws = words(tail);
  const n = ws.length;
  if (n < 3 || ws[n - 1] !== 'to') return 0;
  const w = (k: number) => (ws[n - k] ?? '').toLowerCase();
  let k = 0;
  if (w(2) === 'on' && GO_ON.has(w(3))) k = 3;
  else if (KEEP_ON.has(w(2))) k = 2;
  else if (w(2) === 'quick' && (w(3) === 'was' || w(3) === 'were')) k = 3;
  else if (w(2) === 'way' && w(4) === 'of' && w(5) === 'out' && GO_ON.has(w(6))) k = 6;
  else if (OUTLET_TURNED_TO.has(ws[n - 2]!)) {
    // "took to Twitter to", "took to social media to", "took to the Senate floor to".
    for (let j = 3; j <= 5; j++) if (w(j) === 'to' && w(j + 1) === 'took') k = j + 1;
  }
  if (!k) return 0;
  // Back over k words and the spaces before each (a double space counts as one gap).
  let at = tail.length;
  for (let j = 0; j < k; j++) {
    while (at > 0 && !isSpaceCode(tail.charCodeAt(at - 1))) at--;
    while (at > 0 && isSpaceCode(tail.charCodeAt(at - 1))) at--;
  }
  return tail.length - at;
}

function whoClauseSubject(left: string): Subject | null {
  if (left.indexOf(' who ') === -1) return null;
  const t = left.trimEnd();
  const whoAt = t.lastIndexOf(' who ');
  if (t.length - whoAt > 100 || !WHO_CLAUSE.test(t.slice(whoAt + 1))) return null;
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
  if (PAST_PP_WORD.test(t.slice(t.lastIndexOf(' ') + 1))) t = t.slice(0, -60) + t.slice(-60).replace(PAST_PP, '');
  // The four tail patterns below each need words of their own (gates; the texts they read are tails of t160, and
  // a gate folds case as its pattern does): most subjects have none of them.
  const t160 = t.slice(-160);
  // "advice from a government that has long argued for …": a relative clause describing an unnamed body is no statement of it.
  // redos-ok: only ever run on the last 120 characters before a cue (slice on this line).
  if (RELATIVE_GATE.test(t160) && /(?:^|\s)(?:a|an|any)\s+(?:[\w-]+\s+){0,2}(?:government|company|country|state|firm|group|organi[sz]ation|administration|regime|vendor|party)\s+(?:that|which)(?:\s+(?:has|have|had|long|also|repeatedly|previously|often|always|consistently|publicly|since)){0,3}\s*$/i.test(t.slice(-120))) return null;
  // "A group calling itself “Team X” posted", "a hacker using the handle “zed” claimed": the self-chosen name is the speaker.
  const alias = SELF_NAMED_GATE.test(t160) ? SELF_NAMED.exec(t.slice(-140)) : null;
  if (alias) return { np: alias[1]!.trim(), appositive: null, groupKind: 'unspecified' };
  // left10: "a post on X that has since been shared 40,000 times claimed": a restrictive relative clause between the
  // subject and its verb; the subject is the phrase before it, when that phrase opens its clause.
  const relAt = REL_GATE.test(t160) ? Math.max(t160.lastIndexOf(' that '), t160.lastIndexOf(' which '), t160.lastIndexOf(' who ')) : -1;
  if (relAt >= 0 && REL_BEFORE_VERB.test(t160.slice(relAt + 1))) {
    const head = t.slice(0, t.length - t160.length + relAt);
    const inner = subjectBefore(head);
    const at = inner ? head.lastIndexOf(inner.np) : -1;
    const pre = at >= 0 ? head.slice(0, at).trimEnd() : '';
    if (inner && at >= 0 && (pre === '' || /[,;:]$/.test(pre) || /(?:^|\s)(?:and|but)$/.test(pre))) return inner;
  }
  // left12: "A proposed class action filed Monday in federal court in San Francisco accuses": the filing is the subject,
  // not the court or the place its participle phrase names.
  const filed = filedDoc(t160);
  if (filed) return { np: filed, appositive: null };
  // "A Chinese expert who requested anonymity told …": an unnamed expert is an anonymous source.
  const anonExpert = ANON_EXPERT_GATE.test(t160) ? ANON_EXPERT.exec(t160) : null;
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
      const named10 = PARTITIVE.test(chunks[k]!.trim()) ? NAMED_DEFINITE.exec(apps[0]!.trim()) : null;
      if (named10 && ORG_HEADS.test(named10[2]!)) return { np: apps[0]!.trim().replace(/^the\s+/, ''), appositive: null };
    }
    if (!apps.length) {
      // "Another defendant's attorney, Peter Lowe, said" / "The exchange, Coinvale, said": the name in commas is the subject.
      const lastChunk = chunks[chunks.length - 1]!.trim();
      const prev = chunks.length > 1 ? chunks[chunks.length - 2]!.trim() : '';
      const prevHead = (prev.split(/\s+/).pop() ?? '').toLowerCase();
      // blind8: "One of them, Prairie Line Electric, confirmed": a partitive before the name in commas.
      if (/^[A-Z0-9][\p{L}\p{N}’'.&-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.&-]*){0,4}$/u.test(lastChunk) && PARTITIVE.test(prev)) return { np: lastChunk, appositive: null };
      // blind10: "The carrier involved in the Coinvale case, Brightline Mobile, said": a body described by what it took part in.
      const involved = /^[A-Z0-9][\p{L}\p{N}’'.&-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.&-]*){0,4}$/u.test(lastChunk) ? DESCRIPTION_PARTICIPLE.exec(prev) : null;
      if (involved && ORG_HEADS.test(involved[1]!)) return { np: lastChunk, appositive: null };
      if (/^[A-Z0-9][\p{L}\p{N}’'.&-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.&-]*){0,4}$/u.test(lastChunk) && (ORG_HEADS.test(prevHead) || ANON_HEADS.test(prevHead) || /^(?:attorney|lawyer|counsel|owner|operator|maker|developer|founder|ceo|head|chief|director|researcher|analyst|expert)$/.test(prevHead) || ROLE_HEADS.test(prevHead))) {
        return { np: lastChunk, appositive: null };
      }
      // left12: "A lawyer for Avetisyan in Georgia, Nino Beridze, said": a person's counsel or spokesperson named after a
      // description that ends in their client (and a place); the client is not the speaker.
      if (isPersonName(lastChunk) && COUNSEL_FOR.test(prev)) return { np: lastChunk, appositive: null };
      // "and the distributor, Northern Power Discom, said": a definite description of lower-case words, then the name in commas.
      if (/^[A-Z0-9][\p{L}\p{N}’'.&-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.&-]*){0,4}$/u.test(lastChunk) && DEFINITE_DESCRIPTION.test(prev) && !TIME_WORD.test(prevHead) && !/^(?:time|end|moment|past|meantime|same|first|last|latter|former|other|rest|case)$/.test(prevHead)) {
        return { np: lastChunk, appositive: null };
      }
      // "A pro-Russian hacker channel on Telegram, Solntsepyok, claimed": an indefinite description (with a place or platform) before the name.
      const desc = /^[A-Z0-9][\p{L}\p{N}’'.&-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.&-]*){0,4}$/u.test(lastChunk) ? INDEFINITE_DESCRIPTION.exec(prev) : null;
      // "The bureau in Guangzhou, South China's Guangdong Province,": a place in commas describes the place before it.
      const placeInCommas = /[’']s\s|\b(?:Province|Region|Oblast|County|State|City|District|Prefecture|Territory|Republic)$/.test(lastChunk);
      if (desc && !placeInCommas && (ORG_HEADS.test(desc[1]!) || ANON_HEADS.test(desc[1]!)) && !TIME_WORD.test(desc[1]!)) {
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
    if ((prep === 'to' || prep === 'with') && part && LINKED.test(part)) {
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
    // blind14: "Documents reviewed by the Courier, including …, show": a document its reader saw speaks; the reader only relays it.
    const det = /^(?:the|a|an)$/i.test(ws[ws.length - nn - 1] ?? '') ? 1 : 0;
    if (ws[ws.length - nn - det - 1]?.toLowerCase() === 'by' && /^(?:seen|obtained|reviewed|viewed)$/i.test(ws[ws.length - nn - det - 2] ?? '')) {
      const h = ws.length - nn - det - 3;
      const doc = h >= 0 && DOC_HEADS.test(ws[h]!.toLowerCase()) ? npBackward(ws.slice(0, h + 1)) : null;
      if (doc && !PRONOUNS.test(doc)) return { np: doc, appositive: null };
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
    if (ws[fromAt]?.toLowerCase() === 'from' && LAY_PEOPLE.test(ws[headAt]?.toLowerCase() ?? '')) {
      // The group: the lay noun with its count and modifiers ("two runners", "local parents"), back to a preposition.
      let g = headAt;
      while (g > 0 && headAt - g < 3 && /^[A-Za-z0-9-]+$/.test(ws[g - 1]!) && !/^(?:of|on|for|by|to|with|at|in|and|or|behalf|from|that|who|which|said|says)$/i.test(ws[g - 1]!)) g--;
      const group = ws.slice(g, headAt + 1).join(' ').replace(/^the\s+/i, '');
      // Counted ("two runners") they are particular people left unnamed, as countedPeople; else a vague group.
      return { np: group, appositive: null, groupKind: COUNT_WORD.test(ws[g]!) || /^(?:a|an|one)$/i.test(ws[g]!) ? 'anonymous' : 'unspecified' };
    }
  }
  if (np && !PRONOUNS.test(np)) {
    const pp = ppObject(ws, np);
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
export function docSubjectOf(leftTrim: string, verb: string): { np: string; appositive: string | null; groupKind?: SourceKind } | null {
  const d = docSubject(leftTrim, verb);
  if (!d) return null;
  if ('doc' in d) return /\p{Lu}/u.test(d.doc.replace(/^\S+\s/, '')) ? { np: d.doc, appositive: null } : { np: d.doc, appositive: null, groupKind: 'document' };
  // The author reads like any subject ("the security firm Acme" names Acme).
  return subjectBefore(d.agent);
}

/** Prepositions that never tie a speaker to the body they speak for ("sanctions on X", "the intrusions at X", "attacks against X"). */
export const BARE_QUANTIFIER = /^(?:several|some|many|few|others|most|both|all|one|two|three|four|five|dozens|hundreds|thousands)$/i;
export const POSTING_VERB = /^(?:posted|shared|published|uploaded|released|issued)$/;
export const ADDED_OBJECT = /^\s+(?:a|an|another|new|more|extra|further|two|three|\d+)\s/i;
/** left10: a board that is a thing ("a departure board at Central shows"), not a body: the place after it is no speaker. */
const THING_BOARD = /^(?:departure|departures|arrival|arrivals|notice|message|display|information|bulletin|destination|electronic|digital|advertising)$/;
/**
 * left11: a name the page writes in lower case ("noyb", "npm"): introduced after a descriptor noun ("the privacy group
 * noyb said", "the registry npm, which …") or opening a sentence on a speech verb ("noyb said …"), then known to the page
 * ("…,” noyb said", "according to noyb"). Learned at the cue, in reading order (no scan of the page). Any word a clause
 * may put there (an auxiliary, an adverb, a pronoun, a time word, a cue) is no such name.
 */
export const DESCRIPTOR = /^(?:group|organi[sz]ation|nonprofit|non-profit|charity|firm|company|startup|start-up|registry|project|collective|platform|vendor|watchdog|foundation|association|consultancy|newsletter|researcher|investigator|developer|maintainer|handle|pseudonym|alias)$/;
const NOT_LOWER_NAME = /^(?:it|they|instead|even|yet|though|thus|soon|always|which|who|whose|and|but|or|behind|based|known|named|called|members|officials|staff|spokesperson|spokesman|spokeswoman|executives|leaders|chief|head|meanwhile)$/;
function lowerCandidate(w: string): boolean {
  return /^[a-z][a-z0-9_-]{1,24}$/.test(w) && !NOT_LOWER_NAME.test(w) && !ADVERB.test(w) && !/ly$/.test(w) && !CUE_FIRST.has(w) && !TIME_WORD.test(w) && !PRONOUNS.test(w) && !DETERMINER.test(w) && !VAGUE_HEADS.test(w) && !ANON_HEADS.test(w) && !ORG_HEADS.test(w) && !DOC_HEADS.test(w) && !CONNECTOR.test(w);
}
/** left11: the lower-case name that speaks at this cue (learning it into `names` when introduced here), or null. */
export function lowerNameSubject(leftTrim: string, np: string | null, names: Set<string>): string | null {
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
    if ((opens || DESCRIPTOR.test(prev.toLowerCase())) && lowerCandidate(last)) {
      if (names.size < 20) names.add(last);
      return last;
    }
  }
  // "The Austrian privacy group noyb, which filed …, welcomed … but said": the subject read without the name.
  if (np && DESCRIPTOR.test(np.slice(np.lastIndexOf(' ') + 1).toLowerCase())) {
    const at = leftTrim.lastIndexOf(np);
    const next = at >= 0 ? /^\s([a-z][a-z0-9_-]{1,24}),?\s/.exec(leftTrim.slice(at + np.length, at + np.length + 30)) : null;
    if (next && (names.has(next[1]!) || lowerCandidate(next[1]!))) {
      if (names.size < 20) names.add(next[1]!);
      return next[1]!;
    }
  }
  return null;
}
/** left11: a role owned by a body named before ("the agency's deputy director", "the company's chief executive"). */
export const OWNED_BODY = /^(?:the|its|their)\s+((?:[a-z-]+\s+){0,2}?(?:agency|ministry|bureau|department|commission|office|centre|center|service|authority|regulator|council|company|firm|vendor|provider|developer|maker|university|institute|hospital|utility|operator))[’']s\s+(?:[a-z-]+\s+){0,3}?(?:director|head|chief|spokesperson|spokesman|spokeswoman|officer|executive|manager|lead|president|minister|secretary|commissioner|founder|counsel|researcher|analyst|engineer)\b/;
/** left11: roles a thing has ("the kit's seller", "the app's developer", "the forum's administrator"). */
export const ROLE_OWNED = /^(?:sellers?|developers?|maintainers?|authors?|creators?|operators?|administrators?|admins?|owners?|moderators?|vendors?|makers?|publishers?)$/;
/** left11: people who are no source by their role (runners, residents, patients …): a place after "from" is where they live. */
const LAY_PEOPLE = /^(?:runners?|cyclists?|residents?|parents?|patients?|customers?|clients?|students?|pupils?|users?|voters?|families|family|fans?|neighbou?rs?|locals?|passengers?|travell?ers?|commuters?|shoppers?|victims?|drivers?|riders?|tenants?|homeowners?|retirees?|pensioners?|women|woman|men|man|teenagers?|mothers?|fathers?|couples?|veterans?|farmers?|athletes?|players?|survivors?)$/;
const PP = /^(?:on|against|at|into|about|over|toward|towards|targeting|onto|upon|inside|near)$/;
/** Nouns that may own an affiliation phrase ("colleagues at X", "staff at X"); source heads are checked apart. */
const PP_OWNER = /^(?:colleagues|staff|employees|workers|partners|teams|people|officers|detectives|agents)$/;

/**
 * A subject found inside a prepositional phrase is the object of that phrase,
 * not the speaker: "the panel of experts that monitored sanctions on North Korea
 * reported" (the panel, through the relative clause), "the breach at the Space
 * Agency reported in 2023" (nobody: a participle). undefined: not such a case;
 * null: no subject; a string: the real subject.
 */
function ppObject(ws: string[], np: string): string | null | undefined {
  const nn = wordCount(np);
  let p = ws.length - nn - 1;
  if (p >= 1 && /^the$/i.test(ws[p]!)) p--;
  // left9: "Passengers at Manchester, Leeds Bradford and Newcastle have reported": the name run is the last item of a
  // list; the preposition stands before its first item.
  const listed = / and /.test(np) ? listStart(ws, p) : p;
  const inList = listed !== p;
  p = listed;
  const prep = ws[p]?.toLowerCase();
  if (!prep || p < 1 || !PP.test(prep)) return undefined;
  const owner = ws[p - 1]!.toLowerCase().replace(/[’']s$/, '');
  if (!/^[a-z][a-z-]+$/.test(owner)) return undefined;
  if (owner === 'board' && p >= 2 && THING_BOARD.test(ws[p - 2]!.toLowerCase())) return null;
  const sourceHead = ORG_HEADS.test(owner) || ANON_HEADS.test(owner) || VAGUE_HEADS.test(owner) || TITLE_WORD.test(owner) || RESEARCHER_TITLES.test(owner) || PP_OWNER.test(owner);
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
function listStart(ws: string[], p: number): number {
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
export function splitCoordinated(np: string, known: (name: string) => boolean): [string, string] | null {
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

/** left12: "A lawyer for Avetisyan in Georgia", "an attorney for the two men": a description of someone's counsel. */
const COUNSEL_FOR = /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s(?:[a-z][\w-]{1,20}\s)?(?:lawyer|attorney|counsel|solicitor|barrister|spokes(?:person|man|woman)|representative)\sfor\s[^\s,;:][^,;:]{0,59}$/;

/** left12: "In a statement added", "an update added": a document added to the page, the verb its participle. */
export const DOC_ADDED = /(?:^|\s)(?:[Ii]n\s+)?(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+)?(?:statement|note|update|comment|response|correction|clarification)\s+$/;
/** left12: a class action named as such, with at most two modifiers ("A proposed class action", "the class-action suit"). */
export const CLASS_ACTION = /^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z]+\s+){0,2}class[- ]action(?:\s+(?:lawsuit|suit|complaint))?$/;

/** left12: a legal filing with a participle phrase ("filed Monday in federal court") between it and its verb. */
const FILED_GATE = /\s(?:filed|lodged|brought|submitted|unsealed)\s/g;
const FILED_DOC = /(?:^|[,;:]\s|\s(?:and|but)\s)((?:[Aa]n?|[Tt]he)\s(?:[a-z]+\s){0,2}(?:class[- ]action(?:\s(?:lawsuit|suit|complaint))?|lawsuit|suit|complaint|petition|indictment))$/;
/** The filing before the last "filed …" of `t`, when the participle phrase runs to the end of `t` within one clause. */
function filedDoc(t: string): string | null {
  FILED_GATE.lastIndex = 0;
  let at = -1;
  for (let m = FILED_GATE.exec(t); m; m = FILED_GATE.exec(t)) at = m.index;
  if (at < 0) return null;
  const phrase = t.slice(at + 1);
  if (phrase.length > 110 || /[,;:.“”"]/.test(phrase)) return null;
  return FILED_DOC.exec(t.slice(Math.max(0, at - 60), at))?.[1] ?? null;
}

/** left12: a belief in a relative clause ("who think", "who suspect") and the advice the main clause gives after it. */
export const BELIEF = /^(?:think|thinks|believe|believes|suspect|suspects|fear|fears|feel|feels|worry|worries|know|knows)$/;
export const ADVICE_AFTER = /^\s[^.;:!?]{0,150}?\s(?:should|must|(?:are|is)\s(?:urged|advised|asked|encouraged|told))\s/;

/** left12: a state's embassy, by possessive or adjective, with the city it sits in ("China's embassy in Stockholm"). */
export const EMBASSY = /^(?:[Tt]he\s)?(\p{Lu}[\p{L}-]{2,30})(?:[’']s)?\s[Ee]mbassy/u;
/** What may follow the embassy: nothing, or the city it sits in ("in Stockholm"). */
export const EMBASSY_SEAT = /^\sin\s\p{Lu}[\p{L}-]{1,30}(?:\s\p{Lu}[\p{L}-]{1,30})?$/u;

/** Most words of four letters or more capitalised: a Title Case headline. */
export function titleCase(text: string): boolean {
  const ws = text.slice(0, 200).split(/\s+/).filter((w) => w.length >= 4);
  if (ws.length < 2) return false;
  let cap = 0;
  for (const w of ws) if (/^[\p{Lu}‘“"'(]/u.test(w)) cap++;
  return cap / ws.length >= 0.7;
}

/** left10: a relative clause in the perfect or passive that ends right before the verb ("that has since been shared …"). */
const REL_GATE = /\b(?:that|which|who)\s(?:has|have|had|was|were)\s/;
const REL_BEFORE_VERB = /^(?:that|which|who)\s(?:has|have|had|was|were)\s(?:(?:since|already|now|also|widely|reportedly)\s)?(?:been\s)?[a-z]+(?:ed|en|wn)\b(?:[^,;:.!?”"]|[,.]\d){0,80}$/;
/** left10: a counted time before the clause ("Four days after the attack,", "Two weeks later,", "Hours before the vote,"). */
const TIME_OPENER = /^(?:[A-Z][a-z]+|\d+)\s(?:[a-z]+\s)?(?:after|before|later|earlier|ago|into)\b[^,]{0,40},\s+/;

/** polnear13: a day or month that a name swallowed through "on" ("Ann Bell on Wednesday"), and a party label or a day after the subject. */
const TIME_TAIL = / (?:on|last|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** polnear13: a wire dateline before the first clause ("WASHINGTON — ", "RENO, Nev. — "). */
const DATELINE = /^[A-Z][A-Z]+(?:,? [A-Z][A-Za-z.]{0,12}){0,3} [—–-] /;
const PARTY_TAIL = / [RDI](?:-[A-Z][A-Za-z.]{1,12})?$/;
const PARTY_TIME = /^(?:\([A-Z]{1,2}(?:-[A-Z][A-Za-z.]{1,12})?\)\s)?(?:(?:on|last|this)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\s)?/;

/** The subject that opens the clause ending at a participle ("Mayor Ann Bell spoke on Monday, saying …"), after a leading adverbial. */
export function clauseSubject(left: string): { np: string; appositive: string | null; kind?: SourceKind | null } | null {
  // redos-ok: bounded repetitions, anchored at the start.
  const t = left.slice(0, 300).replace(/^\s*(?:(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Later|Earlier|Separately|Also|Then|Though|Although|While|When|If|As|Because|Since|Once|Whereas|Likewise|Similarly|Moreover|Additionally|Indeed|Again|Now|Today|Yesterday)\b,?\s+)?(?:(?:On|In|At|During|Last|This|Earlier|Late|Early|After|Before|Since|Over|Within|By)\s[^,]{1,40},\s+)?/, '').replace(TIME_OPENER, '').replace(DATELINE, '');
  // "Though she called … and called for …": a pronoun subject is resolved like one.
  const pron = /^(he|she|it|they)\s+[a-z]/i.exec(t);
  if (pron) return { np: pron[1]!.toLowerCase(), appositive: null };
  const f = npForward(t);
  if (!f || /^(?:the|a|an|this|that|these|those|another|some|many)$/i.test(f.np) || /^(?:Within|With|Without|For|From|By|Under|Over|Amid|Despite|Hours|Days|Weeks|Months|After|Before|During|Since|Until|Unlike|Like|Inside|Outside|Across|Among|Through|Throughout|Following|According|Asked|Speaking|Writing|Read|See|Here|There|What|Why|How)\b/.test(f.np)) return null;
  // "Our analysts found …": the publisher's own voice is not a cited source.
  if (/^(?:Our|My|We|I|You|Your)\b/.test(f.np)) return null;
  // polnear13: "Sen. Ann Bell (R-Iowa) on Wednesday toured …": a party label and a time phrase between the subject and its verb.
  const np = f.np.replace(TIME_TAIL, '').replace(PARTY_TAIL, '');
  const rest = f.rest.replace(/^,\s*/, '').replace(PARTY_TIME, '');
  // "A ransomware group calling itself Nightjar claimed …": the name it goes by.
  // redos-ok: anchored, bounded repetitions on a 300-character slice.
  const alias = /^(?:calling (?:itself|themselves)|known as|dubbed|named|called)\s+["“‘]?(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3})/u.exec(rest);
  // left10: a bare "a group / a crew calling itself X" is as unnamed a body as a hacker group (subjectBefore's reading).
  if (alias) return { np: alias[1]!, appositive: null, kind: /\b(?:ransomware|criminal|cybercriminal|hacker|hacking|hacktivist|extortion|threat)\s+(?:gang|group|crew|collective|outfit|actor|cartel)\b|^(?:a|an|the)\s+(?:gang|group|crew|collective|outfit)$/i.test(f.np) ? 'unspecified' : null };
  if (coordinatedSpeakers(rest)) return { np, appositive: f.appositive };
  if (!/^[a-z]/.test(rest) || /^(?:of|and|or|to|in|at|for|with|from|by|on|who|which|that|whose)\b/.test(rest)) {
    // polnear14: "Other former officers with no direct knowledge of the case chafed …": the phrase with its post-modifiers.
    const lead = /^(?:of|in|at|for|with|from|on)\s/.test(rest) ? leadingSubject(t) : null;
    return lead ? { np: lead, appositive: null } : null;
  }
  return { np, appositive: f.appositive };
}

/**
 * polnear8: "Mayor Ann Bell and her aides have …, telling …": a short second subject after "and", then the verb;
 * the first, named one speaks for both. Words only; a comma or a long phrase is no such coordination.
 */
function coordinatedSpeakers(rest: string): boolean {
  const ws = words(rest.slice(0, 80));
  if (ws[0] !== 'and') return false;
  for (let k = 2; k < Math.min(ws.length, 6); k++) {
    if (/[,;:”"“]$/.test(ws[k - 1]!)) return false;
    if (/^(?:have|has|had|are|were|also|\p{Ll}+ed)$/u.test(ws[k]!)) return true;
  }
  return false;
}

/** A plural group that can be "they": the anonymous and vague heads, and a few bodies (people or bodies, not things). */
export const groupHead = (w: string): boolean => /s$/.test(w) && (ANON_HEADS.test(w) || VAGUE_HEADS.test(w) || /^(?:senators|legislators|democrats|republicans|leaders|prosecutors|regulators|unions|agencies|authorities)$/.test(w));

/**
 * polnear8: "Critics of the plan, like …, see …", "Several lawmakers have …": a plural group that opens the sentence,
 * with an "of/at/from" complement up to the first comma. null when the sentence opens otherwise.
 */
export function pluralGroup(text: string): string | null {
  const ws = words(text.slice(0, 200));
  let k = 0;
  if (k < ws.length && /^(?:Some|Many|Several|Other|Most|Both|All|The|These|Two|Three|Four|Five)$/.test(ws[k]!)) k++;
  // Up to two modifiers before the head ("Senate Democrats", "security researchers").
  let h = -1;
  for (let j = k; j < Math.min(ws.length, k + 3); j++) {
    const w = ws[j]!.replace(/[,;:]$/, '');
    if (groupHead(w.toLowerCase())) {
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
export function groupKindOf(group: string): SourceKind {
  return /^(?:critics|opponents|supporters|members|allies|friends)$/i.test(group) ? 'unspecified' : 'anonymous';
}

/** "Name -- aside --" / "Name — aside —" at the end of `t`: the aside becomes a comma appositive ("Name, aside,"). */
function cutDashAside(t: string): string {
  // polnear11: "Name — aside — has also said": auxiliaries and adverbs after the closing dash stay before the verb.
  let tail = '';
  const last = t.slice(t.lastIndexOf(' ') + 1);
  if (DASH_TAIL_WORD.test(last)) {
    const a = DASH_TAIL.exec(t.slice(-60));
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
const PAST_PP_WORD = /^(?:past|days|weeks|months|years|decades)$/;
const PAST_PP = /\s(?:in\s+the\s+past|in\s+recent\s+(?:days|weeks|months|years)|for\s+(?:days|weeks|months|years|decades)|over\s+the\s+(?:past\s+)?(?:days|weeks|months|years|decades))$/;
/** Words that may stand between a closing dash and the verb ("— has also said", "— have repeatedly said"). */
const DASH_TAIL_WORD = /^(?:has|have|had|is|are|was|were|also|then|later|now|long|repeatedly|previously|since|recently|again|never|already|publicly|privately|often|would|will|could|may|might)$/;
const DASH_TAIL = /\s(--|—|–|―)((?:\s(?:has|have|had|is|are|was|were|also|then|later|now|long|repeatedly|previously|since|recently|again|never|already|publicly|privately|often|would|will|could|may|might)){1,3})$/;

/** The phrase `np` (as npForward returned it) is followed by a comma in `right`: "said Murphy, now a consultant …". */
export function nameThenComma(right: string, np: string): boolean {
  const last = np.split(' ').pop();
  if (!last) return false;
  const head = right.slice(0, np.length + 40);
  const at = head.indexOf(last);
  return at >= 0 && /^[’']?,/.test(head.slice(at + last.length));
}

/** The named subject opens its clause: nothing but a sentence start, a comma or a connective before it. */
export function appositiveStartsClause(left: string, np: string): boolean {
  const at = left.lastIndexOf(np + ',');
  if (at < 0) return false;
  const pre = left.slice(0, at).trim();
  // "“…,” Name, head of X, told Reuters": after a closing quote the name opens the reporting clause.
  return pre === '' || /[,;:.—–]$/.test(pre) || /[,.!?][”"’]$/.test(pre) || /^(?:but|and|meanwhile|however|separately|still|yet)$/i.test(pre);
}

/** The noun phrase at the end of a word list. */
export function npBackward(ws: string[]): string | null {
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
  if (ROLE_OWNED.test(head) && ws.length >= 2 && /^[a-z][\w-]*[’']s$/.test(ws[ws.length - 2]!)) {
    const det = ws.length >= 3 && /^(?:the|its|their)$/i.test(ws[ws.length - 3]!) ? `${ws[ws.length - 3]} ` : '';
    return `${det}${ws[ws.length - 2]} ${last}`;
  }
  if (!(ORG_HEADS.test(head) || ANON_HEADS.test(head) || VAGUE_HEADS.test(head) || DOC_HEADS.test(head) || PERSON_ROLE.test(head))) return null;
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
export const DATE_NAME = /^(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?:\s+\d{1,4}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?$/;

/**
 * Subjects that name no speaker: a bare number or amount ("24 million
 * Ukrainians … found" cut to "Some 24"), a negative quantifier ("nobody
 * official would say", "no one", "none of them"), a date.
 */
export function noSpeaker(np: string): boolean {
  const t = np.trim().replace(/^[“"‘(]+/, '');
  // A bare number may be a name ("Researchers at 360 found"); an amount with a quantifier or a unit is not.
  if (/^(?:(?:some|about|around|roughly|nearly|almost|over|under|only|just|more than|fewer than|less than|at least|up to)\s+[$€£¥]?\d[\d.,]*(?:\s*(?:%|per ?cent|percent|million|billion|thousand|hundred|m|bn|k))?|[$€£¥]?\d[\d.,]*\s*(?:%|per ?cent|percent|million|billion|thousand|hundred|m|bn|k))$/i.test(t)) return true;
  if (/^(?:nobody|no one|no-one|noone|none|neither|nothing)\b/i.test(t)) return true;
  return DATE_NAME.test(t);
}

/** fix7: a date range ("January 9 and January 21"), a weekday phrase ("Friday in federal court") or this page's own earlier version: no speaker. */
const DATE_RANGE = /^(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|through|until)\s/;
const WEEKDAY = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const OWN_TEXT = /\b(?:version|edition|draft)\s+of\s+this\s+(?:article|story|post|piece|report|thread|newsletter|column)\b|^(?:the\s+)?(?:this|present)\s+(?:article|story|post|piece|thread)$/i;
export function notASpeaker(np: string): boolean {
  const t = np.trim();
  return DATE_RANGE.test(t) || WEEKDAY.test(t) || OWN_TEXT.test(t) || NO_SPEAKER_POST.test(t);
}
/**
 * blind8: a correction's "An earlier post on this blog said", and a generic addressee ("Anyone who thinks they were
 * targeted should call"): no speaker.
 */
const NO_SPEAKER_POST = /^(?:an? |the )?(?:earlier|previous|first) (?:post|version|entry)(?: (?:on|of) this \w+)?$|^(?:anyone|everyone|whoever)\b/i;
/** blind8: the name of a police force ("West Yorkshire Police", "Spain's Guardia Civil", "the Metropolitan Police Service"). */
export const POLICE_FORCE = /\b(?:Police|Constabulary|Guardia Civil|Gendarmerie|Carabinieri)\b/;
/** blind8: "That is how X remembers / describes / put it", opening a sentence after a quote. */
export const HOW_X = /^Th(?:at|is)(?:['’]s| is| was) how /;
/** The name (capitalised words), an optional appositive in commas, then the verb of memory or description. */
export const HOW_NAME = /^((?:[A-Z][\p{L}’'-]+ ){0,3}[A-Z][\p{L}’'-]+)(?:, ([^,]{1,120}),)? (remembers|recalls|describes|put it)\b/u;
/**
 * blind8: "Critics say brokers end up arming …": after a plural source noun ("critics", "experts", "officials") "say" is the
 * verb, whatever verb the clause after it has (SAY_CLAUSE knows only auxiliaries).
 */
/** "say goodbye", "say thanks": an object, not a clause. */
const SAY_OBJECT = /^\s(?:goodbye|thanks|sorry|no|yes)\b/;
export function sayAfterPlural(left: string, right: string): boolean {
  const l = left.trimEnd();
  const last = l.slice(l.lastIndexOf(' ') + 1).toLowerCase();
  return last.length > 3 && last.endsWith('s') && (VAGUE_HEADS.test(last) || ANON_HEADS.test(last)) && /^\s[a-z]/.test(right) && !SAY_OBJECT.test(right);
}
/** blind8: "cited a report by X", "quoted a statement from X": the document opens the object, its author follows. */
export const CITED_DOC_BY = /^\s*(?:an?|the) (?:report|study|analysis|statement|paper) (?:by|from) /i;
/** blind8: "One of them, X, said", "One of the two firms, X, said": a partitive before the name in commas. */
const PARTITIVE = /^(?:one|two|another|both) of (?:them|the (?:\w+ ){0,2}\w+)$/i;
/** blind10: "the Coinvale exchange": "the", a capitalised name of up to four words, a lower-case head noun (captured). */
// redos-ok: anchored; bounded repetitions of words separated by single spaces.
const NAMED_DEFINITE = /^the ([A-Z][\p{L}\p{N}’'.&-]{0,30}(?: [A-Z][\p{L}\p{N}’'.&-]{0,30}){0,3}) ([a-z]{3,20})$/u;
/** blind10: "The carrier involved in the Coinvale case": a description whose head noun (captured) is followed by a participle. */
const DESCRIPTION_PARTICIPLE = /^(?:[Tt]he|[Aa]n?|[Oo]ne) (?:[a-z][a-z-]{1,20} ){0,2}([a-z][a-z-]{2,20}) (?:involved|named|hit|affected|targeted|cited|behind|at the (?:centre|center) of) [^,]{1,60}$/;

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
export function endsInDeterminer(left: string): boolean {
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
export function endsInPossessive(left: string): boolean {
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
export function endsInCommaOrQuote(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  // polnear12: some archives close a quotation with two apostrophes ("…,'' said Name").
  return c === 44 || c === 0x201d || c === 34 || c === 0x2019 || (c === 39 && s.charCodeAt(s.length - 2) === 39);
}

export const BE_PASSIVE = /\b(?:was|were|is|are|be|been|being)(?:\s+(?:first|initially|also|later|originally|previously|publicly|independently|quickly|recently|separately|widely))?\s*$/i;
const BE_PASSIVE_FROM = new RegExp(BE_PASSIVE.source, 'gi');
/**
 * `BE_PASSIVE.test(leftTrim)` ("was", "is also", "were first" at the end), tried only from where a match can
 * start: a match holds at most two white-space runs (before the adverb, and trailing) and opens on a letter, so
 * it starts after the third run from the end.
 */
export function endsInBePassive(leftTrim: string): boolean {
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
export function endsInWhClause(left: string): boolean {
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

/** Words one of which every match of NEGATED and of the "has not commented" pattern holds (`i` without `u`, as they). */
export const NEG_GATE = /not|never|yet|n[’']t/i;
export const NEGATED = /\b(?:(?:does|do|did|could|would|will|can|has|have|had|should|may|might|must)\s+not|cannot|(?:does|do|did|could|would|wo|ca|has|have|had|should)n[’']t|never)\s+(?:(?:yet|publicly|immediately|officially|directly|explicitly|specifically|independently|also|even|always)\s+)?$/i;

/** fix12: ", Inc." and its kin closing the text before a cue. */
export const LEGAL_SUFFIX = /,\s(?:Inc|LLC|Ltd|Corp|Co|plc|L\.P|S\.A|N\.V|AG|GmbH)\.?$/;
/** fix12: "had added support for new templates": a feature added, after a source speaks earlier in the sentence. */
export const ADDED_SUPPORT = /^\s+(?:support|features?|functionality|capabilities|templates?|modules?|plugins?)\b/i;
/** fix12: a causative before a bare cue verb ("could let banks warn", "helps users tell"), on the last 50 characters. */
const CAUSATIVE = /^(?:let|lets|letting|help|helps|helping|helped|make|makes|made)$/i;
/** Whether a causative verb stands one to three words before the end of `tail`. */
export function causativeBefore(tail: string): boolean {
  const ws = tail.trimEnd().split(' ');
  for (let k = ws.length - 2; k >= 0 && k >= ws.length - 4; k--) if (CAUSATIVE.test(ws[k]!)) return true;
  return false;
}
export const BARE_CUE = /^(?:warn|say|tell|claim|report|confirm|deny|explain|note|admit|acknowledge|reveal|disclose)$/;
/** fix12: what a cited outlet is, before its name ("Iran's state broadcaster Press TV", "the state news agency TASS"). */
export const CITED_DESC = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}-]{1,30}['’]s\s+)?(?:(?:state|state-run|state-owned|official|semi-official|national|public|private|local|regional)\s+){0,2}(?:news\s+agency|broadcaster|television|TV|newspaper|daily|news\s+outlet|outlet|agency)\s+(?=\p{Lu})/u;
/** fix12: a habitual negative just before a cue ("rarely comments", "seldom acknowledges"), on the last 40 characters. */
export const HABITUAL_NEG = /\b(?:rarely|seldom|hardly\s+ever|almost\s+never)\s+(?:(?:publicly|openly|officially)\s+)?$/i;

/** A passive verb earlier in the clause, then "and" ("are approached on LinkedIn and"): bounded, on the last 160 characters. */
// redos-ok: only ever run on the last 160 characters before a cue; the gap is bounded ({0,120}).
export const PASSIVE_CONJ = /\b(?:is|are|was|were|been|being|gets|get|got)\s+(?:[a-z]+ly\s+)?[a-z]{2,20}(?:ed|en|wn)\b[^,;.:]{0,120}\band(?:\s+(?:then|also|later|often|sometimes))?$/;

/** A self-chosen name in quotes just before the verb ("calling itself “X”", "using the handle “x”", "going by “X”"). */
// redos-ok: only ever run on the last 140 characters before a cue; the quoted name is bounded ({1,40}).
export const SELF_NAMED = /\b(?:call(?:ing|s|ed)\s+(?:itself|himself|herself|themselves)|using\s+the\s+(?:handle|name|alias|moniker|pseudonym|nickname|username)|going\s+by(?:\s+the\s+(?:handle|name|alias))?|who\s+goes\s+by)\s+[“"‘]([^“”"‘’\n]{1,40})[”"’],?(?:\s+(?:has|have|had|also|then|later|reportedly|allegedly|recently|first|earlier))?$/;
/** An expert, researcher or analyst "who requested/asked/spoke on condition of anonymity" (the people-words live in ANON_PHRASE). */
// redos-ok: only ever run on the last 160 characters before a cue; every repetition is bounded.
export const ANON_EXPERT = /(?:^|\s)((?:a|an|one|two|three|several|another)\s+(?:[\w-]+\s+){0,2}(?:experts?|researchers?|analysts?|specialists?|scholars?|academics?|engineers?|consultants?)\s+who\s+(?:requested|asked\s+for|declined\s+to\s+be\s+named|spoke\s+on\s+(?:the\s+)?condition\s+of)\s+anonymity),?$/i;

/** An online handle in lower case ("vel0city", "dark_pony") named by SELF_NAMED: one token with a digit or an underscore. */
export function onlineHandle(raw: Candidate): Candidate | null {
  return raw.kind === 'unspecified' && /^[a-z][\p{L}\p{N}_.-]{1,30}$/u.test(raw.source) && /[\d_]/.test(raw.source) ? { source: raw.source, kind: 'unspecified' } : null;
}

/** "the distributor", "and its parent company", "but the hospital operator": a definite description in lower case (up to three words). */
/** "a pro-Russian hacker channel on Telegram", "an energy company in Kharkiv": an indefinite description, its head noun captured. */
const INDEFINITE_DESCRIPTION = /^(?:(?:[Aa]nd|[Bb]ut|[Ww]hile|[Yy]et|[Mm]eanwhile) )?(?:[Aa]n?|[Oo]ne|[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z][A-Za-z-]{1,20} ){0,3}([a-z][a-z-]{2,20})(?: (?:on|in|at|from) (?:the )?[A-Z][\w-]{1,20}(?: [A-Z][\w-]{1,20}){0,2})?$/;
const DEFINITE_DESCRIPTION = /^(?:(?:and|but|while|yet|meanwhile)\s+)?(?:the|its|their)\s+(?:[a-z][a-z-]{1,20}\s+){0,2}[a-z][a-z-]{2,20}$/;

/** After a possessive owner: lower-case descriptors, then a capitalised name ("’s state-run Korean Central News Agency"). */
// redos-ok: anchored, run on 160 characters at most; every repetition is bounded.
export const POSS_SUBJECT = /^[’']s?\s+(?:[a-z][a-z-]{1,20}\s+){0,3}([A-Z][\p{L}\p{N}&.-]*(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][\p{L}\p{N}&.-]*){0,6})/u;

/** Participles that tie a group to a body without making the body speak ("linked to", "tied to", "affiliated with"). */
const LINKED = /^(?:linked|tied|affiliated|associated|connected|aligned|allied|close|loyal|sympathetic|attributed)$/;

/** "calling himself “X”" earlier in the sentence: the antecedent of a "he"/"she"/"they" after it. */
// redos-ok: only ever run on the 200 characters before a cue; the quoted name is bounded ({1,40}).
export const SELF_PRONOUN = /\bcall(?:ing|s|ed)\s+(?:himself|herself|themselves)\s+[“"‘]([^“”"‘’\n]{1,40})[”"’]/;

/** Heads of observer groups whose "have seen" is a finding. */
export const OBSERVERS = /^(?:researchers|analysts|experts|investigators|responders|specialists|vendors|firms|companies|teams|hunters)$/i;

/** A singular role description standing for a person named before ("the SBU official", "SBU official", "the researcher"). */
export const ROLE_DESCRIPTION = /^(?:the\s+)?(?:[A-Z][\w-]{0,20}\s+|[a-z][\w-]{0,20}\s+){0,2}(?:official|spokesman|spokeswoman|spokesperson|researcher|analyst|executive|officer|expert|investigator|negotiator|chief|head|director|diplomat)$/;

/** "of the FBI Nashville Field Office." after an inverted speaker: the body, up to the end of the clause. */
// redos-ok: anchored; every repetition bounded; run on the rest of one sentence after a name.
export const OF_BODY = /^of\s+(?:the\s+)?([A-Z][\p{L}\p{N}’'&.-]{0,30}(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\p{L}\p{N}’'&.-]{0,30}){0,6})\s*(?:[,.;:”"]|$)/u;

/** fix7: "That was the advice / view / warning of X", opening a sentence. */
export const ADVICE_OF = /^(?:That|This|Such|Those|These)\s(?:was|is|were|are|had\sbeen)\s(?:also\s)?(?:the\s)?(advice|view|verdict|warning|assessment|message|conclusion|argument|reaction|response|recommendation|prediction|take)\s(?:of|from)\s/;
/** fix7: more roles before a name in commas ("The maintainer, Dara Whitfield, wrote"). */
const ROLE_HEADS = /^(?:maintainer|maintainers|creator|author|engineer|administrator|moderator|professor|lecturer|scientist|consultant|investigator|manager|editor|architect|technologist|economist|historian|spokesperson)$/;
/** fix7: the subject that opens a sentence: a name of up to four capitalised words, or "the company/agency/…". */
export const SUBJECT_OPENER = /^(?:(?:But|And|Meanwhile|Separately|Now)\s+)?([Tt]he\s+(?:company|agency|ministry|vendor|firm|department|bureau|police|government|regulator|group|gang)|(?:[Tt]he\s+)?[A-Z][\p{L}\p{N}’'&.-]{0,30}(?:\s+[A-Z][\p{L}\p{N}’'&.-]{0,30}){0,3})\s/u;
/** fix7: sentence-opening words that are no subject ("Last year the agency …", "In May the firm …"). */
export const OPENER_NOT_SUBJECT = /^(?:Last|Next|This|That|These|Those|In|On|At|By|For|From|With|Without|Earlier|Later|After|Before|When|While|Since|Until|Yesterday|Today|Tonight|Now|Then|Separately|Meanwhile|However|Still|Also|Once|Over|Under|Within|During|Despite|Although|Though|If|As|According|There|Here|What|Why|How|Who|Where|Some|Many|Most|One|Two|Three|Several|Both|Each|Every|All|No|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** fix7: a run of one to four capitalised words (an outlet's name in the clause before ", citing"). */
export const CAP_RUN = /[A-Z][\p{L}\p{N}’'&.-]{0,30}(?:\s+[A-Z][\p{L}\p{N}’'&.-]{0,30}){0,3}/gu;
/** fix7: a document or analysis, then a participle or a time phrase (or both), then "by": the author follows (blind14: "a count kept by X"). */
// redos-ok: anchored; bounded word runs between literal alternatives; run on the text after one cue.
const DOC_BY = /^(?:(?:a|an|the|new|recent|latest|separate|its|their)\s+){0,3}(?:[\w-]+\s+){0,2}?(?:report|study|analysis|comparison|tally|count|scan|review|assessment|survey|audit|investigation|estimate|estimates)\s+(?:(?:run|conducted|carried\s+out|compiled|performed|done|produced|kept|maintained)\s+(?:(?:last|this|earlier|on|in)(?:\s+[\w-]+){1,2}\s+)?by|(?:last|this|earlier)\s+(?:week|month|year|spring|summer|autumn|fall|winter|quarter)\s+by)\s+/i;

export function npForward(right: string): { np: string; appositive: string | null; rest: string } | null {
  let t = right.replace(/^\s+/, '');
  // "the country’s Ministry of State Security": a possessive standing for the country already named; the body is the name.
  t = t.replace(/^(?:(?:a|an|one)\s+(?:spokes(?:person|man|woman)|official|representative)\s+(?:for|of|at|from)\s+)?(?:the|that|this)\s+(?:country|nation|state|city|region|kingdom|republic)[’']s\s+(?=\p{Lu})/u, (m) => m.replace(/(?:the|that|this)\s+\S+\s+$/, ''));
  // "a report released on Wednesday by X": the time phrase between the participle and its agent.
  t = t.replace(/^((?:(?:a|an|the|new|its|their)\s+){0,2}(?:[\w-]+\s+){0,2}?(?:report|statement|analysis|study|advisory|investigation|assessment|findings|paper|alert|bulletin)\s+(?:published|released|issued))\s+(?:on|in|last|this|earlier|late|early)(?:\s+[\w-]+){1,2}\s+by\s/i, '$1 by ');
  // fix7: "a report last month by X", "a comparison run by the firm X": a time phrase or a participle between the document and its author.
  const docByMatch = DOC_BY.exec(t);
  if (docByMatch) t = t.slice(docByMatch[0].length);
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

/**
 * blind9: a counted group of people the story does not name ("two store managers", "Two former Veltro engineers", "three
 * employees") are individuals kept unnamed: anonymous, where the bare plural ("engineers say", "employees") is vague.
 */
const COUNT_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/i;
const PEOPLE_HEAD = /^(?:people|members|workers|employees|executives|staffers|officials|officers|managers|engineers|developers|technicians|nurses|doctors|pilots|residents|witnesses|customers|users|analysts|researchers|investigators|contractors|insiders|diplomats|aides|teachers|students|parents|guards|soldiers|agents|lawyers)$/i;
export function countedPeople(ws: string[]): boolean {
  if (ws.length < 2 || ws.length > 5 || !COUNT_WORD.test(ws[0]!)) return false;
  return PEOPLE_HEAD.test(ws[ws.length - 1]!);
}

/**
 * fix9: a subject "X and Y" whose parts are states, at the end of a longer comma list: the group noun before the list
 * ("Cybersecurity agencies from …") when there is one (its phrase), null (no source) when there is none, undefined
 * when the subject is no such list tail.
 */
const GROUP_BEFORE_LIST = /\b(?:agencies|officials|authorities|governments|ministers|diplomats|prosecutors|investigators|regulators) (?:from|of|in) /gi;
export function stateListTail(leftTrim: string, np: string): string | null | undefined {
  const and = np.indexOf(' and ');
  if (and <= 0 || !isStateName(np.slice(0, and).trim().replace(/^the\s+/i, '')) || !isStateName(np.slice(and + 5).trim().replace(/^the\s+/i, ''))) return undefined;
  // The list may be followed by a time phrase before the verb ("… and New Zealand on Thursday accused").
  const at = leftTrim.lastIndexOf(np);
  if (at < 0 || leftTrim.length - at - np.length > 30 || leftTrim.slice(at + np.length).includes(',')) return undefined;
  const before = leftTrim.slice(Math.max(0, at - 200), at);
  if (!/,\s*$/.test(before)) return undefined;
  let group: RegExpExecArray | null = null;
  for (const m of eachMatch(GROUP_BEFORE_LIST, before)) group = m;
  if (!group) return null;
  // The group noun with at most two words before it in its clause ("Cybersecurity and intelligence agencies").
  const lead = before.slice(0, group.index).split(/[,;:(]/).pop()!.trim().split(/\s+/).filter(Boolean).slice(-3);
  const head = group[0].trim().split(' ')[0]!;
  const words = lead.length && /^(?:the|a|an|and)$/i.test(lead[0]!) ? lead.slice(1) : lead;
  return [...words.filter((w) => /^[\p{L}-]+$/u.test(w)), head].join(' ');
}

/** fix9: "…, court records show." — documents (a plural document head) closing the sentence after the clause they back. */
export function showAfterClause(left: string, right: string): boolean {
  if (!/^[.!?]?[”"]?$/.test(right.trim())) return false;
  const m = /,\s+((?:[\w’'.-]+\s+){0,3})([\w’'.-]+)\s*$/.exec(left.slice(-80));
  return !!m && DOC_HEADS.test(m[2]!.toLowerCase());
}

export interface Mention {
  name: string;
  kind: SourceKind;
  sentence: number;
  isSource: boolean;
}

/** "… cited two people briefed on the matter as": a cited/quoted verb, then at most 100 characters with no full stop, then "as" (no regex: plain scans). */
export function citedAsBefore(leftTrim: string): boolean {
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
export function objectCompound(left: string): boolean {
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
  return /^[a-z]{2,20}$/.test(before) && !CLAUSE_OPENER.test(before);
}

/** "Britain's National Cyber Security Centre and agencies from five allied countries": the capitalised name that opens the clause before "and <group>". */
export function namedWithGroup(left: string): string | null {
  const g = COORD_GROUP.exec(left);
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
export function selfKey(name: string): string {
  return name.slice(0, 80).toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Find where the article attributes claims to sources. */
/**
 * fix6 (blind6): "the Global Times, a tabloid published by the Communist Party's People's Daily": a reduced relative
 * after an outlet noun names the outlet's owner, who states nothing ("a report published by X" still cites X).
 */
export function outletOwner(verb: string, left: string): boolean {
  return verb === 'published' && OUTLET_NOUN.test(left.trimEnd());
}
const OUTLET_NOUN = /\b(?:tabloid|newspaper|paper|magazine|daily|weekly|outlet|broadcaster|channel|website|site|publication|title|journal|news\s+agency|agency)$/i;
/** fix6: two or three short acronyms in a row ("SSL VPN", "TCP IP") name a technology, never the company. */
export const TECH_ACRONYMS = /^[A-Z]{2,5}(?:\s[A-Z]{2,5}){1,2}s?$/;
/** fix6: an unnamed source whose head noun comes before a post-modifier ("three people familiar with the matter"). */
export const ANON_FAMILIAR = /^(?:(?:one|two|three|four|five|several|some|many|multiple|a\s+few|other)\s+)?(?:(?:senior|current|former|western|european|american|u\.s\.|government|company|industry|intelligence|security)\s+)*(?:people|persons?|sources?|officials?|insiders?|employees?|diplomats?|executives?)\s+(?:familiar|close|with\s+(?:direct\s+)?knowledge|briefed|involved|aware|knowledgeable)\b/i;
