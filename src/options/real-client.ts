import browser from '../shared/browser';
import { send } from '../shared/messages';
import { loadSettings, resetSettings, saveSettings } from '../shared/settings';
import type { OptionsClient } from './client';

const ORIGINS = ['http://*/*', 'https://*/*'];

export const realOptionsClient: OptionsClient = {
  load: () => loadSettings(),
  save: (patch) => saveSettings(patch),
  reset: () => resetSettings(),
  hasAllSites: () => browser.permissions.contains({ origins: ORIGINS }),
  // The worker listens to permissions.onAdded/onRemoved and (un)registers the all-sites content script.
  requestAllSites: () => browser.permissions.request({ origins: ORIGINS }),
  revokeAllSites: () => browser.permissions.remove({ origins: ORIGINS }),
  db: () => send('dbInfo', {}),
};
