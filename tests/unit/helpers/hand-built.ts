/** Hand-built test inputs shared by the unit tests: no dependency on the attribution engine or body.ts heuristics. */
import { parseHTML } from 'linkedom';
import type { ArticleBody, BodyBlock } from '../../../src/core/body';
import { emptyReport, type Attribution, type Report, type SourceKind, type SourceLabel } from '../../../src/core/report';

export function label(id: string, name: string, affiliation: SourceLabel['affiliation'], extra: Partial<SourceLabel> = {}): SourceLabel {
  return { id, name, country: null, affiliation, owner: null, basis: [], ...extra };
}

export function att(source: string, sourceKind: SourceKind, extra: Partial<Attribution> = {}): Attribution {
  return { source, sourceKind, cue: 'said', sentence: `${source} said the network was breached.`, label: null, via: null, ...extra };
}

export function report(extra: Partial<Report> = {}): Report {
  return { ...emptyReport('https://news.example.com/story'), isArticle: true, isSecurityNews: true, ...extra };
}

/** A body built by hand: the paragraphs of `.post` as blocks, `.post` as the container. */
export function bodyOf(html: string): ArticleBody {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const container = document.querySelector('.post') as unknown as Element | null;
  const blocks: BodyBlock[] = [];
  if (container) for (const p of Array.from(container.querySelectorAll('p'))) blocks.push({ kind: 'paragraph', text: (p.textContent ?? '').replace(/\s+/g, ' ').trim(), links: [] });
  return { blocks, container, truncated: false };
}
