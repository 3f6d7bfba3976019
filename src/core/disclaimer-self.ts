/**
 * Disclaimers by structure rather than by phrase: a sentence whose subject is the text itself ("This
 * article…", "Earlier versions of this story…", "The author…", "Published under licence…", "We make every
 * effort…") and whose words belong to one disclaimer kind's vocabulary. The phrase rules in disclaimers.ts
 * know the wordings we have seen; this is the fallback for the ones we have not (a bank written after the
 * rules found only 12 of 30). A story sentence rarely has the text as its subject, and never while it
 * reports someone ("…, the company said"), which is checked.
 */
import type { DisclaimerKind } from './report';

/** The text itself as the subject, at the start of a sentence. */
const SELF_SUBJECT =
  /^the\s+following\s+(?:is|was)\b|^(?:(?:the\s+)?(?:parts?|portions?|sections?|some|all|much|most|elements|content|contents|information|material)\s+(?:of|in|on)\s+)?(?:(?:an?\s+)?(?:earlier|previous|original|prior)\s+(?:versions?|drafts?|editions?)\s+of\s+)?(?:this|the\s+following|the\s+above|the\s+present)\s+(?:article|story|report|piece|post|column|feature|content|page|item|interview|episode|newsletter|analysis|text|summary|translation|transcript|blog\s+post|op-ed|essay|explainer|review|video|podcast|briefing|update)s?\b/i;
/** The writer, the contributors or their views as the subject. */
const AUTHOR_SUBJECT =
  /^(?:the|this|our|its)\s+(?:author|writer|columnist|reporter|correspondent|contributor|editor|journalist|newsroom|publisher)s?(?:['’]s?)?\b|^(?:the\s+)?(?:author|writer|contributor|columnist)s?['’]s?\s+(?:views|opinions)\b|^(?:the\s+)?(?:views|opinions)\s+(?:and\s+opinions\s+)?(?:expressed|stated|contained|in\s+this)\b|^(?:contributors|guest\s+authors)['’]?\s+(?:views|opinions)\b/i;
/** An elliptic subject: "Published under licence from …", "Written by …", "Automatically generated story." */
const PARTICIPLE_START =
  /^(?:(?:automatically|partly|partially|fully|originally|first)\s+)?(?:published|republished|reprinted|reproduced|shared|adapted|excerpted|syndicated|written|produced|generated|created|prepared|compiled|translated|summari[sz]ed|sponsored|paid\s+for|funded|presented|brought\s+to\s+you|supported|updated|corrected|edited|amended)\b|^(?:story|article|report|post|content)\s+(?:via|from|courtesy)\b|^(?:paid|sponsored|partner|promoted|branded)\s+(?:content|post|feature|announcement|article)\b/i;
/** "We make every effort …": the publication speaking of itself, at the start of a block. */
const WE_START = /^(?:we|our\s+(?:newsroom|editors|staff|team))\s/i;
/** "AI disclosure:", "Correction appended:", "Transparency note:": a label naming the note. */
const NOTE_LABEL = /^(?:ai|a\.i\.|automation|correction|clarification|disclosure|transparency|editor['’]?s|editorial|update|sponsor(?:ed|ship)?|paid|partner|funding|conflict\s+of\s+interest)(?:\s+[a-z]+){0,2}\s*:/i;

/** Each kind's vocabulary, in the order kinds are tried (the narrower first: "paid adviser" is an interest, not a sponsor). */
const KIND_WORDS: { kind: DisclaimerKind; re: RegExp }[] = [
  { kind: 'ai_generated', re: /\b(?:AI|A\.I\.|[Aa]rtificial\s+intelligence|[Mm]achine[- ]learning|[Ll]anguage\s+models?|LLMs?|[Cc]hatbots?|ChatGPT|[Gg]enerative|[Aa]utomat(?:ed|ically)\s+(?:generated|written|produced|created|translated|summari[sz]ed|drafted|transcribed)|[Aa]lgorithm(?:s|ic|ically)?|[Mm]achine[- ]generated|[Cc]omputer[- ]generated)\b/ },
  { kind: 'correction', re: /\b(?:correct(?:ed|ion|ions|s)?|misidentif\w*|misstat\w*|misspell\w*|misattribut\w*|misquot\w*|misnam\w*|misreport\w*|incorrect(?:ly)?|erroneous(?:ly)?|inaccurate(?:ly)?|wrongly|mistaken(?:ly)?|in\s+error|edited\s+after\s+publication|amended|clarif\w*|retract\w*|errat(?:um|a))\b/i },
  { kind: 'syndicated', re: /\b(?:(?:first|originally)\s+(?:ran|run|appeared|published|posted|aired)\s*(?:in|on|by|at|with)(?!\s*(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))|republish\w*|reprint\w*|syndicat\w*|(?:shared|reproduced|adapted|excerpted|taken)\s+(?:from|with)|under\s+licen[cs]e|with\s+(?:the\s+)?(?:kind\s+)?permission|content\s+partner|(?:story|article|report|piece|post)\s+via|courtesy\s+of)\b/i },
  { kind: 'other', re: /\b(?:(?:owns?|holds?)\s+(?:shares|stock|a\s+stake)|shareholders?|investors?\s+in|invest(?:s|ed)\s+in|advis[eo]rs?\s+to|consult(?:s|ant|ed)\s+(?:for|to)|financial\s+(?:interests?|stakes?|ties|relationships?)|(?:advertising|business|commercial)\s+relationships?|(?:is|are)\s+(?:an?\s+)?advertisers?\s+(?:on|with|in)|(?:a|no)\s+stake\s+in|conflicts?\s+of\s+interest|employed\s+by|(?:content[- ]sharing|data[- ]sharing)\s+agreement)\b/i },
  { kind: 'sponsored', re: /\b(?:sponsor(?:ed|s|ship)?|paid|funded|underwritten|commissioned|advertis(?:ing|ement|er|ers|ed)|advertorial|promotion(?:al)?|marketing|partnership|branded\s+content|presented\s+by|brought\s+to\s+you)\b/i },
  { kind: 'opinion', re: /\b(?:personal\s+(?:views?|opinions?)|(?:their|his|her|my|our|the\s+(?:author|writer|columnist|contributor)['’]?s?)\s+(?:own|alone)\b|(?:views?|opinions?)\s+(?:are|is)\s+personal|not\s+those\s+of|not\s+necessarily\s+(?:reflect|represent|those|shared|endorsed)|should\s+not\s+be\s+attributed|do\s+not\s+(?:reflect|represent)\s+(?:those|the\s+views))\b/i },
  { kind: 'liability', re: /\b(?:liab(?:le|ility)|accountable|responsib(?:le|ility)|accura(?:te|cy)|errors?\s+(?:may|can|might)|substitute|(?:professional|legal|financial|investment|security)\s+(?:advice|consultation)|informational\s+purposes|(?:guarantee|warrant)(?:s|ies|y)?|as\s+is|at\s+the\s+time\s+of\s+(?:writing|publication)|own\s+risk|construed)\b/i },
];

/** A sentence that reports someone's words ("…, the company said") is the story, not a note on it. */
const REPORTING = /\b(?:said|says|told|according\s+to|claimed|claims|stated|reported|alleged|announced|warned|wrote)\b|[“"]/i;

/** End punctuation, a space and a capital or an opening bracket: where `sentencesOf` cuts (the capital at `index + 2`). */
const CUT = /[.!?] [A-Z([]/g;

/**
 * The sentences of a block: cut at end punctuation followed by a space and a capital (enough for short notes).
 * Cuts are found by one native regex search rather than a loop over every character (matches of CUT cannot
 * overlap: each starts at punctuation and holds no other).
 */
export function sentencesOf(block: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  CUT.lastIndex = 0;
  for (let m = CUT.exec(block); m && out.length < 12; m = CUT.exec(block)) {
    out.push({ text: block.slice(start, m.index + 1), start });
    start = m.index + 2;
  }
  if (out.length < 12) out.push({ text: block.slice(start), start });
  return out;
}

/** The first sentence of `block` that is a note on the text itself, with its kind; null when there is none. */
export function selfDisclaimer(block: string): { kind: DisclaimerKind; index: number } | null {
  if (block.length > 2_000) return null;
  const sents = sentencesOf(block);
  for (let k = 0; k < sents.length; k++) {
    const { text, start } = sents[k]!;
    const t = text.replace(/^[\s([*_–—-]+/, '');
    if (t.length < 12 || t.length > 400) continue;
    const labelled = NOTE_LABEL.test(t);
    const subject = labelled || SELF_SUBJECT.test(t) || AUTHOR_SUBJECT.test(t) || PARTICIPLE_START.test(t) || (k === 0 && WE_START.test(t));
    if (!subject) continue;
    if (!labelled && REPORTING.test(t)) continue;
    for (const { kind, re } of KIND_WORDS) if (re.test(t)) return { kind, index: start };
  }
  return null;
}

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const SELF_DISCLAIMER_PATTERNS: RegExp[] = /* @__PURE__ */ (() => [CUT, SELF_SUBJECT, AUTHOR_SUBJECT, PARTICIPLE_START, WE_START, NOTE_LABEL, REPORTING, ...KIND_WORDS.map((k) => k.re)])();
