import type { SourceDirectory } from './directory';
import type { Attribution, Hedge, SourceKind, SourceLabel } from './report';
import type { Sentence } from './sentences';
import { kindOf } from './source-kind';

/**
 * lang7: attribution and hedge cues for Japanese pages.
 *
 * Japanese has no spaces, so this pass does not split words: it reads the run
 * of "noun" characters (kanji, katakana, Latin letters and digits) right before
 * a cue. Sources come from a reporting postposition ("同社によると", "捜査関係者に
 * よれば") or from the topic of a sentence that ends in a speech verb ("警察庁は、
 * …を明らかにした", "…の担当者は「…」と述べた"). Hedges are the hearsay and
 * estimative endings ("とみられる", "とされる", "可能性が高い").
 *
 * No regular expression scans the text: every search is `indexOf` of a fixed
 * string and a bounded character walk, so the work is linear in the sentence.
 */

const LIMITS = { maxSentences: 2_000, maxChars: 1_500, maxAttributions: 300, maxName: 30 };

/** Kanji, katakana (with the long-vowel mark and the middle dot), 々, ASCII and full-width letters and digits. */
function isNounChar(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x30a1 && c <= 0x30ff) ||
    c === 0x3005 ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 0x26 ||
    c === 0xff06
  );
}

// The language test (kana share) lives in cue-lang.ts, which every analysed page loads; re-exported here.
export { kanaCount, looksJapanese } from './cue-lang';

/** Brackets around a short form ("（NISC）") are dropped before reading a name. */
function dropBrackets(s: string): string {
  let out = '';
  let depth = 0;
  for (const ch of s) {
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** The run of noun characters that ends at `end` (exclusive), at most LIMITS.maxName long. */
function nounRunBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < LIMITS.maxName && isNounChar(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}

/** Honorifics and plural markers after a person's name. */
const HONORIFICS = ['氏ら', '氏', 'さん', '様', '教授', '准教授'];
/** Role nouns after "X の": the person speaks for X ("内閣サイバーセキュリティセンターの担当者"). */
const ROLES = ['広報担当者', '担当者', '広報担当', '広報', '幹部', '責任者', '報道官', '報道担当者', '代表者', '社長', '会長', '長官', '大臣', '職員', '社員', '従業員'];
/** Descriptions before "の" that say what the name after it is ("物流大手の", "セキュリティ企業の"). */
const COMPANY_DESC = ['大手', '企業', '会社', 'メーカー', '事業者', 'ベンダー'];
/** Described sources that are not named (investigators, officials, people familiar with …). */
const ANON_TAIL = ['関係者', '消息筋', '関係筋', '筋'];
const GOV_MARK = ['内閣', '政府', '省', '庁', '警察', '県警', '府警', '警視庁', '当局', '大使館', '委員会', '自治体', '市役所', '機構'];
const COMPANY_MARK = ['同社', '株式会社', '会社', '企業', '銀行', 'ホールディングス', 'グループ', '証券'];
/** left10: endings that name a news outlet the database does not know ("北陸日報", "みなと新聞", "東都放送"). */
const OUTLET_END = ['新聞', '新聞社', '通信社', '放送', 'テレビ', '日報', '新報'];
const RESEARCH_ROLE = ['分析官', '研究員', '研究者', 'アナリスト', '専門家', '教授'];

/** Reporting postpositions: the source is the noun run right before them. */
/** "と X が報じた": a short name (no comma, quote or と) between the quoting と and が, then a speech verb. */
const SPEAKER_GA_JA = /と([^、。「」『』と]{1,20}?)が(報じ|伝え|述べ|発表し|明らかにし|指摘し|説明し|語っ|話し|認め)/;
const POSTPOSITIONS = ['によると', 'によれば', 'によりますと', 'の話では', 'の発表では', 'の調べでは', 'の調査では'];
/**
 * Speech verbs (stems: past and progressive alike, "と述べた" / "と述べている"): the speaker is the sentence's topic.
 * left10: "…とみて調べている" (investigating on the view that …) states the investigators' view: they are its source.
 */
const SPEECH_ENDINGS = ['とみて調べ', 'とみて捜査', 'と述べ', 'と発表', 'を発表', 'と指摘', 'と話し', 'と説明', 'と語っ', 'と強調', 'と警告', 'と認め', 'とコメント', 'を明らかに', 'と明らかに', 'と報じ', 'と伝え', 'としている', 'と主張', 'と否定', 'と回答', 'と答え', 'と公表', 'を公表'];

interface Named {
  name: string;
  kind: SourceKind | null;
}

const endsWithAny = (s: string, xs: readonly string[]): string | undefined => xs.find((x) => s.endsWith(x) && s.length > x.length);

/** A name read from a noun phrase ("物流大手の関東ロジネクスト", "セキュリティ企業ミナトサイバーの分析官、高橋健一氏"). */
function nameOfPhrase(phrase: string): Named | null {
  let seg = dropBrackets(phrase);
  const comma = Math.max(seg.lastIndexOf('、'), seg.lastIndexOf('，'), seg.lastIndexOf('」'), seg.lastIndexOf('』'));
  let appositive = false;
  if (comma >= 0) {
    appositive = comma === seg.lastIndexOf('、');
    seg = seg.slice(comma + 1);
  }
  const parts = seg.split('の');
  let last = parts[parts.length - 1] ?? '';
  let kind: SourceKind | null = null;
  const hon = endsWithAny(last, HONORIFICS);
  if (hon) {
    last = last.slice(0, -hon.length);
    // "ミナトサイバーの分析官、高橋健一氏": a researcher when the description before the comma says so.
    kind = appositive && RESEARCH_ROLE.some((r) => phrase.includes(r)) ? 'researcher' : 'person';
  }
  const role = ROLES.find((r) => last === r);
  if (role && parts.length >= 2) {
    // The body the person speaks for ("NISC の担当者" → NISC).
    last = parts[parts.length - 2] ?? '';
  }
  if (!hon && parts.length >= 2 && COMPANY_DESC.some((d) => (parts[parts.length - 2] ?? '').endsWith(d))) kind = 'company';
  // left10: after a description ("旅行大手の") the whole rest is the name, kana and all ("ひかりモバイル").
  const described = kind === 'company' && last.length <= LIMITS.maxName && isNounChar(last.charCodeAt(last.length - 1));
  const name = described ? last : nounRunBefore(last, last.length);
  if (name !== last || name.length < 2) return null;
  return { name, kind };
}

/** The topic of a sentence: the phrase before its first "は" (else "が") that follows a noun character. */
function topicOf(text: string): string | null {
  for (const particle of ['は', 'が']) {
    let at = text.indexOf(particle);
    while (at > 0 && at < 120) {
      // left10: a bracketed gloss may end the topic ("物流大手の東和ロジ（大阪市）は"); the name is read without it.
      const before = text.charCodeAt(at - 1);
      const noun = isNounChar(before) || ((before === 0xff09 || before === 0x29) && at > 1 && isNounChar(text.charCodeAt(at - 2)));
      // A "が" subject after a comma is a subordinate clause's ("…進めているが、顧客情報が…"), not the speaker.
      if (noun && (particle === 'は' || !text.slice(0, at).includes('、'))) return text.slice(0, at);
      at = text.indexOf(particle, at + 1);
    }
  }
  return null;
}

function kindJa(n: Named, label: SourceLabel | null, db: SourceDirectory): SourceKind {
  if (n.kind) return n.kind;
  if (ANON_TAIL.some((t) => n.name.endsWith(t))) return 'anonymous';
  if (label) return kindOf(n.name, label, db, null);
  if (OUTLET_END.some((e) => n.name.endsWith(e) && n.name.length > e.length)) return 'outlet';
  if (GOV_MARK.some((g) => n.name.includes(g))) return 'government';
  if (COMPANY_MARK.some((c) => n.name.includes(c))) return 'company';
  return kindOf(n.name, label, db, null);
}

export interface JaContext {
  db: SourceDirectory;
  publisher: SourceLabel | null;
}

/**
 * left10: a quote that runs over a sentence break ("担当者は「…。…」と話している。") leaves its speech verb in a
 * sentence of its own; the speaker is the topic before the "「" that opened it, at most three sentences back.
 */
function quoteOpener(sentences: Sentence[], si: number, text: string, endingAt: number): string | null | undefined {
  const close = text.lastIndexOf('」', endingAt);
  // "…調査中だ。」" then "としている。": the quote closed in the sentence before.
  if (close < 0 && endingAt === 0 && si > 0) {
    const prev = sentences[si - 1]!.text.slice(0, LIMITS.maxChars);
    const open = prev.indexOf('「');
    return prev.endsWith('」') && open > 0 ? topicOf(prev.slice(0, open)) : null;
  }
  if (close < 0 || text.lastIndexOf('「', close) >= 0) return undefined;
  // From here the sentence is the tail of a quote: a topic inside it is the quote's, never the speaker (null).
  for (let k = si - 1; k >= 0 && k >= si - 3; k--) {
    const prev = sentences[k]!.text.slice(0, LIMITS.maxChars);
    if (prev.includes('」')) return null;
    const open = prev.lastIndexOf('「');
    if (open > 0) return topicOf(prev.slice(0, open));
  }
  return null;
}

/** left12: a paragraph opening with a surname, 氏 and a space: the answer label of a Japanese interview ("佐藤氏　…"). */
const LABEL_JA = /^([\p{sc=Han}\p{sc=Katakana}]{1,4})氏[\s\u3000]/u;

/**
 * left12: the interviewee of a Japanese Q&A whose answers open with "佐藤氏　": a surname label that opens at least two
 * paragraphs, named in full where the text introduces them before the first answer ("佐藤健一氏に聞いた"), else by the
 * label. Questions (「――…」) carry no label, so a label is an answer's.
 */
function interviewLabelJa(sentences: Sentence[], n: number): { label: string; name: string } | null {
  const counts = new Map<string, number>();
  let firstAt = -1;
  for (let si = 0; si < n; si++) {
    const sent = sentences[si]!;
    if (si > 0 && sentences[si - 1]!.block === sent.block) continue;
    const m = LABEL_JA.exec(sent.text.slice(0, 12));
    if (!m) continue;
    if (firstAt < 0) firstAt = si;
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  let surname = '';
  for (const [k, v] of counts) if (v >= 2 && (!surname || v > counts.get(surname)!)) surname = k;
  if (!surname) return null;
  let name = surname;
  for (let si = 0; si < firstAt; si++) {
    const t = sentences[si]!.text;
    const at = t.indexOf(surname);
    const full = at >= 0 ? /^[\p{sc=Han}]{1,3}(?=氏)/u.exec(t.slice(at + surname.length, at + surname.length + 4)) : null;
    if (full) {
      name = surname + full[0];
      break;
    }
  }
  return { label: surname + '氏', name };
}

/** Attributions by Japanese cues. Never throws. */
export function findJaAttributions(sentences: Sentence[], ctx: JaContext): Attribution[] {
  const out: Attribution[] = [];
  try {
    const seen = new Set<string>();
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    const push = (named: Named | null, cue: string, sent: Sentence): void => {
      if (!named || out.length >= LIMITS.maxAttributions) return;
      let { name } = named;
      // "同社" (the company): the company named before, when there is one.
      if (name === '同社') {
        const prev = [...out].reverse().find((a) => a.sourceKind === 'company');
        if (prev) name = prev.source;
      }
      if (seen.has(name)) return;
      const label = ctx.db.byName(name) ?? null;
      if (ctx.publisher && label && label.id === ctx.publisher.id) return;
      seen.add(name);
      out.push({ source: name, sourceKind: kindJa({ name, kind: named.kind }, label, ctx.db), cue, sentence: sent.text, label, via: null });
    };
    const guest = interviewLabelJa(sentences, n);
    for (let si = 0; si < n; si++) {
      const sent = sentences[si]!;
      if (sent.blockKind === 'title') continue;
      const text = sent.text.slice(0, LIMITS.maxChars);
      const first = out.length;
      // left12: "佐藤氏　詳細は調査中ですが、…": an interview answer under the interviewee's label.
      if (guest && text.startsWith(guest.label) && (si === 0 || sentences[si - 1]!.block !== sent.block)) push({ name: guest.name, kind: 'person' }, '氏', sent);
      let relay = -1;
      for (const cue of POSTPOSITIONS) {
        let at = text.indexOf(cue);
        for (let guard = 0; at > 0 && guard < 5; guard++, at = text.indexOf(cue, at + cue.length)) {
          // The phrase before the cue back to the clause start, then its name.
          let start = at;
          while (start > 0 && at - start < 60 && !'。、「」『』'.includes(text[start - 1]!)) start--;
          const before = out.length;
          push(nameOfPhrase(text.slice(start, at)), cue, sent);
          if (relay < 0 && out.length > before && out[before]!.sourceKind === 'outlet') relay = before;
        }
      }
      // blind11: "…停止したとNHKが報じた": the speaker between the quoting と and its が, before a speech verb.
      const inverted = SPEAKER_GA_JA.exec(text);
      if (inverted) push(nameOfPhrase(inverted[1]!), `が${inverted[2]}`, sent);
      const ending = inverted ? undefined : SPEECH_ENDINGS.find((e) => text.includes(e));
      if (ending) {
        const opener = quoteOpener(sentences, si, text, text.indexOf(ending));
        const topic = opener === undefined ? topicOf(text) : opener;
        if (topic) push(nameOfPhrase(topic), ending, sent);
      }
      // left10: "共同通信によると、警視庁は…とみて調べている": the outlet reports what the sentence's other sources say.
      if (relay >= 0) for (let k = first; k < out.length; k++) if (k !== relay && out[k]!.sourceKind !== 'outlet') out[k]!.via = relay;
    }
  } catch {
    return out;
  }
  return out;
}

/** Hedges: hearsay and estimative endings. Longer forms first, so "とみられる" is reported, not "とみられ". */
const HEDGES_JA: [string, Hedge['kind']][] = [
  ['とみられる', 'hedge'],
  ['と見られる', 'hedge'],
  ['とみられ', 'hedge'],
  ['と見られ', 'hedge'],
  ['とされる', 'hedge'],
  ['とされ', 'hedge'],
  ['模様', 'hedge'],
  ['疑いがある', 'hedge'],
  ['未確認', 'hedge'],
  // blind11: the adverb "probably" (恐らく, おそらく) as well as the endings.
  ['恐らく', 'estimative'],
  ['おそらく', 'estimative'],
  // fix13: a possibility that cannot be denied ("cannot be ruled out"), an open question ("whether … is not known").
  ['可能性を否定できない', 'hedge'],
  ['可能性は否定できない', 'hedge'],
  ['可能性も否定できない', 'hedge'],
  ['かどうかは分かっていない', 'hedge'],
  ['かどうか分かっていない', 'hedge'],
  ['可能性が高い', 'estimative'],
  ['可能性がある', 'estimative'],
  // hedge13: hearsay (と伝えられ, と報じられ, とのこと, sentence-final という — not "Xという会社", see findJaHedges),
  // inference (もよう, とみている, と推定/推測され), suspicion (疑いがもたれ), what is not yet known (明らかになっていない,
  // 分かっていない, は不明).
  ['と伝えられ', 'hedge'],
  ['と報じられ', 'hedge'],
  ['とのこと', 'hedge'],
  ['という。', 'hedge'],
  ['もよう', 'hedge'],
  ['とみています', 'hedge'],
  ['とみている', 'hedge'],
  ['とみて', 'hedge'],
  ['疑いがもたれ', 'hedge'],
  ['疑いが持たれ', 'hedge'],
  ['明らかになっていない', 'hedge'],
  ['分かっていない', 'hedge'],
  ['わかっていない', 'hedge'],
  ['は不明', 'hedge'],
  ['不明だ', 'hedge'],
  ['と推定され', 'estimative'],
  ['と推測され', 'estimative'],
  ['可能性もある', 'estimative'],
];

/** Hedges by Japanese cues. Never throws. */
export function findJaHedges(sentences: Sentence[]): Hedge[] {
  const out: Hedge[] = [];
  try {
    const n = Math.min(sentences.length, LIMITS.maxSentences);
    for (let si = 0; si < n && out.length < 500; si++) {
      const text = sentences[si]!.text.slice(0, LIMITS.maxChars);
      let taken = '';
      for (const [cue, kind] of HEDGES_JA) {
        if (!text.includes(cue) || taken.includes(cue)) continue;
        taken += cue + '\u0000';
        out.push({ cue, sentence: sentences[si]!.text, kind });
      }
    }
  } catch {
    return out;
  }
  return out;
}
