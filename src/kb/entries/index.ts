// Every entry of the knowledge base, as written, one file per area. Validated by `loadKnowledgeBase`
// (the build, kb:check and the tests).
import type { EntryInput } from '../schema';
import { allianceEntries } from './alliance';
import { coreEntries } from './core';
import { peopleEntries } from './people';
import { stateEntries } from './states';

export const allEntries: readonly EntryInput[] = [...coreEntries, ...allianceEntries, ...stateEntries, ...peopleEntries];
