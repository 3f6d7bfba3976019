import { findTechnicalDetails } from '../evidence';
import type { Report } from '../report';
import { makeNote, type NoteRule } from './common';

/** A bare technology word says what kind of thing, not which: "VPN", "the malware", "ransomware". */
const GENERIC_DETAIL = /^(?:(?:the|a|an|why|its|their)\s+)?(?:vpns?|virtual\s+private\s+networks?|malware|ransomware|phishing|spear-phishing|firewalls?|mfa|multi-factor\s+authentication|encryption|backdoors?|botnets?|ddos)$/i;

/**
 * Details that name who is accused or a generic tool, not something a reader could check: a tracked
 * actor's name ("Volt Typhoon"; a tracked ID such as "UNC4736" is the tracker's reference and counts), a ransomware crew's brand ("Black Basta"), or a
 * determiner caught as a name ("The wiper").
 */
const NAME_ONLY =
  /^(?:[A-Z][a-z]{2,12}\s+(?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest)|LockBit|BlackCat|ALPHV|Conti|REvil|DarkSide|Ryuk|Clop|Cl0p|Akira|Black\s+Basta)$/;
const DETERMINER_NAME = /^(?:the|this|that|these|those|a|an|its|their|our|his|her|new|one|another)\s+\S{1,20}$/i;
/**
 * "<Name> ransomware" ("Crimson Hollow ransomware" caught as "Hollow ransomware"): a ransomware crew sells
 * its brand as the malware's name, so the pair names who is accused, not a sample a reader could check.
 */
const RANSOMWARE_BRAND = /^[A-Z][\w-]{2,30}\s+ransomware$/;

/** The technical details that count as evidence: not the accused's names, not a bare technology word. */
export function checkableDetails(report: Report, details: string[]): string[] {
  const accused = new Set(report.cyberAttributions.map((c) => (c.actor ?? '').toLowerCase()).filter(Boolean));
  const kept = details.filter((d) => {
    const t = d.trim();
    return !GENERIC_DETAIL.test(t) && !NAME_ONLY.test(t) && !DETERMINER_NAME.test(t) && !RANSOMWARE_BRAND.test(t) && !accused.has(t.toLowerCase());
  });
  return kept;
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
    if (report.evidence.technical?.length && checkableDetails(report, report.evidence.technical).length) return null;
    // A report built without `technical` (older callers): look at the sentences it carries.
    if (report.evidence.technical === undefined) {
      const texts = [...report.attributions.map((a) => a.sentence), ...report.hedges.map((h) => h.sentence), ...report.cyberAttributions.map((c) => c.sentence)];
      if (checkableDetails(report, findTechnicalDetails(texts)).length) return null;
    }
    return makeNote(this.id, this.severity, 'note_no_technical_evidence', [], {});
  },
};

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const NO_TECHNICAL_EVIDENCE_PATTERNS: RegExp[] = [NAME_ONLY, DETERMINER_NAME, GENERIC_DETAIL, RANSOMWARE_BRAND];
export const NO_TECH_PATTERNS: RegExp[] = NO_TECHNICAL_EVIDENCE_PATTERNS;
