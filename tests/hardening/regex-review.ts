/**
 * The regexes in src/ that recheck cannot decide (neither proven linear nor
 * shown vulnerable in its time budget), each reviewed by hand (issue 8):
 * why it is linear, and adversarial inputs of its own worst-case shape. The
 * ReDoS test (regex-redos.test.ts) fails on an undecided pattern that is in
 * neither this table nor waived with `redos-ok`, and runs every entry here on
 * its 50k-char attacks; `npm run bench:redos` times them at 12.5k and 50k chars:
 * the cost ratio must stay far below the 16x a
 * quadratic pattern would show.
 *
 * Patterns are matched by their exact source and flags, so an edited pattern
 * needs a fresh review. src/core is edited by other engineers; the suggested
 * rewrites named in `why` are for them to apply.
 */

export interface ReviewedRegex {
  source: string;
  flags: string;
  /** Why the pattern cannot backtrack super-linearly (or why its input is bounded). */
  why: string;
  /** Builders of adversarial inputs of about `n` characters. */
  attacks: ((n: number) => string)[];
}

/** `unit` repeated to about n characters, then `tail`. */
export const rep = (unit: string, n: number, tail = ''): string => unit.repeat(Math.max(1, Math.ceil(n / unit.length))) + tail;

export const REVIEWED: ReviewedRegex[] = [
  // src/core/attribution.ts:48
  {
    source: "^\\s+(?:(?:a|an|its|the|their|his|her|new|on \\w+ a)\\s+)*(?:[\\w-]+\\s+){0,2}(?:report|advisory|fix|patch|patches|statement|analysis|blog|post|findings|research|paper|update|notice|bulletin|alert|details|data|indicators|list|study|warning|guidance|technical)",
    flags: "i",
    why: "Anchored at ^ (one start). The starred determiner group and the {0,2} word group can split a run of determiners only a bounded number of ways (the second group takes at most 2 words), so backtracking is O(n) per call; the text after a source name is also capped by the sentence splitter (1,500 chars). Suggested rewrite: `*` -> `{0,6}` (recheck then decides it).",
    attacks: [(n) => ' ' + rep('the ', n) + 'x', (n) => ' ' + rep('its ', n) + rep(' ', 50) + ',', (n) => ' ' + rep('on monday a ', n) + '!'],
  },
  // src/core/attribution.ts:49
  {
    source: "^\\s+(?:(?:a|an|its|the|their|his|her|separate|joint|new|on \\w+ a)\\s+)*(?:[\\w-]+\\s+){0,2}(?:report|statement|analysis|findings|research|paper|study|advisory|alert|bulletin|assessment|investigation|data|indicators|details)",
    flags: "i",
    why: "Same shape as attribution.ts:48 (anchored; starred determiners then at most 2-3 free words): bounded ways to split a run, O(n) per call on sentence-capped text. Suggested rewrite: `*` -> `{0,6}`.",
    attacks: [(n) => ' ' + rep('the ', n) + 'x', (n) => ' ' + rep('its ', n) + rep(' ', 50) + ',', (n) => ' ' + rep('on monday a ', n) + '!'],
  },
  // src/core/attribution.ts:50
  {
    source: "^\\s+(?:(?:a|an|its|the|their|his|her|separate|joint|new)\\s+)*(?:[\\w-]+\\s+){0,2}(?:statement|statements|warning|warnings|caution|advisory|alert|notice|report|bulletin|denial|response|guidance|rebuttal|clarification|update)",
    flags: "i",
    why: "Same shape as attribution.ts:48 (anchored; starred determiners then at most 2-3 free words): bounded ways to split a run, O(n) per call on sentence-capped text. Suggested rewrite: `*` -> `{0,6}`.",
    attacks: [(n) => ' ' + rep('the ', n) + 'x', (n) => ' ' + rep('its ', n) + rep(' ', 50) + ',', (n) => ' ' + rep('on monday a ', n) + '!'],
  },
  // src/core/attribution.ts:52
  {
    source: "^\\s+(?:(?:a|an|its|the|their|his|her|with)\\s+)*(?:[\\w-]+\\s+){0,3}(?:statement|details|findings|report|analysis|data|information|indicators)",
    flags: "i",
    why: "Same shape as attribution.ts:48 (anchored; starred determiners then at most 2-3 free words): bounded ways to split a run, O(n) per call on sentence-capped text. Suggested rewrite: `*` -> `{0,6}`.",
    attacks: [(n) => ' ' + rep('the ', n) + 'x', (n) => ' ' + rep('its ', n) + rep(' ', 50) + ',', (n) => ' ' + rep('on monday a ', n) + '!'],
  },
  // src/core/attribution.ts:139
  {
    source: " ?[(（][A-Z][A-Za-z0-9&-]{1,11}[)）]((?: [a-z]{1,20}){0,3})$",
    flags: "",
    why: "Every piece is bounded (a 1-12 char acronym in brackets and at most three 1-20 letter words) and the pattern ends at $: a start position does at most ~80 steps before failing, so a scan is linear.",
    attacks: [(n) => rep('(ABCDEFGHIJK) abc abc abc abc ', n) + 'X', (n) => rep(' (AB)', n) + '!'],
  },
  // src/core/attribution.ts:326
  {
    source: "^((?:(?:a|an|one|two|three|four|several|some|other|senior|former|u\\.s\\.|us|\\w+)\\s+){0,3}(?:person|people|sources?|officials?|individuals?|insiders?|staffers?|aides?|employees?|diplomats?|executives?|officers?)\\s+(?:(?:who|that)\\s+(?:declined|asked|spoke|requested)\\b[^,;.]{0,60}|(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in|knowledgeable about|aware of)\\s+(?:the\\s+)?[\\w’'-]+(?:\\s+[\\w’'-]+){0,2}|speaking on (?:the )?condition of anonymity))",
    flags: "i",
    why: "Anchored at ^; the leading word group is {0,3} and every later span is bounded ({0,60}, {0,2} words), so one call does bounded work per character of its (sentence-capped) input.",
    attacks: [(n) => 'several senior officials ' + rep('aware of the ', n) + '.', (n) => rep('some ', n) + 'x', (n) => 'people who declined ' + rep('x', n)],
  },
  // src/core/attribution.ts:428
  {
    source: "\\b(?:at|of|for|with|from|in)\\s+(?:the\\s+)?((?:[A-Z0-9][\\p{L}\\p{N}’'&.-]*)(?:\\s+(?:(?:of|for|and|on|the|de)\\s+){0,2}[A-Z0-9][\\p{L}\\p{N}’'&.-]*){0,8})",
    flags: "u",
    why: "Unanchored but with no suffix after the greedy capture: at a start that matches the preposition the capture takes at most 9 capitalised words and succeeds; elsewhere it fails within a few characters.",
    attacks: [(n) => rep('of of in at ', n) + 'x', (n) => 'of ' + rep('Abc of the ', n), (n) => rep('from the 9', n)],
  },
  // src/core/attribution.ts:739
  {
    source: "\\b(?:team|teams|researchers|experts|analysts|investigators|specialists|engineers|scientists|staff|spokes(?:person|man|woman)|officials?)\\s+(?:from|at|of|with|for)\\s+((?:the\\s+)?[A-Za-z0-9][^,;:]{1,150}?)\\s*(?:(?:has|have|had|also|previously|later|jointly|recently|on \\w+|then)\\s+){0,4}$",
    flags: "i",
    why: "The lazy name span is capped at 150 chars and the trailing verb group at 4 words before $, so each start matching a team word does at most ~150 x 5 steps; the input is one sentence (1,500 chars at most).",
    attacks: [(n) => rep('researchers at Acme ', n) + ',', (n) => rep('officials from the ', n) + ';', (n) => 'experts at ' + rep('a', n)],
  },
  // src/core/cyber-attribution.ts:34
  {
    source: "\\b([A-Z][\\w-]{0,30}(?: [A-Z0-9][\\w-]{0,30}){0,3}),\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:state-sponsored|state-backed|government-backed|state-linked|nation-state|state-affiliated|military-linked|intelligence-linked|government-linked|state-aligned)\\b[^,.;]{0,40}?\\b(?:group|actor|hackers|gang|unit|collective|crew|cluster|APT|team)\\b",
    flags: "g",
    why: "All repetition is bounded ({0,30} chars, {0,3} words, lazy {0,3}? words, {0,40}? chars), so each start does bounded work.",
    attacks: [(n) => rep('Abc Def Ghi Jkl, a the x y state-backed ', n) + '.', (n) => rep('Abc, an ', n), (n) => rep('A, the state-linked ', n) + ';'],
  },
  // src/core/disclaimers.ts:45
  {
    source: "\\b(?:for\\s+(?:general\\s+)?(?:reference|informational|information|educational|general\\s+awareness)\\s+purposes\\s+only|for\\s+general\\s+awareness\\s+only|assumes?\\s+no\\s+(?:liability|responsibility)|accepts?\\s+no\\s+(?:liability|responsibility)|(?:not|no\\s+longer)\\s+(?:be\\s+)?(?:held\\s+)?(?:responsible|liable)\\s+for\\s+(?:the\\s+)?(?:accuracy|completeness|content|reliability|correctness)|(?:does|do)\\s+not\\s+(?:guarantee|warrant|vouch\\s+for)\\s+(?:the\\s+)?(?:accuracy|completeness|reliability|correctness|timeliness|validity)|we\\s+(?:do\\s+not|don't|cannot|can't)\\s+(?:guarantee|warrant)|makes?\\s+no\\s+(?:guarantee|guarantees|warranty|warranties|representations?)|without\\s+(?:any\\s+)?warranty|provided\\s+[\"“]?as\\s+is|bears?\\s+(?:full|sole)\\s+responsibility\\s+for\\s+(?:their|his|her|your)\\s+reliance|at\\s+your\\s+own\\s+risk|(?:does|do)\\s+not\\s+constitute\\s+(?:legal|financial|investment|professional)\\s+advice|not\\s+(?:intended\\s+as|to\\s+be\\s+construed\\s+as)\\s+(?:legal|financial|investment|professional)\\s+advice)\\b",
    flags: "i",
    why: "An alternation of fixed phrases joined by \\s+; each \\s+ is followed by a literal word, so a run of spaces is consumed one way only and each start fails in O(run length); starts are at word boundaries.",
    attacks: [(n) => rep('does not ', n) + 'x', (n) => rep('for' + ' '.repeat(40), n) + 'x', (n) => rep('not be held responsible for the ', n)],
  },
  // src/core/disclaimers.ts:54
  {
    source: "\\b(?:(?:generated|written|created|produced|drafted|prepared|composed|translated|summari[sz]ed|assisted)\\s+(?:(?:in\\s+part|partly|partially|wholly|entirely|automatically)\\s+)?(?:with\\s+(?:the\\s+)?(?:help|assistance|aid|support|use)\\s+of|using|by|with)\\s+(?:an?\\s+)?(?:AI|A\\.I\\.|artificial\\s+intelligence|generative\\s+AI|ChatGPT|large\\s+language\\s+models?|LLMs?)|AI[- ](?:assisted|generated|written|produced)|(?:with|by)\\s+(?:an?\\s+)?AI\\s+(?:tool|model|system|assistant)s?)\\b",
    flags: "i",
    why: "Fixed phrases joined by \\s+, each followed by a literal word; optional groups are single words. Linear for the same reason as the liability pattern.",
    attacks: [(n) => rep('written in part with the help of ', n) + 'x', (n) => rep('generated' + ' '.repeat(30), n), (n) => rep('AI ', n)],
  },
  // src/core/disclaimers.ts:146
  {
    source: "liab|purposes|responsib|guarant|warrant|as\\s+is|own\\s+risk|advice|sponsor|partner|paid|promoted|advertorial|branded|brand\\s+studio|presented|brought|\\bAI\\b|A\\.I\\.|artificial|ChatGPT|language\\s+model|LLM|originally|republish|reprint|syndicat|wire|source|original|via|courtesy|opinion|op-ed|op\\s+ed|commentary|guest|views|necessarily|correct|update|clarif|editor",
    flags: "i",
    why: "A plain alternation of literals (one optional \\s+ between two fixed words): no nested or adjacent quantifiers.",
    attacks: [(n) => rep('liaas is as  is ', n), (n) => rep('language' + ' '.repeat(20), n)],
  },
  // src/core/evidence.ts:29
  {
    source: "\\b[a-z0-9][a-z0-9-]{0,62}(?:(?:\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|\\.)[a-z0-9-]{1,63}){0,5}(?:\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\))[a-z]{2,24}\\b",
    flags: "gi",
    why: "Labels are [a-z0-9-] runs separated by required separators ('.', [.], (dot) ...) that the label class cannot match, and every count is bounded ({0,62}, {1,63}, {0,5}), so a start does at most ~400 steps; starts are word boundaries.",
    attacks: [(n) => rep('a-', n) + '!', (n) => rep('ab.', n) + '[.]', (n) => rep('a[.]', n) + '9'],
  },
  // src/core/evidence.ts:30
  {
    source: "\\b(?:[a-z0-9][a-z0-9-]{0,62}\\.){1,5}[a-z]{2,24}\\b",
    flags: "gi",
    why: "Same shape as the defanged-domain pattern: '.'-separated labels with bounded counts; per-start work is bounded.",
    attacks: [(n) => rep('a-', n) + '!', (n) => rep('ab.', n) + '9', (n) => rep('a'.repeat(63) + '.', n)],
  },
  // src/core/evidence.ts:121
  {
    source: "\\b(?:APT|UNC|TA|FIN|DEV|UAT|TAG)-?\\d{1,5}\\b|\\bStorm-\\d{3,4}\\b|\\b(?:Volt|Salt|Flax|Silk|Linen|Brass|Mint|Charcoal|Silk|Midnight|Forest|Seashell|Star|Cadet|Emerald|Diamond|Jade|Sapphire|Citrine|Ruby|Onyx|Peach|Mango)\\s+(?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest)\\b",
    flags: "g",
    why: "Alternation of bounded tokens (\\d{1,5}, \\d{3,4}) and literal name pairs with one \\s+ between two fixed words.",
    attacks: [(n) => rep('APT-', n) + 'x', (n) => rep('Volt' + ' '.repeat(20), n)],
  },
  // src/core/evidence.ts:129
  {
    source: "\\b[A-Z][\\w-]{2,30}\\s+(?:ransomware|malware|backdoor|loader|dropper|stealer|infostealer|wiper|botnet|implant|rootkit|spyware|RAT|web\\s?shell)\\b",
    flags: "g",
    why: "A bounded name ({2,30}) then \\s+ then a literal family word: a run of spaces is consumed one way and each capitalised start fails in O(run).",
    attacks: [(n) => rep('Abc ', n) + 'x', (n) => rep('Abcdef' + ' '.repeat(30), n), (n) => rep('A-', n)],
  },
  // src/core/hedges.ts:112
  {
    source: "(\\p{Lu}[\\p{L}\\p{N}-]{0,30})$",
    flags: "u",
    why: "Already waived in the source: a capitalised token of at most 31 chars before $; each start fails within 31 steps, so a scan is linear. (recheck's fuzzer reports a polynomial only because it measures below the bound.)",
    attacks: [(n) => rep('A', n) + ' ', (n) => rep('Ab-', n) + '.'],
  },
  // src/core/metadata.ts:466
  {
    source: "\\s(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?\\s\\d{1,2}\\b|\\d{1,2}\\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\b)",
    flags: "i",
    why: "Date alternatives of bounded digit and letter counts after one whitespace char: per-start work is bounded.",
    attacks: [(n) => rep(' 12/12/', n), (n) => rep(' jan', n), (n) => rep(' 1 jan', n) + 'x'],
  },
  // src/core/sentences.ts:36
  {
    source: "(?:^|[\\s(\"“‘'\\[])((?:[A-Za-z]{1,12}\\.){0,3}[A-Za-z’']{1,12})\\.\\s*$",
    flags: "",
    why: "Each start is a single boundary char followed by at most 3 dotted words of 1-12 letters; the trailing \\s*$ can only re-scan the whitespace after that token, so total work is O(n) (every whitespace run is scanned from at most one token end).",
    attacks: [(n) => rep('Ab.' + ' '.repeat(20), n) + 'x', (n) => rep(' a.b.c.d.', n) + 'x', (n) => rep(' Mr.', n) + ' x'],
  },
];
