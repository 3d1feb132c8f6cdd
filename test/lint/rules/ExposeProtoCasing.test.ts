import { ExposeProtoCasing } from '../../../src/lint/rules/ExposeProtoCasing.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(ExposeProtoCasing, {
  valid: [
    'FROM alpine:3.20\nEXPOSE 80',
    'FROM alpine:3.20\nEXPOSE 80/tcp 53/udp',
    'FROM alpine:3.20\nEXPOSE 9000-9010/sctp',
    'FROM alpine:3.20\nARG P=udp\nEXPOSE 53/${P}',
    'FROM alpine:3.20\nEXPOSE $PORT',
    'FROM alpine:3.20\nLABEL port=80/TCP'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nEXPOSE 80/TCP', lines: [2], message: "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase", output: 'FROM alpine:3.20\nEXPOSE 80/tcp' },
    { code: 'FROM alpine:3.20\nEXPOSE 80/tcp 53/UDP 443/Tcp', lines: [2, 2], output: 'FROM alpine:3.20\nEXPOSE 80/tcp 53/udp 443/tcp' },
    { code: 'FROM alpine:3.20\nARG P=UDP\nEXPOSE 53/${P}', lines: [3], message: /'53\/UDP'/, output: null },
    { code: 'FROM alpine:3.20\nEXPOSE 80/TCP \\\n  443/tcp', lines: [2], output: null },
    { code: 'FROM alpine:3.20 AS a\nEXPOSE 1/SCTP\nFROM alpine:3.20\nEXPOSE 2/Udp', lines: [2, 4], output: 'FROM alpine:3.20 AS a\nEXPOSE 1/sctp\nFROM alpine:3.20\nEXPOSE 2/udp' },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nEXPOSE 8080/TCP', lines: [3], output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nEXPOSE 8080/tcp' }
  ]
})
