import { render } from 'preact';
import { i18n, uiLanguage } from '../shared/i18n';
import { Options } from './Options';
import { realOptionsClient } from './real-client';

document.documentElement.lang = uiLanguage();
document.title = i18n('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options client={realOptionsClient} />, root);
