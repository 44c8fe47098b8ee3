/**
 * Columns that only say who the recipient is: a mail merge fills them from a profile, so their
 * values never make a note personal ("Hi {{first_name}}, I see {{company}} is hiring" could go to
 * anyone on the list). Every other column (how you met, a line written for the person) counts.
 * Each pattern matches a column key (lower case, no spaces, hyphens or underscores) and carries a
 * column name it must match (checked by a test).
 */
import type { Phrase } from '../judgment/requests';

export const PROFILE_COLUMNS: readonly Phrase[] = [
  { pattern: '(?:first|last|full|given|family|middle|nick|display|contact|preferred|recipient|person|sur)?name', example: 'First Name' },
  { pattern: 'fname|lname|first|last|to|salutation|pronouns?|gender', example: 'fname' },
  { pattern: '(?:current|parent)?(?:company|companyname|employer|organi[sz]ation|org|account|accountname|business|firm|brand)', example: 'Company Name' },
  { pattern: '(?:job|current)?(?:title|position|role|jobrole|headline|seniority|department|function|occupation)', example: 'Job Title' },
  { pattern: 'city|location|country|region|state|town|area|timezone|address|zip|postcode', example: 'City' },
  { pattern: 'industry|sector|companysize|employees|revenue', example: 'Industry' },
  { pattern: 'school|university|college|degree|major|graduationyear|classyear', example: 'University' },
  { pattern: 'email|emailaddress|phone|mobile|linkedin|linkedinurl|profile|profileurl|url|website|handle|username|twitter|id', example: 'LinkedIn URL' },
];

const PROFILE = new RegExp(`^(?:${PROFILE_COLUMNS.map((column) => column.pattern).join('|')})$`);

/** Whether a column only fills in who the recipient is. `key` is the column's normalised name. */
export function isProfileColumn(key: string): boolean {
  return PROFILE.test(key);
}
