import { afterEach, describe, expect, it } from 'vitest';
import { findDisclaimers } from '../../src/core/disclaimers';
import { SHORTCUTS } from '../../src/core/gate';
import { bodyOf } from './helpers/hand-built';

/** Sponsorship notes whose only trigger word the sponsored rule's gate once lacked ("payment", "funded", "reporters", "editors"). */

const STORY =
  '<p>A phishing kit sold on a crime forum was used against customers of four regional credit unions last month, the unions said.</p>' +
  '<p>The kit copies each login page and forwards one-time codes to the operators within seconds, researchers found.</p>';
const page = (note: string) => `<!doctype html><html><body><div class="wrap"><div class="post">${STORY}<p><em>${note}</em></p></div></div><footer>© 2026 Example Wire. All rights reserved.</footer></body></html>`;
const kinds = (note: string) => findDisclaimers(bodyOf(page(note)), []).map((d) => d.kind).sort();

const NOTES = [
  'The author received payment from the vendor for this analysis.',
  'This feature was funded by a password-manager company.',
  'This content was not written by our reporters.',
  'This article was not produced by the editors of this site.',
];

afterEach(() => {
  SHORTCUTS.off = false;
});

describe('sponsored notes the gate must let through', () => {
  for (const note of NOTES) {
    it(`"${note}" is sponsored, with the gate and without it`, () => {
      expect(kinds(note)).toContain('sponsored');
      SHORTCUTS.off = true;
      expect(kinds(note)).toContain('sponsored');
    });
  }
  it('the same words in the story are no disclaimer', () => {
    expect(kinds('Reporters and editors asked the unions whether any payment data was taken.')).toEqual([]);
  });
});
