// The extension's Card component and style sheet, rendered into an OPEN shadow root of an ordinary page, so
// that axe-core (which cannot enter the extension's closed shadow root) can check exactly that markup and
// those styles. Adopted the same way as in src/page/card-host.tsx.
import { render } from 'preact';
import { indexById, loadKnowledgeBase } from '../../../src/kb';
import { Card, type CardTheme } from '../../../src/ui/Card';
import cardStyles from '../../../src/ui/card.css?inline';

const kb = indexById(loadKnowledgeBase());
const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
const sheet = new CSSStyleSheet();
sheet.replaceSync(cardStyles);
root.adoptedStyleSheets = [sheet];

let renders = 0;
(window as unknown as { showCard(options: { id: string | null; theme?: CardTheme; error?: string }): void }).showCard = ({ id, theme, error }) => {
  render(
    <Card
      cardKey={String(renders++)}
      entry={id ? (kb.get(id) ?? null) : null}
      error={error}
      theme={theme}
      lookup={(relatedId) => kb.get(relatedId)}
      requestEntries={() => {}}
      onClose={() => {}}
    />,
    root,
  );
};
