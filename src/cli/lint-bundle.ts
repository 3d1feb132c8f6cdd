// The entry of dist/cli-lint.cjs: the commands that need the lint engine, and the lint worker's loop, in one bundle
// so that the engine's code is in dist/ once for the three.
export { runLintCommand } from './lint-command.js'
export { serveLintWorker } from './lint-worker.js'
export { runRulesCommand } from './rules-command.js'
