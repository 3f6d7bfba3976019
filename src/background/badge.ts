/**
 * The toolbar badge scheme (documented in the README). Colour is never the
 * only signal: each state has its own badge text and its own tooltip.
 *
 *   (none)  the page is not security news, or not analysed, or the badge is off
 *   "…"     analysing
 *   "✓"     analysed, no notes
 *   "3"     analysed, that many notes (none of the two below)
 *   "!"     a claim rests on a state-affiliated source, or the publisher disclaims accuracy
 */
import type { Report } from '../core/report';
import type { TabState } from '../shared/messages';

export type BadgeKind = 'none' | 'analysing' | 'clear' | 'notes' | 'alert';

export interface BadgeView {
  kind: BadgeKind;
  text: string;
  color: string;
  /** Locale key of the tooltip and its substitutions. */
  titleKey: string;
  titleArgs?: string[];
}

export function isAlert(r: Report): boolean {
  if (r.notes.some((n) => n.id === 'state-affiliated-source' || n.id === 'publisher-disclaimer')) return true;
  if (r.attributions.some((a) => a.label?.affiliation === 'state_controlled')) return true;
  return r.disclaimers.some((d) => d.kind === 'liability');
}

export function badgeFor(state: TabState | null, enabled: boolean): BadgeView {
  const none: BadgeView = { kind: 'none', text: '', color: '#5f6368', titleKey: 'actionTitle' };
  if (!enabled || !state) return none;
  if (state.phase === 'analysing') return { kind: 'analysing', text: '…', color: '#5f6368', titleKey: 'badgeTitleAnalysing' };
  if (state.phase !== 'done' || !state.report) return none;
  const r = state.report;
  if (isAlert(r)) return { kind: 'alert', text: '!', color: '#b3261e', titleKey: 'badgeTitleAlert' };
  if (r.notes.length) {
    const n = String(Math.min(r.notes.length, 99));
    return { kind: 'notes', text: n, color: '#8a5a00', titleKey: 'badgeTitleNotes', titleArgs: [n] };
  }
  return { kind: 'clear', text: '✓', color: '#2e6b30', titleKey: 'badgeTitleClear' };
}
