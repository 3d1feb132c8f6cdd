import { ExposeInvalidFormat } from '../../../src/lint/rules/ExposeInvalidFormat.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(ExposeInvalidFormat, {
  valid: [
    'FROM alpine:3.20\nEXPOSE 80',
    'FROM alpine:3.20\nEXPOSE 80/tcp 53/udp',
    'FROM alpine:3.20\nEXPOSE 7000-7005',
    'FROM alpine:3.20\nEXPOSE :80',
    'FROM alpine:3.20\nARG PORT=8080\nEXPOSE $PORT',
    'FROM alpine:3.20\nLABEL ports=8080:80'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nEXPOSE 8080:80', lines: [2], message: "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80'" },
    { code: 'FROM alpine:3.20\nEXPOSE 0.0.0.0:8443:443/tcp', lines: [2] },
    { code: 'FROM alpine:3.20\nEXPOSE [::1]:5432:5432', lines: [2] },
    { code: 'FROM alpine:3.20\nEXPOSE 7000-7005:7000-7005 80 9090:90', lines: [2, 2] },
    { code: 'FROM alpine:3.20\nARG MAP=8080:80\nEXPOSE ${MAP}', lines: [3], message: /'8080:80'/ },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nEXPOSE 8080:80 `\n  443', lines: [3] }
  ]
})
