/** Localised names for option values. Each key is literal so the locale test finds it. */
import type { Affiliation, NoteId, SourceKind } from '../core/report';
import type { Sensitivity } from '../core/detect';
import { i18n } from '../shared/i18n';
import type { SettingKey } from '../shared/settings';

const NOTE_TITLES: Record<NoteId, () => string> = {
  'state-affiliated-source': () => i18n('noteTitle_state_affiliated_source'),
  'government-source': () => i18n('noteTitle_government_source'),
  'anonymous-source': () => i18n('noteTitle_anonymous_source'),
  'vague-source': () => i18n('noteTitle_vague_source'),
  'secondary-reporting': () => i18n('noteTitle_secondary_reporting'),
  'single-source': () => i18n('noteTitle_single_source'),
  'hedged-claims': () => i18n('noteTitle_hedged_claims'),
  'publisher-disclaimer': () => i18n('noteTitle_publisher_disclaimer'),
  'no-primary-link': () => i18n('noteTitle_no_primary_link'),
  'no-technical-evidence': () => i18n('noteTitle_no_technical_evidence'),
  'vendor-publisher': () => i18n('noteTitle_vendor_publisher'),
  'interested-party': () => i18n('noteTitle_interested_party'),
};
export const noteTitle = (id: NoteId): string => NOTE_TITLES[id]();

const SETTING_NAMES: Record<SettingKey, () => string> = {
  disabledSites: () => i18n('settingDisabledSites'),
  highlight: () => i18n('highlightLabel'),
  badge: () => i18n('badgeLabel'),
  hiddenNotes: () => i18n('notesToShow'),
  sensitivity: () => i18n('sensitivityLabel'),
  customLabels: () => i18n('customHeading'),
};
export const settingName = (k: SettingKey): string => SETTING_NAMES[k]();

const AFF: Record<Affiliation, () => string> = {
  state_controlled: () => i18n('affStateControlled'),
  state_funded_independent: () => i18n('affStateFundedIndependent'),
  government: () => i18n('affGovernment'),
  private: () => i18n('affPrivate'),
  unknown: () => i18n('affUnknown'),
};
export const affiliationName = (a: Affiliation): string => AFF[a]();

const KIND: Record<SourceKind, () => string> = {
  outlet: () => i18n('kindOutlet'),
  government: () => i18n('kindGovernment'),
  company: () => i18n('kindCompany'),
  researcher: () => i18n('kindResearcher'),
  person: () => i18n('kindPerson'),
  anonymous: () => i18n('kindAnonymous'),
  document: () => i18n('kindDocument'),
  unspecified: () => i18n('kindUnspecified'),
};
export const kindName = (k: SourceKind): string => KIND[k]();

const SENS: Record<Sensitivity, () => string> = {
  strict: () => i18n('sensitivityStrict'),
  normal: () => i18n('sensitivityNormal'),
  relaxed: () => i18n('sensitivityRelaxed'),
};
export const sensitivityName = (s: Sensitivity): string => SENS[s]();
