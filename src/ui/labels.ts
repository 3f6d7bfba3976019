/** Neutral, localised wording for source labels and notes. */
import type { Note, SourceLabel } from '../core/report';
import { countryName, hasMessage, i18n } from '../shared/i18n';

/** "State-affiliated media (China)", "Government agency (China)", … */
export function labelText(l: SourceLabel): string {
  const c = countryName(l.country);
  const outletLike = !l.kind || l.kind === 'outlet';
  switch (l.affiliation) {
    case 'state_controlled':
      if (outletLike) return c ? i18n('labelStateMediaIn', c) : i18n('labelStateMedia');
      return c ? i18n('labelStateControlledIn', c) : i18n('labelStateControlled');
    case 'state_funded_independent':
      return c ? i18n('labelPublicIndependentIn', c) : i18n('labelPublicIndependent');
    case 'government':
      return c ? i18n('labelGovernmentIn', c) : i18n('labelGovernment');
    case 'private':
      return i18n('labelPrivate');
    default:
      return i18n('labelUnknown');
  }
}

/** Short tone for styling and for the text prefix (colour is never the only signal). */
export function labelTone(l: SourceLabel): 'state' | 'gov' | 'public' | 'plain' {
  if (l.affiliation === 'state_controlled') return 'state';
  if (l.affiliation === 'government') return 'gov';
  if (l.affiliation === 'state_funded_independent') return 'public';
  return 'plain';
}

/** A note in the UI language: its message key when this locale has it, else the core's English text. */
export function noteText(n: Note): string {
  if (n.messageKey && hasMessage(n.messageKey)) {
    const args = (n.args ?? []).map((a) => (/^[A-Z]{2}$/.test(a) ? (countryName(a) ?? a) : a));
    return i18n(n.messageKey, args);
  }
  return n.text;
}

export function severityText(s: Note['severity']): string {
  return s === 'warning' ? i18n('severityWarning') : s === 'caution' ? i18n('severityCaution') : i18n('severityInfo');
}

export function safeHttpUrl(u: unknown): string | null {
  if (typeof u !== 'string' || u.length > 2000) return null;
  try {
    const p = new URL(u);
    return p.protocol === 'https:' || p.protocol === 'http:' ? p.href : null;
  } catch {
    return null;
  }
}
