import { DL3016 } from '../../../src/lint/rules/DL3016.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3016, {
  valid: [
    'FROM node:20\nRUN npm install',
    'FROM node:20\nRUN npm ci && npm i express',
    'FROM node:20\nRUN npm install express@4.19.2 @types/node@20.1.0',
    'FROM node:20\nRUN npm install -g typescript@5.4.5',
    'FROM node:20\nRUN npm install ./vendor/lib ../common /opt/pkg ~/pkg',
    'FROM node:20\nRUN npm install app-1.0.0.tgz lib.tar lib2.tar.gz',
    'FROM node:20\nRUN npm install git+https://github.com/org/repo.git#v1.0.0',
    'FROM node:20\nRUN npm run install',
    'FROM node:20\nRUN npm --loglevel warn install sax@1.2.4',
    'FROM node:20\nRUN npm install --loglevel verbose sax@1.2.4'
  ],
  invalid: [
    { code: 'FROM node:20\nRUN npm install express', lines: [2], message: /\(express\)/ },
    { code: 'FROM node:20\nRUN npm install --global \\\n  typescript', lines: [2] },
    { code: 'FROM node:20\nRUN npm install @myorg/pkg', lines: [2], message: /@myorg\/pkg/ },
    { code: 'FROM node:20\nRUN npm install git://github.com/npm/cli.git', lines: [2] },
    { code: 'FROM node:20\nONBUILD RUN npm install left-pad', lines: [2] },
    { code: 'FROM node:20\nRUN <<EOF\nnpm install express sax@1.2.4\nEOF', lines: [2], message: /\(express\)/ },
    { code: 'FROM node:20 AS a\nRUN npm install a\nFROM node:20\nRUN npm install b@1', lines: [2] }
  ]
})
