// The lint engine's public surface for the pipeline, the reports and the CLI.

export { finalFromLine, lintModel, lintRules, lintText, PARSE_ERROR, safeParse, sortFindings } from './engine.js'
export type { RuleFindings } from './engine.js'
export { rules } from './rules/index.js'
export {
  defaultLintConfig, environmentLayer, FAILURE_THRESHOLDS, failsThreshold, hadolintActionLayer, LABEL_TYPES, LintConfigError,
  lintGateFromConfig, mergeLayers, parseConfigFile, parseLabelRequirement, resolveCodes, withConfig
} from './config.js'
export type { ConfigLayer, FailureThreshold, HadolintActionInputs, LabelType, LintConfig, LintSettings } from './config.js'
export { configCandidates, findLintConfig, loadLintSettings } from './config-file.js'
export type { ConfigPlaces } from './config-file.js'
export { formatFindings, OUTPUT_FORMATS } from './output.js'
export type { OutputFormat, TextFormat } from './output.js'
export { inProfile, PROFILES, ruleFamily } from './profiles.js'
export type { Profile } from './profiles.js'
export { pragmaShell, readPragmas } from './pragmas.js'
export type { Pragmas } from './pragmas.js'
export type { Rule, RuleMeta } from './rule.js'
