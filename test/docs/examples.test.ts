// The example workflows and the pages that show them stay together: every example is linked from the README or a
// docs/modes page, every docs/modes page from the README, every workflow printed in those pages is the example file
// itself (marked `<!-- example: examples/NAME.yml -->` right above its block), their relative links lead to files
// that exist, and the examples give Container Gate only inputs action.yml declares.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = new URL('../../', import.meta.url).pathname
const read = (path: string): string => readFileSync(join(root, path), 'utf8')

const examples = readdirSync(join(root, 'examples')).filter((f) => /\.ya?ml$/.test(f)).map((f) => `examples/${f}`)
const modePages = readdirSync(join(root, 'docs/modes')).filter((f) => f.endsWith('.md')).map((f) => `docs/modes/${f}`)
const pages = ['README.md', ...modePages]

/** Relative link targets of a Markdown page, resolved from the repository root, without their #fragment. */
function links(page: string): string[] {
  const targets = [...read(page).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!)
  return targets
    .filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith('#'))
    .map((t) => normalize(join(dirname(page), t.split('#')[0]!)))
}

/** `page#fragment` links between Markdown files, as [target file, fragment] pairs resolved from the repository root. */
function anchorLinks(page: string): Array<[string, string]> {
  return [...read(page).matchAll(/\]\(([^)\s#:]*\.md)#([^)\s]+)\)/g)].map((m) => [normalize(join(dirname(page), m[1]!)), m[2]!])
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to dashes. */
function headingAnchors(page: string): string[] {
  return [...read(page).matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
    m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')
  )
}

interface YamlBlock {
  /** The example file named by the marker above the block, if any. */
  example?: string
  text: string
}

/** Every ```yaml block of a Markdown text, with the `<!-- example: … -->` marker on the line before it. */
function yamlBlocks(markdown: string): YamlBlock[] {
  return [...markdown.matchAll(/(?:<!-- example: (\S+) -->\n)?```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => ({
    ...(m[1] !== undefined && { example: m[1] }),
    text: m[2]!
  }))
}

/** What is wrong with the workflows a page prints: a copy without a marker, or one that differs from its file. */
function workflowDrift(markdown: string): string[] {
  return yamlBlocks(markdown)
    .filter((b) => b.example !== undefined || /^jobs:/m.test(b.text))
    .flatMap((b) => {
      if (b.example === undefined) return [`a workflow without an <!-- example: examples/NAME.yml --> marker: ${b.text.split('\n')[0]}`]
      if (!examples.includes(b.example)) return [`${b.example} is not a file in examples/`]
      return b.text === read(b.example) ? [] : [`the block marked ${b.example} differs from the file`]
    })
}

/** Inputs being added to action.yml with issue #7's interface; drop them from this set once action.yml has them. */
const pendingInputs = new Set(['trivy-timeout'])

describe('example workflows and the docs that show them', () => {
  it('finds the examples and the mode pages', () => {
    expect(examples).toEqual(expect.arrayContaining(['examples/basic.yml', 'examples/fork-safe-gate.yml', 'examples/fork-safe-report.yml']))
    expect(modePages).toEqual(expect.arrayContaining(['docs/modes/single.md', 'docs/modes/fork-safe.md']))
  })

  it.each(examples)('%s is linked from the README or a docs/modes page', (example) => {
    expect(pages.filter((page) => links(page).includes(example))).not.toEqual([])
  })

  it.each(examples)('%s runs in the merge queue wherever it gates pull requests, and one run per pull request', (example) => {
    const workflow = parse(read(example)) as { on: Record<string, unknown>; concurrency?: { group?: string; 'cancel-in-progress'?: unknown } }
    // A required check that never runs in the merge queue blocks it, or lets it merge ungated.
    if ('pull_request' in workflow.on) expect(Object.keys(workflow.on)).toContain('merge_group')
    expect(workflow.concurrency?.group).toMatch(/github\.event\.(pull_request\.number|workflow_run\.head_branch)/)
    expect(workflow.concurrency?.['cancel-in-progress']).toBeDefined()
  })

  it.each(modePages)('%s is linked from the README', (page) => {
    expect(links('README.md')).toContain(page)
  })

  it.each(pages)('every relative link of %s leads to a file', (page) => {
    expect(links(page).filter((target) => !existsSync(join(root, target)))).toEqual([])
  })

  it.each(pages)('every #anchor %s links to in another page is a heading there', (page) => {
    expect(anchorLinks(page).filter(([target, anchor]) => !headingAnchors(target).includes(anchor))).toEqual([])
  })

  it.each(pages)('every workflow printed in %s is an example file, word for word', (page) => {
    expect(workflowDrift(read(page))).toEqual([])
  })

  it('catches a changed copy, a copy without a marker and a marker naming no example', () => {
    const basic = read('examples/basic.yml')
    const fence = (marker: string, text: string): string => `${marker}\`\`\`yaml\n${text}\`\`\`\n`
    expect(workflowDrift(fence('<!-- example: examples/basic.yml -->\n', basic))).toEqual([])
    expect(workflowDrift(fence('<!-- example: examples/basic.yml -->\n', basic.replace('fetch-depth: 0', 'fetch-depth: 1')))).toHaveLength(1)
    expect(workflowDrift(fence('', basic))).toHaveLength(1)
    expect(workflowDrift(fence('<!-- example: examples/nope.yml -->\n', basic))).toHaveLength(1)
    // A step or a fragment is not a workflow: it needs no marker.
    expect(workflowDrift(fence('', '      - uses: container-gate/container-gate@v1\n'))).toEqual([])
  })

  it.each(examples)('%s gives Container Gate only inputs action.yml declares', (example) => {
    const declared = Object.keys((parse(read('action.yml')) as { inputs: Record<string, unknown> }).inputs)
    const workflow = parse(read(example)) as { jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> }
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
    const gates = steps.filter((s) => s.uses?.startsWith('container-gate/container-gate@'))
    expect(gates.length).toBeGreaterThan(0)
    const unknown = gates.flatMap((s) => Object.keys(s.with ?? {})).filter((k) => !declared.includes(k) && !pendingInputs.has(k))
    expect(unknown).toEqual([])
  })
})
