// The kinds of entry, in their own module: the content script needs the list (settings can leave kinds
// unmarked) but none of the entry schema.
export const ENTITY_TYPES = ['organization', 'event', 'place', 'person', 'process', 'document'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
