// Validates the whole knowledge base: each entry against the schema, then the rules that span entries
// (unique ids, known related ids, cited sources, unambiguous aliases, as-of dates on changeable facts).
// Every problem names the entry and the field, so a failing build says exactly what to fix.
import * as v from 'valibot';
import { foldText } from '../match/fold';
import { isAcronym } from '../match/lexicon';
import { EntrySchema, type Entry } from './schema';

export interface KbProblem {
  /** The entry's id, or `#<index>` when it has no usable id. */
  entry: string;
  /** Dotted path to the field, e.g. `facts.2.source`. */
  field: string;
  message: string;
}

export type KbResult = { ok: true; entries: Entry[] } | { ok: false; problems: KbProblem[] };

export function formatProblem(p: KbProblem): string {
  return `entry "${p.entry}", field "${p.field}": ${p.message}`;
}

function entryLabel(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : `#${index}`;
}

/** The key under which two aliases would collide in the matcher. */
function aliasKey(text: string, caseSensitive: boolean | undefined): string {
  const sensitive = caseSensitive ?? isAcronym(text);
  return sensitive ? `=${text}` : `~${foldText(text)}`;
}

export function validateEntries(raw: readonly unknown[]): KbResult {
  const problems: KbProblem[] = [];
  const entries: Entry[] = [];
  raw.forEach((item, index) => {
    const result = v.safeParse(EntrySchema, item);
    if (result.success) entries.push(result.output);
    else {
      for (const issue of result.issues) {
        problems.push({
          entry: entryLabel(item, index),
          field: v.getDotPath(issue) ?? '(entry)',
          message: issue.message,
        });
      }
    }
  });

  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push({ entry: e.id, field: 'id', message: 'duplicate id' });
    ids.add(e.id);
  }

  const aliasOwners = new Map<string, { entry: string; conditional: boolean }[]>();
  for (const e of entries) {
    e.related.forEach((id, i) => {
      if (!ids.has(id)) problems.push({ entry: e.id, field: `related.${i}`, message: `unknown entry id "${id}"` });
      if (id === e.id) problems.push({ entry: e.id, field: `related.${i}`, message: 'an entry cannot relate to itself' });
    });
    const sourceIds = new Set<string>();
    e.sources.forEach((s, i) => {
      if (sourceIds.has(s.id)) problems.push({ entry: e.id, field: `sources.${i}.id`, message: `duplicate source id "${s.id}"` });
      sourceIds.add(s.id);
    });
    e.facts.forEach((f, i) => {
      if (!sourceIds.has(f.source)) {
        problems.push({ entry: e.id, field: `facts.${i}.source`, message: `cites "${f.source}", which is not in sources` });
      }
      if (f.changeable && !f.asOf) {
        problems.push({ entry: e.id, field: `facts.${i}.asOf`, message: 'a changeable fact needs an as-of date' });
      }
    });
    e.timeline?.forEach((t, i) => {
      if (!sourceIds.has(t.source)) {
        problems.push({ entry: e.id, field: `timeline.${i}.source`, message: `cites "${t.source}", which is not in sources` });
      }
    });
    e.aliases.forEach((a, i) => {
      // An alias may belong to several entries only when context decides: every owner but one (the default
      // reading) must say which words it `requires`.
      const key = aliasKey(a.text, a.caseSensitive);
      const owners = aliasOwners.get(key) ?? [];
      const clash = owners.find((o) => o.entry === e.id || (!o.conditional && !a.context?.requires));
      if (clash) {
        problems.push({
          entry: e.id,
          field: `aliases.${i}.text`,
          message:
            clash.entry === e.id
              ? `alias "${a.text}" appears twice in this entry`
              : `alias "${a.text}" is already an alias of "${clash.entry}"; give one of them context.requires to tell them apart`,
        });
      }
      owners.push({ entry: e.id, conditional: !!a.context?.requires });
      aliasOwners.set(key, owners);
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}
