import { resolveAcronym } from './acronyms';
import type { SourceKind } from './report';
import { COMPANY_WORDS, GOV_WORDS, OUTLET_WORDS, isPersonName, isStateName } from './source-kind';
import type { Candidate } from './attribution-types';
import { PRONOUNS, SPY_DESC, SPY_NAME } from './attribution-lexicon';
import { BODY_HEAD, BODY_NAME } from './attribution-cues';
import {
  OWNED_BODY, POLICE_FORCE, ROLE_DESCRIPTION, TECH_ACRONYMS, groupHead, groupKindOf,
  pluralGroup,
} from './attribution-subject';
import type { Mention } from './attribution-subject';
import { genderOf, lastWords, roleOnly, sentenceSubject } from './attribution-names';
import { ownClauseSubject } from './attribution-quotes';
import { acronyms, db, inQuoteAt, isPublisher, mentions, persons, sentences, subjects } from './attribution-page';
import { isStockExchange } from './stock-exchanges';

/**
 * Who a source phrase stands for: pronouns ("he said", "it said"), definite descriptions ("the ministry"), surnames
 * and acronyms resolved to the antecedent the page named, over the page's mentions and sentence subjects.
 */

/** Continents and world regions, which are never "the company" ("customers in Europe and Asia"). */
const REGION = /^(?:the\s+)?(?:Europe|Asia|Africa|Oceania|Antarctica|(?:North|South|Latin|Central)\s+America|the\s+Americas|Americas|Middle\s+East|Gulf|Caribbean|Scandinavia|Balkans|Baltics|Asia[- ]Pacific|EMEA|APAC)$/;
/** A name made only of places joined by commas or "and" ("Europe and Asia", "France, Spain and Italy"): no company. */
function placesOnly(name: string): boolean {
  const parts = name.split(',').flatMap((p) => p.split(' and ')).map((p) => p.trim());
  return parts.length <= 6 && parts.every((p) => REGION.test(p) || isStateName(p));
}

/** polnear8: the plural group that opens one of the sentences before, through sentences that open with "They". */
function groupSubject(si: number): { source: string; kind: SourceKind } | null {
  for (let j = si - 1; j >= Math.max(0, si - 3); j--) {
    const sent = sentences[j];
    if (!sent || sent.blockKind === 'title' || sent.blockKind === 'heading') return null;
    if (/^They\s+[a-z]/.test(sent.text)) continue;
    const g = pluralGroup(sent.text);
    return g ? { source: g, kind: groupKindOf(g.split(/\s+/).find((w) => groupHead(w.toLowerCase())) ?? '') } : null;
  }
  return null;
}

function subjectOf(j: number, depth = 0): { source: string; kind: SourceKind } | null {
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
}

/**
 * "Negotiator Felix Obuya of firm X said …. “…,” he said.": when the source of an earlier sentence is no person
 * (the firm, "the SBU official"), the person named in that sentence speaks; for a role description with no
 * name there ("the SBU official argued"), the person the paragraph was about, named in the sentences just before.
 */
function speakerOf(sj: number, personLike: (m: Mention) => boolean): { source: string; kind: SourceKind } | null {
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
  if (!srcs.some((m) => ROLE_DESCRIPTION.test(m.name))) return null;
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
}

/** Resolve pronouns, definite descriptions, surnames and acronyms to the named antecedent. */
/** blind14: a sentence that opens with a participle of citing ("Citing a report by X, it said …"). */
const CITING_LEAD_B14 = /^\s*(?:Citing|Quoting)\s/;

export function resolve(c: Candidate, si: number): Candidate | null {
  let s = c.source;
  const low = s.toLowerCase();
  if (PRONOUNS.test(s)) {
    if (/^(?:he|she)$/.test(low)) {
      // A Title Case headline's subject ("Black Lawmakers Rip …") is no antecedent for a "he" in the body.
      const clash = low === 'he' ? 'f' : 'm';
      // left9: the site's own name ("The Patch Gap is a reader-supported publication") is no person, whatever it looks like.
      const personLike = (m: Mention): boolean => sentences[m.sentence]?.blockKind !== 'title' && !roleOnly(m.name) && genderOf(m.name) !== clash && (m.kind === 'person' || m.kind === 'researcher' || ((m.kind === 'government' || m.kind === 'company') && isPersonName(lastWords(m.name, 2)))) && !isPublisher(null, m.name);
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
          const speaker = speakerOf(si - k, personLike);
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
      const own = ownClauseSubject(sentences[si]!.text, clash);
      if (own) return { source: persons.get(lastWords(own, 1))?.name ?? own, kind: 'person' };
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (si - m.sentence > 2) break;
        if (personLike(m)) return { source: m.name, kind: m.kind };
      }
      return null;
    }
    if (/^(?:it|they)$/.test(low)) {
      // blind14: "Citing a report by RIA Novosti, it said …": what the fronted participle cites is not who "it" is.
      const citedHere = CITING_LEAD_B14.test(sentences[si]!.text);
      const orgLike = (m: Mention): boolean => m.kind !== 'person' && m.kind !== 'researcher' && m.kind !== 'anonymous' && m.kind !== 'unspecified' && m.kind !== 'document' && !(citedHere && m.sentence === si);
      // … and the one that cites is the body that opens the sentence before ("Iran's Press TV went further.").
      if (citedHere && si > 0) {
        const prev = sentences[si - 1]!.text;
        for (let k = mentions.length - 1; k >= 0 && mentions[k]!.sentence >= si - 1; k--) {
          const m = mentions[k]!;
          const at = prev.indexOf(m.name);
          if (m.sentence === si - 1 && orgLike(m) && at >= 0 && at <= 12) return { source: m.name, kind: m.kind };
        }
      }
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
        const group = groupSubject(si);
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
  const productList = (name: string): boolean => name.includes(' and ') && !db.byName(name);
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
        const m = POLICE_FORCE.exec(t);
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
    if (SPY_DESC.test(def[1]!)) {
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (si - m.sentence > 15) break;
        if (SPY_NAME.test(m.name) && !isPersonName(lastWords(m.name, 2))) return { source: m.name, kind: 'government' };
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
      if (companyish && m.kind === 'company' && productList(m.name) && !placesOnly(m.name)) break;
      // blind10: nor is a name ending in a number that was never a source ("PrintHub Server 7" in a facts table: a
      // product), nor a public programme named in "Social Security numbers".
      if (companyish ? m.kind === 'company' && named(m.name) && !placesOnly(m.name) && !isStockExchange(m.name) && (m.isSource || ((!/^[A-Z]{2,4}s?$/.test(m.name) && !/^[A-Z0-9]{1,8}(?:[-.][A-Z0-9]{1,8}){1,3}$/.test(m.name) && !TECH_ACRONYMS.test(m.name) && !/\s\d{1,3}$/.test(m.name) && !/^(?:Social Security|Medicare|Medicaid)$/.test(m.name)) || !!db.byName(m.name))) : outletish ? m.kind === 'outlet' : new RegExp(`\\b${head === 'centre' ? 'cent(?:er|re)' : head === 'center' ? 'cent(?:er|re)' : head}\\b`, 'i').test(m.name)) {
        return { source: m.name, kind: m.kind };
      }
    }
    // "A senior official at the agency": the public body named nearest before (a centre, an office), not a diplomatic mission quoted earlier.
    if (BODY_HEAD.test(head) && !def[1]!.trim()) {
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (si - m.sentence > 3) break;
        if (m.sentence === si && !m.isSource) continue;
        if (m.kind === 'government' && BODY_NAME.test(m.name) && !/\b(?:[Ee]mbassy|[Cc]onsulate|[Mm]ission)\b/.test(m.name) && !isPersonName(lastWords(m.name, 2)) && !isStateName(m.name)) return { source: m.name, kind: m.kind };
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
}

/** left11: "Helena Marsh, the agency's deputy director": the body a possessive description points back to, by name. */
export function ownedBody(role: string, si: number): string | null {
  const m = OWNED_BODY.exec(role);
  if (!m) return null;
  const r = resolve({ source: `the ${m[1]!}`, kind: null }, si);
  return r && /\p{Lu}/u.test(r.source) ? r.source : null;
}
