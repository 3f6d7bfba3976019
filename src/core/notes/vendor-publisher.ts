import { makeNote, type NoteRule } from './common';

/** The publisher is owned by a security vendor, or is one (a vendor's own research blog, in the database or recognised from the page). */
export const vendorPublisher: NoteRule = {
  id: 'vendor-publisher',
  severity: 'info',
  apply(report) {
    const p = report.publisher;
    // A vendor blog the database does not know, recognised from the page itself (vendor-site.ts).
    if (!p) return report.article.vendor ? makeNote(this.id, this.severity, 'note_vendor_publisher_self', [report.article.siteName ?? report.article.vendor], {}) : null;
    if (p.ownerIsSecurityVendor) return makeNote(this.id, this.severity, 'note_vendor_publisher', [p.name, p.owner ?? p.name], {});
    if (p.securityVendor) return makeNote(this.id, this.severity, 'note_vendor_publisher_self', [p.name], {});
    return null;
  },
};
