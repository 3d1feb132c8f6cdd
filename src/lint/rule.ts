import type { LintLevel } from '../types.js'
import type { LintConfig } from './config.js'
import type { DockerfileModel } from './model.js'

export interface RuleMeta {
  code: string
  /** Default level; a config override can change it. */
  severity: LintLevel
  title: string
  /** One or two sentences: why it matters in production. */
  why: string
  docsUrl: string
  fixable: boolean
}

export interface RuleHit {
  line: number
  /** Defaults to the rule's title. */
  message?: string
}

/** What a rule may read besides the model; rule options (trusted registries, label schema) belong here. */
export interface RuleContext {
  config: LintConfig
}

export interface Rule {
  meta: RuleMeta
  check(model: DockerfileModel, context: RuleContext): RuleHit[]
}

const CONTAINER_GATE_RULES = 'https://github.com/container-gate/container-gate/blob/main/docs/rules/'

export function hadolintDocs(code: string): string {
  return `https://github.com/hadolint/hadolint/wiki/${code}`
}

export function containerGateDocs(code: string): string {
  return `${CONTAINER_GATE_RULES}${code}.md`
}
