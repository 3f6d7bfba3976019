import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect, type DetectInput } from '../../src/core/detect';
import { classifyUrl, readerScore, teaserCount, detectArticle } from '../../src/core/detect-article';
import { detectSecurity, isSecurityOutlet } from '../../src/core/detect-security';
import { findTerms } from '../../src/core/security-vocabulary';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory, type SourceDirectory } from '../../src/core/directory';
import type { SourceLabel } from '../../src/core/report';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function input(html: string, url: string | null, db: SourceDirectory = emptyDirectory): DetectInput {
  const d = doc(html);
  const facts = extractPageFacts(d, url);
  const body = extractBody(d, { baseUrl: url, title: facts.meta.title });
  return { doc: d, facts, body, url, db };
}

const para = (s: string) => `<p>${s}</p>`;
function page(title: string, paragraphs: string[], head = '<meta property="og:type" content="article">'): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${paragraphs.map(para).join('')}</article></body></html>`;
}
const FILLER = [
  'The announcement came on Tuesday morning after several weeks of discussion between the company and its largest customers, who had asked for more time to prepare.',
  'Officials said the change would take effect at the start of next month, and that people affected would receive a letter explaining what they need to do.',
  'Several local groups welcomed the decision but said they would keep watching how it works in practice over the coming year.',
];

describe('classifyUrl', () => {
  it.each([
    ['https://example.com/', 'home'],
    ['https://example.com/index.html', 'home'],
    ['https://example.com/en/', 'home'],
    ['https://example.com/tag/ransomware/', 'listing'],
    ['https://example.com/category/security', 'listing'],
    ['https://example.com/news/page/2/', 'listing'],
    ['https://example.com/news?page=3', 'listing'],
    ['https://example.com/news/news_view.html?idx=8576&page=1', 'article-like'],
    ['https://example.com/security/', 'listing'],
    ['https://example.com/search?q=phishing', 'search'],
    ['https://example.com/?s=breach', 'search'],
    ['https://example.com/forums/', 'forum'],
    ['https://example.com/products/router-x2', 'product'],
    ['https://example.com/pricing/', 'product'],
    ['https://example.com/2024/05/12/hospital-hit-by-ransomware-attack/', 'article-like'],
    ['https://example.com/news/hospital-hit-by-ransomware-attack-123456', 'article-like'],
    ['https://example.com/tag/ransomware/hospital-hit-by-ransomware-attack-in-may', 'article-like'],
    [null, 'none'],
    ['not a url', 'none'],
  ])('%s → %s', (url, kind) => {
    expect(classifyUrl(url)).toBe(kind);
  });
});

describe('readerScore and teasers', () => {
  it('scores long visible paragraphs like isProbablyReaderable', () => {
    const long = 'word '.repeat(120);
    expect(readerScore(doc(`<body><p>${long}</p><p>${long}</p></body>`))).toBeGreaterThan(20);
    expect(readerScore(doc(`<body><p>short</p><p>also short</p></body>`))).toBe(0);
  });
  it('ignores hidden paragraphs, unlikely classes and paragraphs in list items', () => {
    const long = 'word '.repeat(120);
    const d = doc(`<body><p hidden>${long}</p><p class="comment">${long}</p><ul><li><p>${long}</p></li></ul><p style="display:none">${long}</p></body>`);
    expect(readerScore(d)).toBe(0);
  });
  it('counts text written as <div>line<br>line</div>, as Readability does', () => {
    const line = 'word '.repeat(80);
    expect(readerScore(doc(`<body><div>${line}<br><br>${line}</div></body>`))).toBeGreaterThan(20);
  });
  it('counts CJK text with more weight per character', () => {
    const zh = '网络安全专家认为这是典型的双重勒索手法部分居民信息可能已经泄露'.repeat(3);
    expect(readerScore(doc(`<body><p>${zh}</p></body>`))).toBeGreaterThan(0);
  });
  it('counts repeated headline links and article cards', () => {
    const cards = Array.from({ length: 9 }, (_, i) => `<article><h2><a href="/n/${i}">Story ${i}</a></h2></article>`).join('');
    expect(teaserCount(doc(`<body>${cards}</body>`))).toBe(9);
    expect(teaserCount(doc(`<body><h2>Plain heading</h2></body>`))).toBe(0);
  });
});

describe('detectArticle', () => {
  it('a declared article with running text is an article', () => {
    const i = input(page('A long story about the council budget and its effects', [...FILLER, ...FILLER]), 'https://example.com/2025/01/02/council-budget-story-here');
    expect(detectArticle(i.doc, i.facts, i.body, i.url).isArticle).toBe(true);
  });
  it('the same page at the site root is a home page', () => {
    const i = input(page('A long story about the council budget and its effects', [...FILLER, ...FILLER]), 'https://example.com/');
    const v = detectArticle(i.doc, i.facts, i.body, i.url);
    expect(v.isArticle).toBe(false);
    expect(v.reason).toMatch(/home page/);
  });
  it('a Product declaration makes a product page', () => {
    const head = '<script type="application/ld+json">{"@type":"Product","name":"Router"}</script>';
    const i = input(page('Router X2 with fast Wi-Fi for every room of your home', [...FILLER, ...FILLER], head), 'https://shop.example/router-x2-fast-wifi-home');
    const v = detectArticle(i.doc, i.facts, i.body, i.url);
    expect(v.isArticle).toBe(false);
    expect(v.reason).toMatch(/product/);
  });
  it('a page of nothing but short teasers is not an article', () => {
    const cards = Array.from({ length: 12 }, (_, i) => `<div class="card"><h3><a href="/s/${i}">Headline number ${i} about something</a></h3><p>One line.</p></div>`).join('');
    const i = input(`<html><head><title>Latest</title></head><body>${cards}</body></html>`, 'https://example.com/latest/');
    expect(detectArticle(i.doc, i.facts, i.body, i.url).isArticle).toBe(false);
  });
});

describe('findTerms', () => {
  const concepts = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept);
  it('finds English security concepts and CVE IDs', () => {
    const hits = findTerms('Hackers exploited CVE-2024-3400 to deploy ransomware after a phishing email.');
    expect(hits.map((h) => h.text)).toEqual(expect.arrayContaining(['Hackers', 'CVE-2024-3400', 'ransomware', 'phishing']));
  });
  it('treats hyphenated and spaced spellings alike', () => {
    expect(concepts('a cyber-attack')).toEqual(['cyberattack']);
    expect(concepts('a cyber attack')).toEqual(['cyberattack']);
    expect(concepts('cyberattacks')).toEqual(['cyberattack']);
    expect(concepts('a zero-day flaw')).toContain('vulnerability');
  });
  it('finds threat actor names and naming schemes', () => {
    expect(findTerms('Volt Typhoon and APT29 and Storm-0558 and UNC3886').filter((h) => h.concept === 'actor').length).toBeGreaterThanOrEqual(4);
    expect(findTerms('analysts call the group Opal Tempest').some((h) => h.concept === 'actor' && h.text === 'Opal Tempest')).toBe(true);
  });
  it('does not read weather and wildlife as threat actors', () => {
    expect(findTerms('Super Typhoon Mawar and a Polar Bear and a Giant Panda').filter((h) => h.concept === 'actor')).toEqual([]);
  });
  it('works across languages', () => {
    expect(concepts('Ein Cyberangriff nutzte eine Sicherheitslücke')).toEqual(['cyberattack', 'vulnerability']);
    expect(concepts('une cyberattaque par rançongiciel')).toEqual(['cyberattack', 'ransomware']);
    expect(concepts('un ciberataque con ransomware')).toEqual(['cyberattack', 'ransomware']);
    expect(concepts('un attacco informatico e una vulnerabilità')).toEqual(['cyberattack', 'vulnerability']);
    expect(concepts('um ataque cibernético e vazamento de dados')).toEqual(['cyberattack', 'breach']);
    expect(concepts('хакеры провели кибератаку через уязвимость')).toEqual(['hacking', 'cyberattack', 'vulnerability']);
    expect(new Set(concepts('黑客利用漏洞发动网络攻击并部署勒索软件'))).toEqual(new Set(['hacking', 'vulnerability', 'cyberattack', 'ransomware']));
    expect(new Set(concepts('ランサムウェアによるサイバー攻撃で情報漏えい'))).toEqual(new Set(['ransomware', 'cyberattack', 'breach']));
    // A Chinese ransomware story's other words: the attacker, the ransom, the missing patch.
    expect(new Set(concepts('攻击者索要赎金，并利用未打补丁的服务器'))).toEqual(new Set(['hacking', 'ransomware']));
    expect(findTerms('攻击者利用未打补丁的服务器').map((h) => [h.concept, h.weight])).toContainEqual(['vulnerability', 1]);
    expect(concepts('医院的门诊系统今天恢复正常')).toEqual([]);
  });
  it('discounts figurative uses', () => {
    expect(findTerms('a clever life hack for the kitchen')).toEqual([]);
    expect(findTerms('he was hacked down in the box').filter((h) => h.weight >= 2)).toEqual([]);
    expect(findTerms('a breach of contract')).toEqual([]);
    expect(findTerms('they exploit the space behind the defence')).toEqual([]);
  });
  it('is bounded on huge input', () => {
    const t0 = Date.now();
    findTerms('ransomware '.repeat(200_000));
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('detectSecurity', () => {
  it('needs more than one concept: one word repeated is not enough', () => {
    const i = input(page('The cyber question', FILLER.map((f) => f + ' Cyber is mentioned here.')), 'https://example.com/2025/01/02/the-cyber-question-story');
    expect(detectSecurity(i.facts, i.body, i.url, emptyDirectory).points).toBeLessThan(5);
  });
  it('the headline and lead weigh more than the tail of the body', () => {
    const lead = 'Hackers used ransomware to encrypt servers at the port authority after a phishing email, officials said.';
    const top = input(page('Ransomware attack shuts port systems', [lead, ...FILLER, ...FILLER]), 'https://example.com/2025/01/02/port-ransomware-attack-story');
    const bottom = input(page('Port authority reports a quiet quarter', [...FILLER, ...FILLER, lead]), 'https://example.com/2025/01/02/port-quiet-quarter-story');
    const a = detectSecurity(top.facts, top.body, top.url, emptyDirectory).points;
    const b = detectSecurity(bottom.facts, bottom.body, bottom.url, emptyDirectory).points;
    expect(a).toBeGreaterThan(b + 2);
  });
  it('a known security outlet adds a reason, through the directory only', () => {
    const label: SourceLabel & { securityNews: boolean } = { id: 'x', name: 'Example Threat Post', country: null, affiliation: 'private', owner: null, basis: [], kind: 'outlet', securityNews: true };
    const db: SourceDirectory = { ...emptyDirectory, byUrl: (u) => (u.includes('threatpost.example') ? label : null) };
    const i = input(page('Botnet takedown', ['Police dismantled a botnet of routers used for DDoS attacks, the agency said.', ...FILLER]), 'https://threatpost.example/2025/botnet-takedown-routers-ddos', db);
    expect(detectSecurity(i.facts, i.body, i.url, db).reasons).toContain('Published by a security news site (Example Threat Post)');
  });
  it('uses the directory\'s isSecurityNewsSite when it has one', () => {
    const label: SourceLabel = { id: 'y', name: 'Patch Desk', country: null, affiliation: 'private', owner: null, basis: [], kind: 'outlet' };
    const db: SourceDirectory = { ...emptyDirectory, byUrl: () => label, isSecurityNewsSite: (u) => u.includes('patchdesk.example') };
    const html = page('Botnet takedown', ['Police dismantled a botnet of routers used for DDoS attacks, the agency said.', ...FILLER]);
    const on = input(html, 'https://patchdesk.example/2025/botnet-takedown-routers-ddos', db);
    const off = input(html, 'https://other.example/2025/botnet-takedown-routers-ddos', db);
    expect(detectSecurity(on.facts, on.body, on.url, db).reasons).toContain('Published by a security news site (Patch Desk)');
    expect(detectSecurity(off.facts, off.body, off.url, db).reasons.some((r) => r.startsWith('Published by'))).toBe(false);
  });
  it('isSecurityOutlet reads the optional flag and vendor-owned outlets', () => {
    const base: SourceLabel = { id: 'a', name: 'A', country: null, affiliation: 'private', owner: null, basis: [], kind: 'outlet' };
    expect(isSecurityOutlet(null)).toBe(false);
    expect(isSecurityOutlet(base)).toBe(false);
    expect(isSecurityOutlet({ ...base, ownerIsSecurityVendor: true })).toBe(true);
    expect(isSecurityOutlet({ ...base, securityNews: true } as SourceLabel)).toBe(true);
    expect(isSecurityOutlet({ ...base, kind: 'company', ownerIsSecurityVendor: true })).toBe(false);
  });
});

describe('detect', () => {
  const sec = page('Ransomware gang exploits CVE-2024-3400 in firewall attacks', [
    'A ransomware gang exploited CVE-2024-3400 in firewalls to break into company networks, researchers said on Monday.',
    'The hackers installed a backdoor and stole data before deploying the malware, according to the incident response firm.',
    ...FILLER,
  ]);
  it('sensitivity shifts the threshold', () => {
    const url = 'https://example.com/2025/03/ransomware-gang-exploits-firewall-flaw';
    const relaxed = detect({ ...input(sec, url), sensitivity: 'relaxed' });
    const strict = detect({ ...input(sec, url), sensitivity: 'strict' });
    expect(relaxed.score).toBe(strict.score);
    expect(relaxed.isSecurityNews).toBe(true);
    // A weaker page passes relaxed but not strict.
    const weak = page('Port authority says systems are back after an attack', [
      'The port authority said its booking systems were back online after hackers got in through a vulnerable server last week.',
      ...FILLER,
      ...FILLER,
    ]);
    const wr = detect({ ...input(weak, url), sensitivity: 'relaxed' });
    const ws = detect({ ...input(weak, url), sensitivity: 'strict' });
    expect(wr.score).toBe(ws.score);
    expect(ws.isSecurityNews).toBe(false);
    expect(wr.isSecurityNews || wr.score < 0.42).toBe(true);
  });
  it('reasons name the terms and where they appear', () => {
    const r = detect(input(sec, 'https://example.com/2025/03/ransomware-gang-exploits-firewall-flaw'));
    expect(r.isSecurityNews).toBe(true);
    // CVE IDs first, then the strongest distinct concepts, in order of appearance.
    expect(r.reasons[0]).toBe('Mentions CVE-2024-3400, ransomware and malware in the headline and lead');
  });
  it('never throws, even on an empty document or a hostile directory', () => {
    const d = doc('<html><head></head><body></body></html>');
    const facts = extractPageFacts(d, null);
    const body = extractBody(d, { baseUrl: null });
    const bad: SourceDirectory = { ...emptyDirectory, byUrl: () => { throw new Error('boom'); } };
    expect(() => detect({ doc: d, facts, body, url: 'https://x.example/a-b-c-d', db: bad })).not.toThrow();
    expect(detect({ doc: d, facts, body, url: null, db: emptyDirectory }).isArticle).toBe(false);
  });
});

describe('security articles in other languages are found', () => {
  const cases: Array<[string, string, string[]]> = [
    ['fr', 'Cyberattaque contre un hôpital : les pirates réclament une rançon', [
      'Un hôpital de la région a été victime d’une cyberattaque par rançongiciel dans la nuit de dimanche, ont indiqué ses responsables.',
      'Les pirates informatiques ont chiffré plusieurs serveurs et menacent de publier des données de patients. Une faille de sécurité dans un logiciel d’accès à distance aurait été exploitée.',
      'L’agence nationale de cybersécurité a été saisie et accompagne l’établissement, qui fonctionne en mode dégradé avec des dossiers papier.',
    ]],
    ['es', 'Un ciberataque paraliza los sistemas de un ayuntamiento', [
      'Un ciberataque con ransomware ha dejado sin servicio la sede electrónica de un ayuntamiento durante tres días, según informó el consistorio.',
      'Los ciberdelincuentes aprovecharon una vulnerabilidad en un servidor sin actualizar y exigen un rescate. Se investiga una posible filtración de datos de vecinos.',
      'Expertos en ciberseguridad recomiendan aplicar los parches pendientes y desconfiar de correos de suplantación de identidad.',
    ]],
    ['it', 'Attacco informatico contro una compagnia di trasporti', [
      'Un attacco informatico ha bloccato la biglietteria online di una compagnia di trasporti regionale, che ha denunciato il fatto alla polizia postale.',
      'Secondo gli esperti di sicurezza informatica, i criminali informatici hanno sfruttato una vulnerabilità nota e hanno installato un ransomware sui server.',
      'L’azienda non esclude una violazione dei dati dei clienti e invita a cambiare le password.',
    ]],
    ['pt', 'Ataque hacker tira do ar sistemas de prefeitura', [
      'Um ataque hacker com ransomware tirou do ar os sistemas de uma prefeitura nesta segunda-feira, informou a administração municipal.',
      'Os criminosos cibernéticos exploraram uma vulnerabilidade em um servidor desatualizado e pedem resgate. Há suspeita de vazamento de dados de contribuintes.',
      'Especialistas em cibersegurança recomendam atualizar os sistemas e desconfiar de mensagens de phishing.',
    ]],
    ['ru', 'Хакеры атаковали сеть региональной больницы', [
      'Хакеры провели кибератаку на информационные системы региональной больницы и зашифровали данные на серверах, сообщили в ведомстве.',
      'По данным специалистов по кибербезопасности, злоумышленники воспользовались уязвимостью в программе удалённого доступа и установили программу-вымогатель.',
      'Возможна утечка данных пациентов; проводится проверка. Больница перешла на бумажный документооборот, плановые приёмы частично перенесены на следующую неделю.',
    ]],
    ['ja', '大手物流会社にサイバー攻撃、ランサムウェア被害で出荷停止', [
      '大手物流会社は、社内システムがサイバー攻撃を受け、ランサムウェアによってサーバーのデータが暗号化されたと発表した。',
      '同社によると、攻撃者はVPN機器の脆弱性を悪用して不正アクセスしたとみられ、顧客の情報漏えいの可能性について調査を進めている。',
      '専門家は、修正プログラムの適用とフィッシングメールへの注意を呼びかけている。',
    ]],
  ];
  it.each(cases)('%s', (lang, title, paras) => {
    const html = `<!doctype html><html lang="${lang}"><head><title>${title}</title><meta property="og:type" content="article"></head><body><article><h1>${title}</h1>${paras.map(para).join('')}</article></body></html>`;
    const r = detect(input(html, 'https://news.example/2025/06/01/story-about-an-incident-today'));
    expect(r.isArticle).toBe(true);
    expect(r.isSecurityNews).toBe(true);
  });
});

describe('pages whose text is not in paragraphs', () => {
  it('judges the topic on <div><br> text when the body extractor finds none', () => {
    const line1 = 'Hackers deployed ransomware on the servers of a regional water company overnight, encrypting billing systems and demanding a ransom, the company said.';
    const line2 = 'Investigators said the attackers exploited a vulnerability in a remote access tool and may have stolen customer data before the encryption began.';
    const html = `<!doctype html><html><head><title>Water company hit by ransomware attack</title><meta property="og:type" content="article"></head><body><div class="post-body">${line1}<br><br>${line2}<br><br>${line1}<br><br>${line2}</div></body></html>`;
    const r = detect(input(html, 'https://blog.example/2025/05/water-company-ransomware.html'));
    expect(r.isArticle).toBe(true);
    expect(r.isSecurityNews).toBe(true);
  });
});

describe('breach notices and state hackers\' thefts', () => {
  const url = 'https://example.com/2026/04/some-story-about-this-thing';
  it('reads the standard wording of a breach notice', () => {
    const c = (t: string) => new Set(findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept));
    expect(c('Riverside Dental Provides Notice of Data Security Incident')).toEqual(new Set(['breach']));
    expect(c('an unauthorized actor accessed the network and copied certain files')).toEqual(new Set(['hacking', 'breach']));
    expect(c('We are offering 12 months of complimentary credit monitoring')).toEqual(new Set(['breach']));
    expect(c('a cybersecurity incident that may have involved personal information')).toEqual(new Set(['breach']));
  });
  it('a breach notice press release is security news', () => {
    const html = page('Riverside Dental Provides Notice of Data Security Incident', [
      'Riverside Dental, which runs 14 practices in two counties, said today that it is writing to about 40,000 patients about a cybersecurity incident that may have affected their information.',
      'In March the practice group noticed suspicious network activity, took its systems offline and brought in an outside forensic firm to investigate.',
      'The review found that an unauthorised third party accessed its systems for nine days and copied certain files that held names, addresses and insurance numbers.',
      'Patients whose data was involved will be offered two years of free credit monitoring and a phone line for questions.',
      ...FILLER,
    ]);
    const r = detect(input(html, url));
    expect(r.isSecurityNews).toBe(true);
    expect(r.reasons[0]).toMatch(/^Mentions Data Security Incident\b/);
  });
  it('names the state behind the hackers as a threat actor', () => {
    const actors = (t: string) => findTerms(t).filter((h) => h.concept === 'actor').map((h) => h.text);
    expect(actors("Iran's hackers and Russian state-backed hackers and a China-linked hacking group")).toEqual(["Iran's hackers", 'Russian state-backed hackers', 'China-linked hacking group']);
    expect(actors('N. Korean hackers stole data')).toEqual(['N. Korean hackers']);
    // Not a state: growth hackers, ethical hackers, a hackathon.
    expect(actors('growth hackers and ethical hackers at the hackathon')).toEqual([]);
  });
  it('an opinion column on state hackers\' crypto theft is security news, and its reason does not repeat itself', () => {
    const html = page("Pyongyang's hackers keep emptying crypto exchanges. Regulators shrug", [
      'Another exchange lost $90 million last week, and within days the theft was attributed to North Korea by investigators, who said the stolen funds were moving through mixers.',
      'The playbook is familiar: an engineer is offered a lucrative contract, opens a booby-trapped document and hands the attackers a foothold.',
      'I spent a decade in bank compliance, and no bank would let one laptop hold the keys to a vault.',
      ...FILLER,
    ]);
    const r = detect(input(html, url));
    expect(r.isSecurityNews).toBe(true);
    expect(r.reasons[0]).toBe("Mentions Pyongyang's hackers and booby-trapped document in the headline and lead");
  });
  it('the same words in general news stay below the line', () => {
    const html = page('Stadium reviews security after pitch invasion', [
      'The club said a security incident during Saturday\'s match, when two fans ran onto the pitch, would be reviewed with police.',
      'Stewards will get extra training, and the club is offering season-ticket holders a discount on credit monitoring through a sponsor.',
      ...FILLER,
    ]);
    expect(detect(input(html, url)).isSecurityNews).toBe(false);
  });
});

describe('new phrases do not spill into ordinary words', () => {
  const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.text);
  it('stops at the word', () => {
    expect(strong('a crypto hackathon in Lisbon')).toEqual([]);
    expect(strong('a malicious appeal to the court')).toEqual([]);
    expect(strong('a booby-trapped apparatus found by soldiers')).toEqual([]);
    expect(strong('a malicious app and a crypto hack')).toEqual(['malicious app', 'crypto hack']);
  });
});
