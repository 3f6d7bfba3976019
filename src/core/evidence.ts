import type { ArticleBody } from './body';
import type { Evidence } from './report';
import type { Sentence } from './sentences';

/** CVE IDs, indicators of compromise and links to primary material in the body. */
export function findEvidence(sentences: Sentence[], body: ArticleBody, _pageUrl: string | null): Evidence {
  const cves = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(/\bCVE-\d{4}-\d{4,7}\b/gi)) cves.add(m[0].toUpperCase());
  const links = new Set<string>();
  for (const b of body.blocks) for (const l of b.links) links.add(l.href);
  return { cves: [...cves], indicators: 0, primaryLinks: [...links] };
}
