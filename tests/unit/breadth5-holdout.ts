/**
 * A second, smaller bank written after the breadth-5 rules were made (in our own words, with wordings
 * unlike the first bank's), to measure how the rules carry to phrasings they were not shaped on.
 * Data only; breadth5-bank.test.ts records what it found on first contact.
 */
import type { DisclaimerCase, HedgeCase, NegativeCase } from './breadth5-bank';

export const HOLDOUT_DISCLAIMERS: DisclaimerCase[] = [
  { id: 'ho-liab-substitute', kind: ['liability'], place: 'last-p', text: 'The content of this article is not intended to be a substitute for professional security consultation.', contains: 'not intended to be a substitute' },
  { id: 'ho-liab-accountable', kind: ['liability'], place: 'small', text: 'Ledgerline cannot be held accountable for decisions made on the basis of this report.', contains: 'cannot be held accountable' },
  { id: 'ho-liab-time-of-writing', kind: ['liability'], place: 'italic', text: 'Information in this post is believed to be accurate at the time of writing but may change.', contains: 'accurate at the time of writing' },
  { id: 'ho-liab-errors-may-occur', kind: ['liability'], place: 'italic', text: 'We make every effort to ensure accuracy, but errors may occur.', contains: 'errors may occur' },
  { id: 'ho-liab-external-links', kind: ['liability'], place: 'small', text: 'The publisher is not responsible for the content of external links.', contains: 'not responsible for the content of external links' },
  { id: 'ho-spon-paid-partnership', kind: ['sponsored'], place: 'italic-top', text: 'This feature was funded by Northcap Insurance as part of a paid partnership.', contains: 'paid partnership' },
  { id: 'ho-spon-sponsored-by', kind: ['sponsored'], place: 'label-top', text: 'Sponsored by Quorra Identity', contains: 'Sponsored by Quorra Identity' },
  { id: 'ho-spon-paid-announcement', kind: ['sponsored'], place: 'first-p', text: 'The following is a paid announcement from Arcwell Systems.', contains: 'paid announcement' },
  { id: 'ho-spon-marketing-team', kind: ['sponsored'], place: 'italic-top', text: 'Written by the Brightwall marketing team for Ledgerline Studio.', contains: 'marketing team' },
  { id: 'ho-spon-paid-content', kind: ['sponsored'], place: 'label-top', text: 'Paid content', contains: 'Paid content' },
  { id: 'ho-ai-ml-tool', kind: ['ai_generated'], place: 'italic', text: 'Parts of this report were summarised by a machine-learning tool and checked by a human editor.', contains: 'machine-learning tool' },
  { id: 'ho-ai-assistance-from', kind: ['ai_generated'], place: 'small', text: 'This article was produced with assistance from generative artificial intelligence.', contains: 'assistance from generative artificial intelligence' },
  { id: 'ho-ai-label-transcribe', kind: ['ai_generated'], place: 'label', text: 'AI disclosure: we used a language model to transcribe the interview.', contains: 'language model to transcribe' },
  { id: 'ho-ai-automatic-story', kind: ['ai_generated'], place: 'italic-top', text: 'Automatically generated story. Verify details with the original sources.', contains: 'Automatically generated story' },
  { id: 'ho-syn-content-partner', kind: ['syndicated'], place: 'italic', text: 'This piece is shared from our content partner, Signal Ridge.', contains: 'shared from our content partner' },
  { id: 'ho-syn-story-via', kind: ['syndicated'], place: 'small', text: 'Story via Packet Review.', contains: 'Story via Packet Review' },
  { id: 'ho-syn-licence', kind: ['syndicated'], place: 'small', text: 'Published under licence from Firewall Weekly.', contains: 'under licence from' },
  { id: 'ho-syn-first-ran', kind: ['syndicated'], place: 'last-p', text: 'This report first ran on the Coastline Security Blog.', contains: 'first ran on' },
  { id: 'ho-op-not-those-of', kind: ['opinion'], place: 'italic', text: "The author's views are not necessarily those of Ledgerline.", contains: 'not necessarily those of' },
  { id: 'ho-op-contributors-own', kind: ['opinion'], place: 'small', text: "Contributors' opinions are their own.", contains: 'opinions are their own' },
  { id: 'ho-op-personal-views', kind: ['opinion'], place: 'italic', text: 'This column represents the personal views of the writer.', contains: 'personal views of the writer' },
  { id: 'ho-op-not-attributed', kind: ['opinion'], place: 'hr-end', text: "These views are the author's alone and should not be attributed to Ledgerline.", contains: 'should not be attributed to Ledgerline' },
  { id: 'ho-cor-appended', kind: ['correction'], place: 'label', text: 'Correction appended: the ransom demand was $2 million, not $20 million.', contains: 'ransom demand was $2 million' },
  { id: 'ho-cor-edited-after', kind: ['correction'], place: 'italic', text: 'This article was edited after publication to correct the name of the researcher.', contains: 'edited after publication' },
  { id: 'ho-cor-earlier-versions', kind: ['correction'], place: 'italic', text: 'Earlier versions of this story misidentified the hospital.', contains: 'misidentified the hospital' },
  { id: 'ho-cor-updated-at', kind: ['correction'], place: 'italic-top', text: 'Updated at 10:15 BST to add comment from the ministry.', contains: 'to add comment from the ministry' },
  { id: 'ho-oth-advertising-rel', kind: ['other'], place: 'label', text: 'Disclosure: Ledgerline has an advertising relationship with Norvik Cloud.', contains: 'advertising relationship' },
  { id: 'ho-oth-paid-adviser', kind: ['other'], place: 'italic', text: 'The author is a paid adviser to two firms in the security sector.', contains: 'paid adviser' },
  { id: 'ho-oth-investor-parent', kind: ['other'], place: 'small', text: "Brightwall is an investor in Ledgerline's parent company.", contains: "investor in Ledgerline's parent company" },
  { id: 'ho-oth-reporter-shares', kind: ['other'], place: 'italic', text: 'Our reporter owns shares in a competitor of the company named above.', contains: 'owns shares' },
];

export const HOLDOUT_NEGATIVES: NegativeCase[] = [
  { id: 'hon-company-correction', place: 'story', text: 'The company issued a correction to its earlier statement about the number of affected users.' },
  { id: 'hon-bill-sponsor', place: 'story', text: 'The sponsor of the bill said the views of industry had been heard.' },
  { id: 'hon-outlets-republished', place: 'story', text: 'Several outlets republished the leaked memo in full.' },
  { id: 'hon-insurer-liable', place: 'story', text: 'The insurer said it would not be liable for the ransom payment.' },
  { id: 'hon-last-updated', place: 'meta', text: 'Last updated: 12 May 2026, 14:02' },
  { id: 'hon-content-copyright', place: 'footer', text: 'All content © Ledgerline Media 2026. Reuse requires permission.' },
  { id: 'hon-attackers-ai', place: 'story', text: 'An AI model was used by the attackers to write the phishing emails.' },
  { id: 'hon-researcher-worked', place: 'story', text: 'The researcher, who previously worked for the agency, said the flaw was serious.' },
  { id: 'hon-opinions-differ', place: 'story', text: 'Opinions differ on whether the attack was state-sponsored.' },
  { id: 'hon-firm-updated', place: 'story', text: 'The firm has updated its software to fix the bug.' },
];

export const HOLDOUT_HEDGES: HedgeCase[] = [
  { id: 'ho-h-independently-checked', sentence: 'The figures could not be independently checked.', cues: ['could not be independently checked', 'not be independently checked', 'independently checked'], kind: 'hedge' },
  { id: 'ho-h-feared-to', sentence: 'The breach is feared to have exposed millions of records.', cues: ['feared to', 'feared'], kind: 'hedge' },
  { id: 'ho-h-alleged-by', sentence: 'The intruders are alleged by prosecutors to have stolen designs.', cues: ['alleged'], kind: 'hedge' },
  { id: 'ho-h-not-known', sentence: 'It is not known who sent the emails.', cues: ['it is not known', 'not known'], kind: 'hedge' },
  { id: 'ho-h-not-established', sentence: 'The leaked files, whose authenticity has not been established, list 300 names.', cues: ['not been established'], kind: 'hedge' },
  { id: 'ho-h-impossible-verify', sentence: 'The claim is impossible to verify.', cues: ['impossible to verify'], kind: 'hedge' },
  { id: 'ho-h-rumored-to', sentence: 'The company is rumored to be in talks with the hackers.', cues: ['rumored to', 'rumored'], kind: 'hedge' },
  { id: 'ho-h-could-be-linked', sentence: "The intrusion could be linked to last year's attack.", cues: ['could be linked', 'could be'], kind: 'hedge' },
  { id: 'ho-h-sources-suggest', sentence: 'Sources suggest the breach began in March.', cues: ['suggest'], kind: 'hedge' },
  { id: 'ho-e-estimate-low', sentence: 'We estimate with low confidence that the actor is based abroad.', cues: ['low confidence', 'estimate'], kind: 'estimative' },
  { id: 'ho-h-no-independent-confirmation', sentence: "There is no independent confirmation of the hackers' account.", cues: ['no independent confirmation'], kind: 'hedge' },
  { id: 'ho-h-not-corroborated', sentence: "The ministry's version of events could not be corroborated.", cues: ['could not be corroborated', 'not be corroborated'], kind: 'hedge' },
  { id: 'ho-h-if-authentic', sentence: 'The document, if authentic, shows the scale of the breach.', cues: ['if authentic'], kind: 'hedge' },
  { id: 'ho-h-de-nicht-ueberpruefen', sentence: 'Die Angaben ließen sich nicht überprüfen.', cues: ['ließen sich nicht überprüfen', 'nicht überprüfen'], kind: 'hedge' },
  { id: 'ho-h-es-serian', sentence: 'Según las autoridades, los atacantes serían de origen extranjero.', cues: ['serían'], kind: 'hedge' },
  { id: 'ho-h-fr-viendrait', sentence: "Selon certaines sources, l'attaque viendrait de l'étranger.", cues: ['viendrait'], kind: 'hedge' },
];

export const HOLDOUT_HEDGE_NEGATIVES: { id: string; sentence: string }[] = [
  { id: 'hon-h-could-not-restore', sentence: 'The company said it could not restore the backups.' },
  { id: 'hon-h-declined', sentence: "The suspect's lawyer declined to comment." },
  { id: 'hon-h-confirmed-by', sentence: 'The news was confirmed by the ministry on Monday.' },
  { id: 'hon-h-established', sentence: 'The team established a new monitoring centre.' },
  { id: 'hon-h-users-reported', sentence: 'Users reported problems logging in.' },
  { id: 'hon-h-estimates', sentence: "The firm's estimates of the cost rose to $5 million." },
];
