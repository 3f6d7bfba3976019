import type { SourceDirectory } from './directory';
import type { Attribution, Hedge, SourceKind, SourceLabel } from './report';
import type { Sentence } from './sentences';
import { kindOf } from './source-kind';
import { attributionCollector, type CueContext } from './cue-collect';
import { trimEndChars, trimStartChars } from './trim';

/**
 * left9: attribution and hedge cues for Korean pages.
 *
 * Korean writes spaces between words, with particles fixed to their ends. A source is named before "에 따르면" /
 * "에 의하면" ("according to": "경찰청에 따르면"), or it is the topic or subject of a sentence that ends on a speech
 * verb after a quotation ("과학기술정보통신부는 …라고 밝혔다", "…고 말했다"): the first word ending in 은/는/이/가
 * outside quotation marks, with up to two plain nouns before it ("보안업체 안랩은"). A report noun after an outlet
 * ("연합뉴스 보도에 따르면") leaves the outlet, which then relays the other sources of its sentence.
 * Hedges: "것으로 알려졌다" (reportedly), "전해졌다", "추정된다", "것으로 보인다", "가능성", "의혹", "확인되지 않은".
 *
 * Every search is `indexOf` of a fixed string or a split on spaces: linear in the sentence. Work is capped.
 */

const LIMITS = { maxSentences: 2_000, maxChars: 1_500, maxAttributions: 300 };

const ACCORDING = ['에 따르면', '에 의하면'];
/** Speech verbs that end a reported statement ("…라고 밝혔다", "…고 말했다"), past and present. */
const SPEECH = ['밝혔다', '말했다', '전했다', '설명했다', '강조했다', '주장했다', '경고했다', '덧붙였다', '발표했다', '지적했다', '분석했다', '밝혔습니다', '말했습니다', '전했습니다', '밝혔으며', '말했으며', '밝힌다', '말한다', '보도했다'];
/** Report nouns after a name: "연합뉴스 보도에 따르면" is Yonhap's report. */
const REPORT_NOUNS = ['보도', '발표', '보고서', '자료', '조사', '분석', '설명', '성명', '집계'];
/** Topic and subject particles, longest first. */
const TOPIC = ['께서는', '에서는', '은', '는', '이', '가'];
/** Words that are never a speaker: pronouns and demonstratives. */
const PRONOUNS = new Set(['그', '그녀', '이', '이들', '그들', '우리', '저', '나', '이는', '그는', '이것', '그것', '이번', '당시', '현재', '이날', '한편']);
/** left10: what topicOf returns for "그는" / "그녀는" (REF alone) and "이 관계자는" (REF + "관계자"). */
const REF = '\u0001';
const DEMONSTRATIVES = new Set(['이', '그', '해당']);
const RESEARCH_ROLE = new Set(['교수', '연구원', '연구위원', '분석가']);
/** Nouns of a person's role after a name ("김민수 교수는"): a topic with one is a person the next "그는" may mean. */
const PERSON_ROLE = ['교수', '연구원', '연구위원', '대표', '씨', '장관', '차관', '대변인', '센터장', '팀장', '실장', '국장', '위원장', '의원', '이사', '소장', '관계자', '전문가', '분석가'];
/** Particles that end a word that cannot be part of a noun phrase before the name ("…에서 활동하는 X"). */
const NOT_NOUN_END = ['은', '는', '을', '를', '의', '에', '에서', '로', '으로', '과', '와', '도', '만', '고', '며', '면', '다', '한', '된', '인', '던'];

const ANON = ['관계자', '소식통', '익명'];
const VAGUE = ['전문가', '전문가들', '업계', '일각', '분석가', '연구자들'];
const GOV = ['부', '청', '처', '원', '위원회', '경찰', '검찰', '정부', '당국', '군', '대사관', '국정원', '국가정보원', '사이버사령부'];
const OUTLET = ['뉴스', '일보', '신문', '방송', '통신사', 'KBS', 'MBC', 'SBS', 'YTN', 'JTBC'];
const COMPANY = ['업체', '기업', '회사', '㈜', '은행', '텔레콤', '전자', '시큐리티', '안랩', '그룹'];

const clean = (w: string): string => trimEndChars(trimStartChars(w, '“"‘\'(「『'), '”"’\'),.;:!?」』');

function kindKo(name: string, label: SourceLabel | null, db: SourceDirectory): SourceKind {
  if (ANON.some((a) => name.includes(a))) return 'anonymous';
  // A plural in -들 ("시민들", "전문가들") is a group, nobody in particular.
  if (VAGUE.some((v) => name === v || name.endsWith(` ${v}`)) || (!label && name.endsWith('들'))) return 'unspecified';
  if (label) return kindOf(name, label, db, null);
  // left10: a name and a role ("김민수 연구원", "박지은 교수"): a person, not a body ending in 원 or 청.
  // left11: a compound role ("오세영 수석연구원", "박지은 책임연구원") ends the last word, not after a space.
  const role = name.includes(' ') ? PERSON_ROLE.find((r) => name.endsWith(` ${r}`) || (r.length > 1 && name.slice(name.lastIndexOf(' ') + 1).endsWith(r))) : undefined;
  if (role) return RESEARCH_ROLE.has(role) ? 'researcher' : 'person';
  if (OUTLET.some((o) => name.includes(o))) return 'outlet';
  const company = COMPANY.some((c) => name.includes(c));
  if (!company && GOV.some((g) => name.endsWith(g))) return 'government';
  if (company) return 'company';
  return kindOf(name, label, db, null);
}

/** `w` without its topic or subject particle, or null when it carries none. */
function unTopic(w: string): string | null {
  for (const p of TOPIC) if (w.length > p.length && w.endsWith(p)) return w.slice(0, -p.length);
  return null;
}

/** The noun phrase that ends with `head`: up to two plain words before it ("보안업체 안랩"), none after a particle. */
function withNouns(ws: string[], at: number, head: string): string {
  const out = [head];
  for (let k = at - 1; k >= 0 && out.length < 3; k--) {
    const w = ws[k]!;
    if (!w || /[,，]$/.test(w) || /\d/.test(w) || NOT_NOUN_END.some((e) => w.endsWith(e))) break;
    out.unshift(w);
  }
  return out.join(' ');
}

/** A source name, or null: no pronoun, no bare number, at least two characters. */
function nameOf(s: string): string | null {
  const n = s.trim();
  if (n.length < 2 || PRONOUNS.has(n) || PRONOUNS.has(n.split(' ')[0]!) || /^\d+$/.test(n)) return null;
  return n;
}

/** The speaker of a sentence that ends on a speech verb: the first topic-marked word outside quotation marks. */
function topicOf(text: string): string | null {
  let quoted = false;
  const ws = text.split(/\s+/);
  for (let i = 0; i < ws.length && i < 40; i++) {
    const raw = ws[i]!;
    if (/^[“"‘「]/.test(raw)) quoted = true;
    const inQuote = quoted;
    if (/[”"’」]/.test(raw.slice(1))) quoted = false;
    if (inQuote) continue;
    const w = clean(raw);
    const bare = unTopic(w);
    // left10: "그는/그녀는 …라고 말했다", "이 관계자는 …": a reference back, resolved by the caller (REF + the noun).
    if (bare && (bare === '그' || bare === '그녀')) return REF;
    if (bare && i > 0 && DEMONSTRATIVES.has(clean(ws[i - 1]!)) && bare.length >= 2) return REF + bare;
    if (bare && !PRONOUNS.has(bare) && !PRONOUNS.has(w)) return nameOf(withNouns(ws.map(clean), i, bare));
    // Other pronouns ("이는", "우리는") name nobody.
    if (bare) return null;
  }
  return null;
}

/** The text after an "X에 따르면" clause (its source was read apart): the topic is looked for there. */
function afterAccording(text: string): string {
  let from = 0;
  for (const cue of ACCORDING) {
    const at = text.lastIndexOf(cue);
    if (at >= 0) from = Math.max(from, at + cue.length);
  }
  return text.slice(from);
}

export type KoContext = CueContext;

/** Attributions by Korean cues. Never throws. */
export function findKoAttributions(sentences: Sentence[], ctx: KoContext): Attribution[] {
  const out: Attribution[] = [];
  try {
    const push = attributionCollector(out, LIMITS.maxAttributions, ctx, kindKo);
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    // left10: the person a following "그는" or "이 관계자는" means — the last speaker named, or a person named as a topic.
    let lastNamed: string | null = null;
    let lastNamedAt = -1;
    const resolve = (speaker: string | null, si: number): string | null => {
      if (speaker === null || !speaker.startsWith(REF)) return speaker;
      const noun = speaker.slice(REF.length);
      if (noun) {
        for (let k = out.length - 1; k >= 0; k--) if (out[k]!.source.endsWith(noun)) return out[k]!.source;
      }
      return lastNamed && si - lastNamedAt <= 3 && (!noun || lastNamed.endsWith(noun)) ? lastNamed : null;
    };
    for (let si = 0; si < n; si++) {
      const sent = sentences[si]!;
      if (sent.blockKind === 'title') continue;
      const text = sent.text.slice(0, LIMITS.maxChars);
      const first = out.length;
      let relay = -1;
      // X에 따르면: the words before, back to a comma or a word with a particle.
      for (const cue of ACCORDING) {
        let at = text.indexOf(cue);
        for (let guard = 0; at > 0 && guard < 3; guard++, at = text.indexOf(cue, at + cue.length)) {
          const ws = text.slice(Math.max(0, at - 120), at).split(/\s+/).map(clean);
          let head = ws[ws.length - 1] ?? '';
          let k = ws.length - 1;
          // "연합뉴스 보도에 따르면", "연합뉴스의 보도에 따르면": the outlet before the report noun.
          let report = false;
          if (REPORT_NOUNS.includes(head) && k > 0) {
            report = true;
            k--;
            head = ws[k]!.endsWith('의') ? ws[k]!.slice(0, -1) : ws[k]!;
          }
          // "한국인터넷진흥원(KISA)에 따르면": the bracketed short form is dropped.
          const paren = head.indexOf('(');
          const name = nameOf(withNouns(ws, k, paren > 0 && head.endsWith(')') ? head.slice(0, paren) : head));
          const idx = push(name, cue, sent);
          if (idx >= 0 && report && out[idx]!.sourceKind === 'outlet' && relay < 0) relay = idx;
        }
      }
      // "…라고 밝혔다" / "…고 말했다": the sentence's topic speaks.
      for (const verb of SPEECH) {
        const v = text.indexOf(verb);
        if (v < 2) continue;
        // "…라고 밝혔다", "…라고 15일 밝혔다", "…라고 한 업계 관계자는 말했다" (the speaker after the quote).
        const toks = text.slice(Math.max(0, v - 80), v).trim().split(/\s+/).map(clean);
        let q = toks.length - 1;
        while (q >= Math.max(0, toks.length - 4) && !toks[q]!.endsWith('고')) q--;
        if (q < Math.max(0, toks.length - 4)) continue;
        const tail = toks.slice(q + 1);
        const after = tail.length ? unTopic(tail[tail.length - 1]!) : null;
        const pron = after === '그' || after === '그녀';
        const speaker = resolve(pron ? REF : after && !PRONOUNS.has(after) ? nameOf([...tail.slice(0, -1), after].join(' ')) : topicOf(afterAccording(text.slice(0, v))), si);
        const idx = push(speaker, verb, sent);
        if (idx >= 0 && (out[idx]!.sourceKind === 'person' || out[idx]!.sourceKind === 'anonymous' || out[idx]!.sourceKind === 'researcher' || PERSON_ROLE.some((r) => out[idx]!.source.endsWith(r)))) {
          lastNamed = out[idx]!.source;
          lastNamedAt = si;
        }
        if (idx >= 0 && (verb === '전했다' || verb === '보도했다') && out[idx]!.sourceKind === 'outlet' && relay < 0) relay = idx;
        break;
      }
      if (relay >= 0) for (let k = first; k < out.length; k++) if (k !== relay && out[k]!.sourceKind !== 'outlet') out[k]!.via = relay;
      // A person named as the topic of a sentence without a speech verb ("김민수 교수는 10년간 …을 연구해 왔다").
      if (out.length === first) {
        const topic = topicOf(text);
        if (topic && !topic.startsWith(REF) && PERSON_ROLE.some((r) => topic.endsWith(r))) {
          lastNamed = topic;
          lastNamedAt = si;
        }
      }
    }
  } catch {
    return out;
  }
  return out;
}

/** Hedges: hearsay, appearance and estimation. Longer forms first; one cue per sentence each. */
const HEDGES_KO: [string, Hedge['kind']][] = [
  ['것으로 알려졌다', 'hedge'],
  ['것으로 전해졌다', 'hedge'],
  ['전해졌다', 'hedge'],
  ['확인되지 않은', 'hedge'],
  // hedge13: the hearsay ending ("…했다고 한다"; not "…라고 한다", which also names: "이를 피싱이라고 한다"), not yet confirmed ("확인되지 않았다"), suspicion ("의심된다"),
  // rumour ("소문"), an open question ("알려지지 않았다").
  ['다고 한다', 'hedge'],
  ['확인되지 않았다', 'hedge'],
  ['알려지지 않았다', 'hedge'],
  ['의심된다', 'hedge'],
  ['의심되는', 'hedge'],
  ['소문', 'hedge'],
  ['의혹', 'hedge'],
  ['이른바', 'hedge'],
  ['것으로 보인다', 'hedge'],
  ['것으로 추정된다', 'estimative'],
  ['추정된다', 'estimative'],
  ['가능성이 높다', 'estimative'],
  ['가능성이 크다', 'estimative'],
  // blind10: the same estimate conjugated before a verb ("가능성이 높아 보인다", "가능성이 큰 것으로").
  ['가능성이 높아', 'estimative'],
  ['가능성이 높은', 'estimative'],
  ['가능성이 커', 'estimative'],
  ['가능성이 큰', 'estimative'],
  ['가능성', 'estimative'],
];

/** Hedges by Korean cues. Never throws. */
export function findKoHedges(sentences: Sentence[]): Hedge[] {
  const out: Hedge[] = [];
  try {
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    for (let si = 0; si < n && out.length < 500; si++) {
      const text = sentences[si]!.text.slice(0, LIMITS.maxChars);
      const taken: [number, number][] = [];
      for (const [cue, kind] of HEDGES_KO) {
        const at = text.indexOf(cue);
        // A shorter cue inside a longer one found first ("전해졌다" in "것으로 전해졌다") is not counted again.
        if (at < 0 || taken.some(([a, b]) => at >= a && at + cue.length <= b)) continue;
        taken.push([at, at + cue.length]);
        out.push({ cue, sentence: sentences[si]!.text, kind });
      }
    }
  } catch {
    return out;
  }
  return out;
}
