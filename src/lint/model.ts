// The one model of a Dockerfile that every rule reads. Built once by parse.ts; rules never see dockerfile-ast.

/** A `--name=value` flag of an instruction (`--platform`, `--from`, `--mount`, …). */
export interface Flag {
  name: string
  /** Undefined for a bare `--flag`. */
  value?: string
}

/** A heredoc body that belongs to a RUN, COPY or ADD. */
export interface Heredoc {
  delimiter: string
  /** 1-based line of the first body line (the line after the opener's logical line). */
  line: number
  /** 1-based line of the closing delimiter. */
  endLine: number
  content: string
}

/** An image reference as written in FROM, split into its parts. */
export interface ImageRef {
  /** The whole reference, e.g. `ghcr.io/org/app:1.2@sha256:…`. */
  text: string
  /** Repository with any registry, without tag or digest: `ghcr.io/org/app`. */
  name: string
  /** Set when the first path part looks like a host (has a `.` or `:`, or is `localhost`). */
  registry?: string
  tag?: string
  digest?: string
  /** True when the reference still holds a `$` variable after expansion. */
  unresolved: boolean
}

export interface Instruction {
  /** Upper case: `RUN`, `FROM`, … (unknown keywords too, as written but upper-cased). */
  keyword: string
  /** The keyword exactly as written (`run`, `Run`), for the casing checks. */
  keywordAsWritten: string
  /** 1-based first line. */
  line: number
  /** 1-based last line, including continuations and heredoc bodies. */
  endLine: number
  /** 1-based lines that are empty (blank) inside the instruction's continuation: BuildKit's NoEmptyContinuation. */
  emptyContinuationLines: readonly number[]
  /** Index into `DockerfileModel.stages`; -1 before the first FROM. */
  stageIndex: number
  /** Leading `--name=value` flags. */
  flags: readonly Flag[]
  /** The arguments after the keyword and flags, continuations joined and comment lines dropped. */
  args: string
  /** The argv when `args` is a valid JSON list of strings (exec form); undefined for shell form. */
  execForm?: string[]
  heredocs: readonly Heredoc[]
  /** `KEY=value` pairs of ENV, ARG and LABEL; every word of an ARG is a declaration (`ARG A B=1`: `A`, then `B`). */
  properties: Property[]
  /** For ONBUILD: the instruction it wraps, on the same lines. */
  trigger?: Instruction
}

export interface Property {
  key: string
  /** Quotes removed; undefined for an ARG without a default. */
  value?: string
  /** ARG only: the default as written, quotes kept, for checks that expand it (`'$x'` expands nothing). */
  valueAsWritten?: string
}

export interface FromInstruction extends Instruction {
  keyword: 'FROM'
  /** The image with ARG defaults from before the first FROM expanded. */
  image: ImageRef
  /** The image exactly as written, for rules whose semantics are defined on the raw text. */
  imageAsWritten: ImageRef
  alias?: string
  /** The `AS` keyword exactly as written (`AS`, `as`), when there is one. */
  asKeyword?: string
  platform?: string
}

export interface Stage {
  index: number
  from: FromInstruction
  /** The stage's instructions after its FROM, in order. */
  instructions: Instruction[]
  /** Index of the earlier stage this one is built FROM (by alias), if any. */
  parent?: number
}

export interface Comment {
  line: number
  /** The text after `#`, trimmed. */
  text: string
}

export interface ParseProblem {
  line: number
  message: string
}

export interface DockerfileModel {
  /** The physical lines as written (BOM removed), for checks defined on the text and fixes that keep it. */
  lines: readonly string[]
  /** The escape character: `\` unless a `# escape=` directive says otherwise. */
  escape: string
  /** Every instruction in order, FROMs included. */
  instructions: Instruction[]
  stages: Stage[]
  /** Comments outside instructions (pragmas live here). */
  comments: Comment[]
  /** What stops the file from being a valid Dockerfile; reported as DL1000. */
  problems: ParseProblem[]
}

/** The value of the instruction's flag `name` (`--platform`, `--from`), if it has one. */
export function flagValue(flags: readonly Flag[], name: string): string | undefined {
  for (let f = 0; f < flags.length; f++) if (flags[f].name === name) return flags[f].value
  return undefined
}

export function isFrom(instruction: Instruction): instruction is FromInstruction {
  return instruction.keyword === 'FROM'
}
