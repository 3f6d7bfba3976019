/**
 * The Credence analysis core: hand it a Document, get a Report
 * (../shared/spec/report-v1.md). Pure: no browser APIs, no globals, no
 * network. The CLI runs it under linkedom, the content script in the page.
 * This entry always has every language's cues (intl.ts registers them); the
 * extension's analyzer parts load them only for pages that need them.
 */
import './intl';

export * from './analyze';
