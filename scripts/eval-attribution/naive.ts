/**
 * The naive baseline of issue 3: "X said" / "said X" / "according to X", with
 * X a run of capitalised words or "the <noun>". Sentence by sentence, nothing
 * else: no pronoun resolution, no appositives, no other verbs. It is the yard
 * stick the attribution F1 is compared against.
 */
const CAP = String.raw`[A-Z][\p{L}\p{N}.’'&-]*(?: [A-Z][\p{L}\p{N}.’'&-]*){0,5}`;
const X = String.raw`(${CAP}|the [a-z]+)`;
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${X} (?:said|says|told)\b`, 'gu');
// Inverted only after a quote or comma ("…," said X): "said the ferry would" is not a source.
const AFTER = new RegExp(String.raw`[,"”’]\s*(?:said|says|told) ${X}`, 'gu');
const ACCORDING = new RegExp(String.raw`\b[Aa]ccording to ((?:the |a |an )?${CAP}|the [a-z]+)`, 'gu');

export function naiveSources(sentence: string): string[] {
  const out: string[] = [];
  for (const re of [BEFORE, AFTER, ACCORDING]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const x = m[1]!.replace(/[.,;:’']+$/, '');
      if (x) out.push(x);
    }
  }
  return out;
}
