import type { SourceDirectory } from './directory';
import type { Attribution, Hedge, SourceKind, SourceLabel } from './report';
import type { Sentence } from './sentences';
import { kindOf } from './source-kind';
import { trimEndChars, trimStartChars } from './trim';

/**
 * intl8: attribution and hedge cues for Russian pages, the language of the
 * state outlets security stories relay (TASS, RIA Novosti).
 *
 * Cues: reporting phrases with the source after them ("по словам X", "по
 * данным X", "как сообщил X", "со ссылкой на X"), speech verbs with the
 * subject before them ("X заявил", "В ФСБ сообщили") or after them when a
 * quote, a comma or "Об этом" comes first ("…, — заявил X", "Об этом сообщает
 * ТАСС"). A source must carry a capitalised word or a source noun
 * ("эксперты", "источник"), so "поиск по словам" or "он заявил" name nobody.
 * Hedges: якобы, предположительно, возможно, по неподтверждённым данным…
 *
 * Every regex is a flat alternation of literals between letter boundaries;
 * names are read by splitting a bounded slice on spaces. Work is capped.
 */

const LIMITS = { maxSentences: 2_000, maxChars: 1_500, maxAttributions: 300 };

/** Letter boundaries for Cyrillic words (JavaScript's \b knows ASCII letters only). */
const L = 'А-Яа-яЁёA-Za-z0-9';

/** Cues with the source after them. */
// redos-ok: literal alternations between single-character lookarounds; one \s+ run between fixed words.
const AFTER_RE = new RegExp(`(?<![${L}])(?:по\\s+словам|по\\s+данным|по\\s+информации|по\\s+мнению|по\\s+оценке|по\\s+оценкам|как\\s+(?:сообщил|сообщила|сообщили|сообщило|сообщает|сообщают|заявил|заявила|заявили|заявило|пишет|пишут|передает|передаёт|отметил|отметила|отметили|рассказал|рассказала|рассказали|подчеркнул|подчеркнула|подчеркнули)|со\\s+ссылкой\\s+на)(?![${L}])`, 'gi');

/** Speech verbs: the subject before them, or after them in an inverted clause. */
// redos-ok: a flat alternation of literal words between single-character lookarounds.
const VERB_RE = new RegExp(`(?<![${L}])(?:(?:заяви|сообщи|отмети|рассказа|подчеркну|сказа|призна|поясни|добави|предупреди|уточни|обвини|опроверг|утвержда|сообща|заявля|отрица)(?:л|ла|ло|ли)|сообщает|сообщают|заявляет|заявляют|пишет|пишут|передает|передаёт|утверждает|утверждают|отрицает|отрицают|опроверг)(?![${L}])`, 'gi');

/** Words that end a source phrase read forward (prepositions, conjunctions, time words). */
const STOP_FWD = /^(?:что|чтобы|в|во|на|о|об|обо|с|со|к|ко|у|из|за|для|при|после|до|от|но|а|и|также|уже|ранее|в понедельник|вчера|сегодня|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)$/i;
/** Source nouns (stems, lower case): a phrase headed by one names a source even without a capitalised word. */
const SOURCE_NOUN = /^(?:представител|пресс-служб|пресс-секретар|министерств|ведомств|эксперт|специалист|аналитик|исследовател|источник|собеседник|сотрудник|руководител|глав|директор|заместител|компани|агентств|служб|полици|прокуратур|правительств|посольств|издани|газет|телеканал|официальн|генеральн|российск|американск|китайск|украинск)/i;
const PRONOUN = /^(?:он|она|оно|они|мы|я|вы|ты|это|этот|эта|эти|который|которая|которые|кто)$/i;
/** Conjunctions and adverbs that open a clause before its subject. */
const LEAD = /^(?:а|и|но|однако|также|тем|временем|кроме|того|при|этом|ранее|позже|затем|вместе|впоследствии)$/i;
/**
 * What may come before an inverted speech verb: nothing, a comma, a dash, a quotation that opens the sentence
 * ("«…» заявил X"), or "Об этом". A quoted name before the verb is its subject ("Эксперты «X» рассказали").
 */
// redos-ok: anchored; one lazy-free run of non-quote characters between the quotes; the text is a sentence capped at LIMITS.maxChars.
const INVERTED_LEFT = /(?:^|[,—–-])\s*$|^\s*[«"“„][^«»"“”„]*[»"”]\s*$|^\s*(?:об\s+этом|ранее\s+об\s+этом|также\s+об\s+этом|об\s+этом\s+же|как)\s*$/i;

const isCap = (w: string): boolean => /^[А-ЯЁA-Z0-9]/.test(w);
const clean = (w: string): string => trimEndChars(trimStartChars(w, '«"“„('), '»"”),.;:!?');

/** The source phrase at the start of `right`, up to a comma or a stop word: at most 8 words. */
function phraseForward(right: string): string | null {
  const seg = right.slice(0, 200).split(/[,;:.!?()]|\s[—–-]\s/)[0] ?? '';
  const ws = seg.split(/\s+/).map(clean).filter(Boolean);
  const out: string[] = [];
  for (const w of ws) {
    if (out.length >= 8 || (STOP_FWD.test(w) && !isCap(w))) break;
    out.push(w);
  }
  return named(out);
}

/** The subject that ends `left`: back to the clause start, at most 8 words. */
function phraseBackward(left: string): string | null {
  const parts = left.slice(-240).split(/[,;:.!?()]|\s[—–-]\s/);
  let ws = (parts[parts.length - 1] ?? '').trim().split(/\s+/).map(clean).filter(Boolean);
  while (ws.length && LEAD.test(ws[0]!)) ws = ws.slice(1);
  // "В ФСБ сообщили", "В ведомстве заявили": the body the statement came from.
  if (ws.length >= 2 && /^(?:в|во)$/i.test(ws[0]!)) ws = ws.slice(1);
  if (ws.length > 8) return null;
  return named(ws);
}

/** The words as a source name, when they carry a capitalised word or a source noun and are not a pronoun. */
function named(ws: string[]): string | null {
  if (!ws.length || PRONOUN.test(ws[0]!)) return null;
  if (!ws.some((w) => isCap(w) || SOURCE_NOUN.test(w))) return null;
  // A lowercase verb or adverb inside the subject means this is no noun phrase ("хакеры взломали сервер и").
  const name = ws.join(' ');
  return name.length >= 2 ? name : null;
}

const ANON = /^(?:источник|источники|источников|источника|собеседник|собеседники|анонимн)/i;
const VAGUE = /^(?:эксперт|специалист|аналитик|исследовател|наблюдател)[а-яё]*$/i;
/** Acronyms, case-sensitive and whole ("СМИ" is not in "Смирнов", "ГРУ" not in "группировка"). */
const GOV_ACRONYM = /(?<![А-ЯЁA-Z])(?:МИД|ФСБ|МВД|СВР|ГРУ|ФСТЭК|НКЦКИ|ЦБ|СК)(?![А-ЯЁA-Z])/;
const GOV = /(?:Минобороны|Минцифры|министерств|ведомств|правительств|Кремл|прокуратур|Следственн|посольств|пресс-секретар|президент|Роскомнадзор|Госдум|полици|администраци|Совбез|Совет безопасности|Центробанк|Банк России)/i;
const OUTLET_ACRONYM = /(?<![А-ЯЁA-Z])(?:ТАСС|РИА|РБК|СМИ)(?![А-ЯЁA-Z])/;
const OUTLET = /(?:Интерфакс|Коммерсант|Известия|Ведомост|газет|телеканал|издани|агентств[а-яё]{0,2}\s{1,2}новост|информагентств)/i;
const COMPANY = /(?:компани|Лаборатори[яи] Касперского|Positive Technologies|BI\.ZONE|F\.A\.C\.C\.T|Group-IB|Solar|ООО|ПАО|АО\b)/i;

function kindRu(name: string, label: SourceLabel | null, db: SourceDirectory): SourceKind {
  if (ANON.test(name)) return 'anonymous';
  if (VAGUE.test(name)) return 'unspecified';
  if (label) return kindOf(name, label, db, null);
  if (OUTLET_ACRONYM.test(name) || OUTLET.test(name)) return 'outlet';
  if (GOV_ACRONYM.test(name) || GOV.test(name)) return 'government';
  if (COMPANY.test(name)) return 'company';
  // A common-noun phrase ("Самые популярные блогеры") is nobody in particular; a proper name goes to the shared rules.
  const ws = name.split(' ');
  if (!ws.slice(1).some(isCap) && !(ws.length === 1 && isCap(name))) return 'unspecified';
  return kindOf(name, label, db, null);
}

export interface RuContext {
  db: SourceDirectory;
  publisher: SourceLabel | null;
}

/** Attributions by Russian cues. Never throws. */
export function findRuAttributions(sentences: Sentence[], ctx: RuContext): Attribution[] {
  const out: Attribution[] = [];
  try {
    const seen = new Set<string>();
    const push = (name: string | null, cue: string, sent: Sentence): void => {
      if (!name || out.length >= LIMITS.maxAttributions) return;
      const key = name.toLowerCase();
      if (seen.has(key)) return;
      // The name as listed ("ТАСС", "РИА Новости"), else its first words ("ТАСС со …" is cut at the stop word).
      const label = ctx.db.byName(name) ?? null;
      if (ctx.publisher && label && label.id === ctx.publisher.id) return;
      seen.add(key);
      out.push({ source: name, sourceKind: kindRu(name, label, ctx.db), cue, sentence: sent.text, label, via: null });
    };
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    for (let si = 0; si < n; si++) {
      const sent = sentences[si]!;
      if (sent.blockKind === 'title') continue;
      const text = sent.text.slice(0, LIMITS.maxChars);
      AFTER_RE.lastIndex = 0;
      for (let m = AFTER_RE.exec(text), g = 0; m && g < 10; m = AFTER_RE.exec(text), g++) {
        push(phraseForward(text.slice(m.index + m[0].length)), m[0].replace(/\s+/g, ' '), sent);
      }
      VERB_RE.lastIndex = 0;
      for (let m = VERB_RE.exec(text), g = 0; m && g < 10; m = VERB_RE.exec(text), g++) {
        const left = text.slice(0, m.index);
        // "как сообщил X" was read by AFTER_RE.
        if (/(?:^|\s)как\s*$/i.test(left)) continue;
        const name = INVERTED_LEFT.test(left) ? phraseForward(text.slice(m.index + m[0].length)) : phraseBackward(left);
        push(name, m[0], sent);
      }
    }
  } catch {
    return out;
  }
  return out;
}

/** Hedge cues: hearsay and unconfirmed ("якобы", "по неподтверждённым данным") and estimative ("возможно"). */
// redos-ok: a flat alternation of literal words and fixed phrases between single-character lookarounds.
const HEDGE_RE = new RegExp(`(?<![${L}])(?:якобы|предположительно|по\\s+неподтвержд[её]нным\\s+данным|по\\s+непроверенным\\s+данным|вероятно|возможно|по-видимому|по\\s+всей\\s+видимости|судя\\s+по\\s+всему|как\\s+утверждается|как\\s+предполагается|как\\s+сообщается|по\\s+некоторым\\s+данным|не\\s+исключено|подозреваем[а-яё]{0,3})(?![${L}])`, 'gi');
const ESTIMATIVE = /^(?:вероятно|возможно|по-видимому|по всей видимости|судя по всему|не исключено)$/i;

/**
 * "возможно" is also an adjective's short form ("это возможно только при …" = "possible only if"): it hedges
 * only as a parenthetical word, set off by a comma or opening its clause.
 */
function isParenthetical(text: string, at: number, len: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at).trimEnd();
  return (at < 12 && before === '') || /[,—–(:]$/.test(before) || text[at + len] === ',';
}

/** Hedges by Russian cues. Never throws. */
export function findRuHedges(sentences: Sentence[]): Hedge[] {
  const out: Hedge[] = [];
  try {
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    for (let si = 0; si < n && out.length < 500; si++) {
      const text = sentences[si]!.text.slice(0, LIMITS.maxChars);
      const seen = new Set<string>();
      HEDGE_RE.lastIndex = 0;
      for (let m = HEDGE_RE.exec(text), g = 0; m && g < 20; m = HEDGE_RE.exec(text), g++) {
        const cue = m[0].toLowerCase().replace(/\s+/g, ' ');
        if (/^(?:возможно|вероятно)$/.test(cue) && !isParenthetical(text, m.index, m[0].length)) continue;
        if (seen.has(cue)) continue;
        seen.add(cue);
        out.push({ cue, sentence: sentences[si]!.text, kind: ESTIMATIVE.test(cue) ? 'estimative' : 'hedge' });
      }
    }
  } catch {
    return out;
  }
  return out;
}
