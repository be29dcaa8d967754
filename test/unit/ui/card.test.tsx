// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { loadKnowledgeBase } from '../../../src/kb';
import { Card, MAX_FACTS } from '../../../src/ui/Card';
import { formatDate } from '../../../src/ui/format';
import { sampleEntry } from '../kb/sample-entries';

function renderCard(entry: ReturnType<typeof loadKnowledgeBase>[number] | null, error?: string) {
  const root = document.createElement('div');
  const onClose = vi.fn();
  render(<Card entry={entry} error={error} onClose={onClose} />, root);
  return { root, onClose };
}

describe('Card', () => {
  const [entry] = loadKnowledgeBase([
    sampleEntry({
      id: 'nato',
      name: 'NATO',
      summary: '<img src=x onerror=alert(1)> A military alliance.',
      facts: Array.from({ length: 7 }, (_, i) => ({ label: `Fact ${i}`, value: `<b>value ${i}</b>`, date: '2023-07-11', source: 's' })),
      sources: [
        { id: 's', url: 'https://www.nato.int/', title: 'NATO official site', publisher: 'NATO' },
        { id: 't', url: 'https://example.org/x', title: 'Other', publisher: 'Example' },
      ],
    }),
  ]);

  it('is a labelled dialog with the name, summary, facts, as-of date and sources', () => {
    const { root } = renderCard(entry!);
    const dialog = root.querySelector('[role="dialog"]')!;
    const title = root.querySelector('#' + dialog.getAttribute('aria-labelledby'))!;
    expect(title.textContent).toBe('NATO');
    expect(root.querySelectorAll('.card-fact')).toHaveLength(MAX_FACTS);
    expect(root.textContent).toContain('As of 1 November 2026');
    expect(root.textContent).toContain('(11 July 2023)');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.nato.int/', 'https://example.org/x']);
    expect(links.every((a) => a.getAttribute('target') === '_blank' && a.getAttribute('rel')?.includes('noopener'))).toBe(true);
  });

  it('renders markup in data as inert text', () => {
    const { root } = renderCard(entry!);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('renders a non-https source as text, not a link', () => {
    const hostile = { ...entry!, sources: [{ id: 's', url: 'javascript:alert(1)', title: 'Bad', publisher: 'X' }] };
    const { root } = renderCard(hostile);
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('Bad');
  });

  it('closes from its close button and shows errors', () => {
    const { root, onClose } = renderCard(null, 'Not in the knowledge base.');
    (root.querySelector('button') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledOnce();
    expect(root.textContent).toContain('Not in the knowledge base.');
  });

  it('formats partial dates', () => {
    expect(formatDate('2023-07-11')).toBe('11 July 2023');
    expect(formatDate('2023-07')).toBe('July 2023');
    expect(formatDate('1949')).toBe('1949');
  });
});
