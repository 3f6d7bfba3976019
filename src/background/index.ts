/** Background entry: an ESM service worker in Chrome, an event page in Firefox. */
import browser from '../shared/browser';
import { createWorker } from './worker';

// Listeners are added synchronously at top level, so a restarted worker receives the event that woke it.
createWorker(browser).start();
