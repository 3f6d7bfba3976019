import { describe, expect, it } from 'vitest';
import { bundledDirectory } from '../../src/sources/index';

/* blind12: outlets and agencies a Traditional Chinese, a Polish and a wire story cite by these names. */

describe('source data (fix12)', () => {
  const db = bundledDirectory();
  it('labels 新華社, RIA Nowosti, 調查局, 國台辦 and Lithuania\u2019s cyber centre', () => {
    for (const [name, id, affiliation] of [
      ['新華社', 'cn-xinhua', 'state_controlled'],
      ['RIA Nowosti', 'ru-ria', 'state_controlled'],
      ['法務部調查局', 'tw-mjib', 'government'],
      ['調查局', 'tw-mjib', 'government'],
      ['國台辦', 'cn-tao', 'government'],
      ['国台办', 'cn-tao', 'government'],
      ['Lithuania\'s National Cyber Security Centre', 'lt-nksc', 'government'],
      ['NKSC', 'lt-nksc', 'government'],
    ] as const) {
      expect(db.byName(name)?.id, name).toBe(id);
      expect(db.byName(name)?.affiliation, name).toBe(affiliation);
    }
  });
  it('leaves the bare National Cyber Security Centre to the UK and other bureaus alone', () => {
    expect(db.byName('National Cyber Security Centre')?.id).toBe('gb-ncsc');
    expect(db.byName('氣象局')).toBeNull();
    expect(db.byName('RIA')?.id ?? null).not.toBe('ru-ria');
  });
});
