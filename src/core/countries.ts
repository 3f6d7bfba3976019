/**
 * Country names and demonyms (lower case) → ISO 3166-1 alpha-2 code, for the
 * name matcher's "whose agency is this?" check: "Pakistan's Foreign Office" or
 * "the Indian Foreign Office" is not the UK's. One table for every country;
 * multi-word names are keyed with single spaces.
 */
const TABLE: [string, string[]][] = [
  ['AF', ['afghanistan', 'afghan']], ['AL', ['albania', 'albanian']], ['DZ', ['algeria', 'algerian']],
  ['AR', ['argentina', 'argentine', 'argentinian']], ['AM', ['armenia', 'armenian']], ['AU', ['australia', 'australian']],
  ['AT', ['austria', 'austrian']], ['AZ', ['azerbaijan', 'azerbaijani', 'azeri']], ['BH', ['bahrain', 'bahraini']],
  ['BD', ['bangladesh', 'bangladeshi']], ['BY', ['belarus', 'belarusian']], ['BE', ['belgium', 'belgian']],
  ['BR', ['brazil', 'brazilian']], ['BG', ['bulgaria', 'bulgarian']], ['KH', ['cambodia', 'cambodian']],
  ['CA', ['canada', 'canadian']], ['CL', ['chile', 'chilean']], ['CN', ['china', 'chinese', 'prc']],
  ['CO', ['colombia', 'colombian']], ['HR', ['croatia', 'croatian']], ['CU', ['cuba', 'cuban']],
  ['CY', ['cyprus', 'cypriot']], ['CZ', ['czechia', 'czech', 'czech republic']], ['DK', ['denmark', 'danish']],
  ['EG', ['egypt', 'egyptian']], ['EE', ['estonia', 'estonian']], ['ET', ['ethiopia', 'ethiopian']],
  ['FI', ['finland', 'finnish']], ['FR', ['france', 'french']], ['GE', ['georgia', 'georgian']],
  ['DE', ['germany', 'german']], ['GH', ['ghana', 'ghanaian']], ['GR', ['greece', 'greek']],
  ['HU', ['hungary', 'hungarian']], ['IS', ['iceland', 'icelandic']], ['IN', ['india', 'indian']],
  ['ID', ['indonesia', 'indonesian']], ['IR', ['iran', 'iranian']], ['IQ', ['iraq', 'iraqi']],
  ['IE', ['ireland', 'irish']], ['IL', ['israel', 'israeli']], ['IT', ['italy', 'italian']],
  ['JP', ['japan', 'japanese']], ['JO', ['jordan', 'jordanian']], ['KZ', ['kazakhstan', 'kazakh']],
  ['KE', ['kenya', 'kenyan']], ['KW', ['kuwait', 'kuwaiti']], ['LV', ['latvia', 'latvian']],
  ['LB', ['lebanon', 'lebanese']], ['LY', ['libya', 'libyan']], ['LT', ['lithuania', 'lithuanian']],
  ['MY', ['malaysia', 'malaysian']], ['MX', ['mexico', 'mexican']], ['MD', ['moldova', 'moldovan']],
  ['MN', ['mongolia', 'mongolian']], ['MA', ['morocco', 'moroccan']], ['MM', ['myanmar', 'burmese']],
  ['NP', ['nepal', 'nepali', 'nepalese']], ['NL', ['netherlands', 'dutch']], ['NZ', ['new zealand']],
  ['NG', ['nigeria', 'nigerian']], ['KP', ['north korea', 'north korean', 'dprk']], ['NO', ['norway', 'norwegian']],
  ['OM', ['oman', 'omani']], ['PK', ['pakistan', 'pakistani']], ['PS', ['palestine', 'palestinian']],
  ['PE', ['peru', 'peruvian']], ['PH', ['philippines', 'philippine', 'filipino']], ['PL', ['poland', 'polish']],
  ['PT', ['portugal', 'portuguese']], ['QA', ['qatar', 'qatari']], ['RO', ['romania', 'romanian']],
  ['RU', ['russia', 'russian']], ['SA', ['saudi arabia', 'saudi']], ['RS', ['serbia', 'serbian']],
  ['SG', ['singapore', 'singaporean']], ['SK', ['slovakia', 'slovak']], ['SI', ['slovenia', 'slovenian']],
  ['ZA', ['south africa', 'south african']], ['KR', ['south korea', 'south korean']], ['ES', ['spain', 'spanish']],
  ['LK', ['sri lanka', 'sri lankan']], ['SE', ['sweden', 'swedish']], ['CH', ['switzerland', 'swiss']],
  ['SY', ['syria', 'syrian']], ['TW', ['taiwan', 'taiwanese']], ['TH', ['thailand', 'thai']],
  ['TR', ['turkey', 'turkish', 'türkiye']], ['UA', ['ukraine', 'ukrainian']], ['AE', ['uae', 'emirati', 'united arab emirates']],
  ['GB', ['uk', 'britain', 'british', 'united kingdom', 'england', 'english', 'scotland', 'scottish', 'wales', 'welsh']],
  ['US', ['us', 'usa', 'america', 'american', 'united states']], ['VE', ['venezuela', 'venezuelan']],
  ['VN', ['vietnam', 'vietnamese']], ['YE', ['yemen', 'yemeni']],
];

const BY_WORD = new Map<string, string>();
for (const [code, words] of TABLE) for (const w of words) BY_WORD.set(w, code);

/** The ISO code of a country name or demonym ("pakistan", "north korean"), lower case with single spaces; null if none. */
export function countryOfWord(words: string): string | null {
  return BY_WORD.get(words) ?? null;
}
