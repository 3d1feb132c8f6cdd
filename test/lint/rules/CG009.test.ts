import { CG009 } from '../../../src/lint/rules/CG009.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(CG009, {
  valid: [
    'FROM node:22-slim\nCMD ["node", "server.js"]',
    'FROM node:22-slim\nRUN npm ci\nCMD ["node", "dist/main.js"]',
    'FROM node:22-slim\nENTRYPOINT ["tini", "--"]\nCMD ["npm", "start"]',
    'FROM node:22-slim\nENTRYPOINT ["/sbin/tini", "-g", "--"]\nCMD ["npm", "start"]',
    'FROM node:22-slim\nENTRYPOINT ["dumb-init", "--"]\nCMD ["yarn", "start"]',
    'FROM node:22-slim\nENTRYPOINT ["/usr/bin/dumb-init", "--", "npm", "start"]',
    'FROM node:22-slim\nENTRYPOINT ["docker-init", "--", "pnpm", "start"]',
    'FROM node:22-slim\nENTRYPOINT ["/init"]\nCMD ["npm", "start"]',
    'FROM node:22-slim\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["npm", "start"]',
    'FROM node:22-slim\nCMD ["sh", "-c", "npm run migrate && exec node server.js"]',
    'FROM node:22-slim\nCMD npm run migrate && node server.js',
    'FROM node:22-slim AS dev\nCMD ["npm", "run", "dev"]\nFROM node:22-slim\nCMD ["node", "server.js"]',
    { code: 'FROM node:22-slim AS app\nCMD ["node", "server.js"]\nFROM app AS dev-envs\nCMD ["npm", "start"]', config: { target: 'app' } },
    'FROM node:22-slim\nCMD ["npm", "start"]\nCMD ["node", "server.js"]',
    'FROM node:22-slim\nRUN npm start',
    'FROM node:22-slim\nCMD ["npmx", "start"]',
    'FROM node:22-slim\nCMD ["tini", "--", "npm", "start"]'
  ],
  invalid: [
    { code: 'FROM node:22-slim\nCMD ["npm", "start"]', lines: [2], message: 'CMD makes npm PID 1, and npm does not pass SIGTERM to the app: run the app directly (CMD ["node", "server.js"]) or start it through an init (ENTRYPOINT ["tini", "--"], or docker run --init)' },
    { code: 'FROM node:22-slim\nCMD npm start', lines: [2] },
    { code: 'FROM node:22-slim\nCMD ["yarn", "start"]', lines: [2], message: /makes yarn PID 1/ },
    { code: 'FROM node:22-slim\nCMD ["pnpm", "run", "serve"]', lines: [2], message: /makes pnpm PID 1/ },
    { code: 'FROM node:22-slim\nCMD ["npx", "serve", "-s", "build"]', lines: [2], message: /makes npx PID 1/ },
    { code: 'FROM node:22-slim\nCMD ["/usr/local/bin/npm", "start"]', lines: [2] },
    { code: 'FROM node:22-slim\nCMD ["sh", "-c", "exec npm start"]', lines: [2] },
    { code: 'FROM node:22-slim\nCMD exec npm run start:prod', lines: [2] },
    { code: 'FROM node:22-slim\nCMD ["sh", "-c", "npm run migrate && npm start"]', lines: [2] },
    { code: 'FROM node:22-slim\nENTRYPOINT ["npm"]\nCMD ["start"]', lines: [2], message: /^ENTRYPOINT makes npm PID 1/ },
    { code: 'FROM node:22-slim\nENTRYPOINT npm start', lines: [2] },
    { code: 'FROM node:22-slim AS base\nCMD ["npm", "start"]\nFROM base\nRUN npm ci', lines: [2] },
    { code: 'FROM node:22-slim AS app\nCMD ["npm", "start"]\nFROM node:22-slim AS dev-envs\nCMD ["node", "x.js"]', config: { target: 'app' }, lines: [2] }
  ]
})
