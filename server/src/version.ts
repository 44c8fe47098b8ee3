/** Set by scripts/build.mjs from package.json. */
declare const INVITE_LINT_VERSION: string;

export const VERSION = INVITE_LINT_VERSION;
