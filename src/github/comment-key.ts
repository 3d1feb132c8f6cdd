// What tells one gate step's report from another's: the workflow, the job, the matrix leg and what the step gated.
// Two steps with the same key share a comment; any difference gives each its own.

export interface KeyParts {
  /** GITHUB_WORKFLOW: the workflow's name (its path when it has none). */
  workflow: string
  /** GITHUB_JOB: the job's id. */
  job: string
  /** The `matrix` input, `toJSON(matrix)`: 'null' or empty outside a matrix. */
  matrix: string
  /** The `dockerfile` input's lines, or `report` for `mode: report`. */
  subject: string
}

export function commentKey(parts: KeyParts): string {
  return [parts.workflow, parts.job, matrixValues(parts.matrix), parts.subject.split('\n').join(',')].filter((p) => p !== '').join(' / ')
}

/** `{"os":"ubuntu","node":20}` → `node=20,os=ubuntu`: stable whatever the order the runner serialised it in. */
function matrixValues(json: string): string {
  let matrix: unknown
  try {
    matrix = JSON.parse(json || 'null')
  } catch {
    // Not what toJSON(matrix) gives, but the user set it on purpose: it still tells legs apart.
    return json
  }
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) return matrix === null ? '' : canonicalJson(matrix)
  return Object.keys(matrix)
    .sort()
    .map((k) => {
      const v = (matrix as Record<string, unknown>)[k]
      return `${k}=${typeof v === 'string' ? v : canonicalJson(v)}`
    })
    .join(',')
}

/** JSON with every object's keys sorted, at any depth: a nested matrix value is as stable as the top level. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  const record = value as Record<string, unknown>
  return `{${Object.keys(record)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
    .join(',')}}`
}
