// Takes the README's two pictures from a real run on docs/examples/Dockerfile:
//   docs/images/pr-comment.png   the pull-request comment (`container-gate check --format markdown`, rendered as GFM)
//   docs/images/monorepo-comment.png   the same for the four Dockerfiles of docs/examples/monorepo, in one comment
//   docs/images/annotations.png  the Dockerfile in "Files changed" with the annotations the bundled action emits
// and keeps the photographed Markdown beside its template, in docs/screenshots/pr-comment.md.
//
// Needs: `npm run build` (it runs dist/, as users do); Docker with the local base image
// (`bash .ci/docker.sh start_dockerd make_base_image`); Debian's chromium and fonts
// (`apt-get install -y chromium fonts-noto-core fonts-noto-color-emoji`). Trivy is the stand-in
// test/fixtures/bin/trivy replaying a real report: TRIVY_STUB_REPORT, by default test/fixtures/trivy/'s trivy-golden-debian-buster.json.
// Nothing is fetched: the pages are self-contained and every request the browser would make is refused.
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { marked } from 'marked'
import { chromium } from 'playwright-core'
import { parse } from 'yaml'

const root = (relative) => fileURLToPath(new URL(`../${relative}`, import.meta.url))

const CLI = root('dist/cli.cjs')
const ACTION = root('dist/index.cjs')
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const BASE_IMAGE = 'container-gate-test/busybox:1.35.0'
const REPORT = process.env.TRIVY_STUB_REPORT ?? root('test/fixtures/trivy/trivy-golden-debian-buster.json')
// A fixed tag, so the pictures do not change with the commit they were taken at.
const IMAGE = 'container-gate/app:4f2c9e1a7b3d'
// CSS pixels: about the width of GitHub's conversation column. Taken at 1.5 times the density, so the text stays
// sharp when GitHub fits the picture to the README's width on a high-density screen, and each PNG stays under 400 kB.
const WIDTH = 880
const SCALE = 1.5
const MAX_BYTES = 400 * 1024

/** A problem the script explains itself; thrown, so the browser and the temporary directory are still cleaned up. */
class Stop extends Error {}
function fail(message) {
  throw new Stop(`screenshots: ${message}`)
}

function preflight() {
  if (!existsSync(CLI) || !existsSync(ACTION)) fail('dist/ is missing: run npm run build first')
  if (!existsSync(CHROMIUM)) fail(`no browser at ${CHROMIUM}: apt-get install -y chromium fonts-noto-core fonts-noto-color-emoji (or set CHROMIUM)`)
  if (!existsSync(REPORT)) fail(`no Trivy report at ${REPORT}: set TRIVY_STUB_REPORT to one of test/fixtures/trivy/*.json`)
  const inspect = spawnSync('docker', ['image', 'inspect', BASE_IMAGE], { stdio: 'ignore' })
  if (inspect.status !== 0) fail(`Docker or the image ${BASE_IMAGE} is missing: bash .ci/docker.sh start_dockerd make_base_image`)
}

/** A workspace like a checked-out repository: the example Dockerfile and the script it copies in. */
function makeWorkspace(dir) {
  const workspace = path.join(dir, 'workspace')
  mkdirSync(workspace)
  copyFileSync(root('docs/examples/Dockerfile'), path.join(workspace, 'Dockerfile'))
  copyFileSync(root('docs/screenshots/app.sh'), path.join(workspace, 'app.sh'))
  return workspace
}

/**
 * Only what the run needs, so the user's own settings (a real trivy, GITHUB_* variables) cannot leak into the pictures;
 * DOCKER_* stays, since it says which engine to build with.
 */
function baseEnv() {
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('DOCKER_'))),
    PATH: `${root('test/fixtures/bin')}${path.delimiter}${process.env.PATH}`,
    HOME: process.env.HOME,
    TRIVY_STUB_REPORT: REPORT,
    NO_COLOR: '1'
  }
}

function run(args, options) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options })
  // The gate failing (exit 1) is the point of the example; anything else is a broken run.
  if (result.status !== 0 && result.status !== 1) fail(`node ${args.join(' ')} exited ${result.status}:\n${result.stderr}${result.stdout}`)
  return result.stdout
}

function checkMarkdown(workspace) {
  return run([CLI, 'check', '--format', 'markdown', '--image', IMAGE], { cwd: workspace, env: baseEnv() })
}

/**
 * The monorepo of docs/examples/monorepo: four Dockerfiles in one step, one comment. The stand-in trivy gives the
 * worker Debian's report and the api Alpine's; the others scan clean.
 */
function monorepoMarkdown(dir) {
  const workspace = path.join(dir, 'monorepo')
  cpSync(root('docs/examples/monorepo'), workspace, { recursive: true })
  const reports = {
    'services-worker': root('test/fixtures/trivy/trivy-golden-debian-buster.json'),
    'services-api': root('test/fixtures/trivy/trivy-golden-alpine-39.json')
  }
  const env = { ...baseEnv(), TRIVY_STUB_REPORT: root('test/fixtures/trivy/trivy-golden-sl-micro-no-vulns.json'), TRIVY_STUB_REPORTS: JSON.stringify(reports) }
  return run([CLI, 'check', '--format', 'markdown', '--dockerfile', 'services/*/Dockerfile', '--dockerfile', 'tools/*/Dockerfile'], { cwd: workspace, env })
}

/** Runs the bundled action as a runner would: action.yml's defaults as INPUT_* variables, a push event, no comment. */
function actionLog(workspace, dir) {
  const action = parse(readFileSync(root('action.yml'), 'utf8'))
  const inputs = {
    ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')])),
    // No pull request and no token here; the DB cache needs the Actions cache service.
    image: IMAGE,
    comment: 'false',
    cache: 'false',
    'github-token': ''
  }
  const outputs = path.join(dir, 'outputs')
  const summary = path.join(dir, 'summary.md')
  writeFileSync(outputs, '')
  writeFileSync(summary, '')
  const env = {
    ...baseEnv(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'container-gate/app',
    GITHUB_SHA: '4f2c9e1a7b3d8c5e6f7a8b9c0d1e2f3a4b5c6d7e',
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]))
  }
  return run([ACTION], { cwd: workspace, env })
}

const unescapeData = (s) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','))

/**
 * The file annotations in a step's log, read as the runner reads workflow commands: nothing between
 * `::stop-commands::TOKEN` and `::TOKEN::` counts (that is where the action echoes the build's own output).
 */
function parseAnnotations(log) {
  const annotations = []
  let stopToken
  for (const line of log.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) {
      stopToken = stop[1]
      continue
    }
    const command = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!command) continue
    const properties = Object.fromEntries(
      (command[2] ?? '').split(',').filter(Boolean).map((pair) => {
        const at = pair.indexOf('=')
        return [pair.slice(0, at), unescapeProperty(pair.slice(at + 1))]
      })
    )
    // Without a file the runner shows it on the run's page, not on the Dockerfile.
    if (properties.file === undefined) continue
    annotations.push({
      level: command[1],
      file: properties.file,
      line: properties.line === undefined ? undefined : Number(properties.line),
      title: properties.title,
      message: unescapeData(command[3])
    })
  }
  return annotations
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

// Drawn for these pictures: a circled cross, a triangle with "!", a circled "i".
const ICONS = {
  error: '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="#d1242f"/><path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/></svg>',
  warning: '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.2L15.2 14.3H.8z" fill="#bf8700" stroke="#bf8700" stroke-linejoin="round"/><path d="M8 5.8v4" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="12.2" r=".9" fill="#fff"/></svg>',
  notice: '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="#0969da"/><path d="M8 7.2v4.3" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="4.8" r=".9" fill="#fff"/></svg>'
}
const KIND = { error: 'Check failure', warning: 'Check warning', notice: 'Check notice' }

function annotationHtml(a) {
  const where = a.line === undefined ? `in ${escapeHtml(a.file)}` : `on line ${a.line} in ${escapeHtml(a.file)}`
  return [
    `<div class="annotation ${a.level}">`,
    ICONS[a.level],
    `<div class="head"><span><strong class="kind">${KIND[a.level]}</strong> ${where}</span><span class="source">GitHub Actions / gate</span></div>`,
    a.title === undefined ? '' : `<div class="title">${escapeHtml(a.title)}</div>`,
    `<div class="message">${escapeHtml(a.message)}</div>`,
    '</div>'
  ].join('')
}

function annotationRow(list) {
  return list.length === 0 ? '' : `<tr class="annotations"><td colspan="2">${list.map(annotationHtml).join('')}</td></tr>`
}

/** The Dockerfile as a new file in the diff, each line followed by its annotations; file-wide ones come first. */
function annotationsPage(dockerfile, annotations, file) {
  const lines = dockerfile.replace(/\n$/, '').split('\n')
  const mine = annotations.filter((a) => a.file === file)
  const rows = [annotationRow(mine.filter((a) => a.line === undefined))]
  lines.forEach((text, i) => {
    rows.push(`<tr><td class="num">${i + 1}</td><td class="code">${escapeHtml(text)}</td></tr>`)
    rows.push(annotationRow(mine.filter((a) => a.line === i + 1)))
  })
  return fillTemplate('annotations.html', { path: escapeHtml(file), stat: `+${lines.length}`, rows: rows.filter(Boolean).join('\n') })
}

function fillTemplate(name, values) {
  const all = { css: readFileSync(root('docs/screenshots/github.css'), 'utf8'), ...values }
  return readFileSync(root(`docs/screenshots/${name}`), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key) => all[key])
}

/** `maxHeight` (CSS pixels) keeps the top of a long page: what a reader sees before scrolling. */
async function photograph(context, html, out, maxHeight = Infinity) {
  const page = await context.newPage()
  await page.setContent(html, { waitUntil: 'load' })
  const box = await page.locator('#shot').boundingBox()
  await page.screenshot({ path: out, animations: 'disabled', caret: 'hide', fullPage: true, clip: { ...box, height: Math.min(box.height, maxHeight) } })
  await page.close()
  const bytes = statSync(out).size
  console.log(`${path.relative(root(''), out)}: ${(bytes / 1024).toFixed(0)} kB`)
  if (bytes > MAX_BYTES) fail(`${out} is over ${MAX_BYTES / 1024} kB: narrow the page or lower SCALE`)
}

async function main() {
  preflight()
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-screenshots-'))
  try {
    const workspace = makeWorkspace(dir)
    const markdown = checkMarkdown(workspace)
    const annotations = parseAnnotations(actionLog(workspace, dir))
    if (annotations.length === 0) fail('the action emitted no annotation on the Dockerfile')
    writeFileSync(root('docs/screenshots/pr-comment.md'), `<!-- Written by npm run screenshots: the Markdown that docs/images/pr-comment.png shows. -->\n${markdown}`)
    const monorepo = monorepoMarkdown(dir)
    writeFileSync(root('docs/screenshots/monorepo-comment.md'), `<!-- Written by npm run screenshots: the Markdown that docs/images/monorepo-comment.png shows. -->\n${monorepo}`)

    const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      chromiumSandbox: false,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: WIDTH, height: 600 },
      deviceScaleFactor: SCALE,
      colorScheme: 'light',
      locale: 'en-US',
      timezoneId: 'UTC'
    })
    try {
      // The pages carry everything inline; a link or image that tried to load would make the picture depend on the network.
      await context.route('**/*', (route) => route.abort())
      await photograph(context, fillTemplate('comment.html', { markdown: marked.parse(markdown, { gfm: true }) }), root('docs/images/pr-comment.png'))
      await photograph(context, fillTemplate('comment.html', { markdown: marked.parse(monorepo, { gfm: true }) }), root('docs/images/monorepo-comment.png'), 1400)
      const dockerfile = readFileSync(path.join(workspace, 'Dockerfile'), 'utf8')
      await photograph(context, annotationsPage(dockerfile, annotations, 'Dockerfile'), root('docs/images/annotations.png'))
    } finally {
      await context.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main().catch((e) => {
  console.error(e instanceof Stop ? e.message : e)
  process.exitCode = 1
})
