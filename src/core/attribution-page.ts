import { resolveAcronym } from './acronyms';
import { LIMITS } from './limits';
import { countryOfWord } from './countries';
import { SHORTCUTS } from './gate';
import type { SourceDirectory } from './directory';
import type { AcronymDefinition, SourceKind, SourceLabel } from './report';
import type { Sentence } from './sentences';
import { isPersonName, kindOf } from './source-kind';
import type { Draft } from './attribution-types';
import { DATE_NAME, EMBASSY, EMBASSY_SEAT, selfKey } from './attribution-subject';
import type { Mention } from './attribution-subject';
import { kindOfRole, orgInAppositive } from './attribution-classify';
import { COORDINATED_NAME, lastWords, personTail } from './attribution-names';
import {
  qaIntroducedGuest, qaTurnLabels, qaQuestions, transcriptGuests, transcriptSpeakers,
} from './attribution-transcript';
import type { AttributionContext } from './attribution';

/** Work is capped per page: sentences read, attributions kept, characters of a sentence read. */
export const ATTRIBUTION_LIMITS = { maxSentences: 2_000, maxAttributions: LIMITS.attributions, maxSentenceChars: 2_000 };

/**
 * Attribution's per-page state and what it knows about names: the drafts made so far and their keys, the mentions
 * (antecedents), the persons and their posts, the labels asked of the database, and whether a name is the publisher.
 * One object per page (`run` in attribution.ts makes it), read through the module variables below.
 */
export class Page {
  declare readonly db: SourceDirectory;
  declare readonly acronyms: AcronymDefinition[];
  declare readonly publisher: SourceLabel | null;
  /** The sentences read: at most `maxSentences`. */
  declare readonly n: number;
  readonly drafts: Draft[] = [];
  /**
   * Sentence → [source, cue, index of the first draft with them] (lower case): a repeated source and cue in one
   * sentence is one attribution. (A key string per draft cost a concatenation and a hash on every attribution.)
   */
  readonly keys = new Map<number, [string, string, number][]>();
  /** Named things seen so far (sources and capitalised mentions), most recent last: antecedents for "the ministry", "he", "it". */
  readonly mentions: Mention[] = [];
  /** left11: names written in lower case that the page introduced ("the privacy group noyb said"), learned at their cue. */
  readonly lowerNames = new Set<string>();
  /** Names that reported something citing sources of their own (reporterCiting): outlets. */
  readonly reporters = new Set<string>();
  readonly persons = new Map<string, { name: string; kind: SourceKind }>(); // surname / first name → full phrase
  // A person's kind and label, fixed by the post the article first gave them ("Jane Doe, a researcher at X"): a later
  // "Doe said" or "she said" carries no post of its own but is the same person.
  readonly personFacts = new Map<string, { kind: SourceKind; label: SourceLabel | null }>();
  /** The person who is the grammatical subject of a sentence ("Clinton criticized …"): antecedent for a "she said" after it. Computed on demand, memoised. */
  readonly subjects = new Map<number, { source: string; kind: SourceKind } | null>();
  /** polnear11: 1 for a sentence that starts inside a quotation opened in a sentence before it (set as sentences are read). */
  declare readonly inQuoteAt: Uint8Array;
  /** Answers of `labelFor` on this page (the database and the acronyms are fixed for the page): the same names are asked about many times. */
  readonly labels = new Map<string, SourceLabel | null>();
  readonly labelsOrg = new Map<string, SourceLabel | null>();
  /** selfKey of the page's own site name, and the last word a paper names itself by. */
  declare readonly selfName: string;
  declare readonly selfLast: string;
  /** selfKey of the names asked about on this page (a pure function; asked on every attribution when the site is named). */
  readonly selfKeys = new Map<string, string>();
  /** Capitalised names seen so far, with the long form and kind they are remembered under. */
  readonly mentionOf = new Map<string, { name: string; kind: SourceKind }>();
  /** The page's interview forms (attribution-transcript.ts): the guest of a Q&A, the guests and speakers of a transcript. */
  declare readonly qaGuest: ReturnType<typeof qaIntroducedGuest>;
  declare readonly guests: ReturnType<typeof transcriptGuests>;
  declare readonly speakers: ReturnType<typeof transcriptSpeakers>;
  declare readonly qaLabels: Set<string>;
  declare readonly qaPlain: ReturnType<typeof qaQuestions> | null;
  /** The interviewee of `qaPlain`, found at its first answer: the one person the introduction names (not the interviewer). */
  qaPlainGuest: string | null | undefined = undefined;
  // polnear11: whether a quotation is open at the end of the sentence read last, and in which block.
  quoteOpen = false;
  quoteBlock = -1;

  declare readonly sentences: Sentence[];

  constructor(sentences: Sentence[], ctx: AttributionContext) {
    this.sentences = sentences;
    this.db = ctx.db;
    this.acronyms = ctx.acronyms;
    this.publisher = ctx.publisher;
    const n = Math.min(sentences.length, ATTRIBUTION_LIMITS.maxSentences);
    this.n = n;
    this.inQuoteAt = new Uint8Array(n);
    this.selfName = ctx.siteName ? selfKey(ctx.siteName) : '';
    // blind8: "told the Post" on the Pennine Evening Post's own page: a paper names itself by the last word of its name.
    this.selfLast = ctx.siteName ? /\s([A-Z][a-z]{2,20})$/.exec(ctx.siteName.trim())?.[1] ?? '' : '';
    this.qaGuest = qaIntroducedGuest(sentences, n);
    this.guests = transcriptGuests(sentences, n);
    this.speakers = transcriptSpeakers(sentences, n);
    // A transcript whose guests were introduced ("talks to X") is read by its guests' labels only: a host's label is no source.
    this.qaLabels = this.guests.size ? new Set<string>() : qaTurnLabels(sentences, n);
    // left12: unlabelled answers under question paragraphs, when no other interview form was found.
    this.qaPlain = this.qaGuest || this.guests.size || this.speakers.size || this.qaLabels.size ? null : qaQuestions(sentences, n);
  }
}

/*
 * The page being read, as module variables for the functions of attribution's modules (here, attribution-resolve.ts,
 * -drafts, -sentence, -end): `bind` sets them from a `Page` when its pass starts and again after each yield (another
 * page's pass may have run in between), `release` lets the page go when the pass ends. Module functions keep their
 * optimized code from page to page, where the ~40 closures `run` re-created on every page lost it at each full GC
 * (docs/performance.md, sessions 13 and 14); module variables, unlike a state object's property names, minify.
 */
export let page!: Page;
export let db!: SourceDirectory;
export let acronyms!: AcronymDefinition[];
export let publisher!: SourceLabel | null;
export let sentences!: Sentence[];
export let n!: number;
export let drafts!: Draft[];
let keys!: Page['keys'];
export let mentions!: Mention[];
export let lowerNames!: Set<string>;
export let reporters!: Set<string>;
export let persons!: Page['persons'];
export let personFacts!: Page['personFacts'];
export let subjects!: Page['subjects'];
export let inQuoteAt!: Uint8Array;
let labels!: Page['labels'];
let labelsOrg!: Page['labelsOrg'];
let selfName!: string;
let selfLast!: string;
let selfKeys!: Page['selfKeys'];
export let mentionOf!: Page['mentionOf'];
export let qaGuest!: Page['qaGuest'];
export let guests!: Page['guests'];
export let speakers!: Page['speakers'];
export let qaLabels!: Set<string>;
export let qaPlain!: Page['qaPlain'];

export function bind(pg: Page): void {
  page = pg;
  ({ db, acronyms, publisher, sentences, n, drafts, keys, mentions, lowerNames, reporters, persons, personFacts } = pg);
  ({ subjects, inQuoteAt, labels, labelsOrg, selfName, selfLast, selfKeys, mentionOf } = pg);
  ({ qaGuest, guests, speakers, qaLabels, qaPlain } = pg);
}

export function release(): void {
  page = db = acronyms = publisher = sentences = drafts = keys = mentions = lowerNames = reporters = undefined!;
  persons = personFacts = subjects = inQuoteAt = labels = labelsOrg = selfKeys = mentionOf = undefined!;
  qaGuest = guests = speakers = qaLabels = qaPlain = undefined!;
}

export function draftOf(source: string, si: number, cue: string): number | undefined {
  const list = keys.get(si);
  if (list) for (const [s0, c0, i] of list) if (s0 === source && c0 === cue) return i;
  return undefined;
}

export function keep(source: string, si: number, cue: string, index: number): void {
  const list = keys.get(si);
  if (list) list.push([source, cue, index]);
  else keys.set(si, [[source, cue, index]]);
}

/** "Ukraine's Security Service, known as the SBU": the article's long form may be no entry's name when its short form is. */
function shortFormLabel(name: string): SourceLabel | null {
  const n = name.replace(/^the\s+/i, '').replace(/[’']s$/, '').trim();
  for (const d of acronyms) if (d.long === n || n.endsWith(` ${d.long}`)) return db.byName(d.short);
  return null;
}

export function labelFor(name: string, org: string | null): SourceLabel | null {
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
}

function labelOf(name: string, org: string | null): SourceLabel | null {
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
  const emb = EMBASSY.exec(name);
  const seat = emb ? name.slice(emb[0].length) : '';
  if (emb && (seat === '' || EMBASSY_SEAT.test(seat))) return db.byName(`${emb[1]}'s government`) ?? db.byName(`${emb[1]} government`);
  // "Ukraine’s security service" → "Security Service of Ukraine": the possessive owner written as an "of" complement.
  const poss = /^(?:the\s+)?([A-Z][\p{L}-]{2,30})[’']s\s+([a-z][a-z -]{2,60})$/u.exec(name);
  if (poss) return db.byName(`${poss[2]!.replace(/(^|\s)([a-z])/g, (_m, sp: string, c: string) => sp + c.toUpperCase())} of ${poss[1]}`);
  return null;
}

function selfKeyOf(name: string): string {
  if (SHORTCUTS.off) return selfKey(name);
  let k = selfKeys.get(name);
  if (k === undefined) selfKeys.set(name, (k = selfKey(name)));
  return k;
}

export function isPublisher(label: SourceLabel | null, name: string): boolean {
  if (selfName.length >= 4 && selfKeyOf(name) === selfName) return true;
  if (selfLast && name.replace(/^the\s+/i, '') === selfLast) return true;
  if (!publisher) return false;
  if (label && label.id === publisher.id) return true;
  return name.toLowerCase().replace(/^the\s+/, '') === publisher.name.toLowerCase().replace(/^the\s+/, '');
}

export function remember(name: string, kind: SourceKind, si: number, isSource = false): void {
  // A date ("June 18", "March 2024") is never an antecedent of "the company" or "it".
  if (DATE_NAME.test(name)) return;
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
}

/**
 * The organisation of a named person, corrected: "a researcher at the Slovak security company" names no
 * organisation "Slovak" but the company named just before; without one, no organisation.
 */
export function speakerOrg(org: string | null, role: string | null, si: number): string | null {
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
}

/**
 * "Illia Vitruk, the head of the cyber department of Ukraine's Security Service, has spent …": a person introduced
 * with a post at a known body, in a sentence that quotes nobody, is that body's voice when quoted later by surname.
 */
export function introduce(nm: string, text: string, si: number): void {
  if (!isPersonName(lastWords(nm, 2))) return;
  const at = text.indexOf(`${nm}, `);
  if (at < 0) return;
  const role = /^(?:(?:a|an|the)\s+)?[^,;()“”"]{3,140}/.exec(text.slice(at + nm.length + 2, at + nm.length + 160))?.[0];
  // A former official no longer speaks for the body.
  if (!role || !/^(?:a|an|the)\s|^[a-z]/.test(role) || /\b(?:former|ex|retired|onetime|erstwhile|then)\b/i.test(role)) return;
  const org = speakerOrg(orgInAppositive(role), role, si);
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
}

/** A capitalised word or acronym in a role that the database (or the article's acronyms) knows as a government body. */
export function govBodyInRole(role: string): boolean {
  let k = 0;
  for (const w of role.slice(0, 160).split(/\s+/)) {
    const t = w.replace(/[’']s$/, '').replace(/[,.;:]$/, '');
    if (!/^[A-Z][A-Za-z0-9-]{1,15}$/.test(t) || /^(?:A|An|The|Senior|Deputy|Chief|Head|Former)$/.test(t) || ++k > 4) continue;
    const lab = db.byName(t) ?? db.byName(resolveAcronym(t, acronyms));
    if (lab && kindOf(t, lab, db, null) === 'government') return true;
  }
  return false;
}
