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
const TRIGGER = /Anzeige|Werbung|gesponsert|Kooperation|Zusammenarbeit|Auftrag|Affiliate|erschien|ursprünglich|übersetzt|Übersetzung|Genehmigung|Meinung|Haftung|Gewähr|beratung|Aktualisiert|Aktualisierung|Nachtrag|Kommentar|Gastbeitrag|sponsoris|partenariat|publi-?r|publicité|initialement|originellement|d['’]abord|aimable|traduit|engagent|opinions|reflète|responsabilit|conseil|mis à jour|rectificatif|erratum|tribune|patrocin|colaboración|publirreportaje|publicidad|originalmente|originariamente|traducido|autorización|opiniones|refleja|asesoramiento|informativos|actualizad|fe de erratas|sponsorizzat|collaborazione|pubbli|publiredazionale|informazione pubblicitaria|affiliazione|opinioni|riflettono|rappresentano|consulenza|aggiornat|rettifica|parceria|publieditorial|informe publicitário|afiliad|opiniões|refletem|reflete|recomendação|aconselhamento|responsabiliza|errata|correção|atualização|gesponsord|advertorial|partnerbijdrage|samenwerking|meningen|standpunten|opvattingen|weerspiegel|aansprakelijkheid|advies|opinie|^\s{0,3}column\s{0,3}$|geschreven|gegenereerd|vertaald|記事|本稿|翻訳|広告|ＰＲ|[【[]PR|^\s{0,3}PR\s{0,3}$|タイアップ|スポンサー|提供|転載|配信|初出|見解|責任|勧誘|推奨|訂正|修正|追記|誤り|人工知能|Реклама|ИНН|erid|перевод|ИИ|广告|廣告|首发|首發|原载|原載|翻译|翻譯|번역|전재|afiliacyjn|przetłumacz|代表|構成|責任|侵權|贊助|廣告|業配|人工智慧|轉載|轉自|摘自|來源|更正|勘誤|誤植|有誤|의견|견해|책임|권유|권하지|면책|지원을|후원을|지원으로|후원으로|협찬|광고|인공지능|게재|제휴|정정|바로잡|수정|고쳤|opini|pogląd|odpowiedzialno|porad|sponsor|reklam|partner|współprac|sztuczn|\bAI\b|ukazał|opublikowan|źródło|zaktualiz|poprawion|skorygowan|sprostowanie|aktualizacja|redakcji|przedruk|wersji/i;

/** The paper as the subject of its own note ("본지는", "당사는", "편집부는"). */
const PAPER_KO = /(?:본지|당사|본\s?사이트|편집부)(?:는|은)\s/;

/**
 * hedge13: a rule's match must be the publisher's own words: not in a sentence that reports someone ("…, sagte der
 * Sprecher", "selon la société", "と述べた", "밝혔다"). Word-bounded verbs for alphabetic languages, bare ones for CJK.
 */
const REPORTED = /(?<![\p{L}])(?:sagte|sagt|sagten|erklärte|erklärten|teilte|betonte|laut|zufolge|a\s{1,3}(?:déclaré|affirmé|indiqué|expliqué)|selon|dijo|afirmó|declaró|explicó|según|señaló|ha\s{1,3}(?:detto|dichiarato|spiegato)|secondo|disse|afirmou|declarou|segundo|zei|zegt|verklaarde|volgens|заявил[аи]?|сообщил[аи]?|по\s{1,3}словам|powiedział[aoy]?|według)(?![\p{L}])|と(?:述べ|話し|説明し|語っ)|表示|指出|밝혔다|말했다|전했다/iu;
/** The sentence around offset `i` (cut at end punctuation, at most 200 characters either side). */
function sentenceAround(text: string, i: number): string {
  const lo = Math.max(0, i - 200);
  let start = lo;
  for (let k = i - 1; k >= lo; k--) if ('.!?。！？'.includes(text[k]!)) { start = k + 1; break; }
  const hi = Math.min(text.length, i + 200);
  let end = hi;
  for (let k = i; k < hi; k++) if ('.!?。！？'.includes(text[k]!) && !/\d/.test(text[k + 1] ?? '')) { end = k; break; }
  return text.slice(start, end);
}

/**
 * hedge13: "Article mis à jour le 3 mars avec la réponse de …": an update line says what changed; a bare timestamp
 * ("Articolo aggiornato il 3 marzo") is no note. The reason follows the date within a few words.
 */
const REASON = /\s(?:avec|pour|afin|con|para|per|com)\s/i;
function reasonGiven(text: string, index: number): boolean {
  return REASON.test(text.slice(index, index + 90).split(/\.(?!\d)/)[0] ?? '');
}

const RULES: { kind: Kind; re: RegExp; own?: boolean; label?: boolean; when?: (text: string, index: number) => boolean }[] = [
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
  // hedge13: the kinds of the contract in German, French, Spanish, Italian, Portuguese, Dutch and Japanese (which had
  // corrections, AI notes and a few reprints only), more Russian, Chinese, Korean and Polish wordings, and a
  // translation credit in each (the contract's syndicated kind). Every rule names the text itself ("Dieser Artikel",
  // "本記事は"), the author's view, the publisher's own refusal of liability, or is a whole short label; a sentence
  // that reports someone ("…, sagte der Sprecher") is never one (REPORTED below).
  // German.
  { own: true, kind: 'sponsored', re: /^\s{0,3}(?:Anzeige|Werbung|Gesponsert(?:er\s{1,3}(?:Beitrag|Inhalt|Artikel))?|Bezahlte\s{1,3}(?:Kooperation|Partnerschaft)|In\s{1,3}(?:Kooperation|Zusammenarbeit)\s{1,3}mit\s{1,3}\S[^.!?]{0,60})\s{0,3}$|(?:dieser|der)\s{1,3}(?:Artikel|Beitrag|Text|Inhalt)\s{1,3}(?:entstand|entsteht|wurde|ist)\s{1,3}(?:in\s{1,3}(?:Kooperation|Zusammenarbeit)\s{1,3}mit|im\s{1,3}Auftrag\s{1,3}(?:von|der|des)|gesponsert|bezahlt)|(?:enthält|beinhaltet)\s{1,3}(?:sogenannte\s{1,3})?(?:Affiliate|Partner)-?Links/i, label: true },
  { own: true, kind: 'syndicated', re: /(?:dieser|der)\s{1,3}(?:Artikel|Beitrag|Text|Bericht)\s{1,3}(?:erschien|ist|wurde)\s{1,3}(?:zuerst|ursprünglich|erstmals)\s{1,3}(?:bei|in|auf|im|veröffentlicht)|^\s{0,3}(?:zuerst|ursprünglich|erstmals)\s{1,3}erschienen\s{1,3}(?:bei|in|auf|im)\s|aus\s{1,3}dem\s{1,3}(?:Englischen|Französischen|Spanischen|Italienischen|Russischen|Chinesischen|Japanischen|Niederländischen|Polnischen)\s{1,3}übersetzt|(?:Nachdruck|Veröffentlichung|Übernahme)\s{1,3}mit\s{1,3}freundlicher\s{1,3}Genehmigung/i },
  { own: true, kind: 'opinion', re: /(?:gibt|spiegelt)\s{1,3}(?:ausschließlich\s{1,3}|allein\s{1,3}|nur\s{1,3})?(?:die\s{1,3})?(?:persönliche\s{1,3})?Meinung\s{1,3}(?:des|der)\s{1,3}(?:Autors|Autorin|Verfassers|Verfasserin|Gastautors|Gastautorin)|nicht\s{1,3}(?:unbedingt|notwendigerweise|zwingend)\s{1,3}die\s{1,3}(?:Meinung|Position|Haltung|Ansicht)\s{1,3}der\s{1,3}Redaktion|^\s{0,3}(?:Kommentar|Meinung|Gastbeitrag|Gastkommentar)\s{0,3}$/i, label: true },
  { own: true, kind: 'liability', re: /(?:Redaktion|Verlag|Herausgeber|wir)\s{1,3}(?:übernimmt|übernehmen)\s{1,3}(?:keine|keinerlei)\s{1,3}(?:Haftung|Gewähr|Verantwortung)|stellt\s{1,3}keine\s{1,3}(?:Anlage|Rechts|Steuer|Finanz)?-?[Bb]eratung\s{1,3}dar|(?:ist|sind)\s{1,3}keine\s{1,3}(?:Anlage|Rechts|Steuer)beratung/i },
  { own: true, kind: 'correction', re: /^\s{0,3}[[(]?\s{0,3}(?:Aktualisiert|Aktualisierung|Korrektur|Berichtigung|Richtigstellung|Nachtrag|Update)\b[^:]{0,40}:\s{0,3}\p{L}{1,20}\s{1,3}\p{L}{1,20}\s{1,3}\p{L}/iu },
  // French.
  { own: true, kind: 'sponsored', re: /^\s{0,3}(?:Contenu\s{1,3}(?:sponsorisé|partenaire|commercial|de\s{1,3}marque)|Article\s{1,3}sponsorisé|Sponsorisé|Publi-?(?:rédactionnel|reportage)|En\s{1,3}partenariat\s{1,3}avec\s{1,3}\S[^.!?]{0,60})\s{0,3}$|(?:cet|ce)\s{1,3}(?:article|contenu|texte|dossier)\s{1,3}(?:est|a\s{1,3}été)\s{1,3}(?:publié|réalisé|rédigé|produit|proposé|sponsorisé|financé)\s{1,3}(?:en\s{1,3}partenariat\s{1,3}avec|par)|contient\s{1,3}des\s{1,3}liens\s{1,3}(?:affiliés|d['’]affiliation|sponsorisés)/i, label: true },
  { own: true, kind: 'syndicated', re: /(?:cet|cette|ce)\s{1,3}(?:article|texte|tribune|dépêche|billet)\s{1,3}a\s{1,3}(?:(?:d['’]abord|initialement|originellement|originalement|précédemment)\s{1,3}été|été\s{1,3}(?:d['’]abord|initialement|originellement|originalement|précédemment))\s{1,3}publiée?\s{1,3}(?:sur|dans|par)/i },
  { own: true, kind: 'syndicated', re: /(?:article|texte|tribune)\s{1,3}(?:initialement|originellement|d['’]abord)\s{1,3}publiée?\s{1,3}(?:sur|dans|par)|(?:publiée?|reproduite?)\s{1,3}avec\s{1,3}l['’]aimable\s{1,3}autorisation|traduit\s{1,3}de\s{1,3}l['’](?:anglais|allemand|espagnol|italien|russe|chinois|japonais)/i },
  { own: true, kind: 'opinion', re: /n['’]engage(?:nt)?\s{1,3}que\s{1,3}(?:leur|son|ses|l['’])\s{0,3}auteur|ne\s{1,3}refl[èe]te(?:nt)?\s{1,3}pas\s{1,3}(?:nécessairement\s{1,3})?(?:la\s{1,3}position|l['’]opinion|les\s{1,3}opinions|le\s{1,3}point\s{1,3}de\s{1,3}vue)\s{1,3}de\s{1,3}(?:la\s{1,3}rédaction|notre\s{1,3}rédaction|l['’]éditeur)|^\s{0,3}(?:Tribune|Point\s{1,3}de\s{1,3}vue|Chronique)\s{0,3}$/i, label: true },
  { own: true, kind: 'liability', re: /(?:rédaction|éditeur|nous)\s{1,3}(?:décline|déclinons|déclinent)\s{1,3}toute\s{1,3}responsabilité|ne\s{1,3}saurai(?:t|ent)\s{1,3}être\s{1,3}tenue?s?\s{1,3}(?:pour\s{1,3})?responsables?|ne\s{1,3}constitue\s{1,3}(?:en\s{1,3}aucun\s{1,3}cas\s{1,3})?(?:pas\s{1,3})?un\s{1,3}conseil\s{1,3}(?:en\s{1,3}investissement|juridique|financier)|ne\s{1,3}constitue\s{1,3}pas\s{1,3}un\s{1,3}conseil/i },
  { own: true, kind: 'correction', re: /(?:article|texte|dépêche)\s{1,3}mis\s{1,3}à\s{1,3}jour\s{1,3}(?:le|à)\s/i, when: reasonGiven },
  { own: true, kind: 'correction', re: /^\s{0,3}[[(]?\s{0,3}(?:Mise\s{1,3}à\s{1,3}jour|Rectificatif|Erratum|Correction)\b[^:]{0,40}:\s{0,3}\p{L}{1,20}\s{1,3}\p{L}{1,20}\s{1,3}\p{L}/iu },
  // Spanish.
  { own: true, kind: 'sponsored', re: /^\s{0,3}(?:Contenido\s{1,3}(?:patrocinado|de\s{1,3}marca|promocionado|pagado)|Artículo\s{1,3}patrocinado|Patrocinado|Publirreportaje|En\s{1,3}colaboración\s{1,3}con\s{1,3}\S[^.!?]{0,60})\s{0,3}$|(?:este|esta)\s{1,3}(?:artículo|contenido|nota|texto)\s{1,3}(?:fue|ha\s{1,3}sido|es)\s{1,3}(?:patrocinad[oa]|elaborad[oa]\s{1,3}en\s{1,3}colaboración\s{1,3}con|pagad[oa])|contiene\s{1,3}enlaces\s{1,3}(?:de\s{1,3}afiliados|afiliados)/i, label: true },
  { own: true, kind: 'syndicated', re: /(?:este|esta)\s{1,3}(?:artículo|texto|nota|columna|reportaje)\s{1,3}(?:se\s{1,3}publicó|fue\s{1,3}publicad[oa]|apareció)\s{1,3}(?:originalmente|originariamente|primero|inicialmente|por\s{1,3}primera\s{1,3}vez)\s{1,3}(?:en|por)|(?:publicad[oa]|aparecid[oa])\s{1,3}originalmente\s{1,3}en|(?:se\s{1,3})?reproduce\s{1,3}con\s{1,3}(?:la\s{1,3})?(?:autorización|permiso)|traducido\s{1,3}del\s{1,3}(?:inglés|alemán|francés|italiano|ruso|chino|japonés)/i },
  { own: true, kind: 'opinion', re: /(?:las\s{1,3})?opiniones\s{1,3}(?:expresadas|vertidas)\s{1,3}(?:en\s{1,3}(?:este|esta)\s{1,3}(?:artículo|texto|columna|espacio|blog)\s{1,3})?(?:son\s{1,3}(?:de\s{1,3})?(?:responsabilidad\s{1,3})?(?:exclusiva\s{1,3})?(?:de\s{1,3}su\s{1,3}autor|del\s{1,3}autor|de\s{1,3}los\s{1,3}autores)|no\s{1,3}reflejan\s{1,3}necesariamente)|no\s{1,3}refleja(?:n)?\s{1,3}necesariamente\s{1,3}(?:la\s{1,3}(?:opinión|postura|línea\s{1,3}editorial)|el\s{1,3}punto\s{1,3}de\s{1,3}vista)\s{1,3}de|^\s{0,3}(?:Opinión|Tribuna|Columna\s{1,3}de\s{1,3}opinión)\s{0,3}$/iu, label: true },
  { own: true, kind: 'liability', re: /no\s{1,3}constituye\s{1,3}(?:un\s{1,3})?(?:asesoramiento|recomendación|consejo)|(?:redacción|medio|editor)\s{1,3}no\s{1,3}se\s{1,3}hace\s{1,3}responsable|declina\s{1,3}(?:toda|cualquier)\s{1,3}responsabilidad|con\s{1,3}fines\s{1,3}(?:meramente\s{1,3}|exclusivamente\s{1,3}|únicamente\s{1,3})?informativos/i },
  { own: true, kind: 'correction', re: /(?:artículo|nota|noticia)\s{1,3}actualizad[oa]\s{1,3}(?:el|a\s{1,3}las)\s/i, when: reasonGiven },
  { own: true, kind: 'correction', re: /^\s{0,3}[[(]?\s{0,3}(?:Fe\s{1,3}de\s{1,3}erratas|Corrección|Actualización)\b[^:]{0,40}:\s{0,3}\p{L}{1,20}\s{1,3}\p{L}{1,20}\s{1,3}\p{L}/iu },
  // Italian.
  { own: true, kind: 'sponsored', re: /^\s{0,3}(?:Articolo\s{1,3}sponsorizzato|Contenuto\s{1,3}sponsorizzato|Sponsorizzato|Pubbli-?redazionale|Publiredazionale|Informazione\s{1,3}pubblicitaria|In\s{1,3}collaborazione\s{1,3}con\s{1,3}\S[^.!?]{0,60}|Contenuto\s{1,3}offerto\s{1,3}da\s{1,3}\S[^.!?]{0,60})\s{0,3}$|(?:questo|quest['’])\s{0,3}(?:articolo|contenuto)\s{1,3}è\s{1,3}(?:sponsorizzato|realizzato\s{1,3}in\s{1,3}collaborazione\s{1,3}con)|link\s{1,3}(?:di\s{1,3})?affiliazione/i, label: true },
  { own: true, kind: 'opinion', re: /(?:le\s{1,3})?opinioni\s{1,3}espresse\s{1,3}(?:in\s{1,3}questo\s{1,3}\p{L}{1,20}\s{1,3})?sono\s{1,3}(?:quelle\s{1,3})?(?:dell['’]autore|degli\s{1,3}autori|personali)|non\s{1,3}(?:riflettono|rappresentano|rispecchiano)\s{1,3}necessariamente\s{1,3}(?:quelle|la\s{1,3}posizione|l['’]opinione)\s{1,3}(?:della\s{1,3}redazione|della\s{1,3}testata|dell['’]editore)/iu },
  { own: true, kind: 'liability', re: /non\s{1,3}costituisce\s{1,3}(?:in\s{1,3}alcun\s{1,3}modo\s{1,3})?(?:consulenza|sollecitazione|un\s{1,3}consiglio)|(?:redazione|editore|testata)\s{1,3}(?:declina|non\s{1,3}si\s{1,3}assume)\s{1,3}(?:ogni|alcuna)\s{1,3}responsabilità/i },
  { own: true, kind: 'correction', re: /(?:articolo|notizia)\s{1,3}aggiornat[oa]\s{1,3}(?:il|alle)\s/i, when: reasonGiven },
  { own: true, kind: 'correction', re: /^\s{0,3}[[(]?\s{0,3}(?:Aggiornamento|Rettifica|Errata\s{1,3}corrige)\b[^:]{0,40}:\s{0,3}\p{L}{1,20}\s{1,3}\p{L}{1,20}\s{1,3}\p{L}/iu },
  // Portuguese.
  { own: true, kind: 'sponsored', re: /^\s{0,3}(?:Conteúdo\s{1,3}(?:patrocinado|de\s{1,3}marca|pago)|Patrocinado|Publieditorial|Informe\s{1,3}publicitário|Em\s{1,3}parceria\s{1,3}com\s{1,3}\S[^.!?]{0,60})\s{0,3}$|(?:este|esta)\s{1,3}(?:texto|conteúdo|artigo|matéria|reportagem)\s{1,3}(?:é|foi)\s{1,3}(?:patrocinad[oa]|produzid[oa]\s{1,3}em\s{1,3}parceria\s{1,3}com)|links\s{1,3}de\s{1,3}afiliad[oa]s/i, label: true },
  { own: true, kind: 'opinion', re: /(?:as\s{1,3})?opiniões\s{1,3}(?:expressas|emitidas)\s{1,3}(?:neste\s{1,3}(?:artigo|texto|espaço|blog)\s{1,3}|nesta\s{1,3}(?:coluna|matéria)\s{1,3})?(?:são\s{1,3}de\s{1,3}(?:inteira\s{1,3}|exclusiva\s{1,3})?responsabilidade\s{1,3}(?:exclusiva\s{1,3}|inteira\s{1,3})?d[oa]s?\s{1,3}autor|não\s{1,3}refletem\s{1,3}necessariamente)|não\s{1,3}reflete(?:m)?\s{1,3}necessariamente\s{1,3}a\s{1,3}(?:opinião|posição|linha\s{1,3}editorial)/iu },
  { own: true, kind: 'liability', re: /não\s{1,3}constitui\s{1,3}(?:uma\s{1,3})?(?:recomendação|aconselhamento|consultoria)|(?:redação|veículo|editora)\s{1,3}não\s{1,3}se\s{1,3}responsabiliza|isenta-se\s{1,3}de\s{1,3}(?:qualquer\s{1,3})?responsabilidade/i },
  { own: true, kind: 'correction', re: /(?:matéria|notícia|texto|reportagem)\s{1,3}atualizad[oa]\s{1,3}(?:em|às)\s/i, when: reasonGiven },
  { own: true, kind: 'correction', re: /^\s{0,3}[[(]?\s{0,3}(?:Errata|Correção|Atualização)\b[^:]{0,40}:\s{0,3}\p{L}{1,20}\s{1,3}\p{L}{1,20}\s{1,3}\p{L}/iu },
  // Dutch.
  { own: true, kind: 'sponsored', re: /^\s{0,3}(?:Gesponsord(?:e\s{1,3}(?:inhoud|content|bijdrage))?|Advertorial|Partnerbijdrage|Betaalde\s{1,3}samenwerking|In\s{1,3}samenwerking\s{1,3}met\s{1,3}\S[^.!?]{0,60})\s{0,3}$|(?:dit|deze)\s{1,3}(?:artikel|bijdrage|content|tekst)\s{1,3}(?:is\s{1,3})?(?:tot\s{1,3}stand\s{1,3}gekomen|gemaakt|geschreven)\s{1,3}in\s{1,3}samenwerking\s{1,3}met|(?:dit|deze)\s{1,3}(?:artikel|bijdrage)\s{1,3}is\s{1,3}gesponsord|bevat\s{1,3}affiliate-?\s{0,1}links/i, label: true },
  { own: true, kind: 'opinion', re: /(?:meningen|standpunten|opvattingen)\s{1,3}(?:in\s{1,3}(?:dit|deze)\s{1,3}(?:artikel|stuk|column|bijdrage|blog)\s{1,3})?(?:zijn\s{1,3}(?:die|dat)\s{1,3}van\s{1,3}de\s{1,3}(?:auteur|schrijver|columnist)|komen\s{1,3}(?:geheel\s{1,3})?voor\s{1,3}rekening\s{1,3}van)|weerspiegel(?:t|en)\s{1,3}niet\s{1,3}(?:noodzakelijkerwijs\s{1,3})?(?:het\s{1,3}standpunt|de\s{1,3}mening)\s{1,3}van\s{1,3}de\s{1,3}redactie|^\s{0,3}(?:Opinie|Column|Commentaar)\s{0,3}$/i, label: true },
  { own: true, kind: 'liability', re: /(?:redactie|uitgever|wij)\s{1,3}(?:aanvaardt|aanvaarden)\s{1,3}geen\s{1,3}(?:enkele\s{1,3})?aansprakelijkheid|(?:is|vormt)\s{1,3}geen\s{1,3}(?:beleggings|financieel|juridisch)\s{0,1}advies/i },
  { own: true, kind: 'ai_generated', re: /(?:dit|deze)\s{1,3}(?:artikel|tekst|bijdrage|samenvatting)\s{1,3}(?:is|werd)\s{1,3}(?:deels\s{1,3}|gedeeltelijk\s{1,3}|automatisch\s{1,3})?(?:geschreven|gemaakt|vertaald|gegenereerd|opgesteld)\s{1,3}(?:met\s{1,3}(?:behulp|hulp)\s{1,3}van|door)\s{1,3}(?:generatieve\s{1,3})?(?:AI|kunstmatige\s{1,3}intelligentie)/i },
  // Japanese: the text as the topic (本記事は, この記事は, 本稿は), a bracketed head (【PR】, 【訂正】), the author's own view.
  { own: true, kind: 'ai_generated', re: /(?:本記事|この記事|本稿|記事の一部|この翻訳)(?:は|を)[^。]{0,30}(?:生成AI|AI|人工知能)(?:を(?:活用|利用|使用)し(?:て)?|の(?:支援|協力|助け)を(?:受けて|得て)|で|により|によって|が)[^。]{0,12}(?:作成|生成|執筆|翻訳|要約)/ },
  { own: true, kind: 'sponsored', re: /^\s{0,3}(?:[【[]\s{0,2}(?:PR|ＰＲ|広告|タイアップ|Sponsored)\s{0,2}[】\]]|(?:PR|ＰＲ|広告|タイアップ記事|スポンサード(?:コンテンツ)?)\s{0,3}$|提供\s{0,2}[:：]\s{0,2}\S[^。]{0,40}$)|(?:本記事|この記事|本稿)は[^。]{0,30}(?:広告|PR|ＰＲ|タイアップ|提供(?:記事|コンテンツ)?)(?:です|記事です|であり|を含みます)|(?:アフィリエイト|広告)リンクを含(?:み|んで)/, label: true },
  { own: true, kind: 'syndicated', re: /(?:から|より)の?転載(?:です|しています|したもの|記事)?|^\s{0,3}(?:初出|転載元)\s{0,2}[:：]\s{0,2}\S|(?:英語|中国語|韓国語)(?:版)?の記事を翻訳/ },
  { own: true, kind: 'syndicated', re: /(?:に掲載|で公開|に初出|に配信)された(?:記事|もの)/, when: (t, i) => /(?:本記事|この記事|本稿)は/.test(t.slice(Math.max(0, i - 40), i)) },
  { own: true, kind: 'opinion', re: /(?:筆者|著者|執筆者)(?:個人)?の(?:見解|意見|考え)(?:であり|です|に基づく)|(?:所属(?:する)?(?:組織|団体|企業|機関)|当社|編集部|弊社)の(?:見解|公式見解|立場)(?:を代表する|ではありません|とは異なる|を示すものではありません)/ },
  { own: true, kind: 'liability', re: /(?:一切の|いかなる)?責任を負(?:いません|いかねます)(?![」』"”])|(?:投資|売買)(?:を)?(?:勧誘|推奨)する(?:もの|目的)ではありません/ },
  { own: true, kind: 'correction', re: /^\s{0,3}[【[〔]\s{0,2}(?:訂正|修正|お詫びと訂正|追記|更新)\s{0,2}[】\]〕]|(?:記事|本文|見出し)(?:の一部|中)?に誤りがありました|(?:訂正|修正)(?:いた)?しました(?![」』"”])|(?:記事|本文)を(?:修正|訂正|更新)しました|^\s{0,3}(?:訂正|追記|更新)\s{0,2}[:：]\s{0,2}\S/ },
  // Russian: the advertising mark required by law ("Реклама. ООО … ИНН …"), a translation made with AI.
  { own: true, kind: 'sponsored', re: /^\s{0,3}Реклама\s{0,3}$|^\s{0,3}Реклама\s{0,2}[.:|]\s{0,3}\S[^\n]{0,200}(?:ИНН|erid|ОГРН)/i, label: true },
  { own: true, kind: 'ai_generated', re: /(?:перевод|статья|текст|материал)\s{1,3}(?:был[аи]?\s{1,3})?(?:выполнен|подготовлен|сделан|переведен|переведён|создан|написан)[аоы]?\s{1,3}(?:с\s{1,3}помощью|при\s{1,3}помощи|с\s{1,3}использованием)\s{1,3}(?:искусственного\s{1,3}интеллекта|нейросет|ИИ)/i },
  // Chinese: advertising and first publication, AI translation (Simplified and Traditional).
  { own: true, kind: 'sponsored', re: /^\s{0,3}(?:广告|廣告|推广|推廣)\s{0,3}$|本文(?:为|系|為|係)(?:广告|廣告|商业推广|商業推廣|推广内容|推廣內容|赞助内容|贊助內容)/, label: true },
  { own: true, kind: 'syndicated', re: /本文(?:首发|首發|原载|原載|原刊)(?:于|於)|本文(?:译|譯)自/ },
  { own: true, kind: 'ai_generated', re: /本文(?:由|借助|使用|利用|透过|透過|通过|通過)(?:人工智能|人工智慧|AI)(?:工具|技术|技術)?(?:翻译|翻譯|编译|編譯)/ },
  // Korean and Polish: a translation made with AI, a content partnership, affiliate links.
  { own: true, kind: 'ai_generated', re: /(?:인공지능|AI)(?:로|를\s{0,2}활용해|의\s{0,2}도움을\s{0,2}받아)\s{0,2}번역(?:되었|됐|했|한\s{0,2}기사)/ },
  { own: true, kind: 'syndicated', re: /(?:콘텐츠\s{0,2})?제휴(?:로|를\s{0,2}통해|에\s{0,2}따라)\s{0,2}(?:게재|전재)(?:되었|됐|합니다|했습니다)/ },
  { own: true, kind: 'ai_generated', re: /(?:tekst|artykuł|materiał)\s{1,3}(?:został\s{1,3})?przetłumaczony\s{1,3}(?:z\s{1,3}pomocą|przy\s{1,3}pomocy|przy\s{1,3}użyciu|za\s{1,3}pomocą|z\s{1,3}wykorzystaniem)\s{1,3}(?:narzędzi\s{1,3})?(?:sztucznej\s{1,3}inteligencji|AI)/i },
  { own: true, kind: 'sponsored', re: /(?:zawiera|zawierają)\s{1,3}linki\s{1,3}afiliacyjne|linków\s{1,3}afiliacyjnych/i },
];

/** Whether a box may hold one of these notes (the box walk reads only boxes some rule could match). */
export function intlDisclaimerTrigger(text: string): boolean {
  return TRIGGER.test(text);
}

/** The kinds of note in `text`, each with the offset of its match (one per kind). Never throws. */
export function classifyIntlDisclaimer(text: string, labels = true): { kind: Kind; index: number }[] {
  const out: { kind: Kind; index: number }[] = [];
  if (!TRIGGER.test(text)) return out;
  for (const r of RULES) {
    if (out.some((o) => o.kind === r.kind)) continue;
    const m = r.re.exec(text);
    if (!m || (r.when && !r.when(text, m.index))) continue;
    // hedge13: a match that is the whole short box is a label ("Anzeige", "【PR】"): read only where labels are.
    if (r.label && !labels && m[0].trim().length >= text.trim().length - 1) continue;
    if (r.own && REPORTED.test(sentenceAround(text, m.index))) continue;
    out.push({ kind: r.kind, index: m.index });
  }
  return out;
}

/** Every pattern of this module, for the linear-time (ReDoS) test. */
export const INTL_DISCLAIMER_PATTERNS: RegExp[] = /* @__PURE__ */ (() => [TRIGGER, PAPER_KO, REPORTED, REASON, ...RULES.map((r) => r.re)])();
