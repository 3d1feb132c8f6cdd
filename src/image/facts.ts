import { inferOwners } from '../attribution/empty-layers.js'
import type { HistoryEntry } from '../attribution/empty-layers.js'
import { layersOf, traceHistory } from '../attribution/layers.js'
import type { DockerfileModel } from '../lint/model.js'
import { ancestry, builtStage, isRootUser } from '../lint/stages.js'
import type { BaseImageConfig, BaseImageFacts, ImageFacts, ImageHistoryStep, InstructionWeight } from '../types.js'

const HEAVIEST = 5

export interface ImageFactsInput {
  /** Bytes, from `docker image inspect`. */
  size: number
  /** `docker history`, oldest first. */
  history: HistoryEntry[]
  /** `RootFS.Layers`, from `docker image inspect`. */
  diffIds: string[]
  user: string
  healthcheck?: string[]
  exposedPorts: string[]
  model: DockerfileModel
  /** The stage built (`--target`); the last one when empty. */
  target?: string
  /** `RepoDigests` of the base image as the engine has it. */
  baseDigests?: string[]
  /** The base image's user and ENV, when the engine has it. */
  baseConfig?: BaseImageConfig
}

export function imageFacts(input: ImageFactsInput): ImageFacts {
  const steps = traceHistory(input.history.map((h) => h.createdBy), input.model, input.target)
  const owners = inferOwners(input.history, input.diffIds.length)
  const sizes = input.history.map((h) => h.size)
  const layers = layersOf(steps, owners, input.diffIds, sizes)
  const solo = new Set(owners.filter((o) => o.length === 1).map((o) => o[0]!))
  const healthcheck = healthcheckCommand(input.healthcheck)
  const base = baseImage(input.model, input.target, input.baseDigests, input.baseConfig)
  return {
    size: input.size,
    user: input.user,
    ...(healthcheck !== undefined && { healthcheck }),
    exposedPorts: input.exposedPorts,
    layers,
    history: steps,
    heaviest: heaviest(steps, sizes, solo),
    ...(base && { base })
  }
}

/** The image reference the built stage ultimately starts FROM, when it names one. */
export function baseReference(model: DockerfileModel, target?: string): { image: string; line: number } | undefined {
  const stage = builtStage(model, target)
  if (!stage) return undefined
  const from = ancestry(model, stage).at(-1)!.from
  if (from.image.unresolved || from.image.text.toLowerCase() === 'scratch') return undefined
  return { image: from.image.text, line: from.line }
}

/** Docker runs a container as root when the image names no user, or names root or uid 0. */
export function runsAsRoot(user: string): boolean {
  return user.trim() === '' || isRootUser(user)
}

function baseImage(model: DockerfileModel, target: string | undefined, digests: readonly string[] = [], config?: BaseImageConfig): BaseImageFacts | undefined {
  const ref = baseReference(model, target)
  if (!ref) return undefined
  const name = ref.image.replace(/@.*$/, '').replace(/:[^:/]*$/, '')
  // RepoDigests lists one digest per repository the image was pulled from or pushed to; prefer the one FROM names.
  const digest = digests.find((d) => d.startsWith(`${name}@`)) ?? digests[0]
  return { ...ref, ...(digest !== undefined && { digest }), ...(config && { config }) }
}

/** `CMD-SHELL curl …` shows as the shell command, `CMD a b` as its argv; NONE switches an inherited check off. */
function healthcheckCommand(test: readonly string[] | undefined): string | undefined {
  const [kind, ...args] = test ?? []
  if (kind === 'CMD-SHELL' || kind === 'CMD') return args.join(' ')
  return undefined
}

/**
 * Bytes per instruction, from every history entry's own bytes: the base image's entries add up on its FROM line, an
 * entry traced to no line stands alone. An entry of 0 bytes counts only when it surely owns a layer.
 */
function heaviest(steps: readonly ImageHistoryStep[], sizes: readonly number[], owners: ReadonlySet<number>): InstructionWeight[] {
  const weights = new Map<string, InstructionWeight>()
  steps.forEach((step, index) => {
    const bytes = sizes[index] ?? 0
    if (bytes === 0 && !owners.has(index)) return
    const traced = step.origin !== 'unknown' && step.line !== undefined
    const key = traced ? `${step.line}` : `#${index}`
    const weight = weights.get(key) ?? {
      ...(traced && { line: step.line }),
      instruction: traced ? (step.instruction ?? step.createdBy) : step.createdBy,
      bytes: 0
    }
    weight.bytes += bytes
    weights.set(key, weight)
  })
  return [...weights.values()].sort((a, b) => b.bytes - a.bytes || (a.line ?? Infinity) - (b.line ?? Infinity)).slice(0, HEAVIEST)
}
