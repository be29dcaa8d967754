// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate';
import { Options } from '../../../src/options/Options';
import type { OptionsApi } from '../../../src/options/options-api';
import { DEFAULT_SETTINGS, parseStoredSettings, type Settings } from '../../../src/settings';

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

function fakeApi(stored: unknown, browserLanguage = 'en-US'): OptionsApi & { current(): Settings } {
  let settings = parseStoredSettings(stored).settings;
  return {
    current: () => settings,
    load: vi.fn(async () => parseStoredSettings(stored)),
    update: vi.fn(async (change: (s: Settings) => Settings) => (settings = change(settings))),
    onChange: () => () => {},
    browserLanguage,
  };
}

async function mount(api: OptionsApi): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Options api={api} />, root));
  await flush();
  return root;
}

describe('the settings page', () => {
  it('saves a change at once and says so', async () => {
    const api = fakeApi(undefined);
    const root = await mount(api);
    const places = [...root.querySelectorAll('label')].find((l) => l.textContent === 'Places')!.querySelector('input')!;
    await act(() => places.click());
    await flush();
    expect(api.current()).toEqual({ ...DEFAULT_SETTINGS, unmarkedKinds: ['place'] });
    expect(root.querySelector('[role=status]')!.textContent).toBe('Saved.');
    root.remove();
  });

  it('lists the switched-off sites, and switches one back on', async () => {
    const api = fakeApi({ version: 2, values: { disabledSites: ['a.example', 'b.example'] } });
    const root = await mount(api);
    expect([...root.querySelectorAll('.site')].map((s) => s.textContent)).toEqual(['a.example', 'b.example']);
    await act(() => root.querySelector<HTMLButtonElement>('button[aria-label="Switch on again for a.example"]')!.click());
    await flush();
    expect(api.current().disabledSites).toEqual(['b.example']);
    expect([...root.querySelectorAll('.site')].map((s) => s.textContent)).toEqual(['b.example']);
    root.remove();
  });

  it('speaks the chosen language, or the browser’s', async () => {
    const uk = createTranslator('uk');
    let root = await mount(fakeApi({ version: 2, values: { language: 'uk' } }, 'en-US'));
    expect(root.querySelector('h1')!.textContent).toBe(uk.t('optionsTitle'));
    expect(document.documentElement.lang).toBe('uk');
    root.remove();
    root = await mount(fakeApi(undefined, 'uk-UA'));
    expect(root.querySelector('h1')!.textContent).toBe(uk.t('optionsTitle'));
    root.remove();
  });

  it('tells the reader when stored settings were unreadable, and shows the ones that were kept', async () => {
    const root = await mount(fakeApi({ version: 2, values: { markStyle: 'glitter', markScope: 'first' } }));
    expect(root.querySelector('[role=alert]')!.textContent).toMatch(/"markStyle"/);
    const first = root.querySelector<HTMLInputElement>('input[name=markScope][value=first]')!;
    expect(first.checked).toBe(true);
    root.remove();
  });
});
