import browser from '../shared/browser';
import { send } from '../shared/messenger';
import { loadSettings, resetSettings, saveSettings, type SyncArea } from '../shared/settings';

const sync = (): SyncArea => browser.storage.sync as unknown as SyncArea;
import type { OptionsClient } from './client';

const ORIGINS = ['http://*/*', 'https://*/*'];

export const realOptionsClient: OptionsClient = {
  load: () => loadSettings(sync()),
  save: (patch) => saveSettings(patch, sync()),
  reset: () => resetSettings(sync()),
  hasAllSites: () => browser.permissions.contains({ origins: ORIGINS }),
  // The worker listens to permissions.onAdded/onRemoved and (un)registers the all-sites content script.
  requestAllSites: () => browser.permissions.request({ origins: ORIGINS }),
  revokeAllSites: () => browser.permissions.remove({ origins: ORIGINS }),
  db: () => send('dbInfo', {}),
};
