/**
 * intl8: the non-English cue pass, registered with the core (intl-cues.ts).
 * Imported by the core's Node entry (index.ts) and by the intl analyzer part
 * (src/analyzer/intl.ts); nothing else imports the tables.
 */
import { findIntlAttributions, findIntlHedges } from './cues-intl';
import { classifyIntlDisclaimer, intlDisclaimerTrigger } from './disclaimers-intl';
import { registerIntlCues } from './intl-cues';

registerIntlCues({
  findAttributions: findIntlAttributions,
  findHedges: findIntlHedges,
  disclaimers: { trigger: intlDisclaimerTrigger, classify: classifyIntlDisclaimer },
});
