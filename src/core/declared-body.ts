import type { ArticleBody, BodyBlock } from './body';

/**
 * A paywalled page often shows a teaser and declares the whole story in its JSON-LD `articleBody` (schema.org's markup
 * for paywalled content: `isAccessibleForFree: false`). When the body found in the page is such a teaser — its
 * paragraphs open the declared text, which is much longer — the rest of the declared text is read as the story's next
 * paragraphs (blind9: every source of a paywalled story stood behind the wall). A declared text that does not continue
 * the page's own paragraphs (another story, a summary) is ignored.
 */

export const DECLARED_BODY = { minChars: 400, teaserRatio: 2, minParagraph: 40, probe: 60 };

/** Whitespace collapsed to single spaces (the declared text and the page's paragraphs compared alike). */
function squash(t: string): string {
  return t.replace(/\s+/g, ' ').trim();
}

/** The body with the declared text's continuation appended, or the body itself when the page shows the whole story. */
export function withDeclaredBody(body: ArticleBody, declared: string | null | undefined): ArticleBody {
  if (!declared || declared.length < DECLARED_BODY.minChars) return body;
  const paras = body.blocks.filter((b) => b.kind === 'paragraph' && b.text.length >= DECLARED_BODY.minParagraph);
  let shown = 0;
  for (const b of body.blocks) if (b.kind !== 'title') shown += b.text.length;
  if (!paras.length || declared.length < DECLARED_BODY.teaserRatio * shown) return body;
  const text = squash(declared);
  // Each shown paragraph in turn, in order (a standfirst may not be in the declared text): the rest starts after the
  // last one found; none found, the declared text is not this story.
  let end = -1;
  for (const b of paras) {
    const p = squash(b.text);
    const at = text.indexOf(p.slice(0, DECLARED_BODY.probe), end < 0 ? 0 : end);
    if (at < 0) continue;
    const tail = p.slice(-DECLARED_BODY.probe);
    const tailAt = text.indexOf(tail, at);
    end = tailAt >= 0 ? tailAt + tail.length : at + Math.min(p.length, DECLARED_BODY.probe);
  }
  if (end < 0) return body;
  const rest = text.slice(end).trim();
  if (rest.length < DECLARED_BODY.minParagraph) return body;
  const added: BodyBlock = { kind: 'paragraph', text: rest, links: [] };
  return { ...body, blocks: [...body.blocks, added] };
}
