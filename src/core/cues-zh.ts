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
 * dropped. Hedges: 据称, 据悉, 可能 (not in 不可能 or 尽可能), 疑似, 涉嫌….
 *
 * No regular expression scans the text: every search is `indexOf` of a fixed
 * string and a bounded character walk, so the work is linear in the sentence.
 */

const LIMITS = { maxSentences: 2_000, maxChars: 1_500, maxAttributions: 300, maxName: 30 };

/** What closes the source after "据" / "根据": 据新华社报道, 据X消息, 据X的通报. */
const REPORT_NOUNS = ['报道', '消息', '通报', '披露', '介绍', '报告', '统计', '声明', '透露', '称'];
/** Speech verbs after the subject. Longer forms first, so "声称" is not read as "称". */
const SPEECH_VERBS = ['在声明中说', '在声明中称', '在声明中表示', '表示', '指出', '透露', '声称', '宣布', '警告', '证实', '强调', '披露', '通报', '称'];
/** Characters before "称" that make it another word (被称为 "is called", 据称 "reportedly", 号称, 简称, 声称 read above). */
const NOT_BEFORE_CHENG = '被据号简声名堪自俗统又';
/** Clause boundaries. */
const BOUNDARY = '，。；：！？“”「」『』（）()、,;:!?"';
/** Time words and adverbs between the subject and its verb ("国家计算机病毒应急处理中心11日表示", "该公司近日也表示"). */
const TAIL_WORDS = ['发布报告', '发布声明', '发布通报', '发布公告', '发布消息', '发文', '发表声明', '近日', '日前', '昨天', '今天', '昨日', '今日', '当天', '此前', '随后', '早些时候', '也', '还', '则', '亦', '再次', '进一步', '公开', '正式', '已', '曾', '均', '都', '对此', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
/** Documents, not speakers ("报告指出" = "the report points out"): the report's author is named elsewhere, if at all. */
const DOCUMENTS = new Set(['报告', '该报告', '文章', '声明', '消息', '数据', '调查', '研究', '公告', '通报', '报道']);
const PRONOUNS = new Set(['他', '她', '他们', '她们', '我们', '我', '你', '其', '这', '该', '对方', '有人', '人们', '外界', '这一', '此']);
/** Connectives that open a clause before its subject. */
const LEADS = ['但是', '但', '而', '此外', '同时', '另外', '随后', '不过', '对此', '其中', '目前', '此前'];

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
  if ([...s].every((ch) => isDigit(ch.charCodeAt(0)))) return null;
  return s;
}

const ANON = ['知情人士', '消息人士', '匿名', '业内人士', '相关人士', '接近'];
const VAGUE = ['专家', '分析人士', '研究人员', '业内专家', '安全专家', '观察人士'];
const GOV = ['部', '部门', '局', '委员会', '政府', '网信办', '大使馆', '使馆', '警方', '公安', '国家', '应急处理中心', '应急响应中心', '发言人', '法院', '检察院', '军方', '中心'];
const OUTLET = ['新华社', '通讯社', '日报', '时报', '晚报', '电视台', '媒体', '环球网', '报道组', '杂志', '报社', '央视', '人民网'];
const COMPANY = ['公司', '集团', '科技', '奇安信', '360', '安天', '腾讯', '阿里', '华为', '实验室'];

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
    const seen = new Set<string>();
    const push = (name: string | null, cue: string, sent: Sentence): void => {
      if (!name || out.length >= LIMITS.maxAttributions || seen.has(name)) return;
      const label = ctx.db.byName(name) ?? null;
      if (ctx.publisher && label && label.id === ctx.publisher.id) return;
      seen.add(name);
      out.push({ source: name, sourceKind: kindZh(name, label, ctx.db), cue, sentence: sent.text, label, via: null });
    };
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    for (let si = 0; si < n; si++) {
      const sent = sentences[si]!;
      if (sent.blockKind === 'title') continue;
      const text = sent.text.slice(0, LIMITS.maxChars);
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
        push(nameOf(text.slice(from, end)), `据…${noun}`, sent);
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
          if (subject.startsWith('据') || subject.startsWith('根据')) continue;
          push(nameOf(subject), verb, sent);
        }
      }
    }
  } catch {
    return out;
  }
  return out;
}

/** Hedges: hearsay, suspicion and estimative words. Longer forms first. */
const HEDGES_ZH: [string, Hedge['kind']][] = [
  ['据报道', 'hedge'],
  ['据称', 'hedge'],
  ['据悉', 'hedge'],
  ['据传', 'hedge'],
  ['未经证实', 'hedge'],
  ['疑似', 'hedge'],
  ['涉嫌', 'hedge'],
  ['或将', 'estimative'],
  ['或许', 'estimative'],
  ['大概率', 'estimative'],
  ['可能', 'estimative'],
];
/** Compounds with 可能 that hedge nothing: 不可能 "impossible", 尽可能 "as far as possible", 可能性 is kept. */
const NOT_KENENG_BEFORE = ['不', '尽', '有无'];

/** Hedges by Chinese cues. Never throws. */
export function findZhHedges(sentences: Sentence[]): Hedge[] {
  const out: Hedge[] = [];
  try {
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    for (let si = 0; si < n && out.length < 500; si++) {
      const text = sentences[si]!.text.slice(0, LIMITS.maxChars);
      for (const [cue, kind] of HEDGES_ZH) {
        let at = text.indexOf(cue);
        if (cue === '可能') {
          while (at >= 0 && NOT_KENENG_BEFORE.some((b) => text.slice(Math.max(0, at - b.length), at) === b)) at = text.indexOf(cue, at + cue.length);
        }
        if (at < 0) continue;
        out.push({ cue, sentence: sentences[si]!.text, kind });
      }
    }
  } catch {
    return out;
  }
  return out;
}
