// Text in, findings out: parse once, run the rules, then apply config and pragmas as a post-filter.

import { LINT_LEVELS } from '../types.js'
import type { LintFinding, LintLevel, RuleSeverity } from '../types.js'
import type { LintConfig } from './config.js'
import { forgetFileAnswers, memoizePair } from './memo.js'
import type { DockerfileModel } from './model.js'
import { emptyModel, parseDockerfile } from './parse.js'
import { isExperimentalOn, isIgnored, readPragmas } from './pragmas.js'
import type { Pragmas } from './pragmas.js'
import { codeResolver, inProfile, ruleFamily } from './profiles.js'
import type { ExternalHit, ImageContext, Rule, RuleContext, RuleHit } from './rule.js'
import { rules } from './rules/index.js'
import { finalStage } from './stages.js'
import { expansionOverflows } from './variables.js'

// Pragmas may name any registered rule by a BuildKit name, whichever rules a run selects.
const resolveName = codeResolver(rules.map((r) => r.meta))

/** The code hadolint gives a file it cannot parse. */
export const PARSE_ERROR = 'DL1000'

export function lintText(text: string, file: string, config: LintConfig, external: readonly ExternalHit[] = []): LintFinding[] {
  return lintModel(rules, safeParse(text), file, config, external)
}

/** lintText with a chosen set of rules (the rule tester runs one rule at a time). */
export function lintWith(selected: readonly Rule[], text: string, file: string, config: LintConfig): LintFinding[] {
  return lintModel(selected, safeParse(text), file, config)
}

/**
 * The rules over an already parsed model, plus findings from outside tools (ShellCheck) that go through the same
 * config and pragma filter, so `ignored: [SC2086]` and `# hadolint ignore=SC2086` work as in hadolint.
 */
export function lintModel(
  selected: readonly Rule[],
  model: DockerfileModel,
  file: string,
  config: LintConfig,
  external: readonly ExternalHit[] = [],
  known: ImageContext = {}
): LintFinding[] {
  return lintRules(selected, model, file, config, known).withExternal(external)
}

/** The rules' findings over a model, and the means to add outside tools' hits to them once those are known. */
export interface RuleFindings {
  /** Sorted, in hadolint's order. */
  findings: LintFinding[]
  /**
   * The findings with the hits that pass the file's config and pragmas among them, sorted: the CLI runs the rules while
   * ShellCheck runs, and adds its hits after. No rule has an outside tool's code, so the order is a single pass's.
   */
  withExternal(external: readonly ExternalHit[]): LintFinding[]
}

export function lintRules(selected: readonly Rule[], model: DockerfileModel, file: string, config: LintConfig, known: ImageContext = {}): RuleFindings {
  try {
    return runRules(selected, model, file, config, known)
  } finally {
    // The rules have read what they share about the file (see memo.ts): let it go now rather than with the model.
    forgetFileAnswers()
  }
}

function runRules(selected: readonly Rule[], model: DockerfileModel, file: string, config: LintConfig, known: ImageContext): RuleFindings {
  // Like hadolint, a file that does not parse is not linted further: rules would report on a misread file.
  const problems = parseProblems(model)
  if (problems.length > 0) {
    const findings = sortFindings(problems.map((p): LintFinding => ({ file, line: p.line, column: 1, level: 'error', code: PARSE_ERROR, message: p.message })))
    return { findings, withExternal: () => findings }
  }
  const pragmas = readPragmas(model, resolveName, { disableIgnorePragma: config.disableIgnorePragma })
  const findings: LintFinding[] = []
  const context: RuleContext = { ...known, config }
  const configured = configuredRules(config, selected)
  // Most files have no `# check=` directive that sets levels: each rule's level is then the config's alone.
  const directed = setsLevels(pragmas.check)
  for (let r = 0; r < configured.length; r++) {
    const configuredRule = configured[r]
    const level = directed && configuredRule.override === undefined ? defaultLevel(configuredRule.rule, pragmas) : configuredRule.level
    if (level === 'ignore') continue
    // The loop runs every rule over every file: no call of its own for the guard, and the rest read only on a hit.
    let hits: RuleHit[]
    try {
      hits = configuredRule.check(model, context)
    } catch (error) {
      hits = [internalError(configuredRule.code, error)]
    }
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]
      const { code, title, docsUrl } = configuredRule
      if (isIgnored(pragmas, code, hit.line)) continue
      const finding: LintFinding = { file, line: hit.line, column: 1, level: capped(level, hit.atMost), code, message: hit.message ?? title, title, docsUrl }
      if (hit.fix && context.fixes !== false) finding.fix = hit.fix
      findings.push(finding)
    }
  }
  sortFindings(findings)
  return {
    findings,
    withExternal: (external) => (external.length === 0 ? findings : sortFindings([...findings, ...filterExternal(external, pragmas, file, config)]))
  }
}

function parseProblems(model: DockerfileModel) {
  return model.problems.length > 0 ? model.problems : expansionOverflows(model)
}

function filterExternal(external: readonly ExternalHit[], pragmas: Pragmas, file: string, config: LintConfig): LintFinding[] {
  const findings: LintFinding[] = []
  for (const hit of external) {
    const level = LINT_LEVELS.find((l) => config.override[l].includes(hit.code)) ?? hit.level
    if (config.ignored.includes(hit.code) || !inProfile(hit.code, config.profile) || isIgnored(pragmas, hit.code, hit.line)) continue
    findings.push({ file, column: 1, ...hit, level })
  }
  return findings
}

/** The 1-based line of the final stage's FROM, if the text has one. */
export function finalFromLine(text: string): number | undefined {
  return finalStage(safeParse(text))?.from.line
}

export function safeParse(text: string): DockerfileModel {
  try {
    return parseDockerfile(text)
  } catch (error) {
    return emptyModel([{ line: 1, message: `internal error while parsing (${String(error)}); please report it with the Dockerfile` }])
  }
}

/** A bug in one rule must not hide the others' findings or crash the gate: the rule is skipped, and named to report it. */
function internalError(code: string, error: unknown): RuleHit {
  return { line: 1, message: `internal error in rule ${code}, which was skipped (${String(error)}); please report it with the Dockerfile` }
}

// What the config alone decides of each rule (whether it runs in the profile, an overridden level), worked out once
// per config and rule list rather than for every rule of every file, with what each finding copies from the rule.
interface ConfiguredRule {
  rule: Rule
  /** The rule's check, at hand: the loop calls it for every rule of every file. */
  check: Rule['check']
  code: string
  title: string
  docsUrl: string
  /** The worst override list that names the code, if any. */
  override: LintLevel | undefined
  /** The level in a file without a `# check=` directive that sets levels: the override, else the rule's default. */
  level: RuleSeverity
}
const configuredRules = memoizePair((config: LintConfig, selected: readonly Rule[]): ConfiguredRule[] =>
  selected
    .filter(({ meta: { code } }) => !config.ignored.includes(code) && inProfile(code, config.profile))
    .map((rule) => {
      const { code, title, docsUrl, severity } = rule.meta
      const override = LINT_LEVELS.find((level) => config.override[level].includes(code))
      return { rule, check: rule.check, code, title, docsUrl, override, level: override ?? severity }
    })
)

/** Whether a `# check=` directive changes the level of rules the config leaves alone (see defaultLevel). */
function setsLevels(check: Pragmas['check']): boolean {
  return check.error || check.experimentalAll || check.experimental.size > 0
}

/**
 * The level of a rule the config leaves alone: its default. BuildKit's `# check=` directive acts on its own checks
 * where the config is silent: `experimental=` switches a default-off check on (at BuildKit's one level, warning) and
 * `error=true` makes them fail the build, so they are errors.
 */
function defaultLevel(rule: Rule, pragmas: Pragmas): RuleSeverity {
  const { code, severity } = rule.meta
  const level = severity === 'ignore' && isExperimentalOn(pragmas, code) ? 'warning' : severity
  return level !== 'ignore' && pragmas.check.error && ruleFamily(code) === 'buildkit' ? 'error' : level
}

/** `level`, or `atMost` when that is the milder of the two. */
function capped(level: LintLevel, atMost: LintLevel | undefined): LintLevel {
  return atMost !== undefined && LINT_LEVELS.indexOf(atMost) > LINT_LEVELS.indexOf(level) ? atMost : level
}

/** hadolint's order: by line, then code. */
export function sortFindings(findings: LintFinding[]): LintFinding[] {
  return findings.sort((a, b) => a.line - b.line || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}
