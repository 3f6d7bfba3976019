import { render } from 'preact';
import { i18n, uiLanguage } from '../shared/i18n';
import { Popup } from './Popup';
import { realClient } from './real-client';

document.documentElement.lang = uiLanguage();
document.title = i18n('extName');
const root = document.getElementById('app');
if (root) render(<Popup client={realClient} />, root);
