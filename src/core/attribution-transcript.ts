import { SHORTCUTS } from './gate';
import type { Sentence } from './sentences';
import { isPersonName } from './source-kind';

/**
 * Interviews and transcripts: Q&A labels, the interviewer and the guest, speaker labels ("SMITH:"), so an answer
 * is attributed to the one who gives it.
 */

/**
 * left12: a Q&A whose questions are paragraphs of their own (in bold on the page: "What happened on the first
 * morning?") and whose answers carry no label. At least three question paragraphs, each followed by an answer
 * paragraph, and answers in the first person ("we", "I", "our") for most of them: rhetorical questions in an article
 * are answered in the third person. Returns the first sentence of the first question and of each answer paragraph.
 */
export function qaQuestions(sentences: Sentence[], n: number): { firstQ: number; answers: Set<number> } | null {
  let firstQ = -1;
  let pairs = 0;
  let firstPerson = 0;
  const answers = new Set<number>();
  let si = 0;
  while (si < n) {
    const sent = sentences[si]!;
    let end = si + 1;
    while (end < n && sentences[end]!.block === sent.block) end++;
    const last = sentences[end - 1]!.text.trimEnd();
    const question = sent.blockKind === 'paragraph' && end - si <= 2 && QUESTION_END.test(last) && last.length <= 250;
    if (question && end < n && sentences[end]!.blockKind === 'paragraph') {
      const next = sentences[end]!;
      let aEnd = end + 1;
      while (aEnd < n && sentences[aEnd]!.block === next.block) aEnd++;
      if (!QUESTION_END.test(sentences[aEnd - 1]!.text.trimEnd())) {
        if (firstQ < 0) firstQ = si;
        pairs++;
        answers.add(end);
        let text = '';
        for (let k = end; k < aEnd && text.length < 1_500; k++) text += ' ' + sentences[k]!.text;
        if (FIRST_PERSON.test(text)) firstPerson++;
        si = aEnd;
        continue;
      }
    }
    si = end;
  }
  return pairs >= 3 && firstQ >= 1 && firstPerson * 2 > pairs ? { firstQ, answers } : null;
}
const QUESTION_END = /\?[”"’]?$/;
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|I['’]d|we|We|we['’]re|We['’]re|we['’]ve|our|Our|us|my|My)\b/;

/**
 * Guests introduced in an interview or podcast ("Ben talks to Priya Raman,
 * principal threat researcher at SentinelOne"), keyed by full name, so their
 * "Name:" transcript turns are attributions. Hosts are not guests.
 */
export function transcriptGuests(sentences: Sentence[], n: number): Map<string, { name: string; role: string | null }> {
  const out = new Map<string, { name: string; role: string | null }>();
  // Cheap test first: transcripts have speaker labels.
  let labels = 0;
  for (let si = 0; si < n && labels < 2; si++) {
    const t = sentences[si]!.text;
    // The label opens on a capital and its colon sits in the first 60 characters: most sentences fail one of these.
    if (!colonLabelPossible(t, 60)) continue;
    if (/^[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){1,2}:\s/u.test(t.slice(0, 60))) labels++;
  }
  if (labels < 2) return out;
  for (let si = 0; si < Math.min(n, 60) && out.size < 4; si++) {
    const t = sentences[si]!.text.slice(0, 600);
    const m = /\b(?:talks? (?:to|with)|speaks? (?:to|with)|(?:is|are) joined by|sits? down with|sat down with|in conversation with|interviews|our guests? (?:is|are|this week is)|guests?:) ((?:[A-Z][\p{L}’'-]+ ){1,2}[A-Z][\p{L}’'-]+)(?:, ([^,;.]{3,100}),)?/u.exec(t.replace(/\s+/g, ' '));
    if (!m || !isPersonName(m[1]!)) continue;
    out.set(m[1]!, { name: m[1]!, role: m[2] ?? null });
  }
  return out;
}

/**
 * Whether `t.slice(0, within)` may open with a "Label: " of a capital first (the label patterns need both): a capital
 * first, and a colon before the last character of the slice (a white space must follow it inside the slice).
 */
function colonLabelPossible(t: string, within: number): boolean {
  const c = t.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return false;
  return SHORTCUTS.off || hasColonBefore(t, within - 1);
}

/** A colon among the first `end` characters of `t`. */
function hasColonBefore(t: string, end: number): boolean {
  const at = t.indexOf(':');
  return at >= 0 && at < end;
}

/** "WALLACE: …" at the start of a sentence (after an opening quote at most). */
export const SPEAKER_LABEL = /^["“]?([A-Z][A-Z’'.-]{1,20}(?: [A-Z][A-Z’'.-]{1,20}){0,2}):\s/;
const NOT_SPEAKERS = /^(?:UPDATE|UPDATED|NOTE|EDITOR|EDITORS|CORRECTION|CLARIFICATION|WARNING|ALERT|BREAKING|WATCH|READ|RELATED|SOURCE|SOURCES|SEE|ALSO|PHOTO|PHOTOS|VIDEO|IMAGE|CREDIT|Q|A|FAQ|TL;DR|TLDR|NB|PS|IOCS?|CVE|CVSS|SHA\d*|MD5|URL|IP|DATE|TIME|TOPIC|TOPICS|TAGS|SUMMARY|BACKGROUND|CONTEXT|ANALYSIS|OPINION|COMMENTARY|DISCLAIMER|DISCLOSURE|SPONSORED|ADVERTISEMENT|AD|FILE|WASHINGTON|LONDON|NEW YORK|BEIJING|MOSCOW)$/;

/**
 * Speakers of a transcript ("WALLACE: …", "PENCE: …"): labels in capitals that
 * open at least two sentences each, from at least two speakers, so a lone
 * "UPDATE:" or a dateline never makes one.
 */
export function transcriptSpeakers(sentences: Sentence[], n: number): Set<string> {
  const counts = new Map<string, number>();
  for (let si = 0; si < n; si++) {
    const t = sentences[si]!.text;
    const c = t.charCodeAt(0);
    // Cheap test first: a capital or an opening quote, then a capital.
    if (!((c >= 65 && c <= 90) || c === 0x22 || c === 0x201c)) continue;
    if (!SHORTCUTS.off && !hasColonBefore(t, 69)) continue;
    const m = SPEAKER_LABEL.exec(t.slice(0, 70));
    if (!m || NOT_SPEAKERS.test(m[1]!) || !/[A-Z]{2}/.test(m[1]!)) continue;
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    if (counts.size > 12) break;
  }
  const out = new Set<string>();
  for (const [k, v] of counts) if (v >= 2) out.add(k);
  return out.size >= 2 ? out : new Set();
}

/** "Arakawa: …", "Kenji Arakawa: …": a name label opening a paragraph. */
export const QA_LABEL = /^([A-Z][\p{L}’'-]{1,30}(?:\s[A-Z][\p{L}’'-]{1,30}){0,2}):\s/u;

/**
 * Q&A speaker labels: a mixed-case name label that opens at least two
 * paragraphs (a bold "Arakawa:" in a print interview). Capitalised labels
 * ("PENCE:") and "Q:"/"A:" are read elsewhere; a lone "Update:" never counts.
 */
export function qaTurnLabels(sentences: Sentence[], n: number): Set<string> {
  const counts = new Map<string, number>();
  for (let si = 0; si < n; si++) {
    const sent = sentences[si]!;
    if (sent.blockKind !== 'paragraph' || (si > 0 && sentences[si - 1]!.block === sent.block)) continue;
    if (!colonLabelPossible(sent.text, 60)) continue;
    const m = QA_LABEL.exec(sent.text.slice(0, 60));
    if (!m || /^[A-Z]+$/.test(m[1]!) || /^(?:The|A|An|Our|Your)\s/.test(m[1]!) || NOT_SPEAKERS.test(m[1]!.toUpperCase())) continue;
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    if (counts.size > 20) break;
  }
  const out = new Set<string>();
  // Only a label that opens two paragraphs can be one (below): without one, no need to read the introduction.
  let twice = false;
  for (const v of counts.values()) if (v >= 2) twice = true;
  if (!twice && !SHORTCUTS.off) return out;
  // The speaker was introduced in the running text before the first turn ("spoke with Kenji Arakawa"): a label alone names no one.
  let intro = '';
  for (let si = 0; si < n && intro.length < 20_000; si++) {
    if (QA_LABEL.test(sentences[si]!.text.slice(0, 60)) && counts.has(QA_LABEL.exec(sentences[si]!.text.slice(0, 60))![1]!)) break;
    intro += ' ' + sentences[si]!.text.slice(0, 2_000);
  }
  for (const [k, v] of counts) if (v >= 2 && intro.includes(k) && !isInterviewer(sentences, n, k)) out.add(k);
  return out;
}

/** The byline or host of the page ("By Haruka Imai", "Hosted by Ben Lee", "interviewer Ann Cole"): asks, does not answer. */
export function isInterviewer(sentences: Sentence[], n: number, label: string): boolean {
  for (let si = 0; si < Math.min(n, 60); si++) {
    const t = sentences[si]!.text.slice(0, 600);
    for (let at = t.indexOf(label); at >= 0; at = t.indexOf(label, at + 1)) {
      // redos-ok: run on the 50 characters before a name; one bounded word between literal alternatives and the end.
      if (/\b(?:[Bb]y|[Hh]ost|[Hh]osted by|[Ii]nterviewer|[Mm]oderator)\s+(?:[A-Z][\p{L}’'-]{0,30}\s+)?$/u.test(t.slice(Math.max(0, at - 50), at))) return true;
    }
  }
  return false;
}

/**
 * The person answering a "Q. … / A. …" interview ("The Daily spoke with Kang
 * Min-ji, a professor at X, about …"), so each "A." answer is theirs. Needs at
 * least one question and two answers, and the introduction before the first question.
 */
export function qaIntroducedGuest(sentences: Sentence[], n: number): { name: string; role: string | null } | null {
  let qs = 0;
  let as = 0;
  let firstQ = -1;
  for (let si = 0; si < n; si++) {
    const t = sentences[si]!.text;
    if (t.length < 3 || (t[1] !== '.' && t[1] !== ':') || t[2] !== ' ') continue;
    if (t[0] === 'Q') {
      qs++;
      if (firstQ < 0) firstQ = si;
    } else if (t[0] === 'A') as++;
  }
  if (qs < 1 || as < 2 || firstQ < 1) return null;
  for (let si = firstQ - 1; si >= Math.max(0, firstQ - 8); si--) {
    const t = sentences[si]!.text.slice(0, 600).replace(/\s+/g, ' ');
    // redos-ok: bounded repetitions on a 600-character slice (sliced above).
    const m = /\b(?:(?:spoke|spoken|talked|talks?|speaks?) (?:to|with)|sat down with|sits? down with|interviewed|in conversation with|(?:is|are|was) joined by) ((?:[A-Z][\p{L}’'-]+ ){1,2}[A-Z][\p{L}’'-]+)(?:, ([^,;.]{3,100}),)?/u.exec(t);
    if (m && isPersonName(m[1]!)) return { name: m[1]!, role: m[2] ?? null };
  }
  return null;
}
