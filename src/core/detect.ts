import type { ArticleBody } from './body';
import type { PageFacts } from './metadata';
import type { SourceDirectory } from './directory';
import { detectArticle } from './detect-article';
import { detectSecurity } from './detect-security';

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
}

export type Sensitivity = 'strict' | 'normal' | 'relaxed';

/** Security points needed per sensitivity (score = points / (points + 5), so 'normal' is score 0.5). */
export const SECURITY_THRESHOLDS: Record<Sensitivity, number> = { strict: 7.5, normal: 5, relaxed: 3.5 };
const SCALE = 5;

/** Decide whether the page is an article and whether it is security news. Never throws. */
export function detect(input: DetectInput): DetectionResult {
  try {
    const { doc, facts, body, url, db } = input;
    const art = detectArticle(doc, facts, body, url);
    const sec = detectSecurity(facts, body, url, db);
    const threshold = SECURITY_THRESHOLDS[input.sensitivity ?? 'normal'] ?? SECURITY_THRESHOLDS.normal;
    // Confidence that this is a security news *article*: halved when the page is not an article.
    const score = Math.round((sec.points / (sec.points + SCALE)) * (art.isArticle ? 1 : 0.5) * 100) / 100;
    const isSecurityNews = art.isArticle && sec.points >= threshold && sec.concepts >= 2;
    const reasons = [...sec.reasons];
    if (!art.isArticle && art.reason) reasons.unshift(art.reason);
    else if (!isSecurityNews && sec.points > 0 && sec.concepts < 2 && reasons.length) reasons.push('Security is mentioned, but it is not the main subject');
    return { isArticle: art.isArticle, isSecurityNews, score, reasons: reasons.slice(0, 4) };
  } catch (e) {
    return { isArticle: false, isSecurityNews: false, score: 0, reasons: [`Detection failed: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

export { classifyUrl } from './detect-article';
export { findTerms } from './security-vocabulary';
