import { dropTrailingParen, trimEndChars } from './trim';
import { SHORTCUTS } from './gate';
import { isPersonName } from './source-kind';
import { ORG_HEADS, PERSON_ROLE, personNoun } from './attribution-lexicon';

/**
 * People's names across sentences: given names and honorifics for he/she, the last words of a name ("Mr. Smith"
 * after "John Smith"), bare names, and the subject of a sentence for pronoun resolution.
 */

/**
 * The subject of a sentence when it is a name or he/she right before a verb
 * ("On Tuesday, Clinton criticized …", "Mr. Obama also emphasized …"). Only the
 * first 160 characters are looked at.
 */
export function sentenceSubject(text: string): string | null {
  // redos-ok: bounded repetitions on the first 160 characters only.
  const m = /^(?:[^,]{0,70},\s+)?((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?[A-Z][\p{L}’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\p{L}’'-]+)){0,3}|He|She|he|she)(?:,\s[^,]{1,100},)?\s+(?:(?:also|then|later|recently|has|had|was|is|again|further|repeatedly|previously|never|did|does|once|first|initially|quickly)\s+){0,2}(?:[a-z]{3,}(?:ed|s)|has|had|is|was)\b/u.exec(text.slice(0, 160));
  if (!m) return null;
  const name = m[1]!.replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+/, (t) => t);
  if (/^(?:The|A|An|This|That|These|Those|It|They|We|I|You|In|On|At|But|And|After|Before|When|While|If|As)$/.test(name.split(/\s+/)[0]!)) return null;
  return name;
}

/** Given names and honorifics that say which of he/she a person can be; unknown names fit both. */
const FEMALE_NAMES = new Set('Mrs Ms Miss Madam Lady Hillary Elizabeth Mary Patricia Jennifer Linda Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Sandra Ashley Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Anna Angela Helen Maria Julia Loretta Nikki Kamala Condoleezza Dianne Theresa Ursula Jacinda Sophie Emma Olivia Claire Kate Katherine Catherine Anne Ann Jane Joan Janet Diane Rachel Heather Megan Betsy Samantha Victoria Christine Tulsi Elena Natalia Olga Irina Ruth Sonia Ivanka Melania Chelsea Huma Debbie Kellyanne Sheryl Valerie Gina Madeleine Eleanor Michele Jill Hannah Grace Julie Alice Ellen Tammy Patty Kirsten Maxine Susana Marie Sylvia Monica Wendy Joanna Caroline Sara Lucy Jo-Renee'.split(' '));
const MALE_NAMES = new Set('Mr Sir Lord King Donald Barack Joe Bill Mike Michael John James Robert William David Richard Charles Thomas Christopher Daniel Matthew Mark Paul Steven Steve Andrew Kenneth George Brian Edward Ronald Timothy Tim Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Frank Gregory Raymond Alexander Patrick Jack Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold Jeremy Ethan Carl Keith Roger Gerald Terry Sean Arthur Noah Lawrence Jesse Joseph Bernie Ted Marco Jeb Chris Rand Ben Newt Mitch Harry Chuck Vladimir Boris Emmanuel Olaf Kevin Jim Tom Bob Rudy Rick Curt Al Reince Mitt Ed Pat Adam Jon Trey Elijah Tony Anthony Martin Luke Simon Hugo Ivan Sergei Dmitry Ali Mohammed Muhammad Ahmed Omar Hassan Xavier Jean-Claude'.split(' '));
/** polnear12: "the actress", "The former pollster": a role with no name, no antecedent of he/she. */
export function roleOnly(name: string): boolean {
  const head = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  // polnear14: the people-by-what-they-do heads too ("the billionaire tech investor").
  return /^(?:the|a|an)\s+[a-z]/i.test(name) && (PERSON_ROLE.test(head) || (personNoun(head) && !ORG_HEADS.test(head)));
}

/** polnear12: a lone given name ("Bob", "Maria"), not an honorific ("Lady", "King"). */
export function givenName(name: string): boolean {
  return /^[A-Z][a-z]{2,14}$/.test(name) && !/^(?:Mrs|Miss|Madam|Lady|Sir|Lord|King)$/.test(name) && (FEMALE_NAMES.has(name) || MALE_NAMES.has(name));
}

export function genderOf(name: string): 'f' | 'm' | null {
  const first = name.replace(/^(?:(?:Former|Sen|Rep|Gov|Dr|Gen|Prof|President|Senator|Governor|Secretary|Mayor|Judge|Attorney General|Chairman|Chairwoman)\.?\s+)+/, '').split(/[\s.]+/)[0] ?? '';
  if (FEMALE_NAMES.has(first)) return 'f';
  if (MALE_NAMES.has(first)) return 'm';
  // "Chief executive Mary Holt": the given name just before the surname, after a lower-case role.
  // redos-ok: run on the last 60 characters of a name only (slice on this line).
  const given = /\s([A-Z][a-z]{1,15})\s+[A-Z][\p{L}’'-]{1,30}$/u.exec(name.slice(-60))?.[1];
  if (given && FEMALE_NAMES.has(given)) return 'f';
  if (given && MALE_NAMES.has(given)) return 'm';
  return /\b(?:Chairwoman|Congresswoman|Spokeswoman|Mrs\.|Ms\.)/.test(name) ? 'f' : /\b(?:Chairman|Congressman|Spokesman|Mr\.)/.test(name) ? 'm' : null;
}

/** Answers of `lastWords` for one and two words (a pure function; asked of every mention on every pronoun), bounded. */
const LAST_WORDS: Map<string, string>[] = [new Map(), new Map(), new Map()];

export function lastWords(s: string, k: number): string {
  const memo = k === 1 || k === 2 ? LAST_WORDS[k]! : null;
  if (!memo || SHORTCUTS.off) return lastWordsOf(s, k);
  let hit = memo.get(s);
  if (hit === undefined) {
    hit = lastWordsOf(s, k);
    if (memo.size >= 4_000) memo.clear();
    memo.set(s, hit);
  }
  return hit;
}

function lastWordsOf(s: string, k: number): string {
  return dropTrailingParen(s).split(/\s+/).slice(-k).join(' ');
}

/** Answers of `personTailOf` (pure), bounded: the same names are remembered sentence after sentence. */
const PERSON_TAIL = new Map<string, [string, string, string] | null>();

/** The two capitalised words that end a name when they make a person's name ([both, first, last]), else null. */
export function personTail(name: string): [string, string, string] | null {
  if (SHORTCUTS.off) return personTailOf(name);
  let hit = PERSON_TAIL.get(name);
  if (hit === undefined) {
    hit = personTailOf(name);
    if (PERSON_TAIL.size >= 4_000) PERSON_TAIL.clear();
    PERSON_TAIL.set(name, hit);
  }
  return hit;
}

/** A name that joins two names ("X and Y", "X & Y"). */
export const COORDINATED_NAME = /\s(?:and|&)\s/;

function personTailOf(name: string): [string, string, string] | null {
  // redos-ok: applied to the last 90 chars of a name (slice on this line)
  const pm = /([A-Z][\p{L}’'-]{0,40}) ([A-Z][\p{L}’'-]{0,40})$/u.exec(dropTrailingParen(name).slice(-90));
  return pm && isPersonName(pm[0]) ? [pm[0], pm[1]!, pm[2]!] : null;
}

/** Answers of `bareNameOf` (pure), bounded. */
const BARE_NAME = new Map<string, string>();

/** A source's name without a leading "the" before a name, a "the official/state-run" before an acronym, or a possessive ending. */
export function bareName(source: string): string {
  if (SHORTCUTS.off) return bareNameOf(source);
  let hit = BARE_NAME.get(source);
  if (hit === undefined) {
    hit = bareNameOf(source);
    if (BARE_NAME.size >= 4_000) BARE_NAME.clear();
    BARE_NAME.set(source, hit);
  }
  return hit;
}

function bareNameOf(source: string): string {
  return source.replace(/^(?:the|The)\s+(?=[A-Z0-9])/, '').replace(/^(?:the|The)\s+(?:official|semi-official|semiofficial|state-run|state-owned|state-controlled|state)\s+(?=[A-Z]{2})/, '').replace(/[’']s$/, '').trim();
}

/** Capitalised runs after a start, a space, "(" or a quote (a match is never empty). */
const NAME_RUNS = /(?:^|[\s(“"])((?:[A-Z][\p{L}\p{N}’'&-]*)(?:\s+(?:(?:of|for|and|on|the|de)\s+){0,2}[A-Z0-9][\p{L}\p{N}’'&-]*){0,8})/gu;

/** Capitalised multi-word names in a sentence (antecedents for later "the ministry", "it"). */
export function capitalisedNames(text: string): string[] {
  const out: string[] = [];
  const re = NAME_RUNS;
  // The matches one by one on one pattern object (matchAll made a copy of the pattern and an iterator per sentence).
  re.lastIndex = 0;
  let k = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (++k > 40) break;
    const span = m[1]!;
    // One word (most runs: "The", "He"): the cuts below only shorten it from the end, so it is kept only as an acronym-like word.
    if (!/\s/.test(span) && !/^[A-Z]{2}/.test(span)) continue;
    // "Governor Mia Lind on Sunday": a day or month joined by a connector is no part of the name.
    let nm = trimEndChars(m[1]!, "’'").replace(/[’']s$/, '').replace(/\s(?:on|of|for|and|the|de)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/, '');
    if (m.index === 0 || /^(?:The|A|An|In|On|At|By|For|But|And|As|If|It|He|She|They|We|According)\s/.test(nm)) nm = nm.replace(/^(?:The|A|An|In|On|At|By|For|But|And|As|If|It|He|She|They|We|According)\s+/, '');
    if (!nm || !/\s/.test(nm) && !/^[A-Z]{2,}/.test(nm)) continue;
    out.push(nm);
  }
  return out;
}
