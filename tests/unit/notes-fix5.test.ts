import { describe, expect, it } from 'vitest';
import { noTechnicalEvidence } from '../../src/core/notes/no-technical-evidence';
import { publisherDisclaimer } from '../../src/core/notes/publisher-disclaimer';
import { att, report } from './helpers/hand-built';

/** Note rules from the fifth blind set, on hand-built reports. */

const withDetails = (technical: string[]) =>
  report({ attributions: [att('officials', 'anonymous')], evidence: { cves: [], indicators: 0, primaryLinks: [], technical } as never });

describe('no-technical-evidence: a ransomware crew’s brand is not a checkable detail', () => {
  it('fires when the only detail is "<Name> ransomware"', () => {
    expect(noTechnicalEvidence.apply(withDetails(['Hollow ransomware']))?.id).toBe('no-technical-evidence');
    expect(noTechnicalEvidence.apply(withDetails(['Quartz ransomware', 'VPN']))?.id).toBe('no-technical-evidence');
  });
  it('does not fire when a checkable detail comes with it', () => {
    expect(noTechnicalEvidence.apply(withDetails(['Quartz ransomware', 'port 3389']))).toBeNull();
    expect(noTechnicalEvidence.apply(withDetails(['Quartz loader']))).toBeNull();
  });
});

describe('publisher-disclaimer: an editor’s note that the text could not be checked', () => {
  const withDisclaimer = (kind: 'other' | 'correction', text: string) => report({ disclaimers: [{ kind, text }] });
  it('an "other" note that is a caveat on the text’s accuracy', () => {
    const n = publisherDisclaimer.apply(withDisclaimer('other', "Editor's note: This report relies largely on statements by officials that could not be independently checked."));
    expect(n?.id).toBe('publisher-disclaimer');
    expect(n?.refs.disclaimers).toEqual([0]);
  });
  it('an "other" note about something else does not count', () => {
    expect(publisherDisclaimer.apply(withDisclaimer('other', 'Transparency note: the publisher has a content-sharing agreement with a research team.'))).toBeNull();
    expect(publisherDisclaimer.apply(withDisclaimer('correction', 'Correction: the date of the intrusion could not be confirmed in the first version.'))).toBeNull();
  });
});
