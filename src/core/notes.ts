import type { Note, Report } from './report';

/** Reliability notes: each from one small rule, worded neutrally, never a verdict on truth. */
export function buildNotes(report: Report): Note[] {
  const notes: Note[] = [];
  if (report.hedges.length) {
    notes.push({ id: 'hedged-claims', severity: 'caution', text: 'The article hedges its claims ("' + report.hedges[0]!.cue + '").' });
  }
  return notes;
}
