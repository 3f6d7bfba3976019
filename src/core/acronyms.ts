import type { AcronymDefinition } from './report';
import type { Sentence } from './sentences';

/** "the National Computer Virus Emergency Response Center (CVERC)" → {short: CVERC, long: …}. */
export function findAcronyms(sentences: Sentence[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const seen = new Set<string>();
  const re = /((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|on|the|de|du)\s+)*){1,10})\(([A-Z][A-Za-z0-9&]{1,9})\)/g;
  for (const s of sentences) {
    for (const m of s.text.matchAll(re)) {
      const long = m[1]!.trim();
      const short = m[2]!;
      if (seen.has(short)) continue;
      seen.add(short);
      out.push({ short, long });
    }
  }
  return out;
}
