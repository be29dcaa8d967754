// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { indexById, loadKnowledgeBase } from '../../../src/kb';
import { createTranslator } from '../../../src/i18n/translate';
import type { RevealedMention } from '../../../src/messages';
import { groupByKind, MentionList } from '../../../src/popup/MentionList';
import { Popup } from '../../../src/popup/Popup';
import type { PopupApi } from '../../../src/popup/popup-api';
import { sampleEntries } from '../kb/sample-entries';

const entries = indexById(loadKnowledgeBase(sampleEntries));
const en = createTranslator('en');
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

function fakeApi(overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    pageSummary: vi.fn(async () => ({ site: 'news.example', enabled: true, mentions: [{ id: 'kyiv', count: 2 }, { id: 'nato', count: 3 }] })),
    entries: vi.fn(async (ids: string[]) => ids.map((id) => entries.get(id)!)),
    reveal: vi.fn(async (_id: string, index = 0): Promise<RevealedMention> => ({ index: ((index % 3) + 3) % 3, count: 3 })),
    setSiteEnabled: vi.fn(async () => {}),
    briefing: vi.fn(async () => null),
    search: vi.fn(async (query: string) => [...entries.values()].filter((e) => e.name.toLowerCase().includes(query.toLowerCase()))),
    openSettings: vi.fn(async () => {}),
    ...overrides,
  };
}

describe('the popup’s list', () => {
  it('groups by kind in the kinds’ order, keeping the order of first mention within a kind', () => {
    const groups = groupByKind([{ id: 'kyiv', count: 1 }, { id: 'nato', count: 1 }, { id: 'vilnius', count: 1 }, { id: 'not-known', count: 1 }], entries);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([
      ['organization', ['nato']],
      ['place', ['kyiv', 'vilnius']],
    ]);
  });

  it('shows the first mention on the first choice, then steps forward; the arrows step both ways', async () => {
    const api = fakeApi();
    const root = document.createElement('div');
    render(<MentionList mentions={[{ id: 'nato', count: 3 }]} entries={entries} api={api} t={en} />, root);
    const button = root.querySelector<HTMLButtonElement>('.mention')!;
    await act(() => button.click());
    await flush();
    await act(() => button.click());
    await flush();
    expect(root.querySelector('.position')!.textContent).toBe('2 of 3');
    await act(() => void button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })));
    await flush();
    await act(() => void button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })));
    await flush();
    expect(vi.mocked(api.reveal).mock.calls.map((c) => c[1])).toEqual([0, 1, 0, -1]);
    expect(root.querySelector('.position')!.textContent).toBe('3 of 3');
  });

  it('starts from the last mention when the first step is backwards', async () => {
    const api = fakeApi();
    const root = document.createElement('div');
    render(<MentionList mentions={[{ id: 'nato', count: 3 }]} entries={entries} api={api} t={en} />, root);
    await act(() => root.querySelector<HTMLButtonElement>('.step')!.click());
    await flush();
    expect(vi.mocked(api.reveal).mock.calls[0]![1]).toBe(-1);
    expect(root.querySelector('.position')!.textContent).toBe('3 of 3');
  });

  it('names each entity with its mention count, and describes it with its gist', () => {
    const root = document.createElement('div');
    render(<MentionList mentions={[{ id: 'nato', count: 1 }]} entries={entries} api={fakeApi()} t={en} />, root);
    const button = root.querySelector('.mention')!;
    expect(button.textContent).toContain('1 mention');
    expect(root.querySelector(`#${button.getAttribute('aria-describedby')}`)!.textContent).toBe('A summary.');
    expect(root.querySelector('.stepper')).toBeNull(); // one mention: nothing to step through
  });
});

describe('the popup', () => {
  it('says so where the page cannot be read, and searches all the same', async () => {
    const api = fakeApi({ pageSummary: vi.fn(async () => Promise.reject(new Error('no content script'))) });
    const root = document.createElement('main');
    document.body.append(root);
    await act(() => render(<Popup api={api} t={en} />, root));
    await flush();
    expect(root.querySelector('.unavailable')!.textContent).toBe(en.t('popupUnavailable'));
    expect(root.querySelector('input[type=checkbox]')).toBeNull();
    const input = root.querySelector<HTMLInputElement>('#kb-search')!;
    input.value = 'vil';
    await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    await flush();
    expect([...root.querySelectorAll('.result-name')].map((n) => n.textContent)).toEqual(['vilnius', 'vilnius-summit-2023']);
    expect(root.querySelector('[role=status]')!.textContent).toBe('2 entries found');
    root.remove();
  });

  it('speaks Ukrainian when told to', async () => {
    const uk = createTranslator('uk');
    const root = document.createElement('main');
    await act(() => render(<Popup api={fakeApi()} t={uk} />, root));
    await flush();
    expect(root.querySelector('label[for=kb-search]')!.textContent).toBe(uk.t('searchLabel'));
    expect(root.querySelector('.switch')!.textContent).toBe(uk.t('popupSiteSwitch', 'news.example'));
    expect([...root.querySelectorAll('.kind-group h3')].map((h) => h.textContent)).toEqual([uk.t('kindsOrganization'), uk.t('kindsPlace')]);
    expect(root.querySelector('.mention')!.textContent).toContain('3 згадки');
  });

  it('switches the site off through the api and reads the page back', async () => {
    const api = fakeApi();
    const root = document.createElement('main');
    document.body.append(root);
    await act(() => render(<Popup api={api} t={en} />, root));
    await flush();
    await act(() => root.querySelector<HTMLInputElement>('.switch input')!.click());
    expect(api.setSiteEnabled).toHaveBeenCalledWith('news.example', false);
    await vi.waitFor(() => expect(api.pageSummary).toHaveBeenCalledTimes(2));
    root.remove();
  });
});
