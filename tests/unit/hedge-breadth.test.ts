import { afterAll, describe, expect, it } from 'vitest';
import { findHedges } from '../../src/core/hedges';
import type { Sentence } from '../../src/core/sentences';

/**
 * A phrase bank of hedges and estimative language, each in a sentence written for this test the way news
 * and threat-intelligence writing uses it, plus negatives where the same words are not a hedge. A case is
 * found when a reported cue matches the expected one as the scorer matches them (equal, or the shorter
 * inside the longer on word boundaries).
 */

const hedgesOf = (text: string) => findHedges([{ text, block: 0, blockKind: 'paragraph' } as Sentence]);
const hedgesOfPage = (texts: string[]) => findHedges(texts.map((text, i) => ({ text, block: i, blockKind: 'paragraph' }) as Sentence));

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
function cueMatch(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  const [sh, lo] = x.length <= y.length ? [x, y] : [y, x];
  return sh.length >= 3 && (' ' + lo + ' ').includes(' ' + sh + ' ');
}

type Kind = 'hedge' | 'estimative';
/** [expected cue, kind, sentence] */
const CASES: [string, Kind, string][] = [
  // adverbs and adjectives of distance
  ['allegedly', 'hedge', 'The group allegedly stole 2 terabytes of patient records before encrypting the servers.'],
  ['purportedly', 'hedge', 'A file purportedly taken from the ministry was posted on a Telegram channel on Sunday.'],
  ['reportedly', 'hedge', 'The intruders reportedly demanded a ransom of $4 million in bitcoin.'],
  ['supposedly', 'hedge', 'The leaked list supposedly contains the passwords of 3,000 officials.'],
  ['apparently', 'hedge', 'The attackers apparently gained access through an unpatched VPN appliance.'],
  ['ostensibly', 'hedge', 'The app, ostensibly a prayer-time reminder, quietly uploaded contact lists.'],
  ['alleged', 'hedge', 'The alleged leader of the ring was arrested in Kyiv on Tuesday.'],
  ['purported', 'hedge', 'Security researchers examined the purported sample of stolen data.'],
  ['suspected', 'hedge', 'Police detained two suspected members of the ransomware gang.'],
  ['unverified', 'hedge', 'The claim, posted on a leak site, remains unverified.'],
  ['unconfirmed', 'hedge', 'There were unconfirmed reports that the airline’s booking system had also been hit.'],
  ['unsubstantiated', 'hedge', 'The ministry dismissed the accusations as unsubstantiated.'],
  ['so-called', 'hedge', 'The so-called evidence consisted of two screenshots of a chat log.'],
  ['presumably', 'hedge', 'The data was presumably copied during the weeks the attackers went unnoticed.'],
  ['seemingly', 'hedge', 'The breach was seemingly limited to a single billing server.'],
  ['possibly', 'hedge', 'The same crew was possibly behind last year’s attack on the port.'],
  // claims as a hedge
  ['claimed', 'hedge', 'The gang claimed responsibility for the outage on its dark-web blog.'],
  ['claims', 'hedge', 'LockBit claims it has stolen the personal data of every employee.'],
  ['claims', 'hedge', 'The group also claims to hold blueprints of the company’s new reactor.'],
  ['claiming', 'hedge', 'A hacker calling himself "Lynx" posted the files, claiming to be a former contractor.'],
  ['claimed', 'hedge', 'The claimed breach could not be matched to any incident on record.'],
  ['unverified claims', 'hedge', 'Analysts warned against repeating unverified claims about the number of victims.'],
  // passive reporting
  ['is said to', 'hedge', 'The malware is said to have spread through a poisoned software update.'],
  ['are believed to', 'hedge', 'The operators are believed to be based in St Petersburg.'],
  ['is thought to', 'hedge', 'The breach is thought to have begun in early January.'],
  ['was reported to', 'hedge', 'The stolen archive was reported to contain internal legal memos.'],
  ['widely believed', 'hedge', 'The unit is widely believed to work for military intelligence.'],
  ['understood to', 'hedge', 'The company is understood to have paid part of the ransom.'],
  ['is alleged to', 'hedge', 'The contractor is alleged to have sold access to the network.'],
  ['is suspected of', 'hedge', 'The state-backed group is suspected of breaching at least six telecom operators.'],
  ['it is believed', 'hedge', 'It is believed that the attackers entered through a supplier’s account.'],
  ['it is understood', 'hedge', 'It is understood that the regulator has been told of the breach.'],
  ['believed to', 'hedge', 'The operators, believed to work from a military campus, rented servers in three countries.'],
  ['thought to', 'hedge', 'A second crew — thought to be former members of the gang — took over the leak site.'],
  ['speculated', 'hedge', 'Some analysts have speculated that the outage was a test run for a larger attack.'],
  ['speculation', 'hedge', 'There is speculation that the leaked files were edited before publication.'],
  ['rumoured', 'hedge', 'A rumoured second breach at the bank has not been acknowledged.'],
  // appearance
  ['appears to', 'hedge', 'The wiper appears to be a modified version of an older tool.'],
  ['appeared to', 'hedge', 'The messages appeared to come from a government address.'],
  ['seems to', 'hedge', 'The campaign seems to target logistics firms in the Baltics.'],
  ['it appears', 'hedge', 'It appears the attackers had access for several months.'],
  // modals
  ['may have', 'hedge', 'Personal data of up to 1.2 million customers may have been exposed.'],
  ['could have', 'hedge', 'The flaw could have allowed attackers to take over the device remotely.'],
  ['might have', 'hedge', 'Investigators said the intruders might have copied the source code.'],
  ['may be behind', 'hedge', 'Officials suspect a state-backed group may be behind the intrusion.'],
  ['could be linked to', 'hedge', 'The new strain could be linked to an older family of banking trojans.'],
  ['might', 'hedge', 'The same tool might also work against older routers.'],
  // verification
  ['could not be independently verified', 'hedge', 'The group’s claim could not be independently verified.'],
  ['has not been independently verified', 'hedge', 'The figure, provided by the attackers, has not been independently verified.'],
  ['not able to verify', 'hedge', 'The newspaper was not able to verify the authenticity of the documents.'],
  ['could not confirm', 'hedge', 'Reuters could not confirm the number of affected accounts.'],
  ['unable to verify', 'hedge', 'We were unable to verify the leaked emails.'],
  ['has not confirmed', 'hedge', 'The company has not confirmed whether customer data was taken.'],
  ['did not confirm', 'hedge', 'A spokesperson did not confirm the breach but said an investigation was under way.'],
  ['could not be verified', 'hedge', 'The authenticity of the video could not be verified.'],
  ['it is unclear whether', 'hedge', 'It is unclear whether any data was taken before the servers were shut down.'],
  ['it was not clear', 'hedge', 'It was not clear how the attackers obtained the credentials.'],
  ['if confirmed', 'hedge', 'If confirmed, the breach would be the largest in the country’s history.'],
  // estimative language (ICD 203)
  ['likely', 'estimative', 'The actor is likely a contractor working for the intelligence service.'],
  ['highly likely', 'estimative', 'It is highly likely that the same group will target the elections.'],
  ['unlikely', 'estimative', 'The agency said it was unlikely that any classified data had been taken.'],
  ['almost certainly', 'estimative', 'The operation was almost certainly carried out by GRU unit 74455.'],
  ['probably', 'estimative', 'The attackers probably used stolen credentials bought on a criminal forum.'],
  ['probable', 'estimative', 'A probable link to the earlier campaign was found in the code.'],
  ['moderate confidence', 'estimative', 'We assess with moderate confidence that the activity supports espionage.'],
  ['moderate confidence', 'estimative', 'Analysts assess with moderate confidence that the unit is state-backed.'],
  ['assess', 'estimative', 'We assess that the group will continue to target telecommunications providers.'],
  ['high confidence', 'estimative', 'The researchers attribute the campaign with high confidence to APT29.'],
  ['low confidence', 'estimative', 'The agency linked the tool to the group with low confidence.'],
  ['roughly even chance', 'estimative', 'There is a roughly even chance that the group will resume operations this year.'],
  ['remote chance', 'estimative', 'There is a remote chance that the data has already been sold.'],
  ['very likely', 'estimative', 'The loader is very likely the work of the same developer.'],
  ['most likely', 'estimative', 'The breach most likely began with a phishing email.'],
  ['judge', 'estimative', 'We judge that the campaign is part of a wider collection effort.'],
  ['assessed', 'estimative', 'British intelligence assessed that the unit was responsible.'],
  ['claims', 'hedge', 'Ransomware Gang Claims Attack On City Hospital'],
  ['claims', 'hedge', 'Hacktivists Claim They Took Down Ministry Websites'.replace('Claim ', 'Claims ')],
  ['it is said', 'hedge', 'It is said that the group recruits insiders at telecom companies.'],
  ['it remains unclear who', 'hedge', 'It remains unclear who ordered the operation.'],
  ['if true', 'hedge', 'If true, the leak would expose the identities of undercover officers.'],
  ['in all likelihood', 'estimative', 'In all likelihood the attackers still hold copies of the files.'],
  ['realistic possibility', 'estimative', 'There is a realistic possibility that other agencies were also breached.'],
  ['almost certain', 'estimative', 'It is almost certain that the same infrastructure was used in both attacks.'],
];

/** German, French and Spanish hedges the core supports, each in a short page of its language: [cue, sentence, language context]. */
const DE = ['Die Behörde teilte am Montag mit, dass die Angreifer über eine Schwachstelle in das Netz gelangt seien.', 'Nach Angaben des Landeskriminalamts wurden die Ermittlungen aufgenommen.'];
const FR = ['Selon le ministère, les pirates ont utilisé un logiciel malveillant pour chiffrer les serveurs de la mairie.', 'Les enquêteurs ont ouvert une information judiciaire mardi.'];
const ES = ['Según el ministerio, los atacantes cifraron los servidores del ayuntamiento durante la noche.', 'La policía abrió una investigación el martes.'];
const INTL: [string, string, string[]][] = [
  ['angeblich', 'Die Gruppe hat angeblich mehr als 200 Gigabyte an Daten gestohlen.', DE],
  ['mutmaßlich', 'Die mutmaßlich russischen Hacker griffen auch die Stadtwerke an.', DE],
  ['offenbar', 'Die Angreifer nutzten offenbar gestohlene Zugangsdaten eines Dienstleisters.', DE],
  ['soll', 'Die Gruppe soll ihre Mitglieder über Telegram anwerben.', DE],
  ['nicht unabhängig überprüft', 'Die Angaben der Hacker konnten nicht unabhängig überprüft werden.', DE],
  ['aurait', 'Le groupe aurait dérobé les données de 40 000 patients.', FR],
  ['présumés', 'Deux pirates présumés ont été interpellés mardi à Lyon par la police, selon le parquet de la ville.', FR],
  ['pas pu être vérifiée', 'Cette revendication n’a pas pu être vérifiée de manière indépendante.', FR],
  ['presuntamente', 'El grupo presuntamente robó los datos de miles de clientes.', ES],
  ['supuestamente', 'Los archivos supuestamente proceden del servidor del ministerio.', ES],
];

/** Sentences where the same words are no hedge. */
const NEGATIVES: string[] = [
  'The insurer said cyber insurance claims rose by a third last year.',
  'Beijing Calls US Claims ‘Absurd’ After Hacking Accusation',
  'Moscow Rejects Claims Of Election Interference',
  'The company processes about 2,000 warranty claims a week.',
  'Customers can file claims through the online portal until June.',
  'Police said the gang is behind the outage.',
  'The report from May behind the paywall was updated.',
  'The minister said the attack was carried out by a foreign intelligence agency.',
  'The patch was released on Tuesday and fixes 61 vulnerabilities.',
  'Microsoft said it had confirmed the flaw and released a fix.',
  'The Suspected Spider operation was named by CrowdStrike in 2019.',
  'Court filings show the defendant pleaded guilty to wire fraud.',
  'The agency confirmed the breach in a statement on Monday.',
  'The company said the breach was reported to the police on Friday.',
  'The ministry said it had verified the identity of the two officers.',
  'It was reported to the police on Friday, the hospital said.',
  'It is clear that the attackers knew the network well, the investigators said.',
  'The damage was assessed that week by engineers from the vendor.',
  'The court will judge the case next month.',
  'Police Probe Claims Of Data Theft At City Council',
  'Company Says Claims Against It Are Baseless',
  'The chip maker patched two speculative execution flaws on Tuesday.',
  'The minister said, to applause, that the networks were safe.',
];

/** Cases main missed when the bank was written (index), and negatives main reported (index). Each must stay so. */
const KNOWN_MISS = new Set<number>([]);
const KNOWN_FALSE = new Set<number>([]);

describe('hedge phrase bank', () => {
  let hit = 0;
  const missed: number[] = [];
  afterAll(() => console.log(`hedge bank: ${hit}/${CASES.length} = ${(hit / CASES.length).toFixed(3)}; missed: ${JSON.stringify(missed)}`));
  CASES.forEach(([cue, kind, sentence], i) => {
    it(`#${i} ${cue}: ${sentence}`, () => {
      const hs = hedgesOf(sentence);
      const ok = hs.some((h) => cueMatch(cue, h.cue) && h.kind === kind);
      if (ok) hit++;
      else missed.push(i);
      if (KNOWN_MISS.has(i)) expect(ok, 'a known miss is now found: drop it from KNOWN_MISS').toBe(false);
      else expect(ok, JSON.stringify(hs.map((h) => `${h.kind}:${h.cue}`))).toBe(true);
    });
  });
  it('has at least 60 phrasings', () => expect(CASES.length).toBeGreaterThanOrEqual(60));
  INTL.forEach(([cue, sentence, context]) => {
    it(`${cue}: ${sentence}`, () => {
      const hs = hedgesOfPage([...context, sentence]);
      expect(hs.some((h) => cueMatch(cue, h.cue) && h.sentence === sentence), JSON.stringify(hs.map((h) => h.cue))).toBe(true);
    });
  });
});

describe('hedge negatives', () => {
  const falses: number[] = [];
  afterAll(() => console.log(`hedge negatives wrongly reported: ${JSON.stringify(falses)}`));
  NEGATIVES.forEach((sentence, i) => {
    it(`#${i}: ${sentence}`, () => {
      const hs = hedgesOf(sentence);
      if (hs.length) falses.push(i);
      if (KNOWN_FALSE.has(i)) expect(hs.length, 'a known false hedge is gone: drop it from KNOWN_FALSE').toBeGreaterThan(0);
      else expect(hs.map((h) => h.cue)).toEqual([]);
    });
  });
  it('a title-case headline with "Claims" among ordinary sentences is no hedge', () => {
    const hs = hedgesOfPage(['Beijing Calls US Claims ‘Absurd’ After Hacking Accusation', 'China’s foreign ministry rejected the accusation on Monday.']);
    if (KNOWN_FALSE.has(1)) expect(hs.length).toBeGreaterThan(0);
    else expect(hs).toEqual([]);
  });
});
