// The formats `check` and `rules` print, named once for their own parsing and for the top-level --help (which must
// not load the check command to list them). lint's are the linter's OUTPUT_FORMATS.
export const CHECK_FORMATS = ['tty', 'markdown'] as const
export const RULES_FORMATS = ['tty', 'json'] as const
