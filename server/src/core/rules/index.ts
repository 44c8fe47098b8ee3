import type { Rule } from '../rule';
import { formGreeting } from './form-greeting';
import { genericInvite } from './generic-invite';
import { groupBoilerplate } from './group-boilerplate';
import { invisibleCharacter } from './invisible-character';
import { noPersonalTouch } from './no-personal-touch';
import { placeholder } from './placeholder';
import { salesPitch } from './sales-pitch';
import { shouting } from './shouting';
import { signature } from './signature';
import { tooLong } from './too-long';

/** Every rule, in the order the README documents them. */
export const RULES: readonly Rule[] = [
  tooLong,
  genericInvite,
  groupBoilerplate,
  placeholder,
  noPersonalTouch,
  formGreeting,
  shouting,
  signature,
  invisibleCharacter,
  salesPitch,
];
