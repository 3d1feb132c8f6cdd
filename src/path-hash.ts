/** FNV-1a of a path, in hex: a short file name for it, without node:crypto, which takes milliseconds to load. */
export function pathHash(path: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}
