// What dockerfile-ast reads of vscode-languageserver-types: Position.create and Range.create, nothing else (a test
// checks its sources). That package sets up some forty namespaces of the Language Server Protocol when it loads, and
// every lint process paid for it at start; the bundles take these two functions from here instead (scripts/build.mjs),
// and a test holds them to the package's own on the same arguments.

/** The protocol's largest unsigned integer. */
const MAX_UINTEGER = 2147483647

interface PositionLiteral {
  line: number
  character: number
}

function isUinteger(value: unknown): value is number {
  return Object.prototype.toString.call(value) === '[object Number]' && 0 <= (value as number) && (value as number) <= MAX_UINTEGER
}

function isPosition(value: unknown): value is PositionLiteral {
  const candidate = value as PositionLiteral | null
  return candidate !== null && typeof candidate === 'object' && isUinteger(candidate.line) && isUinteger(candidate.character)
}

export const Position = {
  create(line: number, character: number): PositionLiteral {
    return { line: line === Number.MAX_VALUE ? MAX_UINTEGER : line, character: character === Number.MAX_VALUE ? MAX_UINTEGER : character }
  }
}

export const Range = {
  create(one: unknown, two: unknown, three?: unknown, four?: unknown): { start: PositionLiteral; end: PositionLiteral } {
    if (isUinteger(one) && isUinteger(two) && isUinteger(three) && isUinteger(four)) return { start: Position.create(one, two), end: Position.create(three, four) }
    if (isPosition(one) && isPosition(two)) return { start: one, end: two }
    throw new Error(`Range#create called with invalid arguments[${String(one)}, ${String(two)}, ${String(three)}, ${String(four)}]`)
  }
}
