import { selfDisclaimer, sentencesOf, SELF_DISCLAIMER_PATTERNS } from './disclaimer-self';
import { classAttr, closestTag, isChromeElement, tagOf, type ArticleBody } from './body';
import type { Disclaimer, DisclaimerKind } from './report';
import type { Sentence } from './sentences';
import { alreadyClean, cleanText, clip } from './text';
import { nextAfterSubtree } from './dom-bounded';
import { SHORTCUTS, type Need } from './gate';
import { lazyRuleScan } from './word-scan';
import { intlCues } from './intl-cues';

/**
 * The article's own disclaimers, by kind: liability/accuracy, sponsored or
 * partner content, AI-generated or AI-assisted, syndicated/republished
 * (including an aggregator's trailing "Source link"), opinion, corrections and
 * update notes. A site-wide copyright line or cookie notice is not one.
 *
 * Disclaimers often sit in markup that body extraction leaves out (a bare
 * <div> under the post, a trailing "Source link" anchor), so besides the body
 * blocks this also reads short text elements inside `body.container` (and its
 * enclosing <article>) and the few siblings right after it, skipping page
 * chrome. All patterns are flat alternations (linear time).
 */

/** Longest disclaimer text kept in a report. */
const MAX_TEXT = 400;
/** Elements longer than this are article text, not a disclaimer box. */
const MAX_BOX = 1_200;
/** Caps on the extra DOM walk. */
const MAX_ELEMENTS = 4_000;
const MAX_TAIL_SIBLINGS = 4;

/** Words of two or more letters: how much sentence a box or note holds (a label has few). */
const WORD_RE = /\p{L}{2,}/gu;
const wordCount = (s: string): number => s.match(WORD_RE)?.length ?? 0;

interface KindRule {
  kind: DisclaimerKind;
  /** Matches anywhere in a block. */
  any?: RegExp;
  /** Matches only a short standalone block (a label such as "Sponsored"). */
  label?: RegExp;
  /** Extra condition on the whole block (and the offset of the match, -1 for a label). */
  when?: (block: string, index: number) => boolean;
  /**
   * A cheap condition on the whole block alone (an anchored head), tested before `any` runs: for a rule
   * without `label`, the same as a `when` that ignores the match's offset, without running `any` on the many
   * blocks where it fails.
   */
  pre?: (block: string) => boolean;
  /** Spoken by the publisher, not reported: drop a match whose sentence reports someone ("…, police said"). */
  ownVoice?: boolean;
  /**
   * Words every match of `any` holds, lower case, no whitespace (gate.ts): `any` runs only on a block that
   * has one word of each list. Adding a phrasing to `any`? Its words must be here, or the gate hides it:
   * tests/unit/text-shortcuts.test.ts runs every bank case with and without the gates and fails on any difference.
   */
  need: Need;
}

/**
 * Words of artificial intelligence, "AI" as a word of its own ("ai" is in "said"): every match of the AI rules
 * holds one, so their gates also need one (an added list only narrows a gate, never widens it).
 */
const AI_WORDS = ['\\bai', 'a.i.', 'artificial', 'chatgpt', 'gemini', 'claude', 'copilot', 'language', 'llm', 'generative', 'machine', 'automated', 'automatically', 'computer', 'algorithm'];

const SELF_REF = /\b(?:this|the\s+following|the\s+above)\s+(?:article|story|post|piece|content|summary|text|report|translation|blog\s+post|newsletter|page|column|item|essay|commentary|roundup)\b|\b(?:editor'?s|editorial)\s+note\b|\bdisclosure\s*:|\bnote\s*:/i;

/** A short box that opens with an AI disclosure ("AI-assisted", "Generated with the help of AI"). */
const AI_LABEL = /^\s{0,5}[[(]?\s{0,5}(?:AI[- ](?:assisted|generated|written)|(?:generated|written|created|produced|drafted|summari[sz]ed)\s+(?:in\s+part\s+)?(?:with|by|using))\b/i;

const RULES: KindRule[] = [
  {
    kind: 'liability',
    need: [['purposes', 'awareness', 'liab', 'responsib', 'guarant', 'warrant', 'vouch', 'representation', 'claim', 'provided', 'risk', 'advice'], ['purposes', 'awareness', 'liab', 'responsib', 'guarant', 'warrant', 'vouch', 'representation', 'provided', 'risk', 'advice', 'accura', 'complet', 'reliab', 'correct', 'validity']],
    ownVoice: true,
    any: /\b(?:for\s+(?:general\s+)?(?:reference|informational|information|educational|general\s+awareness)\s+purposes\s+only|for\s+general\s+awareness\s+only|assumes?\s+no\s+(?:liability|responsibility)|accepts?\s+no\s+(?:liability|responsibility)|(?:not|no\s+longer)\s+(?:be\s+)?(?:held\s+)?(?:responsible|liable)\s+for\s+(?:the\s+)?(?:accuracy|completeness|content|reliability|correctness)|(?:does|do)\s+not\s+(?:guarantee|warrant|vouch\s+for)\s+(?:the\s+)?(?:accuracy|completeness|reliability|correctness|timeliness|validity)|we\s+(?:do\s+not|don't|cannot|can't)\s+(?:guarantee|warrant)|makes?\s+no\s+(?:guarantee|guarantees|warranty|warranties|representations?)|without\s+(?:any\s+)?warranty|provided\s+["“]?as\s+is|bears?\s+(?:full|sole)\s+responsibility\s+for\s+(?:their|his|her|your)\s+reliance|at\s+your\s+own\s+risk|(?:does|do)\s+not\s+constitute\s+(?:legal|financial|investment|professional)\s+advice|not\s+(?:intended\s+as|to\s+be\s+construed\s+as)\s+(?:legal|financial|investment|professional)\s+advice)\b/i,
  },
  {
    kind: 'sponsored',
    need: [['sponsored', 'paid', 'produced', 'created', 'brought', 'written', 'partner']],
    label: /^(?:sponsored(?:\s+(?:content|post|article|story|by\b.{0,60}))?|partner\s+content(?:\b.{0,60})?|paid\s+(?:post|content|partnership)(?:\b.{0,60})?|promoted(?:\s+content)?|advertorial|branded\s+content|brand\s+studio|commercial\s+content|sponsored\s+feature|advertis(?:ement|ing)\s+feature|paid\s+promotion|supported\s+by\b.{0,80}|presented\s+by\b.{0,60}|in\s+partnership\s+with\b.{0,60})(?:\s{0,3}[|:—–·]\s{0,3}[^|]{0,80})?\.?$/i,
    any: /\b(?:this\s+(?:article|story|post|content|piece)\s+(?:is|was)\s+(?:sponsored|paid\s+for|produced\s+(?:in\s+partnership\s+with|on\s+behalf\s+of|for)|created\s+(?:in\s+partnership\s+with|for)|brought\s+to\s+you\s+by|written\s+(?:in\s+partnership\s+with|on\s+behalf\s+of))|(?:this\s+)?(?:article|story|post|content)\s+(?:is\s+)?brought\s+to\s+you\s+by|sponsored\s+(?:content|post)\s+(?:from|by)|this\s+is\s+(?:a\s+)?(?:sponsored|paid|partner)\s+(?:post|article|content|story))\b/i,
  },
  {
    kind: 'ai_generated',
    need: [
      ['generated', 'written', 'created', 'produced', 'drafted', 'prepared', 'composed', 'translated', 'summari', 'assisted', 'tool', 'model', 'system', 'assistant'],
      ['ai', 'a.i.', 'artificial', 'chatgpt', 'language', 'llm'],
      AI_WORDS,
    ],
    any: /\b(?:(?:generated|written|created|produced|drafted|prepared|composed|translated|summari[sz]ed|assisted)\s+(?:(?:in\s+part|partly|partially|wholly|entirely|automatically)\s+)?(?:with\s+(?:the\s+)?(?:help|assistance|aid|support|use)\s+of|using|by|with)\s+(?:an?\s+)?(?:AI|A\.I\.|artificial\s+intelligence|generative\s+AI|ChatGPT|large\s+language\s+models?|LLMs?)|AI[- ](?:assisted|generated|written|produced)|(?:with|by)\s+(?:an?\s+)?AI\s+(?:tool|model|system|assistant)s?)\b/i,
    when: (b) => SELF_REF.test(b) || NEWSROOM_REF.test(b) || (b.length < 240 && AI_LABEL.test(b)),
    ownVoice: true,
  },
  {
    kind: 'syndicated',
    need: [['originally', 'first', 'republished', 'reprinted', 'syndicated', 'wire']],
    label: /^(?:source\s{1,3}link|source\s{0,3}:\s{0,3}link|original\s+(?:article|post|story)(?:\s*:.{0,120})?|read\s+(?:the\s+)?(?:original|full)\s+(?:article|story|post)(?:\s+(?:at|on|here)\b.{0,80})?|courtesy\s+of\s+[^\s.]+(?:\s+[^\s.]+){0,4}|(?:via|source|courtesy(?:\s+of)?)\s{0,3}:?\s{0,3}(?:Reuters|AP|The\s+Associated\s+Press|Associated\s+Press|AFP|Agence\s+France-Presse|Bloomberg|dpa|Xinhua|TASS|Yonhap|Kyodo|ANI|PTI|IANS|UNI|The\s+Conversation))\.?$/i,
    any: /\b(?:(?:this|the)\s+(?:article|story|post|piece|column|report)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|appeared|published|ran|posted|was\s+published|was\s+posted)\s+(?:in|on|at|by)|originally\s+(?:published|posted|appeared)\s+(?:in|on|at|by)|(?:is\s+)?republished\s+(?:from|with\s+(?:the\s+)?permission|under|here)|reprinted\s+(?:from|with\s+(?:the\s+)?permission)|(?:content|article|story)\s+syndicated\s+(?:from|by)|published\s+from\s+a\s+wire\s+(?:agency\s+)?feed|auto-generated\s+from\s+a\s+syndicated\s+feed)\b/i,
    // "The exploit was originally published on GitHub" is prose about something else: only a note about this
    // article, or one that opens its own sentence ("Originally published by …").
    when: (b, i) => i < 0 || SELF_REF.test(b) || sentenceInitial(b, i),
    ownVoice: true,
  },
  {
    kind: 'opinion',
    need: [['views', 'opinion', 'necessarily', 'op-ed']],
    label: /^(?:(?:analysis|news|comment)\s+(?:and|&)\s+)?(?:opinion|op-ed|op\s+ed|commentary|viewpoint|perspective|point\s+of\s+view|guest\s+(?:opinion|column|essay|post|commentary))\s*(?:[:|—–-].{0,200})?$/i,
    any: /\b(?:(?:views|opinions)\s+(?:expressed\s+)?(?:(?:here|herein|in\s+this\s+(?:article|piece|post|column|commentary))\s+)?(?:are|is)\s+(?:solely\s+|entirely\s+)?(?:those\s+of\s+the\s+(?:author|writer|contributor)s?|(?:the\s+)?(?:author|writer|contributor)'?s'?\s+own|(?:their|his|her)\s+own)|(?:does|do)\s+not\s+necessarily\s+(?:reflect|represent)|this\s+(?:is\s+an?|article\s+is\s+an?)\s+(?:op-ed|opinion\s+(?:piece|column|article))|^opinion\s*:)/i,
  },
  {
    kind: 'correction',
    need: [['updated', 'corrected', 'amended', 'revised', 'earlier'], ['article', 'story', 'post', 'piece', 'report']],
    any: /\b(?:this\s+(?:article|story|post|piece|report)\s+(?:has\s+been|was|is)\s+(?:updated|corrected|amended|revised)|an\s+earlier\s+version\s+of\s+this\s+(?:article|story|post|piece|report)|we\s+(?:have\s+)?(?:corrected|updated)\s+this\s+(?:article|story|post))\b/i,
    when: () => true,
  },
];

/**
 * Publisher's-voice phrasings beyond the first rules, by kind (tests/unit/disclaimer-breadth.test.ts): word
 * classes and structures, not single strings. A rule only adds a kind the first rules did not find in the block.
 */
/** The publisher or its newsroom named as the one who checked, reviewed or took part: a disclosure about this text. */
const NEWSROOM_REF = /\b(?:our|the)\s+(?:newsroom|news\s+desk|editors?|editorial\s+(?:staff|team|board)|journalists?|reporters?|staff)\b|\b(?:reviewed|checked|edited|fact-checked|verified)\s+by\s+(?:an?\s+|our\s+|the\s+)?(?:human\s+)?(?:editors?|journalists?|reporters?|staff|news\s+desk|humans?)\b|\bhuman\s+editors?\b/i;
/** A sentence that reports someone else ("…, police said", "according to the firm"): story text, not the publisher's notice. */
// hedge13: and the reporting words of the other Latin-script languages ("…, sagte der Sprecher", "selon la société").
const REPORTING = /\b(?:said|says|told|according\s+to|stated|added|alleged|claimed|warned|testified|sagte|sagten|erklärte|laut|zufolge|selon|dijo|según|secondo|segundo|volgens|zei)\b/i;

/** Start of the sentence holding offset `index` (at most 300 chars back). */
function sentenceStart(text: string, index: number): number {
  const lo = Math.max(0, index - 300);
  let start = lo;
  for (const stop of ['. ', '? ', '! ', '; ']) {
    const k = text.lastIndexOf(stop, index);
    if (k >= lo && k + 2 > start) start = k + 2;
  }
  return start;
}

function reportsSomeone(text: string, index: number): boolean {
  const start = sentenceStart(text, index);
  let end = Math.min(text.length, index + 300);
  const k = text.indexOf('. ', index);
  if (k >= 0 && k < end) end = k;
  return REPORTING.test(text.slice(start, end));
}

/** The match starts a sentence ("Originally published by …" after a story's last line). */
function sentenceInitial(block: string, index: number): boolean {
  if (index <= 0) return true;
  const before = block.slice(Math.max(0, index - 4), index);
  return /[.!?:|)\]"”]\s{1,3}$/.test(before);
}

/** An interest disclosed: shares held, an advertiser or client, ownership, paid work for a party to the story. */
const INTEREST = /\b(?:(?:has|have|had|maintains?)\s+an?\s+(?:advertising|commercial|business|financial|consulting|licensing|sponsorship)\s+(?:relationship|partnership|agreement|arrangement)|(?:holds?|owns?|owned|has\s+(?:held|owned))\s+(?:shares|stock|a\s+stake|a\s+financial|a\s+position)|(?:is|are|was|were)\s+(?:an?\s+)?(?:advertiser|sponsor|client|customer|investor|shareholder|partner)s?|(?:is|are|was|were)\s+(?:owned|funded)\s+by|(?:worked|works|consulted|consults)\s+(?:as\s+an?\s+\w+\s+)?(?:for|with))\b/i;

const MORE_RULES: KindRule[] = [
  {
    kind: 'liability',
    need: [['liab', 'responsib', 'guarant', 'warrant', 'vouch', 'verify', 'endorse', 'advice', 'research', 'only', 'accurate', 'correct', 'notice', 'reviewed', 'edited', 'checked', 'vetted', 'claim', 'promise', 'own', 'substitute'], ['guarant', 'warrant', 'substitute', 'accura', 'complet', 'reliab', 'correct', 'content', '\\bown', 'liab', 'responsib', 'vouch', 'verify', 'confirm', 'readers', 'advice', 'reference', 'information', 'guidance', 'illustration', 'notice', 'reviewed', 'edited', 'checked', 'vetted', 'verified', 'endorse']],
    any: /\b(?:without\s+(?:any\s+)?(?:guarantees?|warrant(?:y|ies))\s+of\s+any\s+kind|(?:is\s+|are\s+)?(?:no|not\s+a)\s+substitute\s+for\s+(?:professional|expert|legal|financial|medical|independent)|makes?\s+no\s+(?:claims?|promises?)\s+(?:about|as\s+to|regarding|concerning|for)\s+(?:its|the|their|this)\s+(?:accuracy|completeness|reliability|correctness|content)|(?:do|does)\s+not\s+own\s+(?:the|this|any\s+of\s+the)\s+(?:content|material|article|story|text)|shall\s+(?:not\s+)?(?:be\s+)?(?:held\s+)?(?:liable|responsible)\s+for\s+(?:any\s+)?(?:loss|losses|damages?|errors?|omissions|inaccuracies|consequences)|disclaims?\s+(?:all|any)\s+(?:liability|responsibility|warrant(?:y|ies))|(?:cannot|can't|can\s+not|(?:does|do)\s+not|doesn't|don't|will\s+not|won't)\s+(?:independently\s+)?(?:guarantee|warrant|vouch\s+for|verify|confirm)\s+(?:the\s+)?(?:accuracy|completeness|reliability|correctness|timeliness|validity|veracity|authenticity)|readers\s+(?:are\s+(?:advised|urged|encouraged|asked)\s+to|should)\s+(?:independently\s+)?(?:verify|check|confirm|do\s+their\s+own\s+research|conduct\s+their\s+own|seek\s+(?:independent|professional)\s+advice)|do\s+(?:your|their)\s+own\s+research|(?:constitutes?|constituting)\s+(?:legal|financial|investment|professional|tax|medical)\s+advice|not\s+(?:intended\s+as|meant\s+as|(?:to\s+)?be\s+(?:construed|taken|relied\s+(?:up)?on)\s+as)\s+(?:legal|financial|investment|professional|tax|medical)\s+advice|for\s+(?:your\s+)?(?:general\s+)?(?:reference|information|general\s+guidance|illustration)\s+only|(?:accurate|correct)\s+(?:at|as\s+of)\s+the\s+time\s+of\s+(?:publication|writing|posting)|subject\s+to\s+change\s+without\s+(?:prior\s+)?notice|not\s+been\s+(?:reviewed|edited|checked|vetted|verified)(?:\s+or\s+(?:reviewed|edited|checked|vetted|verified))?\s+by\s+(?:our|the|its)\s+(?:editorial|editors|newsroom|news\s+desk|staff|journalists|reporters)|(?:we|publisher|site|newspaper|website)\s+(?:do|does)\s+not\s+(?:necessarily\s+)?endorse)\b/i,
    ownVoice: true,
  },
  {
    kind: 'sponsored',
    need: [['sponsor', 'paid', 'partner', 'advertis', 'involved', 'role', 'part', 'journalists', 'newsroom', 'editorial', 'behalf', 'marketing', 'commercial', 'brand', 'collaboration', 'compensat', 'editorial', 'commissioned', 'underwritten', 'payment', 'funded', 'reporters', 'editors', 'staff']],
    any: /\b(?:(?:has\s+been|have\s+been|was|were|is|am|are)\s+compensated\s+(?:by|for)|(?:newsroom|editors|journalists|reporters|editorial\s+(?:staff|team))\s+(?:kept|retained|had|maintained)\s+(?:full\s+|complete\s+)?editorial\s+(?:control|independence)|(?:commissioned|underwritten)\s+(?:and\s+(?:paid\s+for|produced|funded)\s+)?by|(?:received|receives|receive)\s+(?:compensation|payment)\s+(?:from|for)|(?:this|the\s+following)\s+(?:article|story|post|content|piece|feature|series|report|video)\s+(?:is|was|has\s+been)\s+(?:funded|underwritten|(?:produced|created|written|developed)\s+(?:in\s+(?:partnership|collaboration|association)\s+with|on\s+behalf\s+of))|(?:newsroom|editorial\s+(?:staff|team|department|board)|editors|journalists|news\s+staff|reporters)\s+(?:was|were|had|did|played)\s+(?:not|no)\s+(?:involved|role|part|play)|not\s+(?:written|produced|created|edited)\s+by\s+(?:our|the|its)\s+(?:journalists|newsroom|editorial\s+(?:staff|team)|reporters|editors)|on\s+behalf\s+of\s+(?:a|an|our|the)\s+(?:client|sponsor|advertiser|partner)|paid\s+(?:press\s+release|post|placement|partnership|promotion|feature|article|story)|(?:advertising|advertisement|content|article|post|piece|story)\s+(?:is\s+|was\s+)?paid\s+for\s+by|(?:content|message|post|article)s?\s+from\s+(?:our|a|the)\s+(?:sponsors?|partners?|advertisers?)|(?:produced|created|written)\s+by\s+(?:our|the)\s+(?:commercial|marketing|advertising|brand(?:ed)?[- ]content|partner|sponsored[- ]content)\s+(?:team|department|studio|arm|division|unit)|the\s+(?:marketing|commercial|advertising|branded[- ]content)\s+(?:arm|division|unit|studio)\s+of|(?:commercial|sponsored|partner|paid|promoted)\s+(?:content|post|feature|article|story)\s*[:|])/i,
    ownVoice: true,
  },
  {
    kind: 'ai_generated',
    need: [['\\bai', 'artificial', 'chatgpt', 'language', 'machine', 'automated', 'generative'], AI_WORDS],
    any: /\b(?:(?:we|newsroom|editors|staff|team|media|news|outlet|publisher)\s+(?:used|use|uses)\s+(?:an?\s+)?(?:AI|A\.I\.|artificial\s+intelligence|generative\s+AI|ChatGPT|machine\s+translation|large\s+language\s+models?)|uses?\s+(?:AI|artificial\s+intelligence|generative\s+AI)\s+to\s+(?:help\s+|assist\s+)?(?:in\s+)?(?:write|writing|draft|drafting|translate|translating|summari[sz]e|summari[sz]ing|produce|producing|generate|generating|edit|editing|prepare|preparing)|machine[- ]translated|translated\s+(?:automatically\s+)?by\s+machine|AI\s+(?:tool|model|system|assistant)s?\s+(?:helped|was\s+used|were\s+used|assisted)|with\s+(?:the\s+)?(?:AI|artificial\s+intelligence|generative\s+AI)\s+(?:assistance|help|support|tools?)|(?:generated|written|created|produced|drafted|translated|summari[sz]ed)\s+(?:by|with|using)\s+(?:an?\s+)?(?:automated|generative\s+artificial\s+intelligence|generative)\s+(?:tools?|systems?|software|process|models?|AI)|(?:by|using|with)\s+(?:an?\s+)?(?:AI|artificial\s+intelligence|generative\s+AI|large\s+language)\s+(?:tool|model|system|assistant|software|program)s?)\b/i,
    when: (b) => SELF_REF.test(b) || NEWSROOM_REF.test(b),
    ownVoice: true,
  },
  {
    kind: 'syndicated',
    need: [['reproduced', 'reprinted', 'republished', 'version', 'distributed', 'provided', 'supplied', 'syndicated', 'appeared', 'originally', 'first']],
    any: /\b(?:(?:republished|reproduced|reprinted)\s+(?:here\s+)?(?:from|with\s+(?:the\s+)?(?:kind\s+)?permission|under|courtesy)|a\s+version\s+of\s+this\s+(?:article|story|post|piece|report|column)\s+(?:was\s+)?(?:first\s+|originally\s+|also\s+|previously\s+)?(?:appeared|appears|published|ran|aired)|(?:article|story|column|content|feature)\s+(?:is\s+|was\s+)?(?:distributed|provided|supplied|syndicated)\s+(?:by|from|through)|(?:(?:the|this)\s+)?(?:article|story|post|piece|column|report)\s+(?:above|below)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran|posted)|appeared\s+first\s+(?:on|in|at)|originally\s+ran\s+(?:in|on|at))\b/i,
    // WordPress feeds end "The post <title> appeared first on <site>.": a sentence opening "The post".
    when: (b, i) => SELF_REF.test(b) || sentenceInitial(b, i) || /^the\s+post\b/i.test(b.slice(sentenceStart(b, i), i)),
    ownVoice: true,
  },
  {
    kind: 'opinion',
    need: [['views', 'opinion', 'capacity']],
    any: /\b(?:(?:views|opinions)\s+(?:expressed\s+)?(?:(?:here|herein|above|below|by\s+(?:contributors|guest\s+(?:authors|writers|contributors)|columnists|the\s+(?:author|writer)s?)|in\s+this\s+(?:guest\s+|opinion\s+)?(?:article|piece|post|column|commentary|essay|op-ed|blog|blog\s+post))\s+)?(?:are|is)\s+(?:solely\s+|entirely\s+)?(?:(?:his|hers|theirs|mine)(?:\s+alone)?|(?:the\s+)?(?:author|writer|contributor|columnist)'?s'?(?:\s+own|\s+alone)|(?:their|his|her)\s+own|personal)|(?:views|opinions)\s+(?:expressed\s+)?(?:here\s+|above\s+|in\s+this\s+\S+\s+)?(?:do|does)\s+not\s+(?:necessarily\s+)?(?:reflect|represent)|\b(?:writes|writing|wrote|speaks|speaking)\s+in\s+(?:a|his|her|their)\s+personal\s+capacity|(?:views|opinions)\s+(?:expressed\s+)?(?:here\s+|above\s+)?belong\s+(?:solely\s+|only\s+)?to\s+the\s+(?:author|writer|contributor|columnist)s?)/i,
  },
  {
    kind: 'correction',
    need: [['version', 'error', 'updated'], ['earlier', 'previous', 'prior', 'original', 'error', 'updated']],
    any: /\b(?:(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+(?:of\s+this\s+(?:article|story|post|piece|report|column)\s+)?(?:said|stated|misstated|incorrectly|wrongly|misidentified|misspelled|gave|named|referred|reported|described|omitted|included)|(?:due\s+to|because\s+of)\s+an?\s+(?:editing|editorial|production|reporting|transcription|translation)\s+error|^\s{0,3}updated\s{1,3}(?:[^.\s]{1,20}\s{1,3}){0,6}(?:to\s+(?:add|include|reflect|correct|clarify|remove|note|update)|with\s+(?:additional|new|more|further|fresh|comment|details|information|a\s+statement|a\s+response|the\s+latest)))\b/i,
  },
  {
    kind: 'other',
    need: [['disclosure', 'shares', 'stock', 'stake']],
    // "Disclosure: …" is a disclosure of interests when the rest of its sentence names one (interestAfter).
    any: /\b(?:full\s+)?disclosure\s{0,3}:|\b(?:author|writer|reporter|columnist)\s+(?:holds|owns|has\s+(?:held|owned))\s+(?:shares|stock|a\s+stake)/i,
    when: (b, i) => !/^(?:full\s+)?disclosure/i.test(b.slice(i, i + 16)) || INTEREST.test(b.slice(i, Math.min(b.length, i + 300)).split('. ')[0]!),
    ownVoice: true,
  },
];
RULES.push(...MORE_RULES);

/**
 * Breadth bank 5 (tests/unit/breadth5-bank.ts): phrasings grouped by what they talk about — the article or
 * its writer and publisher — and by word class, not one string per case.
 */
/** Where "views" sit: the article, the writer, the publication. */
const VIEW_NOUN = String.raw`(?:views?|opinions?|statements|ideas|conclusions|thoughts|perspectives?|positions|comments)`;
const WRITER = String.raw`(?:authors?|writers?|contributors?|columnists?|commentators?|guest\s+(?:authors?|writers?|contributors?))`;
/** fix13: "Opinions expressed by guests and contributors are their own" (a podcast's or a panel's speakers). */
const BY_SPEAKERS = String.raw`by\s+(?:(?:our|the|its)\s+)?(?:guests?|hosts?|speakers?|panelists?|interviewees?|${WRITER})(?:\s+(?:and|or|&)\s+(?:(?:our|the|its)\s+)?(?:guests?|hosts?|speakers?|panelists?|interviewees?|${WRITER}))?`;
const PUBLICATION = String.raw`(?:publication|publisher|site|website|newspaper|magazine|outlet|newsroom|editors|editorial\s+(?:board|team|staff)|blog|company|employer)`;
/** The writer or the publisher opens the sentence: "The author …", "We …", "Our parent company …", "The reporter's spouse …". */
const OWN_SUBJECT = /^(?:(?:full\s+)?disclosure\s{0,3}:\s{0,3})?(?:(?:the|this|our)\s+(?:author|writer|reporter|columnist|journalist|contributor|publisher|parent\s+company|owner|newsroom|editor)(?:'s\s+(?:spouse|partner|husband|wife|family|relative|employer|parent\s+company))?|we|i)\b/i;
/** An interest of the writer or publisher: shares, a stake, past paid work, a board seat, none at all. */
const OWN_HOLDING = /\b(?:holds?|held|owns?|owned|has\s+(?:held|owned))\s+(?:shares|stock|equity|(?:an?\s+)?(?:small\s+|minority\s+|majority\s+|financial\s+)?(?:stake|position|interest))/i;
const OWN_ROLE = /\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:an?\s+)?(?:paid\s+)?(?:advertiser|sponsor|client|customer|investor|shareholder|donor|funder|consultant|adviser|advisor)s?\s+(?:of|in|to|for|with)|sits?\s+on\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:advisory\s+)?board|(?:has|have)\s+no\s+(?:financial|commercial|personal|business)\s+(?:interest|stake|relationship|ties|connection)s?)/i;
const OWN_WORK = /\b(?:(?:previously|formerly|once|also|has|have)\s+(?:worked|consulted|advised)\s+(?:as\s+an?\s+(?:paid\s+)?(?:consultant|adviser|advisor|contractor|lobbyist|employee|engineer|analyst)\s+)?(?:for|with|at)|(?:worked|works|work)\s+as\s+an?\s+(?:paid\s+)?(?:consultant|adviser|advisor|contractor|lobbyist)|(?:works?|worked)\s+(?:for|at)\s+(?:the|a|an)\s+(?:agency|company|firm|vendor|ministry|department|organi[sz]ation)\s+(?:mentioned|named|discussed|featured|covered))/i;

const BREADTH5_RULES: KindRule[] = [
  {
    kind: 'liability',
    need: [['warrant', 'guarant', 'representation', 'implied', 'gewähr', 'haftung', 'constitut', 'advice', 'verify', 'substitute', 'responsible', 'liable', 'accountable', 'accuracy', 'errors']],
    any: /\b(?:no\s+(?:warranty|warranties|guarantee|guarantees|representation|representations)\b[^.;]{0,40}\b(?:is|are)\s+(?:given|made|provided|offered)|(?:express(?:ed)?|explicit)\s+or\s+implied|ohne\s+gewähr|keine\s+(?:gewähr|haftung)|nothing\s+(?:in|on)\s+(?:this|the)\s+(?:article|story|post|piece|page|site|website|report|newsletter|content)\s+(?:constitutes|is|should\s+be\s+(?:taken|construed)\s+as)\s+(?:an?\s+)?(?:(?:legal|financial|investment|professional|tax|medical|security|technical|cybersecurity)\s+)?advice|(?:constitutes?|constituting)\s+(?:legal|financial|investment|professional|tax|medical|security|technical|cybersecurity)\s+advice|(?:we|I)\s+(?:have\s+not|haven't|were\s+not|weren't|are\s+not|aren't)\s+(?:been\s+)?able\s+to\s+(?:independently\s+)?verify|(?:no|not)\s+(?:(?:intended|meant)\s+(?:to\s+be|as)\s+)?(?:a\s+)?substitute\s+for\s+(?:professional|expert|legal|financial|medical|independent|qualified)|(?:cannot|can't|will\s+not|won't|shall\s+not)\s+(?:be\s+)?(?:held\s+)?(?:responsible|liable|accountable)\s+for\s+(?:any\s+)?(?:decisions?|actions?|loss|losses|damages?|consequences|errors|omissions|inaccuracies|use)|every\s+(?:reasonable\s+)?effort\s+(?:is\s+made\s+|has\s+been\s+made\s+)?to\s+ensure\s+(?:the\s+)?accuracy|errors\s+(?:and\s+omissions\s+)?(?:may|can|might)\s+(?:occur|happen))/i,
    // "We have not been able to verify …" disclaims only when it speaks of this text ("this report relies on …").
    when: (b, i) => !/^(?:we|i)\s/i.test(b.slice(i, i + 3)) || SELF_REF.test(sentenceOf(b, i)),
    ownVoice: true,
  },
  {
    kind: 'sponsored',
    need: [['sponsored', 'paid', 'partner', 'promoted', 'affiliate', 'commission', 'fee', 'share', 'newsroom', 'editorial', 'editors', 'journalists', 'staff', 'reporters', 'marketing', 'advertising', 'commercial', 'brand', 'content']],
    any: /\b(?:this\s+is\s+(?:an?\s+)?(?:sponsored|paid|partner|promoted)\s+(?:guest\s+|partner\s+)?(?:post|article|content|story|feature|piece|column)|(?:sponsored|paid|promoted)\s+(?:guest\s+)?(?:content|post|article|feature|story)\s+(?:from|by|for)|affiliate\s+links?|(?:we|I)\s+(?:may\s+|might\s+|could\s+|will\s+)?(?:earn|receive|get|make)\s+(?:an?\s+)?(?:small\s+)?(?:commission|fee|share\s+of\s+(?:the\s+)?(?:sale|sales|revenue))|(?:newsroom|editors|journalists|reporters|editorial\s+(?:staff|team|department|board)|news\s+staff)\s+(?:did\s+not|didn't|does\s+not|doesn't|had\s+no\s+(?:role|part)\s+in)\s+(?:write|writing|edit|editing|produce|producing|create|creating|commission|commissioning|review|reviewing)|paid\s+(?:announcement|advertisement|message|supplement|insert|communication|advertorial)|(?:produced|created|written|prepared|supplied)\s+by\s+(?:the\s+|our\s+)?(?:[\w&-]{1,30}\s+){0,2}(?:marketing|advertising|commercial|brand(?:ed)?[- ]content|sponsored[- ]content|content[- ]marketing)\s+(?:team|department|studio|arm|division|unit))/i,
    ownVoice: true,
  },
  {
    kind: 'ai_generated',
    need: [AI_WORDS, ['ai', 'a.i.', 'artificial', 'chatgpt', 'gemini', 'claude', 'copilot', 'language', 'llm', 'generative', 'machine'], ['use', 'relied', 'relies', 'rely', 'employed', 'drew', 'worked']],
    any: /\b(?:(?:the|this|our)\s+(?:author|writer|reporter|journalist|newsroom|editors?|staff|team)|we|I)\s+(?:(?:has|have|had)\s+)?(?:used|uses|use|relied\s+on|relies\s+on|rely\s+on|employed|drew\s+on|worked\s+with)\s+(?:an?\s+|the\s+)?(?:AI|A\.I\.|artificial[- ]intelligence|generative\s+AI|ChatGPT|Gemini|Claude|Copilot|(?:large[- ])?language[- ]models?|LLMs?|machine[- ]learning)\b/i,
    // The writer or the newsroom, opening its own sentence ("The malware author used ChatGPT" is a story).
    when: (b, i) => sentenceInitial(b, i),
    ownVoice: true,
  },
  {
    kind: 'ai_generated',
    need: [
      AI_WORDS,
      ['\\bai', 'a.i.', 'artificial', 'machine', 'language', 'llm', 'chatgpt', 'generative', 'automated', 'automatically', 'computer', 'algorithm'],
      ['generated', 'written', 'created', 'produced', 'drafted', 'prepared', 'composed', 'translated', 'summari', 'transcribed', 'compiled', 'edited', 'assisted', 'aided', 'supported', 'powered'],
    ],
    // "Parts of this report were summarised by a machine-learning tool", "produced with assistance from generative
    // artificial intelligence", "Automatically generated story": a verb of making, then within a few words the AI.
    // redos-ok: only bounded repetition ({1,20} word chars, {0,4} words) after a literal verb, so each start tries a constant number of paths; run on at most 4,000 characters (classify)
    any: /\b(?:(?:generated|written|created|produced|drafted|prepared|composed|translated|summari[sz]ed|transcribed|compiled|edited|assisted|aided|supported|powered)\s+(?:[\w-]{1,20}\s+){0,4}(?:AI|A\.I\.|artificial[- ]intelligence|machine[- ]learning|(?:large[- ])?language[- ]models?|LLMs?|ChatGPT|automated\s+(?:tools?|systems?|software|process)|algorithms?)\b|(?:automatically|machine|computer|AI)[- ](?:generated|written|produced|created)\s+(?:story|article|report|summary|content|text|news|post|item|copy))/i,
    when: (b, i) => SELF_REF.test(sentenceOf(b, i)) || NEWSROOM_REF.test(b) || sentenceInitial(b, i) || AI_DISCLOSURE.test(b),
    ownVoice: true,
  },
  {
    kind: 'syndicated',
    need: [['partner', 'licen', 'via']],
    // "shared from our content partner", "Published under licence from …", "Story via Packet Review."
    any: /\b(?:(?:shared|republished|provided|supplied|published|syndicated)\s+(?:from|by|through|via)\s+(?:our\s+|a\s+)?(?:content|news|media|syndication|publishing|editorial)\s+partners?|(?:published|used|reproduced|republished|reprinted)\s+under\s+(?:a\s+)?licen[cs]e\s+(?:from|with|by)|^\s{0,3}(?:story|article|report|post|item)\s+via\s+\S)/i,
    when: (b, i) => i === 0 || sentenceInitial(b, i) || SELF_REF.test(sentenceOf(b, i)),
    ownVoice: true,
  },
  {
    kind: 'syndicated',
    need: [['original', 'cross', 'feed', 'source', 'wire', 'adapted', 'excerpted'], ['original', 'cross', 'imported', 'aggregated', 'pulled', 'fetched', 'generated', 'adapted', 'excerpted']],
    any: /\b(?:(?:the\s+)?original\s+(?:version\s+of\s+this\s+)?(?:article|story|post|piece|report|column)\s+(?:can\s+be\s+(?:read|found|viewed|seen)|is\s+(?:available|here)|appeared|ran)|cross-?posted\s+(?:from|with|on)|(?:automatically\s+)?(?:imported|aggregated|pulled|fetched|generated)\s+(?:automatically\s+)?from\s+(?:an?\s+|the\s+)?(?:RSS|Atom|news|syndicat\w{0,10}|partner|external|third-party)\s+(?:feeds?|sources?|wires?)|(?:adapted|excerpted)\s+(?:with\s+(?:the\s+)?permission\s+)?from)/i,
    when: (b, i) => sentenceInitial(b, i) || SELF_REF.test(sentenceOf(b, i)),
    ownVoice: true,
  },
  {
    kind: 'opinion',
    need: [['view', 'opinion', 'statements', 'ideas', 'conclusions', 'thoughts', 'perspective', 'position', 'comments', 'stance', 'policy', 'endorse']],
    any: new RegExp(
      String.raw`\b(?:` +
        // "Any opinions in this post belong solely to the contributor", "Views are my own", "… are the columnist's own"
        String.raw`${VIEW_NOUN}\s+(?:(?:expressed|stated|presented|contained|given|offered)\s+)?(?:(?:here|herein|above|below|in\s+(?:this|the)\s+(?:\w+\s+){0,2}?(?:article|piece|post|column|commentary|essay|op-ed|blog|story|newsletter|analysis|editorial)|${BY_SPEAKERS})\s+)?(?:(?:are|is)\s+(?:solely\s+|entirely\s+|only\s+)?(?:(?:my|his|her|their|our)\s+own|(?:mine|his|hers|theirs)(?:\s+alone)?|(?:the\s+)?${WRITER}'?s'?(?:\s+own|\s+alone)?(?=[\s.,;]))|belongs?\s+(?:solely\s+|only\s+|entirely\s+)?to\s+(?:the|their|its)\s+${WRITER}|(?:are|is)\s+not\s+(?:necessarily\s+)?(?:shared|endorsed)\s+by|(?:are|is)\s+not\s+(?:necessarily\s+)?(?:those|the\s+views?|the\s+opinions?)\s+of)` +
        // "… reflect the perspective of their authors", "… reflects the opinion of the author only"
        String.raw`|(?:reflects?|represents?|expresses?|presents?)\s+(?:only\s+)?(?:the\s+)?(?:personal\s+)?(?:perspectives?|views?|opinions?|positions?)\s+of\s+(?:the|their|its|our)\s+${WRITER}` +
        // "… does not represent our editorial stance", "… not endorsed by this publication"
        String.raw`|(?:does|do)\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\s+(?:(?:our|its)\s+(?:own\s+)?(?:editorial\s+)?(?:stance|position|views?|opinions?|policy)|the\s+(?:editorial\s+)?(?:stance|position|views?|opinions?|policy)\s+of\s+(?:this|the|our)\s+${PUBLICATION})` +
        String.raw`|not\s+(?:necessarily\s+)?endorsed\s+by\s+(?:this|the|our)\s+${PUBLICATION}` +
        String.raw`)`,
      'i',
    ),
  },
  {
    kind: 'correction',
    need: [['error', 'mistake', 'typo', 'inaccura', 'regret', 'should', 'wrongly', 'incorrectly', 'revised', 'amended', 'corrected', 'updated', 'edited', 'changed', 'modified', 'version'], ['error', 'mistake', 'typo', 'inaccura', 'regret', 'should', 'version', 'publi', 'wrongly', 'incorrectly', 'mistakenly']],
    any: /\b(?:(?:an?\s+|the\s+)?(?:error|mistake|typo|inaccuracy)\s+in\s+(?:the|this|our)\s+(?:headline|article|story|post|text|caption|piece|report|summary|original\s+version)\s+(?:has\s+been|was|have\s+been|were)\s+(?:fixed|corrected|amended|removed)|we\s+regret\s+(?:the|this|any)\s+(?:error|errors|mistake|confusion|omission)|should\s+have\s+(?:read|said|stated)\s|(?:earlier|previous|prior|original)\s+versions?\s+of\s+this\s+(?:article|story|post|piece|report|column|headline)|(?:this|the)\s+(?:article|story|post|piece|report|headline)\s+(?:was|has\s+been)\s+(?:revised|amended|corrected|updated|edited|changed|modified)\s+(?:after|since|following)\s+(?:publication|it\s+was\s+(?:first\s+)?published)|(?:was|were|had\s+been)\s+(?:wrongly|incorrectly|mistakenly)\s+(?:attributed|identified|named|described|reported|quoted))/i,
    // A story's own "was wrongly identified" is news; a correction says so of this text or opens with its label.
    when: (b, i) => !/^(?:was|were|had)\s/i.test(b.slice(i, i + 5)) || /^\s{0,5}[[(]?\s{0,5}(?:correct|clarif|erratum|errata|editor)/i.test(b) || SELF_REF.test(sentenceOf(b, i)),
    ownVoice: true,
  },
  {
    kind: 'other',
    need: [['shares', 'stock', 'equity', 'stake', 'position', 'interest']],
    any: OWN_HOLDING,
    // The writer or the publisher discloses it: the sentence opens with them.
    when: (b, i) => OWN_SUBJECT.test(b.slice(sentenceStart(b, i), i)),
    ownVoice: true,
  },
  {
    kind: 'other',
    need: [['advertiser', 'sponsor', 'client', 'customer', 'investor', 'shareholder', 'donor', 'funder', 'consultant', 'adviser', 'advisor', 'board', 'interest', 'stake', 'relationship', '\\bties', 'connection']],
    any: OWN_ROLE,
    // The writer or the publisher discloses it: the sentence opens with them.
    when: (b, i) => OWN_SUBJECT.test(b.slice(sentenceStart(b, i), i)),
    ownVoice: true,
  },
  {
    kind: 'other',
    need: [['worked', 'consulted', 'advised', 'work'], ['worked', 'consulted', 'advised', 'consultant', 'adviser', 'advisor', 'contractor', 'lobbyist', 'mentioned', 'named', 'discussed', 'featured', 'covered']],
    any: OWN_WORK,
    // The writer or the publisher discloses it: the sentence opens with them.
    when: (b, i) => OWN_SUBJECT.test(b.slice(sentenceStart(b, i), i)),
    ownVoice: true,
  },
  {
    kind: 'other',
    need: [['supporter', 'funder', 'donor', 'sponsor', 'backer', 'investor', 'conflict', 'competing', 'declaration', 'travel', 'trip', 'accommodation', 'attendance', 'flight', 'expenses']],
    any: /\b(?:(?:supporter|funder|donor|sponsor|backer|investor)s?\s+(?:of|in|to)\s+(?:our|this)\s+(?:newsroom|publication|site|organi[sz]ation|magazine|newspaper|journalism|company|parent\s+company|work|reporting)|^\s{0,3}(?:conflicts?\s+of\s+interests?|competing\s+interests?|declaration\s+of\s+interests?)(?:\s+statement)?\s{0,3}:|(?:our|my|the\s+(?:author|writer|reporter)'s)\s+(?:travel|trip|accommodation|attendance|flights?|expenses)\s+(?:(?:to|for|at)\s+(?:the\s+|this\s+)?(?:conference|event|summit|show|trade\s+show|launch|briefing)\s+)?(?:was|were)\s+(?:paid\s+for|funded|covered|sponsored)\s+by)/i,
    ownVoice: true,
  },
];

/** "AI disclosure:", "AI notice:" opening the text. */
const AI_DISCLOSURE = /^\s{0,5}[[(]?\s{0,3}(?:AI|A\.I\.|artificial[- ]intelligence)\s+(?:disclosure|notice|note|statement|use)\s{0,3}:/i;

/** The sentence holding offset `index` (as sentenceStart cuts it, up to the next full stop). */
function sentenceOf(text: string, index: number): string {
  const start = sentenceStart(text, index);
  const k = text.indexOf('. ', index);
  return text.slice(start, k >= 0 ? k : Math.min(text.length, index + 300));
}

/** "Correction:", "Update (Nov 3):", "UPDATED 10/4:" followed by a real sentence (not a bare timestamp). */
const UPDATE_HEAD = /^\s{0,5}[[(]?\s{0,5}(?:correction|corrected|clarification|update|updated|erratum|errata|editor'?s\s+note)\b([^:]{0,60}):\s*(\S.*)$/i;

/**
 * More liability phrasings ("takes no responsibility for their accuracy", "cannot be held responsible for
 * errors or omissions", "does not guarantee their accuracy"), joined to the liability rule's pattern.
 */
const LIABILITY_MORE = /\b(?:makes?\s+no\s+(?:claims?|representations?|guarantees?)\s+(?:about|as\s+to|regarding|of|concerning)\s+(?:its|their|the)\s+(?:accuracy|completeness|reliability|correctness|validity)|(?:takes?|bears?)\s+no\s+(?:liability|responsibility)|(?:not|cannot|can't)\s+(?:be\s+)?(?:held\s+)?(?:responsible|liable)\s+for\s+(?:the\s+|its\s+|their\s+|any\s+)?(?:accuracy|completeness|content|reliability|correctness|errors|omissions|inaccuracies)|(?:does|do)\s+not\s+(?:guarantee|warrant|vouch\s+for)\s+(?:its|their)\s+(?:accuracy|completeness|reliability|correctness|timeliness|validity))\b/i;
for (const r of RULES) if (r.kind === 'liability' && r.any) r.any = new RegExp(r.any.source + '|' + LIABILITY_MORE.source, r.any.flags);
// After the join above: the breadth-5 rules keep their own patterns and gates.
RULES.push(...BREADTH5_RULES);

/** "[Update] The vendor has since …", "(Correction) …": the head in brackets, no colon. */
const UPDATE_BRACKET = /^\s{0,5}[[(]\s{0,5}(?:correction|clarification|update|updated|erratum)\s{0,5}[\])]\s{0,5}(\S.*)$/i;

/** "[Updated 14 March with a response from the company.]": a bracketed update line. */
const UPDATE_LEAD = /^\s{0,5}[[(]\s{0,3}updated\s{1,3}(?:[^.\s\])]{1,20}\s{1,3}){0,6}(?:to|with)\s/i;

function correctionNote(block: string): boolean {
  const head = block.slice(0, 2_000);
  if (UPDATE_LEAD.test(head)) return true;
  const b = UPDATE_BRACKET.exec(head);
  if (b && wordCount(b[1]!) >= 5) return true;
  const m = UPDATE_HEAD.exec(head);
  if (!m) return false;
  const rest = m[2]!;
  return wordCount(rest) >= 5;
}

/** "Source: …", "Via: …", "Originally from: …" as a whole short line. */
const CREDIT_LINE = /^\s{0,3}(?:source|via|originally\s+(?:from|at|on))\s{0,3}:\s{0,3}(\S.{1,79})$/i;
/** A site named by its domain. */
const DOMAIN_NAME = /^(?:www\.)?[a-z0-9-]{1,40}\.(?:com|net|org|io|co|news|info)(?:\.[a-z]{2})?$/i;
/** Last words of outlet names ("… News", "… Daily", "… Journal"). */
const OUTLET_WORDS = new Set(['news', 'times', 'post', 'daily', 'journal', 'review', 'herald', 'tribune', 'wire', 'agency', 'press', 'media', 'network', 'weekly', 'today', 'gazette', 'chronicle', 'observer', 'monitor', 'insider', 'magazine', 'blog', 'newsletter', 'digest']);

/** A credit line naming an outlet (at most five words ending in an outlet word) or a site's domain. */
function outletCredit(text: string): boolean {
  const m = CREDIT_LINE.exec(text.trim());
  if (!m) return false;
  let name = m[1]!.trim();
  while (name.endsWith('.')) name = name.slice(0, -1).trimEnd();
  if (DOMAIN_NAME.test(name)) return true;
  const words = name.split(/\s+/);
  return words.length <= 5 && OUTLET_WORDS.has(words[words.length - 1]!.toLowerCase());
}

/** "Disclaimer: …" opening a line. */
const DISCLAIMER_LABEL = /^\s{0,5}[[(]?\s{0,3}(?:legal\s+)?disclaimer\s{0,3}[:—–-]\s{0,3}\S/i;

/** Text spans that are obviously not disclaimers: copyright and cookie notices. */
const SITE_WIDE = /©|\bcopyright\b|\ball\s+rights\s+reserved\b|\bcookies?\b|\bprivacy\s+policy\b|\bterms\s+(?:of\s+(?:use|service)|and\s+conditions)\b/i;

/**
 * fix5-pages (blind5): a correction in the first person plural ("We have amended this article to correct …"),
 * a note on the text's own sourcing ("This report relies largely on statements by …", "… could not be
 * independently checked" in an editor's note), a labelled transparency or ethics note, and "Nothing in it
 * should be construed as …". Each adds its kind to a block that may hold others (a republication line and
 * a correction in one paragraph).
 */
/** A note about the piece opening the block: "Editor's note:", "Note:", "Transparency note:". */
const NOTE_HEAD = /^\s{0,5}[[(]?\s{0,3}(?:editor'?s\s+note|editorial\s+note|note|transparency\s+note|ethics\s+note|sourcing\s+note|note\s+on\s+(?:sources|sourcing))\s{0,3}[:—–]/i;
/** A labelled note on the publisher's relationships or sourcing ("Transparency note: X has a content-sharing agreement with …"). */
const TRANSPARENCY_HEAD = /^\s{0,5}[[(]?\s{0,3}(?:transparency|ethics|sourcing|independence|funding)\s+(?:note|statement|notice)\s{0,3}[:—–]\s{0,3}\S/i;
const FIX5_RULES: KindRule[] = [
  {
    kind: 'correction',
    need: [['we'], ['amended', 'revised', 'corrected', 'updated', 'changed', 'edited', 'fixed'], ['\\bwe']],
    any: /\bwe\s+(?:have\s+|had\s+)?(?:since\s+)?(?:amended|revised|corrected|updated|changed|edited|fixed)\s+(?:this|the|our)\s+(?:article|story|post|piece|report|headline|text|copy|caption)\b/i,
    ownVoice: true,
  },
  {
    kind: 'other',
    need: [['relies', 'relied', 'based', 'draws', 'drew']],
    any: /\b(?:relies|relied|is\s+based|was\s+based|draws|drew)\s+(?:largely\s+|heavily\s+|mainly\s+|mostly\s+|primarily\s+|solely\s+|entirely\s+|partly\s+|in\s+part\s+)?(?:on|upon)\s+(?:(?:unverified|official|anonymous|single|state|government)\s+)?(?:statements|claims|information|accounts|reports|material|documents|sources|data|media|testimony)\b/i,
    // Said of this text ("This report relies largely on …"), not of a report in the story.
    when: (b, i) => SELF_REF.test(b.slice(sentenceStart(b, i), i)) || NOTE_HEAD.test(b),
    ownVoice: true,
  },
  {
    kind: 'other',
    need: [['not'], ['checked', 'verified', 'confirmed', 'corroborated']],
    any: /\b(?:could\s+not|cannot|can't|couldn't|has\s+not|have\s+not|had\s+not|were\s+not|was\s+not)\s+(?:be\s+|been\s+)?(?:independently\s+)?(?:checked|verified|confirmed|corroborated)\b/i,
    // Only in a note about the piece ("Editor's note: …"): in story text it is a hedge.
    pre: (b) => NOTE_HEAD.test(b),
  },
  {
    kind: 'other',
    need: [['note', 'statement', 'notice']],
    any: TRANSPARENCY_HEAD,
    when: (b) => wordCount(b) >= 7,
  },
  {
    kind: 'other',
    need: [['nothing'], ['construed', 'taken', 'interpreted', 'understood', 'read']],
    any: /\bnothing\s+(?:in|on)\s+(?:it|this|these|here|the\s+(?:above|article|story|post|piece|report|research|analysis|newsletter|page|blog))(?:\s+(?:article|story|post|piece|report|research|analysis|newsletter|page|blog|content))?\s+(?:should|shall|is\s+(?:intended|meant)\s+to|must|may|can)\s+be\s+(?:construed|taken|interpreted|understood|read)\s+as\b/i,
  },
];
RULES.push(...FIX5_RULES);
/** Words of FIX5_RULES the box trigger (TRIGGER) does not know. */
const FIX5_TRIGGER = /construed|transparen|amended|relies|relied|independently/i;

/**
 * fix6 (blind6): wordings of kinds already known, seen on a newsletter, a press-release wire, a local-TV story
 * and German, French and Spanish pages. Each is a class of wording, not one sentence: a newsletter's unit
 * ("this issue/edition/episode") sponsored; a holding with an amount ("a small number of shares"); the
 * forward-looking-statements notice of press releases; a news agency that "contributed to this report";
 * corrections, AI-assistance notes and labelled interest notes in German, French and Spanish.
 */
/** fix12: a wire's staff member named by the wire ("Associated Press writer Jane Doe", "Reuters correspondent …"). */
const WIRE_STAFF = /\b(?:writers?|reporters?|correspondents?|journalists?|photographers?|videojournalists?|producers?|staff\s+writers?)\s+\p{Lu}/u;
/** A news agency or wire service by name, or a wire/agency noun. Case-sensitive: "AP", not "ap". */
const WIRE_NAME = /\b(?:(?:The\s+)?Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse|Bloomberg(?:\s+News)?|dpa|Deutsche\s+Presse-Agentur|Xinhua|TASS|Yonhap|Kyodo(?:\s+News)?|ANI|PTI|IANS|EFE|ANSA|Europa\s+Press|UPI|[Ww]ire\s+(?:services?|reports|agencies)|[Nn]ews\s+(?:services?|agencies|wires))\b/;
/** The text itself as a sentence's subject, in German, French, Spanish or Italian ("Dieser Artikel", "Cet article", "Esta nota"). */
const SELF_REF_INTL = /^\s{0,3}(?:cet|cette|ce|le\s+présent|la\s+présente|este|esta|el\s+presente|la\s+presente|dieser|diese|dieses|der\s+vorliegende|die\s+vorliegende|questo|questa|dit|deze)\s+(?:article|texte|contenu|papier|résumé|dépêche|artículo|articulo|nota|texto|contenido|noticia|reportaje|resumen|artikel|beitrag|text|bericht|inhalt|articolo|testo|contenuto|artigo|reportagem|matéria|notícia|conteúdo|tekst|stuk|pezzo)(?![\p{L}])/iu;
/** The newsroom named as the one who reviewed or took part ("notre rédaction", "nuestro equipo editorial", "die Redaktion"). */
const NEWSROOM_INTL = /\b(?:(?:notre|la)\s+rédaction|(?:nuestr[oa]|la|el)\s+(?:redacción|equipo\s+editorial|equipo\s+de\s+redacción)|(?:unsere|die|der)\s+redaktion|la\s+redazione|(?:nossa|a)\s+(?:equipe|equipa)\s+(?:editorial|de\s+redação)|(?:pela|a|nossa)\s+redação|(?:de|onze)\s+redactie)(?![\p{L}])/iu;
/** "artificial intelligence" in German, French, Spanish or Italian, or its capitalised short form (KI, IA). */
const AI_INTL = /(?:[Ii]ntelligence\s+artificielle|[Ii]nteligencia\s+artificial|[Ii]ntelig[eê]ncia\s+[Aa]rtificial|[Kk]unstmatige\s+[Ii]ntelligentie|[Kk]ünstliche[rn]?\s+[Ii]ntelligenz|[Ii]ntelligenza\s+artificiale|\bKI\b|\bIA\b)/;
/** A sales pitch: a promo code, a discount, a free trial. */
const AD_READ = /\b(?:(?:promo|discount|coupon|offer)\s+code|use\s+(?:the\s+)?code|\d{1,3}\s?%\s+off|free\s+trial|try\s+it\s+free)\b/i;
const FIX6_RULES: KindRule[] = [
  {
    kind: 'sponsored',
    need: [
      ['issue', 'edition', 'newsletter', 'episode', 'email', 'briefing', 'digest', 'roundup', 'round-up', 'bulletin', 'dispatch', 'installment', 'instalment'],
      ['sponsored', 'brought', 'supported', 'underwritten', 'possible', 'presented', 'paid', 'funded'],
    ],
    any: /\b(?:this|today['’]?s|this\s+week['’]?s|this\s+month['’]?s|the\s+following)\s+(?:issue|edition|newsletter|episode|email|briefing|digest|roundup|round-up|bulletin|dispatch|installment|instalment)\s+(?:is|was|has\s+been|comes)\s+(?:(?:kindly|proudly|generously)\s+)?(?:sponsored|brought\s+to\s+you|supported|underwritten|made\s+possible|presented|paid\s+for|funded)\s+by\b/i,
    // The host's ad read ("… brought to you by X. Use code SAVE for 20% off") is the advert itself, not a note on the text.
    when: (b) => !AD_READ.test(b),
    ownVoice: true,
  },
  {
    kind: 'other',
    need: [['hold', 'held', 'own'], ['shares', 'stock', 'equity', 'options', 'units', 'tokens']],
    any: /\b(?:holds?|held|owns?|owned|has\s+(?:held|owned))\s+(?:a\s+(?:small|modest|tiny|nominal|large|significant|substantial)\s+(?:number|amount|quantity|block|holding)\s+of|a\s+few|some|several|a\s+handful\s+of)\s+(?:shares|stock|equity|options|units|tokens)\b/i,
    // The writer or the publisher discloses it: the sentence opens with them.
    when: (b, i) => OWN_SUBJECT.test(b.slice(sentenceStart(b, i), i)),
    ownVoice: true,
  },
  {
    kind: 'liability',
    need: [['obligation', 'duty', 'forward-looking', 'differ']],
    any: /\b(?:(?:undertakes?|assumes?|has|have|accepts?)\s+no\s+(?:obligation|duty)\s+to\s+(?:publicly\s+)?(?:update|revise|correct|amend)|(?:may|might|could|will|does)\s+contain\s+(?:certain\s+)?forward-looking\s+statements|actual\s+(?:results|events|outcomes|performance)\s+(?:may|could|might)\s+differ\s+materially)\b/i,
    ownVoice: true,
  },
  {
    kind: 'syndicated',
    need: [['contribut']],
    any: /\b(?:contributed|contributing)\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b/i,
    // A news agency or wire credited, not a staff colleague ("Jane Doe contributed to this report"), nor the wire's own
    // staff on its own page ("Associated Press writer Jane Doe in Seoul contributed to this report", blind12).
    when: (b, i) => {
      const head = b.slice(sentenceStart(b, i), i);
      return WIRE_NAME.test(head) && !WIRE_STAFF.test(head);
    },
  },
  {
    kind: 'correction',
    need: [['fassung', 'version', 'versión', 'korrigiert', 'berichtigt', 'aktualisiert', 'geändert', 'ergänzt', 'überarbeitet', 'corrig', 'correg', 'modifi', 'rectifi', 'actualis', 'actualiz', 'mis', 'complét'], ['einer', 'wurde', '\\bune', 'été', '\\buna', '\\bfue', 'sido']],
    any: /\b(?:in\s+einer\s+(?:früheren|vorherigen|älteren|ersten)\s+(?:Fassung|Version)|(?:dieser|der)\s+(?:Artikel|Beitrag|Text|Bericht)\s+wurde\s+(?:(?:nachträglich|inzwischen|zwischenzeitlich|später)\s+)?(?:korrigiert|berichtigt|aktualisiert|geändert|ergänzt|überarbeitet)|une\s+(?:précédente|première|ancienne)\s+version\s+de\s+(?:cet|cette|ce)\s+(?:article|texte|papier|dépêche)|(?:cet|cette|ce)\s+(?:article|texte|papier|dépêche)\s+a\s+été\s+(?:corrigée?|modifiée?|rectifiée?|actualisée?|complétée?|mise?\s+à\s+jour)|una\s+versi[oó]n\s+(?:anterior|previa)\s+de\s+(?:esta|este)\s+(?:nota|art[ií]culo|noticia|texto|reportaje)|(?:esta|este)\s+(?:nota|art[ií]culo|noticia|texto|reportaje)\s+(?:fue|ha\s+sido)\s+(?:corregid|actualizad|modificad|rectificad)[oa])/i,
  },
  {
    kind: 'ai_generated',
    // "KI" and "IA" are whole words (\b in AI_INTL): "ki" and "ia" inside a word ("skills", "media") cannot match.
    // lang7: "intelig" too — the Portuguese "inteligência" holds neither "intelligen" nor "inteligen".
    need: [['intelligen', 'inteligen', 'intelig', '\\bki', '\\bia']],
    any: AI_INTL,
    // Said of this text ("Cet article a été rédigé avec l'assistance d'un outil d'intelligence artificielle") or
    // of the newsroom's review ("… revisada por nuestro equipo editorial"), not of a story's subject.
    when: (b, i) => SELF_REF_INTL.test(sentenceOf(b, i)) || NEWSROOM_INTL.test(b),
    ownVoice: true,
  },
  {
    kind: 'other',
    need: [['transparen', 'offenlegung', 'interess', 'intérêt', 'interes', 'eigener']],
    any: /^\s{0,5}[[(]?\s{0,3}(?:Transparenzhinweis|Offenlegung|Interessenkonflikte?|Hinweis\s+in\s+eigener\s+Sache|Transparence|Déclaration\s+d['’]intérêts?|Conflits?\s+d['’]intérêts?|Transparencia|Conflictos?\s+de\s+intereses?|Declaración\s+de\s+intereses?)\s{0,3}[:—–]\s{0,3}\S/i,
    when: (b) => wordCount(b) >= 7,
  },
];
RULES.push(...FIX6_RULES);
/**
 * lang7: the article's own corrections and syndication credits in Italian, Portuguese and Dutch ("Nella prima
 * versione di questo articolo …", "Esta reportagem foi atualizada …", "Dit artikel verscheen eerder op …"). The
 * AI rule above reads their words for artificial intelligence and "this text" too.
 */
const LANG7_RULES: KindRule[] = [
  {
    kind: 'correction',
    need: [['versione', 'versão', 'versie', 'corrett', 'aggiornat', 'modificat', 'rettificat', 'corrigid', 'atualizad', 'modificad', 'alterad', 'aangepast', 'gecorrigeerd', 'bijgewerkt', 'gewijzigd']],
    any: /\b(?:(?:nella|in\s{1,3}una)\s{1,3}(?:prima|precedente|vecchia)\s{1,3}versione\s{1,3}(?:di\s{1,3})?(?:questo|questa)\s{1,3}(?:articolo|pezzo|testo|notizia)|(?:questo|questa)\s{1,3}(?:articolo|pezzo|testo|notizia)\s{1,3}è\s{1,3}stat[oa]\s{1,3}(?:corrett|aggiornat|modificat|rettificat)[oa]|(?:uma|na)\s{1,3}versão\s{1,3}(?:anterior|original|inicial)\s{1,3}d(?:esta|este)\s{1,3}(?:texto|reportagem|matéria|notícia|artigo)|(?:esta|este)\s{1,3}(?:texto|reportagem|matéria|notícia|artigo)\s{1,3}foi\s{1,3}(?:corrigid|atualizad|modificad|alterad)[oa]|(?:in\s{1,3})?een\s{1,3}eerdere\s{1,3}versie\s{1,3}van\s{1,3}(?:dit|het)\s{1,3}(?:artikel|bericht|stuk)|(?:dit|het)\s{1,3}(?:artikel|bericht|stuk)\s{1,3}(?:is|werd)\s{1,3}(?:later\s{1,3}|inmiddels\s{1,3})?(?:aangepast|gecorrigeerd|bijgewerkt|gewijzigd))/i,
  },
  {
    kind: 'syndicated',
    need: [['pubblicat', 'concessione', 'publicad', 'verscheen', 'verschenen', 'gepubliceerd', 'overgenomen']],
    any: /\b(?:(?:questo|quest['’])\s{0,2}(?:articolo|pezzo|testo)\s{1,3}è\s{1,3}stat[oa]\s{1,3}(?:originariamente\s{1,3}|inizialmente\s{1,3})?pubblicat[oa]\s{1,3}(?:originariamente\s{1,3}|per\s{1,3}la\s{1,3}prima\s{1,3}volta\s{1,3})?(?:su|da|sul|sulla|in)|per\s{1,3}gentile\s{1,3}concessione\s{1,3}d(?:i|el|ella)|(?:este|esta)\s{1,3}(?:texto|reportagem|matéria|artigo|notícia)\s{1,3}foi\s{1,3}(?:originalmente\s{1,3}|inicialmente\s{1,3})?publicad[oa]\s{1,3}(?:originalmente\s{1,3})?(?:em|no|na|pel[oa])|(?:publicad[oa]\s{1,3}originalmente|originalmente\s{1,3}publicad[oa])\s{1,3}(?:em|no|na|pel[oa])|(?:dit|het)\s{1,3}(?:artikel|bericht|stuk)\s{1,3}(?:verscheen\s{1,3}(?:eerder\s{1,3}|eerst\s{1,3}|oorspronkelijk\s{1,3})?|werd\s{1,3}(?:eerder\s{1,3}|eerst\s{1,3}|oorspronkelijk\s{1,3})?gepubliceerd\s{1,3})(?:op|in|bij)|(?:verscheen|verschenen)\s{1,3}(?:eerder|eerst|oorspronkelijk)\s{1,3}(?:op|in|bij)|met\s{1,3}toestemming\s{1,3}(?:overgenomen|opnieuw\s{1,3}gepubliceerd))/i,
  },
];
RULES.push(...LANG7_RULES);
/** lang7: words of LANG7_RULES the box triggers do not know. */
const LANG7_TRIGGER = /versione|versão|versie|pubblicat|concessione|publicad|verscheen|verschenen|gepubliceerd|overgenomen|corrigid|atualizad|aangepast|gecorrigeerd|bijgewerkt|intelig[eê]ncia|intelligentie/i;
/**
 * intl8: Russian and Chinese (Simplified) notes on the text itself: the author's opinion ("Мнение автора может не
 * совпадать с позицией редакции", "本文仅代表作者个人观点"), the publisher's liability ("Редакция не несёт
 * ответственности …", "不构成投资建议", "如有侵权请联系删除"), advertising ("На правах рекламы", "本文由X赞助"),
 * reprints ("Впервые опубликовано на …", "本文转载自…"), corrections and AI assistance.
 */
const INTL8_RULES: KindRule[] = [
  {
    kind: 'opinion',
    need: [['мнение', 'зрения', '代表']],
    any: /(?:мнение|точка\s{1,3}зрения)\s{1,3}(?:автора|авторов|редакции)\s{1,3}(?:может\s{1,3})?не\s{1,3}(?:совпада|отража)|本文(?:仅|只)?代表作者(?:个人)?(?:观点|立场)|(?:文章|本文)观点(?:仅|只)?代表作者|不代表本(?:站|网|报|刊|平台)(?:的)?(?:观点|立场)/i,
  },
  {
    kind: 'liability',
    need: [['ответственност', '构成', '侵权', '责任']],
    any: /редакция\s{1,3}не\s{1,3}нес[её]т\s{1,3}ответственност|(?:并)?不构成(?:任何)?(?:投资|法律|操作)?建议|如有侵权[，,]?\s{0,2}请(?:联系|告知)|(?:本站|本网|本平台|本报)不(?:承担|负)(?:任何)?(?:法律)?责任/i,
  },
  {
    kind: 'sponsored',
    need: [['рекламы', 'поддержке', 'коммерческой', 'партн']],
    any: /на\s{1,3}правах\s{1,3}рекламы|(?:материал|статья|публикация)\s{1,3}(?:подготовлен[аы]?|опубликован[аы]?)\s{1,3}(?:при\s{1,3}поддержке|на\s{1,3}коммерческой\s{1,3}основе)|партн[её]рский\s{1,3}(?:материал|спецпроект)/i,
  },
  {
    // Apart from the Russian one: joined, the pattern was too large for the linear-time check to decide.
    kind: 'sponsored',
    need: [['赞助', '推广', '商业合作']],
    any: /本文由[^，。,赞]{1,20}赞助|赞助内容|推广内容|商业合作内容/,
  },
  {
    kind: 'syndicated',
    need: [['опубликован', 'оригинал', '转载', '转自', '摘自', '来源']],
    any: /(?:впервые|первоначально|изначально)\s{1,3}(?:был[аио]?\s{1,3})?опубликован[аоы]?\s{1,3}(?:на|в)\s|оригинал\s{1,3}(?:статьи|материала|публикации)\s{0,3}[:—–]|本文(?:经(?:作者|原作者)?授权)?(?:转载|转自|摘自)|^\s{0,3}(?:来源|稿源|文章来源)\s{0,2}[:：]\s{0,2}\S/i,
  },
  {
    kind: 'correction',
    need: [['исправлен', 'обновл', 'дополнен', 'версии', '更正', '修正', '勘误']],
    any: /(?:эта|данная)\s{1,3}(?:статья|новость|публикация)\s{1,3}(?:был[аи]?\s{1,3})?(?:исправлен|обновл[её]н|дополнен)[аы]?|в\s{1,3}(?:первоначальной|предыдущей|ранней)\s{1,3}версии\s{1,3}(?:этой\s{1,3})?(?:статьи|новости|материала|публикации)|本文(?:已)?(?:更正|修正)|^\s{0,3}(?:更正|勘误)\s{0,2}[:：]/i,
  },
  {
    kind: 'ai_generated',
    need: [['интеллект', 'нейросет', '人工智能', 'ai']],
    any: /(?:статья|текст|материал)\s{1,3}(?:был[аи]?\s{1,3})?(?:подготовлен|написан|создан|сгенерирован)[аоы]?\s{1,3}(?:с\s{1,3}помощью|при\s{1,3}помощи|с\s{1,3}использованием)\s{1,3}(?:искусственного\s{1,3}интеллекта|нейросет)|本文(?:由|借助|使用)(?:人工智能|AI)(?:工具|技术)?(?:生成|辅助|撰写|创作)/i,
  },
];
RULES.push(...INTL8_RULES);
/** intl8: words of INTL8_RULES the box triggers do not know. */
const INTL8_TRIGGER = /мнение|зрения|ответственност|рекламы|поддержке|коммерческой|партн[её]рский|исправлен|обновл|дополнен|версии|опубликован|оригинал|интеллект|нейросет|代表|转载|转自|来源|稿源|摘自|构成|侵权|责任|赞助|推广|商业合作|人工智能|更正|修正|勘误/i;
/** Words of FIX6_RULES the box triggers (TRIGGER, FIX5_TRIGGER) do not know. */
const FIX6_TRIGGER = /issue|edition|episode|forward-looking|obligation|contribut|fassung|korrigiert|berichtigt|aktualisiert|geändert|ergänzt|überarbeitet|rectifi|modifi|versi[oó]n|intelligen|\bKI\b|\bIA\b|offenlegung|interess|intérêt|interes/i;

/*
 * fix7 (blind7): "the first/original version of this post/thread/newsletter" (its words are in TRIGGER). Italian,
 * Portuguese and Dutch notes are lang7's.
 */
const FIX7_RULES: KindRule[] = [
  {
    kind: 'correction',
    need: [['version'], ['article', 'story', 'post', 'piece', 'report', 'item', 'thread', 'newsletter', 'column', 'page']],
    any: /\b(?:an?|the)\s+(?:first|original|previous|prior|initial|older|earlier)\s+version\s+of\s+this\s+(?:article|story|post|piece|report|item|thread|newsletter|column|page)\b/i,
  },
];
RULES.push(...FIX7_RULES);
/**
 * blind8: a machine transcript ("This transcript was generated automatically and may contain errors", "Captions are
 * machine-generated") is text no person wrote: the AI / automation kind of the contract.
 */
const FIX8_RULES: KindRule[] = [
  {
    kind: 'ai_generated',
    need: [['transcript', 'caption'], ['automatic', 'machine']],
    any: /\b(?:transcripts?|captions) (?:was|were|is|are) (?:generated automatically|(?:automatically|machine)-generated)\b|\b(?:automatically|machine)[- ]generated (?:transcripts?|captions)\b/i,
    ownVoice: true,
  },
  // blind11: a translation the machine made ("This translation was prepared with the help of machine translation and
  // reviewed by our editors"), in a sentence about the piece itself.
  {
    kind: 'ai_generated',
    need: [['translat'], ['machine', 'automatic', 'automated']],
    any: /\b(?:translated|prepared|produced|created|generated)\s{1,3}(?:(?:with|using|by)\s{1,3}(?:the\s{1,3})?(?:help|aid|assistance|use)\s{1,3}of|using|by|with)\s{1,3}(?:an?\s{1,3})?(?:machine|automatic|automated)[- ]translation\b/i,
    when: (b, i) => SELF_REF.test(sentenceOf(b, i)),
    ownVoice: true,
  },
];
RULES.push(...FIX8_RULES);
/** blind9: "Disclosure: the author has previously advised Baltgrid on …" (advice to a named party, no "for/with"). */
const FIX9_RULES: KindRule[] = [
  {
    kind: 'other',
    need: [['advised']],
    any: /\b(?:previously|formerly) advised (?:the )?[^\s,.;]+(?: [^\s,.;]+){0,2} on\b/i,
    // The writer or the publisher discloses it: the sentence opens with them.
    when: (b, i) => OWN_SUBJECT.test(b.slice(sentenceStart(b, i), i)),
    ownVoice: true,
  },
];
RULES.push(...FIX9_RULES);
/**
 * hedge13: wordings publishers use that no rule above held (docs/hedge-lexicon.md): a brand studio's credit
 * ("Produced by Harbor Studio for Quillon Backup"), a wire's press-release notice ("Press releases are provided by the
 * issuer"), a translation credit ("This article has been translated from German": the contract's syndicated kind).
 */
const HEDGE13_RULES: KindRule[] = [
  {
    kind: 'sponsored',
    need: [['studio', 'lab', 'creative'], ['for', 'with', 'behalf', 'partnership']],
    any: /\b(?:Studios?|Brand\s{1,3}Lab|Content\s{1,3}Lab|Creative)\s{1,3}(?:for|with|on\s{1,3}behalf\s{1,3}of|in\s{1,3}partnership\s{1,3}with)\s{1,3}[A-Z]/,
    // The studio is the one credited with the text: "Produced by Harbor Studio for …", not "the studio's film for …".
    when: (b, i) => /\b(?:produced|created|written|made)\s{1,3}by\s/i.test(b.slice(Math.max(0, i - 60), i)),
    ownVoice: true,
  },
  {
    kind: 'liability',
    need: [['release', 'content', 'announcement'], ['provided', 'supplied', 'submitted', 'distributed', 'published']],
    any: /\b(?:press\s{1,3}releases?|this\s{1,3}(?:press\s{1,3})?release|the\s{1,3}(?:following|above)\s{1,3}(?:content|release|announcement))\s{1,3}(?:is|are|was|has\s{1,3}been)\s{1,3}(?:provided|supplied|submitted|distributed|published)\s{1,3}(?:by\s{1,3}(?:the\s{1,3})?(?:issuer|issuing\s{1,3}company|sender|originator|advertiser)|as\s{1,3}(?:received|submitted|supplied|is|written))\b/i,
    ownVoice: true,
  },
  {
    kind: 'syndicated',
    need: [['translated'], ['from']],
    any: /\b(?:[Tt]his|[Tt]he)\s{1,3}(?:article|story|post|piece|report|column|interview|text|essay)\s{1,3}(?:has\s{1,3}been|was|is)\s{1,3}translated\s{1,3}from\s{1,3}(?:the\s{1,3})?(?:original\s{1,3})?[A-Z][a-z]{2,20}\b|^\s{0,3}[Tt]ranslated\s{1,3}from\s{1,3}(?:the\s{1,3})?[A-Z][a-z]{2,20}\b/,
    ownVoice: true,
  },
];
RULES.push(...HEDGE13_RULES);
/** hedge13: words of HEDGE13_RULES the box triggers do not know. */
const HEDGE13_TRIGGER = /studio|release|translated/i;
/** blind8: words of FIX8_RULES the box triggers do not know. */
const FIX8_TRIGGER = /transcri|caption/i;
/**
 * A forum's or comment section's house rules ("Posts reflect the opinions of their authors …", "Community rules:"): they
 * speak of what users post, not of the article.
 */
const USER_CONTENT_RULES = /^\s{0,5}(?:community|forum|comment|comments|discussion|posting|moderation)\s+(?:rules|guidelines|policy|terms)\s{0,3}[:—–]|\b(?:posts|comments|replies|contributions|messages)\s+(?:reflect|represent|express|are)\s+(?:only\s+)?(?:the\s+)?(?:views|opinions|responsibility)\s+of\s+(?:their|the)\s+(?:authors|posters|writers|members|users)\b/i;
/** A box worth classifying: it holds a word some disclaimer rule needs (BOX_TRIGGER: the box triggers in one pattern). */
const boxTrigger = (t: string): boolean => BOX_TRIGGER.test(t) || !!intlCues()?.disclaimers?.trigger(t);

/** Every gate word of RULES in one automaton (built on first use), and each rule's gate compiled against it. */
const ruleScan = lazyRuleScan(RULES);

function classify(block: string, labels = true): { kind: DisclaimerKind; index: number }[] {
  // Curly apostrophes read as straight ones (same length: offsets stay valid).
  const head = block.length > 4_000 ? block.slice(0, 4_000) : block;
  // (Most blocks hold no curly quote: two native searches instead of a regex pass and a copy.)
  const text = head.indexOf('’') === -1 && head.indexOf('‘') === -1 ? head : head.replace(/[’‘]/g, "'");
  const out: { kind: DisclaimerKind; index: number }[] = [];
  const isShort = text.length <= 160;
  const { scan: words, needs: SCAN_NEED } = ruleScan();
  const gate = words.load(text);
  for (let ri = 0; ri < RULES.length; ri++) {
    const r = RULES[ri]!;
    let idx = -1;
    if (r.label && isShort && labels) {
      const m = r.label.exec(text.trim());
      if (m) idx = 0;
    }
    if (idx < 0 && r.any && gate.passes(SCAN_NEED[ri]!) && (!r.pre || SHORTCUTS.off || r.pre(text))) {
      const m = r.any.exec(text);
      if (m) idx = m.index;
      // The long way (tests): the pattern first, then `pre` as the `when` it stands for.
      if (idx >= 0 && r.pre && SHORTCUTS.off && !r.pre(text)) idx = -1;
    }
    if (idx >= 0 && r.when && !r.when(text, idx)) idx = -1;
    if (idx > 0 && r.ownVoice && reportsSomeone(text, idx)) idx = -1;
    if (idx >= 0 && out.some((o) => o.kind === r.kind)) continue;
    if (idx >= 0) out.push({ kind: r.kind, index: idx });
  }
  // left10: Traditional Chinese, Korean and Polish notes, from the intl script when it is loaded (disclaimers-intl.ts).
  const intl = intlCues()?.disclaimers?.classify(text, labels && isShort);
  if (intl) for (const o of intl) if (!out.some((x) => x.kind === o.kind)) out.push(o);
  if (!out.some((o) => o.kind === 'correction') && correctionNote(text)) {
    const kind: DisclaimerKind = /\bcorrect/i.test(text.slice(0, 40)) ? 'correction' : /editor/i.test(text.slice(0, 20)) && !/\bupdat|\bcorrect/i.test(text) ? 'other' : 'correction';
    if (kind === 'correction') out.push({ kind, index: 0 });
  }
  // "Source: Hexline News", "Via: example.com": a short credit line naming an outlet or a site.
  if (labels && isShort && !out.some((o) => o.kind === 'syndicated') && outletCredit(text)) out.push({ kind: 'syndicated', index: 0 });
  // A line labelled "Disclaimer:" whose words name no other kind disclaims the text's reliability.
  if (!out.length && DISCLAIMER_LABEL.test(text) && wordCount(text) >= 6) out.push({ kind: 'liability', index: 0 });
  // Wording the rules above have not seen: a sentence about the text itself in one kind's vocabulary.
  // A sentence a phrase rule has already read is not read again for a second kind: "Opinions expressed … are their own
  // and do not reflect the views of X or its sponsors" is an opinion note, not also a sponsored one.
  const own = selfDisclaimer(text);
  if (own && !out.some((o) => o.kind === own.kind || inSentenceAt(text, own.index, o.index))) out.push(own);
  // fix7: a forum's or comment section's house rules are not the article's (liability and opinion dropped).
  if (out.length && USER_CONTENT_RULES.test(text)) return out.filter((o) => o.kind !== 'liability' && o.kind !== 'opinion');
  // A site-wide copyright or cookie notice that happens to disclaim is not the article's disclaimer.
  if (out.length && SITE_WIDE.test(text) && !out.some((o) => o.kind === 'sponsored' || o.kind === 'ai_generated')) {
    const copyrightOnly = /^\s*(?:©|copyright)/i.test(text) || /\bcookies?\b/i.test(text);
    if (copyrightOnly) return [];
  }
  return out;
}

/** Whether `index` falls in the sentence of `text` that starts at `start` (cut as the fallback cuts: `sentencesOf`). */
function inSentenceAt(text: string, start: number, index: number): boolean {
  if (index < start) return false;
  for (const s of sentencesOf(text.slice(start))) return index < start + s.text.length;
  return false;
}

/** The disclaimer text to report: the block, or around the match when the block is long. */
function excerpt(block: string, index: number): string {
  if (block.length <= MAX_TEXT) return block;
  const start = Math.max(0, block.lastIndexOf('. ', Math.max(0, index - 1)) + 1);
  return clip(block.slice(start).trim(), MAX_TEXT);
}

/** Chrome that is never the article's: lists of other stories, comments, sharing, ads, navigation, consent. */
const HARD_CHROME = /related|recommend|popular|trending|more-stories|read-more|outbrain|taboola|comment|discussion|disqus|newsletter|subscribe|signup|share|sharing|social|cookie|consent|gdpr|nav|menu|sidebar|widget|promo|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|banner|modal|popup|paywall|teaser|listing|site-footer/i;
const HARD_TAGS = new Set(['NAV', 'ASIDE', 'FORM', 'BUTTON', 'DIALOG', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG']);

/** The chrome level an element adds on top of its parent's: hard chrome is never read, soft only for sentence patterns. */
function ownChrome(el: Element, stop: Element | null): 'none' | 'soft' | 'hard' {
  if (!isChromeElement(el, stop)) return 'none';
  const role = el.getAttribute('role') ?? '';
  const cls = classAttr(el) + ' ' + (el.getAttribute('id') ?? '');
  // An <aside> inside the story is often its editor's note or disclosure box: read unless named as chrome.
  const tag = tagOf(el);
  if ((HARD_TAGS.has(tag) && tag !== 'ASIDE') || HARD_CHROME.test(cls) || /navigation|complementary|dialog|menu|banner|search/.test(role)) return 'hard';
  // A box marked as a disclaimer is never chrome, whatever its container says.
  if (/disclaim|disclosure|sponsor|partner|correction|update|editor/i.test(cls)) return 'none';
  return 'soft';
}

const BOX_TAGS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'EM', 'I', 'STRONG', 'B', 'SECTION', 'LI', 'BLOCKQUOTE', 'FOOTER', 'ASIDE', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BLOCKISH_TAGS = new Set(['P', 'DIV', 'SECTION', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'ASIDE', 'FOOTER', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'UL', 'OL', 'ARTICLE', 'MAIN', 'HEADER']);
const SKIP_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS']);

/** Words any disclaimer contains: boxes without one are not classified (keeps the DOM walk cheap). */
// redos-ok: tested only on a box of at most 2,400 characters (MAX_BOX * 2, checked first) or a sibling of at most MAX_BOX
const TRIGGER = /liab|purposes|responsib|guarant|warrant|as\s+is|own\s+risk|advice|sponsor|partner|paid|promoted|advertorial|branded|brand\s+studio|presented|brought|\bAI\b|A\.I\.|artificial|ChatGPT|language\s+model|LLM|originally|republish|reprint|syndicat|wire|source|original|via|courtesy|opinion|op-ed|op\s+ed|commentary|guest|views|necessarily|correct|update|clarif|editor|verif|vouch|accura|reference|endorse|research|notice|newsroom|journalist|behalf|marketing|commercial|collaborat|appeared|version|reproduc|distribut|machine|error|disclos|shares|stake|personal|belong|represent|reviewed|published|compensat|claims|own\s+the|substitute|commission|underwrit|automated|generative|capacity|feature|implied|gewähr|haftung|affiliate|cross-?post|imported|rss|stance|shared|perspective|regret|fixed|errat|mistake|consultant|investor|supporter|spouse|board|interest|travel|constitut|disclaim|adapted|excerpt/i;

/**
 * The box triggers (TRIGGER, FIX5_TRIGGER, FIX6_TRIGGER, LANG7_TRIGGER, INTL8_TRIGGER, FIX8_TRIGGER) as one alternation (same flags): one search of a box instead of four
 * (most boxes hold none of the words, so all three ran to the end). Append a later trigger to the list.
 */
export const BOX_TRIGGER_PARTS: readonly RegExp[] = [TRIGGER, FIX5_TRIGGER, FIX6_TRIGGER, LANG7_TRIGGER, INTL8_TRIGGER, FIX8_TRIGGER, HEDGE13_TRIGGER];
export const BOX_TRIGGER = new RegExp(BOX_TRIGGER_PARTS.map((r) => r.source).join('|'), 'i');

interface Box {
  text: string;
  /** Inside an article footer or meta line: sentence patterns only, no bare labels. */
  soft: boolean;
}

/*
 * extraBoxes' walk: module functions over module variables that each call sets and releases (the call is synchronous,
 * so no other walk runs in between). The walk as closures re-created per call lost its optimized code at every full
 * GC (docs/performance.md, sessions 13 and 14).
 */
let boxContainer: Element | null = null;
const NO_KNOWN: ReadonlySet<string> = new Set();
let boxKnown = NO_KNOWN;
let boxOut: Box[] = [];
let visited = 0;
let deepest = 0;
/** The container pass's walk below the container: the elements it visited, whether one of them is a block, the deepest level it reached. */
let below: { visits: number; hasBlock: boolean; depth: number } | null = null;

/**
 * Returns whether `el` is or holds a block-level element (so its parent is not an innermost box).
 * `seen`: `el` is strictly inside the container and this is the <article> pass. The container's pass read it
 * already, as a box at the same or a lower chrome level (chrome only adds up going down, the elements inside
 * are judged alike, and a deeper start only cuts more by depth): its box would repeat a text classified
 * before, which findDisclaimers skips. So only the walk is repeated (it counts towards the element cap and
 * says whether the parent is a box), not the text.
 */
function visit(el: Element, scope: Element, level: 'none' | 'soft', depth: number, seen: boolean): boolean {
  if (depth > deepest) deepest = depth;
  if (++visited > MAX_ELEMENTS || depth > 60) return true;
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return BLOCKISH_TAGS.has(tag);
  const own = el === scope ? 'none' : ownChrome(el, scope);
  if (own === 'hard') return BLOCKISH_TAGS.has(tag);
  const lv = own === 'soft' ? 'soft' : level;
  let hasBlock = false;
  // Children by sibling links (linkedom builds a new array for every `children` read).
  const kidsSeen = (seen || (el === boxContainer && scope !== boxContainer)) && !SHORTCUTS.off;
  if (kidsSeen && el === boxContainer && below && depth + below.depth <= 60 && visited + below.visits <= MAX_ELEMENTS) {
    // The <article> pass reaching the container: the walk below it would visit the same elements with the same
    // verdicts (chrome is judged without regard to the scope there) and read no box, and at this depth and
    // count it meets no cap either. Its answer and its count are the container pass's.
    visited += below.visits;
    hasBlock = below.hasBlock;
  } else {
    for (let kid = el.firstElementChild; kid; kid = kid.nextElementSibling) if (visit(kid, scope, lv, depth + 1, kidsSeen)) hasBlock = true;
  }
  // (A walk that met a cap here meets it again there: the checks above then fail and the walk is made.)
  if (el === boxContainer && scope === boxContainer) below = { visits: visited - 1, hasBlock, depth: deepest };
  if (!hasBlock && !seen && el !== scope && (BOX_TAGS.has(tag) || (tag === 'A' && isKickerLink(el)))) {
    const raw = el.textContent ?? '';
    // A box that repeats a block word for word (most of the container's paragraphs) would be skipped by
    // findDisclaimers: `boxKnown` holds only clean block texts, so its cleaned text is that block's text.
    if (raw.length <= MAX_BOX * 2 && !(boxKnown.has(raw) && !SHORTCUTS.off) && boxTrigger(raw)) {
      // A teaser label beside a link ("Sponsored" next to a recommended headline) is not the article's.
      const parent = el.parentElement;
      const teaser = raw.length < 40 && !!parent && parent !== scope && !hasLink(el) && hasLink(parent);
      const text = cleanText(raw);
      if (!teaser && text && text.length <= MAX_BOX) boxOut.push({ text, soft: lv === 'soft' });
    }
  }
  return hasBlock || BLOCKISH_TAGS.has(tag);
}

/**
 * Text boxes in the DOM around the body that body extraction may have left
 * out: the innermost text boxes of the container (and its enclosing
 * <article>), found in one walk that carries the chrome level down the tree,
 * and the few short elements right before and after the container.
 */
function extraBoxes(body: ArticleBody, known: ReadonlySet<string>): Box[] {
  const container = body.container;
  if (!container) return [];
  const out: Box[] = [];
  const scopes: Element[] = [container];
  const art = closestTag(container.parentElement, 'article');
  if (art && art !== container) scopes.push(art);
  boxContainer = container;
  boxKnown = known;
  boxOut = out;
  visited = 0;
  deepest = 0;
  below = null;
  for (const scope of scopes) visit(scope, scope, 'none', 0, false);

  // The few elements right before the container: a "Sponsored" kicker or an "Opinion" rubric above the headline.
  let prev = container.previousElementSibling;
  for (let k = 0; prev && k < MAX_TAIL_SIBLINGS; k++, prev = prev.previousElementSibling) {
    // An ARIA note ("content ancillary to the main content": a press-release or sponsor notice above the story) is
    // read even when its class calls it a banner (blind9).
    const note = prev.getAttribute('role') === 'note';
    if (isChromeElement(prev, null) && !isOwnLabel(prev) && !note) continue;
    const raw = prev.textContent ?? '';
    if (note && raw.length <= MAX_BOX) {
      const text = cleanText(raw);
      if (text && boxTrigger(text)) out.push({ text, soft: true });
      continue;
    }
    // A header block above the container (headline, standfirst, byline and an italic transparency note):
    // its own short boxes, read for sentence patterns only.
    if (raw.length > 160 && raw.length <= MAX_BOX * 3) {
      visit(prev, prev, 'soft', 0, false);
      continue;
    }
    // (A long element, the page's whole header or a list of other stories, is not cleaned only to be turned down.)
    if (cleanLongerThan(raw, 160)) continue;
    const text = cleanText(raw);
    if (text && text.length <= 160 && boxTrigger(text)) out.push({ text, soft: false });
  }
  // The few elements right after the container ("Source link", a trailing disclaimer box).
  let sib = container.nextElementSibling;
  for (let k = 0; sib && k < MAX_TAIL_SIBLINGS; k++, sib = sib.nextElementSibling) {
    if (isChromeElement(sib, null)) continue;
    const raw = sib.textContent ?? '';
    if (cleanLongerThan(raw, MAX_BOX)) continue;
    const text = cleanText(raw);
    if (text && text.length <= MAX_BOX && boxTrigger(text)) out.push({ text, soft: false });
  }
  // fix6: a short notice right after the container's parent or grandparent (a wire's "… is not responsible for
  // the content of any release" under the release's two-column row); fix7: one right before them (a newsletter's
  // "This issue is sponsored by …" row above the row that holds the issue). Read for sentence patterns only.
  out.push(...noticesBesideParents(container, art, 'after'), ...noticesBesideParents(container, art, 'before'));
  out.push(...labelsBeforeMain(container));
  boxContainer = null;
  boxKnown = NO_KNOWN;
  boxOut = [];
  return out;
}

/**
 * blind10: a label strip between the site header and the page's <main> or <article> ("PARTNER CONTENT · Presented by
 * X" in a `role="note"` strip or a box named sponsor/partner): the page's own marking of the story, though it sits
 * outside every box around the container. Only such strips are read (a note role or an own-label class, short).
 */
function labelsBeforeMain(container: Element): Box[] {
  const out: Box[] = [];
  let up: Element | null = container;
  for (let level = 0; up && level < 12; level++, up = up.parentElement) {
    const tag = tagOf(up);
    if (tag === 'BODY' || tag === 'HTML') break;
    if (tag !== 'MAIN' && tag !== 'ARTICLE' && up.getAttribute('role') !== 'main') continue;
    let prev = up.previousElementSibling;
    for (let k = 0; prev && k < 3; k++, prev = prev.previousElementSibling) {
      if (prev.getAttribute('role') !== 'note' && !isOwnLabel(prev)) continue;
      const raw = prev.textContent ?? '';
      if (raw.length > 160) continue;
      const text = cleanText(raw);
      if (text && boxTrigger(text)) out.push({ text, soft: false });
    }
  }
  return out;
}

/**
 * Sentence-length notices among the few siblings after (or before) the container's parent and grandparent. Before
 * them, table rows and cells count too: a newsletter's sponsor row sits in the layout table above the issue.
 */
function noticesBesideParents(container: Element, art: Element | null, side: 'after' | 'before'): Box[] {
  const out: Box[] = [];
  let up: Element | null = container.parentElement;
  for (let level = 0; up && level < MAX_UP_LEVELS && up !== art; level++, up = up.parentElement) {
    const tag = tagOf(up);
    if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') break;
    let s2 = side === 'after' ? up.nextElementSibling : up.previousElementSibling;
    for (let k = 0; s2 && k < MAX_UP_SIBLINGS; k++, s2 = side === 'after' ? s2.nextElementSibling : s2.previousElementSibling) {
      const t2 = tagOf(s2);
      if (isChromeElement(s2, null) || !(BLOCKISH_TAGS.has(t2) || (side === 'before' && (t2 === 'TR' || t2 === 'TD')))) continue;
      const raw = s2.textContent ?? '';
      if (cleanLongerThan(raw, MAX_TEXT)) continue;
      const text = cleanText(raw);
      // A sentence, not a slot label ("sponsored links" over an ad row).
      if (text && text.length <= MAX_TEXT && wordCount(text) >= 8 && boxTrigger(text)) out.push({ text, soft: true });
    }
  }
  return out;
}
/** fix6: how far up, and how many siblings beside each ancestor, the short-notice walk looks. */
const MAX_UP_LEVELS = 2;
const MAX_UP_SIBLINGS = 2;

/**
 * perf-rest9: whether `cleanText(s)` is longer than `max`, known without cleaning: more than `max` code units of `s`
 * are neither whitespace (JavaScript's \s) nor an invisible format character (INVISIBLE_RE), and cleaning keeps each
 * of those. False does not mean the clean text is short (the caller cleans and measures it then). The few elements
 * around the container are often a whole header, comment list or set of other stories, cleaned (two replacements
 * over tens of KB) only to fail a length test.
 */
export function cleanLongerThan(s: string, max: number): boolean {
  if (s.length <= max) return false;
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c >= 0xa0 && dropsOrCollapses(c)) continue;
    if (++kept > max) return true;
  }
  return false;
}

/** A code unit of 0xA0 and above that cleanText removes (invisible) or turns into a space (whitespace). */
function dropsOrCollapses(c: number): boolean {
  return (
    c === 0xa0 || c === 0xad || c === 0x61c || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029 ||
    (c >= 0x202a && c <= 0x202f) || c === 0x205f || (c >= 0x2060 && c <= 0x2069) || c === 0x3000 || c === 0xfeff
  );
}

/** `root.querySelector('a') !== null` without a selector engine: a descendant <a>, not inside a <template>. */
function hasLink(root: Element): boolean {
  let el: Element | null = root.firstElementChild;
  while (el) {
    const tag = tagOf(el);
    if (tag === 'A') return true;
    el = (tag === 'TEMPLATE' ? null : el.firstElementChild) ?? nextAfterSubtree(el, root);
  }
  return false;
}

/**
 * A short label box named for what it says ("sponsored-label", "partner-badge"), with no link in it: the
 * page's own marking of the article, though its class word makes it look like an ad slot to body extraction.
 */
function isOwnLabel(el: Element): boolean {
  if (!/sponsor|partner|paid|disclaim|disclosure/i.test(classAttr(el) + ' ' + (el.getAttribute('id') ?? ''))) return false;
  if (ownChrome(el, null) === 'hard') return false;
  const raw = el.textContent ?? '';
  return raw.length <= 80 && !el.querySelector('a');
}

/**
 * blind11: a short link right above the headline ("<a class="kicker" href="/comment">Opinion</a>"): the rubric the page
 * gives the story. An inline link is no box, and a rubric is often nothing but its section's link.
 */
function isKickerLink(el: Element): boolean {
  const next = el.nextElementSibling;
  return !!next && tagOf(next) === 'H1' && (el.textContent ?? '').length <= 40;
}

/** A box's own heading that says it is a disclaimer of the page ("Disclaimer", "Disclosure", "Legal notice", "Note"). */
const HEADED_RE = /^\s{0,3}(?:(?:legal|important|editorial|site|content)\s+)?(disclaimers?|disclosures?|notice|note|editor['’]?s\s+note)\s{0,3}:?\s{0,3}$/i;
/** Headed boxes never about the content: consent, comments, sign-up forms (by class or id). */
const HEADED_SKIP_CLASS = /cookie|consent|gdpr|comment|newsletter|subscribe|signup|login|search|menu|nav/i;
const HEADED_SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FORM', 'BUTTON', 'IFRAME', 'SELECT', 'HEADER', 'FIGURE', 'PICTURE', 'VIDEO', 'TABLE', 'UL', 'OL']);
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
/** A box heading by its class ("box-title", "widget-heading", "label"). */
const HEADING_CLASS = /title|heading|head\b|label/i;
export const HEADED_LIMITS = { maxElements: 3_000, maxLevels: 8, maxSiblings: 15, maxFollowing: 3 };

interface HeadedBox {
  text: string;
  /** "Disclaimer"/"Disclosure": the box is one whatever it says (unless about cookies or copyright); "Note": only when its text is one. */
  strong: boolean;
}

/** A heading's word ("Disclaimer", "Note") when `el` is such a heading. `cls`: the element's class value, '' without attributes (read once by the walk for both tests). */
function headingText(el: Element, tag: string, cls: string): string | null {
  if (!HEADING_TAGS.has(tag) && !((tag === 'DIV' || tag === 'SPAN' || tag === 'P' || tag === 'STRONG' || tag === 'B' || tag === 'DT') && cls !== '' && HEADING_CLASS.test(cls))) return null;
  const raw = el.textContent ?? '';
  if (raw.length > 60) return null;
  const m = HEADED_RE.exec(raw);
  return m ? m[1]! : null;
}

/*
 * headedBoxes' walk: module functions over module variables that each call sets and releases (synchronous), for the
 * same reason as extraBoxes' walk above.
 */
let headedOut: HeadedBox[] = [];
let headedVisited = 0;

function takeHeaded(heading: Element, word: string): void {
  const parts: string[] = [];
  let n = 0;
  for (let sib = heading.nextElementSibling; sib && n < HEADED_LIMITS.maxFollowing; sib = sib.nextElementSibling, n++) {
    if (HEADING_TAGS.has(tagOf(sib))) break;
    const t = cleanText(sib.textContent ?? '');
    if (t) parts.push(t);
  }
  const text = parts.join(' ');
  if (text && text.length <= MAX_BOX) headedOut.push({ text, strong: /^discl/i.test(word) });
}

function walkHeaded(root: Element): void {
  let el: Element | null = root;
  while (el && headedVisited < HEADED_LIMITS.maxElements && headedOut.length < 4) {
    headedVisited++;
    const tag = tagOf(el);
    // No attribute, no class or id to read. The class and the id are tested apart: no word of the pattern holds
    // a space, so it matches "class id" exactly when it matches one of them.
    const attrs: boolean = el.hasAttributes();
    const cls: string = attrs ? classAttr(el) : '';
    const skip: boolean = HEADED_SKIP_TAGS.has(tag) || (attrs && (HEADED_SKIP_CLASS.test(cls) || HEADED_SKIP_CLASS.test(el.getAttribute('id') ?? '')));
    if (!skip) {
      const word = headingText(el, tag, cls);
      if (word) takeHeaded(el, word);
    }
    el = (skip || tag === 'TEMPLATE' ? null : el.firstElementChild) ?? (el === root ? null : nextAfterSubtree(el, root));
  }
}

/**
 * Boxes near the article headed "Disclaimer", "Disclosure" or "Note" (a sidebar widget, a box under the
 * post): the few elements after the heading, read as one text. Walks the siblings of the container and of
 * its ancestors (not the container itself: its boxes are read already), within a fixed element budget.
 */
function headedBoxes(container: Element | null | undefined): HeadedBox[] {
  const out: HeadedBox[] = [];
  if (!container) return out;
  headedOut = out;
  headedVisited = 0;
  let anc: Element | null = container;
  for (let level = 0; anc && level < HEADED_LIMITS.maxLevels; level++, anc = anc.parentElement) {
    const tag = tagOf(anc);
    if (tag === 'BODY' || tag === 'HTML') break;
    let k = 0;
    for (let s = anc.previousElementSibling; s && k < HEADED_LIMITS.maxSiblings; s = s.previousElementSibling, k++) walkHeaded(s);
    k = 0;
    for (let s = anc.nextElementSibling; s && k < HEADED_LIMITS.maxSiblings; s = s.nextElementSibling, k++) walkHeaded(s);
    if (headedVisited >= HEADED_LIMITS.maxElements) break;
  }
  headedOut = [];
  return out;
}

/** Letters and digits only, lower case ("Al Jazeera News" → "aljazeeranews"). */
const squash = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A "Source: X" / "Via: X" line whose X is the page's own site (by its name or its domain's main label). */
function namesThePublisher(text: string, page: { siteName?: string | null; url?: string | null }): boolean {
  const m = /^\s{0,3}(?:source|via)\s{0,3}:\s{0,3}(.{2,80})$/i.exec(text);
  if (!m) return false;
  const named = squash(m[1]!);
  const own: string[] = [];
  if (page.siteName) own.push(squash(page.siteName));
  const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(page.url ?? '')?.[1];
  if (host) {
    const labels = host.split('.');
    const main = labels.length >= 3 && labels[labels.length - 2]!.length <= 3 ? labels[labels.length - 3] : labels[labels.length - 2];
    if (main) own.push(squash(main));
  }
  return own.some((o) => o.length >= 3 && (named.startsWith(o) || o.startsWith(named)));
}

/** Find the article's own disclaimers (liability, sponsored, AI, syndicated, opinion, corrections). */
/**
 * Build the rules' word scan and compile the box trigger on a short text of our own, as a step of its own: on a cold
 * page their first use was most of the disclaimer step's 40–60 ms (Node / Chromium, the 1 MB corpus page). True when
 * this call did the warming (the first).
 */
export function warmDisclaimers(): boolean {
  // perf-rest9: once per loaded analyzer, like attribution's warm-up (analyze.ts): the scan is built once and the
  // patterns stay compiled, so later pages only paid a classification of the warm text (~1 % of the analysis).
  if (disclaimersWarmed) return false;
  disclaimersWarmed = true;
  try {
    BOX_TRIGGER.test('A short note.');
    classify('This story was updated.', true);
  } catch {
    /* warming only saves time */
  }
  return true;
}
let disclaimersWarmed = false;

export function findDisclaimers(body: ArticleBody, sentences: Sentence[], page: { siteName?: string | null; url?: string | null } = {}): Disclaimer[] {
  const it = findDisclaimersSteps(body, sentences, page, 0);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/**
 * `findDisclaimers` in steps: yields after every `every` classified texts (0: never), so the extension can give the page
 * the main thread on a giant page (the 1 MB corpus page's 1,500 blocks were one ~45 ms stretch in Chromium).
 */
export function* findDisclaimersSteps(body: ArticleBody, _sentences: Sentence[], page: { siteName?: string | null; url?: string | null } = {}, every = 0): Generator<void, Disclaimer[], void> {
  const out: Disclaimer[] = [];
  let classified = 0;
  try {
    const seen = new Set<string>();
    const boxes: Box[] = [];
    // Block texts that cleanText leaves as they are: a box with the same text is classified already.
    const known = new Set<string>();
    for (const b of body.blocks) {
      if (b.kind === 'title') continue;
      boxes.push({ text: b.text, soft: false });
      if (alreadyClean(b.text)) known.add(b.text);
    }
    boxes.push(...extraBoxes(body, known));
    // fix12: a press release or a letter quoted in a <blockquote> speaks for its author: its forward-looking-statements
    // notice is the company's, not the publisher's (blind12). Quoted blocks, whitespace folded, to test excerpts against.
    let quoted = '';
    for (const b of body.blocks) if (b.kind === 'quote') quoted += ' ' + b.text;
    quoted = quoted.replace(/\s+/g, ' ');
    // Texts classified so far → whether bare labels were read too. A box that repeats a block (most of the
    // container's boxes are its paragraphs) finds nothing new: the same text gives the same kinds and excerpts,
    // and without labels a subset of them; every one was already kept or turned down.
    const done = new Map<string, boolean>();
    for (const { text, soft } of boxes) {
      const before = done.get(text);
      if (before === true || before === !soft) continue;
      done.set(text, !soft);
      if (every > 0 && ++classified % every === 0) yield;
      for (const { kind, index } of classify(text, !soft)) {
        const t = excerpt(text, index);
        const key = kind + '\u0000' + t;
        if (seen.has(key)) continue;
        // "Source: Al Jazeera News" on Al Jazeera's own page credits its own reporting: not a republication.
        if (kind === 'syndicated' && namesThePublisher(t, page)) continue;
        if (quoted && quoted.includes(t.replace(/\s+/g, ' ').trim())) continue;
        // The same disclaimer seen as a block and as a box: keep the one already found. A correction's label line
        // ("This article was amended on 13 March.") gives way to its box, which says what was wrong (blind9).
        const same = out.findIndex((d) => d.kind === kind && (d.text.includes(t) || t.includes(d.text)));
        if (same >= 0) {
          if (kind === 'correction' && t.length > out[same]!.text.length) out[same] = { kind, text: t };
          continue;
        }
        seen.add(key);
        out.push({ kind, text: t });
        if (out.length >= 20) return out;
      }
    }
    // A box headed "Disclaimer"/"Disclosure" near the article is one of the page's, whatever its words (not a cookie or copyright notice).
    for (const h of headedBoxes(body.container)) {
      const found = classify(h.text, false);
      if (!found.length && h.strong && !SITE_WIDE.test(h.text) && wordCount(h.text) >= 6) found.push({ kind: 'other', index: 0 });
      for (const { kind, index } of found) {
        const t = excerpt(h.text, index);
        if (out.some((d) => d.kind === kind && (d.text.includes(t) || t.includes(d.text)))) continue;
        out.push({ kind, text: t });
        if (out.length >= 20) return out;
      }
    }
  } catch {
    // Never throw on odd DOMs: disclaimers found so far stand.
  }
  return out;
}

/** The `any` patterns with their gates, for the gate test (tests/unit/gates.test.ts). */
export const DISCLAIMER_GATED: { re: RegExp; need: Need }[] = /* @__PURE__ */ RULES.flatMap((r) => (r.any ? [{ re: r.any, need: r.need }] : []));

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const DISCLAIMER_PATTERNS: RegExp[] = /* @__PURE__ */ (() => [
  ...SELF_DISCLAIMER_PATTERNS,
  ...RULES.flatMap((r) => [r.any, r.label].filter((x): x is RegExp => !!x)),
  LIABILITY_MORE,
  HEADED_RE,
  HEADED_SKIP_CLASS,
  HEADING_CLASS,
  SELF_REF,
  AI_LABEL,
  UPDATE_HEAD,
  UPDATE_BRACKET,
  UPDATE_LEAD,
  NEWSROOM_REF,
  REPORTING,
  INTEREST,
  OWN_SUBJECT,
  OWN_HOLDING,
  OWN_ROLE,
  OWN_WORK,
  DISCLAIMER_LABEL,
  AI_DISCLOSURE,
  CREDIT_LINE,
  DOMAIN_NAME,
  SITE_WIDE,
  HARD_CHROME,
  TRIGGER,
  NOTE_HEAD,
  TRANSPARENCY_HEAD,
  FIX5_TRIGGER,
  FIX6_TRIGGER,
  BOX_TRIGGER,
  USER_CONTENT_RULES,
  WIRE_NAME,
  SELF_REF_INTL,
  NEWSROOM_INTL,
  AI_INTL,
  AD_READ,
])();
