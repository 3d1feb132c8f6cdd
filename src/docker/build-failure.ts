import { DockerfileParser, From } from 'dockerfile-ast'
import { lastNonBlankLine } from '../exec.js'

/** How much of the build output the summary keeps. */
export const LOG_TAIL_LINES = 40

export interface BuildFailure {
  /** The error line, without its `ERROR:` prefix. */
  reason: string
  /** 1-based Dockerfile line of the failing instruction, when the output names it unambiguously. */
  failedLine?: number
  logTail: string
}

/**
 * Reads a failed build's output (BuildKit or the classic builder). The Dockerfile text, when given, maps the
 * builders' step descriptions back to lines; without it only outputs that print the line themselves yield one.
 */
export function parseBuildFailure(output: string, dockerfileText?: string): BuildFailure {
  const lines = output.replace(/\s+$/, '').split(/\r?\n/)
  const failedLine = lineFromOutput(lines) ?? (dockerfileText === undefined ? undefined : lineFromStep(lines, instructions(dockerfileText)))
  return {
    reason: failureReason(lines),
    ...(failedLine === undefined ? {} : { failedLine }),
    logTail: lines.slice(-LOG_TAIL_LINES).join('\n')
  }
}

function failureReason(lines: string[]): string {
  const error = lines.map((l) => l.trim()).filter((l) => l.startsWith('ERROR:')).at(-1)
  return error?.slice('ERROR:'.length).trim() ?? lastNonBlankLine(lines.join('\n')) ?? 'the build failed without an error message'
}

/** Lines the builders print themselves: buildx's source block (`Dockerfile:9` over a dashed rule) and parse errors. */
function lineFromOutput(lines: string[]): number | undefined {
  let found: number | undefined
  lines.forEach((line, i) => {
    const source = /^\s*\S.*:(\d+)\s*$/.exec(line)
    if (source && /^\s*-{10,}\s*$/.test(lines[i + 1] ?? '')) found = Number(source[1])
    const parse = /dockerfile parse error (?:on )?line (\d+)/i.exec(line)
    if (parse) found = Number(parse[1])
  })
  return found
}

interface Instruction {
  /** 1-based */
  line: number
  /** Keyword and arguments on one line, spaces collapsed: the form both builders print. */
  text: string
  /** The stage's name, or `stage-N` as BuildKit calls unnamed stages. */
  stage: string
}

function instructions(dockerfileText: string): Instruction[] {
  let stageIndex = -1
  let stage = ''
  return DockerfileParser.parse(dockerfileText).getInstructions().map((ins) => {
    if (ins instanceof From) {
      stageIndex++
      stage = (ins.getBuildStage() ?? `stage-${stageIndex}`).toLowerCase()
    }
    return { line: ins.getRange().start.line + 1, text: instructionKey(`${ins.getKeyword()} ${ins.getRawArgumentsContent() ?? ''}`), stage }
  })
}

/** Line continuations removed, spaces collapsed, keyword upper-cased: how both builders print an instruction. */
function instructionKey(text: string): string {
  const flat = text.replace(/\\\r?\n/g, '').replace(/\s+/g, ' ').trim()
  const space = flat.indexOf(' ')
  return space < 0 ? flat.toUpperCase() : flat.slice(0, space).toUpperCase() + flat.slice(space)
}

/**
 * The classic builder numbers every instruction (`Step 6/7 : RUN false`), so the step number indexes them;
 * BuildKit names the stage and repeats the instruction (` > [app 2/2] RUN false:`), so the text is looked up
 * within that stage. Either way the printed text must agree, or the line stays unknown rather than wrong.
 */
function lineFromStep(lines: string[], all: Instruction[]): number | undefined {
  for (const line of [...lines].reverse()) {
    const classic = /^Step (\d+)\/\d+ : (.*)$/.exec(line)
    if (classic) {
      const candidate = all[Number(classic[1]) - 1]
      return candidate?.text === instructionKey(classic[2]) ? candidate.line : undefined
    }
    const buildkit = /^\s*> \[(?:(\S+) )?\d+\/\d+\] (.*):\s*$/.exec(line)
    if (buildkit) {
      const [, stage, text] = buildkit
      const matches = all.filter((i) => (stage === undefined || i.stage === stage.toLowerCase()) && i.text === instructionKey(text))
      return matches.length === 1 ? matches[0].line : undefined
    }
  }
  return undefined
}
