import { describe, expect, it } from 'vitest'
import { parseDuration } from '../../src/duration.js'
import {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_JAVA_DB_REPOSITORIES,
  DEFAULT_TRIVY_TIMEOUT,
  DEFAULT_TRIVY_VERSION,
  downloadDbArgs,
  parseDbRepositories,
  parseTrivyList,
  PKG_TYPES,
  trivyArgs,
  TRIVY_SCANNERS
} from '../../src/trivy/args.js'

const defaultDbs = [
  '--db-repository', 'mirror.gcr.io/aquasec/trivy-db:2,public.ecr.aws/aquasecurity/trivy-db:2,ghcr.io/aquasecurity/trivy-db:2',
  '--java-db-repository',
  'mirror.gcr.io/aquasec/trivy-java-db:1,public.ecr.aws/aquasecurity/trivy-java-db:1,ghcr.io/aquasecurity/trivy-java-db:1'
]

describe('trivyArgs', () => {
  it('asks for a full JSON report of a local image, with the verdict left to us and every DB mirror listed', () => {
    expect(trivyArgs({ image: 'app:pr-1', outputFile: '/tmp/x/report.json', timeoutMs: 600_000 })).toEqual([
      'image',
      '--format', 'json',
      '--output', '/tmp/x/report.json',
      '--exit-code', '0',
      '--severity', 'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL',
      '--list-all-pkgs=false',
      '--scanners', 'vuln,secret',
      '--no-progress',
      '--disable-telemetry',
      '--skip-version-check',
      '--image-src', 'docker',
      ...defaultDbs,
      '--timeout', '10m',
      'app:pr-1'
    ])
  })

  it('passes the cache dir, skip flags, ignore file, unfixed filter and timeout before the image', () => {
    const args = trivyArgs({
      image: 'app',
      outputFile: 'r.json',
      cacheDir: '/c/trivy',
      dbRepositories: ['registry.local/trivy-db:2'],
      javaDbRepositories: ['registry.local/trivy-java-db:1'],
      skipDbUpdate: true,
      skipJavaDbUpdate: true,
      ignoreFile: '/w/.trivyignore.yaml',
      ignoreUnfixed: true,
      timeoutMs: 5_400_000
    })
    expect(args.slice(args.indexOf('docker') + 1)).toEqual([
      '--cache-dir', '/c/trivy',
      '--db-repository', 'registry.local/trivy-db:2',
      '--java-db-repository', 'registry.local/trivy-java-db:1',
      '--skip-db-update',
      '--skip-java-db-update',
      '--ignorefile', '/w/.trivyignore.yaml',
      '--ignore-unfixed',
      '--timeout', '1h30m',
      'app'
    ])
  })

  it('leaves out what is off', () => {
    const args = trivyArgs({ image: 'app', outputFile: 'r.json', skipDbUpdate: false, skipJavaDbUpdate: false, ignoreUnfixed: false, timeoutMs: 1000 })
    for (const flag of ['--cache-dir', '--skip-db-update', '--skip-java-db-update', '--ignorefile', '--ignore-unfixed']) {
      expect(args).not.toContain(flag)
    }
  })

  it('asks for every severity, whatever TRIVY_SEVERITY or a trivy.yaml says', () => {
    const args = trivyArgs({ image: 'app', outputFile: 'r.json', timeoutMs: 60_000 })
    expect(args[args.indexOf('--severity') + 1]).toBe('UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL')
  })

  it('gives Trivy ten minutes by default, twice its own default', () => {
    expect(parseDuration('trivy-timeout', DEFAULT_TRIVY_TIMEOUT)).toBe(600_000)
  })

  it('pins an exact Trivy version', () => {
    expect(DEFAULT_TRIVY_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
    expect(DEFAULT_TRIVY_VERSION).not.toBe('0.69.4')
  })
})

describe('downloadDbArgs', () => {
  it('fetches the vulnerability DB only, into the cache dir, from every mirror, within the timeout', () => {
    expect(downloadDbArgs('vuln', { cacheDir: '/c', timeoutMs: 90_000 })).toEqual([
      'image', '--download-db-only', '--no-progress', '--disable-telemetry', '--skip-version-check', '--cache-dir', '/c', ...defaultDbs,
      '--timeout', '1m30s'
    ])
  })

  it('fetches the Java DB with its own flag', () => {
    const args = downloadDbArgs('java', { javaDbRepositories: ['r/java:1'], timeoutMs: 600_000 })
    expect(args.slice(0, 2)).toEqual(['image', '--download-java-db-only'])
    expect(args).not.toContain('--download-db-only')
    expect(args.slice(-4)).toEqual(['--java-db-repository', 'r/java:1', '--timeout', '10m'])
  })
})

describe('parseDbRepositories', () => {
  it('keeps the defaults when empty', () => {
    expect(parseDbRepositories('input db-repository', ' \n', DEFAULT_DB_REPOSITORIES)).toEqual([...DEFAULT_DB_REPOSITORIES])
  })

  it('splits on commas and newlines, in order', () => {
    expect(parseDbRepositories('input db-repository', 'a.io/db:2,\n b.io/db:2\n', DEFAULT_DB_REPOSITORIES)).toEqual(['a.io/db:2', 'b.io/db:2'])
  })

  it.each(['https://ghcr.io/aquasecurity/trivy-db:2', 'ghcr.io/aquasecurity/trivy db:2'])('refuses %j', (value) => {
    expect(() => parseDbRepositories('input db-repository', value, DEFAULT_DB_REPOSITORIES)).toThrow(
      /^input db-repository: ".*" is not an OCI repository reference\. Write it like mirror\.gcr\.io\/aquasec\/trivy-db:2/
    )
  })

  it('lists the same three hosts for both DBs', () => {
    const host = (r: string) => r.split('/')[0]
    expect(DEFAULT_JAVA_DB_REPOSITORIES.map(host)).toEqual(DEFAULT_DB_REPOSITORIES.map(host))
  })
})

describe("trivy-action's scan settings", () => {
  const base = { image: 'app:1', outputFile: '/o.json', timeoutMs: 60_000 }
  it('passes scanners, skip-dirs, skip-files, pkg-types and vex as Trivy flags, before the image', () => {
    const args = trivyArgs({
      ...base,
      scanSettings: { scanners: ['vuln', 'misconfig', 'license'], skipDirs: ['/usr/share/doc', '**/test'], skipFiles: ['/app/x.jar'], pkgTypes: ['os'], vex: ['vex/app.openvex.json', 'repo'] }
    })
    expect(args[args.indexOf('--scanners') + 1]).toBe('vuln,misconfig,license')
    expect(args.slice(args.indexOf('--skip-dirs'), args.indexOf('--timeout'))).toEqual([
      '--skip-dirs', '/usr/share/doc,**/test', '--skip-files', '/app/x.jar', '--pkg-types', 'os', '--vex', 'vex/app.openvex.json,repo'
    ])
    expect(args.at(-1)).toBe('app:1')
  })

  it("keeps Trivy's defaults for empty settings", () => {
    const args = trivyArgs({ ...base, scanSettings: { scanners: [], skipDirs: [], skipFiles: [], pkgTypes: [], vex: [] } })
    expect(args).toEqual(trivyArgs(base))
  })

  it('reads comma lists of choices, refusing anything else by name', () => {
    expect(parseTrivyList('input scanners', ' Vuln, license\nmisconfig,vuln ', TRIVY_SCANNERS)).toEqual(['vuln', 'license', 'misconfig'])
    expect(parseTrivyList('input pkg-types', '', PKG_TYPES)).toEqual([])
    expect(() => parseTrivyList('input scanners', 'vuln,config', TRIVY_SCANNERS)).toThrow('input scanners: "config" is not one of vuln, secret, misconfig, license.')
  })
})
