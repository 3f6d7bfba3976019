import { makeNote, type NoteRule } from './common';

/** The publisher is owned by a security vendor, or is one (a vendor's own research blog). */
export const vendorPublisher: NoteRule = {
  id: 'vendor-publisher',
  severity: 'info',
  apply(report) {
    const p = report.publisher;
    if (!p) return null;
    if (p.ownerIsSecurityVendor) return makeNote(this.id, this.severity, 'note_vendor_publisher', [p.name, p.owner ?? p.name], {});
    if (p.securityVendor) return makeNote(this.id, this.severity, 'note_vendor_publisher_self', [p.name], {});
    return null;
  },
};
