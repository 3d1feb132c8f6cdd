import { DL3067 } from '../../../src/lint/rules/DL3067.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3067, {
  valid: [
    'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /app',
    'FROM alpine:3.20\nCOPY / /',
    'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build / /rootfs/',
    'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /app /',
    'FROM alpine:3.20\nADD --chown=1:1 / /',
    'FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build /etc/ssl /'
  ],
  invalid: [
    { code: 'FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build / /', lines: [3], message: /entire filesystem/ },
    { code: 'FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build "/" "/"', lines: [3] },
    { code: 'FROM scratch\nCOPY --from=busybox:1.36 --chown=0:0 / /', lines: [2], message: /copies the whole filesystem of the image busybox:1\.36 over this one/ },
    { code: 'FROM alpine:3.20\nCOPY --from=gloursdocker/docker / /', lines: [2], message: 'COPY --from=gloursdocker/docker / / copies the whole filesystem of the image gloursdocker/docker over this one: copy only the paths you need' },
    { code: 'FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build ["/", "/"]', lines: [3] },
    { code: 'FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build \\\n    /etc/passwd / \\\n    /', lines: [3] },
    { code: "FROM alpine:3.20 AS a\nFROM scratch\nCOPY --from=0 '/' /\nCOPY --from=a / /", lines: [3, 4] }
  ]
})
