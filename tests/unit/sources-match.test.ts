import { describe, expect, it } from 'vitest';
import { bundledDirectory, contentDirectory, createDirectory } from '../../src/sources/index';
import type { SourceEntry } from '../../src/sources/schema';

const db = bundledDirectory();
const id = (l: { id: string } | null) => l?.id ?? null;
const names = (text: string) => db.findNames(text).map((h) => [h.text, h.label.id]);

describe('byUrl', () => {
  it('matches registrable domains and subdomains', () => {
    expect(id(db.byUrl('https://www.globaltimes.cn/page/202307/1295123.shtml'))).toBe('cn-globaltimes');
    expect(id(db.byUrl('https://news.cgtn.com/news/2021-07-20/x/index.html'))).toBe('cn-cgtn');
    expect(id(db.byUrl('http://en.people.cn/n3/2024/1014/c90000-20229084.html'))).toBe('cn-peoplesdaily');
    expect(id(db.byUrl('https://www.bbc.co.uk/news/technology-1'))).toBe('gb-bbc');
    expect(id(db.byUrl('https://www.chinadaily.com.cn/a/202307/27/x.html'))).toBe('cn-chinadaily');
    expect(id(db.byUrl('https://BleepingComputer.com./news/security/x/'))).toBe('bleepingcomputer');
  });
  it('respects path-scoped domains', () => {
    expect(id(db.byUrl('https://portswigger.net/daily-swig/some-story'))).toBe('dailyswig');
    expect(id(db.byUrl('https://portswigger.net/daily-swig'))).toBe('dailyswig');
    expect(id(db.byUrl('https://portswigger.net/daily-swiggle/x'))).toBe('portswigger');
    expect(id(db.byUrl('https://portswigger.net/research/x'))).toBe('portswigger');
    expect(id(db.byUrl('https://www.microsoft.com/en-us/security/blog/2023/x/'))).toBe('us-microsoft-ti');
    expect(id(db.byUrl('https://www.microsoft.com/en-us/windows'))).toBe('us-microsoft');
    expect(id(db.byUrl('https://x.com/EnglishFars/status/1'))).toBe('ir-fars');
    expect(db.byUrl('https://x.com/someoneelse/status/1')).toBeNull();
  });
  it('has no substring misfires', () => {
    for (const u of [
      'https://deviantart.com/x', 'https://art.com/', 'https://www.sputniknews.com.example/x', 'https://notbbc.co.uk/',
      'https://bbc.co.uk.evil.net/', 'https://rt.com.au/', 'https://mybleepingcomputer.com/', 'https://example.com/?u=https://rt.com/',
      'https://example.com/rt.com/', 'http://127.0.0.1/', 'not a url', '', 'https://[::1]/x',
    ]) expect(id(db.byUrl(u)), u).toBeNull();
  });
  it('never throws on odd input', () => {
    for (const u of [undefined, null, 42, {}, 'https://' + 'a.'.repeat(3000) + 'com'] as unknown as string[]) expect(() => db.byUrl(u)).not.toThrow();
  });
  it('gives the same publisher in the content directory (no public-suffix list)', () => {
    const slim = contentDirectory();
    for (const u of ['https://news.cgtn.com/x', 'https://portswigger.net/daily-swig/x', 'https://www.bbc.co.uk/x', 'https://notbbc.co.uk/', 'https://deviantart.com/', 'https://www.sputniknews.com.example/'])
      expect(id(slim.byUrl(u)), u).toBe(id(db.byUrl(u)));
  });
});

describe('findNames', () => {
  it('finds names on word boundaries, with possessives and a leading "the"', () => {
    expect(names("The Global Times' report cited CISA's advisory and the Ministry of State Security.")).toEqual([
      ['Global Times', 'cn-globaltimes'], ['CISA', 'us-cisa'], ['Ministry of State Security', 'cn-mss'],
    ]);
  });
  it('prefers the longest match and does not overlap', () => {
    expect(names('Microsoft Threat Intelligence said, and Microsoft agreed.')).toEqual([
      ['Microsoft Threat Intelligence', 'us-microsoft-ti'], ['Microsoft', 'us-microsoft'],
    ]);
    expect(names('according to the Chinese Ministry of State Security')).toEqual([['Chinese Ministry of State Security', 'cn-mss']]);
  });
  it('does not match inside words or across sentences', () => {
    expect(names('DeviantArt and Heart and Xinhuanet-like strings')).toEqual([]);
    expect(names('They went global. Times were hard.')).toEqual([]);
    expect(names('Cisa, nsa and fbi in lower case are not acronyms here.')).toEqual([]);
  });
  it('keeps short acronyms to a safe case and context', () => {
    expect(names('RT reported the claim.')).toEqual([['RT', 'ru-rt']]);
    expect(names('RT @someone: look at this')).toEqual([]);
    expect(names('an RT-PCR test; rt said; @RT_com')).toEqual([]);
    expect(names('AP reported that; (AP) —')).toEqual([['AP', 'ap'], ['AP', 'ap']]);
    expect(names('Follow the AP Stylebook. A rogue AP on Wi-Fi AP mode.')).toEqual([]);
    expect(names('The NIS 2 Directive and NIS2 compliance')).toEqual([]);
    expect(names("South Korea's NIS said")).toEqual([['NIS', 'kr-nis']]);
    expect(names('AES in CBC mode, AES-CBC')).toEqual([]);
    expect(names('The CBC reported')).toEqual([['CBC', 'ca-cbc']]);
    expect(names('caught on CCTV footage from CCTV cameras')).toEqual([]);
    expect(names('CCTV reported on Monday')).toEqual([['CCTV', 'cn-cctv']]);
  });
  it('skips acronyms that are also technical terms in context', () => {
    expect(names('the CIA triad; the CAC 40 index; TCP MSS clamping; the Sputnik V vaccine; an ICO scam')).toEqual([]);
    expect(names('the CIA said; the CAC said; the MSS said; Sputnik reported; the ICO fined')).toEqual([
      ['CIA', 'us-cia'], ['CAC', 'cn-cac'], ['MSS', 'cn-mss'], ['Sputnik', 'ru-sputnik'], ['ICO', 'gb-ico'],
    ]);
    expect(names('Interfax-Ukraine reported; Interfax reported')).toEqual([['Interfax', 'ru-interfax']]);
    expect(names('the NIS said it had')).toEqual([['NIS', 'kr-nis']]);
  });
  it('treats common-word names by case', () => {
    expect(names('For the Record, the record shows it.')).toEqual([]);
    expect(names('as The Record reported')).toEqual([['The Record', 'therecord']]);
    expect(names('Hacker News users said, The Hacker News reported')).toEqual([['The Hacker News', 'thehackernews']]);
    expect(names('the state Department of Public Safety')).toEqual([]);
    expect(names('the State Department said')).toEqual([['State Department', 'us-state']]);
    expect(names('a 360-degree view, 360° video and 360 days')).toEqual([]);
  });
  it('matches native-script names without spaces', () => {
    expect(names('据新华社报道')).toEqual([['新华社', 'cn-xinhua']]);
  });
  it('is fast on a large text and bounded', () => {
    const chunk = 'The Global Times said CISA and the FBI disagreed with Mandiant, according to Reuters. ';
    const big = chunk.repeat(20000);
    const t = Date.now();
    const hits = db.findNames(big);
    expect(Date.now() - t).toBeLessThan(3000);
    expect(hits.length).toBeGreaterThan(1000);
    expect(hits.every((h, i) => i === 0 || h.start >= hits[i - 1]!.end)).toBe(true);
  });
});

describe('bounded work on hostile input', () => {
  it('stays fast on adversarial strings', () => {
    const inputs = [' '.repeat(100000) + 'x', '"'.repeat(300), '.'.repeat(200000), 'a'.repeat(300000), 'the '.repeat(100000), '@'.repeat(50000) + 'RT', 'https://' + 'a@'.repeat(20000)];
    const t = Date.now();
    for (const x of inputs) {
      db.findNames(x);
      db.byName(x.slice(0, 300));
      db.byUrl(x.slice(0, 4000));
    }
    expect(Date.now() - t).toBeLessThan(4000);
  });
});

describe('byName', () => {
  it('resolves names as articles give them', () => {
    expect(id(db.byName('the Global Times'))).toBe('cn-globaltimes');
    expect(id(db.byName("Global Times'"))).toBe('cn-globaltimes');
    expect(id(db.byName("CISA's"))).toBe('us-cisa');
    expect(id(db.byName('Chinese Ministry of State Security'))).toBe('cn-mss');
    expect(id(db.byName('360'))).toBe('cn-qihoo360');
    expect(id(db.byName('Foreign Ministry spokesperson Zhao Lijian'))).toBe('cn-mfa');
    expect(id(db.byName('Mandiant researcher Charles Carmakal'))).toBe('us-mandiant');
    expect(id(db.byName('Justice Department'))).toBe('us-doj');
    expect(id(db.byName("Google's Mandiant"))).toBe('us-mandiant');
    expect(id(db.byName('Kremlin spokesman Dmitry Peskov'))).toBe('ru-kremlin');
    expect(id(db.byName("Palo Alto Networks' Unit 42"))).toBe('us-paloalto');
  });
  it('resolves capitals used for governments only when given as a source', () => {
    expect(id(db.byName('Beijing'))).toBe('cn-government');
    expect(id(db.byName('Moscow'))).toBe('ru-government');
    expect(names('a Beijing-based firm moved from Moscow to Washington')).toEqual([]);
    expect(id(db.byName('Chinese authorities'))).toBe('cn-government');
  });
  it('does not speak for an organisation through its former staff', () => {
    expect(db.byName('former NSA director Rob Joyce')).toBeNull();
    expect(db.byName('an ex-FBI agent')).toBeNull();
    expect(id(db.byName('FBI agent John Doe'))).toBe('us-fbi');
  });
  it('knows security news sites by URL', () => {
    expect(db.isSecurityNewsSite!('https://www.bleepingcomputer.com/news/x')).toBe(true);
    expect(db.isSecurityNewsSite!('https://portswigger.net/daily-swig/x')).toBe(true);
    expect(db.isSecurityNewsSite!('https://portswigger.net/burp')).toBe(false);
    expect(db.isSecurityNewsSite!('https://www.reuters.com/x')).toBe(false);
  });
  it('returns null for unknown or mixed names', () => {
    expect(db.byName('a friend who works in government')).toBeNull();
    expect(db.byName('Hacker News')).toBeNull();
    expect(db.byName('CISA and the FBI')).toBeNull();
    expect(db.byName('')).toBeNull();
    expect(db.byName(undefined as unknown as string)).toBeNull();
  });
});

describe('createDirectory over custom data', () => {
  const e = (over: Partial<SourceEntry>): SourceEntry => ({
    id: 'x', name: 'X', aliases: [], domains: [], country: null, kind: 'outlet', affiliation: 'unknown', owner: null, basis: [], asOf: '2026-01-01', history: [], ...over,
  });
  it('lets an earlier entry win a shared alias and domain', () => {
    const d = createDirectory([e({ id: 'a', name: 'Acme News', domains: ['acme.test'] }), e({ id: 'b', name: 'Acme News', domains: ['acme.test'] })], '1');
    expect(id(d.byName('Acme News'))).toBe('a');
    expect(id(d.byUrl('https://www.acme.test/'))).toBe('a');
  });
  it('applies alias rules', () => {
    const d = createDirectory([e({ id: 'w', name: 'Wired Up', aliases: ['Wired'], aliasRules: { Wired: { caseSensitive: true, notSentenceInitial: true } } })], '1');
    expect(d.findNames('Wired said. The wired network.').map((h) => h.text)).toEqual([]);
    expect(d.findNames('as Wired said').map((h) => h.text)).toEqual(['Wired']);
  });
});
