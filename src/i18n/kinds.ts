// The UI names of the kinds of entity, in the order the popup groups them and the settings list them.
import { ENTITY_TYPES, type EntityType } from '../kb/schema';
import type { MessageKey } from './translate';

/** Organizations, events, places, people, processes, then treaties: the schema's order. */
export const KIND_ORDER: readonly EntityType[] = ENTITY_TYPES;

/** A group heading or a checkbox: "Organizations". */
export const KIND_GROUP_KEYS: Record<EntityType, MessageKey> = {
  organization: 'kindsOrganization',
  event: 'kindsEvent',
  place: 'kindsPlace',
  person: 'kindsPerson',
  process: 'kindsProcess',
  document: 'kindsDocument',
};

/** One entity's kind: "Organization". */
export const KIND_KEYS: Record<EntityType, MessageKey> = {
  organization: 'kindOrganization',
  event: 'kindEvent',
  place: 'kindPlace',
  person: 'kindPerson',
  process: 'kindProcess',
  document: 'kindDocument',
};
