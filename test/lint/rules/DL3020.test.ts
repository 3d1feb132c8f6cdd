import { DL3020 } from '../../../src/lint/rules/DL3020.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3020, {
  valid: [
    'FROM alpine:3.20\nADD app.tar.gz /opt/',
    'FROM alpine:3.20\nADD https://example.com/tool /usr/local/bin/tool',
    'FROM alpine:3.20\nADD "rootfs.tar.xz" /',
    'FROM alpine:3.20\nADD http://example.com/a.txt vendor.tgz /opt/',
    'FROM alpine:3.20\nCOPY app /app',
    'FROM alpine:3.20\nONBUILD ADD . /src',
    'FROM alpine:3.20\nADD --checksum=sha256:abc https://example.com/x.bin /x.bin'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nADD app /app', lines: [2], message: /COPY instead of ADD/, output: 'FROM alpine:3.20\nCOPY app /app' },
    { code: 'FROM alpine:3.20\nadd --chown=app:app conf/ /etc/app/', lines: [2], output: 'FROM alpine:3.20\ncopy --chown=app:app conf/ /etc/app/' },
    { code: 'FROM alpine:3.20\nADD bundle.zip /opt/', lines: [2], output: 'FROM alpine:3.20\nCOPY bundle.zip /opt/' },
    { code: 'FROM alpine:3.20\nADD ["a b.txt", "/dst/"]', lines: [2], output: 'FROM alpine:3.20\nCOPY ["a b.txt", "/dst/"]' },
    // An archive beside a plain file would stop being unpacked under COPY, so no fix is offered.
    { code: 'FROM alpine:3.20\nADD app.tar.gz config.yml /opt/', lines: [2], output: null },
    { code: 'FROM alpine:3.20\nADD --keep-git-dir=true src /src', lines: [2], output: null },
    { code: 'FROM alpine:3.20\nADD a \\\n  b /dst/', lines: [2], output: 'FROM alpine:3.20\nCOPY a \\\n  b /dst/' },
    { code: 'FROM golang:1.22 AS build\nADD . /src\nFROM alpine:3.20\nADD --link bin /usr/bin/', lines: [2, 4], output: 'FROM golang:1.22 AS build\nCOPY . /src\nFROM alpine:3.20\nCOPY --link bin /usr/bin/' }
  ]
})
