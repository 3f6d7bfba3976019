import { classAttr, type ArticleBody } from './body';
import type { DomIndex } from './dom-index';
import { boundedText } from './dom-bounded';
import type { SourceDirectory } from './directory';
import type { PageFacts } from './metadata';
import type { SourceLabel } from './report';
import { countWords } from './text';
import './security-vocabulary-wide';
import { findTerms, normToken, REVIEW_WORK_RE, SPORT_WORK_RE, SECURITY_PATH_RE, SECURITY_SECTION_RE, type Concept, type Hit } from './security-vocabulary';

/**
 * Is the main subject of the page cybersecurity? Weighted vocabulary in the
 * headline, lead and body (density, not raw counts), at least two distinct
 * security concepts, plus what the page and its publisher declare: a known
 * security news site (through the SourceDirectory), a security URL section,
 * declared sections and tags. Reviews of films, shows and games are discounted.
 */

export interface SecurityVerdict {
  points: number;
  reasons: string[];
  concepts: number;
}

export const SECURITY_LIMITS = { maxBodyChars: 60_000, maxReasons: 3 };

interface Zone {
  hits: Hit[];
  concepts: Set<Concept>;
  strongWeight: number;
}

function zone(text: string): Zone {
  // The hand-written scan at every length: same hits as the regex tokeniser (tested), faster and without token strings.
  const hits = findTerms(text, SECURITY_LIMITS.maxBodyChars, 'loop');
  const concepts = new Set<Concept>();
  let strongWeight = 0;
  for (const h of hits) {
    if (h.weight >= 2) {
      concepts.add(h.concept);
      strongWeight += h.weight;
    }
  }
  return { hits, concepts, strongWeight };
}

/** Points for distinct concepts in a zone: strong terms count by concept, weak ones a little. */
function zonePoints(z: Zone, strong: number, medium: number, weak: number, cap: number): number {
  const best = new Map<Concept, number>();
  let weakSeen = 0;
  for (const h of z.hits) {
    if (h.weight === 1) {
      weakSeen++;
      continue;
    }
    best.set(h.concept, Math.max(best.get(h.concept) ?? 0, h.weight));
  }
  let p = 0;
  for (const w of best.values()) p += w >= 3 ? strong : medium;
  p += Math.min(weakSeen, 2) * weak;
  return Math.min(p, cap);
}

/** Is the label a security news outlet? (`securityNews` is an optional flag of the source database.) */
export function isSecurityOutlet(label: SourceLabel | null): boolean {
  if (!label) return false;
  const flag = (label as SourceLabel & { securityNews?: boolean }).securityNews;
  if (flag === true) return true;
  // Vendor-owned news sites (The Record, Threatpost, Decipher…) are security news outlets.
  return label.kind === 'outlet' && label.ownerIsSecurityVendor === true;
}

/** Pick display terms for a reason: CVE IDs and named actors first, then strong concepts; distinct. */
function displayTerms(hits: Hit[], max: number): string[] {
  const seen = new Set<string>();
  const seenConcept = new Set<Concept>();
  const ranked = hits
    .filter((h) => h.weight >= 2)
    .map((h, i) => ({ h, i, r: /^CVE-/i.test(h.text) ? 0 : h.concept === 'actor' ? 1 : h.weight >= 3 ? 2 : 3 }))
    .sort((a, b) => a.r - b.r || a.i - b.i);
  const out: string[] = [];
  for (const { h } of ranked) {
    const key = normToken(h.text);
    if (seen.has(key) || (seenConcept.has(h.concept) && h.concept !== 'actor' && !/^CVE-/i.test(h.text))) continue;
    // "hackers" after "North Korea's hackers" says nothing new.
    if (out.some((o) => o.toLowerCase().includes(h.text.toLowerCase()))) continue;
    seen.add(key);
    seenConcept.add(h.concept);
    out.push(h.concept === 'actor' ? h.text : displayForm(h.text));
    if (out.length >= max) break;
  }
  return out;
}

/** Lower-case common words, keep acronyms, IDs and proper names as written. */
function displayForm(t: string): string {
  if (/^CVE-/i.test(t)) return t.toUpperCase();
  if (/[A-Z].*[A-Z]|\d/.test(t) || /^[A-Z][a-z]+ [A-Z]/.test(t)) return t;
  return t.toLowerCase();
}

function listText(xs: string[]): string {
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/**
 * A note about the piece itself at the head of the body ("This is an opinion column…", "Editor's note:",
 * "Disclosure: …", "This article first appeared in …"): not the lead of the story.
 */
const LEAD_NOTE_RE =
  /^(?:(?:editor|author|publisher)['’]?s['’]? note\b|(?:disclosure|disclaimer|note|update|updated|correction|clarification)\s{0,2}:|(?:this|the following) (?:is an?|article is an?|column is an?|piece is an?|post is an?) (?:opinion|guest|sponsored|paid|commentary|op-ed|personal|edited)\b|the (?:views|opinions) expressed\b|(?:this|the following) (?:article|story|post|piece|content|column) (?:was|is|has been|first|originally)\b)/i;

/** Is a body paragraph a note about the piece rather than its lead? */
export function isLeadNote(text: string): boolean {
  return text.length < 400 && LEAD_NOTE_RE.test(text.trimStart());
}

/** Class words of a standfirst/subtitle element (a page's declared description is often missing). */
const SUBTITLE_CLASS_RE = /(?:^|[\s_-])(?:sub-?title|subhead(?:line|ing)?|sub-headline|standfirst|dek|deck|strapline|kicker-text|article-summary|lede|summary)(?:$|[\s_-])/i;

export const SUBTITLE_LIMITS = { maxScan: 60, minChars: 30, maxChars: 400 };

/** The page's subtitle/standfirst: the first h2–h4 or p among the first few whose class says so. */
export function findSubtitle(index: DomIndex): string | null {
  try {
    for (const list of [index.h234, index.pPre]) {
      const n = Math.min(list.length, SUBTITLE_LIMITS.maxScan);
      for (let i = 0; i < n; i++) {
        const el = list[i]!;
        if (!SUBTITLE_CLASS_RE.test(classAttr(el))) continue;
        const t = boundedText(el, 500, SUBTITLE_LIMITS.maxChars + 1).replace(/\s+/g, ' ').trim();
        if (t.length >= SUBTITLE_LIMITS.minChars && t.length <= SUBTITLE_LIMITS.maxChars) return t;
      }
    }
  } catch {
    /* a broken element: no subtitle */
  }
  return null;
}

/**
 * A paragraph long enough to be the lead: 60 characters, or 24 of Chinese or Japanese, where a character carries
 * about a word (intl8: a Chinese story of 40-character paragraphs had no lead and no body, so no topic at all).
 */
function isLeadLength(t: string): boolean {
  return t.length >= 60 || (t.length >= 24 && CJK_CHAR_RE.test(t));
}
const CJK_CHAR_RE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * `blockWords`, when given, is `countWords` of each of `body.blocks` (the first look counts them once for this and
 * the report): the body's word count is then their sum over the blocks read here, not a count of the joined text.
 */
export function detectSecurity(facts: PageFacts, body: ArticleBody, url: string | null, db: SourceDirectory, subtitle: string | null = null, blockWords?: number[]): SecurityVerdict {
  const title = facts.meta.title ?? '';
  // Captions are no body text, except in a photo story whose captions outweigh its paragraphs (blind9: a gallery).
  let captionChars = 0;
  let textChars = 0;
  for (const b of body.blocks) {
    if (b.kind === 'caption') captionChars += b.text.length;
    else if (b.kind !== 'title') textChars += b.text.length;
  }
  const captions = captionChars > textChars;
  const blocks: ArticleBody['blocks'] = [];
  const counts: number[] = [];
  for (let i = 0; i < body.blocks.length; i++) {
    const b = body.blocks[i]!;
    if (b.kind === 'title' || (b.kind === 'caption' && !captions)) continue;
    blocks.push(b);
    if (blockWords) counts.push(blockWords[i]!);
  }
  // Lead: the standfirst/description and the first two substantial paragraphs (a note about the piece is not one).
  const leadParts: string[] = [];
  let known = 0;
  let idx = 0;
  // blind14: list items passed over on the way to the lead ("what we know so far": bulleted facts under
  // subheadings, one paragraph at the end) are still body text.
  const passed: number[] = [];
  for (; idx < blocks.length && leadParts.length < 2; idx++) {
    const b = blocks[idx]!;
    if ((b.kind === 'paragraph' || b.kind === 'caption') && isLeadLength(b.text) && !(leadParts.length === 0 && isLeadNote(b.text))) {
      leadParts.push(b.text);
      if (blockWords) known += counts[idx]!;
    } else if (b.kind === 'list-item') passed.push(idx);
  }
  // blind10: a body of list items only (an unrolled thread) has no lead paragraph; its text is still the body.
  if (!leadParts.length) {
    idx = 0;
    passed.length = 0;
  }
  const description = facts.description ?? subtitle ?? '';
  const leadText = [description, ...leadParts].join(' \n ');
  let restChars = 0;
  const rest: string[] = [];
  for (const i of passed) {
    if (restChars >= SECURITY_LIMITS.maxBodyChars) break;
    rest.push(blocks[i]!.text);
    restChars += blocks[i]!.text.length;
    if (blockWords) known += counts[i]!;
  }
  for (let i = idx; i < blocks.length && restChars < SECURITY_LIMITS.maxBodyChars; i++) {
    rest.push(blocks[i]!.text);
    restChars += blocks[i]!.text.length;
    if (blockWords) known += counts[i]!;
  }
  const bodyText = [...leadParts, ...rest].join(' \n ');

  const zt = zone(title);
  const zl = zone(leadText);
  const zb = zone(bodyText);

  let p = 0;
  p += zonePoints(zt, 2.5, 1.5, 0.5, 5);
  p += zonePoints(zl, 1.5, 1, 0.25, 4);
  // Body: weighted density per 1000 words (CJK characters count half a word).
  // Word runs never cross the ' \n ' that joins the blocks: the blocks' counts add up to the joined text's.
  const bodyWords = blockWords ? known : countWords(bodyText);
  const words = Math.max(150, bodyWords * (/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(bodyText) ? 0.5 : 1));
  let weighted = 0;
  for (const h of zb.hits) weighted += h.weight >= 2 ? h.weight : 0.3;
  const density = (weighted / words) * 1000;
  p += Math.min(4, density / 5);

  const concepts = new Set<Concept>([...zt.concepts, ...zl.concepts, ...zb.concepts]);
  const topic = topicConcept(zt, zl, zb);
  if (concepts.size >= 3) p += 1;
  if (concepts.size >= 5) p += 0.5;
  const cves = zb.hits.concat(zt.hits).filter((h) => /^CVE-/i.test(h.text));
  if (cves.length) p += 1;

  const reasons: string[] = [];
  // Vocabulary reason.
  const headTerms = displayTerms([...zt.hits, ...zl.hits], 3);
  if (headTerms.length && (zt.concepts.size || zl.concepts.size)) {
    const where = zt.concepts.size && zl.concepts.size ? 'in the headline and lead' : zt.concepts.size ? 'in the headline' : 'in the lead';
    reasons.push(`Mentions ${listText(headTerms)} ${where}`);
  } else {
    const bodyTerms = displayTerms(zb.hits, 3);
    if (bodyTerms.length >= 2) reasons.push(`Mentions ${listText(bodyTerms)} in the article`);
  }

  // Declared and publisher signals only add to a page that talks about security at all.
  const vocab = p;
  const publisher = url ? safeByUrl(db, url) : null;
  if ((isSecurityOutlet(publisher) || (url !== null && safeIsSecuritySite(db, url))) && vocab >= 1) {
    p += 2.5;
    reasons.push(publisher ? `Published by a security news site (${publisher.name})` : 'Published by a security news site');
  }
  let path = '';
  try {
    path = url ? new URL(url).pathname : '';
  } catch {
    path = '';
  }
  const pathMatch = SECURITY_PATH_RE.exec(path);
  const section = facts.section.find((s) => SECURITY_SECTION_RE.test(s.trim()));
  if (section && vocab >= 1) {
    p += 2;
    reasons.push(`Declared section: ${section}`);
  } else if (pathMatch && vocab >= 1) {
    p += 1.5;
    reasons.push(`Filed under the site's ${pathMatch[0].replace(/[/.]|html?$/gi, '')} section`);
  }
  // Tags count only on a page that talks about security at all: read them only then (most pages stop here).
  const tagHits = vocab >= 1 ? facts.keywords.filter((k) => findTerms(k, 200).some((h) => h.weight >= 2) || SECURITY_SECTION_RE.test(k.trim())) : [];
  if (tagHits.length && vocab >= 1) {
    p += Math.min(1.5, 0.5 * tagHits.length);
    if (reasons.length < SECURITY_LIMITS.maxReasons) reasons.push(`Tagged ${listText(tagHits.slice(0, 3))}`);
  }

  // Discounts.
  if (concepts.size <= 1 && !topic) p *= 0.5;
  const reviewType = facts.ldTypes.some((t) => /^(?:Review|ReviewNewsArticle|Movie|TVSeries|TVEpisode|VideoGame|Book|Recipe|CriticReview)$/.test(t));
  // Discounts only subtract and the result is floored at 0: with no points there is nothing to discount.
  const reviewWords = p > 0 ? (title + ' ' + bodyText.slice(0, 20_000)).match(REVIEW_WORK_RE)?.length ?? 0 : 0;
  const reviewTitle = /\breview\b|\brezension\b|\bcritique\b|\breseña\b|\brecensione\b|\bтрейлер\b|\bwalkthrough\b|\bguide\b/i.test(title);
  if ((reviewType || reviewTitle) && reviewWords >= 3) {
    p -= 6;
  } else if (reviewWords >= 8 && reviewWords * 4 > zb.strongWeight) {
    p -= 3;
  }
  // fix6: a match report whose attack/breach/vulnerability words are figures of speech (no CVE, few strong terms).
  if (p > 0 && !cves.length) {
    const sportWords = bodyText.slice(0, 20_000).match(SPORT_WORK_RE)?.length ?? 0;
    if (sportWords >= 5 && sportWords * 2 > zb.strongWeight) p -= 3;
  }
  return { points: Math.max(0, p), reasons: reasons.slice(0, SECURITY_LIMITS.maxReasons), concepts: topic ? Math.max(2, concepts.size) : concepts.size };
}

/**
 * A story about one thing only ("ransomware" in the headline, the lead and three more times in the body, and no other
 * security word) has one concept, and two are required: the second is a guard against a page that mentions security
 * once. An unambiguous term (weight 3) in the headline whose concept the lead and body repeat is the page's topic, not
 * a passing mention, and stands for the second.
 */
function topicConcept(zt: Zone, zl: Zone, zb: Zone): Concept | null {
  for (const h of zt.hits) {
    if (h.weight < 3 || KIDNAP_SENSE_RE.test(h.text)) continue;
    let more = 0;
    for (const x of zl.hits) if (x.concept === h.concept && x.weight >= 3) more++;
    if (!more) continue;
    for (const x of zb.hits) if (x.concept === h.concept && x.weight >= 3) more++;
    if (more >= TOPIC_REPEATS) return h.concept;
  }
  return null;
}
/** Strong hits of the headline's concept in the lead and body together (the lead's paragraphs count in both). */
const TOPIC_REPEATS = 4;
/** A ransom note or demand is ransomware's beside other security words, and a kidnapper's on its own. */
const KIDNAP_SENSE_RE = /^ransom\s/i;

function safeByUrl(db: SourceDirectory, url: string): SourceLabel | null {
  try {
    return db.byUrl(url);
  } catch {
    return null;
  }
}

function safeIsSecuritySite(db: SourceDirectory, url: string): boolean {
  try {
    return db.isSecurityNewsSite?.(url) === true;
  } catch {
    return false;
  }
}
