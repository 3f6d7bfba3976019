/**
 * The content script's first look: "could this page be security news?",
 * answered by the core's quick look (src/core/quick-look.ts): the URL, the
 * head's metadata and JSON-LD fields, the first <h1> and the opening
 * paragraphs, read with the detector's own vocabulary and no body
 * extraction. Built for recall (a test checks it against the full detection
 * on every fixture page): it says "no" only after reading a fair amount of
 * running text without one security term; the full detection in the
 * analyzer then decides for the report.
 */
import { quickLook } from '../core/quick-look';
import { warmVocabulary, warmVocabularySteps } from '../core/security-vocabulary';

export interface Prefilter {
  maybe: boolean;
  reasons: string[];
}

export function prefilter(doc: Document, url: string): Prefilter {
  const q = quickLook(doc, { url });
  return { maybe: q.maybe, reasons: q.maybe ? [] : q.reasons };
}

/** Build the vocabulary tables (cold: tens of ms in a browser), so the content script can do it in an idle step of its own before the quick look. */
export function warmPrefilter(): void {
  warmVocabulary();
}

/** The same in steps (three), for a caller that yields to the page between them. */
export function warmPrefilterSteps(): Generator<void, void, void> {
  return warmVocabularySteps();
}
