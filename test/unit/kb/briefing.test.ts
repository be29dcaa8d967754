import { describe, expect, it } from 'vitest';
import { indexById, loadKnowledgeBase } from '../../../src/kb';
import { briefingFor, buildBriefing, gistOf, MAX_AFTER, MAX_POINTS, pickTopic } from '../../../src/kb/briefing';
import type { EntryInput } from '../../../src/kb/schema';
import { sampleEntry } from './sample-entries';

const source = 's';
function kb(entries: EntryInput[]) {
  return indexById(loadKnowledgeBase(entries));
}

const summit = sampleEntry({
  id: 'summit-2023',
  type: 'event',
  name: 'The 2023 summit',
  facts: [
    { label: 'Venue', value: 'A hall', source },
    { label: 'Dates', value: '11–12 July 2023', date: '2023-07-11', source },
    { label: 'Decision', value: 'A council was created', date: '2023-07-12', source },
    { label: 'Host', value: 'A country', source },
  ],
  timeline: [
    { date: '2022-11-09', text: 'The dates are fixed.', source },
    { date: '2023-07-12', text: 'The council meets.', source },
    { date: '2025-01', text: 'A review of the summit is published.', source },
  ],
  related: ['bid', 'alliance', 'city'],
  asOf: '2026-11-20',
});
const bid = sampleEntry({
  id: 'bid',
  type: 'process',
  name: 'The membership bid',
  facts: [
    { label: 'Applied', value: 'In 2022', date: '2022-09-30', source },
    { label: 'Status', value: 'Aspiring member', changeable: true, asOf: '2025-06-25', source },
    { label: 'Pledge', value: 'Will become a member', date: '2008-04-03', source },
    { label: 'Basis', value: 'A treaty clause', source },
    { label: 'Irreversible', value: 'Path called irreversible', date: '2024-07-10', source },
  ],
  timeline: [
    { date: '2008-04-03', text: 'The pledge.', source },
    { date: '2023', text: 'A year-only item that may or may not come after.', source },
    { date: '2023-07-12', text: 'The council meets (the bid’s telling).', source },
    { date: '2024-07-10', text: 'The path is called irreversible.', source },
    { date: '2025-01', text: 'The bid’s telling of the review.', source },
    { date: '2026-02-01', text: 'Talks continue.', source },
  ],
  related: ['summit-2023'],
  asOf: '2026-10-01',
});
const alliance = sampleEntry({
  id: 'alliance',
  type: 'organization',
  timeline: [{ date: '2024-03-07', text: 'A new member joins.', source }],
  related: ['summit-2023', 'bid'],
});
const city = sampleEntry({ id: 'city', type: 'place', related: [] });
const person = sampleEntry({ id: 'leader', type: 'person', related: ['alliance'] });
const all = kb([summit, bid, alliance, city, person]);

describe('what a page is about', () => {
  it('prefers an event over the organizations and places around it, even when they are mentioned more', () => {
    const topic = pickTopic([{ id: 'alliance', count: 9 }, { id: 'city', count: 5 }, { id: 'summit-2023', count: 1 }], all);
    expect(topic?.id).toBe('summit-2023');
  });

  it('prefers a process mentioned often over an event mentioned in passing', () => {
    const topic = pickTopic([{ id: 'summit-2023', count: 1 }, { id: 'bid', count: 5 }], all);
    expect(topic?.id).toBe('bid');
  });

  it('counts the links to the other entities on the page', () => {
    // Both processes are mentioned twice; only the bid is related to the alliance on the page.
    const other = sampleEntry({ id: 'other-process', type: 'process' });
    const entries = kb([summit, bid, alliance, city, person, other]);
    expect(pickTopic([{ id: 'other-process', count: 2 }, { id: 'bid', count: 2 }, { id: 'alliance', count: 1 }], entries)?.id).toBe('bid');
  });

  it('gives a tie to the entity mentioned first', () => {
    const a = sampleEntry({ id: 'a', type: 'process' });
    const b = sampleEntry({ id: 'b', type: 'process' });
    const entries = kb([a, b]);
    expect(pickTopic([{ id: 'b', count: 1 }, { id: 'a', count: 1 }], entries)?.id).toBe('b');
    expect(pickTopic([{ id: 'a', count: 1 }, { id: 'b', count: 1 }], entries)?.id).toBe('a');
  });

  it('falls back to people, organizations and places when the page names nothing else', () => {
    expect(pickTopic([{ id: 'city', count: 3 }, { id: 'leader', count: 2 }, { id: 'alliance', count: 1 }], all)?.id).toBe('leader');
  });

  it('has no topic for a page without known mentions', () => {
    expect(pickTopic([], all)).toBeNull();
    expect(pickTopic([{ id: 'not-in-the-kb', count: 4 }], all)).toBeNull();
    expect(briefingFor([], all)).toBeNull();
  });
});

describe('the briefing', () => {
  it('tells an event by its dated facts and what came after, quoting the entries word for word', () => {
    const briefing = buildBriefing(all.get('summit-2023')!, all);
    expect(briefing.topic).toEqual({ id: 'summit-2023', name: 'The 2023 summit', type: 'event' });
    expect(briefing.points).toEqual([
      { label: 'Dates', value: '11–12 July 2023', date: '2023-07-11' },
      { label: 'Decision', value: 'A council was created', date: '2023-07-12' },
    ]);
    // After the summit's last dated fact (2023-07-12): its own later item wins its date over the bid's; the
    // organization's timeline is its own history and stays out; so does a year-only "2023".
    expect(briefing.after).toEqual([
      { date: '2024-07-10', text: 'The path is called irreversible.', entryId: 'bid', entryName: 'The membership bid' },
      { date: '2025-01', text: 'A review of the summit is published.', entryId: 'summit-2023', entryName: 'The 2023 summit' },
      { date: '2026-02-01', text: 'Talks continue.', entryId: 'bid', entryName: 'The membership bid' },
    ]);
    // The oldest check among the quoted entries.
    expect(briefing.asOf).toBe('2026-10-01');
  });

  it('keeps only the latest few later events', () => {
    const busy = sampleEntry({
      id: 'busy',
      type: 'event',
      facts: [{ label: 'Date', value: '2020', date: '2020-01-01', source }],
      timeline: ['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01'].map((date) => ({ date, text: `Item ${date}`, source })),
    });
    const briefing = buildBriefing(kb([busy]).get('busy')!, kb([busy]));
    expect(briefing.after.map((a) => a.date)).toEqual(['2023-01-01', '2024-01-01', '2025-01-01']);
    expect(briefing.after).toHaveLength(MAX_AFTER);
  });

  it('tells a process by where it stands, then its newest dated facts', () => {
    const briefing = buildBriefing(all.get('bid')!, all);
    expect(briefing.points.map((p) => p.label)).toEqual(['Status', 'Irreversible', 'Applied', 'Pledge']);
    expect(briefing.points[0]).toEqual({ label: 'Status', value: 'Aspiring member', date: '2025-06-25' });
    expect(briefing.points).toHaveLength(MAX_POINTS);
    expect(briefing.after).toEqual([]);
    expect(briefing.asOf).toBe('2026-10-01');
  });

  it('says only what the entries say', () => {
    const briefing = briefingFor([{ id: 'alliance', count: 2 }, { id: 'summit-2023', count: 1 }], all)!;
    const entryTexts = new Set(
      [...all.values()].flatMap((e) => [e.name, ...e.facts.flatMap((f) => [f.label, f.value]), ...(e.timeline ?? []).map((t) => t.text)]),
    );
    const told = [briefing.topic.name, ...briefing.points.flatMap((p) => [p.label, p.value]), ...briefing.after.flatMap((a) => [a.text, a.entryName])];
    for (const text of told) expect(entryTexts).toContain(text);
  });

  it('briefs the real knowledge base on the Vilnius summit with its decisions for Ukraine', () => {
    const real = indexById(loadKnowledgeBase());
    const page = [
      { id: 'nato', count: 3 }, { id: 'vilnius-summit-2023', count: 1 }, { id: 'ukraine-nato-relations', count: 1 },
      { id: 'ukraine', count: 4 }, { id: 'membership-action-plan', count: 2 }, { id: 'kyiv', count: 1 },
    ];
    const briefing = briefingFor(page, real)!;
    expect(briefing.topic.id).toBe('vilnius-summit-2023');
    const summitFacts = real.get('vilnius-summit-2023')!.facts;
    expect(briefing.points.map((p) => p.value)).toEqual(summitFacts.filter((f) => f.date).slice(0, MAX_POINTS).map((f) => f.value));
    expect(briefing.after.every((a) => a.date > '2023-07-12')).toBe(true);
  });
});

describe('the one-line gist', () => {
  it.each([
    ['A body. It meets yearly.', 'A body.'],
    ['NATO’s summit of 2024 in Washington, D.C., where it began. It was the 75th.', 'NATO’s summit of 2024 in Washington, D.C., where it began.'],
    ['Signed in 1949. Twelve states.', 'Signed in 1949.'],
    ['One sentence only', 'One sentence only'],
    ['The U.S. joined. Others followed.', 'The U.S. joined.'],
  ])('of "%s" is "%s"', (summary, gist) => {
    expect(gistOf({ summary })).toBe(gist);
  });
});
