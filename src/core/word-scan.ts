/**
 * All of a module's gate words found in one pass over a text (an Aho–Corasick automaton).
 *
 * `Gate` (gate.ts) answers "does word w occur?" one word at a time: a module with forty rules asks a few
 * hundred such questions per sentence, and those questions cost more than the patterns they gate. A
 * `WordScan` is built once from every gate word of a module; `load(text)` walks the text once through the
 * automaton and marks every word that occurs, so each rule's gate is then a few array reads.
 *
 * Answers: for a plain word exactly `text.toLowerCase().indexOf(word) !== -1` (the answer of `Gate` and
 * `passes`): the automaton reads each code unit lower-cased on its own, which is what `toLowerCase` does
 * to the code units a gate word can hold (letters, digits, punctuation; the one code unit whose lower case
 * is two, U+0130 "İ", reads as "i" followed by a character no word holds). tests/unit/word-scan.test.ts
 * compares the two on fixture and random texts.
 *
 * A word written with a leading `\b` ("\\bai") also needs an ASCII word boundary before it in the text as
 * given: no ASCII letter, digit or underscore right before it, which is what the `\b` of a pattern without
 * the `u` flag requires. Use it only for a rule whose every match holds the word right after `\b` or `\s`
 * ("ai" also occurs in "said", "against", "detail").
 */
import { SHORTCUTS, type Need } from './gate';

/** A gate compiled against one `WordScan`: word ids, one list per "any of these". */
export type ScanNeed = readonly Int32Array[];

/** Code unit → lower-case class, for code units of 128 and above (0: not yet known; else class + 1; RESET_FLAG: then forget the state). */
const RESET_FLAG = 0x8000;

export class WordScan {
  private readonly ids = new Map<string, number>();
  private readonly alphabet = new Map<number, number>();
  private readonly ascii = new Int32Array(128);
  private wide: Uint16Array | null = null;
  private readonly k: number;
  /**
   * The transition table, `delta[state * k + class]`. 16-bit while the states fit (every scan of the core has a
   * few thousand at most): half the bytes of 32-bit entries, and a scan reads one entry per character, so the
   * smaller table stays in cache (measured: ~1.5-2x faster loads on the real corpus's blocks).
   */
  private readonly delta: Uint16Array | Int32Array;
  private readonly hasOut: Uint8Array;
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  private readonly wordLen: Int32Array;
  private readonly atStart: Uint8Array;
  private readonly seen: Uint32Array;
  private stamp = 0;
  /** How many distinct words the last `load` found. */
  found = 0;

  constructor(words: Iterable<string>) {
    const list: string[] = [];
    for (const w of words) {
      if (this.ids.has(w)) continue;
      this.ids.set(w, list.length);
      list.push(w);
    }
    const plain = list.map((w) => (w.startsWith('\\b') ? w.slice(2) : w));
    for (const w of plain) {
      if (!w || w !== w.toLowerCase()) throw new Error(`gate word must be lower case and not empty: ${w}`);
      for (let i = 0; i < w.length; i++) if (!this.alphabet.has(w.charCodeAt(i))) this.alphabet.set(w.charCodeAt(i), this.alphabet.size + 1);
    }
    const k = (this.k = this.alphabet.size + 1);
    for (let c = 0; c < 128; c++) this.ascii[c] = this.alphabet.get(c >= 65 && c <= 90 ? c + 32 : c) ?? 0;
    // The build runs cold on every page in the browser (each page's analyzer is a new world; the disclaimer rules'
    // scan has ~2,000 states × 89 classes), so it allocates a few flat typed arrays and no array per state: the
    // trie is written straight into the transition table of the largest size it can need (a state per character
    // of the words), each state's children are a linked list, each state's words a bucket of one flat list.
    let most = 1;
    for (const w of plain) most += w.length;
    const table = most <= 0x10000 ? new Uint16Array(most * k) : new Int32Array(most * k);
    const firstChild = new Int32Array(most);
    const nextSibling = new Int32Array(most);
    const edgeClass = new Int32Array(most);
    const endState = new Int32Array(plain.length);
    let n = 1;
    for (let id = 0; id < plain.length; id++) {
      const w = plain[id]!;
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        // A gate word is lower case: below 128 its class is the ASCII table's.
        const cls = c < 128 ? this.ascii[c]! : this.alphabet.get(c)!;
        let t = table[s * k + cls]!;
        if (t === 0) {
          t = n++;
          table[s * k + cls] = t;
          edgeClass[t] = cls;
          nextSibling[t] = firstChild[s]!;
          firstChild[s] = t;
        }
        s = t;
      }
      endState[id] = s;
    }
    // Each state's own words, in id order: a bucket per state in one flat list.
    const ownStart = new Int32Array(n + 1);
    for (let id = 0; id < plain.length; id++) ownStart[endState[id]! + 1]!++;
    for (let s = 0; s < n; s++) ownStart[s + 1]! += ownStart[s]!;
    const ownIds = new Int32Array(plain.length);
    const fill = ownStart.slice(0, n);
    for (let id = 0; id < plain.length; id++) ownIds[fill[endState[id]!]!++] = id;
    // Breadth first: failure links, the full transition table and how many words end in each state (its own, then
    // its failure state's, whose count is known by then: it is shallower).
    // The rows past the last state are never read: copied out (one native copy), their memory is not kept.
    const delta = n * k === table.length ? table : table.slice(0, n * k);
    const fail = new Int32Array(n);
    const count = new Int32Array(n);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let t = firstChild[0]!; t; t = nextSibling[t]!) queue[tail++] = t;
    for (let q = 0; q < tail; q++) {
      const s = queue[q]!;
      const f = fail[s]!;
      count[s] = ownStart[s + 1]! - ownStart[s]! + count[f]!;
      // A state's row is its failure state's row (shallower, so complete by now) with its own edges written over:
      // one native copy and a read of its edges, not a lookup per class.
      delta.copyWithin(s * k, f * k, f * k + k);
      for (let t = firstChild[s]!; t; t = nextSibling[t]!) {
        const cls = edgeClass[t]!;
        fail[t] = delta[f * k + cls]!;
        delta[s * k + cls] = t;
        queue[tail++] = t;
      }
    }
    // 16-bit while the states fit; the bound was taken on the characters, before the states were known.
    this.delta = n <= 0x10000 && !(delta instanceof Uint16Array) ? Uint16Array.from(delta) : delta;
    this.hasOut = new Uint8Array(n);
    const outStart = (this.outStart = new Int32Array(n + 1));
    for (let s = 0; s < n; s++) {
      if (count[s]) this.hasOut[s] = 1;
      outStart[s + 1] = outStart[s]! + count[s]!;
    }
    // Each state's words: its own, then its failure state's (filled before it, in breadth-first order).
    const outIds = (this.outIds = new Int32Array(outStart[n]!));
    for (let q = 0; q < tail; q++) {
      const s = queue[q]!;
      let at = outStart[s]!;
      for (let j = ownStart[s]!, e = ownStart[s + 1]!; j < e; j++) outIds[at++] = ownIds[j]!;
      const f = fail[s]!;
      if (count[f]) outIds.copyWithin(at, outStart[f]!, outStart[f]! + count[f]!);
    }
    this.wordLen = Int32Array.from(plain.map((w) => w.length));
    this.atStart = Uint8Array.from(list.map((w) => (w.startsWith('\\b') ? 1 : 0)));
    this.seen = new Uint32Array(list.length);
  }

  /** The class of a code unit of 128 and above, with RESET_FLAG when its lower case is longer than one code unit. */
  private wideClass(c: number): number {
    const t = (this.wide ??= new Uint16Array(0x10000));
    let v = t[c]!;
    if (v === 0) {
      const lower = String.fromCharCode(c).toLowerCase();
      const cls = this.alphabet.get(lower.charCodeAt(0)) ?? 0;
      t[c] = v = (cls + 1) | (lower.length > 1 ? RESET_FLAG : 0);
    }
    return v;
  }

  /** Read `text` (as written: the scan lower-cases as it goes) and mark every word that occurs in it. */
  load(text: string): this {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    this.found = 0;
    const { delta, ascii, hasOut, k } = this;
    const n = text.length;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) s = delta[s * k + ascii[c]!]!;
      else {
        const v = this.wideClass(c);
        s = delta[s * k + ((v & ~RESET_FLAG) - 1)]!;
        if (v & RESET_FLAG) {
          if (hasOut[s]) this.mark(s, i, text);
          s = 0;
          continue;
        }
      }
      if (hasOut[s]) this.mark(s, i, text);
    }
    return this;
  }

  private mark(s: number, end: number, text: string): void {
    const { outIds, seen, stamp } = this;
    for (let j = this.outStart[s]!, e = this.outStart[s + 1]!; j < e; j++) {
      const id = outIds[j]!;
      if (seen[id] === stamp) continue;
      if (this.atStart[id]) {
        const start = end - this.wordLen[id]! + 1;
        if (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) continue;
      }
      seen[id] = stamp;
      this.found++;
    }
  }

  /** Word ids of `need`, for `passes` (every word must be one this scan was built with). */
  compile(need: Need): ScanNeed {
    return need.map((any) =>
      Int32Array.from(any, (w) => {
        const id = this.ids.get(w);
        if (id === undefined) throw new Error(`word not in this scan: ${w}`);
        return id;
      }),
    );
  }

  /** `word` occurs in the loaded text (true with the shortcuts off). */
  has(word: string): boolean {
    if (SHORTCUTS.off) return true;
    const id = this.ids.get(word);
    if (id === undefined) throw new Error(`word not in this scan: ${word}`);
    return this.seen[id] === this.stamp;
  }

  /** The word of id `id` (from `compile`) occurs in the loaded text (true with the shortcuts off). */
  hasId(id: number): boolean {
    return SHORTCUTS.off || this.seen[id] === this.stamp;
  }

  /** The loaded text satisfies `need` (true with the shortcuts off). */
  passes(need: ScanNeed): boolean {
    if (SHORTCUTS.off) return true;
    const { seen, stamp } = this;
    for (let i = 0; i < need.length; i++) {
      const any = need[i]!;
      let ok = false;
      for (let j = 0; j < any.length; j++) {
        if (seen[any[j]!] === stamp) {
          ok = true;
          break;
        }
      }
      if (!ok) return false;
    }
    return true;
  }
}

/** An ASCII letter, digit or underscore: a word character of `\b` in a pattern without the `u` flag. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * A module's rule gates on one shared `WordScan`, built on first use: by then every rule list has had its later
 * additions (`RULES.push(...)` at module load), and a page that never reaches the module never pays for the build.
 */
export function lazyRuleScan(rules: readonly { need: Need }[]): () => { scan: WordScan; needs: ScanNeed[] } {
  let built: { scan: WordScan; needs: ScanNeed[] } | null = null;
  return () => {
    if (!built) {
      const scan = new WordScan(rules.flatMap((r) => r.need.flat()));
      built = { scan, needs: rules.map((r) => scan.compile(r.need)) };
    }
    return built;
  };
}
