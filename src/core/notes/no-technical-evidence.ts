import { findTechnicalDetails } from '../evidence';
import { makeNote, type NoteRule } from './common';

/** A bare technology word says what kind of thing, not which: "VPN", "the malware", "ransomware". */
const GENERIC_DETAIL = /^(?:(?:the|a|an|why|its|their)\s+)?(?:vpns?|virtual\s+private\s+networks?|malware|ransomware|phishing|spear-phishing|firewalls?|mfa|multi-factor\s+authentication|encryption|backdoors?|botnets?|ddos)$/i;

/** Some technical detail is more than a bare technology word. */
function checkable(details: string[]): boolean {
  return details.some((d) => !GENERIC_DETAIL.test(d.trim()));
}

/** A security claim with no CVE, no indicator and no technical detail readers could check. */
export const noTechnicalEvidence: NoteRule = {
  id: 'no-technical-evidence',
  severity: 'caution',
  apply(report) {
    if (!report.isSecurityNews) return null;
    if (report.evidence.cves.length || report.evidence.indicators > 0) return null;
    // There must be a claim to speak of: a source or an attribution of an operation.
    if (!report.attributions.length && !report.cyberAttributions.length) return null;
    if (report.evidence.technical?.length && checkable(report.evidence.technical)) return null;
    // A report built without `technical` (older callers): look at the sentences it carries.
    if (report.evidence.technical === undefined) {
      const texts = [...report.attributions.map((a) => a.sentence), ...report.hedges.map((h) => h.sentence), ...report.cyberAttributions.map((c) => c.sentence)];
      if (findTechnicalDetails(texts).length) return null;
    }
    return makeNote(this.id, this.severity, 'note_no_technical_evidence', [], {});
  },
};

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const NO_TECH_PATTERNS: RegExp[] = [GENERIC_DETAIL];
