// The one lint module that reads the disk: it finds and loads .hadolint.yaml where hadolint looks for it, and
// layers it between the environment and the command line. The environment comes in as a record, never process.env.

import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readTextFile } from '../real-paths.js'
import { environmentLayer, LintConfigError, mergeLayers, parseConfigFile } from './config.js'
import type { ConfigLayer, LintSettings } from './config.js'
import type { RuleMeta } from './rule.js'

type Env = Readonly<Record<string, string | undefined>>

/** Where hadolint looks for a config file when none is named: the working directory, then the user's. */
export interface ConfigPlaces {
  cwd: string
  home: string
  env: Env
}

/** hadolint's candidates, in its order; the first that is a file wins and the others are not read. */
export function configCandidates({ cwd, home, env }: ConfigPlaces): string[] {
  const hidden = ['.hadolint.yaml', '.hadolint.yml']
  const visible = ['hadolint.yaml', 'hadolint.yml']
  const xdg = env.XDG_CONFIG_HOME || join(home, '.config')
  return [
    ...hidden.map((name) => join(cwd, name)),
    ...visible.map((name) => join(xdg, name)),
    ...[...visible, 'config.yaml', 'config.yml'].map((name) => join(home, '.hadolint', name)),
    ...hidden.map((name) => join(home, name))
  ]
}

export function findLintConfig(places: ConfigPlaces): string | undefined {
  return configCandidates(places).find((path) => existsSync(path) && statSync(path).isFile())
}

export interface LoadOptions extends ConfigPlaces {
  /** `--config FILE` (relative to cwd); without it the first of configCandidates is used. */
  configPath?: string
  /** The command line's settings, which win over the file's and the environment's. */
  cli: ConfigLayer
  /** hadolint-action's inputs (hadolintActionLayer): over the environment, under the file, as HADOLINT_* variables are. */
  actionInputs?: ConfigLayer
  /** Settings under every other layer that hold only when a config file is in use (lint's hadolint profile). */
  withConfigFile?: ConfigLayer
  catalog: readonly RuleMeta[]
}

/** The merged settings and the config file they came from. Throws LintConfigError with the file and key. */
export function loadLintSettings(options: LoadOptions): LintSettings & { configFile?: string } {
  const configFile = options.configPath ? resolve(options.cwd, options.configPath) : findLintConfig(options)
  const fileLayer = configFile === undefined ? {} : parseConfigFile(readConfigText(configFile), configFile, options.catalog)
  const defaults = configFile === undefined ? {} : (options.withConfigFile ?? {})
  return { ...mergeLayers([defaults, environmentLayer(options.env, options.catalog), options.actionInputs ?? {}, fileLayer, options.cli]), configFile }
}

function readConfigText(path: string): string {
  const text = readTextFile(path)
  if (typeof text !== 'string') throw new LintConfigError(`cannot read the lint config ${path}: ${text.reason}`)
  return text
}

