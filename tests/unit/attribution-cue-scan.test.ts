import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUE_SCAN } from '../../src/core/attribution-cues';

// The word-set scanner must find exactly what scanning the whole cue pattern finds.
const viaPattern = (t: string) => [...t.matchAll(new RegExp(CUE_SCAN.pattern.source, 'gi'))].map((m) => [m.index, m[0]]);
const viaScanner = (t: string) => [...CUE_SCAN.matches(t)].map((m) => [m.index, m[0]]);

describe('cue scanner', () => {
  it('agrees with the pattern on written sentences', () => {
    for (const t of [
      'According to the ministry, the port was closed, officials said.',
      'The flaw was first reported on Monday by a researcher, who emphasized that it was serious.',
      '“It is late,” said Ana, adding that x_said and 2said are no words; Saying so, she SAID it.',
      'In a statement to reporters, the agency is calling for calm and made clear it was not involved.',
      'As reported by the Ledger, pointed out by critics, per the filing: éclaimed, naïvely noted.',
      '',
    ]) {
      expect(viaScanner(t)).toEqual(viaPattern(t));
    }
  });
  it('agrees with the pattern on random text built from cue words', () => {
    const vocab = ['said', 'Said', 'SAYS', 'according', 'to', 'was', 'reported', 'by', 'first', 'the', 'agency', 'made', 'clear', 'it', 'put', 'in', 'a', 'statement', 'emphasised', 'per', 'x', '_', '2', 'é', ',', '.', '“', '”', ' ', '-', "'", 'calling', 'for', 'has', 'been', 'quoted'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { maxLength: 40 }), fc.array(fc.constantFrom(' ', '', '  '), { maxLength: 40 }), (ws, seps) => {
        const t = ws.map((w, i) => w + (seps[i] ?? ' ')).join('');
        expect(viaScanner(t)).toEqual(viaPattern(t));
      }),
      { numRuns: 400 },
    );
  });

  // The word lookup as it was first written (a letter-run regex and a set of lower-case first words): the trie must
  // answer the same, including on mixed case, where both differ from the bare pattern ("pER": no cue for either).
  const viaWordSet = (t: string) => {
    const out: [number, string][] = [];
    const run = /[A-Za-z]+/g;
    const at = new RegExp(CUE_SCAN.pattern.source, 'iy');
    for (let w = run.exec(t); w; w = run.exec(t)) {
      if (!CUE_SCAN.first.has(t.charCodeAt(w.index) < 97 ? w[0].toLowerCase() : w[0])) continue;
      at.lastIndex = w.index;
      const m = at.exec(t);
      if (!m) continue;
      out.push([m.index, m[0]]);
      run.lastIndex = w.index + m[0].length;
    }
    return out;
  };
  it('agrees with the word-set lookup on mixed case and glued words', () => {
    const vocab = ['said', 'sAID', 'SaID', 'SAID', 'aCCORDING', 'According', 'to', 'Per', 'pER', 'per', 'zsaid', 'saidz', 'Saidz', 'warn', 'warns', 'warnin', 'Ö', 'é', 'x_', '_', '9', 'WAS', 'rePORTED', 'by', 'BY', 'pointed', 'Pointed', 'OUT', 'out', 'emphasized', 'Emphasised'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { maxLength: 40 }), fc.array(fc.constantFrom(' ', '', '  ', ', '), { maxLength: 40 }), (ws, seps) => {
        const t = ws.map((w, i) => w + (seps[i] ?? ' ')).join('');
        expect(viaScanner(t)).toEqual(viaWordSet(t));
      }),
      { numRuns: 1000 },
    );
  });

  // The candidate words found by one whole-word pattern (the shortcut) and by the trie (the long way) lead to the same cues.
  it('finds the same cues with the word pattern as with the trie', () => {
    const viaTrie = (t: string) => [...CUE_SCAN.matchesByTrie(t)].map((m) => [m.index, m[0]]);
    const vocab = ['said', 'sAID', 'Said', 'SAID', 'according', 'to', 'in', 'In', 'the', 'words', 'of', 'a', 'an', 'interview', 'with', 'as', 'reported', 'by', 'was', 'WAS', 'were', 'has', 'been', 'first', 'linked', 'made', 'clear', 'similar', 'claims', 'per', 'PER', 'pER', 'citing', 'x', '_', '2', 'é', 'Ö', ',', '.', '“', ' ', '-', "'", '’', 'saidx', 'xsaid', 'warned', 'Warned', 'wARNED'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { maxLength: 40 }), fc.array(fc.constantFrom(' ', '', '  ', ', ', '_', '9'), { maxLength: 40 }), (ws, seps) => {
        const t = ws.map((w, i) => w + (seps[i] ?? ' ')).join('');
        expect(viaScanner(t)).toEqual(viaTrie(t));
      }),
      { numRuns: 5000 },
    );
  });
});
