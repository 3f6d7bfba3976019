import { describe, expect, it } from 'vitest';
import { noTechnicalEvidence, checkableDetails } from '../../src/core/notes/no-technical-evidence';
import { att, report } from './helpers/hand-built';

/** no-technical-evidence: a name of the accused or one generic word is not technical detail. */
const withDetails = (technical: string[]) =>
  report({ attributions: [att('officials', 'anonymous')], evidence: { cves: [], indicators: 0, primaryLinks: [], technical } as never });

describe('no-technical-evidence', () => {
  it('fires when the only "details" name the accused group', () => {
    expect(noTechnicalEvidence.apply(withDetails(['Volt Typhoon']))?.id).toBe('no-technical-evidence');
    expect(noTechnicalEvidence.apply(withDetails(['APT28']))).toBeNull();
    expect(noTechnicalEvidence.apply(withDetails(['Black Basta']))?.id).toBe('no-technical-evidence');
  });
  it('fires on a determiner caught as a name, or one generic word alone', () => {
    expect(noTechnicalEvidence.apply(withDetails(['The wiper']))?.id).toBe('no-technical-evidence');
    expect(noTechnicalEvidence.apply(withDetails(['VPN']))?.id).toBe('no-technical-evidence');
  });
  it('does not fire on checkable detail', () => {
    expect(noTechnicalEvidence.apply(withDetails(['Volt Typhoon', 'port 8443']))).toBeNull();
    expect(noTechnicalEvidence.apply(withDetails(['Cobalt Strike']))).toBeNull();
    expect(noTechnicalEvidence.apply(withDetails(['update.exe', 'VPN']))).toBeNull();
  });
  it('keeps details that are not names', () => {
    expect(checkableDetails(withDetails([]), ['Forest Blizzard', 'APT41', 'update.exe', 'The loader'])).toEqual(['APT41', 'update.exe']);
  });
});
