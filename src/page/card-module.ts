// The card's code, loaded on demand (see card-module-file.ts): what the content script asks of it is one
// function that makes the card host.
import cardStyles from '../ui/card.css?inline';
import { CardHost, type CardHostEvents } from './card-host';
import type { CardView } from './card-session';

export function createCardView(doc: Document, events: CardHostEvents): CardView {
  return new CardHost(doc, cardStyles, events);
}
