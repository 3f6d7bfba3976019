import type { Disclaimer } from './report';

/**
 * left10: the publisher's notes in Traditional Chinese, Korean and Polish — the kinds of the contract: the author's
 * opinion ("本文僅代表作者個人觀點", "본 칼럼은 필자 개인의 의견이며 본지의 편집 방향과 다를 수 있습니다", "Tekst wyraża
 * wyłącznie opinie autora"), liability ("不構成投資建議", "본지는 … 책임을 지지 않습니다", "Redakcja nie ponosi
 * odpowiedzialności"), sponsored, AI-written, syndicated and corrected texts. Russian and Simplified Chinese notes are
 * disclaimers.ts's (intl8); these live in the intl script with the languages' cues (registered in intl.ts), so English
 * pages carry none of their bytes. Each pattern is anchored on a fixed phrase of its kind and bounded: linear time.
 */

type Kind = Disclaimer['kind'];

/** Words one of the rules below needs: a text without any is not read (most texts of every page). */
const TRIGGER = /代表|構成|責任|侵權|贊助|廣告|業配|人工智慧|轉載|轉自|摘自|來源|更正|勘誤|誤植|有誤|의견|견해|책임|권유|권하지|면책|지원을|후원을|지원으로|후원으로|협찬|광고|인공지능|게재|제휴|정정|바로잡|수정|고쳤|opini|pogląd|odpowiedzialno|porad|sponsor|reklam|partner|współprac|sztuczn|\bAI\b|ukazał|opublikowan|źródło|zaktualiz|poprawion|skorygowan|sprostowanie|aktualizacja|redakcji|przedruk|wersji/i;

/** The paper as the subject of its own note ("본지는", "당사는", "편집부는"). */
const PAPER_KO = /(?:본지|당사|본\s?사이트|편집부)(?:는|은)\s/;

const RULES: { kind: Kind; re: RegExp; when?: (text: string, index: number) => boolean }[] = [
  // Traditional Chinese. fix12: "本文經授權轉載自…" (republished with permission from …) beside the bare "本文轉載自".
  { kind: 'opinion', re: /本文(?:僅|只)?代表作者(?:個人)?(?:之)?(?:觀點|立場|意見)|不代表本(?:站|網|報|刊|台|社|平台)(?:之|的)?(?:觀點|立場)/ },
  { kind: 'liability', re: /不構成(?:任何)?(?:投資|法律|醫療)?(?:建議|邀約)|本(?:站|網|報|社|平台)不(?:承擔|負)(?:任何)?(?:法律)?責任|如有侵權[，,]?\s{0,2}請(?:聯繫|聯絡|告知)/ },
  { kind: 'sponsored', re: /本文由[^，。,贊]{1,20}贊助|贊助內容|廣告(?:內容|專題)|^\s{0,3}(?:業配|廣編特輯)/ },
  { kind: 'ai_generated', re: /本文(?:由|借助|使用|透過)(?:人工智慧|AI)(?:工具|技術)?(?:生成|輔助|協助|撰寫)|(?:由|以)(?:人工智慧|AI)(?:工具)?(?:協助|輔助)(?:撰寫|生成|編寫|編譯)/ },
  { kind: 'syndicated', re: /本文(?:經(?:作者|原作者|原刊)?授權)?(?:轉載|轉自|摘自)|^\s{0,3}(?:來源|稿源|文章來源)\s{0,2}[:：]\s{0,2}\S/ },
  { kind: 'correction', re: /本文(?:已)?(?:更正|修正)|^\s{0,3}(?:更正|勘誤)\s{0,2}[:：]|特此更正|^\s{0,3}[【[〔](?:更正|勘誤)[】\]〕]|本文(?:稍早|先前|早前|原)(?:版本|報導)?(?:誤植|有誤|錯誤)/ },
  // Korean: the publisher's note ends politely ("…습니다") and names the paper ("본지", "당사") or the text ("본 기사").
  { kind: 'opinion', re: /(?:필자|기고자|외부\s{0,2}필자|작성자)(?:의)?\s{0,2}(?:개인\s{0,2})?(?:의견|견해|생각)(?:이며|으로|입니다)|(?:편집\s{0,2}방향|입장|논조)(?:과|와)\s{0,2}(?:다를|무관|일치하지)/ },
  // "책임을 지지 않습니다" only when the paper is the one declining it ("본지는 …"), not a source quoted as declining it.
  { kind: 'liability', re: /책임(?:을)?\s{0,2}지지\s{0,2}않습니다/, when: (t, i) => PAPER_KO.test(t.slice(Math.max(0, i - 60), i)) },
  { kind: 'liability', re: /투자\s{0,2}권유(?:를\s{0,2}목적으로\s{0,2}하지\s{0,2}않|가\s{0,2}아닙니다)/ },
  // left11 (intl11): the reader's own responsibility ("책임은 투자자 본인에게 있습니다"), "does not recommend trading", a 면책 head.
  { kind: 'liability', re: /책임은\s{0,2}(?:투자자|이용자|독자)\s{0,2}(?:본인|자신)에게\s{0,2}있습니다|(?:매매|매수|매도|투자)(?:를|을)\s{0,2}(?:권하지|권유하지|추천하지)\s{0,2}않습니다(?![”"’']\s{0,2}(?:라)?고)|^\s{0,3}[[(【〔]?\s{0,2}면책\s{0,2}(?:조항|고지|공고)/ },
  { kind: 'sponsored', re: /(?:지원|후원|협찬)을\s{0,2}받아\s{0,2}(?:작성|제작)(?:되었|됐|했|한)|(?:광고|협찬)\s{0,2}(?:기사|콘텐츠)입니다|^\s{0,3}\[(?:광고|AD)\]/ },
  // left11: "…의 지원으로 제작된 기획 기사입니다" (support as the means, not "지원을 받아").
  { kind: 'sponsored', re: /(?:지원|후원|협찬)(?:으로|하에)\s{0,2}(?:작성|제작)(?:된\s{0,2}(?:기획\s{0,2})?(?:기사|콘텐츠|글)|(?:되었|됐)습니다)/ },
  { kind: 'ai_generated', re: /(?:인공지능|AI)(?:의\s{0,2}도움을\s{0,2}받아|를\s{0,2}활용해|로|가)\s{0,2}(?:작성|생성)(?:되었|됐|했|한\s{0,2}기사)/ },
  // left11: "생성형 AI가 초안을 작성하고 …": the AI wrote the draft (the object named, so no quote of an attacker's AI tool).
  { kind: 'ai_generated', re: /(?:인공지능|AI)(?:가|으로|로|를\s{0,2}활용해)\s{0,2}(?:기사\s{0,2})?(?:초안|기사|본문)(?:을|를)\s{0,2}(?:작성|생성)/ },
  { kind: 'syndicated', re: /(?:먼저|처음|원래)\s{0,2}(?:게재|실린|실렸|보도)(?:된|되었|됐)?\s{0,2}(?:기사|글)|제휴\s{0,2}(?:기사|콘텐츠)입니다/ },
  { kind: 'correction', re: /바로잡습니다|정정\s{0,2}보도|(?:기사|본문)(?:를|가|의)\s{0,2}(?:일부\s{0,2})?(?:수정|정정)(?:했습니다|되었습니다|됐습니다|합니다)/ },
  // left11: a "[정정]" head, and "이를 정정합니다" / "해당 부분을 고쳤습니다" in the paper's polite voice — not a vendor's
  // quoted "이를 수정했습니다"고 (a fixed bug).
  { kind: 'correction', re: /^\s{0,3}[[【〔]\s{0,2}정정\s{0,2}[\]】〕]|(?:이를|해당\s{0,2}(?:부분|내용)을|잘못된\s{0,2}(?:부분|내용)을)\s{0,2}(?:(?:정정|수정)(?:합니다|했습니다)|고쳤습니다|바로잡(?:습니다|았습니다))(?![”"’']\s{0,2}(?:라)?고)/ },
  // Polish.
  { kind: 'opinion', re: /(?:tekst|artykuł|felieton|komentarz)\s{1,3}(?:wyraża|przedstawia|prezentuje)\s{1,3}(?:wyłącznie\s{1,3}|jedynie\s{1,3})?(?:opinię|opinie|poglądy|zdanie|stanowisko)\s{1,3}autor|nie\s{1,3}(?:musi|muszą)\s{1,3}(?:odzwierciedlać|odpowiadać)\s{1,3}(?:stanowiska|stanowisku|poglądów|poglądom|opinii)\s{1,3}redakcji|opinie\s{1,3}(?:autora|autorów)\s{1,3}nie\s{1,3}(?:muszą|zawsze)/i },
  { kind: 'opinion', re: /(?:opinie|poglądy)\s{1,3}(?:wyrażone|przedstawione|zawarte)\s{1,3}w\s{1,3}(?:tym\s{1,3})?(?:artykule|tekście|felietonie|komentarzu)\s{1,3}(?:są|to)\s{1,3}(?:wyłącznie\s{1,3}|jedynie\s{1,3})?(?:opiniami|poglądami|prywatnymi)/i },
  { kind: 'liability', re: /redakcja\s{1,3}nie\s{1,3}(?:ponosi|bierze)\s{1,3}(?:żadnej\s{1,3})?odpowiedzialności|nie\s{1,3}stanowi\s{1,3}(?:porady|rekomendacji|doradztwa)/i },
  { kind: 'sponsored', re: /(?:artykuł|materiał|tekst)\s{1,3}(?:sponsorowany|partnera|reklamowy|promocyjny)|(?:artykuł|materiał|tekst)\s{1,3}powstał\s{1,3}(?:we|przy)\s{1,3}współpracy\s{1,3}z|^\s{0,3}(?:reklama|partner\s{1,3}materiału)\s{0,3}(?:$|:)/i },
  { kind: 'ai_generated', re: /(?:artykuł|tekst|materiał)\s{1,3}(?:został\s{1,3})?(?:powstał|przygotowany|wygenerowany|napisany|stworzony|opracowany)\s{1,3}(?:z\s{1,3}pomocą|przy\s{1,3}pomocy|przy\s{1,3}wsparciu|przy\s{1,3}użyciu|z\s{1,3}wykorzystaniem)\s{1,3}(?:narzędzi\s{1,3})?(?:sztucznej\s{1,3}inteligencji|AI)/i },
  { kind: 'syndicated', re: /(?:artykuł|tekst)\s{1,3}(?:ukazał\s{1,3}się|został\s{1,3}opublikowany)\s{1,3}(?:pierwotnie|po\s{1,3}raz\s{1,3}pierwszy)\s{1,3}(?:w|na)\s|^\s{0,3}źródło\s{0,2}:\s{0,2}\S|przedruk\s{1,3}za\s{1,3}zgodą/i },
  { kind: 'correction', re: /(?:artykuł|tekst)\s{1,3}(?:został\s{1,3})?(?:zaktualizowany|poprawiony|skorygowany|uzupełniony)|w\s{1,3}(?:pierwotnej|poprzedniej|pierwszej)\s{1,3}wersji\s{1,3}(?:tego\s{1,3})?(?:artykułu|tekstu)|^\s{0,3}(?:sprostowanie|aktualizacja)\s{0,2}:/i },
];

/** Whether a box may hold one of these notes (the box walk reads only boxes some rule could match). */
export function intlDisclaimerTrigger(text: string): boolean {
  return TRIGGER.test(text);
}

/** The kinds of note in `text`, each with the offset of its match (one per kind). Never throws. */
export function classifyIntlDisclaimer(text: string): { kind: Kind; index: number }[] {
  const out: { kind: Kind; index: number }[] = [];
  if (!TRIGGER.test(text)) return out;
  for (const r of RULES) {
    if (out.some((o) => o.kind === r.kind)) continue;
    const m = r.re.exec(text);
    if (m && (!r.when || r.when(text, m.index))) out.push({ kind: r.kind, index: m.index });
  }
  return out;
}

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const INTL_DISCLAIMER_PATTERNS: RegExp[] = /* @__PURE__ */ (() => [TRIGGER, PAPER_KO, ...RULES.map((r) => r.re)])();
