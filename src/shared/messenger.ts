/** The message protocol bound to the polyfilled browser API: for the background worker, popup and options page. */
import browser from './browser';
import { createMessenger, type MessagingApi } from './messages';

export const { send, sendToTab, handleBackground, handleTab } = createMessenger(browser as unknown as MessagingApi);
