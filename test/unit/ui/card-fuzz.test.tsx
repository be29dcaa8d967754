// @vitest-environment happy-dom
// The card renders any entry text as text: random strings full of markup and URLs never become elements
// or links other than the sources' https links.
import fc from 'fast-check';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/kb/schema';
import { Card } from '../../../src/ui/Card';

const hostile = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}'),
);

describe('card fuzzing', () => {
  it('keeps hostile entry text inert', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'http://x.org', 'data:text/html,<b>x</b>'), (name, summary, value, url) => {
        const entry: Entry = {
          id: 'x', type: 'organization', name, wikipedia: 'X', aliases: [{ text: 'X', lang: 'en' }], summary,
          facts: [{ label: value, value, source: 's' }], related: [], asOf: '2026-01-01',
          sources: [{ id: 's', url, title: value, publisher: name }],
        };
        const root = document.createElement('div');
        render(<Card entry={entry} onClose={() => {}} />, root);
        const tags = new Set([...root.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));
        for (const tag of tags) expect(['div', 'header', 'h2', 'p', 'button', 'dl', 'dt', 'dd', 'footer', 'time', 'h3', 'ul', 'li', 'a', 'span']).toContain(tag);
        for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
        expect(root.querySelector('script, img, svg, iframe')).toBeNull();
        render(null, root);
      }),
      { numRuns: 200 },
    );
  });
});
