/**
 * Security-news vocabulary: terms in several languages mapped to concepts and
 * weights, compiled once at module load into a token/phrase Map (spaced
 * scripts) and one alternation regex (CJK). No regex per word per block.
 *
 * Weights: 3 = unambiguous security term, 2 = usually security, 1 = weak
 * (figurative or general senses are common: "hack", "exploit", "breach").
 * Only concepts with weight ≥ 2 count as distinct security concepts.
 */

import { eachMatch } from './each-match';

export type Concept =
  | 'ransomware'
  | 'malware'
  | 'cyberattack'
  | 'breach'
  | 'hacking'
  | 'vulnerability'
  | 'phishing'
  | 'espionage'
  | 'ddos'
  | 'actor'
  | 'agency'
  | 'cybersecurity'
  | 'cybercrime'
  | 'patch'
  | 'weak';

export interface Term {
  concept: Concept;
  weight: number;
}

/**
 * "concept weight: term, term, …". Terms are lower case; multi-word terms
 * are phrases matched on consecutive tokens; hyphens and apostrophes inside
 * tokens are ignored ("cyber-attack" = "cyberattack"). A trailing "*" marks
 * a stem that matches any token starting with it (for inflected languages).
 * Notes on where terms came from are JS comments between the string's parts (esbuild joins them): as "#" lines
 * inside the string they were 1.8 KB of the content script (vocab14).
 */
const TERMS = `
ransomware 3: ransomware, ransomwares, ransom note, ransom demand, double extortion, leak site, data leak site, rançongiciel*, erpressersoftware, erpressungstrojaner*, secuestro de datos, sequestro de dados, программа-вымогатель, вымогател*, шифровальщик*
malware 3: malware, malwares, spyware, infostealer*, info-stealer*, stealer malware, trojanized, trojanised, banking trojan, remote access trojan, rootkit*, keylogger*, wiper malware, computer virus, computer worm, backdoored, malicious code, malicious software, loader malware, cobalt strike, mimikatz, booby-trapped file*, booby-trapped document*, booby-trapped attachment*, booby-trapped app, booby-trapped apps, booby-trapped software, booby-trapped link*, booby-trapped email*, malicious file*, malicious attachment*, malicious document*, malicious link*, malicious app, malicious apps, malicious package, malicious packages, malicious update*, schadsoftware, schadprogramm*, logiciel malveillant, logiciels malveillants, software malicioso, código malicioso, codice malevolo, вредонос*, троян*, stalkerware, emotet, trickbot, qakbot, qbot, wannacry, notpetya, stuxnet, pegasus spyware, predator spyware, webshell*, web shell, command-and-control, c2 server*
cyberattack 3: cyberattack*, cyber attack*, cyber-angriff*, cyberangriff*, hackerangriff*, cyberattaque*, cyber-attaque*, ciberataque*, attacco informatico, attacchi informatici, ataque cibernético, ataques cibernéticos, ataque hacker, ataques hacker, кибератак*, supply chain attack, supply-chain attack, cyber intrusion*, cyber operation*, cyberoperation*, cyber sabotage, cyberkrieg*, cyberwar*, cyber warfare, cyber-kriegsführung
breach 3: data breach*, security breach*, data leak*, data theft, databreach*, datenleck*, datenpanne*, datendiebstahl, fuite de données, fuites de données, violation de données, brecha de datos, brecha de seguridad, filtración de datos, violazione dei dati, furto di dati, vazamento de dados, утечка данных, утечки данных, утечку данных, утечке данных, leaked credentials, stolen credentials, credential stuffing, exfiltrat*, data security incident*, cybersecurity incident*, cyber security incident*, cyber incident*, network security incident*, information security incident*, notice of data breach, notice of data event, data security event*
hacking 2: hacker, hackers, hacked, hacking, hacktivist*, defaced, defacement*, hackergruppe*, hackerin*, pirate informatique, pirates informatiques, piratage*, piratés, piratas informáticos, pirata informático, хакер*, взлом*, взломал*, threat actor*, threat group*, hacking group*, cyber criminals, cybercriminal*, cyberkriminell*, cybercriminel*, ciberdelincuent*, criminali informatici, criminosos cibernéticos, state-sponsored hackers, nation-state hackers, compromised accounts, compromised systems, unauthorized access, unauthorised access, unauthorized actor*, unauthorised actor*, unauthorized third party, unauthorised third party, unauthorized party, unauthorised party, unauthorized individual*, unauthorised individual*, malicious actor*, cyber actor*, accessed the network, accessed its network, accessed our network, accessed its systems, crypto theft, cryptocurrency theft, crypto heist*, cryptocurrency heist*, crypto hack, crypto hacks, crypto hacker, crypto hackers, crypto exchange hack, crypto exchange hacks
vulnerability 2: vulnerability, vulnerabilities, vulnerable to attack, security flaw*, security hole*, security bug*, zero-day*, zeroday*, 0-day, zero day, remote code execution, rce, privilege escalation, sql injection, cross-site scripting, buffer overflow, proof-of-concept exploit, exploit code, exploit chain, exploit kit, actively exploited, exploited in the wild, sicherheitslücke*, schwachstelle*, zero-day-lücke*, faille de sécurité, failles de sécurité, faille*, vulnérabilité*, vulnerabilidad*, vulnerabilità, vulnerabilidade*, уязвимост*, уязвимость, cvss
phishing 3: phishing, spear-phishing, spearphishing, smishing, vishing, phishing-mails, hameçonnage, suplantación de identidad, фишинг*
espionage 2: cyberespionage, cyber espionage, cyber-espionage, cyberspionage, cyberespionnage, ciberespionaje, spionaggio informatico, кибершпионаж*, espionage campaign*, spying campaign*, surveillance malware, espionage operation*
ddos 3: ddos, denial-of-service, denial of service, botnet*, ddos-angriff*, ддос, ddos-атак*, ботнет*
agency 2: cisa, national cyber directorate, ncsc, cert-ua, cert-in, cert-fr, cncert, cverc, anssi, enisa, cybersecurity and infrastructure security agency, national cyber security centre, cybersecurity agency, cyber command, bsi warnt, cyber security agency, jpcert
cybersecurity 2: indicators of compromise, industrial control system*, programmable logic controller*, default password*, incident response, bug bounty, penetration test*, pentest*, red team*, cyber insurance, cyber defence, cyber defense, cyber resilience, sim swap*, sim-swapping, cryptojacking, cybersecurity, cyber security, cyber-security, infosec, information security, it-sicherheit, it security, cybersécurité, ciberseguridad, cybersicurezza, sicurezza informatica, cibersegurança, segurança cibernética, кибербезопасност*, информационной безопасности, security researcher*, security researchers, threat intelligence, incident response, endpoint detection, security advisory, security advisories, security update*, security patch*, sicherheitsupdate*, sicherheitsforscher*, chercheur en sécurité, chercheurs en sécurité
cybercrime 2: cybercrime*, cyber crime*, cyberkriminalität, cybercriminalité, ciberdelito*, cibercrimen, criminalità informatica, киберпреступ*, darknet market*, dark web, initial access broker*, access broker*, internet crime complaint center, european cybercrime centre, cyber division
breach 2: security incident*, data incident*, privacy incident*, credit monitoring, identity monitoring, identity protection services, identity theft protection, dark web monitoring, copied certain files, acquired certain files, accessed certain files, copied files, stolen data, unusual activity on its network, suspicious activity on its network, unusual network activity, suspicious network activity
patch 2: patch tuesday, out-of-band patch, emergency patch, patched the flaw, patched the vulnerability
cybercrime 2: cyber theft*, cyber heist*, cyberheist*, crypto laundering, cryptocurrency laundering, mixing service*, crypto mixer*, cryptocurrency mixer*, coin mixer*, bitcoin mixer*, tornado cash, stolen cryptocurrency, stolen crypto, stolen crypto assets, stolen digital assets
malware 3: malicious coding test*, malicious coding challenge*, malicious coding assignment*, malicious coding exercise*, trojanized coding test*, booby-trapped coding test*
phishing 2: fake recruitment, fake recruiter*, fake job offer*, fake job interview*, fake recruiting, bogus job offer*, bogus recruiter*
malware 2: wiper, wipers, wiper attack*, data wiper*, disk wiper*
cyberattack 3: destructive cyberattack*, wiper attack*
cybercrime 3: laptop farm*, remote it worker scheme*, it worker scheme*, it worker fraud, remote it worker*, north korean it worker*, dprk it worker*, fake it worker*, fraudulent it worker*, insider threat*
hacking 2: remote-access software, remote access software, remote-access tool*, remote monitoring and management software, stole source code, stolen source code, downloaded source code, copied source code, threatened to leak, threatening to leak, threatens to leak, threatened to publish stolen, threatened to release stolen
malware 2: hacking tool*, hacking software, intrusion tool*, cyber weapon*, cyberweapon*, cyber-weapon*
cybersecurity 2: industrial controller*, scada, operational technology, human-machine interface*
agency 2: cyber-electronic command, cyber electronic command, cyber army, cyber unit*, cyber force*
cybercrime 2: computer intrusion*, computer fraud, computer crime*, computer hacking, malicious cyber activit*, malicious cyber-enabled, cyber-enabled activit*, cyber-related sanctions, cyber-related designation*, hacking charges, hacking-related charges, hacking conspiracy
weak 1: windscreen wiper*, windshield wiper*, wiper blade*, wiper motor*, wiper fluid, stolen identities, identity theft
weak 1: critical infrastructure, flaw, flaws, ransom, extortion, backdoor, backdoors, intrusion, intrusions, hack, hacks, exploit, exploits, exploited, breach, breached, leak, leaked, cyber, malicious, attacker, attackers, spy, spies, espionage, encryption, password, passwords, credentials, firewall, vpn, patch, patched, vulnerable, compromised, surveillance, stolen funds, spionage, espionnage, espionaje, шпионаж*, sicherheit, ciberespacio, cyberspace
` +
// lang7: Italian, Portuguese and Dutch security-news words (blind7 page 04 was not detected).
`breach 3: vazamento, vazamentos, fuga di dati, fughe di dati, dati rubati, dati trafugati, dati esfiltrati, vazamento de informações, dados vazados, dados expostos, exposição de dados, violação de dados, datalek*, gegevenslek*, gestolen gegevens, buitgemaakte gegevens
breach 2: incidente informatico, incidente di sicurezza informatica, incidente cibernético, incidente de segurança, beveiligingsincident*, cyberincident*
cybercrime 2: fórum criminoso, fóruns criminosos, fórum de hackers, forum criminale, forum di hacker, hackersforum*, criminele forums
hacking 2: acesso indevido, acessos indevidos, acesso não autorizado, invasão hacker, cibercriminosos, criminosos virtuais, grupo hacker, accesso non autorizzato, accessi non autorizzati, attacco hacker, attacchi hacker, pirati informatici, gruppo hacker, onbevoegde toegang, ongeautoriseerde toegang, hackersgroep*, hackersbende*, cybercriminelen, gehackt, digitale inbraak, digitale inbraken
cyberattack 3: cyberaanval*, digitale aanval*, ciberataques, attacco cyber, attacchi cyber
ransomware 3: gijzelsoftware, ataque de ransomware, attacco ransomware
malware 3: kwaadaardige software, software dannoso, software malevolo
vulnerability 2: kwetsbaarheid, kwetsbaarheden, beveiligingslek*, falla di sicurezza, falle di sicurezza, falha de segurança, falhas de segurança, brecha de segurança
cybercrime 2: cybercriminaliteit, cibercrime, crimes cibernéticos, crimini informatici
cybersecurity 2: informatiebeveiliging, digitale veiligheid, segurança da informação, sicurezza delle informazioni
ddos 3: ddos-aanval*, ataque ddos, attacco ddos
weak 1: credenciais, credenziali, riscatto, losgeld, afpersing, wachtwoorden, senhas, criminosos
` +
// left9: Polish words of security stories (Polish pages get their own cue pass, cues-pl.ts).
`cyberattack 3: cyberatak*, atak hakerski, ataku hakerskiego, atakiem hakerskim
hacking 2: haker*, włamanie do systemu, nieuprawniony dostęp, nielegalny dostęp, nielegalnego dostępu
malware 3: złośliwe oprogramowanie, złośliwego oprogramowania
breach 3: wyciek danych, wycieku danych
` +
// left10: data "stolen" (a Polish ransomware story whose one other word was "ransomware").
`breach 2: wykradzione dane, dane zostały wykradzione, zostać wykradzione, mogły zostać wykradzione
cybersecurity 2: cyberbezpieczeńst*
weak 1: okup, okupu, hasło, hasła
` +
// intl8: Russian words of security stories beside the stems above.
`hacking 2: хакерск*, хакерская группировка, хакерской группировки
cybersecurity 2: киберугроз*, информационная безопасность
` +
// fix7 (blind7): English words of stories the detection missed.
`hacking 2: criminal actor*, account takeover*, account takeovers, state-linked operator*, state-backed operator*, state-sponsored operator*, hacktivist persona*, hack-and-leak
breach 2: it incident*, it security incident*, breach notification*, exposed database*, unsecured database*, unprotected database*, misconfigured database*, accessible without a password, accessible without authentication, without password protection
breach 3: personal data breach*
malware 3: malicious release*, malicious version*, second-stage payload*, second stage payload*, malicious payload*
cybersecurity 2: iocs, ioc, technical and organisational measures, technical and organizational measures, sim-swap*
cybercrime 2: underground forum*, hacker forum*, hacking forum*, dark-web forum*, sim-swap fraud, sim swap fraud, emptied crypto wallets, drained crypto wallets, drained wallets, drain wallets, drain crypto wallets, emptied wallets
` +
// blind8: English words of stories the detection missed (a ransomware gang is also counted as cybercrime: RANSOM_GROUP_RE).
`cybercrime 2: exploit broker*, exploit market*, exploit trade
vulnerability 3: zero-click*, zero click exploit*, zero click attack*
malware 3: information stealer*, information-stealing malware
cybersecurity 2: internet-facing, factory password*, default login*, default credential*, two-factor authentication, multi-factor authentication, password reuse, reused password*, postinstall script*, install script*
phishing 2: fake bank text*, fake bank email*, scam text*, fake text message*, bank impersonation, impersonation scam*, fake login page*
breach 2: misconfigured cloud bucket*, misconfigured bucket*, misconfigured storage bucket*, exposed bucket*, unsecured bucket*, exposed storage bucket*, exposed cloud storage, misconfigured cloud storage, publicly accessible bucket*
` +
// blind9: a kiosk story's "malicious program" and its ransom question; a Portuguese story's leak verb and security expert;
// a telecom intrusion blamed on an "espionage group".
`malware 3: malicious program, malicious programs, programa malicioso, programas maliciosos
ransomware 2: ransom was demanded, ransom had been demanded, ransom has been demanded, demanded a ransom, demanding a ransom, resgate em criptomoedas, riscatto in criptovalut*
breach 2: vazado, vazados, vazada, vazadas
espionage 2: espionage group*, espionage crew*, espionage actor*
` +
// blind10: a stolen chat-integration token and tokens sold on criminal forums; SIM swappers (a SIM-swapping crew is a
// cybercrime group beside the technique: RANSOM_GROUP_RE); North Korean operatives named by the state behind them; intruders in a control network.
`breach 3: stolen access token*, stolen session token*, stolen oauth token*, stolen api key*, stolen authentication token*
cybercrime 2: criminal forum*, sim swapper*, sim-swapper*
actor 2: north korean operative*, dprk operative*
weak 1: intruder, intruders
cybersecurity 2: especialista em segurança, especialistas em segurança, especialista em cibersegurança, especialistas em cibersegurança, esperto di sicurezza informatica, esperti di sicurezza informatica, esperta di sicurezza informatica
` +
// blind11: words of stories the detection missed — a transcript about control screens open to the internet, a spy crew's
// implants in a carrier's network, one-time codes phished by text, a breach that exposed users' addresses.
`cybersecurity 2: internet-exposed, exposed hmi*, hmi screen*, one-time code*, one-time passcode*, one-time password*
vulnerability 2: unpatched
malware 2: custom implant*, malicious implant*, software implant*, implanted malware
espionage 2: spy crew*, spying crew*, lawful-intercept system*, lawful-intercept function*, lawful intercept system*, lawful intercept function*
hacking 2: unauthorized person*, unauthorised person*, wiped logs, wiped the logs, attributed the intrusion to, attributed the breach to, attributed the hack to
breach 2: breach exposed users*, breach exposed customers*, breach exposed patients*, breach exposed members*, breach exposed personal, breach exposed data, breach that exposed personal, breach that exposed data, taken in a breach, taken in the breach, stolen in a breach, stolen in the breach
` +
// vocab14: the incident words of published schemes (docs/detection-vocabulary.md) that a story's headline or lead uses,
// kept here so the content script's quick look reads them too: incident-disclosure wording (SEC 8-K Item 1.05, breach
// notices: "encrypted certain systems", "may have been accessed"), VERIS misuse and error ("improperly accessed", "a
// misconfigured server"), and the national CERTs' and regulators' incident nouns (BSI's Datenabfluss, ANSSI's "attaque
// informatique", INCIBE's "robo de datos", FSTEC's "компьютерная атака", IPA's 不正ログイン, KISA's 침해사고); the rest
// of the scheme terms are the analyzer's (security-vocabulary-wide.ts).
`ransomware 2: encrypted certain systems, encrypted certain files, systems were encrypted, files were encrypted
breach 2: information may have been accessed, data may have been accessed, information may have been exposed, data may have been exposed, misconfigured server*, privacy breach*
hacking 2: improperly accessed, inappropriately accessed, accessed without authorization, compromised credentials, broke into its network, broke into its systems, accès non autorisé, accès non autorisés, acceso no autorizado, accesos no autorizados, hackeo*, hackead*, accesso abusivo, несанкционированный доступ*, несанкционированного доступ*
cyberattack 3: it-angriff*, attaque informatique, attaques informatiques, ataque informático, ataques informáticos, atak cybernetyczny, ataku cybernetycznego, atakiem cybernetycznym, компьютерная атак*, компьютерной атак*, компьютерные атак*, компьютерных атак*, компьютерную атак*, компьютерным атак*
breach 3: datenabfl*, vol de données, vols de données, robo de datos, fuga de datos, esfiltra*, furto di credenziali, roubo de dados, kradzież danych, kradzieży danych, naruszenie ochrony danych, naruszenia ochrony danych, naruszeniu ochrony danych, утечка персональных данных, утечки персональных данных, утечку персональных данных, утечке персональных данных, утечек данных, утечек персональных данных, 情報流出, 情報が流出, リスト型攻撃, 信息泄露, 数据被窃, 窃取数据, 撞库, 個資外洩, 個資外流, 개인정보 유출, 개인정보유출, 침해사고, 크리덴셜 스터핑
phishing 3: phishing*
ddos 3: déni de service, denegación de servicio, negazione del servizio, negação de serviço
hacking 3: 不正ログイン, 不正なアクセス, 网络入侵
`;

/**
 * CJK terms (no spaces to split on), in TERMS' line format; a term with a kana, Han or Hangul character goes to one
 * alternation matched on the raw text (wherever its line is: the wide list adds some), the longest term first (an
 * alternation takes the first alternative that matches: "黑客组织" listed after "黑客" never matched).
 */
const CJK_LINES = `
cyberattack 3: 网络攻击, 網路攻擊, 網絡攻擊
hacking 2: 黑客, 駭客
ransomware 3: 勒索软件, 勒索病毒, 勒索軟體
malware 3: 恶意软件, 惡意軟體
malware 2: 木马, 木馬
cybersecurity 2: 网络安全, 資安
espionage 3: 网络间谍
breach 3: 数据泄露, 資料外洩
phishing 3: 网络钓鱼, 钓鱼邮件
ddos 3: 僵尸网络
vulnerability 3: 零日
vulnerability 2: 漏洞
malware 1: 后门
` +
// intl8: more Simplified Chinese words of security stories (state media's reports of foreign hacking).
`ransomware 3: 勒索攻击
malware 3: 间谍软件
breach 3: 数据泄漏
cybercrime 2: 网络犯罪
cybersecurity 2: 信息安全, 网络空间安全
weak 1: 入侵
` +
// After blind8's first contact: the words a Chinese ransomware story uses besides the word itself (the attacker, the
// ransom, double extortion, the unpatched server), so such a story names more than one concept.
`hacking 2: 攻击者, 攻擊者
hacking 3: 黑客组织
ransomware 3: 赎金, 贖金, 双重勒索
malware 2: 计算机病毒
vulnerability 1: 补丁, 修补程式
cyberattack 3: サイバー攻撃
hacking 2: ハッカー
ransomware 3: ランサムウェア
vulnerability 2: 脆弱性
malware 3: マルウェア
hacking 3: 不正アクセス
breach 3: 情報漏えい, 情報漏洩
phishing 3: フィッシング
cybersecurity 2: サイバーセキュリティ
cyberattack 3: 標的型攻撃
vulnerability 3: ゼロデイ
malware 2: バックドア
ddos 3: ボットネット
hacking 2: 해킹
ransomware 3: 랜섬웨어
cyberattack 3: 사이버 공격, 사이버공격
malware 3: 악성코드
vulnerability 2: 취약점
hacking 2: 해커
` +
// left10: phishing mail and malicious files (a Korean story of a phishing wave named neither ransomware nor hacking).
`phishing 3: 피싱
malware 2: 악성 파일
` +
// left11: smishing and malicious apps (a parcel-text story), social engineering and stolen assets (an exchange hack).
`phishing 3: 스미싱
malware 2: 악성 앱, 악성앱
phishing 2: 사회공학
breach 2: 탈취
`;

/** Named threat actors and malware families (lower case, matched as phrases). */
const ACTORS = `volt typhoon, salt typhoon, flax typhoon, silk typhoon, linen typhoon, violet typhoon, brass typhoon, granite typhoon, raspberry typhoon, fancy bear, cozy bear, venomous bear, berserk bear, voodoo bear, sandworm, turla, lazarus group, kimsuky, andariel, bluenoroff, charming kitten, refined kitten, imperial kitten, mustang panda, wicked panda, goblin panda, aquatic panda, midnight blizzard, forest blizzard, seashell blizzard, star blizzard, mint sandstorm, peach sandstorm, cotton sandstorm, scattered spider, wizard spider, lapsus, lockbit, blackcat, alphv, revil, darkside, cl0p, clop ransomware, conti ransomware, ryuk, black basta, akira ransomware, royal ransomware, hive ransomware, play ransomware, medusa ransomware, rhysida, blacksuit, killnet, noname057, apt28, apt29, apt31, apt40, apt41, log4shell, heartbleed, shellshock, labyrinth chollima, stardust chollima, velvet chollima, ricochet chollima, famous chollima, equation group, shadow brokers, nso group, candiru, intellexa, darkhotel, oceanlotus, winnti`;

/** A capitalised word + a vendor naming-scheme animal/weather word ("Volt Typhoon", "Cozy Bear"). */
const ACTOR_SCHEME_RE = /\b([A-Z][a-z]{2,12}) (?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Panda|Kitten|Chollima|Spider|Bear)\b/g;
/** Words that make the pattern above ordinary language, not an actor name. */
const ACTOR_SCHEME_STOP = new Set(
  'Super Tropical Severe Strong Powerful Deadly Major Polar Grizzly Black Brown Red Giant Teddy Kung Winter Snow Spring Summer Autumn Dust Sand Desert Big Little Great Mama Papa Baby Care Gummy Paddington Pooh Yogi Chicago Golden The This That A Another Last Next Massive Huge First Second Latest Recent Historic Killer Monster Jumping Wolf Camel House Funnel Garden Money Hungry Sleeping Angry Happy Baltimore Boston Bay'.split(
    ' ',
  ),
);

/** Technical identifiers (case-sensitive, bounded). */
export const CVE_RE = /\bCVE-(?:19|20)\d{2}-\d{4,7}\b/gi;
/**
 * Hackers named by the state behind them ("North Korea's hackers", "Russian state-backed hackers",
 * "China-linked hacking group"): a claim about who is behind an operation, a concept of its own.
 * Bounded alternations, no nested quantifiers.
 */
const STATE_HACKERS_RE =
  /\b(?:North Korean?|N\. ?Korean?|DPRK|Chinese|China|Russian?|Iran(?:ian)?|Pyongyang|Beijing|Moscow|Tehran|Kremlin|[Ss]tate|[Nn]ation-state|[Gg]overnment)(?:['’]s)?(?:[- ](?:backed|linked|sponsored|aligned|nexus|affiliated|based))?(?: state(?:[- ](?:backed|sponsored))?)? (?:hackers|hacking (?:groups?|units?|teams?|crews?|campaigns?)|cyber ?(?:spies|actors|operatives|units?))\b/g;
/**
 * A prosecution or sanctions for hacking ("an indictment charging three men with hacking …", "sanctioned
 * the hackers", "the hackers were indicted"): a cybercrime concept of its own, so a justice story whose
 * cyber words are only hack* is not read as one concept. The two words are found separately and paired
 * in code (same clause, close together), not with one gap-spanning pattern.
 */
const LEGAL_WORD_RE =
  /\b(?:charg(?:ed|es|ing)|indict(?:ed|ment|ments|ing)|sanction(?:ed|s|ing)?|convicted|sentenced|extradited|arrested|prosecut(?:ed|ion|ing)|pleaded guilty)\b/gi;
const HACK_WORD_RE = /\bhack(?:ing|ers?|ed)\b/gi;
const LEGAL_HACK = { maxGap: 80, maxWords: 200 };

/** Pairs of a legal word and a hack word in one clause, at most maxGap characters apart. */
function legalHackHits(src: string, hits: Hit[]): void {
  const hacks: number[] = [];
  for (const m of eachMatch(HACK_WORD_RE, src)) {
    const end = m.index + m[0].length;
    // "hacking down the striker": a foul, not an intrusion.
    const next = /^ (\w+)/.exec(src.slice(end, end + 12))?.[1]?.toLowerCase() ?? '';
    if (!HACK_FIGURATIVE_AFTER.has(next)) hacks.push(m.index, end);
    if (hacks.length >= LEGAL_HACK.maxWords * 2) break;
  }
  if (!hacks.length) return;
  let n = 0;
  for (const m of eachMatch(LEGAL_WORD_RE, src)) {
    if (++n > LEGAL_HACK.maxWords) break;
    const ls = m.index;
    const le = ls + m[0].length;
    for (let k = 0; k < hacks.length; k += 2) {
      const hs = hacks[k]!;
      const he = hacks[k + 1]!;
      const [a, b] = hs >= le ? [le, hs] : he <= ls ? [he, ls] : [0, -1];
      if (b < a || b - a > LEGAL_HACK.maxGap || /[.;!?\n]/.test(src.slice(a, b))) continue;
      hits.push({ concept: 'cybercrime', weight: 2, text: hs >= le ? `${m[0]} … ${src.slice(hs, he)}` : `${src.slice(hs, he)} … ${m[0]}` });
      return;
    }
  }
}

/**
 * "ransomware gangs", "a ransomware crew": a cybercrime group as well as the ransomware word, so a story about
 * one (a negotiator's interview) is two concepts even when "ransomware" is its only other security word.
 * blind10: "a SIM-swapping crew" likewise (an FBI warning whose only other word was the SIM-swap technique), and a
 * "phishing kit" is the crime's tooling beside the phishing word (blind8 had it as one phrase, which hid "phishing").
 */
const RANSOM_GROUP_RE = /\b(?:(?:ransomware|SIM[- ]swap(?:ping|pers?)?)[- ](?:gangs?|groups?|crews?|operators?|affiliates?|rings?)|phishing[- ]kits?)\b/gi;
/**
 * "a flaw … could let attackers unlock doors", "the bug allows hackers to …": a vulnerability described by what it lets
 * an attacker do (blind9: a car-telematics story whose only words were "flaw" and "attackers", each weak alone). The
 * two parts are found separately and paired in code (same clause, close together). "a flaw in their defence let the
 * attackers through" (football) has "the" before the attackers: no hit.
 */
const FLAW_WORD_RE = /\b(?:flaws?|bugs?|weakness(?:es)?|holes?)\b/gi;
const LETS_ATTACKER_RE =
  /\b(?:let|lets|allow|allows|allowed|enable|enables|enabled|permit|permits|permitted) (?:(?:an?|remote|unauthenticated|unauthorised|unauthorized) ){0,2}(?:attackers?|hackers?|intruders?)\b/gi;
const FLAW_LETS = { maxGap: 80, maxHits: 50 };

/** A flaw word before a "lets attackers" phrase in one clause, at most maxGap characters apart: one hit per pair. */
function flawLetsHits(src: string, hits: Hit[]): void {
  let n = 0;
  for (const m of eachMatch(LETS_ATTACKER_RE, src)) {
    if (++n > FLAW_LETS.maxHits) return;
    const from = Math.max(0, m.index - FLAW_LETS.maxGap - 10);
    let flaw: string | null = null;
    for (const f of eachMatch(FLAW_WORD_RE, src.slice(from, m.index))) {
      const gap = src.slice(from + f.index + f[0].length, m.index);
      if (gap.length <= FLAW_LETS.maxGap && !/[.;!?\n]/.test(gap)) {
        flaw = f[0];
        break;
      }
    }
    if (flaw) hits.push({ concept: 'vulnerability', weight: 2, text: `${flaw} … ${m[0].slice(m[0].lastIndexOf(' ') + 1)}` });
  }
}

const ACTOR_ID_RE = /\b(?:APT ?\d{1,3}|UNC\d{3,4}|TA\d{3}|FIN\d{1,2}|Storm-\d{4}|DEV-\d{4}|TEMP\.[A-Z][a-z]{2,12}|GhostNet)\b/g;

/* ------------------------------------------------------------ compilation */

const EXACT = new Map<string, Term>();
const STEMS = new Map<string, Term>();
let STEM_LENGTHS: number[] = [];
/** Longest phrase in tokens (bounds the lookahead). */
let MAX_PHRASE = 1;
/** First tokens of multi-word phrases: only these start a phrase lookup. */
const PHRASE_FIRST = new Set<string>();
/** Token counts of the phrases (exact and stems) that start with a token: other lengths cannot match. */
const PHRASE_NS = new Map<string, Set<number>>();
let MIN_STEM = 99;
/** The first STEM_HEAD_LEN characters of every stem: a key that starts otherwise matches no stem (skips the stem loop). */
const STEM_HEADS = new Set<string>();
let STEM_HEAD_LEN = 99;

/** First three characters (normalised) of every key's first token, and first tokens shorter than that (filled by compile). */
const FIRST3 = new Set<string>();
/** FIRST3's all-ASCII prefixes as numbers (c0 << 14 | c1 << 7 | c2): mayStartKey looks them up without building a string. */
const FIRST3_CODES = new Set<number>();
/**
 * The next character refines FIRST3 (on running text "and", "for", "its", "comp…" pass it): all-ASCII codes of
 * the first four characters of every first token or one-token stem of four or more characters (FIRST4_CODES), of
 * every first token or one-token stem of exactly three (THREE_CODES: a three-character token must be one of them),
 * and of the one-token stems of three (STEM3_CODES: the only keys a longer token can match below four characters).
 */
const FIRST4_CODES = new Set<number>();
const THREE_CODES = new Set<number>();
const STEM3_CODES = new Set<number>();
const SHORT_FIRST: string[] = [];

const NORM_STRIP_RE = /[-'’]/g;
/**
 * A French or Italian elided article or preposition glued to its word ("l’ANSSI", "d’hameçonnage", "dell’attacco
 * informatico", "un’intrusione"): the word is looked up without it (vocab14: "l’ANSSI" was the token "lanssi").
 */
const ELISION_RE = /^(?:[cdjlmnst]|qu|dell|dall|nell|sull|all|un|quell|quest)['’](?=[a-zà-ÿ])/;
export function normToken(t: string): string {
  const l = t.toLowerCase();
  if (l.indexOf('-') < 0 && l.indexOf("'") < 0 && l.indexOf('’') < 0) return l;
  const e = ELISION_RE.exec(l);
  return (e ? l.slice(e[0].length) : l).replace(NORM_STRIP_RE, '');
}

/** Build the tables in three steps (the two halves of TERMS, then the actors and the derived tables); the same order of `add` calls as in one piece. */
function* compileSteps(): Generator<void, void, void> {
  const lens = new Set<number>();
  const add = (raw: string, term: Term) => {
    if (CJK_TERM_RE.test(raw)) {
      if (!CJK_MAP.has(raw) || CJK_MAP.get(raw)!.weight < term.weight) CJK_MAP.set(raw, term);
      return;
    }
    const stem = raw.endsWith('*');
    const phrase = (stem ? raw.slice(0, -1) : raw)
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => (w.endsWith('*') ? w.slice(0, -1) : w))
      .map(normToken)
      .join(' ');
    if (!phrase) return;
    MAX_PHRASE = Math.max(MAX_PHRASE, phrase.split(' ').length);
    if (stem) {
      STEMS.set(phrase, term);
      lens.add(phrase.length);
    } else if (!EXACT.has(phrase) || EXACT.get(phrase)!.weight < term.weight) {
      EXACT.set(phrase, term);
    }
  };
  const lines = `${TERMS}\n${CJK_LINES}\n${EXTRA_TERMS.join('\n')}`.split('\n');
  const half = lines.length >> 1;
  for (let i = 0; i < lines.length; i++) {
    if (i === half) yield;
    const line = lines[i]!;
    const m = /^([a-z]+) (\d): (.+)$/.exec(line.trim());
    if (!m) continue;
    const term: Term = { concept: m[1] as Concept, weight: Number(m[2]) };
    for (const t of m[3]!.split(',')) add(t.trim(), term);
  }
  yield;
  for (const a of ACTORS.split(',')) add(a.trim(), { concept: 'actor', weight: 3 });
  const cjk = [...CJK_MAP.keys()].sort((x, y) => y.length - x.length);
  CJK_RE = new RegExp(cjk.join('|'), 'g');
  CJK_FIRST_RE = new RegExp(`[${[...new Set(cjk.map((t) => t[0]))].join('')}]`);
  STEM_LENGTHS = [...lens].sort((a, b) => b - a);
  for (const k of [...EXACT.keys(), ...STEMS.keys()]) {
    const sp = k.indexOf(' ');
    if (sp > 0) {
      const first = k.slice(0, sp);
      PHRASE_FIRST.add(first);
      const n = k.split(' ').length;
      const ns = PHRASE_NS.get(first) ?? new Set<number>();
      ns.add(n);
      PHRASE_NS.set(first, ns);
    }
  }
  for (const k of STEMS.keys()) if (k.indexOf(' ') < 0) MIN_STEM = Math.min(MIN_STEM, k.length);
  for (const k of STEMS.keys()) STEM_HEAD_LEN = Math.min(STEM_HEAD_LEN, k.length);
  for (const k of STEMS.keys()) STEM_HEADS.add(k.slice(0, STEM_HEAD_LEN));
  for (const k of [...EXACT.keys(), ...STEMS.keys()]) {
    const sp = k.indexOf(' ');
    const first = sp < 0 ? k : k.slice(0, sp);
    if (first.length >= 3) FIRST3.add(first.slice(0, 3));
    else if (!SHORT_FIRST.includes(first)) SHORT_FIRST.push(first);
  }
  for (const p of FIRST3) {
    const c0 = p.charCodeAt(0);
    const c1 = p.charCodeAt(1);
    const c2 = p.charCodeAt(2);
    // A prefix with a non-ASCII character can never equal the ASCII prefix mayStartKey builds.
    if (c0 < 128 && c1 < 128 && c2 < 128) FIRST3_CODES.add((c0 << 14) | (c1 << 7) | c2);
  }
  const ascii = (t: string, n: number): number => {
    let code = 0;
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c >= 128) return -1;
      code = (code << 7) | c;
    }
    return code;
  };
  const oneTokenStems = new Set([...STEMS.keys()].filter((k) => k.indexOf(' ') < 0));
  for (const k of [...EXACT.keys(), ...STEMS.keys()]) {
    const sp = k.indexOf(' ');
    const first = sp < 0 ? k : k.slice(0, sp);
    // A key with a non-ASCII character among the first four never equals the ASCII codes mayStartKey builds.
    if (first.length >= 4) {
      const c = ascii(first, 4);
      if (c >= 0) FIRST4_CODES.add(c);
    } else if (first.length === 3) {
      const c = ascii(first, 3);
      if (c >= 0) {
        THREE_CODES.add(c);
        if (oneTokenStems.has(first)) STEM3_CODES.add(c);
      }
    }
  }
}

/**
 * The tables are built on first use, not at module load: cold, in the content
 * script, that was most of its start-up task. A stepwise caller can build them
 * in steps of their own with `warmVocabularySteps` (cold in Chromium under load
 * the whole build took 20-50 ms in one task); any caller in between finishes
 * the same build, so the tables are built once and in one order.
 */
let compiled = false;
let compiling: Generator<void, void, void> | null = null;
/** Term lines a bundle adds before the tables are built (see `addVocabulary`). */
const EXTRA_TERMS: string[] = [];
/**
 * Add term lines (TERMS' format) to the tables. The analyzer adds its wider vocabulary
 * (security-vocabulary-wide.ts) at load, before any use; the content script's quick look keeps the
 * base set, which fits its 50 KB budget and, built for recall, needs only one term to say "maybe".
 * Lines added once the build has begun are ignored: callers add at load, before any use.
 */
export function addVocabulary(lines: string): void {
  if (!compiled && !compiling && !EXTRA_TERMS.includes(lines)) EXTRA_TERMS.push(lines);
}
export function* warmVocabularySteps(): Generator<void, void, void> {
  while (!compiled) {
    compiling ??= compileSteps();
    if (compiling.next().done) {
      compiled = true;
      compiling = null;
    } else yield;
  }
}
export function warmVocabulary(): void {
  if (compiled) return;
  const it = warmVocabularySteps();
  while (!it.next().done);
}

/** The CJK alternation (built with the tables: the wide list adds terms) and the terms' concepts. */
let CJK_RE = /(?!)/g;
/** Any first character of a CJK term: without one, the CJK pass is skipped. */
let CJK_FIRST_RE = /(?!)/;
const CJK_MAP = new Map<string, Term>();
/** A kana, Han or Hangul character: the term goes to the CJK alternation. */
const CJK_TERM_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The CJK alternation as built (for the linear-time check in tests). */
export function cjkPatternForTest(): RegExp {
  warmVocabulary();
  return CJK_RE;
}

/** Preceding words that make "hack"/"exploit"/"breach" figurative or non-cyber. */
const FIGURATIVE_BEFORE = new Set(
  'life growth productivity beauty travel kitchen budget money parenting cleaning easy simple clever genius quick cooking home holiday diet study dating style fashion hair makeup morning sleep defensive defence defense the'.split(
    ' ',
  ),
);
/** Following words that make "breach"/"exploit"/"leak" ordinary language. */
const FIGURATIVE_AFTER = new Set('of the defence defense wall line gap space weakness opponents opponent ball pass trust contract peace promise water gas oil roof'.split(' '));

export interface Hit {
  concept: Concept;
  weight: number;
  /** Surface form as written (for reasons). */
  text: string;
}

export const TOKEN_RE = /[\p{L}\p{N}$]+(?:[-'’.][\p{L}\p{N}$]+)*/gu;
/** TOKEN_RE for a text whose only letters and digits are ASCII (see NON_ASCII_WORD_RE): the same tokens. */
export const ASCII_TOKEN_RE = /[A-Za-z0-9$]+(?:[-'’.][A-Za-z0-9$]+)*/g;
/**
 * A character that may be a letter or digit beyond ASCII: anything outside ASCII and outside the ranges below,
 * which hold no \p{L} or \p{N} (Latin-1 punctuation and symbols without ª ² ³ µ ¹ º ¼ ½ ¾, × ÷, General
 * Punctuation, currency signs; a unit test checks every character of them).
 */
export const NON_ASCII_WORD_RE = /[^\x00-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20c0]/;
/** Any character from U+3000 on: every CJK term starts with one (CJK_FIRST_RE's long class is slower to scan). */
const CJK_ANY_RE = /[\u3000-\uffff]/;

/*
 * The scan below finds exactly TOKEN_RE's tokens without a match object per
 * token, and lower-cases a token only when its first characters can start a
 * vocabulary key (FIRST3 / SHORT_FIRST): on running text most tokens
 * ("the", "said", "minister") are rejected from three character codes.
 */

/** Non-ASCII BMP code units: 0 unknown, 1 letter or number, 2 neither (filled lazily). */
let WORD_BMP: Uint8Array | null = null;
const WORD_CP_RE = /^[\p{L}\p{N}]$/u;

/** Length in code units (1 or 2) of the token character at `i`, or 0 when there is none. */
function wordAt(src: string, i: number, len: number): number {
  if (i >= len) return 0;
  const c = src.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 36 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
    const d = src.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CP_RE.test(src.slice(i, i + 2)) ? 2 : 0;
  }
  const t = (WORD_BMP ??= new Uint8Array(65536));
  let v = t[c]!;
  if (v === 0) t[c] = v = WORD_CP_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1 ? 1 : 0;
}

/** Connectors inside a token: - ' ’ . */
const isJoin = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46;


/**
 * Could the token src[a, b) start a key? False only when certain: its first
 * three normalised characters are ASCII and start no key's first token, or its
 * length and fourth character rule out every key they start.
 */
function mayStartKey(src: string, a: number, b: number): boolean {
  // The first three normalised characters as codes (one string per token here was most of this function's cost).
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let n = 0;
  for (let i = a; i < b && n < 3; i++) {
    let c = src.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) return true; // hyphenated or with an apostrophe: the full lookup decides
    if (c >= 128) return true;
    if (c >= 65 && c <= 90) c += 32;
    if (n === 0) c0 = c;
    else if (n === 1) c1 = c;
    else c2 = c;
    n++;
  }
  if (n === 3) {
    const code3 = (c0 << 14) | (c1 << 7) | c2;
    if (FIRST3_CODES.has(code3)) {
      // The token's own length and fourth character: a key's first token must equal the token or, for a
      // one-token stem, start it.
      if (b - a === 3) {
        if (THREE_CODES.has(code3)) return true;
      } else {
        let c3 = src.charCodeAt(a + 3);
        if (c3 === 45 || c3 === 39 || c3 === 0x2019 || c3 >= 128) return true;
        if (c3 >= 65 && c3 <= 90) c3 += 32;
        if (FIRST4_CODES.has((code3 << 7) | c3) || STEM3_CODES.has(code3)) return true;
      }
    }
  }
  // A short first token f and the prefix p: one starts the other exactly when they agree over the shorter length.
  for (const f of SHORT_FIRST) {
    const m = Math.min(n, f.length);
    if ((m < 1 || f.charCodeAt(0) === c0) && (m < 2 || f.charCodeAt(1) === c1) && (m < 3 || f.charCodeAt(2) === c2)) return true;
  }
  // A hyphenated compound is also looked up by its parts; an elided "dell’" or "all’" is dropped (normToken).
  for (let i = a; i < b; i++) {
    const c = src.charCodeAt(i);
    if (c === 45 || ((c === 39 || c === 0x2019) && i - a <= 5)) return true;
  }
  return false;
}

/** Token bounds of the last scan (reused between calls). */
const T_START: number[] = [];
const T_END: number[] = [];
const T_NORM: (string | undefined)[] = [];

/** TOKEN_RE's tokens of `src` as [start, end) bounds in `starts`/`ends`; returns their count. */
function scanTokens(src: string, starts: number[], ends: number[]): number {
  const len = src.length;
  let count = 0;
  for (let i = 0; i < len; ) {
    let w = wordAt(src, i, len);
    if (!w) {
      i++;
      continue;
    }
    const a = i;
    i += w;
    for (;;) {
      while ((w = wordAt(src, i, len))) i += w;
      if (i + 1 < len && isJoin(src.charCodeAt(i)) && wordAt(src, i + 1, len)) {
        i++;
        continue;
      }
      break;
    }
    starts[count] = a;
    ends[count] = i;
    count++;
  }
  return count;
}

/** The vocabulary's keys as looked up (normalised; a stem without its "*"), for tests. */
export function vocabularyKeysForTest(): string[] {
  warmVocabulary();
  return [...EXACT.keys(), ...STEMS.keys()];
}

/** The tokens findTerms reads (for tests: they must be exactly TOKEN_RE's matches). */
export function scanTokensForTest(text: string): string[] {
  warmVocabulary();
  const s: number[] = [];
  const e: number[] = [];
  const n = scanTokens(text, s, e);
  return Array.from({ length: n }, (_, k) => text.slice(s[k]!, e[k]!));
}

/**
 * Find vocabulary hits in a text. Linear in the text length; bounded by `maxChars`.
 * `scan`: 'auto' picks by length (below); 'loop' always takes the hand-written scan —
 * for the detection's zones, which run after the quick look has warmed the vocabulary
 * and read whole bodies: there the loop is ~1.4× faster at every length (warm, 2–12K
 * characters) and builds no array of token strings.
 */
export function findTerms(text: string, maxChars = 200_000, scan: 'auto' | 'loop' = 'auto'): Hit[] {
  warmVocabulary();
  const src = text.length > maxChars ? text.slice(0, maxChars) : text;
  // Short texts (the content script's quick look, keywords) run once per page, cold, where the regex
  // tokeniser is faster than an interpreted character loop (measured in Chromium); long texts (the
  // article body) get the loop, which is faster once compiled. Both find the same hits (tested).
  const hits = scan === 'auto' && src.length < SHORT_TEXT ? termsShort(src) : termsLong(src);
  return extraHits(src, hits);
}

/** Texts shorter than this take termsShort. */
const SHORT_TEXT = 12_000;

/** findTerms on either path or the reference lookup, for the test that keeps them identical. */
export function findTermsForTest(text: string, path: 'short' | 'long' | 'reference'): Hit[] {
  warmVocabulary();
  return extraHits(text, path === 'short' ? termsShort(text) : path === 'long' ? termsLong(text) : termsReference(text));
}

/**
 * TOKEN_RE's tokens from one `match` call (the regex tokeniser: native code,
 * fast cold, no match object per token), then the same lookup as termsLong.
 * A token's start is the first occurrence of it from the end of the one
 * before: the characters between two tokens are never token characters.
 */
function termsShort(src: string): Hit[] {
  // A text with no letter or digit beyond ASCII (English text with curly quotes, dashes and no-break spaces) has
  // exactly TOKEN_RE's tokens under ASCII_TOKEN_RE, which skips the Unicode property classes (~3× faster).
  const re = NON_ASCII_WORD_RE.test(src) ? TOKEN_RE : ASCII_TOKEN_RE;
  re.lastIndex = 0;
  const words = src.match(re);
  if (!words) return [];
  const count = words.length;
  let end = 0;
  for (let k = 0; k < count; k++) {
    const w = words[k]!;
    const at = src.indexOf(w, end);
    T_START[k] = at;
    T_END[k] = end = at + w.length;
  }
  return lookupTokens(src, count);
}

/**
 * The plain version of the lookup (one regex match and one lower-cased copy
 * per token, every token looked up): the reference the tests hold the two
 * scans to.
 */
function termsReference(src: string): Hit[] {
  const hits: Hit[] = [];
  const toks: string[] = [];
  const raw: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(src); m; m = TOKEN_RE.exec(src)) {
    const w = m[0];
    raw.push(w);
    toks.push(normToken(w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w));
  }
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i]!;
    const maxN = PHRASE_FIRST.has(first) ? Math.min(MAX_PHRASE, toks.length - i) : 1;
    const ns = maxN > 1 ? PHRASE_NS.get(first) : undefined;
    for (let n = maxN; n >= 1; n--) {
      if (n > 1 && !ns!.has(n)) continue;
      const key = n === 1 ? first : toks.slice(i, i + n).join(' ');
      let term = EXACT.get(key);
      if (!term && (n > 1 || key.length >= MIN_STEM)) term = stemOf(key);
      if (!term && n === 1 && raw[i]!.includes('-')) term = lookupParts(raw[i]!);
      if (!term) continue;
      const figurative =
        n === 1 &&
        ((term.weight === 1 && isFigurative(i > 0 ? toks[i - 1]! : '', i + 1 < toks.length ? toks[i + 1]! : '')) || (first.startsWith('hack') && HACK_FIGURATIVE_AFTER.has(toks[i + 1] ?? '')));
      if (!figurative) {
        hits.push({ concept: term.concept, weight: term.weight, text: raw.slice(i, i + n).join(' ') });
      }
      i += n - 1;
      break;
    }
  }
  return hits;
}

/** The term whose stem starts `key`, the longest stem first; a stem ends inside the last token, never across a space. */
function stemOf(key: string): Term | undefined {
  if (key.length < STEM_HEAD_LEN || !STEM_HEADS.has(key.slice(0, STEM_HEAD_LEN))) return undefined;
  const lastSpace = key.lastIndexOf(' ');
  for (const L of STEM_LENGTHS) {
    if (L > key.length || L <= lastSpace) continue;
    const t = STEMS.get(key.slice(0, L));
    if (t) return t;
  }
  return undefined;
}

/** The hand-written scan, then the lookup. */
function termsLong(src: string): Hit[] {
  return lookupTokens(src, scanTokens(src, T_START, T_END));
}

/** The vocabulary lookup over the `count` tokens in T_START/T_END, lower-casing only the tokens that may start a key. */
function lookupTokens(src: string, count: number): Hit[] {
  const hits: Hit[] = [];
  const starts = T_START;
  const ends = T_END;
  const norm = T_NORM;
  for (let k = 0; k < count; k++) norm[k] = undefined;
  const tok = (k: number): string => {
    let t = norm[k];
    if (t === undefined) {
      const w = src.slice(starts[k]!, ends[k]!);
      norm[k] = t = normToken(w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);
    }
    return t;
  };
  const raw = (k: number): string => src.slice(starts[k]!, ends[k]!);
  for (let i = 0; i < count; i++) {
    if (!mayStartKey(src, starts[i]!, ends[i]!)) continue;
    const first = tok(i);
    const maxN = PHRASE_FIRST.has(first) ? Math.min(MAX_PHRASE, count - i) : 1;
    const ns = maxN > 1 ? PHRASE_NS.get(first) : undefined;
    for (let n = maxN; n >= 1; n--) {
      if (n > 1 && !ns!.has(n)) continue;
      let key = first;
      for (let k = 1; k < n; k++) key += ' ' + tok(i + k);
      let term = EXACT.get(key);
      if (!term && (n > 1 || key.length >= MIN_STEM)) term = stemOf(key);
      if (!term && n === 1) {
        const r = raw(i);
        if (r.includes('-')) term = lookupParts(r);
      }
      if (!term) continue;
      const figurative =
        n === 1 &&
        ((term.weight === 1 && isFigurative(i > 0 ? tok(i - 1) : '', i + 1 < count ? tok(i + 1) : '')) ||
          (first.startsWith('hack') && HACK_FIGURATIVE_AFTER.has(i + 1 < count ? tok(i + 1) : '')));
      if (!figurative) {
        let t = raw(i);
        for (let k = 1; k < n; k++) t += ' ' + raw(i + k);
        hits.push({ concept: term.concept, weight: term.weight, text: t });
      }
      i += n - 1;
      break;
    }
  }
  if (count > 4096) {
    // Let a giant text's token bounds go.
    starts.length = ends.length = norm.length = 0;
  }
  return hits;
}

/** CJK terms, CVE ids, actor ids and vendor-scheme actor names (regexes over the raw text). */
function extraHits(src: string, hits: Hit[]): Hit[] {
  if (CJK_ANY_RE.test(src) && CJK_FIRST_RE.test(src)) for (const m of eachMatch(CJK_RE, src)) {
    const t = CJK_MAP.get(m[0]);
    if (t) hits.push({ concept: t.concept, weight: t.weight, text: m[0] });
  }
  for (const m of eachMatch(CVE_RE, src)) hits.push({ concept: 'vulnerability', weight: 3, text: m[0].toUpperCase() });
  for (const m of eachMatch(ACTOR_ID_RE, src)) hits.push({ concept: 'actor', weight: 3, text: m[0] });
  for (const m of eachMatch(RANSOM_GROUP_RE, src)) hits.push({ concept: 'cybercrime', weight: 2, text: m[0] });
  // STATE_HACKERS_RE (case-sensitive) ends in "hackers", "hacking …" or "cyber…": "ack" alone is in "back" and "attack".
  if (src.indexOf('hack') >= 0 || src.indexOf('cyber') >= 0) for (const m of eachMatch(STATE_HACKERS_RE, src)) hits.push({ concept: 'actor', weight: 3, text: m[0] });
  if (src.indexOf('ack') >= 0) legalHackHits(src, hits);
  if (src.indexOf('acker') >= 0 || src.indexOf('ntruder') >= 0) flawLetsHits(src, hits);
  for (const m of eachMatch(ACTOR_SCHEME_RE, src)) {
    if (ACTOR_SCHEME_STOP.has(m[1]!)) continue;
    // Known names are already counted through the phrase list.
    if (EXACT.has(normToken(m[0]).replace(/\s+/g, ' ').toLowerCase())) continue;
    hits.push({ concept: 'actor', weight: 2, text: m[0] });
  }
  return hits;
}

/**
 * A hyphenated compound ("программу-вымогатель", "Ransomware-Angriff"): try the parts as a phrase ("credential-stuffing"
 * is the phrase "credential stuffing", which the joined token "credentialstuffing" never matched), then its last and first parts.
 */
function lookupParts(token: string): Term | undefined {
  const parts = token.split('-');
  const phrase = parts.map(normToken).join(' ');
  const whole = EXACT.get(phrase) ?? (phrase.length >= MIN_STEM ? stemOf(phrase) : undefined);
  if (whole && whole.weight >= 2) return whole;
  for (const p0 of [parts[parts.length - 1]!, parts[0]!]) {
    const p = normToken(p0);
    if (p.length < 4) continue;
    const t = EXACT.get(p);
    if (t && t.weight >= 2) return t;
    for (const L of STEM_LENGTHS) {
      if (L > p.length) continue;
      const s = STEMS.get(p.slice(0, L));
      if (s && s.weight >= 2) return s;
    }
  }
  return undefined;
}

/** "hacked down", "hacking away at": sport and everyday senses of hack. */
const HACK_FIGURATIVE_AFTER = new Set('down away off at through apart into together'.split(' '));

function isFigurative(prev: string, next: string): boolean {
  if (FIGURATIVE_BEFORE.has(prev) && prev !== 'the') return true;
  if (FIGURATIVE_AFTER.has(next)) return true;
  return false;
}

/** URL path segments of security sections. */
export const SECURITY_PATH_RE =
  /\/(?:cyber-?security|cyber|security|infosec|information-security|it-security|vulnerabilit(?:y|ies)|malware|ransomware|threats?|threat-intel(?:ligence)?|data-breach(?:es)?|breaches|hacking|hackers|cybercrime|privacy-security|security-news|sicherheit|it-sicherheit|cybersecurite|ciberseguridad|cybersicurezza|seguranca|kiberbezopasnost|wangluoanquan)(?:\/|$|\.html?)/i;

/** Declared sections/tags that mean security (matched on the normalised section text). */
export const SECURITY_SECTION_RE =
  /^(?:(?:cyber ?)?security|cybersecurity|cyber|infosec|it[- ]security|it[- ]sicherheit|sicherheit|hacking|hackers?|malware|ransomware|data breach(?:es)?|breaches|vulnerabilit(?:y|ies)|threats?|threat intel(?:ligence)?|cyber ?crime|cyber ?attacks?|privacy (?:and|&) security|security (?:and|&) privacy|cybersécurité|ciberseguridad|cybersicurezza|网络安全|サイバーセキュリティ|кибербезопасность)$/i;

/** Signals that the page reviews a film, book, show or game (hackers on screen are not security news). */
export const REVIEW_WORK_RE =
  /\b(?:film|movie|cinema|box office|screenplay|starring|director|sequel|trailer|episode|season \d|series premiere|novel|thriller|the cast|soundtrack|netflix|hbo|gameplay|walkthrough|playthrough|quest|boss fight|speedrun|level up|dlc)\b/gi;

/**
 * fix6 (blind6): signals of a match report. Sport writing borrows attack, breach, exploit and vulnerability
 * ("exploited a vulnerability in the back line"); with few strong security terms around them it is not security news.
 */
export const SPORT_WORK_RE =
  /\b(?:goals?|goalkeeper|striker|winger|midfield(?:er)?|full-backs?|centre-backs?|back line|penalty|penalties|half-time|full-time|kick-off|stoppage time|equaliser|substitute|the pitch|sell-out crowd|home crowd|cup tie|league|relegation|derby|matchday|touchdown|quarterback|wickets?|innings|scrum|playoffs?|head coach|the manager|manager [A-Z][a-z]+|boss [A-Z][a-z]+)\b/g;

/** The module's pattern regexes, for the linear-time check in tests. */
export const VOCABULARY_REGEXES: RegExp[] = [WORD_CP_RE, ASCII_TOKEN_RE, NON_ASCII_WORD_RE, CJK_ANY_RE, CJK_TERM_RE, ELISION_RE, ACTOR_SCHEME_RE, CVE_RE, ACTOR_ID_RE, RANSOM_GROUP_RE, STATE_HACKERS_RE, LEGAL_WORD_RE, HACK_WORD_RE, TOKEN_RE, SECURITY_PATH_RE, SECURITY_SECTION_RE, REVIEW_WORK_RE, SPORT_WORK_RE];
