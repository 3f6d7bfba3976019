import { describe, expect, it } from 'vitest';
import { findHedges } from '../../src/core/hedges';
import { intlCues } from '../../src/core/intl-cues';
import type { PageLang } from '../../src/core/cue-lang';
import '../../src/core/intl';

// hedge13: hedge families from the literature (docs/hedge-lexicon.md), one test per family and language, each with
// sentences that must hedge and the look-alike uses that must not. Every sentence is our own.
const S = (text: string) => ({ text, block: 0, blockKind: 'paragraph' as const });
function cues(lang: PageLang, text: string): string[] {
  const ss = [S(text)];
  const hs = lang === 'en' ? findHedges(ss) : intlCues()!.findHedges(ss, lang);
  return hs.map((h) => h.cue);
}
const kinds = (lang: PageLang, text: string) => (lang === 'en' ? findHedges([S(text)]) : intlCues()!.findHedges([S(text)], lang)).map((h) => h.kind);

function family(lang: PageLang, name: string, yes: string[], no: string[]): void {
  it(`${lang}: ${name}`, () => {
    for (const t of yes) expect(cues(lang, t), t).not.toEqual([]);
    for (const t of no) expect(cues(lang, t), t).toEqual([]);
  });
}

describe('English', () => {
  family('en', 'contracted open questions and beliefs', ["It's unclear whether the attackers took any files.", "It's not yet known how many patients were affected.", "It isn't clear who was behind the intrusion.", "It's believed the gang bought access from a broker.", "It's possible that the logs were wiped."], ["It's clear that the server was exposed.", "It's known for its bug bounty."]);
  family('en', 'maybe', ['Maybe the group reused an older loader.'], ['The group reused an older loader.']);
  family('en', 'a possibility left open', ['Investigators cannot rule out that data was copied.', 'Officials have not ruled out a state-backed actor.', 'A state link cannot be ruled out.'], ['The company ruled out layoffs after the breach.', 'The court ruled on the appeal.']);
  family('en', 'remains to be seen', ['It remains to be seen whether the patch holds.'], ['The patch remains in place.']);
  family('en', 'an open question with any subject', ['The motive remains unclear.', 'How the attackers got in is still unclear.', 'The extent of the breach is not yet known.'], ['The group is still known as Cobalt Lynx.', 'It remains clear that the backups worked.', 'What is still unknown', 'Firms use a placeholder when the real count is not yet known.']);
  it('en: "likely voters" is a polling term', () => {
    expect(cues('en', 'Likely voters were polled by the firm.')).toEqual([]);
    expect(cues('en', 'The breach was likely the work of an insider.')).toEqual(['likely']);
  });
});

describe('German', () => {
  family('de', 'reportative phrases and open questions', ['Dem Vernehmen nach wurde Lösegeld gezahlt.', 'Berichten zufolge wurde Lösegeld gezahlt.', 'Das Netz wurde infiltriert, wie es heißt.', 'Es ist unklar, ob Daten abgeflossen sind.', 'Es ist noch nicht bekannt, wie viele Kunden betroffen sind.'], ['Es ist klar, dass Daten abgeflossen sind.', 'Die Zahl der Kunden ist bekannt.']);
  family('de', 'suspicion, "gilt als", a possibility left open', ['Die Gruppe steht im Verdacht, hinter dem Angriff zu stecken.', 'Die Hacker gelten als Teil einer staatlichen Gruppe.', 'Eine Beteiligung Russlands ist nicht auszuschließen.', 'Die Firma schließt nicht aus, dass Daten kopiert wurden.'], ['Der Vertrag gilt ab Montag.', 'Der Sprecher schloss die Tür.']);
  family('de', 'unverifiable ("ließ sich nicht überprüfen")', ['Die Echtheit der Dokumente ließ sich nicht überprüfen.'], ['Die Echtheit der Dokumente ließ sich überprüfen.']);
  it('de: "dürfte" and "womöglich" are estimative; "soll" as obligation is no hedge', () => {
    expect(kinds('de', 'Der Angriff dürfte von einer staatlichen Gruppe stammen.')).toEqual(['estimative']);
    expect(kinds('de', 'Der Angriff geht womöglich auf eine Phishing-Mail zurück.')).toEqual(['estimative']);
    expect(cues('de', 'Die Mitarbeiter sollen ihre Passwörter ändern.')).toEqual([]);
  });
});

describe('French', () => {
  family('fr', 'a possibility left open, an open question, appearance', ["Il n'est pas exclu que des données aient été copiées.", 'On ignore encore combien de patients sont concernés.', 'Il semblerait que les pirates aient utilisé une faille connue.', "L'attaque a visiblement été préparée depuis des mois.", 'Il est possible que les données aient été revendues.', 'Le groupe dit avoir volé 2 To de données.'], ['Le fichier a visité trois serveurs.', 'Il est clair que les données ont été revendues.']);
  family('fr', 'the conditional after "si" or of politeness is no hearsay', ['Les pirates auraient dérobé les données de 2 000 clients.'], ['Si les pirates avaient voulu, ils auraient pu tout effacer.', 'Je voudrais vous poser une question.']);
});

describe('Spanish, Italian, Portuguese, Dutch', () => {
  family('es', 'a possibility left open, impersonal belief, an open question', ['No se descarta que los datos hayan sido copiados.', 'Se desconoce cuántos pacientes están afectados.', 'Todo indica que el ataque vino de un grupo ruso.', 'Se cree que el grupo opera desde Europa del Este.', 'Los datos podrían haber sido vendidos en foros.'], ['El grupo descartó pagar el rescate.', 'Si hubieran querido, habrían borrado todo.', 'Me gustaría hacerle una pregunta.']);
  family('it', 'a possibility left open, hearsay, appearance', ['Non si esclude che i dati siano stati copiati.', 'Secondo indiscrezioni, è stato pagato un riscatto.', 'Pare che gli aggressori abbiano usato una falla nota.', 'Non è chiaro quanti pazienti siano coinvolti.'], ['Vorrei farle una domanda.', 'È chiaro quanti pazienti siano coinvolti.']);
  family('pt', 'the reportative "estaria", an open question', ['O grupo estaria ligado a serviços russos.', 'Não se descarta que os dados tenham sido copiados.', 'Ainda não está claro quantos pacientes foram afetados.'], ['Eu gostaria de fazer uma pergunta.', 'Está claro quantos pacientes foram afetados.']);
  family('nl', 'zou … hebben past a thousands separator; open questions; suspicion; mogelijk', ['De hackers zouden gegevens van 2.000 klanten hebben gestolen.', 'Het is onduidelijk of er gegevens zijn gekopieerd.', 'Mogelijk zijn de gegevens doorverkocht.', 'De groep wordt verdacht van de aanval.', 'Het bedrijf sluit niet uit dat er gegevens zijn gestolen.'], ['Hij zou graag meer willen weten.', 'Het bedrijf wil zo snel mogelijk herstellen.', 'De update maakt versleuteling mogelijk.', 'De aanval is mogelijk gemaakt door een lek.']);
});

describe('Russian and Polish', () => {
  family('ru', '"по … данным", impersonal belief, an open question', ['По предварительным данным, утечка затронула 2000 клиентов.', 'По неофициальным данным, выкуп был выплачен.', 'Предполагается, что данные были проданы.', 'Пока неясно, сколько пациентов пострадало.', 'Считается, что группа связана с разведкой.'], ['По данным компании, утечка затронула 2000 клиентов.', 'Возможность атаки была известна заранее.']);
  family('pl', 'the reportative "miał" with an infinitive, open questions, "domniemany"', ['Hakerzy mieli wykraść dane 2000 klientów.', 'Nie wiadomo, ilu pacjentów zostało poszkodowanych.', 'Nie jest jasne, czy dane zostały skopiowane.', 'Nie wykluczono, że dane zostały skopiowane.', 'Domniemany sprawca został zatrzymany.', 'Wszystko wskazuje na to, że atak przyszedł z Rosji.'], ['Miał 40 lat i pracował w banku.', 'Spotkanie miało miejsce w marcu.']);
});

describe('Japanese, Korean, Chinese', () => {
  family('ja', 'hearsay, inference, what is not known', ['犯行グループは身代金を要求したという。', '被害の全容は明らかになっていない。', '攻撃はロシアから行われたと推定される。', '攻撃は3月に始まったとみている。', '身代金は支払われたもようだ。', '容疑者は情報を売却した疑いがもたれている。', '詳細は不明だ。', 'サイバー攻撃を受けたと伝えられている。'], ['山田という会社が被害を受けた。', 'フィッシングという手口が使われた。']);
  family('ko', 'the hearsay ending, not confirmed, suspicion, rumour', ['몸값을 지불했다고 한다.', '정확한 피해 규모는 아직 확인되지 않았다.', '이번 공격은 러시아 조직이 배후인 것으로 의심된다.', '소문에 따르면 몸값이 지불됐다.'], ['이를 피싱이라고 한다.', '회사는 보안을 강화했다고 밝혔다.']);
  family('zh', 'an open question, an accusation relayed, suspicion, the estimative 或', ['目前尚不清楚有多少患者受影响。', '该组织被指窃取了大量数据。', '攻击者或与境外情报机构有关。', '攻擊者疑與境外組織有關。', '初步判断攻击来自境外。'], ['该公司被指定为关键信息基础设施运营者。', '专家被指派调查此事。', '用户可以选择短信或邮件验证。']);
});
