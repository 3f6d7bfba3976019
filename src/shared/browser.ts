/**
 * The one import of webextension-polyfill: every extension-side module goes
 * through here, so tests mock a single module and the core never sees it.
 */
import browser from 'webextension-polyfill';
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
export default browser;
