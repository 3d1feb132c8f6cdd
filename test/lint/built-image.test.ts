// The final-image rules judge the built stage, and once the image is built, its config decides: one finding per
// cause, none for an image that runs as non-root; the base image's ENV defines variables.
import { describe, expect, it } from 'vitest'
import { withConfig } from '../../src/lint/config.js'
import { lintModel, safeParse } from '../../src/lint/engine.js'
import type { ImageContext } from '../../src/lint/rule.js'
import { IMAGE_RULES, rules } from '../../src/lint/rules/index.js'
import type { BaseImageConfig, ImageFacts } from '../../src/types.js'

const image = (user: string): ImageFacts => ({ size: 1, user, exposedPorts: [], layers: [], heaviest: [] })
const lint = (text: string, known: ImageContext = {}, target = '') =>
  lintModel(rules, safeParse(text), 'Dockerfile', withConfig({ target }), [], known).map((f) => `${f.line} ${f.code} ${f.level}`)
const only = (codes: string[], found: string[]) => found.filter((f) => codes.includes(f.split(' ')[1]))

// awesome-compose's layout: the app stage, then a development stage that a `--target` build never reaches.
const DEV_ENVS = `FROM node:22.11-slim AS builder
WORKDIR /app
COPY . .
USER 65534
CMD ["node", "server.js"]

FROM builder AS dev-envs
USER root
RUN apt-get update && apt-get install -y --no-install-recommends git
ENV NODE_ENV=development
CMD ["npm", "run", "dev"]
`
const FINAL_IMAGE_RULES = ['CG001', 'CG002', 'CG004', 'CG005', 'CG006', 'CG009', 'CG010']

describe('the built stage', () => {
  it('is the last stage by default, so the dev-envs stage is judged', () => {
    expect(only(FINAL_IMAGE_RULES, lint(DEV_ENVS))).toEqual(['8 CG001 error', '10 CG010 warning', '11 CG009 warning', '11 CG010 warning'])
  })

  it('is the target when one is given: stages the build does not reach are not judged', () => {
    expect(only(FINAL_IMAGE_RULES, lint(DEV_ENVS, {}, 'builder'))).toEqual([])
    expect(only(FINAL_IMAGE_RULES, lint(DEV_ENVS, {}, 'BUILDER'))).toEqual([])
  })

  it('decides CG008 too, which reads the image of that stage', () => {
    expect(only(['CG001', 'CG008'], lint(DEV_ENVS, { image: image('65534') }, 'builder'))).toEqual([])
  })
})

describe('facts beat guesses', () => {
  it('passes an image that runs as non-root although the Dockerfile has no USER', () => {
    expect(only(['CG001', 'CG008'], lint('FROM example/runs-as-nobody:1.0\nCOPY app /app\n', { image: image('65534') }))).toEqual([])
  })

  it('reports a root USER the Dockerfile names once, as CG001 on its line', () => {
    expect(only(['CG001', 'CG008'], lint('FROM debian:12\nUSER root\n', { image: image('root') }))).toEqual(['2 CG001 error'])
  })

  it('reports a root user that comes from the base once, as CG008 on the FROM', () => {
    expect(only(['CG001', 'CG008'], lint('FROM debian:12\nCOPY app /app\n', { image: image('') }))).toEqual(['1 CG008 error'])
  })

  it('reports a root user a build argument chose once, as CG008', () => {
    expect(only(['CG001', 'CG008'], lint('FROM debian:12\nARG RUN_AS\nUSER $RUN_AS\n', { image: image('0') }))).toEqual(['1 CG008 error'])
  })

  it('lists the rules the pipeline runs again with the image', () => {
    expect(IMAGE_RULES.map((r) => r.meta.code)).toEqual(['CG001', 'CG008', 'DL3066', 'UndefinedVar'])
  })
})

describe('the base image ENV', () => {
  const DOTNET = 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY app .\nUSER $APP_UID\nENTRYPOINT ["dotnet", "app.dll"]\n'
  const aspnet: BaseImageConfig = { user: '', env: { APP_UID: '1654', ASPNETCORE_HTTP_PORTS: '8080' } }
  const codes = ['CG001', 'DL3066', 'UndefinedVar']

  it('defines the variables the base sets, and a USER that expands to a number satisfies DL3066', () => {
    expect(only(codes, lint(DOTNET, { bases: new Map([['mcr.microsoft.com/dotnet/aspnet:8.0', aspnet]]) }))).toEqual([])
  })

  it('without the base config, reports a variable only the base could define as info, with the reason', () => {
    const findings = lintModel(rules, safeParse(DOTNET), 'Dockerfile', withConfig({}))
    expect(only(codes, findings.map((f) => `${f.line} ${f.code} ${f.level}`))).toEqual(['4 DL3066 info', '4 UndefinedVar info'])
    expect(findings.find((f) => f.code === 'UndefinedVar')!.message).toMatch(/only if the base image mcr\.microsoft\.com\/dotnet\/aspnet:8\.0 sets it/)
  })

  it('keeps a likely typo a warning, and a base config that lacks the name makes it one', () => {
    expect(only(['UndefinedVar'], lint('FROM alpine:3.20\nENV APP_HOME=/app\nWORKDIR $APP_HOEM\n'))).toEqual(['3 UndefinedVar warning'])
    expect(only(['UndefinedVar'], lint(DOTNET, { bases: new Map([['mcr.microsoft.com/dotnet/aspnet:8.0', { user: '', env: {} }]]) }))).toEqual(['4 UndefinedVar warning'])
  })

  it('lets the base config decide CG001 when the Dockerfile has no USER', () => {
    const text = 'FROM example/app:1.0\nCOPY x /x\n'
    expect(only(['CG001'], lint(text, { bases: new Map([['example/app:1.0', { user: 'app', env: {} }]]) }))).toEqual([])
    expect(only(['CG001'], lint(text, { bases: new Map([['example/app:1.0', { user: '0', env: {} }]]) }))).toEqual(['1 CG001 error'])
  })
})

describe('known non-root bases', () => {
  it.each([
    'FROM mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled',
    'FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-azurelinux3.0-distroless',
    'FROM nginxinc/nginx-unprivileged:1.27-alpine',
    'FROM ghcr.io/nginxinc/nginx-unprivileged:1.27',
    'FROM gcr.io/distroless/static-debian12:nonroot',
    'FROM cgr.dev/chainguard/static:latest'
  ])('passes %s without USER', (from) => {
    expect(only(['CG001'], lint(`${from}\nCOPY app /app\n`))).toEqual([])
  })

  it.each(['FROM mcr.microsoft.com/dotnet/aspnet:8.0', 'FROM nginx:1.27-alpine', 'FROM cgr.dev/chainguard/python:latest-dev'])('reports %s without USER', (from) => {
    expect(only(['CG001'], lint(`${from}\nCOPY app /app\n`))).toEqual(['1 CG001 error'])
  })
})
