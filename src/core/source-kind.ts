import type { SourceDirectory } from './directory';
import type { SourceKind, SourceLabel } from './report';
import { dropTrailingParen } from './trim';
import { SHORTCUTS } from './gate';

/**
 * Kinds of sources from how the article names them. The database label's kind
 * wins; otherwise organisation suffixes, titles and the shape of the phrase.
 * No organisation is named here: everything is by word class.
 */

export const GOV_WORDS = /\b(?:(?:U\.S\.|US|UK|EU|federal|intelligence|government|security|state) agencies|NHS|National Health Service|Health Service|Public Health|Armed Forces|Defen[cs]e Forces|Passive Defen[cs]e|Ministry|Ministries|Agency|Bureau|Department|Dept|Commission|Police|Office|Government|Council|Parliament|Congress|Senate|Administration|Directorate|Cabinet|Embassy|Consulate|Army|Navy|Air Force|Military|Command|Authority|Authorities|Regulator|Prosecutor|Prosecutors|Court|Tribunal|Committee|Service|Guard|Gendarmerie|Kremlin|White House|Pentagon|State Department|Justice Department|Treasury|Interpol|Europol|Center for Cybersecurity|National Cyber|Cyber Command|Board|Inspectorate|Secretariat|Ombudsman|Municipal|Provincial|Federal|European Union|European Commission|United Nations|NATO|Presidency|Chancellery|Élysée|Downing Street|Center|Centre|CERT|CSIRT|Emergency Response Team|Emergency Readiness Team|Direction nationale|Direction générale|Agence nationale|Minist[eè]re (?:de|des|du)|Ministerio|Bundesamt|Bundesministerium)\b(?!-)/i;
export const COMPANY_WORDS = /\b(?:Inc|Corp|Corporation|Ltd|Limited|LLC|PLC|GmbH|AG|SA|Co|Company|Group|Holdings|Technologies|Technology|Tech|Security|Labs|Lab|Intelligence|Networks|Systems|Software|Solutions|Cloud|Cyber|Foundation|Partners|Consulting|Research|Analytics|Digital|Communications|Telecom|Bank|Airlines|Motors|Energy|Pipeline|Industries|Electronics|Microsystems|Health|Healthcare|Foods|Freight|Logistics|Wireless|Mobile)\b(?!-)\.?/;
export const OUTLET_WORDS = /\b(?:News|Times|Daily|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Observer|Chronicle|Express|Mirror|Standard|Review|Magazine|Press|Wire|Agency|TV|Television|Radio|Broadcasting|Broadcaster|Network|Media|Reuters|Bloomberg|Associated Press|AFP|BBC|CNN|Xinhua|TASS|Sputnik|Record|Register|Week|Insider|Today|Weekly|Monitor|Bulletin|Dispatch|Courier|Globe|Sun|Star|Report|Desk)\b(?!-)/;
const NEWS_AGENCY = /\bnews agency\b|\bpress agency\b|\bwire service\b/i;

/** Titles that make a named person a government voice. */
export const GOV_TITLES = /\b(?:spokes(?:person|man|woman)|minister|secretary|ambassador|senator|sen\.|rep\.|representative|congress(?:man|woman)|governor|mayor|attorney general|prosecutor|premier|chancellor|president|vice president|prime minister|official|officer|commissioner|director|chief of staff|envoy|diplomat|lawmaker|legislator|general|admiral|colonel|deputy|undersecretary|attaché|police chief|sheriff|judge)\b/i;
/** Titles that make a named person a government voice on their own ("Rep. Kim", "U.S. Attorney Maria Delgado"). */
const GOV_PERSON = /\b(?:(?:sen|rep)\.(?=\s)|brigadier|(?:brigadier|major|lieutenant) general|admiral|colonel|minister|secretary|ambassador|senator|representative|congress(?:man|woman)|governor|mayor|attorney general|u\.s\. attorney|district attorney|spokes(?:person|man|woman)|prosecutor|premier|chancellor|lawmaker|MP|commissioner|detective|superintendent|inspector|sheriff|police chief|envoy|diplomat|city manager|town manager|county executive|alder(?:man|woman|person)|council(?:lor|or|man|woman)|selectman)\b/i;
export const RESEARCHER_TITLES = /\b(?:researcher|research(?:er)?s?|analyst|professor|scientist|lecturer|academic|scholar|fellow|expert|specialist|hunter|engineer|investigator|reverse engineer|consultant)\b/i;
export const COMPANY_TITLES = /\b(?:chief executive|chief technology officer|chief information security officer|chief security officer|ceo|cto|ciso|cfo|coo|founder|co-founder|vice president|president|chairman|chairwoman|managing director|head of|general manager|executive)\b/i;

/** Heads of unnamed sources, by kind. */
export const ANON_HEADS = /^(?:person|people|source|sources|official|officials|insider|insiders|staffer|staffers|aide|aides|employee|employees|diplomat|diplomats|individual|individuals|executive|executives|member|members|lawmaker|lawmakers|investigator|officer|officers|worker|workers|contractor|contractors|pilots?|nurses?|technicians?|paramedics?|clerks?|dispatchers?|plaintiffs?|claimants?|spokesperson|spokesman|spokeswoman|representative|representatives)$/;
export const VAGUE_HEADS = /^(?:residents|witnesses|locals|neighbou?rs|voters|parents|students|fans|protesters|activists|campaigners|groups|organi[sz]ations|economists|traders|investors|doctors|lawyers|teachers|advocates|opponents|supporters|proponents|skeptics|sceptics|environmentalists|experts?|researchers?|analysts?|specialists?|observers?|critics?|scientists?|commentators?|investigators|investigations|academics|scholars|professionals|practitioners|insiders|others|many|some|several|watchers|pundits|defenders|responders|engineers|hunters|users|customers|firms|companies|vendors|insurers|lenders|banks|brokers|retailers)$/;
export const DOC_HEADS = /^(?:report|reports|deck|slides|presentation|filing|filings|memo|memos|document|documents|indictment|complaint|advisory|advisories|study|studies|analysis|analyses|statement|statements|letter|letters|records|record|data|survey|paper|papers|bulletin|notice|alert|warrant|affidavit|lawsuit|suit|transcript|assessment|findings|investigation|audit|review|cable|email|emails|post|blog|tweet|release|announcement|brief|briefing|testimony|judgment|ruling|order|decision|documentation|research|whitepaper|white paper|dossier|poll|polls|polling|video|footage|recording|records|consultation|inquiry|editorial|editorials|op-ed|book|books|film|movie|documentary|timeline|returns|tally)$/;

/** Answers of `isPersonName` (a pure function of its string), bounded: attribution asks about the same names many times a page. */
const PERSON_MEMO = new Map<string, boolean>();

export function isPersonName(s: string): boolean {
  const known = PERSON_MEMO.get(s);
  if (known !== undefined) return known;
  const r = personName(s);
  if (PERSON_MEMO.size >= 4_000) PERSON_MEMO.clear();
  PERSON_MEMO.set(s, r);
  return r;
}

function personName(s: string): boolean {
  const words = s.replace(/[’']s$/, '').replace(/^(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Prof|Capt|Sgt|Adm|Maj|Det|Amb)\.?\s+/, '').split(/\s+/);
  // "Mr. Coll", "Ms. Rust": an honorific makes a lone surname a person.
  if (words.length === 1 && /^(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][a-z’'-]+$/.test(s.replace(/[’']s$/, ''))) return true;
  if (words.length < 2 || words.length > 4) return false;
  // "Black Lawmakers", "Senate Democrats": a capitalised group in a headline is no person.
  if (/^(?:Lawmakers|Officials|Democrats|Republicans|Voters|Leaders|Senators|Experts|Researchers|Analysts|Hackers|Critics|Workers|Members|Residents|Investigators|Prosecutors|Unions|Groups|Activists|Students|Families|Governors|Mayors|Judges|Allies|Donors|Supporters)$/.test(words[words.length - 1]!)) return false;
  if (/\b(?:Center|Centre|Institute|University|Team|Project|Foundation|Response|Emergency|National|Bureau|Cloud|Board|Review|Safety|House|Department|Fund|Bank|Party|Union|Caucus|Committee|Council|Association|Court|Commission|Agency|Service|Office|Coalition|League|Society|Network|Campaign|Conference|Organization|Organisation|Federation|Trust)\b/.test(s)) return false;
  if (GOV_WORDS.test(s) || COMPANY_WORDS.test(s) || OUTLET_WORDS.test(s)) return false;
  // "Ministry of Foreign Affairs", "… and Information Protection": words of a body's name, never of a person's.
  if (/\b(?:Affairs|Relations|Protection|Information|Communications|Operations|Intelligence)\b/.test(s)) return false;
  // Letters beyond ASCII count too ("Étienne Marchal", "Jorge Sáez").
  return words.every((w) => /^(?:\p{Lu}[\p{Ll}’'-]+|\p{Lu}\.|(?:de|van|von|der|da|di|bin|al|le|la)|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+|Mc\p{Lu}\p{Ll}+|O’\p{Lu}\p{Ll}+)$/u.test(w));
}

/** Kind of a source as named, given its database label (if any). */
/** States and capitals speaking as governments ("Britain accused…", "Beijing denied…"). */
const STATES = /^(?:(?:the\s+)?(?:United States|United Kingdom|U\.S\.|US|UK|Britain|China|Russia|Iran|Israel|Ukraine|North Korea|South Korea|Japan|India|Germany|France|Italy|Spain|Poland|Netherlands|Belgium|Sweden|Norway|Finland|Denmark|Estonia|Latvia|Lithuania|Canada|Australia|New Zealand|Taiwan|Vietnam|Pakistan|Turkey|Saudi Arabia|Qatar|Egypt|Brazil|Mexico|Belarus|Singapore|Malaysia|Indonesia|Philippines|Washington|Beijing|Moscow|London|Paris|Berlin|Tehran|Pyongyang|Seoul|Tokyo|Kyiv|Kiev|Brussels|Ottawa|Canberra|Taipei|New Delhi|Jerusalem|Islamabad|Ankara|Riyadh|Doha|Cairo|Hanoi|Manila|Jakarta|Minsk|Warsaw|Rome|Madrid|Stockholm|Oslo|Helsinki|Copenhagen|Tallinn|Riga|Vilnius|Budapest|Bucharest|Prague|Vienna|Dublin|Abu Dhabi|Damascus|Baghdad|Kabul|Caracas|Havana|Tbilisi|Baku|Yerevan|Dhaka|Colombo|Bangkok|Kuala Lumpur|Wellington|Nairobi|Abuja|Pretoria|Brasilia|Brasília|Syria|Iraq|Afghanistan|Venezuela|Cuba|Bangladesh|Thailand|Hungary|Romania|Austria|Switzerland|Ireland|Portugal|Greece|Nigeria|South Africa|Kenya|Azerbaijan|Armenia|Kazakhstan|United Arab Emirates|UAE))$/;

/** A country or capital named alone ("Ukraine", "the United States", "Beijing"). */
export function isStateName(name: string): boolean {
  return STATES.test(name);
}

/**
 * Answers of `kindOf` per directory, by hint and name, with the label they were given (a pure function of the
 * four): attribution asks about the same names many times a page. Bounded like PERSON_MEMO.
 */
const KIND_MEMO = new WeakMap<SourceDirectory, Map<string, { label: SourceLabel | null; kind: SourceKind }>>();

export function kindOf(name: string, label: SourceLabel | null, db: SourceDirectory, hint: SourceKind | null = null): SourceKind {
  if (SHORTCUTS.off) return kindOfUncached(name, label, db, hint);
  let memo = KIND_MEMO.get(db);
  if (!memo) KIND_MEMO.set(db, (memo = new Map()));
  // The hint first (a kind is a short word without a colon), then the name: unambiguous.
  const key = `${hint ?? ''}:${name}`;
  const hit = memo.get(key);
  if (hit && hit.label === label) return hit.kind;
  const kind = kindOfUncached(name, label, db, hint);
  if (memo.size >= 4_000) memo.clear();
  memo.set(key, { label, kind });
  return kind;
}

function kindOfUncached(name: string, label: SourceLabel | null, db: SourceDirectory, hint: SourceKind | null): SourceKind {
  if (hint === 'anonymous' || hint === 'unspecified' || hint === 'document') return hint;
  // "the ransomware group X", "criminal gang X": a threat actor, not a company.
  if (!label && /\b(?:ransomware|criminal|cybercriminal|hacker|hacking|hacktivist|extortion|threat)\s+(?:gang|group|crew|collective|outfit|actor|cartel)\b/i.test(name)) return 'unspecified';
  if (!label && /^(?:the\s+)?(?:gang|crew)\s+\p{Lu}/iu.test(name)) return 'unspecified';
  // "the LockBit gang", "the hackers", "the attackers": a threat actor by its head noun.
  if (!label && /\b(?:gang|gangs|crew|crews|cartel|syndicate|hackers|attackers|hacktivists|threat actors?)$/i.test(name)) return 'unspecified';
  // "an unnamed official at the Oil Ministry": unnamed first, whatever body it names.
  if (!label && /^(?:an?|one|two|three|several|some)\s+(?:[\w-]+\s+)?(?:unnamed|anonymous|unidentified)\b/i.test(name)) return 'anonymous';
  // "class-action lawsuit filed in federal court", "a report by the panel": the head before the complement decides.
  if (!label && /^[a-z]/.test(name.replace(/^(?:the|a|an)\s+/i, ''))) {
    const headPart = name.replace(/^(?:the|a|an)\s+/i, '').split(/\s(?:filed|in|by|from|of|at|with|issued|published|released|submitted|against|on)\s/)[0]!;
    const h = headPart.split(/\s+/).pop()!.toLowerCase();
    if (DOC_HEADS.test(h)) return 'document';
  }
  if (!label && STATES.test(name)) return 'government';
  // "IT Army of Ukraine", "Syrian Electronic Army", "Cyber Army of Russia": volunteer or hacktivist groups, not armed forces.
  if (!label && /\b(?:IT|Cyber|Electronic|Hacker|Hacking)\s+Army\b/i.test(name)) return 'unspecified';
  // "Russia's mission to the EU", "the delegation to the UN": a state's diplomatic mission speaks for its government.
  if (!label && /\b(?:mission|delegation|permanent representation|embassy|consulate)\s+(?:to|in|at)\s+(?:the\s+)?\p{Lu}/iu.test(name) && !/\b(?:space|rescue|peacekeeping|trade|research)\s+mission\b/i.test(name)) return 'government';
  const labelKind = label ? (db.kindOf?.(label) ?? label.kind ?? null) : null;
  if (hint === 'outlet' && (!labelKind || labelKind === 'outlet')) return 'outlet';
  const base = dropTrailingParen(name);
  // "Google’s Mandiant": a possessive owner before a known name is no person's first name.
  const owned = base.replace(/^[A-Z][\p{L}-]{0,40}[’']s\s+/u, '');
  const personish = isPersonName(lastName(base)) && !(labelKind && labelKind !== 'government' && base === label?.name) && !(owned !== base && !/\s/.test(owned));
  if (hint === 'person' || personish) {
    // A named person: the organisation or title they speak for decides.
    if (labelKind === 'government' || (GOV_TITLES.test(name) && GOV_WORDS.test(name)) || GOV_PERSON.test(name) || /\b(?:Sen|Rep|Gov)\.\s/.test(name)) return 'government';
    if (RESEARCHER_TITLES.test(name)) return 'researcher';
    return 'person';
  }
  if (labelKind && labelKind !== 'unspecified') return labelKind;
  if (hint) return hint;
  if (NEWS_AGENCY.test(name)) return 'outlet';
  const bare = name.replace(/^(?:the|a|an|one|two|some|several)\s+/i, '');
  // "American Association of Port Authorities": a trade association is not a public body, whatever its members are.
  if (GOV_WORDS.test(bare) && !/\bNews Agency\b/.test(bare) && !/^(?:[A-Z][\p{L}-]+\s+){0,3}(?:Association|Federation|Alliance|Chamber|Society|Institute|Foundation)\s+of\s/u.test(bare)) return 'government';
  if (/^[a-z]/.test(bare) || /^[A-Z][a-z]+\s+[a-z]/.test(bare)) {
    const head = bare.split(/\s+/).pop()!.toLowerCase();
    if (/^(?:ministry|agency|bureau|department|commission|police|office|government|council|board|authorities|authority|regulator|prosecutors|court|committee|administration|center|centre|embassy|military|army)$/.test(head)) return 'government';
    if (/^(?:company|firm|vendor|provider|maker|developer|operator|manufacturer|startup|bank|lab|labs)$/.test(head)) return 'company';
    if (/^(?:newspaper|outlet|broadcaster|tabloid|magazine|channel|website|site|media)$/.test(head)) return 'outlet';
  }
  if (OUTLET_WORDS.test(bare) && !COMPANY_WORDS.test(bare)) return 'outlet';
  if (COMPANY_WORDS.test(bare)) return 'company';
  if (isPersonName(bare)) return 'person';
  return 'company';
}

function lastName(s: string): string {
  const m = /(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})$/u.exec(s);
  return m ? m[1]! : s;
}
