import { describe, expect, it } from 'vitest';
import { findDisclaimers } from '../../src/core/disclaimers';
import { bodyOf } from './helpers/hand-built';

/** Disclaimer wordings and placements from the sixth blind set, in pages and sentences of our own. */

const STORY =
  '<p>A botnet of hijacked home routers was used to flood the websites of three regional banks on Thursday, the banks said in a joint statement.</p>' +
  '<p>Online banking was unavailable for about four hours, and the banks said no customer accounts or payment data had been affected.</p>' +
  '<p>Investigators have not said who controls the botnet, which researchers say has grown to some 40,000 devices since January.</p>';

const page = (inside: string, header = '') =>
  `<!doctype html><html><body><div class="wrap">${header}<div class="post">${STORY}${inside}</div></div><footer>© 2026 Example Daily. All rights reserved.</footer></body></html>`;
const found = (html: string) => findDisclaimers(bodyOf(html), []).map((d) => [d.kind, d.text] as const);
const kinds = (html: string) => findDisclaimers(bodyOf(html), []).map((d) => d.kind).sort();

describe('a newsletter unit sponsored ("this edition", "today\'s issue")', () => {
  it('the edition or issue named as sponsored is a sponsored disclaimer', () => {
    expect(kinds(page('<p><em>Today’s edition is made possible by Lanternfish, the log search tool. Our sponsors never see what we write before you do.</em></p>'))).toEqual(['sponsored']);
    expect(kinds(page('<p>This week’s briefing was underwritten by a cloud-security company that has no say over its contents.</p>'))).toEqual(['sponsored']);
  });
  it("a host's ad read with a promo code, or an issue in the story, is not", () => {
    expect(kinds(page('<p>This episode is supported by Lanternfish. Use code PACKET for 15% off your first year.</p>'))).toEqual([]);
    expect(kinds(page('<p>Regulators said this issue was raised by the banks in a meeting last year.</p>'))).toEqual([]);
  });
});

describe('a holding disclosed with its amount', () => {
  it('"I own a few shares", "The author holds a modest amount of stock"', () => {
    expect(found(page('<p><em>Disclosure: I own a few shares of one of the banks mentioned above.</em></p>'))).toContainEqual(['other', expect.stringContaining('own a few shares')]);
    expect(kinds(page('<p>The author holds a modest amount of stock in a company that sells DDoS protection.</p>'))).toEqual(['other']);
  });
  it('a holding in the story is not', () => {
    expect(kinds(page('<p>The fund holds a large block of shares in the bank, according to its latest filing.</p>'))).toEqual([]);
  });
});

describe('the forward-looking-statements notice of a press release', () => {
  it('no obligation to update, results that may differ materially', () => {
    expect(kinds(page('<p>Safe harbor: statements about future product plans are subject to change. The company assumes no duty to publicly revise these statements after today.</p>'))).toEqual(['liability']);
    expect(kinds(page('<p>Certain statements above are predictions, and actual outcomes could differ materially from those described.</p>'))).toEqual(['liability']);
  });
  it('a story about an obligation is not', () => {
    expect(kinds(page('<p>The banks said they have no obligation under current rules to report outages shorter than a day.</p>'))).toEqual([]);
  });
});

describe('a news agency that contributed to the report', () => {
  it('a wire or agency credited under the story', () => {
    expect(found(page('<p><i>Reuters contributed to this story.</i></p>'))).toContainEqual(['syndicated', 'Reuters contributed to this story.']);
    expect(kinds(page('<p>Wire services contributed reporting to this article.</p>'))).toEqual(['syndicated']);
  });
  it('a staff colleague credited is not a republication', () => {
    expect(kinds(page('<p><i>Staff writer Dana Hill contributed to this report.</i></p>'))).toEqual([]);
  });
});

describe('corrections in German, French and Spanish', () => {
  it('German: an earlier version, a text that was corrected', () => {
    expect(kinds(page('<p>Korrektur: In einer früheren Version dieses Beitrags stand, drei Banken seien betroffen gewesen.</p>'))).toEqual(['correction']);
    expect(kinds(page('<p>Der Beitrag wurde nachträglich aktualisiert, nachdem die Polizei neue Zahlen veröffentlicht hatte.</p>'))).toEqual(['correction']);
  });
  it('French and Spanish', () => {
    expect(kinds(page('<p>Une précédente version de cet article indiquait à tort que la police avait arrêté un suspect.</p>'))).toEqual(['correction']);
    expect(kinds(page('<p>Este artículo fue actualizado con la respuesta del banco central.</p>'))).toEqual(['correction']);
  });
  it('a story about a law that was changed is not', () => {
    expect(kinds(page('<p>Das Gesetz wurde im vergangenen Jahr geändert, sagte ein Sprecher der Aufsichtsbehörde.</p>'))).toEqual([]);
  });
});

describe('AI-assistance notes in German, French and Spanish', () => {
  it('the text or the newsroom named with the AI', () => {
    expect(kinds(page('<p><small>Ce texte a été traduit à l’aide de l’intelligence artificielle puis relu par un journaliste.</small></p>'))).toEqual(['ai_generated']);
    expect(kinds(page('<p><small>Dieser Text wurde mit Unterstützung von KI zusammengefasst und von der Redaktion geprüft.</small></p>'))).toEqual(['ai_generated']);
    expect(kinds(page('<p>Este resumen se preparó con inteligencia artificial.</p>'))).toEqual(['ai_generated']);
  });
  it('a story about an AI is not', () => {
    expect(kinds(page('<p>Les pirates ont utilisé l’intelligence artificielle pour rédiger leurs courriels, selon la police.</p>'))).toEqual([]);
    expect(kinds(page('<p>Die Angreifer nutzten KI, um gefälschte Bankseiten zu bauen, sagte ein Ermittler.</p>'))).toEqual([]);
  });
});

describe('labelled interest notes in German, French and Spanish', () => {
  it('Offenlegung, Déclaration d’intérêts, Conflicto de intereses', () => {
    expect(kinds(page('<p>Offenlegung: Der Autor besitzt Anteile an einem Unternehmen, das Router an Banken verkauft.</p>'))).toEqual(['other']);
    expect(kinds(page('<p>Déclaration d’intérêts : l’auteure a conseillé l’une des banques citées en 2024.</p>'))).toEqual(['other']);
    expect(kinds(page('<p>Conflicto de intereses: el autor trabajó para uno de los bancos afectados hasta 2023.</p>'))).toEqual(['other']);
  });
  it('the label word inside a story sentence is not', () => {
    expect(kinds(page('<p>Die Bank sprach von einem Interessenkonflikt: Der Dienstleister habe auch für Konkurrenten gearbeitet.</p>'))).toEqual([]);
  });
});

describe('a short notice after the container’s parent', () => {
  it('a wire’s notice under a two-column release layout', () => {
    const html =
      '<!doctype html><html><body><div class="release"><div class="row"><div class="post">' + STORY +
      '</div><div class="col-side"><h4>Also from this source</h4><ul><li><a href="/a">Another release</a></li></ul></div></div>' +
      '<p class="notice">Example Wire distributes releases for its clients and is not responsible for the accuracy of any release.</p></div>' +
      '<footer>© 2026 Example Wire</footer></body></html>';
    expect(found(html)).toContainEqual(['liability', expect.stringContaining('not responsible for the accuracy')]);
  });
  it('a slot label there ("Sponsored links") is not', () => {
    const html =
      '<!doctype html><html><body><div class="page"><div class="row"><div class="post">' + STORY +
      '</div></div><div class="title-bar">sponsored links</div></div></body></html>';
    expect(kinds(html)).toEqual([]);
  });
});
