import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Popup } from './Popup';
import { createPopupApi } from './popup-api';
import './popup.css';

render(<Popup api={createPopupApi(browser)} />, document.getElementById('app')!);
