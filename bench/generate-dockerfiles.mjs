// Realistic Dockerfiles for the lint-throughput figure of `npm run bench`: multi-stage builds assembled from the
// instruction templates real projects use (ARG-parameterised FROMs, apt/apk/pip/npm/go/cargo/maven installs with
// continuations, RUN --mount caches, COPY --from, heredocs, HEALTHCHECK, USER), with the usual mistakes sprinkled in
// (latest tags, missing -y or --no-install-recommends, sudo, cd, unpinned packages) so that rules actually fire.
// Deterministic: the same seed gives the same files, so two bench runs lint the same text.
//
//   node bench/generate-dockerfiles.mjs OUT_DIR [COUNT] [SEED]
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** mulberry32: a small seeded PRNG, so the files do not change between runs. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const APT_PACKAGES = ['ca-certificates', 'curl', 'git', 'gnupg', 'libpq-dev', 'libssl-dev', 'build-essential', 'pkg-config', 'unzip', 'tzdata', 'locales', 'libxml2-dev', 'libffi-dev', 'openssh-client', 'wget', 'xz-utils', 'netbase', 'tini', 'gosu', 'jq']
const APK_PACKAGES = ['ca-certificates', 'curl', 'git', 'bash', 'tzdata', 'openssl', 'musl-dev', 'gcc', 'make', 'libffi-dev', 'postgresql-dev', 'tini', 'su-exec', 'jq', 'openssh-client']
const PIP_PACKAGES = ['gunicorn', 'uvicorn[standard]', 'psycopg2-binary', 'django', 'flask', 'celery', 'redis', 'requests', 'boto3', 'pydantic', 'sqlalchemy', 'alembic']
const NPM_GLOBALS = ['pm2', 'typescript', 'pnpm', 'serve', 'nodemon']
const PORTS = ['80', '443', '3000', '5000', '8000', '8080', '8443', '9090', '9000/udp']

function generator(seed) {
  const rand = prng(seed)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const chance = (p) => rand() < p
  const some = (list, min, max) => {
    const n = min + Math.floor(rand() * (max - min + 1))
    const copy = [...list]
    const out = []
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0])
    return out
  }
  const version = (major, minors) => `${major}.${Math.floor(rand() * minors)}.${Math.floor(rand() * 12)}`
  const pinApt = (p) => (chance(0.5) ? `${p}=${version(1, 9)}-${1 + Math.floor(rand() * 4)}` : p)
  const pinApk = (p) => (chance(0.5) ? `${p}=${version(1, 9)}-r${Math.floor(rand() * 3)}` : p)
  const pinPip = (p) => (chance(0.6) ? `${p}==${version(2, 20)}` : p)
  const continued = (first, rest) => [first, ...rest].join(' \\\n    ')

  const apt = () => {
    const pkgs = some(APT_PACKAGES, 2, 7).map(pinApt)
    const yes = chance(0.85) ? ' -y' : ''
    const noRec = chance(0.75) ? ' --no-install-recommends' : ''
    const cleanup = chance(0.75) ? ['&& rm -rf /var/lib/apt/lists/*'] : []
    const upgrade = chance(0.1) ? ['&& apt-get upgrade -y'] : []
    return `RUN ${continued('apt-get update', [...upgrade, `&& apt-get install${yes}${noRec} ${pkgs.join(' ')}`, ...cleanup])}`
  }
  const apk = () => {
    const pkgs = some(APK_PACKAGES, 2, 6).map(pinApk)
    if (chance(0.3)) return `RUN ${continued(`apk add --no-cache --virtual .build-deps ${pkgs.slice(0, 2).join(' ')}`, [`&& apk add --no-cache ${pkgs.slice(2).join(' ') || 'tzdata'}`, '&& apk del .build-deps'])}`
    return `RUN apk ${chance(0.8) ? 'add --no-cache' : 'update && apk add'} ${pkgs.join(' ')}`
  }
  const pip = () => {
    if (chance(0.5)) return `RUN ${chance(0.3) ? '--mount=type=cache,target=/root/.cache/pip ' : ''}pip install ${chance(0.7) ? '--no-cache-dir ' : ''}-r requirements.txt`
    return `RUN pip install ${chance(0.7) ? '--no-cache-dir ' : ''}${some(PIP_PACKAGES, 1, 4).map(pinPip).join(' ')}`
  }
  const heredoc = () =>
    pick([
      `RUN <<EOF\nset -eux\nmkdir -p /app/data /app/tmp\nchown -R ${chance(0.5) ? '1000:1000' : 'app:app'} /app\necho "built at $(date)" > /app/BUILD_INFO\nEOF`,
      `RUN <<-SCRIPT bash\n\tset -euo pipefail\n\tfor d in cache logs run; do\n\t\tmkdir -p "/var/app/$d"\n\tdone\nSCRIPT`,
      `COPY <<EOF /etc/app/config.yaml\nserver:\n  port: ${pick(PORTS).split('/')[0]}\n  log_level: info\nEOF`,
      `RUN <<EOF python3\nimport compileall\ncompileall.compile_dir('/app', quiet=1)\nEOF`
    ])
  const mistakes = () =>
    pick([
      'RUN cd /app && make install',
      'RUN sudo chmod +x /usr/local/bin/entrypoint.sh',
      'RUN wget https://example.com/tool.tar.gz && tar xzf tool.tar.gz',
      'RUN curl -sSL https://get.example.sh | sh',
      'RUN echo $HOME && ls -la',
      'RUN useradd -m app && echo "app ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers',
      'MAINTAINER ops@example.com',
      'ADD app.tar.gz /opt/'
    ])

  const stages = {
    node: () => {
      const v = pick(['18', '20', '22'])
      const build = [
        `ARG NODE_VERSION=${v}`,
        `FROM node:\${NODE_VERSION}-${pick(['bookworm-slim', 'alpine', 'bullseye'])} AS deps`,
        'WORKDIR /app',
        'COPY package.json package-lock.json ./',
        `RUN ${chance(0.5) ? '--mount=type=cache,target=/root/.npm ' : ''}npm ci${chance(0.5) ? ' --omit=dev' : ''}`,
        '',
        'FROM deps AS build',
        'COPY . .',
        continued('RUN npm run build', ['&& npm prune --omit=dev']),
        ...(chance(0.3) ? [`RUN npm install -g ${some(NPM_GLOBALS, 1, 2).join(' ')}`] : []),
        ''
      ]
      const final = [
        `FROM node:\${NODE_VERSION}-${pick(['bookworm-slim', 'alpine'])}${chance(0.3) ? '@sha256:' + 'a1b2c3d4'.repeat(8) : ''}`,
        'ENV NODE_ENV=production',
        'WORKDIR /app',
        'COPY --from=build --chown=node:node /app/dist ./dist',
        'COPY --from=build /app/node_modules ./node_modules',
        `EXPOSE ${pick(['3000', '8080'])}`,
        ...(chance(0.6) ? ['USER node'] : []),
        ...(chance(0.5) ? [`HEALTHCHECK --interval=30s --timeout=5s CMD node -e "require('http').get('http://localhost:3000/health')"`] : []),
        chance(0.7) ? 'CMD ["node", "dist/server.js"]' : 'CMD node dist/server.js'
      ]
      return [...build, ...final]
    },
    python: () => {
      const v = pick(['3.10', '3.11', '3.12'])
      return [
        `ARG PYTHON_VERSION=${v}`,
        `FROM python:\${PYTHON_VERSION}-slim AS builder`,
        'ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1',
        'WORKDIR /src',
        apt(),
        'COPY requirements.txt .',
        pip(),
        'RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt',
        '',
        `FROM python:\${PYTHON_VERSION}-slim`,
        'ENV PYTHONUNBUFFERED=1',
        'RUN groupadd -r app && useradd -r -g app app',
        'COPY --from=builder /wheels /wheels',
        'RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels',
        'WORKDIR /app',
        'COPY --chown=app:app . .',
        ...(chance(0.4) ? [heredoc()] : []),
        'USER app',
        `EXPOSE ${pick(['8000', '5000'])}`,
        chance(0.6) ? 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app.wsgi:application"]' : 'CMD gunicorn --bind 0.0.0.0:8000 app.wsgi'
      ]
    },
    go: () => [
      '# syntax=docker/dockerfile:1',
      `ARG GO_VERSION=1.${20 + Math.floor(rand() * 4)}`,
      'FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build',
      ...(chance(0.5) ? [apk()] : []),
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
      'COPY . .',
      'ARG TARGETOS TARGETARCH',
      continued('RUN --mount=type=cache,target=/root/.cache/go-build', ['CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH', `go build -trimpath -ldflags="-s -w" -o /out/${pick(['server', 'api', 'worker'])} ./cmd/...`]),
      '',
      `FROM ${pick(['gcr.io/distroless/static-debian12:nonroot', 'alpine:3.19', 'scratch', 'alpine:latest'])}`,
      'COPY --from=build /out/ /usr/local/bin/',
      ...(chance(0.7) ? ['USER 65532:65532'] : []),
      `EXPOSE ${pick(PORTS)}`,
      'ENTRYPOINT ["/usr/local/bin/server"]'
    ],
    java: () => [
      `FROM maven:3.9-eclipse-temurin-${pick(['17', '21'])} AS build`,
      'WORKDIR /build',
      'COPY pom.xml .',
      'RUN --mount=type=cache,target=/root/.m2 mvn -B dependency:go-offline',
      'COPY src ./src',
      'RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package',
      '',
      `FROM eclipse-temurin:${pick(['17', '21'])}-jre${chance(0.5) ? '-alpine' : ''}`,
      ...(chance(0.5) ? [apt()] : []),
      'RUN addgroup --system spring && adduser --system --ingroup spring spring',
      'WORKDIR /opt/app',
      'COPY --from=build /build/target/*.jar app.jar',
      'USER spring:spring',
      'EXPOSE 8080',
      // Always with options: dockerfilelint 1.8.0 throws on a HEALTHCHECK without any (lib/checks.js:185).
      'HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/actuator/health || exit 1',
      'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]'
    ],
    rust: () => [
      `ARG RUST_VERSION=1.${70 + Math.floor(rand() * 10)}`,
      'FROM rust:${RUST_VERSION}-slim-bookworm AS chef',
      apt(),
      'RUN cargo install cargo-chef --locked',
      'WORKDIR /app',
      '',
      'FROM chef AS planner',
      'COPY . .',
      'RUN cargo chef prepare --recipe-path recipe.json',
      '',
      'FROM chef AS builder',
      'COPY --from=planner /app/recipe.json recipe.json',
      'RUN cargo chef cook --release --recipe-path recipe.json',
      'COPY . .',
      'RUN cargo build --release --bin app',
      '',
      'FROM debian:bookworm-slim AS runtime',
      apt(),
      'COPY --from=builder /app/target/release/app /usr/local/bin/app',
      ...(chance(0.6) ? ['USER nobody'] : []),
      'ENTRYPOINT ["/usr/local/bin/app"]'
    ],
    php: () => [
      `FROM composer:${pick(['2', '2.7', 'latest'])} AS vendor`,
      'WORKDIR /app',
      'COPY composer.json composer.lock ./',
      'RUN composer install --no-dev --no-scripts --prefer-dist --no-interaction',
      '',
      `FROM php:8.${1 + Math.floor(rand() * 3)}-fpm-alpine`,
      apk(),
      continued('RUN docker-php-ext-install', ['pdo_mysql', 'opcache', 'bcmath']),
      'COPY --from=vendor /app/vendor /var/www/html/vendor',
      'COPY . /var/www/html',
      ...(chance(0.4) ? [heredoc()] : []),
      'RUN chown -R www-data:www-data /var/www/html/storage',
      'USER www-data',
      'EXPOSE 9000',
      'CMD ["php-fpm"]'
    ],
    static: () => [
      `FROM node:${pick(['20', '22'])}-alpine AS build`,
      'WORKDIR /site',
      'COPY package*.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
      '',
      `FROM nginx:${pick(['1.25-alpine', '1.27', 'stable-alpine', 'latest'])}`,
      'COPY nginx.conf /etc/nginx/conf.d/default.conf',
      'COPY --from=build /site/dist /usr/share/nginx/html',
      'EXPOSE 80',
      'HEALTHCHECK --interval=30s CMD wget -q --spider http://localhost/ || exit 1',
      'CMD ["nginx", "-g", "daemon off;"]'
    ],
    ubuntu: () => [
      `FROM ubuntu:${pick(['22.04', '24.04', 'latest'])}`,
      'ARG DEBIAN_FRONTEND=noninteractive',
      `LABEL org.opencontainers.image.source="https://github.com/example/app" org.opencontainers.image.version="${version(1, 9)}"`,
      apt(),
      ...(chance(0.5) ? [apt()] : []),
      ...(chance(0.5) ? [mistakes()] : []),
      'ENV LANG=C.UTF-8 TZ=Etc/UTC',
      'WORKDIR /opt/app',
      'COPY . .',
      ...(chance(0.5) ? [heredoc()] : []),
      chance(0.5) ? 'ENTRYPOINT ["/opt/app/run.sh"]' : 'ENTRYPOINT /opt/app/run.sh'
    ]
  }

  return () => {
    const kind = pick(Object.keys(stages))
    const lines = stages[kind]()
    // A few more instructions in the middle of some files, and the odd mistake, like real Dockerfiles have.
    if (chance(0.4)) lines.splice(Math.max(1, lines.length - 3), 0, mistakes())
    if (chance(0.3)) lines.splice(Math.max(1, lines.length - 2), 0, `ENV APP_VERSION=${version(1, 9)} APP_ENV=${pick(['production', 'staging'])}`)
    if (chance(0.2)) lines.unshift(`# ${kind} service image, generated for the bench`)
    return { kind, text: lines.join('\n') + '\n' }
  }
}

/** Writes `count` Dockerfiles to `dir`; returns their paths. */
export function generateDockerfiles(dir, count = 300, seed = 20240611) {
  mkdirSync(dir, { recursive: true })
  const next = generator(seed)
  const files = []
  for (let i = 0; i < count; i++) {
    const { kind, text } = next()
    const file = join(dir, `${String(i).padStart(3, '0')}-${kind}.Dockerfile`)
    writeFileSync(file, text)
    files.push(file)
  }
  return files
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count, seed] = process.argv.slice(2)
  if (!dir) {
    console.error('usage: node bench/generate-dockerfiles.mjs OUT_DIR [COUNT] [SEED]')
    process.exit(2)
  }
  const files = generateDockerfiles(dir, count ? Number(count) : undefined, seed ? Number(seed) : undefined)
  console.log(`${files.length} Dockerfiles in ${dir}`)
}
