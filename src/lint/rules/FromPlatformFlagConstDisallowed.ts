import { buildCheckDocs } from '../build-checks.js'
import type { Rule } from '../rule.js'

// containerd's platform normalisation, for the architecture names that BuildKit compares with the stage name.
const ARCHES = new Map([
  ['x86_64', 'amd64'], ['x86-64', 'amd64'], ['amd64', 'amd64'], ['aarch64', 'arm64'], ['arm64', 'arm64'],
  ['armhf', 'arm'], ['armel', 'arm'], ['arm', 'arm'], ['i386', '386'], ['386', '386'], ['ppc64le', 'ppc64le'],
  ['s390x', 's390x'], ['riscv64', 'riscv64'], ['mips64le', 'mips64le'], ['loong64', 'loong64']
])
const OSES = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'aix', 'android', 'ios', 'js', 'wasip1', 'plan9', 'dragonfly'])

export const FromPlatformFlagConstDisallowed: Rule = {
  meta: {
    code: 'FromPlatformFlagConstDisallowed',
    name: 'AvoidConstantFromPlatform',
    severity: 'warning',
    title: 'FROM --platform flag should not use a constant value',
    why: 'A hard-coded `--platform` pins the stage to one architecture, so a multi-platform build silently ships amd64 binaries in the arm64 image (or runs them under emulation); `$BUILDPLATFORM` or `$TARGETPLATFORM` follow the build.',
    docsUrl: buildCheckDocs('FromPlatformFlagConstDisallowed'),
    fixable: false
  },
  check(model) {
    return model.stages
      .filter(({ from }) => {
        if (from.platform === undefined || from.platform.includes('$')) return false
        const platform = parsePlatform(from.platform)
        if (!platform) return false
        // A stage named for its platform (`AS build-amd64`, `AS linux-tools`) is meant to be constant.
        const name = from.alias?.toLowerCase() ?? ''
        return !name.includes(platform.os) && (platform.arch === '' || !name.includes(platform.arch))
      })
      .map(({ from }) => ({ line: from.line, message: `FROM --platform flag should not use constant value "${from.platform!}"` }))
  }
}

/** `os[/arch[/variant]]` or a lone OS or architecture, as containerd's platforms.Parse accepts it. */
function parsePlatform(text: string): { os: string; arch: string } | undefined {
  const parts = text.toLowerCase().split('/')
  if (parts.length === 1) {
    if (ARCHES.has(parts[0])) return { os: 'linux', arch: ARCHES.get(parts[0])! }
    return OSES.has(parts[0]) ? { os: parts[0], arch: '' } : undefined
  }
  if (parts.length > 3 || parts.some((p) => !/^[a-z0-9_-]+$/.test(p))) return undefined
  const os = parts[0] === 'macos' ? 'darwin' : parts[0]
  return { os, arch: ARCHES.get(parts[1]) ?? parts[1] }
}
