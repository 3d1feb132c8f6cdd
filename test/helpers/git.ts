import { execFileSync } from 'node:child_process'

/** git in `cwd` as a test's committer: a fixed identity, no signing, whatever the machine's git config says. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim()
}
