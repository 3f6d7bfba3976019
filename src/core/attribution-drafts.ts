import { dropTrailingParen } from './trim';
import type { SourceKind } from './report';
import { eachMatch } from './each-match';
import { DOC_HEADS, GOV_TITLES, GOV_WORDS, isPersonName, kindOf } from './source-kind';
import type { Candidate, Draft } from './attribution-types';
import { ORG_HEADS, REDUCED_PARTICIPLE, TIME_WORD, isCap, words } from './attribution-lexicon';
import { CARRIED_BY, POSS_CONTENT, POSS_NOUN, POSS_OWNER } from './attribution-cues';
import {
  CAP_RUN, CITED_DESC, CITED_DOC_BY, SELF_PRONOUN, clauseSubject, onlineHandle, noSpeaker,
  notASpeaker, npForward,
} from './attribution-subject';
import { classify, kindOfRole, orgInAppositive } from './attribution-classify';
import { bareName, givenName, lastWords } from './attribution-names';
import {
  ATTRIBUTION_LIMITS, db, draftOf, drafts, govBodyInRole, isPublisher, keep, labelFor, lowerNames, mentions,
  speakerOrg, personFacts, persons, remember, sentences,
} from './attribution-page';
import { resolve, ownedBody } from './attribution-resolve';

/**
 * Making drafts: a candidate source classified, resolved, labelled and kept once per sentence and cue (`add`), and the
 * constructions that add more than one draft or link a relay (passive agents, "cited X as saying", "carried by",
 * "…, citing", participles, possessive positions).
 */

/** fix13: a lower-case description, then the person's name in commas ("the head of the bank's security unit, Reza Karimi,"). */
const DESCRIBED_NAME = /^\s+((?:the|a|an|its|their)\s+[a-z][^,]{2,80}),\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}),?\s*$/u;

export function add(raw: Candidate, cue: string, si: number, pos: number, relay = false): number | null {
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
  if (noSpeaker(raw.source)) return null;
  if (notASpeaker(raw.source)) return null;
  // "a hacker calling himself “xenZen” began selling what he claims are …": the pronoun is the self-named person of this sentence.
  if (/^(?:he|she|they)$/i.test(raw.source.trim())) {
    const alias = SELF_PRONOUN.exec(sentences[si]!.text.slice(Math.max(0, pos - 200), pos));
    if (alias) raw = { source: alias[1]!.trim(), kind: 'unspecified' };
  }
  const cls = classify(raw.source) ?? (raw.kind === 'anonymous' && raw.source.length <= 140 ? { source: raw.source, kind: 'anonymous' as SourceKind } : null) ?? onlineHandle(raw) ?? (lowerNames.has(raw.source) ? { source: raw.source, kind: raw.kind } : null);
  if (!cls) return null;
  if (raw.kind && !cls.kind) cls.kind = raw.kind;
  // fix7: "Two employees, who asked not to be identified, said": the appositive's anonymity outweighs a vague head.
  if (raw.kind === 'anonymous' && cls.kind === 'unspecified') cls.kind = 'anonymous';
  const res = resolve(cls, si);
  if (!res) return null;
  let name = bareName(res.source);
  if (!name || name.length < 2) return null;
  if (notASpeaker(name)) return null;
  const org = speakerOrg(raw.org ?? null, raw.role ?? null, si) ?? (raw.role ? ownedBody(raw.role, si) : null);
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
  if (kind === 'company' && !label && givenName(name)) kind = 'person';
  // A person whose appositive gives a government title at a government body speaks for it ("a spokesman for the X Embassy").
  if (raw.kind === 'government' && (kind === 'person' || kind === 'company') && !formerPost) kind = 'government';
  if (kind === 'person' && raw.organisation) kind = 'company';
  // "Name, a researcher at X" / "Name, professor at Y": the role says researcher; "Name, CEO of X": the company's voice.
  if (kind === 'person' && raw.role && !formerPost) kind = kindOfRole(raw.role) ?? kind;
  // "Name, a senior SBU cyber official": an official's title naming a body the database knows as a government one.
  if (kind === 'person' && raw.role && !formerPost && GOV_TITLES.test(raw.role) && govBodyInRole(raw.role)) kind = 'government';
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
}

/** "first flagged on March 29 by X, which …, and by Y": every agent is a source. */
export function passiveAgents(right: string, verb: string, si: number, at: number): void {
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
}

/** "X quoted/cited Y as saying": Y is a source, relayed by X when X is an outlet. */
export function citedAs(right: string, verb: string, si: number, pos: number, idx: number, relative = false): void {
  const asAt = right.slice(0, 200).search(/ as (?:saying|telling)\b/);
  // fix13: "quoted the head of the central bank's security unit, Reza Karimi, as saying": the person named after the description.
  const described = asAt > 1 ? DESCRIBED_NAME.exec(right.slice(0, asAt)) : null;
  if (described) {
    const r = add({ source: described[2]!, kind: null, org: orgInAppositive(described[1]!), role: described[1]! }, verb, si, pos);
    if (r !== null && r !== idx && drafts[idx]!.kind === 'outlet') drafts[r]!.via = idx;
    return;
  }
  const f = asAt > 1 ? npForward(right.slice(0, asAt)) : null;
  if (!f && relative) {
    // fix12: "according to Reuters, which cited Iran's state broadcaster Press TV, the head of …": the named outlet or
    // body the relative clause cites, closed by its comma, relayed by the antecedent (blind12).
    const desc = CITED_DESC.exec(right.slice(0, 160));
    const h = npForward(right.slice(desc ? desc[0].length : 0, 160));
    if (h && (h.appositive !== null || /^\s*,/.test(h.rest)) && /\p{Lu}/u.test(h.np)) {
      const r = add({ source: h.np, kind: null }, verb, si, pos);
      if (r !== null && r !== idx && drafts[idx]!.kind === 'outlet') drafts[r]!.via = idx;
      return;
    }
  }
  if (!f) {
    // blind8: "The newspaper also cited a report by the X Center": the document's author, relayed by the subject.
    const doc = CITED_DOC_BY.exec(right.slice(0, 120));
    const g = doc ? npForward(right.slice(doc[0].length)) : null;
    if (!g || !isCap(g.np.replace(/^the\s+/i, ''))) return;
    const r = add({ source: g.np, kind: null }, verb, si, pos);
    if (r !== null && r !== idx && drafts[idx]!.kind === 'outlet') drafts[r]!.via = idx;
    return;
  }
  const r = add({ source: f.np, kind: null, org: f.appositive ? orgInAppositive(f.appositive) : null, role: f.appositive }, verb, si, pos);
  if (r !== null && r !== idx && drafts[idx]!.kind === 'outlet') drafts[r]!.via = idx;
}

/**
 * "according to a statement carried by RIA Novosti", "citing a report run by X": a document with no author named
 * is the carrying outlet's to relay. The outlet is the source (and relays the other sources of the sentence); a
 * document with an author ("a statement by the ministry carried by TASS") keeps its author, relayed by the outlet.
 */
export function carriedBy(f: { np: string; rest: string }, cue: string, si: number, at: number): boolean {
  const by = CARRIED_BY.exec(f.rest.slice(0, 60));
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
}

/**
 * fix7: "Iran's state broadcaster Press TV picked the story up, citing an unnamed official": an outlet named in the
 * clause before ", citing" is the relay of the source it cites. Only outlets the database or its name words know.
 */
export function citingOutlet(left: string, cited: number, cue: string, si: number): void {
  const clause = left.slice(Math.max(0, left.length - 200));
  for (const m of eachMatch(CAP_RUN, clause)) {
    const run = m[0].replace(/[’']s$/, '');
    const lab = labelFor(run, null);
    if (kindOf(run, lab, db, null) !== 'outlet' || isPublisher(lab, run)) continue;
    const o = add({ source: run, kind: 'outlet' }, cue, si, Math.max(0, left.length - clause.length + (m.index ?? 0)), true);
    if (o !== null && o !== cited) drafts[cited]!.via = o;
    return;
  }
}

/** A draft's source again, for a second cue of the same clause ("she said …, emphasizing …"). */
export function sameSource(d: Draft, cue: string, si: number, pos: number): void {
  if (drafts.length >= ATTRIBUTION_LIMITS.maxAttributions) return;
  const sourceLow = d.source.toLowerCase();
  const cueLow = cue.toLowerCase();
  if (draftOf(sourceLow, si, cueLow) !== undefined) return;
  keep(sourceLow, si, cueLow, drafts.length);
  drafts.push({ ...d, cue, sentence: si, pos, relayOutlet: false });
  remember(d.source, d.kind, si, true);
}

/** "…, saying …": the source named last before the participle in this sentence, else the subject that opens the clause. */
export function participle(text: string, cueRaw: string, si: number, at: number, before: number): void {
  for (let k = drafts.length - 1; k >= before; k--) {
    const d = drafts[k]!;
    if (d.pos >= at || d.relayOutlet) continue;
    sameSource(d, cueRaw, si, at);
    return;
  }
  const subj = clauseSubject(text.slice(0, at));
  if (subj) add({ source: subj.np, kind: subj.kind ?? null, org: subj.appositive ? orgInAppositive(subj.appositive) : null, role: subj.appositive }, cueRaw, si, at);
}

export function possessives(text: string, si: number): void {
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
}
