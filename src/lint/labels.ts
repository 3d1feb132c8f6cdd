// What the label-schema rules (DL3049–DL3058) share: the LABEL pairs hadolint reads and the schema they check.

import type { LabelType } from './config.js'
import type { DockerfileModel, Instruction } from './model.js'
import { hadolintDocs } from './rule.js'
import type { Rule, RuleMeta } from './rule.js'
import { instructionsOf } from './walk.js'

export interface LabelPair {
  key: string
  value: string
}

/** The top-level LABELs: hadolint's label rules do not look inside ONBUILD. */
export function labelInstructions(model: DockerfileModel): readonly Instruction[] {
  return instructionsOf(model, ['LABEL'])
}

/** A LABEL's pairs, a key given without a value reading as the empty string. */
export function labelPairs(instruction: Instruction): LabelPair[] {
  return instruction.properties.map((p) => ({ key: p.key, value: p.value ?? '' }))
}

/** The labels the schema names, or only those of `type`. */
export function schemaLabels(schema: Readonly<Record<string, LabelType>>, type?: LabelType): string[] {
  return Object.entries(schema)
    .filter(([, t]) => type === undefined || t === type)
    .map(([label]) => label)
}

export interface LabelValueRuleSpec {
  meta: Omit<RuleMeta, 'docsUrl' | 'fixable'>
  /** The schema type the rule checks; every schema label when absent. */
  type?: LabelType
  isValid(value: string): boolean
  message(label: string): string
}

/**
 * A rule that reports a LABEL once for each schema label it sets to a value `isValid` rejects, as hadolint
 * runs one check per schema label on every LABEL instruction.
 */
export function labelValueRule(spec: LabelValueRuleSpec): Rule {
  return {
    meta: { ...spec.meta, docsUrl: hadolintDocs(spec.meta.code), fixable: false },
    check(model, { config }) {
      const instructions = labelInstructions(model)
      if (instructions.length === 0) return []
      const labels = schemaLabels(config.labelSchema, spec.type)
      return instructions.flatMap((instruction) => {
        const pairs = labelPairs(instruction)
        return labels
          .filter((label) => pairs.some((p) => p.key === label && !spec.isValid(p.value)))
          .map((label) => ({ line: instruction.line, message: spec.message(label) }))
      })
    }
  }
}
