import { describe, expect, it } from 'vitest';
import { noTechnicalEvidence } from '../../src/core/notes/no-technical-evidence';
import { publisherDisclaimer } from '../../src/core/notes/publisher-disclaimer';
import { att, report } from './helpers/hand-built';
import { parseHTML } from 'linkedom';
import { extractBody } from '../../src/core/body';
import { vendorFromPage } from '../../src/core/vendor-site';

/** Note rules from the fifth blind set, on hand-built reports. */

const withDetails = (technical: string[]) =>
  report({ attributions: [att('officials', 'anonymous')], evidence: { cves: [], indicators: 0, primaryLinks: [], technical } as never });

describe('no-technical-evidence: a ransomware crew’s brand is not a checkable detail', () => {
  it('fires when the only detail is "<Name> ransomware"', () => {
    expect(noTechnicalEvidence.apply(withDetails(['Hollow ransomware']))?.id).toBe('no-technical-evidence');
    expect(noTechnicalEvidence.apply(withDetails(['Quartz ransomware', 'VPN']))?.id).toBe('no-technical-evidence');
  });
  it('does not fire when a checkable detail comes with it', () => {
    expect(noTechnicalEvidence.apply(withDetails(['Quartz ransomware', 'port 3389']))).toBeNull();
    expect(noTechnicalEvidence.apply(withDetails(['Quartz loader']))).toBeNull();
  });
});

describe('publisher-disclaimer: an editor’s note that the text could not be checked', () => {
  const withDisclaimer = (kind: 'other' | 'correction', text: string) => report({ disclaimers: [{ kind, text }] });
  it('an "other" note that is a caveat on the text’s accuracy', () => {
    const n = publisherDisclaimer.apply(withDisclaimer('other', "Editor's note: This report relies largely on statements by officials that could not be independently checked."));
    expect(n?.id).toBe('publisher-disclaimer');
    expect(n?.refs?.disclaimers).toEqual([0]);
  });
  it('an "other" note about something else does not count', () => {
    expect(publisherDisclaimer.apply(withDisclaimer('other', 'Transparency note: the publisher has a content-sharing agreement with a research team.'))).toBeNull();
    expect(publisherDisclaimer.apply(withDisclaimer('correction', 'Correction: the date of the intrusion could not be confirmed in the first version.'))).toBeNull();
  });
});


const vendorPage = (opts: { footer: string; nav: string; site: string }) =>
  parseHTML(`<!doctype html><html><head><title>Research</title></head><body><header class="site-header"><a href="/">${opts.site}</a> ${opts.nav}</header>
<article><h1>New loader targets shipping firms</h1><div class="post-body"><p>Over the last three months our researchers followed a loader that arrived in fake invoices sent to shipping companies in northern Europe.</p>
<p>The loader fetched a second stage from servers that changed every few days, and it checked the keyboard layout before it ran anything at all.</p>
<p>We share indicators below so that defenders can look for the loader in their own logs and mail gateways.</p></div></article>
<footer class="site-footer"><a href="/about">About</a> <p>${opts.footer}</p></footer></body></html>`).document as unknown as Document;
const vendorOf = (doc: Document, site: string, url: string) => vendorFromPage(extractBody(doc, { baseUrl: url }), site, url);

describe('vendor-publisher: the vendor recognised from a footer without "© … Inc."', () => {
  it('the footer describes the company as a security company', () => {
    const doc = vendorPage({ footer: 'Quillon Labs, Inc. is a cloud security company based in Leeds. © 2026 Quillon Labs. All rights reserved.', nav: '<a href="/demo">Request a demo</a>', site: 'Quillon Labs' });
    expect(vendorOf(doc, 'Quillon Labs', 'https://www.quillonlabs.example/blog/loader')).toBe('Quillon Labs');
  });
  it('a copyright line without a legal form, when the name matches the site', () => {
    const doc = vendorPage({ footer: '© 2026 Quillon Security. All rights reserved.', nav: '<a href="/pricing">Pricing</a>', site: 'Quillon Security' });
    expect(vendorOf(doc, 'Quillon Security', 'https://quillon.example/blog/loader')).toBe('Quillon Security');
  });
  it('still never a news site, another company, or a page without a sales signal', () => {
    expect(vendorOf(vendorPage({ footer: '© 2026 Quillon Security News. All rights reserved.', nav: '<a href="/pricing">Pricing</a>', site: 'Quillon Security News' }), 'Quillon Security News', 'https://quillon.example/a')).toBeNull();
    expect(vendorOf(vendorPage({ footer: 'Quillon Labs, Inc. is a cloud security company. © 2026 Quillon Labs.', nav: '<a href="/subscribe">Subscribe</a>', site: 'Quillon Labs' }), 'Quillon Labs', 'https://quillon.example/a')).toBeNull();
    expect(vendorOf(vendorPage({ footer: 'Other Labs, Inc. is a cloud security company. © 2026 Other Labs.', nav: '<a href="/demo">Book a demo</a>', site: 'Quillon Research' }), 'Quillon Research', 'https://quillon.example/a')).toBeNull();
    expect(vendorOf(vendorPage({ footer: '© 2026 Quillon Bakery. All rights reserved.', nav: '<a href="/pricing">Pricing</a>', site: 'Quillon Bakery' }), 'Quillon Bakery', 'https://quillon.example/a')).toBeNull();
  });
});
