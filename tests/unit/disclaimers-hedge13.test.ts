import { describe, expect, it } from 'vitest';
import { classifyIntlDisclaimer } from '../../src/core/disclaimers-intl';
import { findDisclaimers } from '../../src/core/disclaimers';
import { bodyOf } from './helpers/hand-built';
import '../../src/core/intl';

// hedge13: publisher's notes of every kind of the contract in the thirteen languages (docs/hedge-lexicon.md), each
// family with look-alikes that are no note: news about sponsors or AI, a source's own words, site-wide footers, a bare
// timestamp. Every line is our own.
const STORY = '<p>The hospital said attackers encrypted its servers on Monday.</p>';
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const found = (note: string) => findDisclaimers(bodyOf(`<div class="post">${STORY}<p>${esc(note)}</p></div>`), []).map((d) => d.kind);

function kind(k: string, yes: string[], no: string[]): void {
  for (const t of yes) expect(found(t), t).toContain(k);
  for (const t of no) expect(found(t), t).toEqual([]);
}

describe('English wordings no rule held', () => {
  it('a brand studio credit is sponsored', () => kind('sponsored', ['Produced by Harbor Studio for Quillon Backup.', 'Created by Northwind Brand Lab with Quillon.'], ['The studio produced a film about the attack.']));
  it("a wire's press-release notice disclaims accuracy", () => kind('liability', ['Press releases are provided by the issuer and published unedited.', 'This press release is published as received.'], ['The company published a press release on Monday.']));
  it('a translation credit is syndicated', () => kind('syndicated', ['This article has been translated from German.', 'Translated from the Japanese by Aiko Mori.'], ['The ransom note was translated from Russian by the police.']));
  it("a source's notice in another language's reported speech is no note", () => kind('liability', [], ['Der Konzern übernimmt keine Haftung für Schäden, sagte der Sprecher.']));
});

describe('German', () => {
  it('sponsored', () => kind('sponsored', ['Anzeige', 'Dieser Beitrag entstand in Kooperation mit Quillon Backup.', 'Gesponserter Beitrag', 'Dieser Artikel enthält Affiliate-Links.'], ['Die Firma sponsert seit Jahren einen Fußballverein.']));
  it('syndicated, opinion, liability, correction', () => {
    kind('syndicated', ['Dieser Artikel erschien zuerst bei Netzwacht.', 'Aus dem Englischen übersetzt von Jana Roth.'], ['Die Daten erschienen in einem Forum.']);
    kind('opinion', ['Der Beitrag gibt die Meinung des Autors wieder und nicht unbedingt die der Redaktion.'], ['Die Meinung der Experten ist geteilt.']);
    kind('liability', ['Die Redaktion übernimmt keine Haftung für die Richtigkeit der Angaben.'], ['© 2024 Netzwacht. Alle Rechte vorbehalten.']);
    kind('correction', ['Aktualisiert am 3. März: Stellungnahme des Unternehmens ergänzt.'], ['Aktualisiert am 3. März']);
  });
  it('AI notes stay about the text, not about AI in the news', () => kind('ai_generated', ['Dieser Artikel wurde mit KI-Unterstützung erstellt.'], ['Viele Redaktionen nutzen inzwischen KI, um Texte zu schreiben, zeigt eine Studie.']));
});

describe('French, Spanish, Italian, Portuguese, Dutch', () => {
  it('French', () => {
    kind('correction', ['Article mis à jour le 3 mars avec la réponse de la société.'], ['Mis à jour le 3 mars']);
    kind('sponsored', ['Contenu sponsorisé', 'Cet article est publié en partenariat avec Quillon Backup.', 'Publi-rédactionnel'], ['Le groupe a publié les données sur son site, selon la société.']);
    kind('syndicated', ['Cet article a été initialement publié sur Le Veilleur.'], []);
    kind('opinion', ['Les propos tenus dans cette tribune n’engagent que leur auteur.'], []);
    kind('liability', ['La rédaction décline toute responsabilité quant à l’exactitude des informations.'], ['La société décline toute responsabilité, a déclaré son porte-parole.']);
  });
  it('Spanish', () => {
    kind('syndicated', ['Este artículo se publicó originalmente en El Vigía Digital.'], []);
    kind('sponsored', ['Contenido patrocinado'], ['La empresa patrocina un equipo de fútbol.']);
    kind('opinion', ['Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.'], []);
    kind('liability', ['Este contenido tiene fines informativos y no constituye asesoramiento legal.'], ['El hospital no se hace responsable de los datos, dijo el portavoz.']);
    kind('correction', ['Artículo actualizado el 3 de marzo con la respuesta de la empresa.'], []);
  });
  it('Italian and Portuguese', () => {
    kind('sponsored', ['Articolo sponsorizzato', 'In collaborazione con Quillon Backup', 'Conteúdo patrocinado'], ['Il gruppo ha pubblicato i dati su un forum.']);
    kind('opinion', ['Le opinioni espresse sono quelle dell’autore e non riflettono necessariamente quelle della redazione.', 'As opiniões expressas neste artigo são de responsabilidade exclusiva do autor.'], []);
    kind('liability', [], ['A empresa não se responsabiliza pelos dados, afirmou o porta-voz.']);
    kind('correction', [], ['Articolo aggiornato il 3 marzo.', 'Matéria atualizada em 3 de março.']);
  });
  it('Dutch', () => {
    kind('sponsored', ['Gesponsorde inhoud', 'Dit artikel is tot stand gekomen in samenwerking met Quillon Backup.'], []);
    kind('ai_generated', ['Dit artikel is geschreven met behulp van AI.'], []);
    kind('opinion', ['De meningen in dit artikel zijn die van de auteur.'], []);
    kind('liability', [], ['Het bedrijf aanvaardt geen aansprakelijkheid, zei de woordvoerder.']);
  });
});

describe('Japanese, Russian, Chinese, Korean, Polish', () => {
  it('Japanese: every kind, not a quote or news about AI', () => {
    kind('ai_generated', ['本記事はAIを活用して作成しました。', 'この記事は生成AIを利用して作成されています。'], ['生成AIを使って作成された偽のメールが増えている。']);
    kind('sponsored', ['本記事は広告です。', '【PR】', '提供：クイロン社'], []);
    kind('syndicated', ['本記事は「週刊セキュリティ」からの転載です。'], []);
    kind('opinion', ['本稿は筆者個人の見解であり、所属組織の見解ではありません。'], []);
    kind('liability', ['記事内容の正確性について当社は一切の責任を負いません。', '本記事は投資を勧誘するものではありません。'], ['同社は「一切の責任を負いません」と述べた。', '同社は損害について責任を負わないと説明した。']);
    kind('correction', ['【訂正】3月5日の記事で被害件数に誤りがありました。'], []);
  });
  it('Russian, Chinese, Korean, Polish', () => {
    kind('sponsored', ['Реклама. ООО «Квиллон». ИНН 7700000000', '本文为广告', 'Artykuł zawiera linki afiliacyjne.'], ['Компания заявила, что реклама не связана с утечкой.', '广告商的数据遭到泄露。', 'Spółka zapłaciła za reklamę w telewizji.']);
    kind('ai_generated', ['Перевод выполнен с помощью искусственного интеллекта.', '本文使用人工智能翻译。', '이 기사는 AI로 번역되었습니다.', 'Tekst przetłumaczony przy pomocy AI.'], []);
    kind('syndicated', ['本文首发于安全日报。', '본 기사는 보안일보와의 콘텐츠 제휴로 게재되었습니다.'], []);
    kind('correction', [], ['Статья обновлена 3 марта.']);
  });
});

describe('a whole short box is a label only where labels are read', () => {
  it('soft boxes are not read as labels', () => {
    expect(classifyIntlDisclaimer('Anzeige').map((d) => d.kind)).toEqual(['sponsored']);
    expect(classifyIntlDisclaimer('Anzeige', false)).toEqual([]);
    expect(classifyIntlDisclaimer('Dieser Artikel enthält Affiliate-Links.', false).map((d) => d.kind)).toEqual(['sponsored']);
  });
});
