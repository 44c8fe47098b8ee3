import { COUNT_UNITS, SEVERITY_SETTINGS, type CountUnit, type Options, type SeveritySetting } from './types';
import { RULES } from './rules';

export const DEFAULT_OPTIONS: Options = Object.freeze({
  maxLength: 200,
  countUnit: 'utf16',
  rules: {},
  extraGenericPhrases: [],
  extraPlaceholders: [],
}) as Options;

/** The general settings, described once for the editor's settings UI, the README and validation. */
/** Limits on the lists of extra phrases, so that a settings file cannot slow every keystroke. */
export const MAX_EXTRA_PHRASES = 5_000;
export const MAX_PHRASE_LENGTH = 200;

export const GENERAL_SETTINGS = {
  maxLength: {
    type: 'integer',
    default: DEFAULT_OPTIONS.maxLength,
    minimum: 1,
    description:
      'Character limit of a note. LinkedIn allows 200 on most accounts and 300 on some paid ones; a note can set its own with a `# limit: 300` header.',
  },
  countUnit: {
    type: 'string',
    default: DEFAULT_OPTIONS.countUnit,
    enum: COUNT_UNITS,
    enumDescriptions: [
      "UTF-16 code units, as LinkedIn's counter and browser text areas count: an emoji counts 2.",
      'Unicode code points: an emoji counts 1, a letter with a combining accent counts 2.',
      'User-perceived characters (grapheme clusters): what you see as one character counts 1.',
    ],
    description: 'How characters are counted.',
  },
  extraGenericPhrases: {
    type: 'array',
    items: { type: 'string' },
    default: [],
    description: 'More phrases to report as generic, matched literally (ignoring case, apostrophe style and spacing); at most 5,000 phrases of 200 characters.',
  },
  extraPlaceholders: {
    type: 'array',
    items: { type: 'string' },
    default: [],
    description: 'More template text to report as unfilled placeholders, matched literally; at most 5,000 of 200 characters.',
  },
} as const;

export interface OptionProblem {
  /** The setting's key, e.g. `maxLength` or `rules.too-long`. */
  key: string;
  message: string;
}

export interface ResolvedOptions {
  options: Options;
  problems: OptionProblem[];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates settings (from the editor or a `.invitelintrc.json`) on top of `base`. A bad value is
 * reported and skipped, so one mistake never turns the other settings off. With `strict`, unknown
 * keys are reported too.
 */
export function resolveOptions(input: unknown, base: Options = DEFAULT_OPTIONS, strict = false): ResolvedOptions {
  const options: Options = { ...base, rules: { ...base.rules } };
  const problems: OptionProblem[] = [];
  if (input === undefined || input === null) return { options, problems };
  if (!isPlainObject(input)) {
    return { options, problems: [{ key: '(root)', message: `expected an object of settings, got ${describe(input)}` }] };
  }
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case 'maxLength':
        if (typeof value === 'number' && Number.isInteger(value) && value > 0) options.maxLength = value;
        else problems.push({ key, message: `expected a positive integer, got ${describe(value)}` });
        break;
      case 'countUnit':
        if (COUNT_UNITS.includes(value as CountUnit)) options.countUnit = value as CountUnit;
        else problems.push({ key, message: `expected one of ${COUNT_UNITS.join(', ')}, got ${describe(value)}` });
        break;
      case 'extraGenericPhrases':
      case 'extraPlaceholders': {
        const notText = Array.isArray(value) ? value.findIndex((item) => typeof item !== 'string') : -1;
        if (!Array.isArray(value)) problems.push({ key, message: `expected an array of strings, got ${describe(value)}` });
        else if (notText >= 0) problems.push({ key: `${key}[${notText}]`, message: `expected a string, got ${describe(value[notText])}` });
        else if (value.length > MAX_EXTRA_PHRASES) problems.push({ key, message: `at most ${MAX_EXTRA_PHRASES.toLocaleString('en-US')} phrases, got ${value.length.toLocaleString('en-US')}` });
        else if (value.some((item: string) => item.length > MAX_PHRASE_LENGTH)) problems.push({ key: `${key}[${value.findIndex((item: string) => item.length > MAX_PHRASE_LENGTH)}]`, message: `at most ${MAX_PHRASE_LENGTH} characters` });
        else options[key] = value;
        break;
      }
      case 'rules':
        if (!isPlainObject(value)) {
          problems.push({ key, message: `expected an object of rule severities, got ${describe(value)}` });
          break;
        }
        for (const [id, severity] of Object.entries(value)) {
          if (severity === undefined || severity === null) continue;
          if (!RULES.some((rule) => rule.id === id)) {
            problems.push({ key: `rules.${id}`, message: `unknown rule; known rules are ${RULES.map((r) => r.id).join(', ')}` });
          } else if (!SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
            problems.push({ key: `rules.${id}`, message: `expected one of ${SEVERITY_SETTINGS.join(', ')}, got ${describe(severity)}` });
          } else {
            options.rules[id] = severity as SeveritySetting;
          }
        }
        break;
      default:
        if (strict && key !== '$schema') problems.push({ key, message: 'unknown setting' });
    }
  }
  return { options, problems };
}

/** Reads the text of a settings file over `base`: a byte order mark is fine; bad JSON or anything but an object is one problem. */
/** The settings of a configuration file, already parsed, over `base`. */
export function settingsFromFile(json: unknown, base: Options = DEFAULT_OPTIONS): ResolvedOptions {
  if (!isPlainObject(json)) return { options: base, problems: [{ key: '(file)', message: `expected an object of settings, got ${describe(json)}` }] };
  return resolveOptions(json, base, true);
}
