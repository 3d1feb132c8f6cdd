import { DL3010 } from '../../../src/lint/rules/DL3010.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3010, {
  valid: [
    'FROM alpine:3.20\nCOPY app.tar.gz /tmp/',
    'FROM alpine:3.20\nCOPY package.json /app/\nRUN tar -xf package.json',
    'FROM alpine:3.20\nCOPY --from=build /out/app.tar /tmp/app.tar\nRUN tar -xf /tmp/app.tar',
    'FROM alpine:3.20\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip',
    'FROM alpine:3.20\nCOPY app.tar /tmp/\nRUN tar -cf other.tar /tmp',
    'FROM alpine:3.20\nCOPY app.tar /tmp/\nFROM alpine:3.20\nRUN tar -xf /tmp/app.tar',
    'FROM alpine:3.20\nRUN tar -xf /tmp/app.tar\nCOPY app.tar /tmp/',
    'FROM alpine:3.20 AS a\nCOPY app.tar /tmp/\nRUN tar -xf /tmp/app.tar\nFROM alpine:3.20\nRUN echo done'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCOPY app.tar /usr/src/\nRUN tar -xf /usr/src/app.tar', lines: [2], message: 'Use ADD for extracting archives into an image' },
    { code: 'FROM alpine:3.20\nCOPY dist/app.tgz /opt/\nWORKDIR /opt\nRUN echo x && tar --extract -f app.tgz', lines: [2] },
    { code: 'FROM alpine:3.20\nCOPY build/site.zip /tmp/site.tar.gz\nRUN gunzip /tmp/site.tar.gz', lines: [2] },
    { code: 'FROM alpine:3.20\nCOPY ["a.tar.xz", "/tmp/"]\nRUN unxz \\\n  /tmp/a.tar.xz', lines: [2] },
    { code: 'FROM alpine:3.20\nCOPY build\\bar.tar.gz "C:\\Program Files\\Foo"\nRUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"', lines: [2] },
    { code: 'FROM alpine:3.20 AS a\nRUN true\nFROM alpine:3.20\nCOPY a.tar b.tar /tmp/\nRUN tar -xf /tmp/a.tar\nCOPY c.tar /tmp/\nRUN <<EOF\ntar -xf /tmp/c.tar\nEOF', lines: [4, 6] }
  ]
})
