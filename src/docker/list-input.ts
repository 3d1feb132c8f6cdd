/**
 * Reads a list input the way docker/build-push-action does: one item per line, or also per comma where the input
 * allows it. An item in double quotes is taken whole, commas and line breaks included (`""` is a quote), which is how
 * a multi-line secret or a label holding a comma is written there. Blank items are dropped.
 */
export function parseList(text: string, { commas }: { commas: boolean }): string[] {
  const items: string[] = []
  let current = ''
  let quoted = false
  let wasQuoted = false
  const push = (): void => {
    const item = wasQuoted ? current : current.trim()
    if (item !== '') items.push(item)
    current = ''
    wasQuoted = false
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        current += '"'
        i++
      } else if (c === '"') quoted = false
      else current += c
    } else if (c === '"' && current.trim() === '') {
      current = ''
      quoted = true
      wasQuoted = true
    } else if (c === '\n' || (commas && c === ',')) push()
    // After a closing quote only blanks may follow, and they are not part of the item.
    else if (wasQuoted ? !/\s/.test(c) : c !== '\r') {
      if (wasQuoted) throw new ListInputError("an item in double quotes has more text after its closing quote")
      current += c
    }
  }
  if (quoted) throw new ListInputError('a double quote is opened and never closed')
  push()
  return items
}

/** A list input that cannot be read; the caller names the input. */
export class ListInputError extends Error {
  override name = 'ListInputError'
}
