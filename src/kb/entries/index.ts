// Every entry of the knowledge base, as written. Validated by `loadKnowledgeBase` (the build and kb:check).
import type { EntryInput } from '../schema';
import { coreEntries } from './core';

export const allEntries: readonly EntryInput[] = [...coreEntries];
