import type { SourceDirectory } from './directory';
import type { Attribution, Hedge, HedgeKind, SourceKind, SourceLabel } from './report';
import type { Sentence } from './sentences';
import { kindOf } from './source-kind';
import { trimEndChars, trimStartChars } from './trim';
import { SHORTCUTS } from './gate';
import { findJaAttributions, findJaHedges } from './cues-ja';
import { findRuAttributions, findRuHedges } from './cues-ru';
import { findZhAttributions, findZhHedges } from './cues-zh';
import { findKoAttributions, findKoHedges } from './cues-ko';
import { findPlAttributions, findPlHedges } from './cues-pl';
import type { CueLang, PageLang } from './cue-lang';
import type { IntlContext } from './intl-cues';

// The language test moved to cue-lang.ts (intl8: it stays in the always-loaded part); re-exported for callers of this module.
export { countAllFunctionWords, countFunctionWords, cueLangOf, detectCueLang, EN_WORDS, FUNCTION_WORDS, type CueLang, type PageLang } from './cue-lang';

/**
 * Attribution and hedge cues for German, French and Spanish pages.
 *
 * The English pass (attribution.ts, hedges.ts) knows English syntax only; on
 * a page in another language it finds nothing. This pass knows each
 * language's reporting prepositions ("laut", "selon", "según"), postpositions
 * ("X zufolge"), speech verbs in both orders ("sagte X" after a quote, "X
 * sagte"; "a déclaré X", "X a déclaré") and hedge words. The language is
 * judged from the text itself (function-word counts), so it works whether or
 * not the page declares `lang`.
 *
 * Every regex is a flat alternation or a bounded run: no nested quantifiers
 * over overlapping classes, no backreferences. Work is capped per page.
 */

/** A Unicode-aware word boundary: JavaScript's \\b treats "é", "ü", "ß" as non-word characters. */
const UB = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;
/** Hand-written letter boundaries of some patterns ("(?<![\p{L}])…(?![\p{L}])"), dropped like `\b` for the gate. */
const LETTER_BEFORE = String.raw`(?<![\p{L}])`;
const LETTER_AFTER = String.raw`(?![\p{L}])`;
/** Pattern → its boundary-free gate (see U). */
const GATES = new WeakMap<RegExp, RegExp>();

/** Rebuild a pattern with Unicode word boundaries (the u flag is added). */
function U(re: RegExp): RegExp {
  const flags = re.flags.includes('u') ? re.flags : re.flags + 'u';
  const out = new RegExp(re.source.split(String.raw`\b`).join(UB), flags);
  // The same pattern without its word-boundary assertions matches wherever this one does (an assertion only
  // removes matches): a sentence it does not match cannot match the pattern. Unicode boundaries are lookarounds
  // at every position, which keeps the engine from skipping ahead to a literal; the gate has none of them.
  const loose = re.source.split(String.raw`\b`).join('').split(LETTER_BEFORE).join('').split(LETTER_AFTER).join('');
  if (loose !== re.source) {
    // redos-ok: the pattern with its zero-width boundary assertions removed; the rest is the checked pattern's.
    GATES.set(out, new RegExp(loose, flags.replace(/[gy]/g, '')));
  }
  return out;
}

/** Whether `re` may match `text`: false only when its boundary-free gate finds nothing (then `re` finds nothing either). */
function mayMatch(re: RegExp, text: string): boolean {
  if (SHORTCUTS.off) return true;
  const g = GATES.get(re);
  return !g || g.test(text);
}

/**
 * Built on first use: these patterns use Unicode property classes, and
 * building all of them when the analyzer loads cost 30–55 ms cold in
 * Chromium, on every page, even though most pages are in English.
 */
function lazy<T>(build: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= build());
}

const LIMITS = { maxSentences: 2_000, maxChars: 1_500, maxAttributions: 300 };

// ------------------------------------------------------------------ attribution

/** Determiners and articles at the head of a phrase (dropped from the source name). */
const DET: Record<Exclude<CueLang, 'en'>, RegExp> = {
  de: /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen)$/i,
  fr: /^(?:le|la|les|l'|un|une|des|du|de|d')$/i,
  es: /^(?:el|la|los|las|un|una|unos|unas|del|de|al)$/i,
  it: /^(?:il|lo|la|i|gli|le|l'|un|uno|una|un'|del|dello|della|dei|degli|delle|dell'|di|d')$/i,
  pt: /^(?:o|a|os|as|um|uma|uns|umas|do|da|dos|das|de)$/i,
  nl: /^(?:de|het|een|'t)$/i,
};
/** Words that may join the parts of a name ("Agence nationale de la sécurité", "Bundesamt für Sicherheit in der"). */
const JOIN: Record<Exclude<CueLang, 'en'>, RegExp> = {
  de: /^(?:für|der|des|und|in|von|vom|zur|zum)$/,
  fr: /^(?:de|du|des|la|le|et|l'|d')$/,
  es: /^(?:de|del|la|las|los|y|el)$/,
  it: /^(?:di|del|della|dello|dei|degli|delle|dell'|per|la|il|e|d'|l')$/,
  pt: /^(?:de|do|da|dos|das|e|para)$/,
  nl: /^(?:van|voor|de|der|het|en|rond|binnen)$/,
};
/** Common nouns that head a source ("source proche de l'enquête", "ministère de la Santé", "Sprecher des …"; blind14: "la direction de l'hôpital"). */
const SOURCE_NOUN: Record<Exclude<CueLang, 'en'>, RegExp> = {
  de: /^(?:bürgermeister|bürgermeisterin|leiter|leiterin|präsident|präsidentin|sprecher|sprecherin|experten|expertin|experte|ermittler|kreise[n]?|quelle[n]?|behörde|regierung|ministerium|polizei|staatsanwaltschaft|botschaft|unternehmen|sicherheitsunternehmen|sicherheitsforscher|forscher|analysten|insider|beamte[n]?)$/i,
  fr: /^(?:source|sources|ministère|ministre|porte-parole|maire|préfet|procureur|procureure|directeur|directrice|direction|établissement|président|présidente|experts?|chercheurs?|enquêteurs?|autorités|gouvernement|parquet|police|gendarmerie|agence|groupe|société|entreprise|ambassade|spécialistes?|responsable|responsables|proches?)$/i,
  es: /^(?:fuente|fuentes|ministerio|ministro|ministra|portavoz|alcalde|alcaldesa|jefe|jefa|consejero|consejera|fiscal|director|directora|presidente|presidenta|expertos?|investigadores?|autoridades|gobierno|fiscalía|policía|agencia|grupo|empresa|compañía|embajada|especialistas?|responsable|responsables|analistas?)$/i,
  it: /^(?:fonte|fonti|ministero|ministro|ministra|portavoce|sindaco|sindaca|prefetto|prefettura|procuratore|procuratrice|procura|direttore|direttrice|presidente|esperti|esperto|esperta|ricercatore|ricercatrice|ricercatori|investigatori|inquirenti|autorità|governo|polizia|carabinieri|agenzia|gruppo|società|azienda|ambasciata|specialisti|specialista|responsabile|responsabili|dipendente|dipendenti|funzionario|funzionaria|funzionari|quotidiano|giornale|testata|analisti|analista|comune|regione|settimanale|portale|sito|rivista|emittente|assessore|questore|questura|comandante|avvocato|perito|tecnico|tecnici|professore|professoressa|amministratore|garante|ospedale|università|banca|consorzio|ente)$/i,
  pt: /^(?:fonte|fontes|ministério|ministro|ministra|porta-voz|porta-vozes|prefeito|prefeita|prefeitura|procurador|procuradora|diretor|diretora|presidente|especialista|especialistas|pesquisador|pesquisadora|pesquisadores|investigadores|autoridades|governo|polícia|agência|grupo|empresa|companhia|embaixada|responsável|responsáveis|funcionário|funcionária|funcionários|jornal|autarquia|analista|analistas|secretaria|secretário|secretária|delegado|delegada|coordenador|coordenadora|gerente|advogado|advogada|promotor|promotora|perito|perita|professor|professora|técnico|técnica|técnicos|portal|site|revista|emissora|canal|hospital|universidade|banco|operadora|órgão)$/i,
  nl: /^(?:bron|bronnen|ministerie|minister|woordvoerder|woordvoerster|[a-z]{2,20}(?:woordvoerder|bedrijf|onderzoeker|onderzoekers|deskundige|deskundigen|expert|experts|specialist|dienst|krant|omroep)|burgemeester|wethouder|directeur|voorzitter|experts?|deskundigen?|onderzoekers?|autoriteiten|regering|kabinet|politie|gemeente|provincie|agentschap|groep|bedrijf|ambassade|specialisten?|medewerkers?|ingewijden|betrokkenen|krant|omroep|analisten?|inspectie|dagblad|weekblad|nieuwssite|website|zender|tijdschrift|hoogleraar|advocaat|rechercheur|commissaris|topman|ziekenhuis|universiteit|school|bank|waterschap|veiligheidsregio|toezichthouder)$/i,
};
/** Pronouns: never a source on their own here (no coreference in this pass). */
const PRONOUN = /^(?:er|sie|es|man|wir|ich|il|elle|ils|elles|on|nous|je|él|ella|ellos|ellas|nosotros|yo|se|lui|lei|loro|noi|io|me|mi|te|ele|ela|eles|elas|nós|eu|hij|zij|ze|wij|we|ik|mij|ons|hem|haar|hen|jij|u)$/i;
/** Words that end a phrase going forward (time words, prepositions of place and manner). */
const STOP_FWD: Record<Exclude<CueLang, 'en'>, RegExp> = {
  de: /^(?:am|im|auf|bei|nach|vor|seit|gegenüber|zufolge|am|heute|gestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|dass|sei|seien|habe|haben|hat|ist|sind|wird|werden)$/i,
  fr: /^(?:à|au|aux|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|mardi|que|qu'|dans|sur|lors|le|la|les|en|mais)$/i,
  // fix13: an auxiliary or copula ends the phrase ("según sus analistas ha identificado …").
  es: /^(?:a|en|el|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|que|sobre|durante|pero|ha|han|había|habían|habría|habrían|es|son|fue|fueron|está|están|se)$/i,
  it: /^(?:a|in|su|con|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi|che|durante|ma|nel|nella|alla|al|ai|mentre)$/i,
  pt: /^(?:a|em|no|na|com|por|sob|ontem|hoje|que|durante|mas|ao|à|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo)$/i,
  nl: /^(?:in|op|bij|tegen|aan|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|vandaag|dat|die|maar|tijdens|over|met|om)$/i,
};

const isCapWord = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);

/** Split a phrase into word tokens, keeping elided articles ("l'ANSSI" → "l'", "ANSSI"). */
function tokens(s: string): string[] {
  return s
    .replace(/\b([ldLD]|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Dd]all|[Uu]n)['’](?=\p{L})/gu, "$1' ")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 40);
}

const clean = (w: string): string => (/^(?:[ldLD]|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Dd]all|[Uu]n)['’]$/.test(w) ? w.slice(0, -1).toLowerCase() + "'" : trimEndChars(trimStartChars(w, '„“”"«»‚‘’\'(['), '„“”"«»‚‘’\')],.;:!?'));

/**
 * The source phrase at the start of `right`: determiners dropped, then a run of
 * capitalised words and joiners (German nouns are capitalised, so this is a
 * noun phrase), or a source noun with its complement up to the next comma.
 */
function phraseForward(right: string, lang: Exclude<CueLang, 'en'>): string | null {
  const seg = right.split(/[,;:.!?()]|\s[–—-]\s/)[0] ?? '';
  const ws = tokens(seg).slice(0, 14);
  let i = 0;
  // A capitalised article that starts a name stays with it ("Le Parisien", "El País"); others are dropped.
  while (i < ws.length && DET[lang].test(clean(ws[i]!)) && !(/^\p{Lu}/u.test(ws[i]!) && isCapWord(clean(ws[i + 1] ?? '')) && lang !== 'de')) i++;
  // fix13: "según sus analistas": a possessive before a source noun works like an article.
  if (lang === 'es' && i < ws.length - 1 && POSSESSIVE_INTL.test(clean(ws[i]!)) && SOURCE_NOUN.es.test(clean(ws[i + 1]!))) i++;
  // German: adjectives before the noun ("die prorussische Gruppe X") are not part of the name.
  if (lang === 'de') for (let k = 0; k < 2 && i < ws.length - 1 && /^\p{Ll}+(?:e|en|er|es)$/u.test(clean(ws[i]!)) && isCapWord(clean(ws[i + 1]!)); k++) i++;
  const out: string[] = [];
  let caps = 0;
  const first = clean(ws[i] ?? '');
  if (!first || PRONOUN.test(first)) return null;
  // A common noun heads the phrase when it is a known source noun, or (French, Spanish) when a name follows within a few words ("préfecture du Rhône").
  const startsWithNoun =
    SOURCE_NOUN[lang].test(first) || ((lang === 'fr' || lang === 'es') && /^\p{Ll}/u.test(first) && ws.slice(i + 1, i + 4).some((w) => isCapWord(clean(w))));
  for (; i < ws.length && out.length < 9; i++) {
    const raw = ws[i]!;
    const w = clean(raw);
    if (!w) break;
    if (isCapWord(w)) {
      out.push(w);
      caps++;
    } else if (JOIN[lang].test(w.toLowerCase()) && out.length) {
      out.push(w);
    } else if (startsWithNoun && lang !== 'de' && !STOP_FWD[lang].test(w) && (lang !== 'nl' || !out.length || JOIN.nl.test(out[out.length - 1]!.toLowerCase()))) {
      out.push(w); // "source proche de l'enquête", "ministerio de Defensa"
    } else if (out.length === 0 && lang !== 'de' && /^[\p{Ll}]/u.test(w) && i < ws.length - 1) {
      // An adjective before the noun: "la russe …" is rare; skip one lowercase word only.
      break;
    } else break;
    // A word that closes a quote ends the phrase ("„Spiegel“ berichtet").
    if (/[“”"»]$/.test(raw)) break;
  }
  while (out.length && JOIN[lang].test(out[out.length - 1]!.toLowerCase())) out.pop();
  if (!out.length) return null;
  if (!caps && !startsWithNoun) return null;
  // left10: "o especialista em segurança Rafael Nogueira": a role and its field before a person's name; the name speaks.
  if (!caps && startsWithNoun) {
    let k = i;
    while (k < ws.length && k - i < 3 && /^\p{Ll}/u.test(clean(ws[k]!))) k++;
    const name: string[] = [];
    for (; k < ws.length && name.length < 4 && isCapWord(clean(ws[k]!)); k++) name.push(clean(ws[k]!));
    if (name.length >= 2 && name.length <= 3) return name.join(' ');
  }
  return out.join(' ').replace(/' /g, "'");
}

/** The source phrase that ends `left`: back to the clause start, at most 9 words. */
function phraseBackward(left: string, lang: Exclude<CueLang, 'en'>): string | null {
  // fix12: "Wie eine Sprecherin …, Julia Brandner, am Dienstag sagte": a time phrase before the verb is not the subject.
  if (lang === 'de') left = left.replace(DE_TIME_TAIL, ' ');
  // fix12: a name followed by its short form in brackets is a name, up to eleven words ("L'Agence nationale de la sécurité
  // des systèmes d'information (Anssi) a déclaré"; blind12).
  const long = /\([A-Z][A-Za-z0-9&./-]{1,11}\)\s*$/.test(left);
  // "Das Bundesamt … (BSI) erklärte": the bracketed short form belongs to the name before it.
  const parts = left.slice(-300).replace(/\s?\([A-Z][A-Za-z0-9&./-]{1,11}\)/g, '').split(/[,;:.!?„“”"«»()]|\s[–—-]\s/);
  let seg = (parts[parts.length - 1] ?? '').trim();
  // "Julien Moreau, chercheur à l'Ifri, rappelle": a lowercase appositive between the name and the verb.
  if (!seg && parts.length >= 3 && /^\s*\p{Ll}/u.test(parts[parts.length - 2]!) && /^\s*\p{Lu}/u.test(parts[parts.length - 3]!.trim().split(/\s+/).slice(-3).join(' '))) seg = parts[parts.length - 3]!.trim();
  // "L'agence de presse Tasnim, proche des …, a affirmé", "Un responsable de la sécurité, s'exprimant sous couvert d'anonymat, a indiqué":
  // a described source with a lowercase appositive; "Le porte-parole du ministère, Reza Karimzadeh, a démenti": the name in commas.
  if (!seg && parts.length >= 3 && describedSource(parts[parts.length - 3]!, lang)) {
    const mid = parts[parts.length - 2]!.trim();
    if (/^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(mid)) return mid;
    if (/^\p{Ll}/u.test(mid)) seg = parts[parts.length - 3]!.trim();
  }
  if (!seg) return null;
  let ws = tokens(seg);
  // lang7: Dutch puts the verb last in a subordinate clause ("… laat weten dat het bedrijven waarschuwt"): its subject starts after the subordinator.
  if (lang === 'nl') {
    const k = ws.map((w) => clean(w).toLowerCase()).findLastIndex((w) => SUBORDINATOR_NL.test(w));
    if (k >= 0) ws = ws.slice(k + 1);
  }
  if (ws.length > (long ? 12 : 9)) ws = ws.slice(long ? -12 : -9);
  // Drop a leading conjunction or adverb ("Und", "Mais", "Pero", "Auch").
  while (ws.length && /^(?:und|aber|auch|doch|zudem|wie|et|mais|aussi|y|pero|también|además|e|ma|anche|inoltre|mas|também|en|maar|ook)$/i.test(clean(ws[0]!))) ws = ws.slice(1);
  while (ws.length && DET[lang].test(clean(ws[0]!))) ws = ws.slice(1);
  // Trailing adverbs between subject and verb are not part of it.
  while (ws.length && /^(?:bereits|jedoch|nun|inzwischen|ebenfalls|également|déjà|aussi|ya|también|además|già|anche|inoltre|intanto|já|também|ook|inmiddels|eerder|al|non|não|niet)$/i.test(clean(ws[ws.length - 1]!))) ws = ws.slice(0, -1);
  const kept = ws.map(clean).filter(Boolean);
  if (!kept.length || kept.length > (long ? 11 : 8)) return null;
  // fix13: "Según ha informado X": a reporting preposition opening the clause is no subject.
  if (kept.length === 1 && REPORTING_PREP.test(kept[0]!)) return null;
  if (PRONOUN.test(kept[0]!) && kept.length === 1) return null;
  // A subject must carry a name or a source noun.
  if (!kept.some((w) => (isCapWord(w) && !/^\d/.test(w)) || SOURCE_NOUN[lang].test(w))) return null;
  // German: every noun is capitalised; refuse a lowercase verb inside the phrase ("die Angreifer nutzen").
  if (lang === 'nl' && kept.some((w, j) => /^\p{Ll}/u.test(w) && !JOIN.nl.test(w) && !SOURCE_NOUN.nl.test(w) && !(j > 0 && JOIN.nl.test(kept[j - 1]!)))) return null;
  if (lang === 'de') {
    const person = personInRoleDe(kept);
    if (person) return person;
  }
  if (lang === 'de' && kept.slice(1).some((w) => /^\p{Ll}/u.test(w) && !JOIN.de.test(w) && !/^(?:russische|chinesische|deutsche|amerikanische|iranische|nordkoreanische|französische|britische|ukrainische|israelische|zuständige|neue|große|eigene|staatliche|\p{Ll}+(?:e|en|er|es))$/u.test(w))) return null;
  return kept.join(' ').replace(/' /g, "'");
}

/**
 * blind14: "Der IT-Sicherheitsforscher Henrik Vogt von der Hochschule X sagte": a role noun (a compound ending in one)
 * before a two- or three-word name, and the affiliation after it, describe the person who speaks.
 */
function personInRoleDe(kept: string[]): string | null {
  const r = kept.findIndex((w) => ROLE_DE.test(w));
  if (r < 0) return null;
  let k = r + 1;
  while (k < kept.length && k - r <= 3 && isCapWord(kept[k]!) && !ROLE_DE.test(kept[k]!) && !NOUN_END_DE.test(kept[k]!)) k++;
  if (k - r - 1 < 2 || (k < kept.length && !/^(?:von|vom|bei|beim)$/.test(kept[k]!))) return null;
  return kept.slice(r + 1, k).join(' ');
}
const ROLE_DE = /(?:forscher|forscherin|experte|expertin|analyst|analystin|sprecher|sprecherin|berater|beraterin|professor|professorin|leiter|leiterin)$/i;
/** Endings of German common nouns, never of a person's name ("Hochschule", "Verwaltung", "Gesellschaft"). */
const NOUN_END_DE = /(?:ung|heit|keit|schaft|schule|amt|ministerium|behörde|werke)$/i;

/** fix13: reporting prepositions ("según", "selon", "secondo", "segundo", "laut", "volgens"). */
const REPORTING_PREP = /^(?:según|selon|secondo|segundo|laut|volgens)$/i;

/** fix12: a German time phrase closing the text before a verb ("am Dienstag", "am Montagabend", "heute"). */
const DE_TIME_TAIL = /\s(?:am|an)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende)(?:abend|morgen|nachmittag|vormittag)?\s*$|\s(?:heute|gestern|vorgestern)\s*$/;

/** lang7: Dutch subordinators, after which a clause's subject starts. */
const SUBORDINATOR_NL = /^(?:dat|die|omdat|als|wanneer|nadat|terwijl|of|waarin|waarbij|zodat|hoewel|toen)$/;

/** A source described by a common noun ("Le porte-parole du ministère …", "Un responsable israélien …", "L'agence de presse Tasnim"). */
function describedSource(phrase: string, lang: Exclude<CueLang, 'en'>): boolean {
  const ws = tokens(phrase.trim()).map(clean).filter(Boolean);
  let i = 0;
  // fix12: "Wie eine Sprecherin des Unternehmens, Julia Brandner, … sagte": the "wie" of an inserted clause opens it.
  if (lang === 'de' && ws.length > 1 && /^wie$/i.test(ws[0]!)) i++;
  // "Su director, Andrés Villalba, afirmó", "Son porte-parole, …": a possessive determiner works like an article.
  while (i < ws.length && (DET[lang].test(ws[i]!) || POSSESSIVE_INTL.test(ws[i]!))) i++;
  return i < ws.length && ws.length - i <= 9 && SOURCE_NOUN[lang].test(ws[i]!);
}

/** Possessive determiners ("su director", "son porte-parole", "ihr Sprecher"). */
const POSSESSIVE_INTL = /^(?:su|sus|son|sa|ses|leur|leurs|sein|seine|seiner|ihr|ihre|ihrer)$/i;

/** Words that open a German main clause without being its subject: the subject then follows the verb ("Zu den Angriffen bekannte sich die Gruppe X", "Dort schrieb sie"). */
const FRONTED_DE = /^(?:zu|zum|zur|in|im|auf|an|am|mit|nach|von|vom|bei|beim|für|gegen|über|unter|vor|seit|dort|dann|daraufhin|danach|zuvor|später|zudem|außerdem|inzwischen|damals|heute|gestern|darin|darauf|dazu|hierzu|demnach|deshalb|daher|trotzdem|bislang|bisher)$/i;

/** The sentence says its source spoke without being named. */
const ANON_SENT = /couvert d['’]anonymat|requis l['’]anonymat|condition de l['’]anonymat|sous couvert de l['’]anonymat|nicht genannt werden wollte|nicht namentlich genannt|anonym bleiben wollte|condición de anonimato|pidió el anonimato|pidió no ser identificad|condição de anonimato|sob anonimato|pediu para não ser identificad|pediu anonimato|in forma anonima|l['’]anonimato|restare anonim|niet bij naam genoemd|anoniem wil blijven|wilde anoniem blijven/i;

/** Role nouns a later sentence uses for a person named before ("so die Expertin", "sagte der Sprecher", "selon le chercheur"). */
const ROLE_BACKREF = /^(?:expertin|experte|experten|forscherin|forscher|analystin|analyst|sprecherin|sprecher|expert|chercheuse|chercheur|spécialiste|analyste|experta|experto|investigadora|investigador|analista)$/i;

const BEKANNT = lazy(() => U(/^[^.]{0,120}\bbekannt\b/i));
/** A demonstrative object that opens a German clause ("Das teilte ein Sprecher … mit", "Dies bestätigte …"): the subject follows the verb. */
const DEMONSTRATIVE_DE = /^\s*(?:Das|Dies|Dieses|Dies alles|Das alles|Dem|Darauf)\s*$/;

/**
 * The clause subject for "nach eigenen Angaben" / "nach Angaben eines Sprechers": before the finite verb
 * ("Das Auswärtige Amt bestellte nach eigenen Angaben …", "Das BSI hat nach Angaben …"), or after it when the
 * phrase opens the sentence ("Nach eigenen Angaben hat die Gruppe …").
 */
function ownAccountSubject(left: string, right: string, lang: Exclude<CueLang, 'en'>): string | null {
  const ws = tokens(left);
  if (ws.length >= 2 && /^\p{Ll}/u.test(clean(ws[ws.length - 1]!))) return phraseBackward(ws.slice(0, -1).join(' '), lang);
  if (!left.trim()) {
    const r = /^\s{0,4}\p{Ll}{1,30}\s{1,4}/u.exec(right.slice(0, 200));
    return r ? phraseForward(right.slice(r[0].length, 200), lang) : null;
  }
  return null;
}

const ZURUECK = lazy(() => U(/^[^.]{0,80}\bzurück\b/i));
const MIT = lazy(() => U(/^[^.]{0,120}\bmit\b/i));
const FUER = lazy(() => U(/^[^.]{0,150}\bfür\b/i));

interface Rule {
  re: RegExp;
  /** Where the source sits: after the cue, before it, or by the quote rule (after when the cue follows a quote or comma, else before). */
  side: 'after' | 'before' | 'auto';
}

const RULES = lazy((): Record<Exclude<CueLang, 'en'>, Rule[]> => ({
  de: [
    { re: U(/\b(?:laut|nach Angaben(?: von)?|nach Einschätzung(?: von)?|nach Informationen(?: von)?|unter Berufung auf|gemäß)\s+/gi), side: 'after' },
    { re: U(/(?<=\s)zufolge\b/gi), side: 'before' },
    { re: U(/\bwie\s/gi), side: 'after' },
    { re: U(/\b(?:sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|berichtete|berichtet|teilte|teilt|warnte|warnt|bestätigte|bestätigt|schrieb|schreibt|räumte|kritisierte|behauptete|behauptet|vermutete|betonten|warnten|meldete|meldet|wies|dementierte|bestritt|bekannte sich)\b/gi), side: 'auto' },
    // "…, so das BSI.": the source after a clause-initial "so"; "für sich reklamiert": a claim of responsibility.
    { re: U(/(?<=,\s)so\s+(?=(?:der|die|das|den|dem)\s+\p{Lu}|\p{Lu})/gu), side: 'after' },
    { re: U(/\bfür sich reklamiert(?:e|en)?\b/gi), side: 'before' },
    // blind14: "Die Agentur X zitierte das Ministerium mit den Worten, …": the quoting outlet before, the quoted body after (quotedDe).
    { re: U(/\bzitierte(?:n)?\b/gi), side: 'before' },
    // "…, hieß es aus Sicherheitskreisen", "verlautete aus Regierungskreisen".
    { re: U(/\b(?:hieß|heißt) es\s+(?:aus|in|bei|von)\s+|\bverlautete\s+(?:aus|in)\s+/gi), side: 'after' },
    // fix12: the circles first ("Aus Sicherheitskreisen verlautete, …", "Aus Regierungskreisen hieß es").
    { re: U(/\b[Aa]us\s+(?=\p{Lu}\p{Ll}+\s+(?:verlautete|verlautet|hieß\s+es|heißt\s+es)\b)/gu), side: 'after' },
    // "Die Forscherin X hält die Angriffe für …": an assessment.
    { re: U(/\b(?:hält|hielt|halten|hielten)\b/gi), side: 'before' },
    // "Das Auswärtige Amt bestellte nach eigenen Angaben …": by its own account, the clause subject speaks.
    { re: U(/\bnach eigenen Angaben\b/gi), side: 'before' },
    // "gab … bekannt": a separable verb, checked for its particle below.
    { re: U(/\b(?:gab|gibt|gaben|geben)\b/gi), side: 'auto' },
  ],
  fr: [
    { re: U(/\b(?:selon|d['’]après|de source|citant)\s+/gi), side: 'after' },
    // fix12: "L'attaque a d'abord été révélée par Le Courrier du Soir": the agent of a passive of revealing or reporting.
    { re: U(/\b(?:a|ont|avait|avaient)\s+(?:d['’]abord\s+|initialement\s+|également\s+)?été\s+(?:révélée?s?|rapportée?s?|dévoilée?s?|annoncée?s?|confirmée?s?)\s+par\s+/gi), side: 'after' },
    { re: U(/\b(?:a|ont|avait|avaient)\s+(?:(?:de son côté|de leur côté|pour sa part|pour leur part|quant à lui|quant à elle|également|aussi|encore|toutefois|cependant|par ailleurs|en outre|déjà|notamment)\s+)?(?:déclaré|indiqué|affirmé|annoncé|précisé|expliqué|ajouté|confirmé|souligné|assuré|estimé|averti|dénoncé|démenti|rapporté|révélé|reconnu|revendiqué|signalé|écrit|publié|nié|accusé|prévenu|jugé|confié|condamné|fustigé|déploré|dénoncé|mis en garde)\b/gi), side: 'auto' },
    // "a rejeté des accusations", "a-t-elle rappelé" (inverted after a clause).
    // redos-ok: run on one sentence capped at LIMITS.maxChars; literal alternations, one optional adverb between single \s+ runs.
    { re: U(/\b(?:a|ont|avait|avaient)\s+(?:(?:également|aussi|déjà|fermement|catégoriquement)\s+)?(?:rejeté|contesté|réfuté|qualifié|rappelé|insisté|martelé|dit)\b/gi), side: 'auto' },
    { re: U(/\b(?:a|ont|avait)-t-(?:il|elle|ils|elles)\s+(?:déclaré|indiqué|affirmé|précisé|expliqué|ajouté|confirmé|souligné|assuré|estimé|rappelé|insisté|dit)\b/gi), side: 'auto' },
    // "Pour Élodie Garnier, chercheuse …, l'attribution …": a person's view opening the sentence.
    { re: U(/^\s*Pour\s+(?=\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\s*,)/gu), side: 'after' },
    { re: U(/\b(?:déclare|affirme|indique|rapporte|annonce|explique|estime|assure|souligne|précise|confirme|dément|revendique|dénonce|écrit|rappelle|indiquent|affirment|déclarent|estiment|assurent|soulignent|précisent|confirment|démentent|rapportent|expliquent|rappellent|dénoncent)\b/gi), side: 'auto' },
  ],
  es: [
    // fix13: "Según ha informado la Unidad Central, …": the reporting verb belongs to the cue; its subject follows.
    { re: U(/\b(?:según|de acuerdo con|citando a)\s+(?:(?:lo\s+que\s+)?(?:ha|han|había|habían)\s+(?:informado|señalado|explicado|indicado|asegurado|confirmado|declarado|afirmado|publicado|detallado|precisado|revelado|adelantado|comunicado)\s+)?/gi), side: 'after' },
    // fix6: "…, citado a su vez por el diario local X": the outlet that relays the report is a source too.
    { re: U(/\bcitad[oa]s?\s+(?:a\s+su\s+vez\s+|también\s+)?por\s+/gi), side: 'after' },
    { re: U(/\b(?:afirmó|dijo|declaró|informó|explicó|aseguró|señaló|indicó|confirmó|anunció|advirtió|añadió|negó|denunció|reconoció|reivindicó|publicó|escribió|reveló|sostuvo|estimó|acusó|ha afirmado|ha dicho|ha declarado|ha informado|ha confirmado|han afirmado|han dicho)\b/gi), side: 'auto' },
    { re: U(/\b(?:afirma|dice|declara|informa|explica|asegura|señala|indica|confirma|anuncia|advierte|niega|denuncia|reconoce|reivindica|sostiene)\b/gi), side: 'auto' },
    // Plural present and perfect forms ("Fuentes de la investigación … aseguran que", "Los investigadores han señalado").
    { re: U(/\b(?:afirman|dicen|declaran|informan|explican|aseguran|señalan|indican|confirman|advierten|niegan|denuncian|reconocen|sostienen|apuntan|ha explicado|ha señalado|ha indicado|ha asegurado|ha advertido|ha denunciado|han explicado|han señalado|han indicado|han asegurado|han confirmado|han informado|recordó|ha recordado|han recordado|recuerda|recuerdan)\b/gi), side: 'auto' },
  ],
  ...LANG7_RULES(),
}));

/**
 * lang7: Italian, Portuguese and Dutch cues. Reporting prepositions ("secondo", "segundo", "volgens"; checked by
 * `prepositionIsCue` so that "il secondo attacco" or "volgens mij" name nobody), relays ("che cita", "que ouviu",
 * "dat zich baseert op") and speech verbs in both orders ("ha dichiarato X" / "X ha dichiarato", "disse X" / "X disse",
 * "zei X" / "X zei").
 */
function LANG7_RULES(): Record<'it' | 'pt' | 'nl', Rule[]> {
  return {
    it: [
      { re: U(/\b(?:secondo quanto (?:riferito|riportato|dichiarato|affermato|scrive|riporta|riferisce)(?: da)?|secondo|stando a quanto (?:riferito|riportato|dichiarato|affermato|scrive|riporta|riferisce) da|stando a quanto (?:scrive|riporta|riferisce)|stando a|a detta di|citando|che cita|che citano|come riferito da|come riportato da|come riporta|come scrive|come riferisce|fonte:)\s+/gi), side: 'after' },
      // "Per Marco Rossi, ricercatore …, l'attacco …": a person's view opening the sentence.
      { re: U(/^\s*Per\s+(?=\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\s*,)/gu), side: 'after' },
      { re: U(/\b(?:ha|hanno|aveva|avevano)\s+(?:(?:inoltre|anche|poi|già|invece|però)\s+)?(?:dichiarato|detto|affermato|spiegato|annunciato|confermato|precisato|aggiunto|sottolineato|riferito|riportato|comunicato|fatto sapere|reso noto|rivendicato|scritto|assicurato|ammesso|negato|smentito|avvertito|denunciato|rivelato|segnalato|osservato|commentato|ribadito|sostenuto|raccontato|dichiarata)\b/gi), side: 'auto' },
      { re: U(/\b(?:dichiara|afferma|spiega|annuncia|conferma|precisa|aggiunge|sottolinea|riferisce|comunica|scrive|assicura|ammette|smentisce|avverte|denuncia|rivela|segnala|osserva|ribadisce|dice|sostiene|fa sapere|rende noto|dichiarano|affermano|spiegano|confermano|riferiscono|scrivono|sostengono|fanno sapere|dichiarò|affermò|disse|spiegò|annunciò|confermò)\b/gi), side: 'auto' },
    ],
    pt: [
      { re: U(/\b(?:segundo|de acordo com|conforme|citando|que cita|que citou|que ouviu|que ouviram|citad[oa]s? por)\s+/gi), side: 'after' },
      // "Para o pesquisador Tiago Lima, da …, o ataque …": a person's view opening the sentence.
      { re: U(/^\s*Para\s+(?:(?:o|a)\s+(?:pesquisador|pesquisadora|especialista|analista|professor|professora|diretor|diretora|advogado|advogada|consultor|consultora)\s+)?(?=\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\s*,)/gu), side: 'after' },
      { re: U(/\b(?:disse|afirmou|declarou|informou|explicou|garantiu|assegurou|destacou|ressaltou|confirmou|anunciou|alertou|acrescentou|negou|denunciou|reconheceu|reivindicou|escreveu|revelou|sustentou|avaliou|estimou|acusou|relatou|comunicou|admitiu|apontou|observou|contou|disseram|afirmaram|declararam|informaram|explicaram|confirmaram|anunciaram|alertaram|negaram|relataram)\b/gi), side: 'auto' },
      { re: U(/\b(?:afirma|diz|declara|informa|explica|garante|confirma|anuncia|alerta|nega|denuncia|reconhece|reivindica|sustenta|avalia|aponta|relata|comunica|admite|afirmam|dizem|informam|explicam|confirmam|alertam|apontam|relatam)\b/gi), side: 'auto' },
    ],
    nl: [
      { re: U(/\b(?:volgens|aldus|dat zich baseert op|die zich baseert op|zich baserend op|onder verwijzing naar|naar verluidt van)\s+/gi), side: 'after' },
      // "Dat blijkt uit onderzoek van X": the study's author.
      { re: U(/\b(?:blijkt|bleek) uit (?:onderzoek|cijfers|gegevens|een rapport|een analyse|een rondgang|documenten) van\s+/gi), side: 'after' },
      { re: U(/\b(?:zei|zegt|zeiden|zeggen|verklaarde|verklaart|verklaarden|meldde|meldt|meldden|melden|schreef|schrijft|schreven|bevestigde|bevestigt|bevestigden|waarschuwde|waarschuwt|stelde|stelt|benadrukte|benadrukt|ontkende|ontkent|erkende|erkent|claimde|claimt|beweerde|beweert|rapporteerde|rapporteert|berichtte|berichtten|vertelde|vertelt|laat weten|liet weten|laten weten|lieten weten|maakte bekend|maakt bekend)\b/gi), side: 'auto' },
      // "De politie liet in een verklaring weten dat …": the separable verb, checked for its particle below.
      { re: U(/\b(?:laat|liet|lieten)\b(?!\s+weten)/gi), side: 'auto' },
    ],
  };
}

/**
 * The rules' boundary-free gates (mayMatch) joined into one alternation per flag set: a text that matches none of
 * a joined pattern matches none of its gates, so none of its rules (each rule's own gate still runs after a hit).
 */
const GATE_GROUPS = lazy((): Record<Exclude<CueLang, 'en'>, { groups: RegExp[]; groupOf: number[] }> => {
  const out = {} as Record<Exclude<CueLang, 'en'>, { groups: RegExp[]; groupOf: number[] }>;
  for (const [lang, rules] of Object.entries(RULES()) as [Exclude<CueLang, 'en'>, Rule[]][]) {
    const byFlags = new Map<string, { sources: string[]; rules: number[] }>();
    rules.forEach((rule, i) => {
      const g = GATES.get(rule.re);
      if (!g) return;
      const e = byFlags.get(g.flags) ?? { sources: [], rules: [] };
      e.sources.push(`(?:${g.source})`);
      e.rules.push(i);
      byFlags.set(g.flags, e);
    });
    // redos-ok: an alternation of the gates above, each the checked pattern with its boundary assertions removed.
    const groupOf = rules.map(() => -1);
    const groups = [...byFlags].map(([flags, e], g) => {
      for (const i of e.rules) groupOf[i] = g;
      return new RegExp(e.sources.join('|'), flags);
    });
    out[lang] = { groups, groupOf };
  }
  return out;
});

/** The cue's reading order: after a closing quote or a comma the subject follows the verb ("…“, sagte X"). */
function invertedAt(left: string): boolean {
  let t = left.trimEnd();
  if (t === '') return true;
  if (t.endsWith(',')) return true;
  t = t.trimEnd();
  return /[”“"»«]/.test(t.slice(-1));
}

/** "Wie der „Spiegel“ berichtet": "wie" is a source cue only when a reporting verb closes the clause. */
const WIE_VERB = lazy(() => U(/\s(?:berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb|mitteilte|erklärte)\b/));
function wieClause(right: string): boolean {
  const clause = right.slice(0, 100).split(/[,.;:]/)[0] ?? '';
  return WIE_VERB().test(clause);
}

/** After the verb in an inverted clause, skip recipients and time words ("à l'AFP", "lundi", "am Mittwoch"). */
function skipInverted(right: string, lang: Exclude<CueLang, 'en'>): string {
  let r = right;
  for (let k = 0; k < 3; k++) {
    const m =
      lang === 'fr'
        ? U(/^\s*(?:à\s+(?:l['’]\s*)?[\p{L}\p{N}'’-]+|au\s+[\p{L}-]+|aux\s+[\p{L}-]+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|jeudi soir|mardi soir)\b/iu).exec(r)
        : lang === 'es'
          ? U(/^\s*(?:a\s+(?:la\s+|el\s+)?[\p{L}\p{N}-]+|al\s+[\p{L}-]+|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|ayer|hoy|este\s+\p{L}+)\b/iu).exec(r)
          : lang === 'it' || lang === 'pt' || lang === 'nl'
            ? SKIP_LANG7()[lang].exec(r)
            : U(/^\s*(?:am\s+\p{L}+|gegenüber\s+(?:der|dem|den)?\s*[\p{L}„“-]+|heute|gestern|dem\s+[\p{L}„“-]+|der\s+[\p{Ll}]+\s+[\p{L}„“-]+)\b/iu).exec(r);
    if (!m) break;
    r = r.slice(m[0].length);
  }
  return r;
}

/** lang7: recipients and time words after an inverted verb ("ai giornalisti", "ieri"; "ao jornal", "ontem"; "tegen de NOS", "woensdag"). */
const SKIP_LANG7 = lazy((): Record<'it' | 'pt' | 'nl', RegExp> => ({
  it: U(/^\s*(?:a\s+[\p{L}\p{N}-]+|al\s+[\p{L}-]+|ai\s+[\p{L}-]+|alla\s+[\p{L}-]+|all['’][\p{L}-]+|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi|stamattina)(?![\p{L}])/iu),
  pt: U(/^\s*(?:ao\s+[\p{L}-]+|à\s+[\p{L}-]+|aos\s+[\p{L}-]+|às\s+[\p{L}-]+|ontem|hoje|nesta\s+[\p{L}-]+|neste\s+[\p{L}-]+)(?![\p{L}])/iu),
  nl: U(/^\s*(?:tegen\s+(?:de\s+|het\s+)?[\p{L}\p{N}-]+|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|vandaag|eerder|ook|nog)(?![\p{L}])/iu),
}));

/** lang7: Dutch main clauses put the subject after the verb when something else opens them ("Dat meldt de NOS", "Woensdag zei de minister"); Italian after a clitic ("Lo ha detto X"). */
const FRONTED_NL = /^(?:dat|dit|dat|daarna|eerder|later|gisteren|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|toen|daarop|inmiddels|intussen|ook|zo|dinsdagavond|woensdagavond|donderdagavond|maandagavond|vrijdagavond)$/i;
function invertedLang7(left: string, lang: Exclude<CueLang, 'en'>): boolean {
  if (lang === 'nl') return !left.includes(',') && FRONTED_NL.test(clean(tokens(left)[0] ?? '')) && tokens(left).length <= 2;
  if (lang === 'it') return /^\s*(?:lo|l['’]|ne|così)\s*$/i.test(left);
  return false;
}

/** lang7: "il secondo attacco", "no segundo semestre": an ordinal after an article or a preposition, not "according to". */
const ORDINAL_BEFORE = /(?:^|\s)(?:il|lo|un|al|del|nel|dal|sul|per|in|suo|questo|o|um|ao|do|no|pelo|em|seu|este|esse)\s*$/i;
function prepositionIsCue(cue: string, left: string, lang: Exclude<CueLang, 'en'>): boolean {
  if ((lang === 'it' && /^secondo$/i.test(cue)) || (lang === 'pt' && /^segundo$/i.test(cue))) return !ORDINAL_BEFORE.test(left);
  return true;
}
const WETEN = lazy(() => U(/^[^.]{0,80}\bweten\b/i));

/** A description that makes a named person a government voice ("le directeur général de l'agence", "el portavoz del ministerio"). */
const GOV_DESC_INTL = /(?:agence|agencia|agentur|ministère|ministerio|ministerium|gouvernement|gobierno|regierung|ambassade|embajada|botschaft|police|policía|polizei|préfecture|ayuntamiento|mairie|bundesamt|behörde|agenzia|agência|agentschap|ministero|ministério|ministerie|governo|regering|polizia|polícia|politie|comune|gemeente|prefeitura)/i;

/**
 * "El Instituto Nacional de Ciberseguridad (INCIBE) colaboró …. Su director, Andrés Villalba, afirmó …": a person
 * introduced by a possessive role speaks for the body that opens the sentence before, when that body is public.
 */
function possessiveGov(left: string, name: string, prev: string): boolean {
  const at = left.lastIndexOf(name);
  const before = at >= 0 ? left.slice(Math.max(0, at - 60), at) : left.slice(-60);
  // redos-ok: `before` is at most 60 characters (sliced above); every repetition is bounded.
  if (!/(?:^|\s)(?:[Ss]u|[Ss]on|[Ss]a|[Ss]ein|[Ss]eine|[Ii]hr|[Ii]hre)\s{1,3}[a-záéíóúñüäöèêàçß][a-záéíóúñüäöèêàçß-]{2,25}(?:\s{1,3}[a-záéíóúñüäöèêàçß][a-záéíóúñüäöèêàçß-]{2,25})?\s{0,3},\s{0,3}$/.test(before)) return false;
  // redos-ok: run on the first 200 characters of the sentence before only; anchored, every repetition bounded.
  const subject = /^\s{0,3}(?:(?:El|La|Los|Las|Le|Les|L['’]|Der|Die|Das)\s{0,3})?(\p{Lu}[\p{L}'’-]{0,30}(?:\s(?:(?:de|del|la|las|los|y|des|du|et|für|der|und)\s)?\p{Lu}[\p{L}'’-]{0,30}){0,8})/u.exec(prev.slice(0, 200));
  // The body's bracketed short form counts with it ("… Ciberseguridad (INCIBE)").
  return !!subject && GOV_INTL.test(prev.slice(0, subject.index + subject[0].length + 14));
}

/** A recipient after the verb ("a la cadena SER", "à l'AFP", "al diario", "gegenüber der dpa"). */
const RECIPIENT_INTL = /^\s*(?:a|à|al|au|aux|gegenüber)\s/i;
/** What follows a recipient when the content clause comes next ("… que", "… qu'", "…, dass"). */
const CONTENT_AFTER_INTL = /^[\s,]*(?:que|qu['’]|dass)(?![\p{L}])/iu;

/** An appositive name after a description ("la directrice de l'établissement, Claire Dumoulin"): the named person. */
function appositiveName(right: string): string | null {
  const m = /^[^,.;:]{1,80},\s+((?:\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*(?:[.,;]|$)/u.exec(right);
  return m ? m[1]! : null;
}

const GOV_INTL = /(?:instituto nacional|azienda sanitaria|azienda ospedaliera|azienda socio-sanitaria|\bASL\b|unidad central de|brigada central de|guardia civil|policía nacional|mossos d['’]esquadra|ertzaintza|institut national|bürgermeister|\bmaire\b|préfet|alcalde|alcaldesa|kriminalamt|\bLKA\b|\bBKA\b|verfassungsschutz|ministerium|ministère|ministerio|bundesamt|behörde|regierung|botschaft|ambassade|embajada|polizei|police|policía|gendarmerie|parquet|fiscalía|staatsanwaltschaft|gouvernement|gobierno|bundestag|parlament|assemblée|congreso|agence nationale|agencia nacional|präsident(?:in)?|ministre|ministro|ministra|préfecture|mairie|ayuntamiento|\bBSI\b|\bANSSI\b|\bCCN\b|\bINCIBE\b|ministero|ministério|ministerie|\bminister\b|governo|regering|kabinet|polizia|polícia|politie|carabinieri|procura|gemeente|comune|prefettura|prefeitura|sindac[oa]|burgemeester|wethouder|autarquia|autoridade nacional|agenzia per la|agenzia nazionale|agência nacional|\bACN\b|\bANPD\b|\bNCSC\b|nationaal cyber)/i;
/** A capital standing for its government ("Moscou dément", "Peking weist zurück"). */
const CAPITALS_INTL = /^(?:Moscou|Moskau|Pékin|Peking|Washington|Kiev|Kiew|Kyiv|Téhéran|Teheran|Pyongyang|Pjöngjang|Londres|Berlin|Paris|Bruxelles|Brüssel|Bruselas|Madrid|Pekín|Moscú)$/;
const COMPANY_INTL = /(?:unternehmen|konzern|firma|société|entreprise|empresa|compañía|GmbH|\bAG\b|\bSA\b|\bSAS\b|S\.A\.|azienda|bedrijf|\bS\.p\.A\.|\bSpA\b|\bLtda\b|\bB\.V\.)/i;
const ANON_INTL = /^(?:(?:une?|des|eine?|einer|una?|unas?|unos|uno|um|uma|uns|umas|een)\s+)?(?:source|sources|proche|proches|quelle|quellen|fuente|fuentes|insider|kreise|\p{L}{2,20}kreisen?|fonte|fonti|fontes|bron|bronnen|ingewijden|dipendente|dipendenti|funzionario|funcionári[oa]s?|medewerkers?)(?:\s|$)/iu;
const VAGUE_INTL = /^(?:experten|expertin|forscher|analysten|beobachter|kritiker|experts?|chercheurs?|spécialistes?|observateurs?|analystes?|expertos?|investigadores?|especialistas?|analistas?|observadores?|esperti|ricercatori|analisti|pesquisadores|deskundigen|onderzoekers|analisten)$/i;
const OUTLET_INTL = /(?:zeitung|spiegel|journal|quotidien|periódico|diario|radio|télévision|televisión|agentur|rundfunk|chaîne|cadena|emisora|quotidiano|giornale|testata|jornal|krant|omroep|\bANSA\b|\bNOS\b|\bRTL\b|\bAFP\b|\bdpa\b|\bEFE\b|Le Monde|Le Parisien|Le Figaro|Libération|El País|El Mundo|\bARD\b|\bZDF\b|Tagesschau|Süddeutsche|FAZ)/i;

/** fix12: a French paper's title, an article and a newspaper word ("Le Courrier du Soir", "La Dépêche", "Le Télégramme"). */
const OUTLET_TITLE_FR = /^(?:Le|La|Les|L['’])\s?(?:Courrier|Soir|Matin|Dépêche|Gazette|Presse|Progrès|Républicain|Télégramme|Tribune|Voix|Écho|Echos|Quotidien|Journal|Nouvelliste)\b/u;

function kindIntl(name: string, label: SourceLabel | null, db: SourceDirectory): SourceKind {
  if (ANON_INTL.test(name)) return 'anonymous';
  if (VAGUE_INTL.test(name)) return 'unspecified';
  if (label) return kindOf(name, label, db, null);
  if (OUTLET_INTL.test(name) || OUTLET_TITLE_FR.test(name)) return 'outlet';
  if (GOV_INTL.test(name) || CAPITALS_INTL.test(name) || /^(?:agence|agencia|behörde)$/i.test(name)) return 'government';
  if (COMPANY_INTL.test(name)) return 'company';
  if (/^(?:groupe|gruppe|grupo)\b/i.test(name)) return 'unspecified';
  return kindOf(name, label, db, null);
}

/** Strip a leading common-noun description from a name ("Sicherheitsunternehmens ESET" stays; "groupe LockBit" stays). */
function tidy(name: string): string {
  return trimEndChars(trimStartChars(name.trim(), '„“"«» '), '„“"«» ').trim();
}

export type { IntlContext } from './intl-cues';

/**
 * fix6 (blind6): a report noun and the outlet that published it, with the outlet's kind and an adjective between:
 * "un reporte del sitio especializado BreachWire", "un article du site spécialisé ZDNet", "einem Bericht des Portals X".
 */
const DOC_OF_OUTLET = /^\s{0,3}(?:(?:un|una|el|la|le|l['’]|einem|einen|dem|den)\s{1,3})?(?:reporte|informe|artículo|reportaje|publicación|rapport|article|enquête|bericht|beitrag)\s{1,3}(?:del|de\s+la|de|du|de\s+l['’]|des|der)\s{1,3}((?:sitio|diario|periódico|medio|portal|agencia|cadena|revista|blog|site|quotidien|journal|média|magazine|hebdomadaire|portails?|magazins|nachrichtenportals?|fachportals?|blogs?)\s{1,3})?(?:(?:especializado|local|digital|regional|estadounidense|spécialisé|américain|local|régional|spezialisierten|amerikanischen)\s{1,3})?(\p{Lu}[\p{L}\p{N}'’.-]{1,30}(?:\s{1,3}(?:del|de|la|el|du|des|\p{Lu}[\p{L}\p{N}'’.-]{0,30})){0,5})/u;
const TRAILING_CONNECTORS = new Set(['del', 'de', 'la', 'el', 'du', 'des']);
function docOfOutlet(right: string): { name: string; outlet: boolean } | null {
  const m = DOC_OF_OUTLET.exec(right.slice(0, 200));
  if (!m) return null;
  // Trailing connectors are not part of the name ("El Observador del Sur" keeps its "del"). A medium named before
  // the name ("del sitio especializado X") makes X an outlet; "un informe de Mandiant" leaves the kind to the name.
  const ws = m[2]!.split(/\s+/);
  while (ws.length > 1 && TRAILING_CONNECTORS.has(ws[ws.length - 1]!)) ws.pop();
  return { name: ws.join(' '), outlet: !!m[1] };
}
/** fix6: adverbs that open a German, French or Spanish sentence before its verb, never a source. */
const ADVERB_NOT_NAME = /^(?:offiziell|bislang|bisher|zunächst|inzwischen|zuvor|später|damals|allerdings|jedoch|ebenfalls|außerdem|zudem|offenbar|öffentlich|officiellement|publiquement|oficialmente|públicamente)$/i;
/** Letters and digits only, lower case: "Le Relais Numérique" → "lerelaisnumérique". */
const squash = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** fix6 (blind6): the phrase names the page's own publication (its site name or its database label). */
function isOwnPublication(name: string, ctx: IntlContext): boolean {
  const n = squash(name);
  if (n.length < 3) return false;
  const own = [ctx.siteName, ctx.publisher?.name].filter((x): x is string => !!x).map(squash);
  return own.some((o) => o.length >= 3 && (o === n || o === n.replace(/^(?:der|die|das|le|la|les|el|los|las)/, '')));
}

/** Attributions by German, French or Spanish cues. Never throws; [] for English. */
export function findIntlAttributions(sentences: Sentence[], lang: PageLang, ctx: IntlContext): Attribution[] {
  if (lang === 'en') return [];
  if (lang === 'ja') return findJaAttributions(sentences, ctx);
  if (lang === 'ru') return findRuAttributions(sentences, ctx);
  if (lang === 'zh') return findZhAttributions(sentences, ctx);
  if (lang === 'ko') return findKoAttributions(sentences, ctx);
  if (lang === 'pl') return findPlAttributions(sentences, ctx);
  try {
    return runIntl(sentences, lang, ctx);
  } catch {
    return [];
  }
}

function runIntl(sentences: Sentence[], lang: Exclude<CueLang, 'en'>, ctx: IntlContext): Attribution[] {
  const out: Attribution[] = [];
  const seen = new Set<string>();
  /** Sentence of the last attribution pushed (pronouns resolve only to a source that close). */
  let lastSi = -9;
  const n = Math.min(sentences.length, LIMITS.maxSentences);
  for (let si = 0; si < n && out.length < LIMITS.maxAttributions; si++) {
    const sent = sentences[si]!;
    const text = sent.text.slice(0, LIMITS.maxChars);
    // A correction notice restates the article, it is not a source.
    if (/^\s*(?:korrektur|berichtigung|correction|rectificatif|rectificación|fe de errores|correzione|rettifica|correção|errata|correctie|rectificatie)\b/i.test(text)) continue;
    // One test of the joined gates per flag set, before each rule's own: most sentences match no cue at all.
    const { groups, groupOf } = GATE_GROUPS()[lang];
    let open = 0;
    for (let g = 0; g < groups.length; g++) if (SHORTCUTS.off || groups[g]!.test(text)) open |= 1 << g;
    const rules = RULES()[lang];
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      const g = groupOf[r]!;
      if (g >= 0 && !(open & (1 << g))) continue;
      if (!mayMatch(rule.re, text)) continue;
      rule.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let guard = 0;
      while ((m = rule.re.exec(text)) && guard++ < 20) {
        const left = text.slice(0, m.index);
        const right = text.slice(m.index + m[0].length);
        const cue = m[0].trim();
        let name: string | null = null;
        let govDescribed = false;
        let toldPublisher = false;
        if (rule.side === 'after') name = phraseForward(right, lang);
        // "Black Basta hat den Angriff … für sich reklamiert": the subject before the auxiliary.
        else if (rule.side === 'before') name = phraseBackward(/reklamiert/i.test(cue) ? (/^(.{1,120}?)\s(?:hat|haben|hatte|hatten)\s/u.exec(left)?.[1] ?? left) : left, lang);
        else if (/^-t-(?:il|elle)\b/.test(right)) {
          // "« … », estime-t-il.": the person quoted last.
          for (let k = out.length - 1; k >= 0 && !name; k--) if (out[k]!.sourceKind === 'person' || out[k]!.sourceKind === 'researcher') name = out[k]!.source;
          if (name && seen.has(name.toLowerCase())) name = null;
        }
        else if (/-t-(?:il|elle|ils|elles)\s/.test(cue)) {
          // "…, a-t-elle rappelé.": the person quoted last.
          for (let k = out.length - 1; k >= 0 && !name; k--) if (out[k]!.sourceKind === 'person' || out[k]!.sourceKind === 'researcher') name = out[k]!.source;
        } else if (invertedAt(left) || (lang === 'de' && !left.includes(',') && (FRONTED_DE.test(clean(tokens(left)[0] ?? '')) || DEMONSTRATIVE_DE.test(left))) || invertedLang7(left, lang)) {
          const r = skipInverted(right, lang);
          const app = appositiveName(r);
          // "a déclaré le directeur général de l'agence, Étienne Marchal": the description says whose voice the person is.
          if (app && GOV_DESC_INTL.test(r.slice(0, r.indexOf(app)))) govDescribed = true;
          name = app ?? phraseForward(r, lang);
          // "Jorge Sáez, declaró a la cadena SER que …", "…, a déclaré à l'AFP que …": the phrase after "a"/"à" is who was told; the speaker is before.
          if (name && left.trimEnd().endsWith(',') && RECIPIENT_INTL.test(right) && CONTENT_AFTER_INTL.test(r.slice(r.indexOf(name) + name.length, r.indexOf(name) + name.length + 12))) name = phraseBackward(left, lang);
          // fix6: "Ein Mitarbeiter, der nicht genannt werden wollte, sagte Netzwacht, …" on Netzwacht's page: the page's
          // own publication after the verb is who was told; the speaker is the subject before (its relative clause cut off).
          if (name && left.trimEnd().endsWith(',') && isOwnPublication(name, ctx)) {
            const head = left.replace(/,\s+(?:der|die|das|welcher|welche|qui|que|quien|quienes|lequel|laquelle)\s[^,]{1,160},\s*$/iu, '');
            name = head !== left ? phraseBackward(head, lang) : null;
            toldPublisher = true;
          }
          // "…, sagte sie", "Dort schrieb sie": the source named in the sentence before or this one.
          if (!name && /^\s*(?:er|sie|il|elle|lui|lei|ele|ela|hij|zij|ze)\b/iu.test(r) && out.length && si - lastSi <= 1) name = out[out.length - 1]!.source;
          // "Julien Moreau, chercheur à l'Ifri, rappelle que …": no inversion after all; the name before the appositive.
          if (!name && left.trimEnd().endsWith(',') && !/^\s*(?:[,.;:]|$)/.test(right)) name = phraseBackward(left, lang);
        } else {
          name = phraseBackward(left, lang);
        }
        // fix6: "de acuerdo con un reporte del sitio especializado BreachWire, …": the outlet named after a report noun.
        let outletAfterReport = false;
        if (!name && rule.side === 'after') {
          const d = docOfOutlet(right);
          if (d) [name, outletAfterReport] = [d.name, d.outlet];
        }
        // Separable and negated verbs: "wies … zurück" counts; "teilte … mit" counts; a bare "wies" elsewhere does not.
        if (/^wie$/i.test(cue) && !wieClause(right)) name = null;
        if (/^wies$/i.test(cue) && !ZURUECK().test(right)) name = null;
        if (/^zitierten?$/i.test(cue) && !quotedObjectDe(right)) name = null;
        if (/^(?:teilte|teilt)$/i.test(cue) && !MIT().test(right)) name = null;
        if (/^(?:hält|hielt|halten|hielten)$/i.test(cue) && !FUER().test(right)) name = null;
        if (/^(?:gab|gibt|gaben|geben)$/i.test(cue) && !BEKANNT().test(right)) name = null;
        // lang7: "il secondo attacco", "o segundo semestre", "volgens plan": not a reporting preposition; "liet … weten" needs its particle.
        if (name && !prepositionIsCue(cue, left, lang)) name = null;
        if (lang === 'nl' && /^(?:laat|liet|lieten)$/i.test(cue) && !WETEN().test(right)) name = null;
        // "Die Forscherin X von der Universität Y hält …": the phrase before "von"/"bei" names the person.
        if (!name && lang === 'de' && rule.side === 'before') {
          const cut = left.search(/\s(?:von der|vom|von|bei der|beim|an der)\s+\p{Lu}/u);
          if (cut > 0) name = phraseBackward(left.slice(0, cut), lang);
        }
        // "Das Auswärtige Amt bestellte nach eigenen Angaben …": the subject before the finite verb.
        if (/^nach eigenen Angaben$/i.test(cue)) name = ownAccountSubject(left, right, lang);
        // "Das BSI hat nach Angaben eines Sprechers …": an unnamed spokesperson speaks for the clause subject.
        if (/^nach Angaben/i.test(cue) && name && /^Sprecher(?:s|in|innen)?$/i.test(name)) name = ownAccountSubject(left, right, lang);
        // "La société avait déjà signalé …": a company described before, else nobody.
        if (name && /^(?:société|entreprise|firme|unternehmen|firma|empresa|compañía)$/i.test(name)) {
          let found: string | null = null;
          for (let k = out.length - 1; k >= 0 && !found; k--) if (out[k]!.sourceKind === 'company') found = out[k]!.source;
          name = found;
        }
        if (!name) continue;
        name = tidy(name);
        // fix6: a sentence-initial adverb before the verb ("Offiziell bestätigt ist das nicht") names nobody.
        if (ADVERB_NOT_NAME.test(name)) continue;
        // "so die Expertin", "selon le chercheur": the expert named before, when one was.
        if (ROLE_BACKREF.test(name) && /^\s*(?:der|die|den|dem|le|la|l['’]|el)\s*\p{L}/iu.test(rule.side === 'after' || invertedAt(left) ? skipInverted(right, lang) : left.slice(-20))) {
          for (let k = out.length - 1; k >= 0 && k >= out.length - 4; k--) {
            if (/\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+/u.test(out[k]!.source) && out[k]!.sourceKind !== 'government' && out[k]!.sourceKind !== 'outlet') {
              name = out[k]!.source;
              break;
            }
          }
        }
        // "L'agence précise …", "Das Ministerium erklärte …": the government body named before.
        if (/^(?:agence|agencia|ministère|ministerio|ministerium|behörde|bundesamt|ambassade|embajada|botschaft|agenzia|ministero|agência|ministério|agentschap|ministerie|autarquia)$/i.test(name)) {
          for (let k = out.length - 1; k >= 0; k--) {
            if (out[k]!.sourceKind === 'government' && !CAPITALS_INTL.test(out[k]!.source)) {
              name = out[k]!.source;
              break;
            }
          }
        }
        if (name.length < 2 || name.length > 100) continue;
        const label = ctx.db.byName(name) ?? ctx.db.findNames(name)[0]?.label ?? null;
        if (ctx.publisher && label && label.id === ctx.publisher.id) continue;
        const key = name.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        let kind = kindIntl(name, label, ctx.db);
        // "Un responsable …, s'exprimant sous couvert d'anonymat": a described source that is not named.
        if (!label && ANON_SENT.test(text) && !tokens(name).slice(1).some((w) => isCapWord(clean(w)))) kind = 'anonymous';
        // "Le porte-parole du ministère …, Reza Karimzadeh, a démenti": the person speaks for the body described before the name.
        else if (kind === 'person' && GOV_INTL.test(left.slice(Math.max(0, left.lastIndexOf(name) - 120), Math.max(0, left.lastIndexOf(name))))) kind = 'government';
        else if (kind === 'person' && (govDescribed || possessiveGov(left, name, si > 0 ? sentences[si - 1]!.text : ''))) kind = 'government';
        // "Die Botschaft wies … zurück. Ein Sprecher erklärte …": an unnamed spokesperson speaks for the body quoted just before.
        else if (/^(?:sprecher|sprecherin|porte-parole|portavoz)$/i.test(name) && out.length && si - lastSi <= 2 && (out[out.length - 1]!.sourceKind === 'government' || out[out.length - 1]!.sourceKind === 'company')) kind = out[out.length - 1]!.sourceKind;
        else if (kind === 'company' && /forscher|analyst|expert/i.test(name) && /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+/u.test(name)) kind = 'researcher';
        // blind14: "Die Analystin Jana Vogt vom …": the role cut from the name still says what she is.
        else if (kind === 'person' && lang === 'de' && /(?:forscher|forscherin|analyst|analystin|experte|expertin)\s+$/i.test(left.slice(Math.max(0, left.lastIndexOf(name) - 40), Math.max(0, left.lastIndexOf(name))))) kind = 'researcher';
        // fix6: the described speaker who told this publication, in a sentence that says they asked not to be named
        // (German capitalises every noun, so the capital-word test above cannot tell a description from a name).
        if (toldPublisher && !label && ANON_SENT.test(text)) kind = 'anonymous';
        if (outletAfterReport && !label) kind = 'outlet';
        out.push({ source: name, sourceKind: kind, cue, sentence: sent.text, label, via: null });
        lastSi = si;
        if (lang === 'de' && /^zitierten?$/i.test(cue)) quotedDe(right, out, sent.text, ctx, seen);
      }
    }
  }
  return out;
}

/**
 * blind14: "TASS zitierte (dagegen) das Außenministerium in Moskau mit den Worten, …": the body quoted speaks too, relayed
 * by the source that quotes it (the last one pushed). Only with "mit den Worten" or a comma after the object, so
 * "zitierte aus dem Bericht" and "zitierte Goethe" at the end of a sentence name nobody.
 */
function quotedDe(right: string, out: Attribution[], sentence: string, ctx: IntlContext, seen: Set<string>): void {
  const object = quotedObjectDe(right);
  const name = object ? phraseForward(object, 'de') : null;
  if (!name || name.length > 100 || seen.has(name.toLowerCase())) return;
  seen.add(name.toLowerCase());
  const label = ctx.db.byName(name) ?? ctx.db.findNames(name)[0]?.label ?? null;
  out.push({ source: name, sourceKind: kindIntl(name, label, ctx.db), cue: 'zitierte', sentence, label, via: out.length - 1 });
}

/** After the verb: at most one adverb, then an article and the object, up to "mit den Worten" or a comma; else null. */
function quotedObjectDe(right: string): string | null {
  const head = QUOTED_HEAD_DE().exec(right);
  if (!head) return null;
  const rest = right.slice(head[0].length, head[0].length + 120);
  const stop = rest.search(/[,.;:]/);
  const seg = stop >= 0 ? rest.slice(0, stop) : rest;
  const words = seg.search(/\smit\sden\sWorten\b/);
  if (words >= 2) return seg.slice(0, words);
  return stop >= 2 && rest[stop] === ',' ? seg : null;
}
const QUOTED_HEAD_DE = lazy(() => U(/^\s+(?:(?:dagegen|wiederum|ihrerseits|seinerseits|zudem|auch|außerdem)\s+)?(?=(?:der|die|das|den|dem|ein|eine|einen|einem)\s)/u));

// ------------------------------------------------------------------ hedges

interface HedgeRule {
  re: RegExp;
  kind: HedgeKind;
  /** The cue to record, when it is not the whole match lower-cased. */
  cue?: (m: RegExpExecArray) => string;
  /** Return false to drop a match. */
  keep?: (m: RegExpExecArray, text: string) => boolean;
}

/** lang7: the perfect after a Dutch "zou" ("zou … hebben gestolen", "zou … gestolen zijn"): reportative, not a wish. */
const ZOU_PERFECT = lazy(() => /(?<![\p{L}])(?:hebben|ge\p{Ll}{2,30}\s{1,3}zijn|zijn\s{1,3}ge\p{Ll}{2,30})(?![\p{L}])/u);

/** Nouns for the actors of an attack, as the subject of a reportative "soll". */
const ACTOR_NOUN_DE = /^(?:gruppe|hackergruppe|gruppierung|hacker|angreifer|täter|bande|kriminellen|akteure|akteur|erpresser|betrüger|urheber|drahtzieher|hintermänner)$/;

/** The words right before "soll": a pronoun subject ("Sie soll"), or an article and an actor noun, with at most one adjective ("die prorussische Gruppe soll"). */
function actorSubject(before: string): boolean {
  const ws = before.trim().toLowerCase().split(/\s+/).slice(-3);
  const last = ws[ws.length - 1] ?? '';
  if (last === 'er' || last === 'sie') return ws.length < 2 || !/^(?:wie|als|dass|ob|wenn|weil)$/.test(ws[ws.length - 2]!);
  if (!ACTOR_NOUN_DE.test(last)) return false;
  return ws.slice(0, -1).some((w) => /^(?:die|der|diese|dieser)$/.test(w));
}

/** "Die Gruppe soll … anwerben": reportative unless the clause is a plan in the passive ("… informiert werden sollen"). */
function reportativeSoll(m: RegExpExecArray, text: string): boolean {
  const clause = (text.slice(m.index + m[0].length, m.index + m[0].length + 160).split(/[.;:]/)[0] ?? '').trim();
  return !/\b(?:werden|wird)$/u.test(clause) && /\p{Ll}(?:en|ern|eln)\b/u.test(clause);
}

/**
 * hedge13: a French or Spanish conditional after "si" ("Si les pirates avaient voulu, ils auraient pu …") is the
 * consequence of a hypothesis, not hearsay.
 */
function notAfterSi(m: RegExpExecArray, text: string): boolean {
  return !/(?<![\p{L}])(?:si|s['’]ils?)\s/iu.test(text.slice(Math.max(0, m.index - 120), m.index));
}

const HEDGES = lazy((): Record<Exclude<CueLang, 'en'>, HedgeRule[]> => ({
  de: [
    { re: U(/\b(?:angeblich(?:e|en|er|es)?|mutmaßlich(?:e|en|er|es)?|mutmasslich(?:e|en|er|es)?|vermeintlich(?:e|en|er|es)?|offenbar|anscheinend|offenkundig|nicht unabhängig bestätigt|nicht bestätigt|unbestätigt(?:en|e)?)\b/giu), kind: 'hedge' },
    { re: U(/\b(?:soll|sollen)\b(?=[^.]{1,120}\b(?:haben|worden sein|gewesen sein|ge\p{L}{2,30}(?:t|en) sein)\b)/giu), kind: 'hedge' },
    // Reportative "soll" with an actor or a pronoun as subject: "Die Gruppe soll Mitglieder über Telegram anwerben", "Sie soll …".
    { re: U(/\b(?:soll|sollen)\b/giu), kind: 'hedge', keep: (m, text) => actorSubject(text.slice(Math.max(0, m.index - 80), m.index)) && reportativeSoll(m, text) },
    { re: U(/\b(?:nicht unabhängig (?:überprüft|überprüfen|verifiziert|verifizieren|bestätigen)|nicht (?:überprüft|verifiziert) werden|ließ(?:en)? sich nicht (?:unabhängig )?(?:überprüfen|bestätigen|verifizieren))\b/giu), kind: 'hedge' },
    { re: U(/\b(?:vermutlich|wahrscheinlich|möglicherweise|höchstwahrscheinlich|nach einschätzung|vermutet)\b/giu), kind: 'estimative' },
    // hedge13: reportative and evidential phrases (dem Vernehmen nach, Berichten zufolge, wie es heißt), suspicion
    // ("im Verdacht"), open questions ("unklar", "noch nicht bekannt"), "gilt als", a possibility left open; the
    // epistemic "dürfte" and "womöglich" are estimative.
    { re: U(/(?<![\p{L}])(?:dem Vernehmen nach|Berichten zufolge|wie es (?:heißt|hieß)|im Verdacht|unter Verdacht|gilt als|gelten als|galt als|galten als|(?:ist|war|bleibt|blieb|sind|waren) (?:noch |weiter |weiterhin |bislang |bisher )?(?:unklar|ungeklärt|unbekannt|nicht (?:bekannt|geklärt|klar))|noch unklar|nicht auszuschließen|nicht ausgeschlossen|schlie(?:ß|ss)(?:t|en) nicht aus|schlo(?:ß|ss)(?:en)? nicht aus)(?![\p{L}])/giu), kind: 'hedge' },
    { re: U(/(?<![\p{L}])(?:dürfte|dürften|womöglich)(?![\p{L}])/giu), kind: 'estimative' },
  ],
  fr: [
    { re: U(/(?<![\p{L}])(?:prétendument|présumée?s?|supposée?s?|présumément|apparemment|serait|seraient|aurait|auraient|non confirmée?s?|pas été confirmée?s?)(?![\p{L}])/giu), kind: 'hedge', keep: notAfterSi },
    // The reportative conditional of any verb after "selon"/"d'après" ("selon certaines sources, l'attaque viendrait de …"); not the nouns in -trait.
    { re: U(/(?<![\p{L}])\p{Ll}{2,20}(?:rait|raient)(?![\p{L}])/gu), kind: 'hedge', keep: (m, text) => !/trait$/.test(m[0]) && /(?<![\p{L}])(?:selon|d['’]après)(?![\p{L}])/iu.test(text.slice(0, m.index)) },
    { re: U(/(?<![\p{L}])(?:pas pu être (?:vérifiée?s?|confirmée?s?|authentifiée?s?)|pas été vérifiée?s?|non vérifiée?s?|invérifiables?|impossible de vérifier|sans pouvoir (?:le |la |les )?vérifier)(?![\p{L}])/giu), kind: 'hedge' },
    { re: U(/(?<![\p{L}])(?:probablement|vraisemblablement|selon toute vraisemblance|sans doute|possiblement|il est probable)(?![\p{L}])/giu), kind: 'estimative' },
    // hedge13: a possibility left open ("il n'est pas exclu", "n'exclut pas"), an open question ("on ignore", "reste
    // flou", "n'est pas (encore) clair"), appearance ("il semblerait", "semble-t-il", "visiblement"), suspicion
    // ("soupçonné"), "il est possible que".
    { re: U(/(?<![\p{L}])(?:(?:il )?n['’]est pas exclu|n['’]exclu(?:en)?t pas|sans exclure|on ignore|on ne sait pas|reste(?:nt)? (?:flou|floue|flous|floues|inconnu|inconnue|inconnus|inconnues|à déterminer|à établir)|n['’]est pas (?:encore )?(?:clair|connu|établi)|il semblerait|semble-t-il|semblerait-il|visiblement|soupçonnée?s?|il est possible que|il se pourrait que|prétend(?:ent|ait|aient)?|(?:affirme|affirment|dit|disent) avoir)(?![\p{L}])/giu), kind: 'hedge' },
  ],
  es: [
    { re: U(/(?<![\p{L}])(?:presuntamente|supuestamente|aparentemente|presunto|presunta|presuntos|presuntas|supuesto|supuesta|supuestos|supuestas|al parecer|habría|habrían|sería|serían|no confirmad[oa]s?)(?![\p{L}])/giu), kind: 'hedge', keep: notAfterSi },
    { re: U(/(?<![\p{L}])(?:probablemente|posiblemente|es probable|previsiblemente)(?![\p{L}])/giu), kind: 'estimative' },
    { re: U(/(?<![\p{L}])(?:no (?:ha|han) podido ser (?:verificad[oa]s?|confirmad[oa]s?)|no pudo (?:ser )?(?:verificad[oa]|confirmad[oa]|verificar|confirmar)|sin verificar|no verificad[oa]s?)(?![\p{L}])/giu), kind: 'hedge' },
    // hedge13: a possibility left open ("no se descarta"), an open question ("se desconoce", "no está claro"),
    // impersonal belief ("se cree que", "se sospecha"), "todo indica que", "podría(n) haber", suspicion ("sospechoso de").
    { re: U(/(?<![\p{L}])(?:no se descarta|no (?:descarta|descartan|descartó|descartaron)|se desconoce|no está claro|no queda claro|aún no está claro|se cree que|se sospecha|se presume|todo indica que|todo apunta a|(?:podría|podrían) haber|sospechos[oa]s? de)(?![\p{L}])/giu), kind: 'hedge' },
  ],
  // lang7: Italian, Portuguese and Dutch hedge words; the reportative conditional ("sarebbero entrati", "teria sido",
  // "zou … hebben"); unverified claims; estimative adverbs.
  it: [
    { re: U(/(?<![\p{L}])(?:presumibilmente|presunt[oaie]|apparentemente|a quanto pare|sembrerebbe|sembrerebbero|sarebbe|sarebbero|avrebbe|avrebbero|non confermat[oaie]|non (?:è|sono) stat[oaie] confermat[oaie])(?![\p{L}])/giu), kind: 'hedge' },
    // fix13: an open question ("non è chiaro se", "non è ancora noto", "resta da chiarire").
    { re: U(/(?<![\p{L}])(?:non (?:è|era) (?:ancora )?(?:chiaro|noto)|resta(?:no)? da chiarire|non si sa)(?![\p{L}])/giu), kind: 'hedge' },
    // The conditional of any verb after "secondo"/"stando a" ("secondo fonti, il riscatto ammonterebbe a …").
    { re: U(/(?<![\p{L}])\p{Ll}{2,20}(?:rebbe|rebbero)(?![\p{L}])/gu), kind: 'hedge', keep: (m, text) => /(?<![\p{L}])(?:secondo|stando a)(?![\p{L}])/iu.test(text.slice(0, m.index)) },
    { re: U(/(?<![\p{L}])(?:non (?:è|sono) stat[oaie] (?:possibile verificare|verificat[oaie])|non (?:ha|hanno) potuto (?:verificare|confermare)|non verificat[oaie]|impossibile verificare|non verificabil[ei])(?![\p{L}])/giu), kind: 'hedge' },
    { re: U(/(?<![\p{L}])(?:probabilmente|verosimilmente|con ogni probabilità|è probabile|molto probabile)(?![\p{L}])/giu), kind: 'estimative' },
    // hedge13: a possibility left open ("non si esclude"), hearsay ("secondo indiscrezioni", "si dice"), appearance
    // ("pare che", "sembra che"), an open question ("non è chiaro", "resta da chiarire"), suspicion ("sospettato").
    { re: U(/(?<![\p{L}])(?:non si esclude|non (?:esclude|escludono|escluso)|(?:secondo )?indiscrezioni|si dice che|pare che|sembra che|non è (?:ancora )?chiaro|non è noto|resta(?:no)? da chiarire|ancora da chiarire|sospettat[oaie]|si ritiene che|si sospetta)(?![\p{L}])/giu), kind: 'hedge' },
  ],
  pt: [
    { re: U(/(?<![\p{L}])(?:supostamente|alegadamente|aparentemente|presumivelmente|suposto|suposta|supostos|supostas|alegado|alegada|alegados|alegadas|teria|teriam|não confirmad[oa]s?|não (?:foi|foram) confirmad[oa]s?)(?![\p{L}])/giu), kind: 'hedge' },
    { re: U(/(?<![\p{L}])(?:não (?:pôde|puderam|foi possível) (?:ser )?(?:verificad[oa]s?|confirmad[oa]s?|verificar|confirmar)|sem verificação independente|não verificad[oa]s?)(?![\p{L}])/giu), kind: 'hedge' },
    { re: U(/(?<![\p{L}])(?:possivelmente|provavelmente|é provável|muito provável)(?![\p{L}])/giu), kind: 'estimative' },
    // hedge13: the reportative "estaria(m)", a possibility left open ("não se descarta"), an open question
    // ("não está claro", "ainda não se sabe"), impersonal belief ("acredita-se"), suspicion ("suspeito de").
    { re: U(/(?<![\p{L}])(?:estaria|estariam|não se descarta|não (?:descarta|descartam|descartou)|(?:ainda )?não está claro|não se sabe|(?:ainda )?não se sabe|acredita-se|suspeita-se|suspeit[oa]s? de|tudo indica que)(?![\p{L}])/giu), kind: 'hedge' },
  ],
  nl: [
    { re: U(/(?<![\p{L}])(?:naar verluidt|vermeend|vermeende|zogenaamd|zogenaamde|vermoedelijke|blijkbaar|kennelijk|ogenschijnlijk|onbevestigd|onbevestigde|niet bevestigd|niet onafhankelijk (?:bevestigd|geverifieerd|worden geverifieerd|te verifiëren)|niet te verifiëren)(?![\p{L}])/giu), kind: 'hedge' },
    // Reportative "zou … hebben": "De groep zou de gegevens hebben gestolen".
    { re: U(/(?<![\p{L}])(?:zou|zouden)(?![\p{L}])/giu), kind: 'hedge', keep: (m, text) => ZOU_PERFECT().test(text.slice(m.index + m[0].length, m.index + m[0].length + 120).split(/\.(?!\d)/)[0] ?? '') },
    { re: U(/(?<![\p{L}])(?:vermoedelijk|waarschijnlijk|naar alle waarschijnlijkheid|zeer waarschijnlijk)(?![\p{L}])/giu), kind: 'estimative' },
    // hedge13: an open question ("onduidelijk", "niet bekend"), suspicion ("wordt verdacht"), a possibility left open
    // ("sluit niet uit", "niet uit te sluiten"); "mogelijk" as an estimate (not "zo snel mogelijk", "mogelijk maken").
    { re: U(/(?<![\p{L}])(?:(?:is|was|blijft|bleef) (?:nog )?(?:onduidelijk|onbekend|niet (?:bekend|duidelijk))|nog onduidelijk|(?:wordt|worden|werd|werden) verdacht|sluit(?:en)? niet uit|niet uit te sluiten|niet uitgesloten)(?![\p{L}])/giu), kind: 'hedge' },
    { re: U(/(?<![\p{L}])mogelijk(?![\p{L}])/giu), kind: 'estimative', keep: (m, text) => !/(?<![\p{L}])(?:zo|zoveel|zomin|niet|het|is|was|wordt|werd)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, m.index - 30), m.index)) && !/(?<![\p{L}])(?:maakt|maken|maakte|maakten)\s/iu.test(text.slice(Math.max(0, m.index - 40), m.index)) && !/^\s+(?:maken|gemaakt|maakt|maakte)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) },
  ],
}));

/** Hedges by German, French or Spanish cues. Never throws; [] for English. */
export function findIntlHedges(sentences: Sentence[], lang: PageLang): Hedge[] {
  if (lang === 'en') return [];
  if (lang === 'ja') return findJaHedges(sentences);
  if (lang === 'ru') return findRuHedges(sentences);
  if (lang === 'zh') return findZhHedges(sentences);
  if (lang === 'ko') return findKoHedges(sentences);
  if (lang === 'pl') return findPlHedges(sentences);
  const out: Hedge[] = [];
  const seen = new Set<string>();
  try {
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    for (let si = 0; si < n && out.length < 500; si++) {
      const text = sentences[si]!.text.slice(0, LIMITS.maxChars);
      for (const rule of HEDGES()[lang]) {
        if (!mayMatch(rule.re, text)) continue;
        rule.re.lastIndex = 0;
        let guard = 0;
        for (let m = rule.re.exec(text); m && guard++ < 20; m = rule.re.exec(text)) {
          // "Angebliche" in a title-case headline is still a hedge; German capitalises nouns only, so no proper-noun check.
          if (rule.keep && !rule.keep(m, text)) continue;
          const cue = rule.cue ? rule.cue(m) : m[0].toLowerCase();
          const key = cue + '\u0000' + si;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ cue, sentence: sentences[si]!.text, kind: rule.kind });
        }
      }
    }
  } catch {
    return out;
  }
  return out;
}
