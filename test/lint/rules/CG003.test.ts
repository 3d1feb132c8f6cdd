import { CG003 } from '../../../src/lint/rules/CG003.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(CG003, {
  valid: [
    'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app',
    'FROM node:20\nRUN npm ci --omit=dev',
    'FROM alpine:3.20\nRUN echo "go build && make"',
    "FROM alpine:3.20\nRUN echo 'npm run build'",
    'FROM python:3.12-slim\nRUN pip install -r requirements.txt',
    'FROM node:20\nRUN npm run lint',
    'FROM golang:1.22\nRUN go test ./...',
    'FROM alpine:3.20\nRUN apk add make',
    'FROM alpine:3.20\nRUN cat <<EOF > /build.sh\nmake\nEOF',
    'FROM alpine:3.20\nRUN constructor',
    'FROM python:3.12\nRUN python3 <<EOF\nmake\nEOF',
    'FROM maven:3\nRUN mvn dependency:go-offline',
    'FROM node:20\nRUN yarn --cwd build install',
    'FROM node:20\nRUN npm --prefix build run lint',
    'FROM node:20\nRUN pnpm --filter build test',
    'FROM golang:1.22\nRUN go -C build test ./...',
    'ARG BASE=node:20\nFROM ${BASE} AS Build\nRUN npm ci\nFROM build\nRUN npm run build',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN go build ./...\nFROM --platform=linux/amd64 alpine:3.20',
    '# escape=`\nFROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -c Release `\n  -o /out\nFROM mcr.microsoft.com/dotnet/aspnet:8.0'
  ],
  invalid: [
    { code: 'FROM golang:1.22\nRUN go build -o /app .', lines: [2], message: /multi-stage/ },
    { code: 'FROM rust:1\nRUN cargo build --release', lines: [2] },
    { code: 'FROM maven:3\nRUN mvn -B clean package -DskipTests', lines: [2] },
    { code: 'FROM gradle:8\nRUN ./gradlew bootJar', lines: [2] },
    { code: 'FROM node:20\nRUN npm ci && npm run build', lines: [2] },
    { code: 'FROM node:20\nRUN yarn install; yarn build', lines: [2] },
    { code: 'FROM node:20\nRUN pnpm build', lines: [2] },
    { code: 'FROM node:20\nRUN npx tsc -p .', lines: [2] },
    { code: 'FROM gcc:13\nRUN g++ -O2 main.cpp -o app', lines: [2] },
    { code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish -c Release', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN apk add build-base \\\n  && cd /src \\\n  && make', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN echo start | tee /log && /usr/bin/make all', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN true\nRUN <<EOF\nset -e\nmake\nEOF\nRUN make', lines: [3] },
    { code: 'FROM node:20\nRUN ["npm", "run", "build"]', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN bash <<-EOT\n\tcd /src && make\n\tEOT', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN ["/bin/sh", "-c", "cd /src && go build ./..."]', lines: [2] },
    { code: 'FROM node:20\nRUN npm --prefix app run build', lines: [2] },
    { code: 'FROM node:20\nRUN npm -w packages/api run build', lines: [2] },
    { code: 'FROM node:20\nRUN yarn --cwd app build', lines: [2] },
    { code: 'FROM node:20\nRUN pnpm -C app run build', lines: [2] },
    { code: 'FROM golang:1.22\nRUN go -C cmd/api build -o /app', lines: [2] },
    { code: 'FROM rust:1\nRUN cargo --color never build --release', lines: [2] },
    { code: 'ARG BASE\nFROM ${BASE}\nRUN make', lines: [3] },
    { code: 'ARG BASE=node:20\nFROM --platform=$TARGETPLATFORM $BASE AS App\nRUN npm run build', lines: [3] },
    { code: '# escape=`\nFROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish -c Release `\n  -o /out', lines: [3] }
  ]
})
