import { describe, expect, it } from 'vitest';
import { findDisclaimers } from '../../src/core/disclaimers';
import { bodyOf } from './helpers/hand-built';

/** Disclaimer wordings and placements from the fifth blind set, in pages and sentences of our own. */

const STORY =
  '<p>Hackers broke into the regional water utility last week and took its billing portal offline for two days, officials said on Monday.</p>' +
  '<p>The utility said customer payment data was not affected and that it had hired an outside firm to investigate the intrusion.</p>' +
  '<p>Investigators have not said who was behind the attack, and the utility declined to say whether a ransom had been demanded.</p>';

const page = (inside: string, header = '') =>
  `<!doctype html><html><body><div class="wrap">${header}<div class="post">${STORY}${inside}</div></div><footer>© 2026 Example Daily. All rights reserved.</footer></body></html>`;
const found = (html: string) => findDisclaimers(bodyOf(html), []).map((d) => [d.kind, d.text] as const);
const kinds = (html: string) => findDisclaimers(bodyOf(html), []).map((d) => d.kind).sort();

describe('one block, two disclaimers of different kinds', () => {
  it('a republication line and a first-person correction', () => {
    expect(kinds(page('<p><em>This story first appeared in our sister magazine, Grid Weekly. We have amended this article to correct the name of the utility.</em></p>'))).toEqual(['correction', 'syndicated']);
  });
  it('"we have since corrected the headline" is a correction; a story about someone amending a law is not', () => {
    expect(kinds(page('<p>We have since corrected the headline, which misstated the number of customers affected.</p>'))).toEqual(['correction']);
    expect(kinds(page('<p>Lawmakers said they had amended the bill to require utilities to report intrusions within three days.</p>'))).toEqual([]);
  });
});

describe('notes on the text’s own sourcing', () => {
  it("an editor's note that the report rests on unchecked statements", () => {
    const got = found(page('', '').replace('<div class="post">', '<div class="post"><p class="ed-note"><em>Editor\'s note: This report relies largely on statements by the utility and regional officials that could not be independently checked.</em></p>'));
    expect(got).toContainEqual(['other', expect.stringContaining('could not be independently checked')]);
  });
  it('a report in the story that "relies on" something, or an unchecked claim in story text, is not one', () => {
    expect(kinds(page('<p>The agency’s report relies largely on data shared by the utility’s own engineers, the officials said.</p>'))).toEqual([]);
    expect(kinds(page('<p>The figure could not be independently checked by reporters at the scene on Monday evening.</p>'))).toEqual([]);
  });
});

describe('labelled transparency notes and "nothing in it should be construed as"', () => {
  it('a transparency note in the header block above the story', () => {
    const header =
      '<div class="story-head"><h1>Water utility hit by hackers</h1><p class="dek">Billing was offline for two days while the utility investigated an intrusion into its network.</p>' +
      '<div class="note"><i>Transparency note: Example Daily has a content-sharing agreement with a research group named in this story; it had no role in our reporting.</i></div></div>';
    expect(found(page('', header))).toContainEqual(['other', expect.stringContaining('Transparency note')]);
  });
  it('"Nothing in it should be construed as an accusation" in a small legal line', () => {
    expect(found(page('<p class="legal"><small>This analysis is published for defenders. Nothing in it should be construed as an accusation against any state.</small></p>'))).toContainEqual([
      'other',
      expect.stringContaining('Nothing in it should be construed as'),
    ]);
  });
  it('story sentences with the same words are not', () => {
    expect(kinds(page('<p>The mayor said nothing in the contract could be construed as a promise to cut prices this year.</p>'))).toEqual([]);
    expect(kinds(page('<p>The note left by the attackers read: "Transparency is coming."</p>'))).toEqual([]);
  });
});
