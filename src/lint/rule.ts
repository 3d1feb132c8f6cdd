import type { BaseImageConfig, Fix, ImageFacts, LintLevel, RuleSeverity } from '../types.js'
import type { LintConfig } from './config.js'
import type { DockerfileModel } from './model.js'

export interface RuleMeta {
  code: string
  /** What the rule asks for, in PascalCase (PinVersionsInAptGet): SARIF's readable rule name beside the code. */
  name: string
  /** Default level; a config override can change it. `ignore`: off until an override switches it on. */
  severity: RuleSeverity
  title: string
  /** One or two sentences: why it matters in production. */
  why: string
  docsUrl: string
  /** True when the rule's hits can carry a `fix`. */
  fixable: boolean
  /** Other names for this rule, accepted wherever a code is (BuildKit's check names, e.g. JSONArgsRecommended). */
  aliases?: readonly string[]
}

export interface RuleHit {
  line: number
  /** Defaults to the rule's title. */
  message?: string
  fix?: Fix
  /** The most severe level this hit may have, for a hit the rule is unsure of (its message says why). */
  atMost?: LintLevel
}

/** A finding from a tool outside the rule set (ShellCheck's SC codes), already placed on a Dockerfile line. */
export interface ExternalHit {
  code: string
  level: LintLevel
  line: number
  message: string
  title?: string
  docsUrl?: string
}

/** What a rule may read besides the model; rule options (trusted registries, label schema) belong in the config. */
export interface RuleContext {
  config: LintConfig
  /** The built image, for rules that check what the image is rather than what the Dockerfile says (CG001, CG008). */
  image?: ImageFacts
  /** The configs of the base images at hand (after the build, or `lint --docker`), by the reference FROM names. */
  bases?: ReadonlyMap<string, BaseImageConfig>
  /**
   * False when nothing shows the fixes (the CLI's lint prints none): the findings carry none, and rules whose fix
   * takes work (re-parsing a script) skip it. Undefined or true: hits carry their fixes.
   */
  fixes?: boolean
}

/** The fix `make` builds, unless the run shows none (`fixes: false`): building some takes a re-parse of a script. */
export function suggestedFix<F>(context: RuleContext, make: () => F): F | undefined {
  return context.fixes === false ? undefined : make()
}

/** What a run knows of the image besides the Dockerfile: the rule context without the config. */
export type ImageContext = Omit<RuleContext, 'config'>

export interface Rule {
  meta: RuleMeta
  /**
   * The hits in one file. Runs once per file, so a run over a few hundred files spends most of its time here before V8
   * optimizes it: walks over the model's lists use indexed loops, since there every step of a for-of allocates.
   */
  check(model: DockerfileModel, context: RuleContext): RuleHit[]
}

const CONTAINER_GATE_RULES = 'https://github.com/container-gate/container-gate/blob/main/docs/rules/'

export function hadolintDocs(code: string): string {
  return `https://github.com/hadolint/hadolint/wiki/${code}`
}

export function containerGateDocs(code: string): string {
  return `${CONTAINER_GATE_RULES}${code}.md`
}
