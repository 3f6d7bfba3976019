import type { NoteId } from '../report';
import type { NoteRule } from './common';
import { anonymousSource } from './anonymous-source';
import { governmentSource } from './government-source';
import { hedgedClaims } from './hedged-claims';
import { interestedParty } from './interested-party';
import { noPrimaryLink } from './no-primary-link';
import { noTechnicalEvidence } from './no-technical-evidence';
import { publisherDisclaimer } from './publisher-disclaimer';
import { secondaryReporting } from './secondary-reporting';
import { singleSource } from './single-source';
import { stateAffiliatedSource } from './state-affiliated-source';
import { vagueSource } from './vague-source';
import { vendorPublisher } from './vendor-publisher';

/** The registry: exactly one rule per note id (the Record type makes a missing or extra id a compile error). */
export const NOTE_RULES: Record<NoteId, NoteRule> = {
  'state-affiliated-source': stateAffiliatedSource,
  'government-source': governmentSource,
  'anonymous-source': anonymousSource,
  'vague-source': vagueSource,
  'secondary-reporting': secondaryReporting,
  'single-source': singleSource,
  'hedged-claims': hedgedClaims,
  'publisher-disclaimer': publisherDisclaimer,
  'no-primary-link': noPrimaryLink,
  'no-technical-evidence': noTechnicalEvidence,
  'vendor-publisher': vendorPublisher,
  'interested-party': interestedParty,
};

export type { NoteRule } from './common';
