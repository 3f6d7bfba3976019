import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core/detect';
import { findTerms } from '../../src/core/security-vocabulary';
import { extractBody } from '../../src/core/body';
import { extractPageFacts } from '../../src/core/metadata';
import { emptyDirectory } from '../../src/core/directory';

function run(html: string, url: string) {
  const doc = parseHTML(html).document as unknown as Document;
  const facts = extractPageFacts(doc, url);
  const body = extractBody(doc, { baseUrl: url, title: facts.meta.title });
  return detect({ doc, facts, body, url, db: emptyDirectory });
}

const strong = (t: string) => findTerms(t).filter((h) => h.weight >= 2).map((h) => h.concept);

describe('security vocabulary: prosecutions and sanctions for hacking, infrastructure controllers, hacking tools', () => {
  it('an indictment or sanctions for hacking is a cybercrime concept', () => {
    expect(strong('Prosecutors unsealed an indictment charging two men with hacking a port operator.')).toContain('cybercrime');
    expect(strong('The hackers were indicted in Virginia last year.')).toContain('cybercrime');
    expect(strong('The ministry sanctioned the hackers and their employer.')).toContain('cybercrime');
    expect(strong('charged with computer intrusion and wire fraud')).toContain('cybercrime');
    expect(strong('designated for malicious cyber activities')).toContain('cybercrime');
  });
  it('but not hacking in sport or a charge in another clause', () => {
    expect(strong('The defender was charged after hacking down the striker.')).not.toContain('cybercrime');
    expect(strong('He was charged with assault. Hacking was not mentioned.')).not.toContain('cybercrime');
    expect(strong('The mayor was charged with bribery in a case about a stadium deal.')).toEqual([]);
  });
  it('names controllers, hacking tools and military cyber units', () => {
    expect(strong('they tampered with industrial controllers at a dam')).toContain('cybersecurity');
    expect(strong('SCADA systems at the plant')).toContain('cybersecurity');
    expect(strong('the company supplied hacking tools to militias')).toContain('malware');
    expect(strong("the Guard's cyber-electronic command")).toContain('agency');
  });
});

describe('detection of a prosecution story whose cyber words are hacking words', () => {
  const page = `<!doctype html><html lang="en"><head><title>Two men charged over attacks on a city's water plant; ministry adds sanctions</title>
<meta property="og:type" content="article"></head><body><nav><a href="/">Home</a> <a href="/justice">Justice</a></nav><main>
<h1>Two men charged over attacks on a city's water plant; ministry adds sanctions</h1>
<p>Federal prosecutors on Monday unsealed an indictment charging two foreign nationals with hacking industrial controllers at a municipal water plant, in what they called an attempt to frighten residents.</p>
<p>The indictment says the men worked for a contractor that serves a military cyber-electronic command, and that they defaced control screens with political slogans and briefly changed chlorine settings.</p>
<p>"They went after the water people drink," a senior prosecutor said at a news conference, adding that the case had taken two years to build.</p>
<p>The finance ministry separately sanctioned both men and the contractor, saying the company had also sold hacking tools to armed groups in the region.</p>
<p>A lawyer for one of the men could not be reached. Neither man is in custody, and both are presumed innocent unless proven guilty in court.</p>
</main><footer>© 2026 Example Wire</footer></body></html>`;
  it('is security news', () => {
    const d = run(page, 'https://wire.example/justice/two-men-charged');
    expect(d.isArticle).toBe(true);
    expect(d.isSecurityNews).toBe(true);
  });
  it('a court story without any hacking is not', () => {
    const other = page
      .replace(/with hacking industrial controllers at/, 'with poisoning')
      .replace(/a military cyber-electronic command/, 'a military logistics command')
      .replace(/defaced control screens with political slogans and /, '')
      .replace(/hacking tools/, 'rifles');
    const d = run(other, 'https://wire.example/justice/two-men-charged');
    expect(d.isSecurityNews).toBe(false);
  });
});
