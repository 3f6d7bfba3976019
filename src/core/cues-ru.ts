import type { SourceDirectory } from './directory';
import type { Attribution, Hedge, SourceKind, SourceLabel } from './report';
import type { Sentence } from './sentences';
import { kindOf } from './source-kind';
import { findPatternHedges } from './cue-collect';
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

/** left10: "…, называющая себя «X»," / "именующий себя «X»" right before the verb: the self-chosen name (in [1]). */
const SELF_PARTICIPLE_RU = /(?:называющ|именующ)[а-яё]{2,4}\s{0,3}$/i;
const SELF_NAME_RU = /^\s{1,3}[«"“„]([^«»"“”„]{1,40})[»"”]\s{0,3},?$/;
function selfNamedRu(left: string): RegExpExecArray | null {
  const tail = left.trimEnd();
  const k = tail.lastIndexOf('себя');
  if (k < 6 || tail.length - k > 60 || !SELF_PARTICIPLE_RU.test(tail.slice(Math.max(0, k - 20), k))) return null;
  return SELF_NAME_RU.exec(tail.slice(k + 4));
}

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

/** The subject that ends `left`: back to the clause start, at most 8 words; `inCase` 'prep' after "В" ("В ФСБ заявили"). */
function phraseBackward(left: string): { name: string | null; inCase: RuCase } {
  const parts = left.slice(-240).split(/[,;:.!?()]|\s[—–-]\s/);
  let ws = (parts[parts.length - 1] ?? '').trim().split(/\s+/).map(clean).filter(Boolean);
  while (ws.length && LEAD.test(ws[0]!)) ws = ws.slice(1);
  // "В ФСБ сообщили", "В ведомстве заявили": the body the statement came from.
  let inCase: RuCase = 'nom';
  if (ws.length >= 2 && /^(?:в|во)$/i.test(ws[0]!)) {
    ws = ws.slice(1);
    inCase = 'prep';
  }
  if (ws.length > 8) return { name: null, inCase };
  return { name: named(ws), inCase };
}

/** The words as a source name, when they carry a capitalised word or a source noun and are not a pronoun. */
function named(ws: string[]): string | null {
  if (!ws.length || PRONOUN.test(ws[0]!)) return null;
  if (!ws.some((w) => isCap(w) || SOURCE_NOUN.test(w))) return null;
  // A lowercase verb or adverb inside the subject means this is no noun phrase ("хакеры взломали сервер и").
  const name = ws.join(' ');
  return name.length >= 2 ? name : null;
}

/**
 * A participle or adjective phrase in lower case, set off by commas after the subject ("знакомый с ситуацией",
 * "пожелавший остаться неизвестным", "близкий к следствию"): its agreement endings, on the first word.
 */
const APPOSITIVE_RU = /^[а-яё]{2,20}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;

/** "X, <participle phrase>, " before a verb: X, when it names a source (at most 8 words; the phrase at most 6). */
function appositiveSubjectRu(left: string): string | null {
  const t = left.slice(-240).trimEnd();
  if (!t.endsWith(',')) return null;
  const parts = t.slice(0, -1).split(/[,;:.!?()]|\s[—–-]\s/);
  if (parts.length < 2) return null;
  const appo = (parts[parts.length - 1] ?? '').trim().split(/\s+/);
  // "называющая себя …" is left10's self-naming (selfNamedRu), which names nobody when no quoted name follows.
  if (appo.length > 6 || !APPOSITIVE_RU.test(appo[0] ?? '') || SELF_PARTICIPLE_RU.test(appo[0]!)) return null;
  let ws = (parts[parts.length - 2] ?? '').trim().split(/\s+/).map(clean).filter(Boolean);
  while (ws.length && LEAD.test(ws[0]!)) ws = ws.slice(1);
  return ws.length && ws.length <= 8 ? named(ws) : null;
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

/** The case a cue puts its source in: "по словам X" genitive, "со ссылкой на X" accusative, "В X заявили" prepositional. */
type RuCase = 'nom' | 'gen' | 'acc' | 'prep';

function caseAfterRu(cue: string): RuCase {
  if (/^по /i.test(cue)) return 'gen';
  return /^со ссылкой на$/i.test(cue) ? 'acc' : 'nom';
}

/** Source nouns in the genitive or prepositional case (lower case) → the nominative: a table, no guessing. */
const NOUN_NOM_RU: Record<string, string> = {
  источника: 'источник', источников: 'источники', собеседника: 'собеседник', представителя: 'представитель', представителей: 'представители',
  эксперта: 'эксперт', экспертов: 'эксперты', специалиста: 'специалист', специалистов: 'специалисты', аналитика: 'аналитик', аналитиков: 'аналитики',
  сотрудника: 'сотрудник', сотрудников: 'сотрудники', руководителя: 'руководитель', исследователей: 'исследователи', 'пресс-службы': 'пресс-служба',
  'пресс-службе': 'пресс-служба', 'пресс-секретаря': 'пресс-секретарь', компании: 'компания', полиции: 'полиция', прокуратуре: 'прокуратура', администрации: 'администрация',
};

/**
 * A person's name at the end of a phrase in the cue's case, in the nominative: the surname's ending says the case and
 * the gender ("Белова" after "по словам" is a man's genitive: Белов; "Захаровой" a woman's: Захарова), and only a given
 * name with an ending of that case and gender goes with it. null when the words are no such name.
 */
function personNomRu(ws: string[], inCase: RuCase): string | null {
  const sur = ws[ws.length - 1]!;
  const given = ws.length >= 2 ? ws[ws.length - 2]! : null;
  if (!/^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/.test(sur) || (given !== null && !/^[А-ЯЁ][а-яё]+$/.test(given))) return null;
  if (inCase === 'nom') return given !== null && /(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая)$/.test(sur) ? `${given} ${sur}` : null;
  if (inCase !== 'gen' && inCase !== 'acc') return null;
  const male = /(?:ов|ев|ёв|ин|ын)а$/.test(sur) ? sur.slice(0, -1) : /(?:ск|цк)ого$/.test(sur) ? sur.slice(0, -3) + 'ий' : null;
  const female = inCase === 'gen'
    ? /(?:ов|ев|ёв|ин|ын)ой$/.test(sur) ? sur.slice(0, -2) + 'а' : /(?:ск|цк)ой$/.test(sur) ? sur.slice(0, -2) + 'ая' : null
    : /(?:ов|ев|ёв|ин|ын)у$/.test(sur) ? sur.slice(0, -1) + 'а' : /(?:ск|цк)ую$/.test(sur) ? sur.slice(0, -2) + 'ая' : null;
  if (!male && !female) return null;
  if (given === null) return male ?? female;
  let g: string | null = null;
  if (male) {
    // Ивана → Иван, Игоря → Игорь, Сергея → Сергей, Дмитрия → Дмитрий; Павла, Льва drop a vowel of their own.
    g = given === 'Павла' ? 'Павел' : given === 'Льва' ? 'Лев' : /ея$/.test(given) ? given.slice(0, -1) + 'й' : /ия$/.test(given) ? given.slice(0, -1) + 'й' : /[бвгдзклмнпрстфх]а$/.test(given) ? given.slice(0, -1) : /[бвгдзклмнпрстфх]я$/.test(given) ? given.slice(0, -1) + 'ь' : null;
  } else if (inCase === 'gen') {
    // Марии → Мария, Натальи → Наталья, Анны → Анна, Ольги → Ольга.
    g = /[иь]и$/.test(given) ? given.slice(0, -1) + 'я' : /ы$/.test(given) ? given.slice(0, -1) + 'а' : /[гкх]и$/.test(given) ? given.slice(0, -1) + 'а' : null;
  } else {
    // Марию → Мария, Наталью → Наталья, Анну → Анна.
    g = /[иь]ю$/.test(given) ? given.slice(0, -1) + 'я' : /[^иь]у$/.test(given) ? given.slice(0, -1) + 'а' : null;
  }
  return g ? `${g} ${male ?? female}` : null;
}

/** A capitalised name the directory knows once its case ending is dropped ("Роскомнадзоре" → "Роскомнадзор"), else null. */
function orgNomRu(word: string, db: SourceDirectory): string | null {
  if (!/^[А-ЯЁ][а-яё]{3,}$/.test(word)) return null;
  const stem = word.replace(/(?:ом|ем|ой|е|а|у|ы|и|я|ю)$/, '');
  for (const c of [stem, stem + 'ь', stem + 'а', stem + 'я']) if (c !== word && db.byName(c)) return c;
  return null;
}

/**
 * left12: "В Центральном банке заявили" → "Центральный банк", "в Главном управлении" → "Главное управление", "в
 * Федеральной службе" → "Федеральная служба": adjectives and the noun they agree with, from the prepositional to the
 * nominative. The adjectives' ending says the gender (-ой/-ей feminine; -ом/-ем masculine, or neuter before a noun in
 * -ии or -стве); null unless every word has one of these endings.
 */
function prepPhraseNomRu(ws: string[]): string | null {
  if (ws.length < 2 || ws.length > 4) return null;
  const adjs = ws.slice(0, -1);
  const noun = ws[ws.length - 1]!;
  if (!adjs.every((w) => PREP_ADJ_RU.test(w))) return null;
  const fem = adjs.every((w) => /[ое]й$/.test(w));
  if (!fem && !adjs.every((w) => /[ое]м$/.test(w))) return null;
  let n: string | null = null;
  let neut = false;
  if (fem) n = /ии$/.test(noun) ? noun.slice(0, -1) + 'я' : /[бвгдзклмнпрстфхцчшщ]е$/.test(noun) ? noun.slice(0, -1) + 'а' : null;
  else if (/ии$/.test(noun) || /ств[е]$/.test(noun)) {
    neut = true;
    n = /ии$/.test(noun) ? noun.slice(0, -1) + 'е' : noun.slice(0, -1) + 'о';
  } else if (/[бвгдзклмнпрстфхчшщ]е$/.test(noun)) n = noun.slice(0, -1);
  if (!n) return null;
  const adj = (w: string): string => {
    const stem = w.slice(0, -2);
    const soft = /е[мй]$/.test(w);
    const velar = /[гкхжшчщ]$/.test(stem);
    if (fem) return stem + (soft ? 'яя' : 'ая');
    if (neut) return stem + (soft ? 'ее' : 'ое');
    return stem + (soft || velar ? 'ий' : 'ый');
  };
  return [...adjs.map(adj), n].join(' ');
}
const PREP_ADJ_RU = /^[А-ЯЁа-яё][а-яё]{2,20}(?:ом|ем|ой|ей)$/;

/**
 * The source phrase in the nominative where a simple rule is safe: a person's name at its end stands for the phrase
 * ("руководитель отдела Игорь Белов" → "Игорь Белов"; the label is still read from the whole phrase), a source noun
 * from the table opens it in the nominative, a name the directory knows loses its case ending. Anything else as written.
 */
function nominativeRu(name: string, inCase: RuCase, db: SourceDirectory): { name: string; person: boolean } {
  const ws = name.split(' ');
  const last2 = ws.slice(-2);
  // A surname alone only when no capitalised word comes before it ("по словам Фомина", not "Никиты Фомина").
  const alone = ws.length === 1 || !/^[А-ЯЁA-Z]/.test(ws[ws.length - 2]!);
  const person = (last2.length === 2 ? personNomRu(last2, inCase) : null) ?? (inCase !== 'nom' && alone ? personNomRu(ws.slice(-1), inCase) : null);
  if (person && !db.byName(ws.slice(-2).join(' '))) return { name: person, person: true };
  if (inCase === 'nom') return { name, person: false };
  const phrase = inCase === 'prep' ? prepPhraseNomRu(ws) : null;
  if (phrase) return { name: phrase, person: false };
  const first = NOUN_NOM_RU[ws[0]!.toLowerCase()] ?? (/^[а-яё]+ств[ае]$/.test(ws[0]!) ? ws[0]!.slice(0, -1) + 'о' : null);
  if (first) ws[0] = first;
  if (ws.length === 1 && !first) return { name: orgNomRu(name, db) ?? name, person: false };
  return { name: ws.join(' '), person: false };
}

/** Reporting verbs of an outlet ("Как сообщило агентство ТАСС", "…, — передает ТАСС", "пишет Коммерсант"). */
const RELAY_CUE_RU = /^(?:как\s+)?(?:сообщил[аио]?|сообщает|сообщают|передает|передаёт|пишет|пишут)$/i;

/**
 * left9: within one sentence, an outlet that reports relays the other sources ("Как сообщило агентство ТАСС со
 * ссылкой на источник …": the source via ТАСС); a source cited "со ссылкой на" goes via the sentence's other source
 * when that one is an outlet. Only sources first reported in this sentence (index `from` on) are changed.
 */
function relayRu(out: Attribution[], here: { at: number; cited: boolean }[], from: number): void {
  const outlet = here.find((h) => !h.cited && out[h.at]!.sourceKind === 'outlet' && (RELAY_CUE_RU.test(out[h.at]!.cue) || here.some((o) => o.cited)));
  if (!outlet) return;
  for (const h of here) {
    const a = out[h.at]!;
    if (h.at === outlet.at || h.at < from || a.via !== null || (a.sourceKind === 'outlet' && !h.cited)) continue;
    a.via = outlet.at;
  }
}

export interface RuContext {
  db: SourceDirectory;
  publisher: SourceLabel | null;
}

/** Attributions by Russian cues. Never throws. */
export function findRuAttributions(sentences: Sentence[], ctx: RuContext): Attribution[] {
  const out: Attribution[] = [];
  try {
    const seen = new Map<string, number>();
    /** The attribution's index (a name already reported keeps its first one), or -1. */
    const push = (raw: string | null, cue: string, sent: Sentence, inCase: RuCase): number => {
      if (!raw || out.length >= LIMITS.maxAttributions) return -1;
      // left9: "по словам Игоря Белова" → "Игорь Белов", "В Роскомнадзоре" → "Роскомнадзор".
      const nom = nominativeRu(raw, inCase, ctx.db);
      const name = nom.name;
      const key = name.toLowerCase();
      const had = seen.get(key);
      if (had !== undefined) return had;
      // The name as listed ("ТАСС", "РИА Новости"), else its first words ("ТАСС со …" is cut at the stop word).
      const label = ctx.db.byName(name) ?? ctx.db.byName(raw) ?? null;
      if (ctx.publisher && label && label.id === ctx.publisher.id) return -1;
      seen.set(key, out.length);
      let kind = kindRu(raw, label, ctx.db);
      // "по словам Сидорова" → "Сидоров": a person, unless the phrase names a company they speak for.
      if (kind === 'company' && !label && nom.person && !COMPANY.test(raw)) kind = 'person';
      out.push({ source: name, sourceKind: kind, cue, sentence: sent.text, label, via: null });
      return out.length - 1;
    };
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    for (let si = 0; si < n; si++) {
      const sent = sentences[si]!;
      if (sent.blockKind === 'title') continue;
      const text = sent.text.slice(0, LIMITS.maxChars);
      const here: { at: number; cited: boolean }[] = [];
      const from = out.length;
      AFTER_RE.lastIndex = 0;
      for (let m = AFTER_RE.exec(text), g = 0; m && g < 10; m = AFTER_RE.exec(text), g++) {
        const cue = m[0].replace(/\s+/g, ' ');
        const at = push(phraseForward(text.slice(m.index + m[0].length)), cue, sent, caseAfterRu(cue));
        if (at >= 0) here.push({ at, cited: /^со ссылкой на$/i.test(cue) });
      }
      VERB_RE.lastIndex = 0;
      for (let m = VERB_RE.exec(text), g = 0; m && g < 10; m = VERB_RE.exec(text), g++) {
        const left = text.slice(0, m.index);
        // "как сообщил X" was read by AFTER_RE.
        if (/(?:^|\s)как\s*$/i.test(left)) continue;
        // left10: "Группировка, называющая себя «X», заявила": the name the group goes by speaks, an unnamed body.
        const alias = selfNamedRu(left);
        if (alias) {
          const before = out.length;
          const at = push(alias[1]!.trim(), m[0], sent, 'nom');
          if (at >= 0 && at === before) out[at]!.sourceKind = 'unspecified';
          if (at >= 0) here.push({ at, cited: false });
          continue;
        }
        // blind11: "Источник, знакомый с ситуацией, рассказал «X», что …": the subject before a participle set off by commas
        // speaks (not the dative "«X»" after the verb, the one told).
        const appo = appositiveSubjectRu(left);
        if (appo) {
          const at = push(appo, m[0], sent, 'nom');
          if (at >= 0) here.push({ at, cited: false });
          continue;
        }
        const back = INVERTED_LEFT.test(left) ? null : phraseBackward(left);
        const at = back ? push(back.name, m[0], sent, back.inCase) : push(phraseForward(text.slice(m.index + m[0].length)), m[0], sent, 'nom');
        if (at >= 0) here.push({ at, cited: false });
      }
      if (here.length > 1) relayRu(out, here, from);
    }
  } catch {
    return out;
  }
  return out;
}

/** Hedge cues: hearsay and unconfirmed ("якобы", "по неподтверждённым данным") and estimative ("возможно"). */
// redos-ok: a flat alternation of literal words and fixed phrases between single-character lookarounds.
const HEDGE_RE = new RegExp(`(?<![${L}])(?:якобы|предположительно|по\\s+неподтвержд[её]нным\\s+данным|по\\s+непроверенным\\s+данным|вероятно|возможно|по-видимому|по\\s+всей\\s+видимости|судя\\s+по\\s+всему|как\\s+утверждается|как\\s+предполагается|как\\s+сообщается|по\\s+некоторым\\s+данным|не\\s+исключено|подозреваем[а-яё]{0,3}|по\\s+(?:предварительным|неофициальным|имеющимся|непроверенным|неподтвержд[её]нным)\\s+(?:данным|сведениям|информации)|по\\s+слухам|предполагается|считается,?\\s+что|как\\s+полагают|(?:пока|по-прежнему|до\\s+сих\\s+пор)\\s+(?:не\\s+)?(?:неясно|не\\s+ясно|неизвестно|не\\s+известно)|(?:остаётся|остается|остаются)\\s+(?:неясным|неизвестным|неясными|неизвестными)|неясно|не\\s+ясно|неизвестно|подозревается|подозреваются)(?![${L}])`, 'gi');
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
  return findPatternHedges(sentences, HEDGE_RE, ESTIMATIVE, LIMITS, (cue, text, m) => /^(?:возможно|вероятно)$/.test(cue) && !isParenthetical(text, m.index, m[0].length));
}
