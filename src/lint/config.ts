// The hadolint-compatible lint configuration: its three sources (environment, .hadolint.yaml, command line) as
// layers, their validation, and hadolint's merge. Pure: config-file.ts reads the disk and the environment.

import { parseDocument } from 'yaml'
import { LINT_LEVELS } from '../types.js'
import type { LintFinding, LintLevel } from '../types.js'
import { OUTPUT_FORMATS } from './output.js'
import type { OutputFormat } from './output.js'
import { CHECK_NAME_SHAPE, closeNames, codeResolver, PROFILES } from './profiles.js'
import type { Profile } from './profiles.js'
import type { RuleMeta } from './rule.js'

export type FailureThreshold = LintLevel | 'none' | 'ignore'

export interface LintConfig {
  /** Codes never reported. */
  ignored: string[]
  /** Codes whose level changes; when a code is in several lists the worst level wins. */
  override: Record<LintLevel, string[]>
  failureThreshold: FailureThreshold
  noFail: boolean
  /** `trustedRegistries`: when non-empty, DL3026 allows only images from these registries (`*`, `*.x`, `x*` patterns). */
  trustedRegistries: string[]
  /** `label-schema`: label name → expected value type; turns on DL3049, DL3051–DL3056 and DL3058. */
  labelSchema: Record<string, LabelType>
  /** `strict-labels`: DL3050 reports labels that are not in the schema. */
  strictLabels: boolean
  /** `disable-ignore-pragma`: comments in the Dockerfile cannot silence findings. */
  disableIgnorePragma: boolean
  /** Which rule families run. */
  profile: Profile
  /** The stage that is built (`--target`, the action's `target`), which the final-image rules judge; empty: the last. */
  target: string
}

/** The value types hadolint's `label-schema` knows; `text` accepts anything. */
export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email'
export const LABEL_TYPES: readonly LabelType[] = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email']

/** What one source sets; an absent field leaves the value to the other sources. */
export interface ConfigLayer {
  ignored?: string[]
  override?: Partial<Record<LintLevel, string[]>>
  trustedRegistries?: string[]
  labelSchema?: Record<string, LabelType>
  strictLabels?: boolean
  failureThreshold?: FailureThreshold
  noFail?: boolean
  disableIgnorePragma?: boolean
  profile?: Profile
  /** Command line only: a config file describes rules, not which stage one build stops at. */
  target?: string
  formats?: OutputFormat[]
  noColor?: boolean
  verbose?: boolean
}

/** The merged layers: the engine's config plus the settings only the command line acts on. */
export interface LintSettings {
  config: LintConfig
  /** Whether a source set `failure-threshold` or `no-fail: true`; if none did, `config.failureThreshold` is hadolint's default. */
  thresholdGiven: boolean
  formats: OutputFormat[]
  noColor: boolean
  verbose: boolean
}

/** A configuration the user must fix; the message names the source (file, variable or flag) and what to change. */
export class LintConfigError extends Error {
  override name = 'LintConfigError'
}

/**
 * The threshold when none is set. hadolint's profile exits as hadolint does (`info`). The production profile fails
 * on warnings: its info findings (pin by digest, a slimmer base) are advice a Dockerfile that follows the production
 * advice may still get, and must not fail it.
 */
export const DEFAULT_THRESHOLDS: Readonly<Record<Profile, FailureThreshold>> = { production: 'warning', hadolint: 'info' }

/** The defaults (the production profile's). Shared: derive changed configs with withConfig, never by mutating this one. */
export const defaultLintConfig: Readonly<LintConfig> = {
  ignored: [],
  override: { error: [], warning: [], info: [], style: [] },
  failureThreshold: DEFAULT_THRESHOLDS.production,
  noFail: false,
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  disableIgnorePragma: false,
  profile: 'production',
  target: ''
}

export const FAILURE_THRESHOLDS: readonly FailureThreshold[] = [...LINT_LEVELS, 'ignore', 'none']

const FILE_KEYS = [
  'ignored', 'override', 'trustedRegistries', 'label-schema', 'strict-labels', 'failure-threshold', 'no-fail',
  'disable-ignore-pragma', 'format', 'formats', 'no-color', 'verbose', 'profile'
]

/** A fresh config: the defaults with `changes` on top (a given list replaces the default one). */
export function withConfig(changes: Partial<LintConfig>): LintConfig {
  const override = { error: [], warning: [], info: [], style: [], ...changes.override }
  return { ...defaultLintConfig, ignored: [], trustedRegistries: [], labelSchema: {}, ...changes, override }
}

/**
 * hadolint's merge, earliest layer first (environment, file, command line): a single value comes from the last
 * layer that sets it, lists are concatenated across layers, and a label set twice takes the later type. The output
 * format is the exception: we print one report on stdout, so the last layer that names formats decides them.
 */
export function mergeLayers(layers: readonly ConfigLayer[]): LintSettings {
  const last = <K extends keyof ConfigLayer>(key: K): ConfigLayer[K] => layers.reduce<ConfigLayer[K]>((found, l) => l[key] ?? found, undefined)
  const all = (pick: (l: ConfigLayer) => readonly string[] | undefined): string[] => [...new Set(layers.flatMap((l) => pick(l) ?? []))]
  const [error, warning, info, style] = LINT_LEVELS.map((level) => all((l) => l.override?.[level]))
  return {
    config: {
      ignored: all((l) => l.ignored),
      override: { error, warning, info, style },
      failureThreshold: last('failureThreshold') ?? DEFAULT_THRESHOLDS[last('profile') ?? defaultLintConfig.profile],
      noFail: last('noFail') ?? false,
      trustedRegistries: all((l) => l.trustedRegistries),
      labelSchema: Object.assign({}, ...layers.map((l) => l.labelSchema ?? {})) as Record<string, LabelType>,
      strictLabels: last('strictLabels') ?? false,
      disableIgnorePragma: last('disableIgnorePragma') ?? false,
      profile: last('profile') ?? defaultLintConfig.profile,
      target: last('target') ?? ''
    },
    // An explicit `no-fail: false` (hadolint-action's default, often copied) leaves the threshold alone.
    thresholdGiven: last('failureThreshold') !== undefined || last('noFail') === true,
    formats: last('formats') ?? ['tty'],
    noColor: last('noColor') ?? false,
    verbose: last('verbose') ?? false
  }
}

/** Parses and validates the text of a .hadolint.yaml; `file` names it in error messages. */
export function parseConfigFile(text: string, file: string, catalog: readonly RuleMeta[]): ConfigLayer {
  const doc = parseDocument(text)
  const syntax = doc.errors[0]
  if (syntax) {
    const line = syntax.linePos?.[0].line
    const reason = syntax.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new LintConfigError(`${file}${line ? `:${line}` : ''}: invalid YAML: ${reason}`)
  }
  let data: unknown
  try {
    data = doc.toJS()
  } catch (error) {
    // The YAML library refuses aliases that multiply (a "billion laughs" file) only here, when building the values.
    throw new LintConfigError(`${file}: cannot read the YAML: ${(error as Error).message.replace(/\.$/, '')}. A lint config needs no aliases (& and *): write the values out`)
  }
  if (data === null || data === undefined) return {}
  if (!isRecord(data)) throw new LintConfigError(`${file}: expected a mapping of settings (${FILE_KEYS.join(', ')}), found ${describe(data)}`)
  for (const key of Object.keys(data)) {
    if (!FILE_KEYS.includes(key)) throw new LintConfigError(`${file}: unknown key "${key}"; allowed keys are ${FILE_KEYS.join(', ')}`)
  }
  if (data.format !== undefined && data.formats !== undefined) throw new LintConfigError(`${file}: give "format" or "formats", not both`)
  const at = (key: string): string => `${file}: "${key}"`
  const present = <T>(key: string, read: (value: unknown) => T): T | undefined => (data[key] === undefined || data[key] === null ? undefined : read(data[key]))
  return {
    ignored: present('ignored', (v) => resolveCodes(stringList(v, at('ignored'), 'a list of rule codes, e.g. [DL3008, CG001]'), at('ignored'), catalog)),
    override: present('override', (v) => readOverride(v, file, catalog)),
    // hadolint's README allows a single registry as a plain string.
    trustedRegistries: present('trustedRegistries', (v) => (typeof v === 'string' ? [v] : stringList(v, at('trustedRegistries'), 'a registry or a list of registries, e.g. [docker.io, "*.example.com"]'))),
    labelSchema: present('label-schema', (v) => readLabelSchema(v, file)),
    strictLabels: present('strict-labels', (v) => readBoolean(v, at('strict-labels'))),
    failureThreshold: present('failure-threshold', (v) => readChoice(v, at('failure-threshold'), FAILURE_THRESHOLDS)),
    noFail: present('no-fail', (v) => readBoolean(v, at('no-fail'))),
    disableIgnorePragma: present('disable-ignore-pragma', (v) => readBoolean(v, at('disable-ignore-pragma'))),
    formats: present('format', (v) => [readChoice(v, at('format'), OUTPUT_FORMATS)]) ?? present('formats', (v) => readFormats(v, at('formats'))),
    noColor: present('no-color', (v) => readBoolean(v, at('no-color'))),
    verbose: present('verbose', (v) => readBoolean(v, at('verbose'))),
    profile: present('profile', (v) => readChoice(v, at('profile'), PROFILES))
  }
}

const TRUTHY = ['1', 'y', 'on', 'true', 'yes']

/**
 * hadolint's HADOLINT_* variables (and NO_COLOR, which counts when set at all). Booleans are true for 1/y/on/true/yes
 * in any case and false for anything else; unknown HADOLINT_FORMAT names are dropped, as hadolint drops them.
 */
export function environmentLayer(env: Readonly<Record<string, string | undefined>>, catalog: readonly RuleMeta[]): ConfigLayer {
  const flag = (name: string): boolean | undefined => (env[name] === undefined ? undefined : TRUTHY.includes(env[name].toLowerCase()))
  const list = (name: string): string[] | undefined => env[name]?.split(',').map((s) => s.trim()).filter(Boolean)
  const codes = (name: string): string[] | undefined => {
    const names = list(name)
    return names && resolveCodes(names, name, catalog)
  }
  const threshold = env.HADOLINT_FAILURE_THRESHOLD
  const labels = list('HADOLINT_REQUIRE_LABELS')
  return {
    ignored: codes('HADOLINT_IGNORE'),
    override: { error: codes('HADOLINT_OVERRIDE_ERROR'), warning: codes('HADOLINT_OVERRIDE_WARNING'), info: codes('HADOLINT_OVERRIDE_INFO'), style: codes('HADOLINT_OVERRIDE_STYLE') },
    trustedRegistries: list('HADOLINT_TRUSTED_REGISTRIES'),
    labelSchema: labels && Object.fromEntries(labels.map((l) => parseLabelRequirement(l, 'HADOLINT_REQUIRE_LABELS'))),
    strictLabels: flag('HADOLINT_STRICT_LABELS'),
    failureThreshold: threshold === undefined ? undefined : readChoice(threshold.trim().toLowerCase(), 'HADOLINT_FAILURE_THRESHOLD', FAILURE_THRESHOLDS),
    noFail: flag('HADOLINT_NOFAIL'),
    disableIgnorePragma: flag('HADOLINT_DISABLE_IGNORE_PRAGMA'),
    formats: list('HADOLINT_FORMAT')?.filter((f): f is OutputFormat => (OUTPUT_FORMATS as readonly string[]).includes(f)),
    noColor: env.NO_COLOR === undefined ? undefined : true,
    verbose: flag('HADOLINT_VERBOSE')
  }
}

/**
 * Rule names as the user wrote them → rule codes. BuildKit check names become the code of the rule that carries
 * them; a name no rule has is an error that suggests close ones, since a misspelt skip would silently do nothing.
 * Codes (DL/SC/CG + digits) pass as they are: SC codes belong to ShellCheck and are not in the catalogue.
 */
export function resolveCodes(names: readonly string[], where: string, catalog: readonly RuleMeta[]): string[] {
  const resolve = codeResolver(catalog)
  return names.flatMap((name) => {
    const codes = resolve(name)
    if (codes !== undefined) return codes
    if (!CHECK_NAME_SHAPE.test(name)) {
      throw new LintConfigError(`${where}: "${name}" is not a rule code; use a code such as DL3008, SC2086 or CG001, or a BuildKit check name such as JSONArgsRecommended`)
    }
    const close = closeNames(name, catalog)
    throw new LintConfigError(`${where}: unknown BuildKit check "${name}"${close.length > 0 ? `; did you mean ${close.join(', ')}?` : ''} (run container-gate rules to list them)`)
  })
}

/** `NAME:TYPE` (hadolint's --require-label and HADOLINT_REQUIRE_LABELS). */
export function parseLabelRequirement(text: string, where: string): [string, LabelType] {
  const colon = text.indexOf(':')
  const name = colon === -1 ? '' : text.slice(0, colon).trim()
  const type = text.slice(colon + 1).trim()
  if (name === '' || !(LABEL_TYPES as readonly string[]).includes(type)) {
    throw new LintConfigError(`${where}: "${text}" must be NAME:TYPE with TYPE one of ${LABEL_TYPES.join(', ')}, e.g. org.opencontainers.image.source:url`)
  }
  return [name, type as LabelType]
}

function readOverride(value: unknown, file: string, catalog: readonly RuleMeta[]): Partial<Record<LintLevel, string[]>> {
  if (!isRecord(value)) throw new LintConfigError(`${file}: "override" must map levels (${LINT_LEVELS.join(', ')}) to lists of codes, found ${describe(value)}`)
  const override: Partial<Record<LintLevel, string[]>> = {}
  for (const [key, codes] of Object.entries(value)) {
    if (!(LINT_LEVELS as readonly string[]).includes(key)) {
      throw new LintConfigError(`${file}: unknown level "${key}" under "override"; allowed levels are ${LINT_LEVELS.join(', ')}`)
    }
    if (codes === null) continue
    const where = `${file}: "override.${key}"`
    override[key as LintLevel] = resolveCodes(stringList(codes, where, 'a list of rule codes, e.g. [DL3008, CG001]'), where, catalog)
  }
  return override
}

function readLabelSchema(value: unknown, file: string): Record<string, LabelType> {
  if (!isRecord(value)) throw new LintConfigError(`${file}: "label-schema" must map label names to types (${LABEL_TYPES.join(', ')}), found ${describe(value)}`)
  // hadolint reads an empty type as text.
  return Object.fromEntries(Object.entries(value).map(([label, type]) => [label, type === null || type === '' ? 'text' : readChoice(type, `${file}: "label-schema.${label}"`, LABEL_TYPES)]))
}

function readFormats(value: unknown, where: string): OutputFormat[] {
  return stringList(value, where, `a list of formats (${OUTPUT_FORMATS.join(', ')})`).map((f) => readChoice(f, where, OUTPUT_FORMATS))
}

function stringList(value: unknown, where: string, expected: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new LintConfigError(`${where} must be ${expected}, found ${describe(value)}`)
  return value
}

function readChoice<T extends string>(value: unknown, where: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new LintConfigError(`${where} must be one of ${allowed.join(', ')}, found ${describe(value)}`)
  }
  return value as T
}

function readBoolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw new LintConfigError(`${where} must be true or false, found ${describe(value)}`)
  return value
}

/** What the user wrote, for "found …" in messages. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (isRecord(value)) return 'a mapping'
  return typeof value === 'string' ? `"${value}"` : String(value)
}

/** hadolint/hadolint-action's lint inputs, as written: comma- or newline-separated lists, codes not yet checked. */
export interface HadolintActionInputs {
  ignore: string[]
  override: Record<LintLevel, string[]>
  trustedRegistries: string[]
  failureThreshold?: FailureThreshold
  noFail?: boolean
}

/**
 * hadolint-action hands its inputs to hadolint as HADOLINT_* variables, so they are a layer like the environment's:
 * a config file still wins over them. Each code is checked like the file's, the message naming the input.
 */
export function hadolintActionLayer(inputs: HadolintActionInputs, catalog: readonly RuleMeta[]): ConfigLayer {
  const codes = (names: string[], input: string): string[] | undefined => (names.length === 0 ? undefined : resolveCodes(names, `input ${input}`, catalog))
  return {
    ignored: codes(inputs.ignore, 'ignore'),
    override: Object.fromEntries(LINT_LEVELS.map((level) => [level, codes(inputs.override[level], `override-${level}`)])),
    trustedRegistries: inputs.trustedRegistries.length === 0 ? undefined : inputs.trustedRegistries,
    failureThreshold: inputs.failureThreshold,
    noFail: inputs.noFail
  }
}

/**
 * The lint gate's level from hadolint's settings, when one of them set it: `no-fail` never fails; `ignore` and
 * `none` fail on any finding, as in hadolint, so they are the lowest level.
 */
export function lintGateFromConfig(settings: LintSettings): LintLevel | 'none' | undefined {
  if (!settings.thresholdGiven) return undefined
  if (settings.config.noFail) return 'none'
  const threshold = settings.config.failureThreshold
  return threshold === 'ignore' || threshold === 'none' ? 'style' : threshold
}

/**
 * hadolint's exit rule: fail when a finding is at or above the threshold. As in hadolint, `ignore` and
 * `none` sit below every level, so they fail on any finding; `noFail` is the way to never fail.
 */
export function failsThreshold(findings: readonly LintFinding[], threshold: FailureThreshold): boolean {
  const limit = FAILURE_THRESHOLDS.indexOf(threshold)
  return findings.some((f) => FAILURE_THRESHOLDS.indexOf(f.level) <= limit)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
