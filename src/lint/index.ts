// The lint engine's public surface for the pipeline, the reports and the CLI.

export { lintText, finalFromLine, PARSE_ERROR } from './engine.js'
export { rules } from './rules/index.js'
export { defaultLintConfig, FAILURE_THRESHOLDS, failsThreshold, isFailureThreshold, LintConfigError, parseLintConfig, withConfig } from './config.js'
export type { FailureThreshold, LintConfig } from './config.js'
export { describeFsError, findLintConfig, loadLintConfig } from './config-file.js'
export { formatFindings } from './output.js'
export type { OutputFormat } from './output.js'
export type { Rule, RuleMeta } from './rule.js'
