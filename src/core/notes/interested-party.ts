import type { Attribution } from '../report';
import { countriesIn, countryName, displayName, indexesWhere, isGovernment, isPublisher, makeNote, normName, sourceCountry, type NoteRule } from './common';

/** Words of accusation about a cyber operation. */
const ACCUSES = /\b(?:hack\w*|cyber\w*|attack\w*|espionage|spy\w*|intrusions?|breach\w*|compromis\w*|infiltrat\w*|steal\w*|stole|theft|malicious|behind|responsible|sponsored|backed|linked\s+to|carried\s+out|conducted|launched|targeted|blamed?|accus\w*)\b/i;
/** An unnamed rival state: "a foreign intelligence agency", "overseas hacker organizations". */
const FOREIGN_STATE = /\b(?:foreign|overseas|outside\s+(?:the\s+country|China|Russia|Iran|the\s+United\s+States))\s+(?:(?:state|government|intelligence|spy|espionage|hacker|hacking|military)\s*){1,2}(?:agenc(?:y|ies)|organi[sz]ations?|services?|actors?|groups?|hackers|forces|powers?|countr(?:y|ies))\b|\bhackers\s+from\s+outside\b|\bforeign\s+(?:governments?|powers?|states?|countr(?:y|ies)|spies)\b/i;

/** A security company making a threat finding. */
const VENDOR_WORDS = /\b(?:security|cybersecurity|cyber-security|antivirus|threat[- ]intelligence|incident[- ]response)\s+(?:company|firm|vendor|provider|giant|specialist|outfit|researchers)\b/i;
const KNOWN_VENDORS = /^(?:Mandiant|CrowdStrike|SentinelOne|Palo\s+Alto\s+Networks|Unit\s*42|Kaspersky|ESET|Trend\s+Micro|Symantec|Check\s+Point|Cisco\s+Talos|Talos|Proofpoint|Recorded\s+Future|Sophos|Fortinet|Microsoft\s+Threat\s+Intelligence|Google\s+Threat\s+Intelligence|Google\s+TAG|Threat\s+Analysis\s+Group|Rapid7|Tenable|Qualys|Huntress|Volexity|Secureworks|Trellix|McAfee|Bitdefender|Malwarebytes|Group-IB|Positive\s+Technologies|Qianxin|Qi-?An-?Xin|Qihoo\s+360|360|Antiy|Dragos|Claroty|Lookout|Zscaler|Darktrace|Cybereason|FireEye|Sekoia|Intezer|Red\s+Canary|Wiz|Elastic\s+Security\s+Labs|Microsoft)$/i;
const FINDING = /\b(?:attribut\w*|linked|behind|tracks?|tracked|nexus|state-(?:sponsored|backed)|(?:government|state)-backed|discovered|uncovered|found|detected|observed|identified|warned|report\w*|research\w*|analy[sz]\w*)\b/i;

function isVendor(a: Attribution): boolean {
  if (a.sourceKind !== 'company' && !(a.label && a.label.kind === 'company')) return false;
  if (a.label?.securityVendor || KNOWN_VENDORS.test(a.source.trim()) || (a.label && KNOWN_VENDORS.test(a.label.name))) return true;
  const s = a.sentence;
  const i = s.indexOf(a.source);
  if (i < 0) return false;
  return VENDOR_WORDS.test(s.slice(Math.max(0, i - 60), i + a.source.length + 60));
}

/**
 * The accuser has a stake: a government accusing a rival state (named, or "a
 * foreign intelligence agency"), or a security vendor whose threat findings
 * carry a commercial interest. The same test for every country.
 */
export const interestedParty: NoteRule = {
  id: 'interested-party',
  severity: 'caution',
  apply(report) {
    const atts = report.attributions;
    // The cyber-attribution claims of each accuser (by normalised name, in report order), built once rather than per source.
    let byAccuser: Map<string, string[]> | null = null;
    const claimsOf = (source: string): string[] => {
      if (!byAccuser) {
        byAccuser = new Map();
        for (const c of report.cyberAttributions) {
          if (!c.accuser) continue;
          const k = normName(c.accuser);
          const l = byAccuser.get(k);
          const s = c.actor + ' ' + c.sentence;
          if (l) l.push(s);
          else byAccuser.set(k, [s]);
        }
      }
      return byAccuser.get(normName(source)) ?? [];
    };
    // 1. A government accusing another state.
    for (let i = 0; i < atts.length; i++) {
      const a = atts[i]!;
      if (!isGovernment(a) || isPublisher(a, report)) continue;
      const own = sourceCountry(a);
      if (!own) continue;
      const sentences = [a.sentence, ...claimsOf(a.source)];
      for (const s of sentences) {
        if (!ACCUSES.test(s)) continue;
        // The source's own name ("China's foreign ministry") is not the accused.
        const rest = s.replace(a.source, ' ');
        const others = countriesIn(rest).filter((c) => c !== own && !(own === 'EU' && ['FR', 'DE', 'NL'].includes(c)));
        const accused = others.map((c) => countryName(c)).find((n) => n);
        // The attributions of the same source, gathered only for the note returned (not per sentence looked at).
        const refs = (): number[] => {
          const n = normName(a.source);
          return indexesWhere(report, (x) => normName(x.source) === n || (!!a.label && x.label?.id === a.label.id));
        };
        if (accused) return makeNote(this.id, this.severity, 'note_interested_party', [displayName(a), accused], { attributions: refs() });
        if (FOREIGN_STATE.test(rest)) return makeNote(this.id, this.severity, 'note_interested_party_unnamed', [displayName(a)], { attributions: refs() });
      }
    }
    // 2. A security vendor reporting a threat finding.
    for (let i = 0; i < atts.length; i++) {
      const a = atts[i]!;
      if (!isVendor(a) || !FINDING.test(a.sentence)) continue;
      const n = normName(a.source);
      const refs = indexesWhere(report, (x) => normName(x.source) === n);
      return makeNote(this.id, this.severity, 'note_interested_party_vendor', [displayName(a)], { attributions: refs });
    }
    return null;
  },
};

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const INTERESTED_PARTY_PATTERNS: RegExp[] = [ACCUSES, FOREIGN_STATE, VENDOR_WORDS, KNOWN_VENDORS, FINDING];
