import { describe, expect, it } from 'vitest';
import { countIndicators, findEvidence, findTechnicalDetails } from '../../src/core/evidence';
import type { ArticleBody, BlockKind, BodyBlock } from '../../src/core/body';
import type { Sentence } from '../../src/core/sentences';

function body(blocks: { text: string; kind?: BlockKind; links?: string[] }[]): ArticleBody {
  const bs: BodyBlock[] = blocks.map((b) => ({ kind: b.kind ?? 'paragraph', text: b.text, links: (b.links ?? []).map((href) => ({ href, text: 'link' })) }));
  return { blocks: bs, container: null, truncated: false };
}
const sentencesOf = (b: ArticleBody): Sentence[] => b.blocks.map((x, i) => ({ text: x.text, block: i, blockKind: x.kind }));
const evidence = (b: ArticleBody, url = 'https://news.example.com/2024/story') => findEvidence(sentencesOf(b), b, url);

describe('findEvidence: CVEs', () => {
  it('normalises to upper case, dedupes and keeps order', () => {
    const b = body([{ text: 'The flaws, cve-2024-3400 and CVE-2023-4966, follow CVE-2024-3400 from April.' }, { text: 'Also tracked as CVE‑2021‑44228.' }]);
    expect(evidence(b).cves).toEqual(['CVE-2024-3400', 'CVE-2023-4966', 'CVE-2021-44228']);
  });
  it('ignores look-alikes', () => {
    expect(evidence(body([{ text: 'CVE-24-1 and CVE-2024-12 are not IDs.' }])).cves).toEqual([]);
  });
});

describe('findEvidence: indicators of compromise', () => {
  const table: [string, number][] = [
    ['The dropper has SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.', 1],
    ['MD5 5d41402abc4b2a76b9719d911017c592 and SHA-1 aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d.', 2],
    ['It beaconed to 203.0.113[.]7 and 198.51.100.23.', 2],
    ['A second server sat at 2001:db8:85a3::8a2e:370:7334.', 1],
    ['Payloads came from hxxps://update-check[.]example/load and evil[.]example[.]net.', 2],
    ['Version 1.2.3.4 of the app is affected; the call started at 10:30:45.', 0],
    ['Read more at example.com and see the report on news.example.org.', 0],
    ['The value 0000000000000000000000000000000000000000 is not a hash.', 0],
  ];
  for (const [text, n] of table) it(JSON.stringify(text.slice(0, 50)), () => expect(countIndicators([{ text, kind: 'paragraph' }])).toBe(n));

  it('counts plain domains only inside an indicator list', () => {
    const b = [
      { text: 'Indicators of compromise', kind: 'heading' },
      { text: 'login-portal-update.com', kind: 'list-item' },
      { text: 'cdn.static-files.net', kind: 'list-item' },
      { text: 'What to do next', kind: 'heading' },
      { text: 'Visit example.com for advice.', kind: 'paragraph' },
    ];
    expect(countIndicators(b)).toBe(2);
  });

  it('dedupes the same indicator written twice', () => {
    expect(countIndicators([{ text: '203.0.113[.]7 again 203.0.113.7' }])).toBe(1);
  });
});

describe('findEvidence: primary links', () => {
  it('keeps government, court, advisory, vendor research and original posts', () => {
    const links = [
      'https://www.cisa.gov/news-events/cybersecurity-advisories/aa24-038a',
      'https://www.justice.gov/opa/pr/two-charged',
      'https://www.courtlistener.com/docket/123/usa-v-doe/',
      'https://www.ncsc.gov.uk/news/statement',
      'https://www.mandiant.com/resources/blog/3cx-software-supply-chain-compromise',
      'https://unit42.paloaltonetworks.com/new-loader/',
      'https://github.com/advisories/GHSA-abcd-1234-efgh',
      'https://nvd.nist.gov/vuln/detail/CVE-2024-3400',
      'https://x.com/somegroup/status/1234567890',
      'https://mp.weixin.qq.com/s/abcdef',
      'https://www.mss.gov.cn/a/2023/statement.html',
      'https://eur-lex.europa.eu/eli/reg/2024/1',
    ];
    const b = body([{ text: 'The agency said in an advisory that the flaw was exploited, according to the report.', links }]);
    expect(evidence(b).primaryLinks).toEqual(links);
  });

  it('drops the publisher\'s own pages, tags, share intents, ads, profiles and non-http links', () => {
    const links = [
      'https://news.example.com/2024/other-story',
      'https://www.news.example.com/tag/ransomware',
      'https://twitter.com/intent/tweet?url=x',
      'https://www.facebook.com/sharer/sharer.php?u=x',
      'https://www.linkedin.com/shareArticle?url=x',
      'https://ad.doubleclick.net/click',
      'https://x.com/somegroup',
      'https://www.example-shop.com/',
      'https://random-blog.example.net/2024/my-thoughts',
    ];
    const b = body([{ text: 'The ministry said the attack came from abroad.', links }]);
    expect(evidence(b).primaryLinks).toEqual([]);
  });

  it('dedupes ignoring tracking parameters and fragments, and caps the list', () => {
    const many = Array.from({ length: 40 }, (_, i) => `https://www.cisa.gov/advisory/${i}`);
    const b = body([{ text: 'CISA said so in an advisory.', links: ['https://www.cisa.gov/a?utm_source=x#top', 'https://www.cisa.gov/a', ...many] }]);
    const got = evidence(b).primaryLinks;
    expect(got[0]).toBe('https://www.cisa.gov/a');
    expect(new Set(got).size).toBe(got.length);
    expect(got.length).toBe(20);
  });

  it('a report link on another site counts only when its sentence cites it', () => {
    const url = 'https://thinktank.example.org/reports/state-hacking-2024';
    expect(evidence(body([{ text: 'The findings were published in a report last week.', links: [url] }])).primaryLinks).toEqual([url]);
    expect(evidence(body([{ text: 'Check out more great reading.', links: [url] }])).primaryLinks).toEqual([]);
  });
});

describe('findTechnicalDetails', () => {
  it('finds actor IDs, malware and tools, file names, ports and techniques', () => {
    const got = findTechnicalDetails([
      'Mandiant tracks the cluster as UNC4736 and Microsoft as Storm-0558.',
      'The DarkSide ransomware used Cobalt Strike and dropped svchost32.exe, talking over port 8443.',
      'Attackers used DLL side-loading after a spear-phishing email.',
    ]);
    for (const x of ['UNC4736', 'Storm-0558', 'DarkSide', 'Cobalt Strike', 'svchost32.exe', 'port 8443', 'DLL side-loading', 'spear-phishing']) expect(got).toContain(x);
  });
  it('generic words are not technical detail', () => {
    expect(findTechnicalDetails([
      'Programs designed to infect computers with Trojan viruses stole data.',
      'Spies used digital signature certificates, encrypted links and cloud servers.',
    ])).toEqual([]);
  });
  it('versions count, dates do not', () => {
    expect(findTechnicalDetails(['Version 18.12.407 fixed it.'])).toEqual(['Version 18.12.407']);
    expect(findTechnicalDetails(['The update shipped on 21.04.2023.'])).toEqual([]);
  });
  it('findEvidence reports them', () => {
    expect(evidence(body([{ text: 'The Emotet loader returned.' }])).technical).toContain('Emotet');
  });
});

describe('findEvidence: robustness', () => {
  it('never throws on empty or huge input, or a bad page URL', () => {
    expect(() => findEvidence([], body([]), null)).not.toThrow();
    expect(() => findEvidence([], body([{ text: 'x', links: ['https://a.gov/x'] }]), 'not a url')).not.toThrow();
    const huge = body([{ text: '1.2.3.4 '.repeat(100_000) }]);
    expect(() => findEvidence(sentencesOf(huge), huge, null)).not.toThrow();
  });
});
