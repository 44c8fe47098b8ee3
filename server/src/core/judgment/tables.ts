/** Every phrase table of the judgment, by name, so that one test can check each entry's example. */
import { EVENTS, INTRODUCTIONS, NUMBERED_PLACES, OFFERS, PITCH_FRAMES, SHARED_ACTS, TIMES, WISHES, WORK_FRAMES } from './frames';
import { INVITATIONS, PROFILE_FACTS, SELF_DESCRIPTIONS } from './person-frames';
import { REQUEST_SHAPES, STOCK_SHAPES, type Phrase } from './requests';

export { REPEATED_WORDS } from './words';

export const PHRASE_TABLES: Record<string, readonly Phrase[]> = {
  STOCK_SHAPES,
  REQUEST_SHAPES,
  WORK_FRAMES,
  PROFILE_FACTS,
  SELF_DESCRIPTIONS,
  INVITATIONS,
  PITCH_FRAMES,
  TIMES,
  SHARED_ACTS,
  OFFERS,
  EVENTS,
  NUMBERED_PLACES,
  INTRODUCTIONS,
  WISHES,
};
