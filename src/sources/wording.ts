/**
 * Wording helpers for the UI: pure, language-independent. They return locale
 * message keys and their arguments (the UI owns _locales/ and renders them);
 * labels follow the conventions of the research notes:
 *   "State-affiliated media (China)", "Publicly funded, editorially independent
 *   (United Kingdom)", "Government agency (China)"; platform labels that ended
 *   are shown as history, in the past tense, with their dates.
 */
import type { SourceLabel } from '../core/report';

export interface Worded {
  /** Locale message key (chrome.i18n / browser.i18n). */
  key: string;
  /** Substitutions in order ($1, $2…). */
  args: string[];
}

/**
 * The short label for an organisation. Keys (each also with a `_nc` variant,
 * used when the country is unknown, without the country placeholder):
 * - label_state_media            "State-affiliated media ($1)"            state_controlled outlet
 * - label_state_controlled       "State-controlled organisation ($1)"     other state_controlled
 * - label_state_funded_independent "Publicly funded, editorially independent ($1)"
 * - label_government             "Government agency ($1)"
 * - label_vendor_owned_outlet    "News site owned by a security company ($1)"  ($1 = owner, no _nc variant; falls back to label_private)
 * - label_company                "Company ($1)"                           private company
 * - label_private                "Privately owned ($1)"                   other private
 * - label_unknown                "Ownership or control not established"  (no country)
 * $1 is the ISO country code; render it with countryName().
 */
export function affiliationKey(label: SourceLabel): Worded {
  const c = label.country;
  const withCountry = (key: string): Worded => (c ? { key, args: [c] } : { key: `${key}_nc`, args: [] });
  switch (label.affiliation) {
    case 'state_controlled':
      return withCountry(label.kind === 'outlet' || label.kind === undefined ? 'label_state_media' : 'label_state_controlled');
    case 'state_funded_independent':
      return withCountry('label_state_funded_independent');
    case 'government':
      return withCountry('label_government');
    case 'private':
      if (label.ownerIsSecurityVendor && label.owner) return { key: 'label_vendor_owned_outlet', args: [label.owner] };
      return withCountry(label.kind === 'company' ? 'label_company' : 'label_private');
    default:
      return { key: 'label_unknown', args: [] };
  }
}

/** A country or "EU" code as a name in the given locale (falls back to the code). */
export function countryName(code: string | null, locale = 'en'): string {
  if (!code) return '';
  if (code === 'EU') return locale.startsWith('en') ? 'European Union' : code;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export type WhyItem =
  | { kind: 'owner'; key: 'why_owner'; args: [string] }
  | { kind: 'basis'; key: 'why_basis'; args: [string]; url: string }
  | { kind: 'history'; key: 'why_history' | 'why_history_ended'; args: string[]; url?: string }
  | { kind: 'rsp'; key: 'why_rsp'; args: string[]; url: string }
  | { kind: 'rsp_credit'; key: 'why_rsp_credit'; args: []; url: string }
  | { kind: 'as_of'; key: 'why_as_of'; args: [string] }
  | { kind: 'custom'; key: 'why_custom'; args: [] };

const isHttp = (u: unknown): u is string => typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u);

/**
 * The "Why?" list for a label, in display order. Keys:
 * - why_owner        "Owner: $1"
 * - why_basis        "$1" (linked to url)
 * - why_history      "$2: $1"               ($1 text, $2 date)
 * - why_history_ended "$1 ($2 – $3)"        past tense: ended platform labels and the like
 * - why_rsp          "Wikipedia editors' perennial-sources status: $1 ($2)"  ($2 year, may be empty)
 * - why_rsp_credit   "Source: Wikipedia, Reliable sources/Perennial sources (CC BY-SA 4.0)"
 * - why_as_of        "Checked on $1"
 * - why_custom       "Your own label (from the options page)"
 * Only http(s) URLs are passed on.
 */
export function whyItems(label: SourceLabel): WhyItem[] {
  const out: WhyItem[] = [];
  if (label.custom) out.push({ kind: 'custom', key: 'why_custom', args: [] });
  if (label.owner) out.push({ kind: 'owner', key: 'why_owner', args: [label.owner] });
  for (const b of label.basis ?? []) if (b && typeof b.text === 'string' && isHttp(b.url)) out.push({ kind: 'basis', key: 'why_basis', args: [b.text], url: b.url });
  const hist = [...(label.history ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  for (const h of hist) {
    const url = isHttp(h.url) ? { url: h.url } : {};
    if (h.until) out.push({ kind: 'history', key: 'why_history_ended', args: [h.text, h.date, h.until], ...url });
    else out.push({ kind: 'history', key: 'why_history', args: [h.text, h.date], ...url });
  }
  if (label.rsp && isHttp(label.rsp.url)) {
    out.push({ kind: 'rsp', key: 'why_rsp', args: [label.rsp.status, label.rsp.year ?? ''], url: label.rsp.url });
    out.push({ kind: 'rsp_credit', key: 'why_rsp_credit', args: [], url: 'https://creativecommons.org/licenses/by-sa/4.0/' });
  }
  if (label.asOf) out.push({ kind: 'as_of', key: 'why_as_of', args: [label.asOf] });
  return out;
}
