import type { SourceDirectory } from './directory';
import type { Attribution, Hedge, SourceKind, SourceLabel } from './report';
import type { Sentence } from './sentences';
import { kindOf } from './source-kind';

/**
 * intl8: attribution and hedge cues for Chinese (Simplified) pages, the
 * language of the state outlets security stories relay (Xinhua, the Global
 * Times' Chinese edition).
 *
 * Chinese has no spaces, so, like cues-ja.ts, this pass splits no words: a
 * source sits between "据" and a report noun ("据新华社报道", "据X消息"), or
 * it is the clause's subject before a speech verb ("X表示", "X指出", "X在声明
 * 中称"), read back to the clause start with time words ("11日", "近日")
 * dropped. A denial is a statement too ("X否认…", blind10). Hedges: 据称, 据悉, 可能 (not in 不可能 or 尽可能), 疑似, 涉嫌….
 *
 * No regular expression scans the text: every search is `indexOf` of a fixed
 * string and a bounded character walk, so the work is linear in the sentence.
 */

const LIMITS = { maxSentences: 2_000, maxChars: 1_500, maxAttributions: 300, maxName: 30 };

/** What closes the source after "据" / "根据": 据新华社报道, 据X消息, 据X的通报. */
const REPORT_NOUNS = ['报道', '报导', '消息', '通报', '披露', '介绍', '报告', '统计', '声明', '透露', '称'];
/** Speech verbs after the subject. Longer forms first, so "声称" is not read as "称". */
const SPEECH_VERBS = ['在声明中说', '在声明中称', '在声明中表示', '表示', '指出', '透露', '声称', '宣称', '宣布', '警告', '证实', '强调', '披露', '通报', '认为', '否认', '称', '说'];
/** Verbs of citing: the cited source follows, the one who cites comes before. */
const CITE_WORDS = ['援引', '引述'];
/** Characters before "称" that make it another word (被称为 "is called", 据称 "reportedly", 号称, 简称, 声称 read above). */
const NOT_BEFORE_CHENG = '被据号简声宣名堪自俗统又';
/** Clause boundaries. */
const BOUNDARY = '，。；：！？“”「」『』（）()、,;:!?"';
/** Time words and adverbs between the subject and its verb ("国家计算机病毒应急处理中心11日表示", "该公司近日也表示"). */
const TAIL_WORDS = ['发布报告', '发布声明', '发布通报', '发布公告', '发布消息', '发文', '发表声明', '近日', '日前', '昨天', '今天', '昨日', '今日', '当天', '此前', '随后', '早些时候', '也', '还', '则', '亦', '再次', '进一步', '公开', '正式', '已', '曾', '均', '都', '对此', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
/** Documents, not speakers ("报告指出" = "the report points out"): the report's author is named elsewhere, if at all. */
const DOCUMENTS = new Set(['报告', '该报告', '文章', '声明', '消息', '数据', '调查', '研究', '公告', '通报', '报道', '报导']);
// blind14: a bare "公司" ("the company", 公司已通報…) names no one; the company is named elsewhere.
const PRONOUNS = new Set(['他', '她', '他们', '她们', '我们', '我', '你', '其', '这', '该', '对方', '有人', '人们', '外界', '这一', '此', '公司']);
/** Connectives that open a clause before its subject. */
const LEADS = ['但是', '但', '而', '此外', '同时', '另外', '随后', '不过', '对此', '其中', '目前', '此前'];

/**
 * left9: Traditional Chinese (zh-Hant: Taiwan, Hong Kong). The cues are the same words in other characters (據…報導,
 * 稱, 聲明, 表示, 指出, 消息人士), so each sentence is read through a one-to-one fold of the Traditional characters
 * these tables use into their Simplified forms: one character for one, so an index in the folded text is the same
 * index in the text as written, and names are cut from the text as written. Simplified text has none of these
 * characters and reads unchanged.
 */
const TRAD = '據稱報導聲說發佈證實強調專業關觀該這們對時國會員電視臺台雜誌訊團術驗門應處軍檢簡號統進隨後週當還則經數傳將許內間為體資網絡際紹計組織發佈表達談認記陸續與儘種聯機師' ;
const SIMP = '据称报导声说发布证实强调专业关观该这们对时国会员电视台台杂志讯团术验门应处军检简号统进随后周当还则经数传将许内间为体资网络际绍计组织发布表达谈认记陆续与尽种联机师';
const FOLD = new Map<string, string>();
for (let i = 0; i < TRAD.length; i++) if (TRAD[i] !== SIMP[i]) FOLD.set(TRAD[i]!, SIMP[i]!);

/** `text` with the Traditional characters of the cue tables folded to Simplified, one character for one. */
function foldZh(text: string): string {
  let out = '';
  let changed = false;
  for (const ch of text) {
    const f = FOLD.get(ch);
    if (f) changed = true;
    out += f ?? ch;
  }
  return changed ? out : text;
}

const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

/** Strip time words, dates ("11日", "3月5日") and adverbs from the end of a subject, and a connective from its start. */
function tidy(raw: string): string {
  let s = raw.trim();
  for (let guard = 0; guard < 6; guard++) {
    const before = s;
    for (const t of TAIL_WORDS) if (s.endsWith(t)) s = s.slice(0, -t.length);
    // "11日", "3月5日", "5日晚"
    const day = /(?:\d{1,2}月)?\d{1,2}日[晚早]?$/.exec(s);
    if (day) s = s.slice(0, day.index);
    if (s === before) break;
  }
  for (const l of LEADS) if (s.startsWith(l) && s.length > l.length + 1) s = s.slice(l.length);
  if (s.endsWith('的')) s = s.slice(0, -1);
  return s.trim();
}

/** A subject as a source name, or null (a pronoun, too long, digits only, or a phrase with a verb before "在"). */
function nameOf(raw: string): string | null {
  let s = raw;
  // "X在例行记者会上表示", "X在接受采访时称": the subject is before "在".
  const at = s.indexOf('在');
  if (at >= 2) s = s.slice(0, at);
  s = tidy(s);
  if (s.length < 2 || s.length > LIMITS.maxName || PRONOUNS.has(s) || DOCUMENTS.has(s)) return null;
  // "尚无组织宣称…" (no group has claimed …): a negated subject names nobody.
  if (/^(?:尚无|没有|并无|暂无|无)/.test(s)) return null;

  if ([...s].every((ch) => isDigit(ch.charCodeAt(0)))) return null;
  return s;
}

/** left9: "奇安盾安全公司研究员张伟认为": a title before a two- or three-character personal name; the person speaks. */
function personAfterRole(s: string): string | null {
  for (const role of ROLES) {
    const k = s.lastIndexOf(role);
    if (k > 0 && s.length - k - role.length >= 2 && s.length - k - role.length <= 3) return s.slice(k + role.length);
  }
  return null;
}

/** Titles a personal name follows ("研究员张伟", "新闻发言人王芳"); names are cut after them only when something comes before. */
const ROLES = ['研究员', '分析师', '发言人', '工程师', '负责人', '总监', '首席执行官', '局长', '部长', '主任', '教授', '总裁', '经理'];
// blind10: "一名不願具名的官員" (who asked not to be named) is anonymous as 匿名 is.
const ANON = ['知情人士', '消息人士', '匿名', '业内人士', '相关人士', '接近', '不愿具名', '不願具名', '不具名', '未具名'];
const VAGUE = ['专家', '分析人士', '研究人员', '业内专家', '安全专家', '观察人士'];
const GOV = ['部', '部门', '局', '委员会', '政府', '网信办', '大使馆', '使馆', '警方', '公安', '国家', '应急处理中心', '应急响应中心', '发言人', '法院', '检察院', '检察署', '军方', '中心', '署', '机关'];
const OUTLET = ['新华社', '通讯社', '日报', '时报', '晚报', '电视台', '媒体', '环球网', '报道组', '杂志', '报社', '央视', '人民网', '中央社', '联合报', '明报'];
const COMPANY = ['公司', '集团', '科技', '奇安信', '360', '安天', '腾讯', '阿里', '华为', '实验室', '业者'];

function kindZh(name: string, label: SourceLabel | null, db: SourceDirectory): SourceKind {
  if (ANON.some((a) => name.includes(a))) return 'anonymous';
  if (VAGUE.includes(name)) return 'unspecified';
  if (label) return kindOf(name, label, db, null);
  if (OUTLET.some((o) => name.includes(o))) return 'outlet';
  // "科技部" is a ministry, "XX科技公司" a company: a government ending wins unless a company word is in the name.
  const company = COMPANY.some((c) => name.includes(c));
  if (!company && GOV.some((g) => name.endsWith(g) || name.includes(g + '发言人'))) return 'government';
  if (company) return 'company';
  return kindOf(name, label, db, null);
}

export interface ZhContext {
  db: SourceDirectory;
  publisher: SourceLabel | null;
}

/** The clause start before `at`: the character after the nearest boundary, at most 60 characters back. */
function clauseStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < 60 && !BOUNDARY.includes(text[start - 1]!)) start--;
  return start;
}

/** Attributions by Chinese cues. Never throws. */
export function findZhAttributions(sentences: Sentence[], ctx: ZhContext): Attribution[] {
  const out: Attribution[] = [];
  try {
    const seen = new Map<string, number>();
    let written = '';
    let text = '';
    let curSi = 0;
    /** The outlet reported last, and its sentence: "报道" (the report) in the next sentence is its report. */
    let lastOutlet = -1;
    let lastOutletAt = -1;
    /** `folded`, a name read from the folded text at or after `from`, as the page writes it. */
    const asWritten = (folded: string | null, from: number): string | null => {
      if (!folded || written === text) return folded;
      const k = text.indexOf(folded, from);
      return k >= 0 ? written.slice(k, k + folded.length) : folded;
    };
    /** The attribution's index (a name already reported keeps its first one), or -1. */
    const push = (folded: string | null, from: number, cue: string, sent: Sentence): number => {
      const whole = asWritten(folded, from);
      if (!whole || !folded || out.length >= LIMITS.maxAttributions) return -1;
      // The person after a title is the source; the whole phrase ("外交部发言人汪文斌") still gives the label.
      const person = personAfterRole(folded);
      const name = person ? asWritten(person, from)! : whole;
      const had = seen.get(name);
      if (had !== undefined) return had;
      const label = ctx.db.byName(name) ?? ctx.db.byName(whole) ?? (whole !== folded ? ctx.db.byName(folded) : null) ?? null;
      if (ctx.publisher && label && label.id === ctx.publisher.id) return -1;
      seen.set(name, out.length);
      let kind = kindZh(folded, label, ctx.db);
      // A person after a title who names no company ("资安研究员陈志明"): a researcher or a person, not a company.
      if (person && kind === 'company' && !COMPANY.some((c) => folded.includes(c))) kind = /研究员|分析师|教授/.test(folded) ? 'researcher' : 'person';
      out.push({ source: name, sourceKind: kind, cue, sentence: sent.text, label, via: null });
      if (kind === 'outlet') [lastOutlet, lastOutletAt] = [out.length - 1, curSi];
      return out.length - 1;
    };
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    for (let si = 0; si < n; si++) {
      const sent = sentences[si]!;
      if (sent.blockKind === 'title') continue;
      curSi = si;
      written = sent.text.slice(0, LIMITS.maxChars);
      text = foldZh(written);
      // left9: "据X报道，Y表示…" / "據中央社報導，警方稱…": the outlet relays the other sources of its sentence.
      const first = out.length;
      let relay = -1;
      // 据X报道 / 根据X的通报: X between "据" and the first report noun within 30 characters, no boundary between.
      let at = text.indexOf('据');
      for (let guard = 0; at >= 0 && guard < 5; guard++, at = text.indexOf('据', at + 1)) {
        const from = at + 1;
        let end = -1;
        let noun = '';
        for (let k = from; k < Math.min(text.length, from + LIMITS.maxName + 2) && !BOUNDARY.includes(text[k]!); k++) {
          noun = REPORT_NOUNS.find((r) => text.startsWith(r, k)) ?? '';
          if (noun) {
            end = k;
            break;
          }
        }
        // "据称", "据悉", "据报道": hearsay with no source (a hedge, below), not an attribution.
        if (end <= from) continue;
        const k = push(nameOf(text.slice(from, end)), from, `${written[at]}…${written.slice(end, end + noun.length)}`, sent);
        if (k >= 0 && relay < 0 && out[k]!.sourceKind === 'outlet') relay = k;
      }
      // left9: "报道援引警方消息称" (the report cited the police): the cited source, up to its report noun or 称.
      // blind14: "新華社引述國台辦發言人的話說": 引述 cites as 援引 does, and a named subject before it (not "the report") quotes, relaying the cited.
      for (const citeWord of CITE_WORDS) {
        let cite = text.indexOf(citeWord);
        for (let guard = 0; cite >= 0 && guard < 3; guard++, cite = text.indexOf(citeWord, cite + 2)) {
          const from = cite + 2;
          let end = from;
          while (end < Math.min(text.length, from + LIMITS.maxName) && !BOUNDARY.includes(text[end]!) && !['消息', '报道', '报导', '的', '称', '表示', '说'].some((w) => text.startsWith(w, end))) end++;
          const lead = text.slice(clauseStart(text, cite), cite);
          const quoting = relay < 0 && !DOCUMENTS.has(lead) && end > from + 1 ? push(nameOf(lead), clauseStart(text, cite), written.slice(cite, cite + 2), sent) : -1;
          if (quoting >= 0 && out[quoting]!.sourceKind === 'outlet') relay = quoting;
          const k = end > from + 1 ? push(nameOf(text.slice(from, end)), from, written.slice(cite, cite + 2), sent) : -1;
          // "据新华社报道，…。报道援引警方消息称": "the report" is the outlet's, cited in the sentence before.
          const doc = DOCUMENTS.has(lead) && lastOutlet >= 0 && si - lastOutletAt <= 1 ? lastOutlet : -1;
          if (k >= 0 && (relay >= 0 || doc >= 0) && k !== relay) out[k]!.via = relay >= 0 ? relay : doc;
        }
      }
      // X表示 / X指出 / X在声明中称: the subject before the verb, back to the clause start.
      for (const verb of SPEECH_VERBS) {
        let v = text.indexOf(verb);
        for (let guard = 0; v > 0 && guard < 5; guard++, v = text.indexOf(verb, v + verb.length)) {
          if (verb === '称' && (NOT_BEFORE_CHENG.includes(text[v - 1]!) || text[v + 1] === '为')) continue;
          if (verb === '称' && SPEECH_VERBS.some((w) => w.length > 1 && w.endsWith('称') && text.startsWith(w, v - w.length + 1))) continue;
          const start = clauseStart(text, v);
          const subject = text.slice(start, v);
          // A clause that opened with 据 was read above ("据新华社报道，…表示" reads its own subject).
          if (subject.startsWith('据') || subject.startsWith('根据') || subject.includes('援引') || subject.includes('引述')) continue;
          // blind14: 说 "said" (the bare verb of speech), not 说明 "explains", 说法 "claim", 据说 "reportedly", 小说 "novel".
          if (verb === '说' && ('明法服'.includes(text[v + 1] ?? '') || '据小听传解'.includes(text[v - 1]!))) continue;
          // "未经证实" (unconfirmed), "无法证实" (could not confirm): a hedge, not a speaker confirming.
          if (verb === '证实' && /(?:未经|尚未|无法|未能|不能|难以|未)$/.test(subject)) continue;
          // "遭到否认" / "被否认" (was denied): a passive, its subject is what was denied, not a speaker.
          if (verb === '否认' && /(?:遭到|遭|被|受到)$/.test(subject)) continue;
          push(nameOf(subject), start, written.slice(v, v + verb.length), sent);
        }
      }
      if (relay >= 0) for (let k = first; k < out.length; k++) if (k !== relay && out[k]!.sourceKind !== 'outlet') out[k]!.via = relay;
    }
  } catch {
    return out;
  }
  return out;
}

/** Hedges: hearsay, suspicion and estimative words. Longer forms first. */
const HEDGES_ZH: [string, Hedge['kind']][] = [
  ['据报道', 'hedge'],
  ['据报导', 'hedge'],
  ['据称', 'hedge'],
  ['据悉', 'hedge'],
  // blind12: "據了解" (it is understood) — hearsay with no source, like 据悉.
  ['据了解', 'hedge'],
  ['据传', 'hedge'],
  ['未经证实', 'hedge'],
  ['疑似', 'hedge'],
  ['涉嫌', 'hedge'],
  // hedge13: an open question (尚不清楚, 仍不清楚, 尚不明确, 尚未证实), an accusation relayed (被指), suspicion (疑与, 疑为,
  // 疑遭), the estimative 或 before a verb of link or state (或与, 或为, 或已, 或涉), a first judgement (初步判断).
  ['尚不清楚', 'hedge'],
  ['仍不清楚', 'hedge'],
  ['尚不明确', 'hedge'],
  ['尚未证实', 'hedge'],
  ['被指', 'hedge'],
  ['疑与', 'hedge'],
  ['疑为', 'hedge'],
  ['疑遭', 'hedge'],
  ['或与', 'estimative'],
  ['或为', 'estimative'],
  ['或已', 'estimative'],
  ['或涉', 'estimative'],
  ['初步判断', 'estimative'],
  ['或将', 'estimative'],
  ['或许', 'estimative'],
  ['大概率', 'estimative'],
  // left9: "很可能" (very likely) is its own estimative cue; the 可能 inside it is not counted again.
  ['很可能', 'estimative'],
  ['可能', 'estimative'],
];
/** Compounds with 可能 that hedge nothing: 不可能 "impossible", 尽可能 "as far as possible", 可能性 is kept. */
const NOT_KENENG_BEFORE = ['不', '尽', '有无', '很'];

/** Hedges by Chinese cues. Never throws. */
export function findZhHedges(sentences: Sentence[]): Hedge[] {
  const out: Hedge[] = [];
  try {
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    for (let si = 0; si < n && out.length < 500; si++) {
      const written = sentences[si]!.text.slice(0, LIMITS.maxChars);
      const text = foldZh(written);
      for (const [cue, kind] of HEDGES_ZH) {
        let at = text.indexOf(cue);
        if (cue === '可能') {
          while (at >= 0 && NOT_KENENG_BEFORE.some((b) => text.slice(Math.max(0, at - b.length), at) === b)) at = text.indexOf(cue, at + cue.length);
        }
        // hedge13: 被指定 "designated", 被指派 "assigned", 被指出 "pointed out", 被指导 "guided" relay no accusation.
        if (cue === '被指') {
          while (at >= 0 && '定派出导導'.includes(text[at + 2] ?? '')) at = text.indexOf(cue, at + cue.length);
        }
        if (at < 0) continue;
        // The cue as the page writes it (據稱 on a Traditional page).
        out.push({ cue: written.slice(at, at + cue.length), sentence: sentences[si]!.text, kind });
      }
    }
  } catch {
    return out;
  }
  return out;
}
