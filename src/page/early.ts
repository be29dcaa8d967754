// Runs at document_start, before the page has any style: adopts the sheet that draws our marks, so that adding
// it never makes the browser recompute the style of a whole page (see highlight-sheet.ts). Nothing else.
import { highlightSheet } from './highlight-sheet';

highlightSheet(document);
