import { describe, expect, it } from 'vitest';
import { countAllFunctionWords, countFunctionWords, detectCueLang, findIntlAttributions, findIntlHedges, type PageLang as CueLang } from '../../src/core/cues-intl';
import { findDisclaimers } from '../../src/core/disclaimers';
import { findTerms } from '../../src/core/security-vocabulary';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';
import { bodyOf } from './helpers/hand-built';

// lang7: Italian, Portuguese and Dutch. Every sentence is our own (none is a fixture's); the constructions are those
// the seventh blind set found missing (docs/blind7-eval.md, "Other languages").
const db = bundledDirectory();
const sents = (text: string) => splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
const atts = (lang: CueLang, text: string) => findIntlAttributions(sents(text), lang, { db, publisher: null });
const names = (lang: CueLang, text: string) => atts(lang, text).map((a) => a.source);
const hedges = (lang: CueLang, text: string) => findIntlHedges(sents(text), lang).map((h) => h.cue);

const IT_PAGE =
  "Il Comune di Pontevecchio è stato colpito da un attacco informatico che ha bloccato l'anagrafe e i servizi online. " +
  "Secondo la polizia, gli aggressori sono entrati nella rete attraverso un account di un fornitore. " +
  "Il sindaco ha detto che i dati dei cittadini non sono stati pubblicati e che gli uffici riapriranno lunedì. " +
  "Anche la Regione ha fatto sapere di aver avviato una verifica sugli altri enti della provincia.";
const PT_PAGE =
  'A prefeitura de Vila Serena foi alvo de um ataque hacker que tirou do ar o sistema de emissão de notas fiscais. ' +
  'Segundo a prefeitura, os servidores foram desligados por precaução e não há indício de que os dados dos contribuintes tenham sido copiados. ' +
  'O secretário de Administração disse que o atendimento presencial continua funcionando nos postos da cidade. ' +
  'A polícia civil também abriu um inquérito para investigar o caso e ouvir os funcionários do setor de informática.';
const NL_PAGE =
  'De provincie Oostmark is sinds dinsdag slecht bereikbaar na een digitale aanval op de systemen van het provinciehuis. ' +
  'Volgens de provincie zijn er geen aanwijzingen dat gegevens van inwoners zijn gestolen, maar het onderzoek loopt nog. ' +
  'Het is nog niet bekend wie achter de aanval zit en of er losgeld is gevraagd door de daders. ' +
  'Een woordvoerder zei dat de dienstverlening aan het loket gewoon doorgaat en dat inwoners daar terechtkunnen.';

describe('language of the page (lang7)', () => {
  it('Italian, Portuguese and Dutch text is recognised from its function words', () => {
    expect(detectCueLang(sents(IT_PAGE))).toBe('it');
    expect(detectCueLang(sents(PT_PAGE))).toBe('pt');
    expect(detectCueLang(sents(NL_PAGE))).toBe('nl');
  });
  it('English, German, French and Spanish pages keep their language', () => {
    const en = 'The city council said on Tuesday that the attack had disrupted its payment systems and that the police were investigating the incident with the help of a security firm.';
    const de = 'Die Stadtverwaltung teilte am Dienstag mit, dass der Angriff die Zahlungssysteme gestört habe und die Polizei mit einer Sicherheitsfirma den Vorfall untersuche.';
    const fr = "La mairie a indiqué mardi que l'attaque avait perturbé les systèmes de paiement et que la police enquêtait sur l'incident avec une société de sécurité dans la région.";
    const es = 'El ayuntamiento dijo el martes que el ataque había afectado a los sistemas de pago y que la policía investiga el incidente con una empresa de seguridad para la región.';
    expect(detectCueLang(sents(`${en} ${en}`))).toBe('en');
    expect(detectCueLang(sents(`${de} ${de}`))).toBe('de');
    expect(detectCueLang(sents(`${fr} ${fr}`))).toBe('fr');
    expect(detectCueLang(sents(`${es} ${es}`))).toBe('es');
  });
  it('countFunctionWords keeps its four counts; countAllFunctionWords adds the new three', () => {
    const s = 'Het bedrijf zegt dat de gegevens van een klant niet zijn gestolen. Il gruppo ha detto che gli attacchi sono stati respinti.';
    const all = countAllFunctionWords(s);
    expect(countFunctionWords(s)).toEqual({ en: all.en, de: all.de, fr: all.fr, es: all.es });
    expect(all.nl).toBeGreaterThanOrEqual(6);
    expect(all.it).toBeGreaterThanOrEqual(4);
  });
});

describe('Italian attribution (lang7)', () => {
  it('"secondo X", "X ha fatto sapere", "ha dichiarato X" after a quote', () => {
    expect(names('it', IT_PAGE)).toEqual(['polizia', 'sindaco', 'Regione']);
    const q = names('it', "«Nessun dato sanitario è stato sottratto», ha dichiarato la responsabile della sicurezza dell'ospedale, Laura Ferri, durante un incontro con la stampa.");
    expect(q).toEqual(['Laura Ferri']);
  });
  it('"stando a quanto riferito da" and a relay "che cita"', () => {
    const got = atts('it', 'Stando a quanto riferito da fonti vicine alle indagini, il gruppo avrebbe chiesto un riscatto. Secondo il settimanale Il Faro Digitale, che cita un tecnico della società, il backup era fermo da mesi.');
    expect(got.map((a) => a.source)).toEqual(['fonti vicine alle indagini', 'settimanale Il Faro Digitale', 'tecnico della società']);
    expect(got[0]!.sourceKind).toBe('anonymous');
  });
  it('"secondo" as an ordinal, and "secondo me", name nobody', () => {
    expect(names('it', 'Il secondo attacco contro la rete della Regione è arrivato dopo tre giorni.')).toEqual([]);
    expect(names('it', 'Si tratta del secondo semestre consecutivo con un aumento degli incidenti.')).toEqual([]);
    expect(names('it', 'Secondo me il problema è la mancanza di aggiornamenti.')).toEqual([]);
  });
  it('"Lo ha confermato X": the subject after the verb', () => {
    expect(names('it', "Lo ha confermato l'Agenzia per l'Italia Digitale in una nota.")).toEqual(["Agenzia per l'Italia Digitale"]);
  });
});

describe('Portuguese attribution (lang7)', () => {
  it('"segundo X", "X disse", "disse X" after a quote, "de acordo com X"', () => {
    expect(names('pt', PT_PAGE)).toEqual(['prefeitura', 'secretário de Administração']);
    expect(names('pt', '"Não houve pagamento de resgate", afirmou o delegado Paulo Siqueira. De acordo com a empresa de segurança Orbital Defesa, o grupo já atacou outras prefeituras.')).toEqual([
      'delegado Paulo Siqueira',
      'empresa de segurança Orbital Defesa',
    ]);
  });
  it('"disse a companhia" after a quote: "a" is the article here, not a recipient', () => {
    expect(names('pt', '"Os backups estavam intactos", disse a operadora em comunicado.')).toEqual(['operadora']);
  });
  it('a relay "que ouviu" and an anonymous source', () => {
    const got = atts('pt', 'Segundo o portal Giro Tech, que ouviu um técnico da empresa sob condição de anonimato, o ataque começou na sexta-feira.');
    expect(got.map((a) => a.source)).toEqual(['portal Giro Tech', 'técnico da empresa']);
    expect(got[1]!.sourceKind).toBe('anonymous');
  });
  it('"Para o pesquisador X, …" opens a person’s view; "segundo" as an ordinal does not', () => {
    expect(names('pt', 'Para o pesquisador Caio Brandão, da Universidade Estadual do Norte, a falha era conhecida.')).toEqual(['Caio Brandão']);
    expect(names('pt', 'É o segundo ataque contra o mesmo hospital neste ano.')).toEqual([]);
    expect(names('pt', 'Para a maioria dos clientes, nada muda.')).toEqual([]);
  });
  it('"a empresa não confirmou": the negation is not part of the name, "empresa" resolves to the company before', () => {
    const got = names('pt', 'A Telenova informou que investiga o caso. A empresa não confirmou o número de clientes afetados.');
    expect(got).toEqual(['Telenova']);
  });
});

describe('Dutch attribution (lang7)', () => {
  it('"volgens X", "zei een woordvoerder" after a quote, "X laat weten"', () => {
    expect(names('nl', NL_PAGE)).toEqual(['provincie', 'woordvoerder']);
    expect(names('nl', '"We nemen dit zeer serieus," zei een woordvoerder van het ziekenhuis donderdag. Het Digital Trust Center laat weten dat het bedrijven waarschuwt.')).toEqual([
      'woordvoerder van het ziekenhuis',
      'Digital Trust Center',
    ]);
  });
  it('"Dat meldt X", "bevestigt een politiewoordvoerder", "liet in een verklaring weten"', () => {
    expect(names('nl', 'Dat meldt de NOS op basis van eigen bronnen.')).toEqual(['NOS']);
    expect(names('nl', 'Er is aangifte gedaan, bevestigt een politiewoordvoerder.')).toEqual(['politiewoordvoerder']);
    expect(names('nl', 'Het waterschap liet in een verklaring weten dat de pompen handmatig worden bediend.')).toEqual(['waterschap']);
  });
  it('"volgens mij", "volgens plan" and a bare "liet" name nobody', () => {
    expect(names('nl', 'Volgens mij is dit een kwestie van tijd.')).toEqual([]);
    expect(names('nl', 'De migratie verliep volgens plan en zonder storingen.')).toEqual([]);
    expect(names('nl', 'De beheerder liet de server draaien tot maandag.')).toEqual([]);
  });
  it('compound nouns and "blijkt uit onderzoek van X"', () => {
    expect(names('nl', 'Volgens beveiligingsbedrijf Hollowpoint zijn de inbrekers via een oude VPN binnengekomen.')).toEqual(['beveiligingsbedrijf Hollowpoint']);
    expect(names('nl', 'Dat bleek uit een analyse van de Autoriteit Persoonsgegevens.')).toEqual(['Autoriteit Persoonsgegevens']);
  });
  it('a relay "dat zich baseert op" and anonymous sources', () => {
    const got = atts('nl', 'Volgens De Stentor, dat zich baseert op bronnen binnen de gemeente, is er losgeld geëist.');
    expect(got.map((a) => a.source)).toEqual(['De Stentor', 'bronnen binnen de gemeente']);
    expect(got[1]!.sourceKind).toBe('anonymous');
  });
});

describe('hedges (lang7)', () => {
  it('Italian: "presumibilmente", the reportative conditional, unconfirmed', () => {
    expect(hedges('it', 'I dati sarebbero stati venduti su un forum. Il gruppo è presumibilmente lo stesso del 2023. La notizia non è stata confermata.')).toEqual([
      'sarebbero',
      'presumibilmente',
      'non è stata confermata',
    ]);
    expect(hedges('it', 'Secondo gli inquirenti, il furto ammonterebbe a dieci milioni.')).toEqual(['ammonterebbe']);
    // A conditional without a reported source is not a hedge here; "probabilmente" is estimative language.
    expect(hedges('it', 'Il comune potrebbe riaprire gli sportelli domani.')).toEqual([]);
    expect(findIntlHedges(sents('Il gruppo è probabilmente russo.'), 'it').map((h) => h.kind)).toEqual(['estimative']);
  });
  it('Portuguese: "supostamente", "alegadamente", "teria", "possivelmente"', () => {
    expect(hedges('pt', 'O hacker teria usado uma senha vazada. O grupo supostamente opera a partir do exterior. A ação foi alegadamente coordenada. Os dados possivelmente foram vendidos.')).toEqual([
      'teria',
      'supostamente',
      'alegadamente',
      'possivelmente',
    ]);
    expect(hedges('pt', 'A empresa confirmou o ataque e restaurou os sistemas.')).toEqual([]);
  });
  it('Dutch: "vermoedelijk", "naar verluidt", "zou … hebben"', () => {
    expect(hedges('nl', 'Het gaat vermoedelijk om ransomware. Naar verluidt is er losgeld gevraagd. De groep zou de gegevens hebben gekopieerd.')).toEqual([
      'vermoedelijk',
      'naar verluidt',
      'zou',
    ]);
    // "zou" as a plain conditional ("would like to") is not a hedge.
    expect(hedges('nl', 'De gemeente zou graag meer mensen aannemen.')).toEqual([]);
  });
});

const STORY_NL =
  '<p>Een ziekenhuis in het oosten van het land kampt sinds het weekend met een storing in het patiëntendossier na een digitale aanval.</p>' +
  '<p>Afspraken worden telefonisch verzet en de spoedeisende hulp is beperkt open, meldt het ziekenhuis op zijn website.</p>';
const pageOf = (story: string, note: string, footer: string) => `<div class="wrap"><div class="post">${story}${note}</div><footer>${footer}</footer></div>`;
const disc = (html: string) => findDisclaimers(bodyOf(html), []).map((d) => d.kind);

describe('the article’s own disclaimers (lang7)', () => {
  it('Dutch: a syndication credit and a correction; the site footer is not one', () => {
    expect(disc(pageOf(STORY_NL, '<p><em>Dit artikel verscheen eerst in het Dagblad van de Vallei en is met toestemming overgenomen.</em></p>', '© 2026 Zorgnieuws.'))).toEqual(['syndicated']);
    expect(disc(pageOf(STORY_NL, '<p><em>In een eerdere versie van dit artikel stond een verkeerde naam van het ziekenhuis.</em></p>', '© 2026 Zorgnieuws.'))).toEqual(['correction']);
    // The site's standing notice that no rights can be derived from its content is site boilerplate, in the footer or not.
    expect(disc(pageOf(STORY_NL, '<p>Aan de informatie op deze site kunnen geen rechten worden ontleend.</p>', 'Aan de informatie op deze site kunnen geen rechten worden ontleend.'))).toEqual([]);
  });
  it('Portuguese: an AI-assistance note and a correction; Italian: a correction and a syndication credit', () => {
    expect(disc(pageOf(STORY_NL, '<p><small>Esta reportagem foi escrita com apoio de inteligência artificial e revisada pela nossa equipe editorial.</small></p>', ''))).toEqual(['ai_generated']);
    expect(disc(pageOf(STORY_NL, '<p><em>Esta reportagem foi corrigida às 14h: o nome da cidade estava errado.</em></p>', ''))).toEqual(['correction']);
    expect(disc(pageOf(STORY_NL, "<p><em>In una precedente versione di questo articolo il nome dell'ospedale era sbagliato.</em></p>", ''))).toEqual(['correction']);
    expect(disc(pageOf(STORY_NL, '<p><em>Questo articolo è stato pubblicato originariamente su Gazzetta del Lago.</em></p>', ''))).toEqual(['syndicated']);
  });
  it('a story about artificial intelligence, or an earlier version of software, is not a disclaimer', () => {
    expect(disc(pageOf(STORY_NL, '<p>De aanvallers gebruikten kunstmatige intelligentie om phishingmails te schrijven, zegt de onderzoeker.</p>', ''))).toEqual([]);
    expect(disc(pageOf(STORY_NL, '<p>In een eerdere versie van de software zat hetzelfde lek, schrijft de leverancier.</p>', ''))).toEqual([]);
  });
});

describe('security vocabulary (lang7)', () => {
  const concepts = (t: string) => [...new Set(findTerms(t).map((h) => h.concept))].sort();
  it('Portuguese, Italian and Dutch incident words are terms', () => {
    expect(concepts('Vazamento expõe dados; houve acesso indevido ao sistema')).toEqual(['breach', 'hacking']);
    expect(concepts('Un attacco hacker e una fuga di dati al comune')).toEqual(['breach', 'hacking']);
    expect(concepts('Cyberaanval op gemeente, datalek bij leverancier')).toEqual(['breach', 'cyberattack']);
  });
  it('everyday words are not', () => {
    expect(findTerms('De gemeente opent een nieuw zwembad; il comune apre una piscina; a prefeitura abre uma piscina').filter((h) => h.weight >= 2)).toEqual([]);
  });
});

describe('Japanese (lang7)', () => {
  const JA =
    '大手食品メーカーの北陸フーズは12日、社内ネットワークが不正アクセスを受け、受注システムが停止したと発表した。' +
    '同社によると、10日夜に複数の端末で異常な通信が見つかった。' +
    '関係者によれば、攻撃には海外の犯罪グループが関与したとみられる。' +
    '総務省の担当者は「被害の全容を確認している」と述べた。' +
    'セキュリティ企業アオバラボの研究員、山田花子氏は「同様の手口が増えている可能性が高い」と指摘した。';
  it('is recognised from its kana; Chinese text is not', () => {
    expect(detectCueLang(sents(JA))).toBe('ja');
    expect(detectCueLang(sents('国家安全部在其官方微信公众号发布文章称，境外间谍情报机关对我国关键信息基础设施发动网络攻击。该部门表示，相关案件正在调查中。'.repeat(3)))).not.toBe('ja');
  });
  it('"Xによると", "Xによれば" and the topic of a sentence that ends in a speech verb', () => {
    const got = atts('ja', JA).map((a) => [a.source, a.sourceKind]);
    expect(got).toEqual([
      ['北陸フーズ', 'company'],
      ['関係者', 'anonymous'],
      ['総務省', 'government'],
      ['山田花子', 'researcher'],
    ]);
  });
  it('a subordinate "が" subject and a sentence without a speech verb name nobody', () => {
    expect(names('ja', '調査を進めているが、個人情報が流出したかどうかは分かっていないとしている。')).toEqual([]);
    expect(names('ja', '同社の株価は一時5％下落した。')).toEqual([]);
  });
  it('hedges: "とみられる", "とされる", "可能性が高い"', () => {
    expect(findIntlHedges(sents(JA), 'ja').map((h) => [h.cue, h.kind])).toEqual([
      ['とみられる', 'hedge'],
      ['可能性が高い', 'estimative'],
    ]);
    expect(hedges('ja', '犯行グループは中国を拠点にしているとされる。')).toEqual(['とされる']);
    expect(hedges('ja', '同社は全ての端末を入れ替えた。')).toEqual([]);
  });
});
