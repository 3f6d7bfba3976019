import type { Attribution, CyberAttribution, CyberAttributionBasis } from './report';
import type { Sentence } from './sentences';
import { trimEndChars, trimStartChars } from './trim';
import { SHORTCUTS, type Need } from './gate';
import { WordScan, type ScanNeed } from './word-scan';
import { eachMatch } from './each-match';

/**
 * Who the article says is behind a cyber operation, who says so, and on what
 * basis (the EuRepoC types): technical (forensic or vendor analysis), official
 * (a government statement), unofficial (anonymous officials, media, unnamed
 * experts), legal (indictment, sanctions), self (the group claims it),
 * unknown. Linear regexes, one pass per sentence, capped.
 */

export const MAX_CYBER_ATTRIBUTIONS = 100;

const OP = String.raw`(?:cyber-?attacks?|attacks?|intrusions?|hacks?|hacking(?: campaign)?|breach(?:es)?|campaigns?|operations?|compromises?|espionage|activity|activities|incidents?|operation|ransomware attack|infiltration|theft)`;
const ADV = String.raw`(?:(?:allegedly|reportedly|likely|probably|possibly|purportedly|apparently|actually|also|then|first|later|had|has|have|previously|successfully)\s+)?`;

/** Verbs of FORWARD[1] and BACKWARD[1] (the gates name them). */
const DID = ['carried', 'launched', 'conducted', 'orchestrated', 'perpetrated', 'committed', 'staged', 'executed', 'initiated', 'mounted', 'sponsored', 'directed', 'ordered'];

/**
 * Patterns whose actor follows the match. `cutOf`: the actor ends before "of"/"for" ("accused X of hacking").
 * `need`: words every match contains (gate.ts): the pattern runs only on a sentence that has them.
 */
const FORWARD: { re: RegExp; need: Need; self?: boolean; cutOf?: boolean }[] = [
  { need: [['attributed', 'attributes', 'attributing']], re: new RegExp(String.raw`\battribut(?:ed|es|ing)\s+(?:the\s+|this\s+|these\s+|that\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,3}?${OP}\s+to\s+`, 'gi') },
  { need: [DID, ['by']], re: new RegExp(String.raw`\b${OP}\s+(?:was|were|had been|has been|is|are|have been)\s+${ADV}(?:carried out|launched|conducted|orchestrated|perpetrated|committed|staged|executed|initiated|mounted|sponsored|directed|ordered)\s+by\s+`, 'gi') },
  { need: [['\\bwork', 'handiwork', '\\bdoing']], re: /\b(?:was|were|is|are|had been|has been)\s+(?:\w+\s+)?the (?:work|handiwork|doing) of\s+/gi },
  { need: [['blam', 'accus']], cutOf: true, re: new RegExp(String.raw`\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+(?!by\b)(?=(?:[^,.;]{0,80}?)\s+(?:for|of)\s+(?:[\w-]+\s+){0,4}?(?:${OP}|hacking|cyber|malicious))`, 'gi') },
  { need: [['attack', 'intrusion', 'hack', 'breach', 'campaign', 'compromise', 'espionage'], ['by']], re: new RegExp(String.raw`\b(?:cyber-?attacks?|attacks?|intrusions?|hacks?|breach(?:es)?|campaigns?|compromises?|espionage)\s+by\s+`, 'gi') },
];
/** Patterns whose actor precedes the match. */
const BACKWARD: { re: RegExp; need: Need; self?: boolean }[] = [
  // Sentence text is cleaned (whitespace runs are one space), so single spaces match what \s+ did, in linear time.
  { need: [['behind', 'responsible']], re: /\s(?:was|were|is|are|had been|has been|have been) (?:[a-z]{1,20} )?(?:behind|responsible)\b/gi },
  { need: [DID], re: new RegExp(String.raw`\s+${ADV}(?:carried out|conducted|launched|orchestrated|perpetrated|mounted|staged|executed)\s+(?!by\b)(?:a|an|the|this|these|its)?\s*(?:[\w-]+\s+){0,3}?${OP}`, 'gi') },
  { need: [['claimed', 'credit'], ['responsibility', 'credit', 'attack', 'hack', 'breach']], re: /\s(?:has |have |had )?(?:claimed responsibility|took credit|claimed credit|claimed the (?:attack|hack|breach))/gi, self: true },
];
/** "Volt Typhoon, a PRC state-sponsored group": the appositive names the actor's sponsor. */
const APPOSITIVE_NEED: Need = [['state-', 'nation-state', 'government-', 'military-linked', 'intelligence-linked']];
const APPOSITIVE_ACTOR = /\b([A-Z][\w-]{0,30}(?: [A-Z0-9][\w-]{0,30}){0,3}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:state-sponsored|state-backed|government-backed|state-linked|nation-state|state-affiliated|military-linked|intelligence-linked|government-linked|state-aligned)\b[^,.;]{0,40}?\b(?:group|actor|hackers|gang|unit|collective|crew|cluster|APT|team)\b/g;

const STOP_FORWARD = /(?:[,;:.!?()]|\s(?:who|which|that|in|into|on|against|after|because|using|from|and said|said|to steal|to target|as part|during|since|while|when|targeting|over|for more than|for years|for months)\s)/;

function actorForward(rest: string): string | null {
  let t = rest.slice(0, 200);
  const stop = STOP_FORWARD.exec(t);
  if (stop) t = t.slice(0, stop.index);
  t = trimEndChars(trimStartChars(t, '“"‘\''), '”"’\'').trim();
  // "a cluster it tracks as UNC4736", "a group known as X", "a group dubbed X": the name is the actor.
  const named = /\b(?:tracks? as|tracked as|known as|dubbed|called|calls|named)\s+([A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3})/.exec(t);
  if (named) return named[1]!;
  const ws = t.split(/\s+/).filter(Boolean).slice(0, 10);
  const out = ws.join(' ').replace(/^(?:the)\s+/i, '');
  return out.length >= 2 ? out : null;
}

const BOUNDARY = /(?:[,;:(“"]|\b(?:that|which|said|says|claimed|believes?|confirmed|concluded|found|stated|warned|alleged|and|but|whether|if|because)\b)\s*/gi;

function actorBackward(left: string): string | null {
  let t = left.slice(-200);
  // Cut at the last clause boundary before the actor.
  let cutAt = -1;
  for (const m of eachMatch(BOUNDARY, t)) cutAt = m.index! + m[0].length;
  if (cutAt >= 0) t = t.slice(cutAt);
  t = trimEndChars(trimStartChars(t, '“"‘\''), '”"’\'').trim();
  const ws = t.split(/\s+/).filter(Boolean).slice(-10);
  let out = ws.join(' ').replace(/^(?:the)\s+/i, '');
  out = out.replace(/ (?:allegedly|reportedly|likely|probably|possibly|purportedly|apparently|actually|also|then|first|later)$/i, '');
  if (!out || /^(?:it|they|he|she|this|that|which|who)$/i.test(out) || /\b(?:was|were|is|are|has|have|had)$/i.test(out)) return null;
  return out;
}

const LEGAL = /\b(?:indict(?:ed|ment|ments)?|charged|charges|criminal complaint|sanction(?:s|ed)?|prosecutors?|grand jury|arrest warrant|court filing|unsealed|extradit\w*|convicted|sentenced|Justice Department|Department of Justice|Treasury)\b/i;
const TECHNICAL = /\b(?:forensic\w*|malware analysis|analy[sz]ed|analysis|samples?|code (?:overlap|similarit\w+)|infrastructure|indicators?|IOCs?|telemetry|tooling|TTPs|command-and-control|C2|reverse-engineer\w*|tracks?|tracked)\b/i;

function basisFor(accuser: Attribution | null, sentence: string, self: boolean): CyberAttributionBasis {
  if (self) return 'self';
  if (LEGAL.test(sentence)) return 'legal';
  if (!accuser) return TECHNICAL.test(sentence) ? 'technical' : 'unknown';
  switch (accuser.sourceKind) {
    case 'government':
      return 'official';
    case 'company':
    case 'researcher':
      return 'technical';
    case 'document':
      return TECHNICAL.test(sentence) ? 'technical' : 'unknown';
    default:
      return 'unofficial';
  }
}

/** Who is said to be behind a cyber operation, by whom, and on what basis (EuRepoC types). */
export function findCyberAttributions(sentences: Sentence[], attributions: Attribution[]): CyberAttribution[] {
  try {
    return run(sentences, attributions);
  } catch {
    return [];
  }
}

/** Every gate word of the patterns in one automaton (built on first use), and each gate compiled against it. */
let scan: WordScan | null = null;
let FORWARD_NEED: ScanNeed[] = [];
let BACKWARD_NEED: ScanNeed[] = [];
let APPOSITIVE_SCAN: ScanNeed = [];
function patternScan(): WordScan {
  if (!scan) {
    const s = (scan = new WordScan([...FORWARD, ...BACKWARD].flatMap((p) => p.need.flat()).concat(APPOSITIVE_NEED.flat())));
    FORWARD_NEED = FORWARD.map((p) => s.compile(p.need));
    BACKWARD_NEED = BACKWARD.map((p) => s.compile(p.need));
    APPOSITIVE_SCAN = s.compile(APPOSITIVE_NEED);
  }
  return scan;
}

/** An actor named by a demonstrative ("this group", "that same agency", "the same actor"): a reference back. */
const DEMONSTRATIVE = /^(?:this|that|these|those|(?:the\s)?same|the\ssaid)\s/i;
/** An accuser's name for comparison: "The ministry" and "ministry" are one source. */
const sameName = (x: string | null): string => (x ?? '').toLowerCase().replace(/^the\s/, '');

function run(sentences: Sentence[], attributions: Attribution[]): CyberAttribution[] {
  const out: CyberAttribution[] = [];
  const seen = new Set<string>();
  const bySentence = new Map<string, Attribution[]>();
  for (const a of attributions) {
    const l = bySentence.get(a.sentence);
    if (l) l.push(a);
    else bySentence.set(a.sentence, [a]);
  }
  // Index of each attribution, and the first government source relayed via each index (no scan per sentence).
  const indexOf = new Map<Attribution, number>();
  const governmentVia = new Map<number, Attribution>();
  attributions.forEach((a, i) => {
    if (!indexOf.has(a)) indexOf.set(a, i);
    if (a.sourceKind === 'government' && typeof a.via === 'number' && !governmentVia.has(a.via)) governmentVia.set(a.via, a);
  });
  /** The accuser: a non-outlet source of the sentence, else what an outlet there relays, else the outlet. */
  const accuserOf = (s: string): Attribution | null => {
    const list = bySentence.get(s) ?? [];
    // A source that denies or rejects the claim is not the one making it.
    const direct = list.find((a) => a.sourceKind !== 'outlet' && !/^(?:denied|denies|deny|denying|rejected|dismissed|refuted|countered)$/i.test(a.cue));
    if (direct) return direct;
    const outlet = list.find((a) => a.sourceKind === 'outlet');
    if (!outlet) return null;
    const oi = indexOf.get(outlet) ?? -1;
    const relayed = governmentVia.get(oi);
    return relayed ?? outlet;
  };
  const push = (actor: string | null, s: Sentence, self: boolean): void => {
    if (!actor || out.length >= MAX_CYBER_ATTRIBUTIONS) return;
    const a = actor.replace(/[’']s$/, '').trim();
    if (a.length < 2 || a.length > 120) return;
    if (/^(?:no one|nobody|none|no group|no actor|anyone|someone)$/i.test(a)) return;
    const acc = self ? null : accuserOf(s.text);
    const accuser = self ? a : acc ? acc.source : null;
    // "this spy agency", "the same group": the actor named before, not a new one (the seed's MSS statement
    // blames "a foreign intelligence agency", then "this spy agency"). Said again by the same accuser, it is
    // the same claim: one entry.
    let actorName = a;
    if (DEMONSTRATIVE.test(a)) {
      const before = out.findLast((c) => !DEMONSTRATIVE.test(c.actor));
      if (before) {
        if (out.some((c) => c.actor === before.actor && sameName(c.accuser) === sameName(accuser))) return;
        actorName = before.actor;
      }
    }
    const key = actorName.toLowerCase() + '\u0000' + s.text;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ actor: actorName, accuser, basis: basisFor(acc, s.text, self), sentence: s.text });
  };
  const n = Math.min(sentences.length, 2_000);
  for (let i = 0; i < n; i++) {
    const s = sentences[i]!;
    const text = s.text.length > 2_000 ? s.text.slice(0, 2_000) : s.text;
    const gate = patternScan().load(text);
    // No pattern's gate word at all (most sentences of an article): nothing to find.
    if (!gate.found && !SHORTCUTS.off) continue;
    for (let pi = 0; pi < FORWARD.length; pi++) {
      const p = FORWARD[pi]!;
      if (!gate.passes(FORWARD_NEED[pi]!)) continue;
      for (const m of eachMatch(p.re, text)) {
        let rest = text.slice(m.index! + m[0].length);
        if (p.cutOf) rest = rest.replace(/\s(?:of|for)\s[\s\S]*$/, '');
        push(actorForward(rest), s, !!p.self);
      }
    }
    for (let pi = 0; pi < BACKWARD.length; pi++) {
      const p = BACKWARD[pi]!;
      if (!gate.passes(BACKWARD_NEED[pi]!)) continue;
      for (const m of eachMatch(p.re, text)) push(actorBackward(text.slice(0, m.index!)), s, !!p.self);
    }
    if (!gate.passes(APPOSITIVE_SCAN)) continue;
    for (const m of eachMatch(APPOSITIVE_ACTOR, text)) push(m[1]!, s, false);
  }
  // left11: a threat actor that speaks through its own channel ("the gang claimed on its leak site", "the hackers said in a
  // ransom note") claims the operation itself: a self claim (the golds make such an actor a source; one only mentioned is not).
  for (const a of attributions) {
    if (out.length >= MAX_CYBER_ATTRIBUTIONS) break;
    if (a.label || !SELF_ACTOR.test(a.source) || GENERIC_ACTORS.test(a.source)) continue;
    if (!/^claim/i.test(a.cue) && !OWN_CHANNEL.test(a.sentence)) continue;
    const actor = a.source.replace(/^the\s/i, '');
    const key = actor.toLowerCase() + '\u0000' + a.sentence;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ actor, accuser: actor, basis: 'self', sentence: a.sentence });
  }
  return out;
}

/** left11: a threat actor's head noun ("the Kraken Nine gang", "the attackers", "a group calling itself X"). */
const SELF_ACTOR = /\b(?:gang|crew|hackers|attackers|hacktivists|threat actors?|extortionists|ransomware (?:group|operators?)|hacking group|group calling itself)\b/i;
/** Gangs in general ("Ransomware gangs claimed 40 districts"): no one actor. */
const GENERIC_ACTORS = /^(?:ransomware\s+|criminal\s+|many\s+|some\s+|other\s+)?(?:gangs|crews|groups|hackers|attackers|hacktivists|threat actors)$/i;
/** The actor's own channel: its leak site, a ransom note, its Telegram channel or post, its forum post. */
const OWN_CHANNEL = /\b(?:leak site|extortion site|leak blog|ransom notes?|(?:its|their) (?:own )?(?:Telegram|site|blog|channel|website|forum)|Telegram (?:channel|post)|dark[- ]web (?:site|forum|post))\b/i;

/** The patterns with their gates, for the gate test (tests/unit/gates.test.ts). */
export const CYBER_GATED: { re: RegExp; need: Need }[] = /* @__PURE__ */ (() => [...FORWARD, ...BACKWARD, { re: APPOSITIVE_ACTOR, need: APPOSITIVE_NEED }])();
