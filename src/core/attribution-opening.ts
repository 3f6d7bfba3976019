import { ANON_HEADS, VAGUE_HEADS } from './source-kind';
import { ADVERB, PERSON_ROLE, personNoun, words } from './attribution-lexicon';
import type { Subject } from './attribution-types';

/**
 * polnear14: the subject noun phrase that opens its clause, read forward from the clause start to the verb. The
 * backward readers stop at the first word that is no name or source head, so a subject with a post-modifier ("Other
 * former soldiers with no direct knowledge of the raid said", "The Democratic nominee for the November race later
 * said") or a head they do not list ("The billionaire tech investor says") gave nothing. Here the whole stretch from
 * the clause start to the verb must parse as one phrase — a determiner, up to five modifiers, a head that names
 * people or a body, prepositional post-modifiers, then only adverbs and auxiliaries — or nothing is read. Used only
 * where the backward readers found no subject.
 */

/** Determiners and quantifiers that may open the phrase. */
const OPENERS = new Set(
  ('the a an some many several other most few these those both all another various numerous his her ' +
  'their its our one two three four five six seven eight nine ten dozens hundreds thousands more fellow ' +
  'current former').split(' '),
);
/** Quantifiers that are the head themselves when a preposition follows ("Some in the party", "One of the aides"). */
const QUANTIFIER_HEADS = new Set('some many several most few one two three others all both dozens hundreds thousands'.split(' '));
/** Prepositions that open a post-modifier. */
const PREPS = new Set(
  ('with of in at for from on inside within among across under near outside to behind around over ' +
  'between throughout familiar close involved including').split(' '),
);
/** Words that end the phrase as no part of a noun phrase: a clause inside it, a verb, a negation. */
const STOPS = new Set(
  ('that which who whom whose where when while said says say told tells is are was were be been being ' +
  'not no none neither nor if because as than he she it they we i you him them us me there here what ' +
  'how why by after before since until during').split(' '),
);
/** Auxiliaries and adverbs that may stand between the phrase and the verb. */
const AUX = new Set(
  ('have has had would will could can may might must should did does do even also later still just again ' +
  'now then too long often since').split(' '),
);
/** The prepositions that say whose group or post it is ("members of", "advisers to", "spokesman for"). */
const OWNER_PREPS = new Set('of to for'.split(' '));
/** Words that may follow "and" inside the phrase ("current and former officials"). */
const TENURE = new Set('current former past present retired active'.split(' '));
/** Group heads whose first post-modifier says whose group it is ("members of the panel", "advisers to the governor"). */
const OWNED_GROUPS = new Set(
  ('members member advisers advisors aides allies supporters critics opponents friends associates ' +
  'representatives head chief director leader leaders spokesman spokeswoman spokesperson').split(' '),
);

/** A head that names people: bodies are left to the backward readers ("A departure board at the station shows" is a thing). */
function isHead(w: string): boolean {
  return personNoun(w) || ANON_HEADS.test(w) || VAGUE_HEADS.test(w) || PERSON_ROLE.test(w);
}

/** A word of a noun phrase: letters (with hyphens, apostrophes, an abbreviating period) or a number. */
function nounish(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
    const digit = c >= 48 && c <= 57;
    if (letter || digit || c === 45 || c === 39 || c === 0x2019 || c === 38) continue;
    if (c === 46 && i === w.length - 1) continue;
    return false;
  }
  return w.length > 0;
}

/** A past form after a noun reads as a verb ("officials with the agency chafed"), not a modifier ("the affected users"). */
function verbAfterNoun(w: string, prev: string): boolean {
  return w.length > 4 && w.endsWith('ed') && !OPENERS.has(prev) && !PREPS.has(prev) && !prev.endsWith('ly');
}

export function openingSubject(leftTrim: string): Subject | null {
  if (leftTrim.length > 320) return null;
  // The clause starts after the last comma, colon, semicolon, dash, bracket or quotation mark.
  let start = 0;
  for (let i = leftTrim.length - 1; i >= 0; i--) {
    const c = leftTrim.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d) {
      start = i + 1;
      break;
    }
  }
  const ws = words(leftTrim.slice(start));
  if (ws.length < 2 || ws.length > 32) return null;
  const lw = ws.map((w) => w.toLowerCase());
  const p = readPhrase(ws, lw);
  if (!p) return null;
  // Then only adverbs and auxiliaries up to the verb.
  for (let k = p.end; k < ws.length; k++) {
    if (!(AUX.has(lw[k]!) || ADVERB.test(lw[k]!) || /^[a-z]{3,}ly$/.test(lw[k]!))) return null;
  }
  return { np: p.np, appositive: null, groupKind: p.plural ? 'unspecified' : 'person' };
}

/**
 * polnear14: the same phrase opening a clause whose verb follows it ("Other former officers with no direct knowledge
 * of the case chafed at … and said"): for the subject of a second verb, where the first reader stopped at "with".
 */
export function leadingSubject(clause: string): string | null {
  const ws = words(clause.slice(0, 300));
  if (ws.length < 3) return null;
  const lw = ws.map((w) => w.toLowerCase());
  const p = readPhrase(ws, lw);
  if (!p || p.end === p.core) return null;
  let k = p.end;
  while (k < ws.length && (AUX.has(lw[k]!) || /^[a-z]{3,}ly$/.test(ws[k]!))) k++;
  // The verb: a lower-case word of letters that no phrase takes.
  const v = ws[k];
  return v && /^[a-z]{3,}$/.test(v) && !PREPS.has(v) && !STOPS.has(v) && v !== 'and' && v !== 'but' ? p.np : null;
}

/** The phrase from the start of `ws`: its text (with whose group it is, for a group head) and where it ends. */
function readPhrase(ws: string[], lw: string[]): { np: string; core: number; end: number; plural: boolean } | null {
  const i = lw[0] === 'and' || lw[0] === 'but' ? 1 : 0;
  const from = i;
  // The core phrase: an opener, modifiers and the head, up to the first preposition, adverb or auxiliary.
  let core = i;
  while (core < ws.length && !PREPS.has(lw[core]!) && !AUX.has(lw[core]!) && !STOPS.has(lw[core]!) && !(core > i && (ADVERB.test(lw[core]!) || lw[core]!.endsWith('ly')))) {
    if (!nounish(ws[core]!)) return null;
    // "current and former officials": "and" only between two modifiers of one head.
    if (lw[core] === 'and' && !(core > i && core + 1 < ws.length && TENURE.has(lw[core + 1]!))) return null;
    core++;
  }
  if (core === i || core - i > 7) return null;
  // The phrase opens with a determiner or quantifier, a capitalised word, or is a plural head alone ("Soldiers"):
  // a lower-case first word is a verb or the tail of another phrase ("issued a general warning").
  const first = ws[i]!;
  if (!OPENERS.has(lw[i]!) && first === lw[i] && core - i > 1) return null;
  const head = lw[core - 1]!.replace(/[’']s$/, '');
  const quantHead = core - i === 1 && QUANTIFIER_HEADS.has(head) && core < ws.length && PREPS.has(lw[core]!);
  if (!quantHead && !isHead(head)) return null;
  if (!quantHead && core - i === 1 && !OPENERS.has(lw[i]!) && !/s$/.test(head)) return null; // a bare singular noun opens no subject
  // Post-modifiers: prepositional phrases ("with no direct knowledge of the case but with years in the field").
  let j = core;
  let firstPP = -1;
  let firstEnd = -1;
  while (j < ws.length && PREPS.has(lw[j]!)) {
    const ppStart = j;
    j++;
    let objWords = 0;
    // Inside the object "no" is a determiner ("with no direct knowledge"); a capitalised word is part of a name ("Never Again").
    while (j < ws.length && !PREPS.has(lw[j]!) && !(AUX.has(lw[j]!) && ws[j] === lw[j]) && !(STOPS.has(lw[j]!) && lw[j] !== 'no') && !(lw[j] === 'but' || lw[j] === 'and')) {
      if (!nounish(ws[j]!) || verbAfterNoun(lw[j]!, lw[j - 1]!) || (objWords > 0 && /^[a-z]{3,}ly$/.test(ws[j]!))) break;
      objWords++;
      j++;
    }
    if (objWords === 0 || objWords > 9) return null;
    if (firstPP < 0) {
      firstPP = ppStart;
      firstEnd = j;
    }
    // "… but with …", "… and at …": a second post-modifier joined to the first.
    if (j + 1 < ws.length && (lw[j] === 'but' || lw[j] === 'and') && PREPS.has(lw[j + 1]!)) j++;
    if (j - core > 24) return null;
  }
  if (quantHead && firstPP < 0) return null;
  const coreText = ws.slice(from, core).join(' ');
  // "Some in the Never Again camp", "members of the panel": the quantifier or group with whose it is.
  const plural = quantHead || head.endsWith('s') || head.endsWith('men') || head === 'people';
  if ((quantHead || (OWNED_GROUPS.has(head) && OWNER_PREPS.has(lw[core]!))) && firstPP === core && firstEnd - core <= 7) {
    return { np: `${coreText} ${ws.slice(core, firstEnd).join(' ')}`, core, end: j, plural };
  }
  return { np: coreText, core, end: j, plural };
}
