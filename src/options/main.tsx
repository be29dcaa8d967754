import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Options } from './Options';
import { createOptionsApi } from './options-api';
import './options.css';

render(<Options api={createOptionsApi(browser)} />, document.getElementById('app')!);
