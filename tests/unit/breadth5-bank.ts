/**
 * Breadth bank 5: disclaimer, hedge and note phrasings written blind (before
 * reading the rules), in our own words, the way real sites word them. Data
 * only; breadth5-bank.test.ts runs it. Every organisation name here is
 * invented unless it is a generic product name (ChatGPT) or a well-known wire.
 *
 * Disclaimer `place` says where the text sits on the page the test builds:
 *   last-p      a plain paragraph after the story
 *   first-p     a plain paragraph before the story (under the headline)
 *   italic      <p><em>…</em></p> after the story
 *   italic-top  <p><em>…</em></p> under the headline
 *   small       <p><small>…</small></p> after the story
 *   aside       <aside> box after the story, inside the article
 *   box         <div class="note-box"><p>…</p></div> after the story
 *   label       <p><strong>Label:</strong> rest</p> after the story (text is "Label: rest")
 *   label-top   the same under the headline
 *   inside-last the last story paragraph ends with the text (a story sentence first)
 *   hr-end      <hr> then a paragraph at the end
 */
import type { DisclaimerKind, HedgeKind, NoteId, Report } from '../../src/core/report';
import { att, label, report } from './helpers/hand-built';

export type DisclaimerPlace = 'last-p' | 'first-p' | 'italic' | 'italic-top' | 'small' | 'aside' | 'box' | 'label' | 'label-top' | 'inside-last' | 'hr-end';

export interface DisclaimerCase {
  id: string;
  /** Accepted kinds (the first is the one we expect; more when the kind is honestly ambiguous). */
  kind: DisclaimerKind[];
  text: string;
  place: DisclaimerPlace;
  /** A piece of the text the reported disclaimer must contain (compared case- and space-insensitively). */
  contains: string;
}

export const DISCLAIMERS: DisclaimerCase[] = [
  // ---- liability / accuracy
  { id: 'liab-info-only', kind: ['liability'], place: 'last-p', text: 'The information in this article is provided for general informational purposes only and should not be relied upon as professional advice.', contains: 'for general informational purposes only' },
  { id: 'liab-cannot-guarantee', kind: ['liability'], place: 'italic', text: 'While we strive for accuracy, we cannot guarantee that the information above is complete or current.', contains: 'cannot guarantee' },
  { id: 'liab-publisher-no-resp', kind: ['liability'], place: 'small', text: 'The publisher accepts no responsibility for any loss arising from the use of this material.', contains: 'accepts no responsibility' },
  { id: 'liab-label-nothing-constitutes', kind: ['liability'], place: 'label', text: 'Disclaimer: Nothing in this post constitutes legal or security advice. Readers should consult a qualified professional.', contains: 'Nothing in this post constitutes' },
  { id: 'liab-please-note-unverified', kind: ['liability'], place: 'inside-last', text: 'Please note that this report relies on third-party information that we have not been able to verify independently.', contains: 'we have not been able to verify' },
  { id: 'liab-educational-disclaim', kind: ['liability'], place: 'box', text: 'This content is for educational purposes only. The author and publisher disclaim any liability for damages resulting from its use.', contains: 'disclaim any liability' },
  { id: 'liab-no-warranty-passive', kind: ['liability'], place: 'last-p', text: 'No warranty, express or implied, is given as to the accuracy of the details in this article.', contains: 'No warranty' },
  { id: 'liab-no-representations', kind: ['liability'], place: 'hr-end', text: 'The author makes no representations about the completeness or reliability of this information.', contains: 'makes no representations' },
  { id: 'liab-bracket-editor', kind: ['liability'], place: 'last-p', text: "[Editor's note: The claims in this piece are those of the cited sources; Ledgerline has not verified them and is not liable for their accuracy.]", contains: 'is not liable for their accuracy' },
  { id: 'liab-own-risk', kind: ['liability'], place: 'italic', text: 'Use of the indicators listed above is at your own risk.', contains: 'at your own risk' },
  { id: 'liab-readers-verify-top', kind: ['liability'], place: 'italic-top', text: 'Readers are advised to independently verify any information in this story before acting on it.', contains: 'independently verify any information' },
  { id: 'liab-we-do-not-warrant', kind: ['liability'], place: 'aside', text: 'We do not warrant the accuracy of third-party reports quoted in this story.', contains: 'do not warrant the accuracy' },
  { id: 'liab-german-ohne-gewaehr', kind: ['liability'], place: 'small', text: 'Alle Angaben ohne Gewähr.', contains: 'ohne Gewähr' },

  // ---- sponsored / partner / paid
  { id: 'spon-label-partnership', kind: ['sponsored'], place: 'label-top', text: 'Sponsored: This article was produced in partnership with Brightwall Security.', contains: 'produced in partnership with' },
  { id: 'spon-paid-for-by', kind: ['sponsored'], place: 'italic-top', text: 'This content is paid for by Norvik Cloud and written by its staff.', contains: 'paid for by Norvik Cloud' },
  { id: 'spon-partner-content-dash', kind: ['sponsored'], place: 'italic-top', text: 'Partner content — written and supplied by Tessellate Labs.', contains: 'Partner content' },
  { id: 'spon-brought-to-you', kind: ['sponsored'], place: 'small', text: 'This post is brought to you by Quorra Identity.', contains: 'brought to you by' },
  { id: 'spon-advertorial-commissioned', kind: ['sponsored'], place: 'first-p', text: '[Advertorial] The following piece was commissioned by CyberHarbor.', contains: 'commissioned by CyberHarbor' },
  { id: 'spon-paid-post-newsroom', kind: ['sponsored'], place: 'label-top', text: 'Paid post: Halcyon Data funded this article. Our newsroom was not involved in its creation.', contains: 'Halcyon Data funded this article' },
  { id: 'spon-received-compensation', kind: ['sponsored'], place: 'last-p', text: 'We received compensation from the vendor for publishing this review.', contains: 'received compensation' },
  { id: 'spon-guest-post', kind: ['sponsored'], place: 'italic', text: 'This is a sponsored guest post by a representative of Lumen Grid.', contains: 'sponsored guest post' },
  { id: 'spon-content-provided', kind: ['sponsored'], place: 'box', text: 'Content provided by Arcwell Systems. The editorial staff did not write or edit this piece.', contains: 'Content provided by Arcwell Systems' },
  { id: 'spon-presented-by', kind: ['sponsored'], place: 'italic-top', text: 'Presented by Northcap Insurance', contains: 'Presented by Northcap Insurance' },
  { id: 'spon-affiliate-links', kind: ['sponsored', 'other'], place: 'italic-top', text: 'This article contains affiliate links; we may earn a commission if you buy through them.', contains: 'affiliate links' },
  { id: 'spon-promoted', kind: ['sponsored'], place: 'aside', text: 'Promoted content from our partners at Veridian Risk.', contains: 'Promoted content' },

  // ---- AI-generated / AI-assisted
  { id: 'ai-help-of-ai', kind: ['ai_generated'], place: 'italic', text: 'This article was generated with the help of artificial intelligence and reviewed by an editor.', contains: 'generated with the help of artificial intelligence' },
  { id: 'ai-label-llm', kind: ['ai_generated'], place: 'label', text: 'AI-assisted: portions of this summary were produced by a large language model.', contains: 'produced by a large language model' },
  { id: 'ai-we-used-tools', kind: ['ai_generated'], place: 'last-p', text: 'We used AI tools to help draft this story; a journalist checked every fact.', contains: 'We used AI tools' },
  { id: 'ai-automated-system', kind: ['ai_generated'], place: 'small', text: 'This content was created by an automated system and may contain errors.', contains: 'created by an automated system' },
  { id: 'ai-author-chatgpt', kind: ['ai_generated'], place: 'inside-last', text: 'The author used ChatGPT to assist with research and wording.', contains: 'used ChatGPT' },
  { id: 'ai-portions-genai', kind: ['ai_generated'], place: 'hr-end', text: 'Portions of this text were written by generative AI.', contains: 'written by generative AI' },
  { id: 'ai-summary-top', kind: ['ai_generated'], place: 'italic-top', text: 'Summary generated by AI and checked by our editors.', contains: 'generated by AI' },
  { id: 'ai-edited-translated', kind: ['ai_generated'], place: 'italic', text: 'This story was machine-translated and AI-edited from the Japanese original.', contains: 'AI-edited' },
  { id: 'ai-bracket-assistant', kind: ['ai_generated'], place: 'last-p', text: '[This article was drafted by an AI writing assistant and edited by our staff.]', contains: 'AI writing assistant' },
  { id: 'ai-note-model-helped', kind: ['ai_generated'], place: 'label', text: 'Note: An AI model helped produce this article.', contains: 'AI model helped produce' },
  { id: 'ai-newsroom-software', kind: ['ai_generated'], place: 'aside', text: 'Our newsroom relied on artificial-intelligence software to compile this roundup.', contains: 'artificial-intelligence software' },

  // ---- syndicated / republished
  { id: 'syn-originally-appeared', kind: ['syndicated'], place: 'italic', text: 'This article originally appeared on Packet Review and is republished here with permission.', contains: 'originally appeared on Packet Review' },
  { id: 'syn-republished-cc', kind: ['syndicated'], place: 'last-p', text: 'Republished from The Lantern Review under a Creative Commons licence.', contains: 'Republished from' },
  { id: 'syn-source-link', kind: ['syndicated'], place: 'last-p', text: 'Source link', contains: 'Source link' },
  { id: 'syn-first-published-by', kind: ['syndicated'], place: 'small', text: 'This story was first published by Signal Ridge.', contains: 'first published by Signal Ridge' },
  { id: 'syn-version-first-appeared', kind: ['syndicated'], place: 'italic-top', text: "A version of this post first appeared on the author's blog.", contains: 'first appeared on' },
  { id: 'syn-reprinted', kind: ['syndicated'], place: 'hr-end', text: 'Reprinted with permission from Firewall Weekly.', contains: 'Reprinted with permission' },
  { id: 'syn-source-label', kind: ['syndicated'], place: 'label', text: 'Source: Hexline News', contains: 'Hexline News' },
  { id: 'syn-syndicated-from', kind: ['syndicated'], place: 'italic', text: 'This article is syndicated from a partner newsroom.', contains: 'syndicated from' },
  { id: 'syn-original-can-be-read', kind: ['syndicated'], place: 'last-p', text: 'The original article can be read at Trellis Daily.', contains: 'original article can be read' },
  { id: 'syn-read-original', kind: ['syndicated'], place: 'last-p', text: 'Read the original story on Harbor Tech Journal.', contains: 'Read the original story' },
  { id: 'syn-cross-posted', kind: ['syndicated'], place: 'italic', text: 'Cross-posted from the Quiet Logs newsletter.', contains: 'Cross-posted from' },
  { id: 'syn-rss-import', kind: ['syndicated'], place: 'small', text: 'This item was automatically imported from an RSS feed.', contains: 'imported from an RSS feed' },
  { id: 'syn-originally-published-at', kind: ['syndicated'], place: 'italic', text: 'Originally published at Coastline Security Blog on March 3.', contains: 'Originally published at' },

  // ---- opinion / views
  { id: 'op-do-not-necessarily', kind: ['opinion'], place: 'italic', text: 'The views expressed in this article are those of the author and do not necessarily reflect the position of Ledgerline.', contains: 'do not necessarily reflect the position' },
  { id: 'op-writers-own', kind: ['opinion'], place: 'small', text: "Opinions are the writer's own.", contains: "Opinions are the writer's own" },
  { id: 'op-this-is-opinion', kind: ['opinion'], place: 'italic-top', text: 'This is an opinion piece.', contains: 'This is an opinion piece' },
  { id: 'op-belong-contributor', kind: ['opinion'], place: 'last-p', text: 'Any opinions in this post belong solely to the contributor, not to their employer.', contains: 'belong solely to the contributor' },
  { id: 'op-guest-columns', kind: ['opinion'], place: 'aside', text: 'Guest columns reflect the perspective of their authors, not of our editorial board.', contains: 'reflect the perspective of their authors' },
  { id: 'op-personal-capacity', kind: ['opinion'], place: 'inside-last', text: 'The author writes in a personal capacity.', contains: 'in a personal capacity' },
  { id: 'op-columnist-own', kind: ['opinion'], place: 'hr-end', text: "The statements in this column are the columnist's own.", contains: "columnist's own" },
  { id: 'op-not-endorsed', kind: ['opinion'], place: 'box', text: "Ideas and conclusions presented here are solely the author's and are not endorsed by this publication.", contains: 'not endorsed by this publication' },
  { id: 'op-editorial-stance', kind: ['opinion'], place: 'italic-top', text: 'We publish a range of viewpoints; this essay does not represent our editorial stance.', contains: 'does not represent our editorial stance' },
  { id: 'op-views-my-own', kind: ['opinion'], place: 'italic', text: 'Views are my own and not those of my employer.', contains: 'Views are my own' },
  { id: 'op-not-shared-publisher', kind: ['opinion'], place: 'small', text: 'The opinions stated here are not necessarily shared by the publisher.', contains: 'not necessarily shared by the publisher' },
  { id: 'op-reflects-author-only', kind: ['opinion'], place: 'last-p', text: 'This commentary reflects the opinion of the author only.', contains: 'reflects the opinion of the author' },

  // ---- correction and update notes
  { id: 'cor-label-earlier-misstated', kind: ['correction'], place: 'label', text: 'Correction: An earlier version of this article misstated the number of affected customers.', contains: 'An earlier version of this article misstated' },
  { id: 'cor-has-been-corrected', kind: ['correction'], place: 'italic', text: 'This story has been corrected to show that the breach was disclosed in May, not June.', contains: 'has been corrected' },
  { id: 'cor-bracket-updated', kind: ['correction'], place: 'first-p', text: '[Updated 14 March with a response from the company.]', contains: 'Updated 14 March with a response' },
  { id: 'cor-update-time', kind: ['correction'], place: 'label', text: 'Update, 5:40 p.m.: The vendor has released a patch for the flaw.', contains: 'The vendor has released a patch' },
  { id: 'cor-clarification-amended', kind: ['correction'], place: 'label', text: 'Clarification: This article has been amended to make clear that the agency did not name a suspect.', contains: 'has been amended' },
  { id: 'cor-we-have-updated', kind: ['correction'], place: 'italic', text: 'We have updated this post to include comments from the researcher.', contains: 'We have updated this post' },
  { id: 'cor-editors-note-previous', kind: ['correction'], place: 'label', text: "Editor's note: A previous version of this story incorrectly identified the malware family.", contains: 'incorrectly identified' },
  { id: 'cor-updated-on-date', kind: ['correction'], place: 'italic-top', text: 'This article was updated on 2 April to reflect new figures from the regulator.', contains: 'was updated on 2 April' },
  { id: 'cor-headline-fixed', kind: ['correction'], place: 'small', text: 'An error in the headline has been fixed.', contains: 'error in the headline has been fixed' },
  { id: 'cor-regret', kind: ['correction'], place: 'inside-last', text: 'This piece previously gave the wrong date for the hearing. We regret the error.', contains: 'We regret the error' },
  { id: 'cor-since-publication', kind: ['correction'], place: 'label-top', text: 'UPDATE: Since publication, the company has confirmed the incident.', contains: 'Since publication' },
  { id: 'cor-wrongly-attributed', kind: ['correction'], place: 'hr-end', text: 'Corrected: a quote was wrongly attributed to the chief executive; it came from the finance director.', contains: 'was wrongly attributed' },
  { id: 'cor-revised', kind: ['correction'], place: 'aside', text: 'This report was revised after publication to remove an unverified claim.', contains: 'revised after publication' },
  { id: 'cor-erratum', kind: ['correction'], place: 'label', text: 'Erratum: The figure of 40,000 records should have read 4,000.', contains: 'should have read 4,000' },

  // ---- disclosure of interests ("other")
  { id: 'oth-holds-shares', kind: ['other'], place: 'label', text: 'Disclosure: The author holds shares in several cybersecurity companies, including one mentioned here.', contains: 'holds shares' },
  { id: 'oth-parent-investor', kind: ['other'], place: 'italic', text: "Full disclosure: Ledgerline's parent company is an investor in Norvik Cloud.", contains: 'is an investor in Norvik Cloud' },
  { id: 'oth-worked-consultant', kind: ['other'], place: 'italic', text: 'The writer previously worked as a consultant for the firm named in this story.', contains: 'previously worked as a consultant' },
  { id: 'oth-financial-supporter', kind: ['other'], place: 'small', text: 'Arcwell Systems is a financial supporter of our newsroom but had no input into this report.', contains: 'financial supporter of our newsroom' },
  { id: 'oth-no-financial-interest', kind: ['other'], place: 'last-p', text: 'The author has no financial interest in any of the companies discussed.', contains: 'no financial interest' },
  { id: 'oth-conflict-statement', kind: ['other'], place: 'label', text: 'Conflict of interest statement: the researcher quoted here sits on our advisory board.', contains: 'sits on our advisory board' },
  { id: 'oth-own-stake', kind: ['other'], place: 'inside-last', text: 'We own a small stake in the company behind this product.', contains: 'own a small stake' },
  { id: 'oth-spouse', kind: ['other'], place: 'italic', text: "The reporter's spouse works for the agency mentioned in this article.", contains: 'spouse works for the agency' },
  { id: 'oth-travel-paid', kind: ['other', 'sponsored'], place: 'small', text: 'Our travel to the conference was paid for by the organiser.', contains: 'paid for by the organiser' },
];

/**
 * Negatives: text on the page that is not a disclaimer of the article. `place`:
 *   footer      the site footer, outside the article
 *   cookie      a cookie banner at the top of <body>
 *   meta        the dateline under the headline (<p class="meta">)
 *   story       a paragraph in the middle of the story
 *   newsletter  a sign-up box inside the article
 *   related     a related-articles list after the story
 *   caption     a figure caption inside the article
 *   bio         an author bio box after the story
 */
export type NegativePlace = 'footer' | 'cookie' | 'meta' | 'story' | 'newsletter' | 'related' | 'caption' | 'bio';

export interface NegativeCase {
  id: string;
  text: string;
  place: NegativePlace;
}

export const DISCLAIMER_NEGATIVES: NegativeCase[] = [
  { id: 'neg-copyright', place: 'footer', text: '© 2026 Ledgerline Media. All rights reserved.' },
  { id: 'neg-cookie', place: 'cookie', text: 'We use cookies to improve your experience. By continuing to browse you accept our cookie policy.' },
  { id: 'neg-footer-links', place: 'footer', text: 'Privacy Policy | Terms of Use | Contact us' },
  { id: 'neg-reproduction', place: 'footer', text: 'Reproduction in whole or in part without written permission is prohibited.' },
  { id: 'neg-updated-ago', place: 'meta', text: 'Updated 3 hours ago' },
  { id: 'neg-published-updated', place: 'meta', text: 'Published 12 May 2026, updated 13 May 2026' },
  { id: 'neg-story-sponsorship', place: 'story', text: 'Norvik Cloud sponsored the Baltic Security Summit, where the flaw was first presented to an audience of defenders.' },
  { id: 'neg-story-quoted-views', place: 'story', text: '"These views are shared by many in the industry," said Jane Roe, an analyst at Fenwick Research.' },
  { id: 'neg-story-correction-subject', place: 'story', text: 'Correction of the misconfiguration took the team three weeks, the company said.' },
  { id: 'neg-story-ai-lures', place: 'story', text: 'The AI-generated phishing lures were convincing enough to fool staff, the researchers found.' },
  { id: 'neg-story-ai-malware', place: 'story', text: 'The malware uses artificial intelligence to choose which files to encrypt first.' },
  { id: 'neg-story-views-ministry', place: 'story', text: 'The statement reflected the views of the ministry, a spokesman said on Tuesday.' },
  { id: 'neg-story-not-updated', place: 'story', text: 'The company has not updated its advisory since Tuesday, leaving customers without guidance.' },
  { id: 'neg-story-republished-leak', place: 'story', text: 'The attackers republished the stolen documents on a second leak site a week later.' },
  { id: 'neg-story-court-opinion', place: 'story', text: 'Lawyers said the opinion of the court was expected next month.' },
  { id: 'neg-story-disclaims-role', place: 'story', text: 'The vendor disclaims any role in the breach, according to a court filing seen by reporters.' },
  { id: 'neg-story-source-code', place: 'story', text: 'Researchers later posted the source code of the loader on a public repository.' },
  { id: 'neg-newsletter', place: 'newsletter', text: 'Sign up for our newsletter to get the latest security news in your inbox every morning.' },
  { id: 'neg-trademark', place: 'footer', text: 'Ledgerline is a registered trademark of Ledgerline Media Ltd.' },
  { id: 'neg-story-contract-liable', place: 'story', text: 'Under the contract, the agency is not liable for losses caused by third parties, the auditor wrote.' },
  { id: 'neg-story-patch-corrects', place: 'story', text: 'The patch corrects a flaw in the way the driver handles memory.' },
  { id: 'neg-story-first-appeared', place: 'story', text: 'The campaign first appeared on underground forums in February, researchers said.' },
  { id: 'neg-story-paid-partner', place: 'story', text: 'A paid partner programme gave affiliates 70 percent of each ransom.' },
  { id: 'neg-story-llm-chatbot', place: 'story', text: 'The chatbot, built on a large language model, leaked customer records to strangers.' },
  { id: 'neg-story-in-his-view', place: 'story', text: 'In his view, the government acted too slowly, Roe said.' },
  { id: 'neg-story-notice-updated', place: 'story', text: "The company's breach notice was updated on Friday to list more affected states." },
  { id: 'neg-caption-credit', place: 'caption', text: 'Photo: courtesy of Kestrel Networks' },
  { id: 'neg-copyright-copy', place: 'footer', text: 'Content on this site is protected by copyright and may not be copied without permission.' },
  { id: 'neg-related-opinion', place: 'related', text: 'Opinion: Why ransomware payments should be banned' },
  { id: 'neg-story-state-sponsored', place: 'story', text: 'State-sponsored hackers were behind the intrusion, the agency said.' },
  { id: 'neg-bio-views', place: 'bio', text: 'Jane Roe covers cybersecurity for Ledgerline. Her views on encryption policy have appeared in several journals.' },
];

// ---------------------------------------------------------------- hedges

export interface HedgeCase {
  id: string;
  sentence: string;
  /** Accepted cue forms: the reported cue must match one the way the scorer matches cues (equal, or the shorter on word boundaries inside the longer). */
  cues: string[];
  kind: HedgeKind;
}

export const HEDGES: HedgeCase[] = [
  { id: 'h-understood-to', sentence: 'The intruders are understood to have accessed payroll data.', cues: ['understood to'], kind: 'hedge' },
  { id: 'h-thought-to', sentence: 'The group is thought to operate from somewhere in Eastern Europe.', cues: ['thought to'], kind: 'hedge' },
  { id: 'h-appear-to-have', sentence: 'The attackers appear to have used stolen credentials.', cues: ['appear to', 'appear to have'], kind: 'hedge' },
  { id: 'h-not-independently-verified', sentence: 'The claim has not been independently verified.', cues: ['not been independently verified', 'independently verified'], kind: 'hedge' },
  { id: 'h-could-not-immediately-confirm', sentence: 'Reuters could not immediately confirm the report.', cues: ['could not immediately confirm', 'could not confirm', 'immediately confirm'], kind: 'hedge' },
  { id: 'h-unsubstantiated', sentence: 'The hackers made unsubstantiated claims about stealing two terabytes of data.', cues: ['unsubstantiated'], kind: 'hedge' },
  { id: 'h-without-providing-evidence', sentence: 'The ministry blamed a foreign government without providing evidence.', cues: ['without providing evidence', 'without evidence'], kind: 'hedge' },
  { id: 'h-if-true', sentence: "If true, the leak would be the largest in the country's history.", cues: ['if true'], kind: 'hedge' },
  { id: 'h-remains-unclear', sentence: 'It remains unclear whether any data was exfiltrated.', cues: ['remains unclear', 'unclear'], kind: 'hedge' },
  { id: 'h-ostensibly', sentence: 'The app was ostensibly a free VPN client.', cues: ['ostensibly'], kind: 'hedge' },
  { id: 'h-so-called', sentence: 'The so-called hacktivists said they acted for patriotic reasons.', cues: ['so-called'], kind: 'hedge' },
  { id: 'e-assess-high-confidence', sentence: 'We assess with high confidence that the operator is linked to the group.', cues: ['assess with high confidence', 'high confidence'], kind: 'estimative' },
  { id: 'e-probably', sentence: 'The attackers probably gained access through a phishing email.', cues: ['probably'], kind: 'estimative' },
  { id: 'h-indications', sentence: 'There are indications that the same crew hit two other hospitals.', cues: ['there are indications', 'indications that'], kind: 'hedge' },
  { id: 'h-es-presuntamente', sentence: 'Los atacantes presuntamente robaron datos de tres millones de clientes.', cues: ['presuntamente'], kind: 'hedge' },
  { id: 'h-es-supuestamente', sentence: 'El grupo supuestamente está vinculado a un servicio de inteligencia.', cues: ['supuestamente'], kind: 'hedge' },
  { id: 'h-de-sollen', sentence: 'Die Angreifer sollen Zugangsdaten von Mitarbeitern gestohlen haben.', cues: ['sollen'], kind: 'hedge' },
  { id: 'h-de-mutmasslich', sentence: 'Die Gruppe hat mutmaßlich Verbindungen zu einem Geheimdienst.', cues: ['mutmaßlich'], kind: 'hedge' },
  { id: 'h-de-angeblich', sentence: 'Angeblich wurden 500 Server kompromittiert.', cues: ['angeblich'], kind: 'hedge' },
  { id: 'h-fr-auraient', sentence: 'Les pirates auraient dérobé des données sensibles.', cues: ['auraient'], kind: 'hedge' },
  { id: 'h-fr-presume', sentence: 'Le groupe, présumé lié à une agence étrangère, a revendiqué l’attaque.', cues: ['présumé'], kind: 'hedge' },
  { id: 'h-fr-non-confirmees', sentence: 'Selon des informations non confirmées, la banque a payé la rançon.', cues: ['non confirmées'], kind: 'hedge' },
  { id: 'h-rumoured', sentence: 'The group is rumoured to be preparing a new campaign.', cues: ['rumoured', 'rumoured to'], kind: 'hedge' },
  { id: 'h-could-not-be-verified', sentence: 'The figure could not be verified.', cues: ['could not be verified'], kind: 'hedge' },
  { id: 'h-seemingly', sentence: 'The attack was seemingly timed to coincide with the election.', cues: ['seemingly'], kind: 'hedge' },
  { id: 'h-presumably', sentence: 'The firm was presumably targeted because of its defence contracts.', cues: ['presumably'], kind: 'hedge' },
  { id: 'e-in-all-likelihood', sentence: 'In all likelihood the data is already for sale.', cues: ['in all likelihood'], kind: 'estimative' },
  { id: 'e-almost-certain', sentence: 'We judge it almost certain that the toolkit was reused.', cues: ['almost certain'], kind: 'estimative' },
  { id: 'h-possibly', sentence: 'The intrusion was possibly the work of an insider.', cues: ['possibly'], kind: 'hedge' },
  { id: 'h-if-genuine', sentence: 'The leak, if genuine, would expose the home addresses of police officers.', cues: ['if genuine'], kind: 'hedge' },
  { id: 'h-could-not-be-authenticated', sentence: 'The posts could not be authenticated.', cues: ['could not be authenticated', 'not be authenticated'], kind: 'hedge' },
  { id: 'h-could-not-be-independently-confirmed', sentence: 'The group claimed responsibility, though the claim could not be independently confirmed.', cues: ['could not be independently confirmed', 'independently confirmed'], kind: 'hedge' },
  { id: 'h-hallmarks', sentence: 'The attack bears the hallmarks of a state-backed operation.', cues: ['bears the hallmarks', 'hallmarks'], kind: 'hedge' },
  { id: 'h-suggests', sentence: 'The timing suggests that the attackers knew about the audit.', cues: ['suggests'], kind: 'hedge' },
  { id: 'h-yet-to-confirm', sentence: 'Officials have yet to confirm the number of victims.', cues: ['yet to confirm'], kind: 'hedge' },
  { id: 'h-it-is-unclear', sentence: 'It is unclear who is behind the campaign.', cues: ['it is unclear', 'unclear'], kind: 'hedge' },
  { id: 'h-disputed', sentence: "The vendor's account of the incident is disputed by two former employees.", cues: ['disputed'], kind: 'hedge' },
  { id: 'h-appears-genuine', sentence: 'The leak appears genuine, but its origin is unknown.', cues: ['appears'], kind: 'hedge' },
  { id: 'h-did-not-independently-verify', sentence: "The newspaper did not independently verify the hackers' claims.", cues: ['did not independently verify', 'independently verify'], kind: 'hedge' },
  { id: 'e-assessed-to-be', sentence: 'The actor is assessed to be a contractor for the military.', cues: ['assessed to be', 'assessed'], kind: 'estimative' },
  { id: 'e-low-confidence', sentence: 'Analysts have low confidence in the attribution.', cues: ['low confidence'], kind: 'estimative' },
  { id: 'h-may-well', sentence: 'The hackers may well have had help from inside the company.', cues: ['may well', 'may well have', 'may'], kind: 'hedge' },
  { id: 'e-unlikely', sentence: 'The incident is unlikely to be the last.', cues: ['unlikely'], kind: 'estimative' },
  { id: 'h-plausible', sentence: 'It is plausible that the intruders are still inside the network.', cues: ['plausible'], kind: 'hedge' },
  { id: 'h-chances-are', sentence: 'Chances are the stolen keys have already been used.', cues: ['chances are'], kind: 'hedge' },
  { id: 'h-reputedly', sentence: 'The intruders reputedly sold access to other gangs.', cues: ['reputedly'], kind: 'hedge' },
  { id: 'h-unproven', sentence: 'The claims, which remain unproven, were posted on a messaging channel.', cues: ['unproven'], kind: 'hedge' },
  { id: 'h-claim-to-have', sentence: 'The hackers claim to have stolen the source code.', cues: ['claim to have', 'claim'], kind: 'hedge' },
  { id: 'h-purporting', sentence: 'Screenshots purporting to show the admin panel circulated online.', cues: ['purporting'], kind: 'hedge' },
  { id: 'h-tentatively', sentence: 'The attack was tentatively attributed to a North Korean group.', cues: ['tentatively'], kind: 'hedge' },
  { id: 'h-suspect-that', sentence: 'Investigators suspect that the password was reused.', cues: ['suspect'], kind: 'hedge' },
  { id: 'h-it-is-alleged', sentence: 'It is alleged that the contractor ignored the alerts.', cues: ['it is alleged', 'alleged'], kind: 'hedge' },
  { id: 'h-es-al-parecer', sentence: 'Al parecer, los datos se vendieron en un foro clandestino.', cues: ['al parecer'], kind: 'hedge' },
  { id: 'h-de-vermutlich', sentence: 'Vermutlich stecken staatliche Akteure hinter dem Angriff.', cues: ['vermutlich'], kind: 'estimative' },
  { id: 'h-fr-apparemment', sentence: "Apparemment, le serveur n'était pas protégé par un mot de passe.", cues: ['apparemment'], kind: 'hedge' },
  { id: 'h-es-habrian', sentence: 'Los piratas habrían accedido a los correos de la dirección.', cues: ['habrían'], kind: 'hedge' },
];

export const HEDGE_NEGATIVES: { id: string; sentence: string }[] = [
  { id: 'hn-could-not-log-in', sentence: 'Customers could not log in for three days.' },
  { id: 'hn-may-download', sentence: 'Administrators may download the update from the vendor portal at no cost.' },
  { id: 'hn-insurance-claim', sentence: 'The firm filed an insurance claim after the attack.' },
  { id: 'hn-confirmed', sentence: 'The company confirmed that 12,000 accounts were affected.' },
  { id: 'hn-report-appeared', sentence: 'The report appeared in the journal last year.' },
  { id: 'hn-understanding', sentence: 'Understanding the threat is the first step, the security chief said.' },
  { id: 'hn-verified-hash', sentence: "The researchers verified the sample's hash against the vendor's database." },
  { id: 'hn-it-is-clear', sentence: 'It is clear that the patch fixes the flaw, the vendor said.' },
  { id: 'hn-thinking', sentence: 'The team is thinking about new defences for the payment system.' },
  { id: 'hn-arrested-suspects', sentence: 'Police arrested three suspects in Madrid on Thursday.' },
  { id: 'hn-indicators', sentence: 'The agency published indicators of compromise on Tuesday.' },
  { id: 'hn-says-restored', sentence: 'The company says it has restored all systems.' },
  { id: 'hn-de-festgenommen', sentence: 'Die Polizei hat drei Verdächtige festgenommen.' },
  { id: 'hn-fr-confirme', sentence: "Le ministère a confirmé l'attaque lundi." },
  { id: 'hn-es-confirmo', sentence: 'La empresa confirmó el ataque el lunes.' },
  { id: 'hn-patch-available', sentence: 'The patch is available for Windows and Linux.' },
  { id: 'hn-appear-in-list', sentence: 'Users who appear in the leaked list should reset their passwords.' },
  { id: 'hn-evidence-conclusive', sentence: 'Officials said the forensic evidence was conclusive.' },
  { id: 'hn-true-scale', sentence: 'The true scale of the attack was revealed in court filings.' },
  { id: 'hn-thought-leadership', sentence: 'A thought-leadership event on ransomware drew 300 people.' },
];

// ---------------------------------------------------------------- notes

export interface NoteSituation {
  id: string;
  /** What the situation is, in words. */
  what: string;
  build: () => Report;
  expect: NoteId[];
  absent: NoteId[];
}

const GT = label('global-times', 'Global Times', 'state_controlled', { country: 'CN', kind: 'outlet' });
const MSS = label('mss', 'Ministry of State Security', 'government', { country: 'CN', kind: 'government' });
const BBC = label('bbc', 'BBC', 'state_funded_independent', { country: 'GB', kind: 'outlet' });
const NCSC = label('ncsc', 'National Cyber Security Centre', 'government', { country: 'GB', kind: 'government' });
const VENDOR = label('vendorx', 'Brightwall Security', 'private', { kind: 'company', securityVendor: true });

export const NOTE_SITUATIONS: NoteSituation[] = [
  {
    id: 'n-ministry-via-state-outlet',
    what: 'A ministry statement reaches the reader through a state-controlled outlet',
    build: () => report({ attributions: [att('Global Times', 'outlet', { cue: 'reported', label: GT }), att('Ministry of State Security', 'government', { cue: 'stated', label: MSS, via: 0 })] }),
    expect: ['state-affiliated-source', 'government-source', 'secondary-reporting'],
    absent: [],
  },
  {
    id: 'n-publisher-state',
    what: 'The publisher itself is state-controlled and quotes a company',
    build: () => report({ publisher: GT, attributions: [att('Brightwall Security', 'company', { label: VENDOR })] }),
    expect: ['state-affiliated-source'],
    absent: [],
  },
  {
    id: 'n-public-broadcaster-not-state',
    what: 'An editorially independent public broadcaster is not state-controlled',
    build: () => report({ attributions: [att('BBC', 'outlet', { cue: 'reported', label: BBC })] }),
    expect: ['secondary-reporting'],
    absent: ['state-affiliated-source'],
  },
  {
    id: 'n-anonymous-only',
    what: 'Only people who asked not to be named',
    build: () => report({ attributions: [att('people familiar with the matter', 'anonymous'), att('a senior official who declined to be named', 'anonymous')] }),
    expect: ['anonymous-source'],
    absent: ['state-affiliated-source'],
  },
  {
    id: 'n-vague-experts',
    what: 'Weasel attribution: experts say',
    build: () => report({ attributions: [att('experts', 'unspecified', { cue: 'say' })] }),
    expect: ['vague-source'],
    absent: ['anonymous-source'],
  },
  {
    id: 'n-hedges',
    what: 'Several hedges in the story',
    build: () => report({
      attributions: [att('Brightwall Security', 'company')],
      hedges: [
        { cue: 'allegedly', sentence: 'The group allegedly stole data.', kind: 'hedge' },
        { cue: 'reportedly', sentence: 'The gang reportedly demanded a ransom.', kind: 'hedge' },
      ],
    }),
    expect: ['hedged-claims'],
    absent: [],
  },
  {
    id: 'n-liability-disclaimer',
    what: 'The publisher disclaims liability for accuracy',
    build: () => report({ disclaimers: [{ kind: 'liability', text: 'We accept no liability for the accuracy of this article.' }] }),
    expect: ['publisher-disclaimer'],
    absent: [],
  },
  {
    id: 'n-sponsored-disclaimer',
    what: 'The piece is marked as sponsored',
    build: () => report({ disclaimers: [{ kind: 'sponsored', text: 'This article is sponsored by Brightwall Security.' }] }),
    expect: ['publisher-disclaimer'],
    absent: [],
  },
  {
    id: 'n-ai-disclaimer',
    what: 'The piece says AI wrote it',
    build: () => report({ disclaimers: [{ kind: 'ai_generated', text: 'This article was written with the help of AI.' }] }),
    expect: ['publisher-disclaimer'],
    absent: [],
  },
  {
    id: 'n-opinion-disclaimer',
    what: 'An opinion column with a views disclaimer',
    build: () => report({ disclaimers: [{ kind: 'opinion', text: 'The views expressed are those of the author.' }] }),
    expect: ['publisher-disclaimer'],
    absent: [],
  },
  {
    id: 'n-correction-only',
    what: 'A correction note alone is not the publisher disclaiming the piece',
    build: () => report({ attributions: [att('Brightwall Security', 'company'), att('Jane Roe', 'researcher')], evidence: { cves: ['CVE-2026-1234'], indicators: 0, primaryLinks: ['https://vendor.example/advisory'] }, disclaimers: [{ kind: 'correction', text: 'Correction: an earlier version misstated the date.' }] }),
    expect: [],
    absent: ['publisher-disclaimer'],
  },
  {
    id: 'n-syndicated-only',
    what: 'A republication credit alone is not a disclaimer of accuracy',
    build: () => report({ attributions: [att('Brightwall Security', 'company'), att('Jane Roe', 'researcher')], evidence: { cves: ['CVE-2026-1234'], indicators: 0, primaryLinks: ['https://vendor.example/advisory'] }, disclaimers: [{ kind: 'syndicated', text: 'This article first appeared on Packet Review.' }] }),
    expect: [],
    absent: ['publisher-disclaimer'],
  },
  {
    id: 'n-vendor-owned-publisher',
    what: 'The publisher is owned by a security vendor',
    build: () => report({ publisher: label('vendor-news', 'Vendor News', 'private', { ownerIsSecurityVendor: true, owner: 'Brightwall Security' }), attributions: [att('Brightwall Security', 'company', { label: VENDOR })] }),
    expect: ['vendor-publisher'],
    absent: [],
  },
  {
    id: 'n-vendor-site-from-page',
    what: 'The site is recognised from the page as a vendor blog',
    build: () => report({ article: { title: 'A new loader', siteName: 'Brightwall', byline: null, published: null, wordCount: 600, vendor: 'Brightwall Security' }, attributions: [att('Brightwall researchers', 'company')] }),
    expect: ['vendor-publisher'],
    absent: [],
  },
  {
    id: 'n-no-technical-evidence',
    what: 'A security claim with no CVE, indicator or technical detail',
    build: () => report({ attributions: [att('Ministry of State Security', 'government', { label: MSS, cue: 'stated' })], evidence: { cves: [], indicators: 0, primaryLinks: [], technical: [] } }),
    expect: ['no-technical-evidence'],
    absent: [],
  },
  {
    id: 'n-technical-evidence-present',
    what: 'CVEs and indicators are given',
    build: () => report({ attributions: [att('Brightwall Security', 'company', { label: VENDOR })], evidence: { cves: ['CVE-2026-0001', 'CVE-2026-0002'], indicators: 6, primaryLinks: ['https://brightwall.example/research'], technical: ['loader.dll'] } }),
    expect: [],
    absent: ['no-technical-evidence'],
  },
  {
    id: 'n-not-security-news',
    what: 'A page that is not security news gets no security-evidence note',
    build: () => report({ isSecurityNews: false, attributions: [att('the club', 'company')] }),
    expect: [],
    absent: ['no-technical-evidence', 'state-affiliated-source'],
  },
  {
    id: 'n-government-source-unlinked',
    what: 'A government agency is the source and its statement is not linked',
    build: () => report({ attributions: [att('National Cyber Security Centre', 'government', { label: NCSC, cue: 'said' })], evidence: { cves: [], indicators: 0, primaryLinks: [] } }),
    expect: ['government-source', 'no-primary-link'],
    absent: [],
  },
  {
    id: 'n-well-sourced',
    what: 'Several independent sources, a primary link and technical evidence',
    build: () => report({
      attributions: [att('Brightwall Security', 'company', { label: VENDOR }), att('Jane Roe', 'researcher'), att('Kestrel Networks', 'company')],
      evidence: { cves: ['CVE-2026-4242'], indicators: 3, primaryLinks: ['https://brightwall.example/report'], technical: ['port 8443'] },
    }),
    expect: [],
    absent: ['single-source', 'no-technical-evidence', 'anonymous-source', 'vague-source', 'state-affiliated-source'],
  },
  {
    id: 'n-single-source',
    what: 'Everything rests on one named company',
    build: () => report({ attributions: [att('Brightwall Security', 'company', { label: VENDOR }), att('Brightwall Security', 'company', { label: VENDOR, cue: 'added' })] }),
    expect: ['single-source'],
    absent: [],
  },
  {
    id: 'n-interested-government',
    what: 'A government accuses a rival state of a cyber operation',
    build: () => report({
      attributions: [att('Ministry of State Security', 'government', { label: MSS, cue: 'accused', sentence: 'The Ministry of State Security accused US intelligence of hacking the centre.' })],
      cyberAttributions: [{ actor: 'US intelligence', accuser: 'Ministry of State Security', basis: 'official', sentence: 'The Ministry of State Security accused US intelligence of hacking the centre.' }],
    }),
    expect: ['interested-party'],
    absent: [],
  },
];
