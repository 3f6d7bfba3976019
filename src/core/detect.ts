import { indexDocument, type DomIndex } from './dom-index';
import type { ArticleBody } from './body';
import type { PageFacts } from './metadata';
import type { SourceDirectory } from './directory';
import { detectArticle, readerTexts } from './detect-article';
import { detectSecurity, findSubtitle } from './detect-security';

/** Verdicts of the first look: cheap enough to run on every matched page. */
export interface DetectionResult {
  isArticle: boolean;
  isSecurityNews: boolean;
  /** 0..1 confidence that this is a security news article. */
  score: number;
  /** Human-readable reasons, shown to the user. */
  reasons: string[];
}

export interface DetectInput {
  doc: Document;
  facts: PageFacts;
  body: ArticleBody;
  url: string | null;
  db: SourceDirectory;
  /** 'strict' needs stronger evidence, 'relaxed' less (options page). */
  sensitivity?: Sensitivity;
  /** The first look's element index (built here when absent). */
  index?: DomIndex;
  /** `countWords` of each of `body.blocks` (the first look's `blockWords`; counted here when absent). */
  blockWords?: number[];
}

export type Sensitivity = 'strict' | 'normal' | 'relaxed';

/** Security points needed per sensitivity (score = points / (points + 5), so 'normal' is score 0.5). */
export const SECURITY_THRESHOLDS: Record<Sensitivity, number> = { strict: 7.5, normal: 5, relaxed: 3.5 };
const SCALE = 5;

const CJK_CHAR_RE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Decide whether the page is an article and whether it is security news. Never throws. */
export function detect(input: DetectInput): DetectionResult {
  try {
    const { doc, facts, body, url, db } = input;
    const index = input.index ?? indexDocument(doc);
    const art = detectArticle(doc, facts, body, url, index);
    // When the body extractor found (almost) no text but the page has long text blocks
    // (e.g. <div>text<br>text</div> layouts), judge the topic on those blocks instead.
    let topicBody = body;
    // A Chinese or Japanese character carries about a word: count it twice (intl8: a short Chinese story's body was
    // swapped for the page's long text blocks, which it had none of, and lost its topic).
    const bodyText = body.blocks.reduce((n, b) => n + (b.kind === 'title' ? 0 : b.text.length * (CJK_CHAR_RE.test(b.text) ? 2 : 1)), 0);
    if (art.isArticle && bodyText < 300 && art.signals.readerScore > 20) {
      const texts = readerTexts(doc, undefined, index);
      topicBody = { ...body, blocks: [...body.blocks.filter((b) => b.kind === 'title'), ...texts.map((text) => ({ kind: 'paragraph' as const, text, links: [] }))] };
    }
    // A page without a declared description often shows its standfirst in a subtitle element (h3.subtitle, .dek).
    const words = topicBody === body && input.blockWords?.length === body.blocks.length ? input.blockWords : undefined;
    const sec = detectSecurity(facts, topicBody, url, db, facts.description ? null : findSubtitle(index), words);
    const threshold = SECURITY_THRESHOLDS[input.sensitivity ?? 'normal'] ?? SECURITY_THRESHOLDS.normal;
    // Confidence that this is a security news *article*: halved when the page is not an article.
    const score = Math.round((sec.points / (sec.points + SCALE)) * (art.isArticle ? 1 : 0.5) * 100) / 100;
    const isSecurityNews = art.isArticle && sec.points >= threshold && sec.concepts >= 2;
    // A page that is not an article gets that one reason: topic words on a listing would only confuse.
    // An article below the threshold: say so, rather than list words that would read like a verdict of "security news".
    let reasons: string[];
    if (!art.isArticle) reasons = art.reason ? [art.reason] : [];
    else if (isSecurityNews) reasons = [...sec.reasons];
    else reasons = sec.points >= 1 && sec.reasons.length ? ['Security is mentioned, but it is not the main subject'] : [];
    return { isArticle: art.isArticle, isSecurityNews, score, reasons: reasons.slice(0, 4) };
  } catch (e) {
    return { isArticle: false, isSecurityNews: false, score: 0, reasons: [`Detection failed: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

export { classifyUrl } from './detect-article';
export { findTerms } from './security-vocabulary';
