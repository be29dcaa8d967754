// The mentions of a whole document as the content script finds them, with offsets into the concatenated text
// of the nodes it reads. Used by the scan CLI (over a DOM parsed in Node) so that KB authors see exactly what
// a page would get.
import type { Matcher, Mention } from '../match/matcher';
import { paragraphText, TextFilter, TextWalk } from './text-nodes';

export interface DocumentMention extends Mention {
  surface: string;
}

export function documentMentions(root: Node, matcher: Matcher): DocumentMention[] {
  const out: DocumentMention[] = [];
  let offset = 0;
  const walk = new TextWalk(root, new TextFilter(), { includeTiny: true });
  for (let node = walk.next(); node; node = walk.next()) {
    const text = walk.data;
    for (const m of matcher.find(text, () => paragraphText(node))) {
      out.push({ start: offset + m.start, end: offset + m.end, surface: text.slice(m.start, m.end), entity: m.entity });
    }
    offset += text.length;
  }
  return out;
}
