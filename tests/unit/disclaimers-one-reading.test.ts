import { describe, expect, it } from 'vitest';
import { findDisclaimers } from '../../src/core/disclaimers';
import { bodyOf } from './helpers/hand-built';

// The fallback reader (disclaimer-self.ts) looks for any kind's words in a note about the text itself; when a phrase
// rule has already read the same sentence as one kind, a word of another kind in it ("sponsors") is no second note.
const STORY = '<p>Attackers wiped billing servers at a regional gas pipeline operator, its chief executive said.</p><p>Service was restored within a day, the company said.</p>';
const kinds = (note: string) => findDisclaimers(bodyOf(`<div class="post">${STORY}<p><small>${note}</small></p></div>`), []).map((d) => d.kind).sort();

describe('a note read by a phrase rule is not read again for another kind', () => {
  it('an opinion note that names the outlet\'s sponsors is an opinion note only', () => {
    expect(kinds('Opinions expressed by guests and contributors are their own and do not reflect the views of Northgate Radio or its sponsors.')).toEqual(['opinion']);
  });
  it('a second sentence of another kind in the same note still counts', () => {
    expect(kinds('Opinions expressed by guests are their own. This episode is sponsored by Lumen Vault.')).toEqual(['opinion', 'sponsored']);
  });
  it('the fallback still reads a note no phrase rule knows', () => {
    expect(kinds('The contents of this feature were underwritten by a grant from a security vendor.')).toEqual(['sponsored']);
  });
});
