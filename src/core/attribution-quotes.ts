import { isPersonName } from './source-kind';
import { capitalisedNames, genderOf, lastWords } from './attribution-names';

/**
 * Quotation marks in a sentence: whether a position is inside a quote, and the speaker a quote belongs to when a
 * clause of its own names another subject.
 */

/** Is position `at` of `text` inside a quotation opened before it (curly or straight double quotes)? */
export function quoteOpenAt(text: string, at: number): boolean {
  let open = 0;
  let straight = 0;
  const from = Math.max(0, at - 1_000);
  for (let k = from; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x201c) open++;
    else if (c === 0x201d) open = Math.max(0, open - 1);
    else if (c === 0x22) straight++;
  }
  return open > 0 || straight % 2 === 1;
}

/** A closing quotation mark right after a name run (after a comma or stop at most), and the opening one before it (a few capitalised words back). */
const QUOTE_AFTER = /^[,.!?]?(?:[”"’]|'')/;
const WORD_CHAR = /[\p{L}\p{N}’&-]/u;
const UPPER = /\p{Lu}/u;

/** The text holds a double quotation mark (curly, straight, or the two apostrophes of some archives). */
export function hasQuote(text: string): boolean {
  return text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || text.indexOf('"') >= 0 || text.indexOf("''") >= 0;
}

const QUOTE_MARK = /[“”"]|''/g;
/** "After Clinton " / "Before the board ": a time clause opening the sentence, up to the verb. */
export const TIME_CLAUSE = /^(?:After|Before|When|Since|Until|Once) [^,;:“”"]{1,60}$/;
export const NO_MARKS: number[] = [];

/** The double quotation marks of `text`: position × 4 + kind (0 opens, 1 closes, 2 toggles), in order. */
export function quoteMarks(text: string): number[] {
  const out: number[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m && out.length < 200; m = QUOTE_MARK.exec(text)) {
    const c = m[0];
    out.push(m.index * 4 + (c === '“' ? 0 : c === '”' ? 1 : 2));
  }
  return out;
}

/** Whether a double quotation is open at `end`, given the marks of the text and whether one was open at its start. */
export function quoteOpenAtEnd(marks: number[], end: number, open: boolean): boolean {
  for (let i = 0; i < marks.length; i++) {
    const v = marks[i]!;
    if (v >> 2 >= end) break;
    const k = v & 3;
    open = k === 0 ? true : k === 1 ? false : !open;
  }
  return open;
}

/**
 * "Former Rep. Chris Shays (R-Conn.) was pro Kasich …, he said": the first person's name in the clause before a trailing
 * ", he said" / ", she said", when that clause holds no quotation mark; null otherwise.
 */
export function ownClauseSubject(text: string, clash: 'f' | 'm'): string | null {
  const at = Math.max(text.indexOf(', he '), text.indexOf(', she '));
  if (at < 0 || at > 300 || hasQuote(text.slice(0, at))) return null;
  for (const nm of capitalisedNames(text.slice(0, at))) {
    // "Former Rep" (the run stops at the title's dot) is no name.
    if (/\b(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Gen|Prof|Former)$/.test(nm)) continue;
    if (isPersonName(lastWords(nm, 2)) && genderOf(nm) !== clash) return nm;
    return null;
  }
  return null;
}

/** The name (as capitalisedNames gives it) stands alone between quotation marks in `text`. */
export function quotedTitle(text: string, nm: string): boolean {
  const at = text.indexOf(nm);
  return at > 0 && QUOTE_AFTER.test(text.slice(at + nm.length, at + nm.length + 4)) && opensQuote(text, at);
}

/** An opening quotation mark just before `start`, or before up to three capitalised words that end there. */
function opensQuote(text: string, start: number): boolean {
  let i = start;
  for (let w = 0; ; w++) {
    const c = text[i - 1];
    if (c === '“' || c === '"' || c === '‘' || (c === "'" && text[i - 2] === "'")) return true;
    if (w === 3 || c !== ' ') return false;
    // The word before the space, capitalised.
    let k = i - 1;
    while (k > 0 && i - 1 - k < 30 && WORD_CHAR.test(text[k - 1]!)) k--;
    if (k === i - 1 || !UPPER.test(text[k]!)) return false;
    i = k;
  }
}
