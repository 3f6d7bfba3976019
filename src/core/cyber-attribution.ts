import type { Attribution, CyberAttribution } from './report';
import type { Sentence } from './sentences';

/** Who is said to be behind a cyber operation, by whom, and on what basis (EuRepoC types). */
export function findCyberAttributions(_sentences: Sentence[], _attributions: Attribution[]): CyberAttribution[] {
  return [];
}
