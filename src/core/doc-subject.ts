/**
 * A document that opens its clause and then speaks (polnear8): "A report
 * released Tuesday by the firm Acme found …", "A GAO report released last year
 * found …", "A survey of 500 companies conducted last year found …".
 *
 * The generic subject reader walks back from the verb, so a participle or a
 * time phrase between the document and the verb cut the subject to nothing or
 * to a fragment ("Tuesday by the firm Acme"). Here the clause is read forward
 * from the document: an author after "by" is the source; without one, the
 * document itself is. Words only, no backtracking regex over the clause.
 */

/** Documents that report findings (not statements or posts, which the generic reader handles); fix12: advisories and alerts. */
const DOC_OPEN_HEADS = /^(?:report|study|analysis|survey|review|audit|investigation|assessment|poll|paper|memo|tally|inquiry|probe|examination|evaluation|advisory|alert|bulletin)$/;
/** What such a document does. */
export const DOC_VERBS = /^(?:found|finds|shows?|showed|revealed|concluded|suggest(?:s|ed)|indicate[sd]|estimated|said|says|warned|noted|identified|determined)$/;
/** A reduced relative between the document and its author or verb. */
const PARTICIPLE = /^(?:released|published|issued|compiled|produced|conducted|commissioned|prepared|run|done|written|completed|filed|posted|unveiled|presented|updated)$/;
const DETERMINER = /^(?:a|an|the|this|its|their|his|her|one|new)$/i;
/** Words that end a noun phrase: a verb, a conjunction or a preposition other than the document's own. */
const NOT_MODIFIER = /^(?:is|was|are|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|and|or|but|that|which|who|whom|whose|to|by|of|for|with|from|on|in|at|as|into|about|than|said|says|not)$/i;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const TIME_LEAD = /^(?:last|this|earlier|late|early|on|in)$/i;
/** Prepositions that give the document its topic ("an analysis of", "a survey into"). */
const TOPIC_PREP = /^(?:of|into|about|on|from)$/i;

export type DocSubject = { doc: string } | { agent: string };

const bare = (w: string): string => w.replace(/[,;:]$/, '');

/** After the participle: an optional time phrase ("last year", "on Tuesday", "in May", "Tuesday"); the index past it. */
function pastTime(ws: string[], j: number): number {
  if (j < ws.length && WEEKDAY.test(bare(ws[j]!))) return j + 1;
  if (j + 1 < ws.length && TIME_LEAD.test(ws[j]!)) {
    const w = bare(ws[j + 1]!);
    // "last year", "this month", "on Tuesday", "in May", "in 2023"; never a lowercase noun after on/in ("in the region").
    if (/^(?:last|this|earlier|late|early)$/i.test(ws[j]!) || /^(?:\p{Lu}|\d)/u.test(w)) return j + 2;
  }
  return j;
}

/**
 * The subject of a document verb when the clause opens with a document.
 * `left` is the sentence text before the verb (trimmed); null when the clause does not open so.
 */
export function docSubject(left: string, verb: string): DocSubject | null {
  if (!DOC_VERBS.test(verb) || left.length > 240) return null;
  // The clause: after the last semicolon or colon, and after one short opener ("In 2013, ", "Earlier this month, ").
  let clause = left.slice(Math.max(left.lastIndexOf(';'), left.lastIndexOf(':')) + 1).trim();
  const opener = clause.indexOf(', ');
  if (opener > 0 && opener <= 40 && /^\p{Lu}/u.test(clause) && !clause.slice(0, opener).split(' ').some((w) => DOC_OPEN_HEADS.test(w))) clause = clause.slice(opener + 2);
  const ws = clause.split(/\s+/).filter(Boolean);
  if (ws.length < 2 || ws.length > 30) return null;
  let k = DETERMINER.test(ws[0]!) ? 1 : 0;
  const first = k;
  // Modifiers before the head: names, numbers, adjectives ("A 2014 study", "A Government Accountability Office report", "an internal audit").
  // A capitalised head is part of a name ("the Coastal Audit Office report"): only a lowercase head ends the phrase.
  while (k < ws.length && k - first < 6 && !DOC_OPEN_HEADS.test(ws[k]!)) {
    const w = ws[k]!;
    if (/[,;:”"“]$/.test(w) || NOT_MODIFIER.test(w) || !/^[\p{L}\p{N}][\p{L}\p{N}’'.&-]*$/u.test(w)) return null;
    k++;
  }
  if (k >= ws.length || !DOC_OPEN_HEADS.test(ws[k]!)) return null;
  // Without a determiner the head must open the clause with a capital or follow names ("Polls show" is read elsewhere).
  if (first === 0 && k === 0) return null;
  const tail = ws.slice(k + 1);
  if (tail.length === 0) return null;
  const doc = ws.slice(0, k + 1).join(' ');
  // A topic after the document ("of 500 companies"), up to five words, before any participle.
  let j = 0;
  let topic = '';
  if (TOPIC_PREP.test(tail[0]!)) {
    let e = 1;
    while (e < tail.length && e <= 6 && !PARTICIPLE.test(bare(tail[e]!)) && !NOT_MODIFIER.test(tail[e]!) && !/[,;:”"“]$/.test(tail[e]!)) e++;
    if (e === 1) return null;
    // "of the agency's systems," then more: an appositive follows; not read here.
    if (e < tail.length && /[,;:”"“]$/.test(tail[e]!)) return null;
    topic = ' ' + tail.slice(0, e).join(' ');
    j = e;
  }
  if (j < tail.length && PARTICIPLE.test(bare(tail[j]!))) {
    j = pastTime(tail, j + 1);
    if (j < tail.length && tail[j]!.toLowerCase() === 'by') {
      const agent = tail.slice(j + 1).join(' ').replace(/,$/, '');
      // The author runs to the verb: no clause, no second verb inside it.
      if (!agent || agent.split(' ').length > 8 || /[;:”"“]/.test(agent) || agent.split(' ').some((w) => NOT_MODIFIER.test(w) && !/^(?:of|the|at|for|from)$/i.test(w))) return null;
      return { agent };
    }
  } else if (j < tail.length) {
    j = pastTime(tail, j);
  }
  // Nothing but a participle, a time phrase or a topic between the document and the verb.
  if (j < tail.length) return null;
  if (/,$/.test(tail[tail.length - 1]!) && !topic) return null;
  // fix12: "CISA's advisory on attacks against water systems says …": a named owner's document about a topic is the owner's voice.
  if (topic && first === 0 && k === 1 && /^\p{Lu}[\p{L}\p{N}&.-]{1,40}['’]s$/u.test(ws[0]!)) return { agent: ws[0]!.slice(0, -2) };
  return { doc: (doc + topic).replace(/,$/, '') };
}
