// Text in, findings out: parse once, run the rules, then apply config and pragmas as a post-filter.

import { LINT_LEVELS } from '../types.js'
import type { LintFinding, RuleSeverity } from '../types.js'
import type { LintConfig } from './config.js'
import type { DockerfileModel } from './model.js'
import { emptyModel, parseDockerfile } from './parse.js'
import { isIgnored, readPragmas } from './pragmas.js'
import type { ExternalHit, Rule, RuleHit } from './rule.js'
import { rules } from './rules/index.js'
import { finalStage } from './stages.js'

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
export function lintModel(selected: readonly Rule[], model: DockerfileModel, file: string, config: LintConfig, external: readonly ExternalHit[] = []): LintFinding[] {
  // Like hadolint, a file that does not parse is not linted further: rules would report on a misread file.
  if (model.problems.length > 0) {
    return sorted(model.problems.map((p) => ({ file, line: p.line, column: 1, level: 'error', code: PARSE_ERROR, message: p.message })))
  }
  const pragmas = readPragmas(model.comments)
  const findings: LintFinding[] = []
  for (const rule of selected) {
    const { code, title, docsUrl } = rule.meta
    const level = levelOf(rule, config)
    if (level === 'ignore' || config.ignored.includes(code)) continue
    for (const hit of runRule(rule, model, config)) {
      if (isIgnored(pragmas, code, hit.line)) continue
      const finding: LintFinding = { file, line: hit.line, column: 1, level, code, message: hit.message ?? title, title, docsUrl }
      if (hit.fix) finding.fix = hit.fix
      findings.push(finding)
    }
  }
  for (const hit of external) {
    const level = LINT_LEVELS.find((l) => config.override[l].includes(hit.code)) ?? hit.level
    if (config.ignored.includes(hit.code) || isIgnored(pragmas, hit.code, hit.line)) continue
    findings.push({ file, column: 1, ...hit, level })
  }
  return sorted(findings)
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

function runRule(rule: Rule, model: DockerfileModel, config: LintConfig): RuleHit[] {
  try {
    return rule.check(model, { config })
  } catch (error) {
    // A bug in one rule must not hide the others' findings or crash the gate; say which rule to report.
    return [{ line: 1, message: `internal error in rule ${rule.meta.code}, which was skipped (${String(error)}); please report it with the Dockerfile` }]
  }
}

/** The configured level: the worst override list that names the code, else the rule's default. */
function levelOf(rule: Rule, config: LintConfig): RuleSeverity {
  return LINT_LEVELS.find((level) => config.override[level].includes(rule.meta.code)) ?? rule.meta.severity
}

function sorted(findings: LintFinding[]): LintFinding[] {
  return findings.sort((a, b) => a.line - b.line || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}
