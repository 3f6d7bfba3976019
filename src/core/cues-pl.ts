import type { SourceDirectory } from './directory';
import type { Attribution, Hedge, SourceKind, SourceLabel } from './report';
import type { Sentence } from './sentences';
import { kindOf } from './source-kind';
import { attributionCollector, findPatternHedges, type CueContext } from './cue-collect';
import { trimEndChars, trimStartChars } from './trim';

/**
 * left9: attribution and hedge cues for Polish pages.
 *
 * Cues with the source after them: "według X", "jak podaje X" / "jak poinformował X", "powołując się na X" (a
 * relay: X via the sentence's outlet); speech verbs with the subject before them ("Policja poinformowała, że …")
 * or after them when a quote, a comma or a dash comes first ("…, poinformowała policja", "– powiedział X"). A source
 * must carry a capitalised word or a source noun ("policja", "eksperci", "źródło"), so "według mnie" names nobody.
 * Hedges: rzekomo, podobno, jakoby, nieoficjalnie, niepotwierdzone; prawdopodobnie, najprawdopodobniej (estimative).
 *
 * Every regex is a flat alternation of literals between letter lookarounds; names are read by splitting a bounded
 * slice on spaces. Work is capped.
 */

const LIMITS = { maxSentences: 2_000, maxChars: 1_500, maxAttributions: 300 };

/** Cues with the source after them. */
// redos-ok: literal alternations between single-character lookarounds; single spaces between fixed words.
const AFTER_RE = /(?<![\p{L}])(?:według|jak (?:podaje|podają|podał|podała|podało|informuje|informują|poinformował|poinformowała|poinformowało|poinformowali|przekazał|przekazała|donosi|donoszą|pisze|piszą|ustalił|ustaliła)|powołując się na|za pośrednictwem)(?![\p{L}])/giu;

/** Speech verbs: the subject before them, or after them in an inverted clause. */
// redos-ok: a flat alternation of literal words between single-character lookarounds.
// fix12: "przypomniał" (reminded) — "Prezes UODO przypomniał, że …" (blind12).
const VERB_RE = /(?<![\p{L}])(?:powiedział|powiedziała|powiedzieli|powiedziało|poinformował|poinformowała|poinformowało|poinformowali|przekazał|przekazała|przekazali|oświadczył|oświadczyła|oświadczyli|stwierdził|stwierdziła|stwierdzili|podkreślił|podkreśliła|zapewnił|zapewniła|ostrzegł|ostrzegła|ostrzegają|dodał|dodała|przyznał|przyznała|potwierdził|potwierdziła|potwierdzili|zaprzeczył|zaprzeczyła|podał|podała|podało|mówi|twierdzi|twierdzą|informuje|ostrzega|zapewnia|przypomniał|przypomniała|przypomnieli|przypomina)(?![\p{L}])/giu;

/** Words that end a source phrase read forward (prepositions, conjunctions, time words). */
const STOP_FWD = /^(?:że|iż|w|we|na|o|z|ze|do|od|po|przy|dla|za|przez|ale|a|i|oraz|także|również|już|wcześniej|wczoraj|dziś|dzisiaj|w poniedziałek|poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)$/i;
/** Source nouns (stems, lower case): a phrase headed by one names a source even without a capitalised word. */
const SOURCE_NOUN = /^(?:grup|straż|rzeczni|przedstawiciel|ministerstw|resort|policj|prokuratur|ekspert|specjali|analityk|badacz|źródł|informator|rozmówc|pracowni|dyrektor|szef|prezes|firm|spółk|agencj|służb|urzęd|urząd|rząd|ambasad|portal|dziennik|gazet|telewizj|serwis|zespół|zespoł)/i;
const PRONOUN = /^(?:on|ona|ono|oni|one|my|ja|wy|ty|to|ten|ta|te|który|która|które|kto|mnie|nas|niego|niej|nich)$/i;
/** Conjunctions and adverbs that open a clause before its subject. */
const LEAD = /^(?:a|i|ale|jednak|również|także|natomiast|ponadto|wcześniej|później|następnie|tymczasem)$/i;
/** What may come before an inverted speech verb: nothing, a comma, a dash, or a quotation that opens the sentence. */
// redos-ok: anchored; one run of non-quote characters between the quotes; the text is a sentence capped at LIMITS.maxChars.
const INVERTED_LEFT = /(?:^|[,—–-])\s*$|^\s*[„"“«][^„"“”«»]*[”"»]\s*$/;

const isCap = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);
const clean = (w: string): string => trimEndChars(trimStartChars(w, '„"“«('), '”"»),.;:!?');

/** A preposition that opens a phrase: "Do ataku przyznała się …" has no subject before the verb. */
const PREPOSITION = /^(?:do|w|we|na|z|ze|po|od|przez|za|o|u|przy|dla|wobec|według)$/i;

/** The words as a source name, when they carry a capitalised word or a source noun and are not a pronoun. */
function named(ws: string[]): string | null {
  if (!ws.length || PRONOUN.test(ws[0]!) || PREPOSITION.test(ws[0]!)) return null;
  if (!ws.some((w) => isCap(w) || SOURCE_NOUN.test(w))) return null;
  const name = ws.join(' ');
  return name.length >= 2 ? name : null;
}

/** The source phrase at the start of `right`, up to a comma or a stop word: at most 8 words. */
function phraseForward(right: string): string | null {
  const seg = right.slice(0, 200).split(/[,;:.!?()]|\s[—–-]\s/)[0] ?? '';
  const out: string[] = [];
  const ws = seg.split(/\s+/).map(clean).filter(Boolean);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (out.length >= 8 || (STOP_FWD.test(w) && !isCap(w))) break;
    // No comma need close the phrase ("Według policji przestępcy …"): after its first word, a lowercase word stays
    // only when a capitalised one follows within two words ("rzecznika prasowego Komendy Głównej").
    // A source noun may take a lowercase complement that is a source noun too or an adjective ("rzecznik urzędu",
    // "straży miejskiej"); "policji przestępcy …" stops at the sentence's own subject.
    const complement = out.length > 0 && SOURCE_NOUN.test(out[out.length - 1]!) && (SOURCE_NOUN.test(w) || /(?:ej|ego|ych|ski|ska|cki|cka)$/.test(w));
    if (out.length && !isCap(w) && !complement && !ws.slice(i + 1, i + 3).some(isCap)) break;
    out.push(w);
  }
  return named(out);
}

/** The subject that ends `left`: back to the clause start, at most 8 words. */
function phraseBackward(left: string): string | null {
  const parts = left.slice(-240).split(/[,;:.!?()]|\s[—–-]\s/);
  let ws = (parts[parts.length - 1] ?? '').trim().split(/\s+/).map(clean).filter(Boolean);
  while (ws.length && LEAD.test(ws[0]!)) ws = ws.slice(1);
  // blind10: "Medivita nie potwierdziła" (did not confirm): a negation or adverb before the verb is not the subject's.
  while (ws.length > 1 && VERB_TAIL.test(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
  // fix12: "Nie podał jednak żadnych dowodów": a clause that opens with its negation has no subject before the verb.
  if (ws.length === 1 && VERB_TAIL.test(ws[0]!)) return null;
  if (ws.length > 8) return null;
  return named(ws);
}
const VERB_TAIL = /^(?:nie|już|też|również|także|jeszcze|dotąd|wciąż|wówczas|wtedy)$/i;

const ANON = /^(?:źródł|informator|anonimow|osob[ayi]\s+zbliżon|rozmówc)/i;
const VAGUE = /^(?:ekspert|specjali|analityk|badacz|obserwator)[\p{L}]*$/iu;
const GOV = /(?:Ministerstw|ministerstw|straż|resort|policj|Policj|prokuratur|Prokuratur|rząd|Rząd|urząd|Urząd|Urzęd|ambasad|Ambasad|rzeczni|CERT|CSIRT|ABW|NASK|Komend|Straż|Sejm|Kancelari|Agencj[a-ząęłńóśźż]{0,2} Bezpieczeństwa)/u;
const OUTLET = /(?:PAP|TVN|Polsat|Onet|Interia|Gazet|gazet|Dziennik|dziennik|Rzeczpospolit|Wirtualna Polska|Radio|radio|portal|serwis|telewizj|agencj[a-ząęłńóśźż]{0,2} prasow)/u;
const COMPANY = /(?:firm|spółk|S\.A\.|sp\. z o\.o\.|bank|Bank|operator)/u;

function kindPl(name: string, label: SourceLabel | null, db: SourceDirectory): SourceKind {
  if (ANON.test(name)) return 'anonymous';
  // "grupa Czarny Kot", "grupa hakerska": a group that claims an attack, nobody's company or person.
  if (!label && /^grup[aąy]?\s|^grupa$/i.test(name)) return 'unspecified';
  if (VAGUE.test(name)) return 'unspecified';
  if (label) return kindOf(name, label, db, null);
  if (OUTLET.test(name)) return 'outlet';
  if (GOV.test(name)) return 'government';
  if (COMPANY.test(name)) return 'company';
  const ws = name.split(' ');
  // A common-noun phrase is nobody in particular; a proper name goes to the shared rules.
  if (!ws.some(isCap)) return 'unspecified';
  return kindOf(name, label, db, null);
}

export type PlContext = CueContext;

/** Attributions by Polish cues. Never throws. */
export function findPlAttributions(sentences: Sentence[], ctx: PlContext): Attribution[] {
  const out: Attribution[] = [];
  try {
    const push = attributionCollector(out, LIMITS.maxAttributions, ctx, kindPl, (name) => name.toLowerCase());
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    for (let si = 0; si < n; si++) {
      const sent = sentences[si]!;
      if (sent.blockKind === 'title') continue;
      const text = sent.text.slice(0, LIMITS.maxChars);
      const first = out.length;
      let relay = -1;
      let cited = false;
      AFTER_RE.lastIndex = 0;
      for (let m = AFTER_RE.exec(text), g = 0; m && g < 10; m = AFTER_RE.exec(text), g++) {
        const cue = m[0].replace(/\s+/g, ' ');
        const at = push(phraseForward(text.slice(m.index + m[0].length)), cue, sent);
        // "jak podaje PAP", "jak informuje TVN24": the outlet relays the sentence's other sources.
        if (at >= 0 && /^jak /i.test(cue) && out[at]!.sourceKind === 'outlet' && relay < 0) relay = at;
        if (/^powołując/i.test(cue)) cited = true;
      }
      VERB_RE.lastIndex = 0;
      for (let m = VERB_RE.exec(text), g = 0; m && g < 10; m = VERB_RE.exec(text), g++) {
        const left = text.slice(0, m.index);
        if (/(?:^|\s)jak\s*$/i.test(left)) continue;
        const right = text.slice(m.index + m[0].length);
        // "Do ataku przyznała się grupa hakerska": the reflexive verb after a fronted object; its subject follows.
        const reflexive = /^\s+się\s/.exec(right);
        let name = INVERTED_LEFT.test(left) ? phraseForward(right) : phraseBackward(left);
        if (!name && reflexive) name = phraseForward(right.slice(reflexive[0].length));
        // "PAP, powołując się na źródło w ABW, podała": the subject before the participle clause.
        const cite = !name && cited ? left.search(/,\s*powołując\s/i) : -1;
        if (cite > 0) name = phraseBackward(left.slice(0, cite));
        const at = push(name, m[0], sent);
        // "PAP, powołując się na policję, podała": the outlet that cites relays.
        if (at >= 0 && out[at]!.sourceKind === 'outlet' && relay < 0 && (cited || /^(?:podał|podała|podało|informuje)$/i.test(m[0]))) relay = at;
      }
      if (relay >= 0) for (let k = first; k < out.length; k++) if (k !== relay && out[k]!.sourceKind !== 'outlet') out[k]!.via = relay;
    }
  } catch {
    return out;
  }
  return out;
}

/** Hedge cues: hearsay and unconfirmed (rzekomo, podobno) and estimative (prawdopodobnie). */
// redos-ok: a flat alternation of literal words and fixed phrases between single-character lookarounds.
const HEDGE_RE = /(?<![\p{L}])(?:rzekomo|rzekom[aey]|podobno|jakoby|nieoficjalnie|niepotwierdzon[aey]|według\s+nieoficjalnych\s+informacji|według\s+wstępnych\s+(?:informacji|ustaleń)|prawdopodobnie|najprawdopodobniej|przypuszczalnie|najpewniej|możliwe,\s+że|nie\s+wiadomo|nie\s+jest\s+jasne|nie\s+jest\s+(?:jeszcze\s+)?znan[aey]|nie\s+(?:wyklucza|wykluczają|wykluczono|wykluczył|wykluczyła)|nie\s+można\s+wykluczyć|domniemany|domniemana|domniemane|domniemanego|domniemanej|domniemanych|wszystko\s+wskazuje\s+na\s+to|(?:miał|miała|miało|mieli|miały)\s+(?:\p{L}{2,20}\s+){0,2}?\p{L}{2,20}(?:ć|c)(?=[\s,.;:!?]|$))(?![\p{L}])/giu;
const ESTIMATIVE = /^(?:prawdopodobnie|najprawdopodobniej|przypuszczalnie|najpewniej|możliwe, że)$/i;

/** Hedges by Polish cues. Never throws. */
export function findPlHedges(sentences: Sentence[]): Hedge[] {
  return findPatternHedges(sentences, HEDGE_RE, ESTIMATIVE, LIMITS);
}
