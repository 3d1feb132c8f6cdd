import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const stubDir = fileURLToPath(new URL('../fixtures/bin/', import.meta.url))

/** The real Trivy reports in test/fixtures/trivy/ (see its SOURCES.md). */
export function trivyFixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/trivy/${name}`, import.meta.url))
}

export interface TrivyStub {
  /** The report to replay into --output; none is written when absent. */
  report?: string
  exitCode?: number
  stderr?: string
  /** Where each call's argv is appended as one JSON line. */
  log: string
}

/** The environment that puts the stand-in trivy first on PATH, set up to behave as described. */
export function trivyStubEnv(stub: TrivyStub): Record<string, string> {
  const env: Record<string, string> = {
    PATH: `${stubDir}${path.delimiter}${process.env.PATH ?? ''}`,
    TRIVY_STUB_LOG: stub.log
  }
  if (stub.report !== undefined) env.TRIVY_STUB_REPORT = stub.report
  if (stub.exitCode !== undefined) env.TRIVY_STUB_EXIT = String(stub.exitCode)
  if (stub.stderr !== undefined) env.TRIVY_STUB_STDERR = stub.stderr
  return env
}

/** What the stand-in wrote to $TRIVY_STUB_PID_FILE: for each call, its own pid and then its child's. */
export function trivyStubPids(file: string): number[] {
  return readFileSync(file, 'utf8').split(/\s+/).filter((p) => p !== '').map(Number)
}

/** The argv of every call the stub received, in order. */
export function trivyStubCalls(log: string): string[][] {
  return readFileSync(log, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as string[])
}
