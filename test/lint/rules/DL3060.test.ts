import { DL3060 } from '../../../src/lint/rules/DL3060.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3060, {
  valid: [
    'FROM node:20\nRUN yarn install && yarn cache clean',
    'FROM node:20\nRUN yarn build',
    'FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install',
    'FROM node:20 AS deps\nRUN yarn install\nFROM node:20-slim\nCOPY --from=deps /app /app',
    'FROM node:20\nRUN npm install',
    'FROM node:20\nRUN yarn install \\\n    --frozen-lockfile \\\n && yarn cache clean --all',
    'FROM node:20\nONBUILD RUN yarn install && yarn cache clean',
    'FROM node:20\nRUN /usr/bin/yarn install'
  ],
  invalid: [
    { code: 'FROM node:20\nRUN yarn install', lines: [2], message: /yarn cache clean/ },
    { code: 'FROM node:20\nRUN yarn cache clean && yarn install', lines: [2] },
    { code: 'FROM node:20 AS deps\nRUN yarn install\nFROM deps\nRUN yarn build', lines: [2] },
    { code: 'FROM node:20 AS deps\nRUN yarn install --frozen-lockfile\nFROM node:20\nRUN cd /app && \\\n  yarn install', lines: [4] },
    { code: 'FROM node:20 AS deps\nONBUILD RUN yarn install\nFROM node:20-slim\nCOPY --from=deps /app /app', lines: [2] },
    { code: 'FROM node:20\nRUN <<EOF\nyarn install\nEOF\n', lines: [2] },
    { code: 'FROM node:20\nRUN --mount=type=cache,target=/root/.npm yarn install', lines: [2] }
  ]
})
