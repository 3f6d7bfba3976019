import type { ArticleBody } from './body';
import type { PageFacts } from './metadata';
import type { SourceDirectory } from './directory';

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

const SECURITY_WORDS = /\b(?:cyber ?attacks?|cyber(?:security|espionage|crime)|ransomware|malware|phishing|zero-day|vulnerabilit(?:y|ies)|exploit(?:ed|s)?|hackers?|hacked|breach(?:ed|es)?|botnet|trojan|backdoor|CVE-\d{4}-\d{4,})\b/gi;

/** Decide whether the page is an article and whether it is security news. */
export function detect(input: DetectInput): DetectionResult {
  const { facts, body } = input;
  const text = body.blocks.map((b) => b.text).join(' ');
  const words = text.split(/\s+/).filter(Boolean).length;
  const reasons: string[] = [];
  const declared = facts.ogType === 'article' || facts.ldTypes.some((t) => /Article|Posting/.test(t));
  const isArticle = declared || words > 250;
  if (declared) reasons.push('The page declares itself an article');
  const hits = text.match(SECURITY_WORDS) ?? [];
  const score = Math.min(1, hits.length / 8);
  const isSecurityNews = isArticle && hits.length >= 4;
  if (isSecurityNews) reasons.push(`Mentions ${[...new Set(hits.map((h) => h.toLowerCase()))].slice(0, 3).join(', ')}`);
  return { isArticle, isSecurityNews, score, reasons };
}
