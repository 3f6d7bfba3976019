import { makeNote, type NoteRule } from './common';

/** The publisher is owned by a security vendor. */
export const vendorPublisher: NoteRule = {
  id: 'vendor-publisher',
  severity: 'info',
  apply(report) {
    const p = report.publisher;
    if (!p || !p.ownerIsSecurityVendor) return null;
    return makeNote(this.id, this.severity, 'note_vendor_publisher', [p.name, p.owner ?? p.name], {});
  },
};
