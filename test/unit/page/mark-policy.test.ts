import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/kb';
import { buildLexicon } from '../../../src/kb/lexicon';
import type { Marker } from '../../../src/page/highlighter';
import { highlightRules, MARK_GROUPS } from '../../../src/page/highlight-sheet';
import { markedMentions, markPolicyOf, MarkSelection } from '../../../src/page/mark-policy';
import { DEFAULT_SETTINGS } from '../../../src/settings';

const KINDS: Record<string, string> = { nato: 'organization', kyiv: 'place', summit: 'event' };
const kindOf = (id: string) => KINDS[id];

interface FakeMention {
  entity: string;
  range: AbstractRange;
  name: string;
}
function mentions(...entities: string[]): FakeMention[] {
  return entities.map((entity, i) => ({ entity, name: `${entity}#${i}`, range: { name: `${entity}#${i}` } as unknown as AbstractRange }));
}
const names = (set: Iterable<FakeMention>) => [...set].map((m) => m.name);

function recordingMarker(): Marker & { marked: Set<string>; active: string | null } {
  const marked = new Set<string>();
  const name = (r: AbstractRange) => (r as unknown as { name: string }).name;
  return {
    marked,
    active: null,
    add: (r) => void marked.add(name(r)),
    delete: (r) => void marked.delete(name(r)),
    clear: () => marked.clear(),
    setActive(r) {
      this.active = r ? name(r) : null;
    },
    styleShadowRoot() {},
    styleFrame() {},
  };
}

describe('which mentions get a mark', () => {
  const page = mentions('nato', 'kyiv', 'nato', 'summit', 'kyiv', 'unknown');

  it('marks every mention by default', () => {
    expect(names(markedMentions(page, markPolicyOf(DEFAULT_SETTINGS), kindOf))).toEqual(names(page));
  });

  it('marks only the first mention of each entity', () => {
    expect(names(markedMentions(page, markPolicyOf({ markScope: 'first', unmarkedKinds: [] }), kindOf))).toEqual([
      'nato#0', 'kyiv#1', 'summit#3', 'unknown#5',
    ]);
  });

  it('leaves the chosen kinds unmarked, and marks entities of unknown kind', () => {
    expect(names(markedMentions(page, markPolicyOf({ markScope: 'all', unmarkedKinds: ['place', 'event'] }), kindOf))).toEqual([
      'nato#0', 'nato#2', 'unknown#5',
    ]);
  });

  it('combines both: the first mention of each kind still marked', () => {
    expect(names(markedMentions(page, markPolicyOf({ markScope: 'first', unmarkedKinds: ['organization'] }), kindOf))).toEqual([
      'kyiv#1', 'summit#3', 'unknown#5',
    ]);
  });
});

describe('keeping the marks to the settings', () => {
  it('lets the scanner mark at once while every mention is marked', () => {
    const marker = recordingMarker();
    const selection = new MarkSelection<FakeMention>(marker, kindOf);
    const page = mentions('nato', 'nato');
    for (const m of page) selection.scannerMarker.add(m.range);
    expect([...marker.marked]).toEqual(['nato#0', 'nato#1']);
    expect(selection.selective).toBe(false);
    expect(page.every((m) => selection.has(m))).toBe(true);
  });

  it('holds the scanner’s marks back until the scan is done, then marks only the chosen ones', () => {
    const marker = recordingMarker();
    const selection = new MarkSelection<FakeMention>(marker, kindOf);
    selection.setPolicy(markPolicyOf({ markScope: 'first', unmarkedKinds: [] }));
    const page = mentions('nato', 'kyiv', 'nato');
    for (const m of page) selection.scannerMarker.add(m.range);
    expect(marker.marked.size).toBe(0);
    selection.sync(page);
    expect([...marker.marked].sort()).toEqual(['kyiv#1', 'nato#0']);
    expect(page.map((m) => selection.has(m))).toEqual([true, true, false]);
  });

  it('brings every mark back when the settings go back to marking everything', () => {
    const marker = recordingMarker();
    const selection = new MarkSelection<FakeMention>(marker, kindOf);
    const page = mentions('nato', 'kyiv', 'nato');
    selection.setPolicy(markPolicyOf({ markScope: 'all', unmarkedKinds: ['place'] }));
    selection.sync(page);
    expect([...marker.marked].sort()).toEqual(['nato#0', 'nato#2']);
    selection.setPolicy(markPolicyOf(DEFAULT_SETTINGS));
    selection.sync(page);
    expect([...marker.marked].sort()).toEqual(['kyiv#1', 'nato#0', 'nato#2']);
  });

  it('forgets its marks when the page is cleared', () => {
    const selection = new MarkSelection<FakeMention>(recordingMarker(), kindOf);
    selection.setPolicy(markPolicyOf({ markScope: 'first', unmarkedKinds: [] }));
    const page = mentions('nato');
    selection.sync(page);
    expect(selection.has(page[0]!)).toBe(true);
    selection.reset();
    expect(selection.has(page[0]!)).toBe(false);
  });
});

describe('the look of the marks', () => {
  const css = highlightRules('m', 'a');
  it.each([
    ['underline', 'u', /text-decoration:underline/],
    ['background', 'b', /background-color:/],
  ] as const)('draws every group of %s marks by one rule', (_style, letter, look) => {
    const rule = css.split('}').find((r) => r.includes(`::highlight(m-${letter}0)`))!;
    expect(rule).toMatch(look);
    for (let i = 0; i < MARK_GROUPS; i++) expect(rule).toContain(`::highlight(m-${letter}${i})`);
  });

  it('always tints the active mention', () => {
    expect(css).toMatch(/::highlight\(a\)\{background-color:[^}]+\}/);
  });
});

describe('the lexicon', () => {
  it('carries each entity’s kind for the content script', () => {
    const entries = loadKnowledgeBase();
    const lexicon = buildLexicon(entries);
    expect(lexicon.types).toEqual(entries.map((e) => e.type));
  });
});
