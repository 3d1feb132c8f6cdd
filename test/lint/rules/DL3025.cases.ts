// DL3025's cases, shared by the rule's test and the one that builds each fix before and after with Docker.
import type { RuleCases } from '../../helpers/rule-tester.js'

export const DL3025_CASES: RuleCases = {
  valid: [
    'FROM alpine:3.20\nCMD ["/app", "--port", "80"]',
    'FROM alpine:3.20\nENTRYPOINT ["/app"]',
    'FROM alpine:3.20\nHEALTHCHECK CMD ["/app", "health"]',
    'FROM alpine:3.20\nHEALTHCHECK NONE',
    'FROM alpine:3.20\nRUN make all',
    'FROM alpine:3.20\nCMD [ \\\n  "/app" \\\n]',
    '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD ["c:\\\\app\\\\app.exe"]'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCMD /app --port 80', lines: [2], message: /JSON notation/, output: 'FROM alpine:3.20\nCMD ["/app", "--port", "80"]' },
    { code: 'FROM alpine:3.20\nENTRYPOINT /app', lines: [2], output: 'FROM alpine:3.20\nENTRYPOINT ["/app"]' },
    {
      code: 'FROM alpine:3.20\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/',
      lines: [2],
      message: /HEALTHCHECK CMD/,
      output: 'FROM alpine:3.20\nHEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]'
    },
    { code: "FROM alpine:3.20\nCMD ['/app']", lines: [2], output: null },
    { code: 'FROM alpine:3.20\nCMD ["/app"', lines: [2], output: null },
    { code: 'FROM alpine:3.20\nCMD ["/app", 1]', lines: [2], output: null },
    // The shell-form ENTRYPOINT ignores the CMD: in exec form it would get the CMD as arguments.
    { code: 'FROM alpine:3.20\nCMD ["/a"]\nENTRYPOINT /b \\\n  --flag', lines: [3], output: null },
    { code: 'FROM alpine:3.20\nENTRYPOINT echo started server\nCMD ["serve"]', lines: [2], message: /No fix is suggested: in exec form the CMD on line 3 would become its arguments/, output: null },
    // A stage built FROM this one starts with its ENTRYPOINT and its own CMD.
    { code: 'FROM alpine:3.20 AS base\nENTRYPOINT /app\nFROM base\nCMD ["--debug"]', lines: [2], output: null },
    { code: 'FROM alpine:3.20\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD serve --port 80', lines: [3], message: /the ENTRYPOINT on line 2 receives this CMD as/, output: null },
    { code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nCMD serve --port 80', lines: [3], message: /runs under the SHELL/, output: null },
    { code: 'FROM alpine:3.20\nSHELL ["/bin/sh", "-c"]\nCMD serve --port 80', lines: [3], output: 'FROM alpine:3.20\nSHELL ["/bin/sh", "-c"]\nCMD ["serve", "--port", "80"]' },
    // A later stage's ENTRYPOINT drops the CMD it inherits, so no image runs this CMD through it.
    { code: 'FROM alpine:3.20 AS base\nCMD serve\nFROM base AS other\nENTRYPOINT ["/e"]', lines: [2], output: 'FROM alpine:3.20 AS base\nCMD ["serve"]\nFROM base AS other\nENTRYPOINT ["/e"]' },
    { code: "FROM alpine:3.20\nCMD node 'my app.js'", lines: [2], output: 'FROM alpine:3.20\nCMD ["node", "my app.js"]' },
    { code: 'FROM alpine:3.20\nCMD node app.js > /dev/null', lines: [2], output: null },
    { code: 'FROM alpine:3.20\nCMD node $APP', lines: [2], output: null },
    { code: 'FROM alpine:3.20\nCMD migrate && serve', lines: [2], output: null },
    { code: 'FROM alpine:3.20\nCMD FOO=1 app', lines: [2], output: null },
    { code: 'FROM alpine:3.20\nCMD exec app --port 80', lines: [2], output: 'FROM alpine:3.20\nCMD ["app", "--port", "80"]' },
    // The keyword, flags and CMD keep their casing as written; a continued head is joined onto one line.
    { code: 'FROM alpine:3.20\ncmd /app', lines: [2], output: 'FROM alpine:3.20\ncmd ["/app"]' },
    {
      code: 'FROM alpine:3.20\nhealthcheck --interval=5s \\\n  --timeout=2s cmd curl -f http://x/',
      lines: [2],
      output: 'FROM alpine:3.20\nhealthcheck --interval=5s --timeout=2s cmd ["curl", "-f", "http://x/"]'
    },
    {
      code: '# escape=`\nFROM alpine:3.20\nHEALTHCHECK --interval=5s `\n  CMD curl -f http://x/',
      lines: [3],
      output: '# escape=`\nFROM alpine:3.20\nHEALTHCHECK --interval=5s CMD ["curl", "-f", "http://x/"]'
    }
  ]
}
