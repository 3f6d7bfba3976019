import type { Note, NoteSeverity, Report } from './report';
import { NOTE_RULES } from './notes/index';

const SEVERITY_ORDER: Record<NoteSeverity, number> = { warning: 0, caution: 1, info: 2 };

/**
 * Reliability notes: each from one small rule (src/core/notes/<id>.ts),
 * worded neutrally through src/core/note-messages.ts, never a verdict on
 * truth and never a score. Ordered by severity, then by registry order.
 * A rule that fails is skipped; the others still run.
 */
export function buildNotes(report: Report): Note[] {
  const notes: Note[] = [];
  for (const rule of Object.values(NOTE_RULES)) {
    try {
      const n = rule.apply(report);
      if (n) notes.push(n);
    } catch {
      // One broken rule must not take the report down.
    }
  }
  return notes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => SEVERITY_ORDER[a.n.severity] - SEVERITY_ORDER[b.n.severity] || a.i - b.i)
    .map((x) => x.n);
}
