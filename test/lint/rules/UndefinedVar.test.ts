import { describe, expect, it } from 'vitest'
import { withConfig } from '../../../src/lint/config.js'
import { parseDockerfile } from '../../../src/lint/parse.js'
import { UndefinedVar } from '../../../src/lint/rules/UndefinedVar.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(UndefinedVar, {
  valid: [
    'FROM alpine:3.20\nENV PATH=/app/bin:$PATH',
    'FROM alpine:3.20\nARG VERSION\nENV APP_VERSION=$VERSION',
    'FROM alpine:3.20\nENV HOME_DIR=/srv\nWORKDIR $HOME_DIR',
    'FROM alpine:3.20\nRUN echo $UNDEFINED && ${ALSO}',
    'FROM alpine:3.20\nCMD ["sh", "-c", "echo $NOPE"]',
    "FROM alpine:3.20\nENV GREETING='$NOT_EXPANDED'",
    'FROM alpine:3.20\nENV LITERAL=\\$NOT_EXPANDED',
    'FROM alpine:3.20 AS base\nENV APP=/app\nFROM base\nWORKDIR $APP',
    'FROM alpine:3.20 AS Base\nARG UID=10001\nFROM BASE\nUSER $UID',
    'ARG BASE=alpine:3.20\nFROM $BASE',
    'FROM alpine:3.20\nARG A=1 B=$A',
    "FROM alpine:3.20\nCOPY <<'EOF' /x\n$NOT_EXPANDED\nEOF",
    'FROM alpine:3.20\nEXPOSE $PORT',
    'FROM alpine:3.20\nARG TARGETARCH\nCOPY bin/$TARGETARCH /app'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nWORKDIR $APP_HOME', lines: [2], message: "Usage of undefined variable '$APP_HOME': nothing in the Dockerfile defines it, so it is defined only if the base image alpine:3.20 sets it (lint with --docker to read its ENV)" },
    { code: 'FROM scratch\nWORKDIR $APP_HOME', lines: [2], message: "Usage of undefined variable '$APP_HOME'" },
    { code: 'FROM alpine:3.20\nENV PATH=/app/bin:$PAHT', lines: [2], message: "Usage of undefined variable '$PAHT' (did you mean $PATH?)" },
    { code: 'FROM alpine:3.20\nENV A=/x B=$A/bin', lines: [2] },
    { code: 'ARG VERSION=1\nFROM alpine:3.20\nLABEL version=$VERSION', lines: [3] },
    { code: 'FROM alpine:3.20\nCOPY bin/$TARGETARCH /app', lines: [2] },
    { code: 'FROM alpine:3.20\nENV A=${B:-fallback}', lines: [2] },
    { code: 'FROM alpine:3.20\nARG USER_ID\nUSER $USERID', lines: [3], message: /did you mean \$USER_ID\?/ },
    { code: 'FROM alpine:3.20\nCOPY --chown=$APP_USER:$APP_GROUP . /app', lines: [2, 2] },
    { code: 'FROM alpine:3.20\nCOPY <<EOF /etc/app.conf\nhome=$APP_HOME\nEOF', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=$CACHE_DIR make', lines: [2] },
    { code: 'FROM alpine:3.20\nARG DEFAULT=${OTHER}', lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nENV OUT=/out\nFROM alpine:3.20\nCOPY --from=build $OUT /app', lines: [4] },
    { code: 'FROM alpine:3.20\nVOLUME $DATA\nSTOPSIGNAL $SIG', lines: [2, 3] },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\$APPDIR', lines: [3] }
  ]
})

describe('UndefinedVar on thousands of variables', () => {
  it('stops suggesting names once the file has used up its comparisons, and still reports every undefined use', () => {
    const lines = ['FROM alpine:3.20']
    for (let i = 0; i < 1000; i++) lines.push(`ENV V${i}=x`, `LABEL l=$U${i}`)
    const messages = UndefinedVar.check(parseDockerfile(lines.join('\n')), { config: withConfig({}) }).map((h) => h.message)
    expect(messages).toHaveLength(1000)
    expect(messages[0]).toBe("Usage of undefined variable '$U0' (did you mean $V0?)")
    // No name to suggest, so nothing marks it a typo: only the base image could define it.
    expect(messages[999]).toMatch(/^Usage of undefined variable '\$U999': nothing in the Dockerfile defines it/)
  })
})
