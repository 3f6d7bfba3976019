import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ASCII_TOKEN_RE, findTerms, findTermsForTest, NON_ASCII_WORD_RE, scanTokensForTest, TOKEN_RE, vocabularyKeysForTest } from '../../src/core/security-vocabulary';

/** The hand-written token scan in findTerms must find exactly what TOKEN_RE finds. */
const viaRegex = (t: string): string[] => [...t.matchAll(new RegExp(TOKEN_RE.source, 'gu'))].map((m) => m[0]);

const PIECES = ['a', 'Zed', 'ransomware', 'Cyber-Attack', '-', "'", '’', '.', ' ', '$', '0', '9', 'é', 'ß', 'İ', 'K', 'Σ', 'ς', '𝐀', '\ud835', '\udc00', '网络攻击', 'вымогатель', '٣', '_', '\u00a0', ',', 'x-', '-y', "d'", '..'];

describe('findTerms token scan', () => {
  it('matches TOKEN_RE on mixed scripts, connectors, surrogates and lone surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        expect(scanTokensForTest(t)).toEqual(viaRegex(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches TOKEN_RE on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 80 }), (t) => {
        expect(scanTokensForTest(t)).toEqual(viaRegex(t));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (t) => {
        expect(scanTokensForTest(t)).toEqual(viaRegex(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('still finds terms whose tokens need the full lookup (hyphenated, apostrophes, non-ASCII case)', () => {
    const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.text);
    expect(strong('the-ransomware outbreak')).toEqual(['the-ransomware']);
    expect(strong('Zero-Day flaw')).toEqual(['Zero-Day']);
    expect(strong('ÜBER Schadsoftware')).toEqual(['Schadsoftware']);
    expect(strong('a new КИБЕРАТАКА')).toEqual(['КИБЕРАТАКА']);
    expect(strong('threat actors struck')).toEqual(['threat actors']);
    expect(strong('the C2 servers')).toEqual(['C2 servers']);
  });
});

describe('findTerms: the short-text and long-text paths agree', () => {
  const WORDS = ['the', 'The', 'hack', 'hacked', 'down', 'life', 'ransomware', 'Ransomware-Angriff', 'threat', 'actors', 'zero-day', 'Zero', 'day', 'C2', 'servers', 'CVE-2024-1234', 'Volt', 'Typhoon', 'APT29', 'breach', 'of', 'contract', 'программу-вымогатель', 'КИБЕРАТАКА', '网络攻击', "d'un", 'piratage', 'it', 'security', 'İ', '𝐀', '-', '.', ',', 'U.S.', 'data', 'leak', 'leaks', 'Cyber-Attack'];
  it('finds the same hits on random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), fc.constantFrom(' ', '  ', '\n', ' - '), (words, sep) => {
        const t = words.join(sep);
        const ref = findTermsForTest(t, 'reference');
        expect(findTermsForTest(t, 'long')).toEqual(ref);
        expect(findTermsForTest(t, 'short')).toEqual(ref);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the reference on tokens of one to three characters (the prefix check by character codes)', () => {
    // Short first tokens of the vocabulary ("it", "c2") against prefixes that start them, are started by them, or differ by one code.
    const SHORT = ['i', 'I', 'it', 'IT', 'It', 'c', 'C', 'c2', 'C2', 'c3', 'c2c', 'its', 'ith', 'ran', 'RAN', 'Ran', 'ra', 'r', 'apt', 'APT', 'a', '$', '0', '9x', 'x.y', 'u.s', '-', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SHORT), { maxLength: 30 }), fc.constantFrom(' ', '', '\n'), (words, sep) => {
        const t = words.join(sep);
        const ref = findTermsForTest(t, 'reference');
        expect(findTermsForTest(t, 'long')).toEqual(ref);
        expect(findTermsForTest(t, 'short')).toEqual(ref);
      }),
      { numRuns: 3000 },
    );
    // The prefix check must still let the vocabulary's short and three-letter first tokens through.
    const strong = (t: string) => findTermsForTest(t, 'long').filter((h) => h.weight >= 2).map((h) => h.text);
    expect(strong('the c2 infrastructure and C2 servers')).toContain('C2 servers');
    // (blind8: the gang is also a cybercrime group, RANSOM_GROUP_RE, after the token hits.)
    expect(strong('a RANSOMWARE gang')).toEqual(['RANSOMWARE', 'RANSOMWARE gang']);
  });

  it('finds the reference lookup\'s hits on every fixture and dev page text', () => {
    const dir = (d: string): string[] => (existsSync(d) ? readdirSync(d, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => path.join(d, f)) : []);
    const files = [...dir('tests/fixtures'), ...dir('../shared/eval/dev')];
    expect(files.length).toBeGreaterThan(10);
    let hits = 0;
    for (const f of files) {
      // The page's text with the markup dropped (no DOM needed: the scan only sees characters).
      const text = readFileSync(f, 'utf8').replace(/<[^>]{0,2000}>/g, ' ');
      const ref = findTermsForTest(text, 'reference');
      hits += ref.length;
      expect(findTermsForTest(text, 'short'), f).toEqual(ref);
      expect(findTermsForTest(text, 'long'), f).toEqual(ref);
    }
    expect(hits).toBeGreaterThan(100);
  });
});

describe('findTerms: the ASCII tokeniser of short texts', () => {
  const viaAscii = (t: string): string[] => [...t.matchAll(new RegExp(ASCII_TOKEN_RE.source, 'g'))].map((m) => m[0]);

  it('lets no letter or digit beyond ASCII through: every BMP character NON_ASCII_WORD_RE passes is no \\p{L} or \\p{N}', () => {
    const word = /[\p{L}\p{N}]/u;
    let passed = 0;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (NON_ASCII_WORD_RE.test(ch)) continue;
      passed++;
      if (c >= 0x80) expect(word.test(ch), `U+${c.toString(16)}`).toBe(false);
    }
    // ASCII plus the punctuation and symbol ranges (curly quotes, dashes, no-break space, currency signs).
    expect(passed).toBeGreaterThan(128 + 100);
    expect(NON_ASCII_WORD_RE.test('\u2019\u201c\u201d\u2014\u00a0\u20ac')).toBe(false);
    expect(NON_ASCII_WORD_RE.test('é')).toBe(true);
    expect(NON_ASCII_WORD_RE.test('²')).toBe(true);
    expect(NON_ASCII_WORD_RE.test('\ud835\udc00')).toBe(true);
  });

  const PIECES = ['a', 'Zed', 'hacked', 'down', 'ransomware', 'Cyber-Attack', 'threat', 'actors', '-', "'", '’', '“', '”', '—', '…', '.', ' ', '$', '0', '9', '\u00a0', '€', '«', '»', '×', '·', ',', 'x-', '-y', "d'", '..', 'CVE-2024-1234', 'APT29', 'Volt', 'Typhoon', 'C2', 'servers'];
  it('finds TOKEN_RE\'s tokens, and the reference lookup\'s hits, on texts of ASCII, punctuation and symbols', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }), (parts) => {
        const t = parts.join('');
        expect(NON_ASCII_WORD_RE.test(t)).toBe(false);
        expect(viaAscii(t)).toEqual(viaRegex(t));
        expect(findTermsForTest(t, 'short')).toEqual(findTermsForTest(t, 'reference'));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the Unicode tokeniser as soon as a letter beyond ASCII appears', () => {
    const t = 'Die Ransomware-Angriffe und ein Cyberangriff: Schadsoftware überall';
    expect(NON_ASCII_WORD_RE.test(t)).toBe(true);
    expect(findTermsForTest(t, 'short')).toEqual(findTermsForTest(t, 'reference'));
    expect(findTerms(t).filter((h) => h.weight >= 2).length).toBeGreaterThan(1);
  });
});

describe('findTerms: the four-character prefix check', () => {
  // Tokens at the edge of the check: each key's first token, cut to three and four characters, one character
  // longer, with a changed or upper-case fourth character, an apostrophe or hyphen fourth, and common short words.
  const firsts = [...new Set(vocabularyKeysForTest().map((k) => k.split(' ')[0]!))];
  const variants = new Set<string>(['and', 'And', 'for', 'its', 'not', 'out', 'can', 'into', 'comp', 'stat', 'The']);
  for (const f of firsts) {
    variants.add(f);
    variants.add(f.toUpperCase());
    variants.add(f.slice(0, 3));
    variants.add(f.slice(0, 4));
    variants.add(f + 's');
    variants.add(f.slice(0, 3) + 'x');
    variants.add(f.slice(0, 3) + 'Z' + f.slice(4));
    variants.add(f.slice(0, 3) + "'" + f.slice(3));
    variants.add(f.slice(0, 3) + '-' + f.slice(3));
    variants.add(f.slice(0, 3) + '.' + f.slice(3));
  }
  const TOKENS = [...variants].filter((t) => t.length > 0);
  const rest = vocabularyKeysForTest().flatMap((k) => k.split(' ').slice(1));

  it('finds the reference lookup\'s hits on texts of those tokens and the keys\' later words', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.constantFrom(...rest)), { maxLength: 30 }), fc.constantFrom(' ', '\n', ', '), (words, sep) => {
        const t = words.join(sep);
        const ref = findTermsForTest(t, 'reference');
        expect(findTermsForTest(t, 'long')).toEqual(ref);
        expect(findTermsForTest(t, 'short')).toEqual(ref);
      }),
      { numRuns: 3000 },
    );
    // Every variant alone, and after a word.
    for (const v of TOKENS) {
      for (const t of [v, `the ${v} said`]) {
        const ref = findTermsForTest(t, 'reference');
        expect(findTermsForTest(t, 'long'), t).toEqual(ref);
        expect(findTermsForTest(t, 'short'), t).toEqual(ref);
      }
    }
    // The check still lets the vocabulary through.
    expect(findTerms('Andariel and Forest Blizzard, an IT security flaw').filter((h) => h.weight >= 2).map((h) => h.text)).toEqual(['Andariel', 'Forest Blizzard', 'IT security']);
  });
});
