import type { BodyBlock, BlockKind } from './body';

/** A sentence of the article body, with the block it came from. */
export interface Sentence {
  text: string;
  /** Index of the block in ArticleBody.blocks. */
  block: number;
  blockKind: BlockKind;
}

/** Split body blocks into sentences. */
export function splitSentences(blocks: BodyBlock[]): Sentence[] {
  const out: Sentence[] = [];
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  blocks.forEach((b, i) => {
    for (const s of seg.segment(b.text)) {
      const text = s.segment.trim();
      if (text) out.push({ text, block: i, blockKind: b.kind });
    }
  });
  return out;
}
