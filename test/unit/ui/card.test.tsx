// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { indexById, loadKnowledgeBase } from '../../../src/kb';
import type { Entry } from '../../../src/kb/schema';
import { Card, MAX_FACTS, type CardTheme } from '../../../src/ui/Card';
import { formatDate } from '../../../src/ui/format';
import { sampleEntry } from '../kb/sample-entries';

const entries = indexById(
  loadKnowledgeBase([
    sampleEntry({
      id: 'nato',
      name: 'NATO',
      summary: '<img src=x onerror=alert(1)> A military alliance.',
      facts: [
        { label: 'Members', value: '32 countries', changeable: true, asOf: '2025-06-25', source: 's' },
        ...Array.from({ length: 6 }, (_, i) => ({ label: `Fact ${i}`, value: `<b>value ${i}</b>`, date: '2023-07-11', source: 's' })),
      ],
      related: ['ukraine', 'vilnius', 'not-loaded'],
      sources: [
        { id: 's', url: 'https://www.nato.int/', title: 'NATO official site', publisher: 'NATO' },
        { id: 't', url: 'https://example.org/x', title: 'Other', publisher: 'Example' },
      ],
    }),
    sampleEntry({
      id: 'ukraine',
      name: 'Ukraine',
      type: 'place',
      summary: 'A country in Eastern Europe.',
      related: ['nato'],
      timeline: [
        { date: '2024-07-10', text: 'Washington declaration.', source: 's' },
        { date: '1994', text: 'Partnership for Peace.', source: 's' },
        { date: '2008-04-03', text: 'Bucharest summit.', source: 's' },
      ],
    }),
    sampleEntry({ id: 'vilnius', name: 'Vilnius', type: 'place', summary: 'The capital of Lithuania.' }),
    sampleEntry({ id: 'not-loaded', name: 'Not loaded yet' }),
  ]),
);
// What the content script has loaded so far: everything but one related entry.
entries.delete('not-loaded');
const nato = entries.get('nato')!;

function renderCard(entry: Entry | null, options: { error?: string; theme?: CardTheme; known?: Map<string, Entry> } = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const onClose = vi.fn();
  const requestEntries = vi.fn();
  const known = options.known ?? entries;
  act(() => {
    render(
      <Card
        cardKey="a"
        entry={entry}
        error={options.error}
        theme={options.theme ?? 'light'}
        lookup={(id) => known.get(id)}
        requestEntries={requestEntries}
        onClose={onClose}
      />,
      root,
    );
  });
  const buttonNamed = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  const click = (el: Element | undefined) => act(() => (el as HTMLElement).click());
  return { root, onClose, requestEntries, buttonNamed, click, title: () => root.querySelector('#cc-card-title')! };
}

describe('Card', () => {
  it('is a labelled dialog with the name, summary, facts, as-of date and sources', () => {
    const { root } = renderCard(nato);
    const dialog = root.querySelector('[role="dialog"]')!;
    const title = root.querySelector('#' + dialog.getAttribute('aria-labelledby'))!;
    expect(title.textContent).toBe('NATO');
    expect(root.querySelector('#' + dialog.getAttribute('aria-describedby'))!.textContent).toContain('A military alliance.');
    expect(root.querySelectorAll('.card-fact')).toHaveLength(MAX_FACTS);
    expect(root.textContent).toContain('As of 1 November 2026');
    expect(root.textContent).toContain('(11 July 2023)');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.nato.int/', 'https://example.org/x']);
    expect(links.every((a) => a.getAttribute('target') === '_blank' && a.getAttribute('rel')?.includes('noopener'))).toBe(true);
  });

  it('says when a changeable fact was last seen true', () => {
    const { root } = renderCard(nato);
    expect(root.querySelector('.card-fact')!.textContent).toBe('Members32 countries (as of 25 June 2025)');
  });

  it('renders markup in data as inert text', () => {
    const { root } = renderCard(nato);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('renders a non-https source as text, not a link', () => {
    const hostile = { ...nato, sources: [{ id: 's', url: 'javascript:alert(1)', title: 'Bad', publisher: 'X' }] };
    const { root } = renderCard(hostile);
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('Bad');
  });

  it('closes from its close button and shows errors', () => {
    const { root, onClose, buttonNamed, click } = renderCard(null, { error: 'Not in the knowledge base.' });
    click(buttonNamed('×'));
    expect(onClose).toHaveBeenCalledOnce();
    expect(root.textContent).toContain('Not in the knowledge base.');
    expect(root.querySelector('[role="dialog"]')!.hasAttribute('aria-describedby')).toBe(false);
  });

  it('carries the theme it is given', () => {
    expect(renderCard(nato, { theme: 'dark' }).root.querySelector('.card')!.getAttribute('data-theme')).toBe('dark');
    expect(renderCard(nato).root.querySelector('.card')!.getAttribute('data-theme')).toBe('light');
  });

  it('lists the related entries it has, and asks once for the ones it lacks', () => {
    const { root, requestEntries } = renderCard(nato);
    const related = [...root.querySelectorAll('.card-related-list button')].map((b) => b.textContent);
    expect(related).toEqual(['Ukraine', 'Vilnius']);
    expect(requestEntries).toHaveBeenCalledExactlyOnceWith(['not-loaded']);
  });

  it('opens a related entry in the same card, focuses its title, and goes back', () => {
    const { root, buttonNamed, click, title } = renderCard(nato);
    click(buttonNamed('Ukraine'));
    expect(title().textContent).toBe('Ukraine');
    expect(root.textContent).toContain('A country in Eastern Europe.');
    expect(document.activeElement).toBe(title());
    expect(buttonNamed('Back to')!.textContent).toBe('← Back to NATO');

    // Two steps deep, Back goes one step at a time.
    click(root.querySelector('.card-related-list button') ?? undefined);
    expect(title().textContent).toBe('NATO');
    expect(buttonNamed('Back to')!.textContent).toBe('← Back to Ukraine');
    click(buttonNamed('Back to'));
    expect(title().textContent).toBe('Ukraine');
    click(buttonNamed('Back to'));
    expect(title().textContent).toBe('NATO');
    expect(buttonNamed('Back to')).toBeUndefined();
    expect(document.activeElement).toBe(title());
  });

  it('starts with no related entry opened when it is shown for another mention', () => {
    const root = document.createElement('div');
    const props = { entry: nato, theme: 'light' as const, lookup: (id: string) => entries.get(id), requestEntries() {}, onClose() {} };
    act(() => render(<Card cardKey="first" {...props} />, root));
    act(() => (root.querySelector('.card-related-list button') as HTMLElement).click());
    expect(root.querySelector('#cc-card-title')!.textContent).toBe('Ukraine');
    act(() => render(<Card cardKey="first" {...props} />, root)); // same mention, rendered again: stays
    expect(root.querySelector('#cc-card-title')!.textContent).toBe('Ukraine');
    act(() => render(<Card cardKey="second" {...props} />, root));
    expect(root.querySelector('#cc-card-title')!.textContent).toBe('NATO');
    expect(root.querySelector('.card-back')).toBeNull();
  });

  it('draws a timeline in date order, with the same events as a list', () => {
    const { root, buttonNamed, click } = renderCard(nato);
    expect(root.querySelector('.card-timeline')).toBeNull(); // NATO here has no timeline
    click(buttonNamed('Ukraine'));
    const dots = [...root.querySelectorAll('.card-timeline-drawing circle')].map((c) => Number(c.getAttribute('cx')));
    expect(dots).toHaveLength(3);
    expect(dots).toEqual([...dots].sort((a, b) => a - b));
    expect(root.querySelector('.card-timeline-drawing')!.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('.card-timeline summary')!.textContent).toBe('3 events, 1994–2024');
    const items = [...root.querySelectorAll('.card-timeline-list li')].map((li) => li.textContent);
    expect(items).toEqual(['1994 Partnership for Peace.', '3 April 2008 Bucharest summit.', '10 July 2024 Washington declaration.']);
  });

  it('formats partial dates', () => {
    expect(formatDate('2023-07-11')).toBe('11 July 2023');
    expect(formatDate('2023-07')).toBe('July 2023');
    expect(formatDate('1949')).toBe('1949');
  });
});
