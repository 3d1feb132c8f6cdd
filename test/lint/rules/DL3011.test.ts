import { DL3011 } from '../../../src/lint/rules/DL3011.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3011, {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80',
    'FROM nginx:1.27\nEXPOSE 0 65535',
    'FROM nginx:1.27\nEXPOSE 53/udp 443/tcp',
    'FROM nginx:1.27\nEXPOSE 8000-9000',
    'FROM nginx:1.27\nARG PORT=99999\nEXPOSE $PORT',
    'FROM nginx:1.27\nEXPOSE ${PORT}/tcp 8080'
  ],
  invalid: [
    { code: 'FROM nginx:1.27\nEXPOSE 65536', lines: [2], message: /65536 is outside/ },
    { code: 'FROM nginx:1.27\nEXPOSE 80 443 80800', lines: [2], message: /80800/ },
    { code: 'FROM nginx:1.27\nEXPOSE 70000/udp', lines: [2] },
    { code: 'FROM nginx:1.27\nEXPOSE 60000-70000', lines: [2] },
    { code: 'FROM nginx:1.27\nEXPOSE 80 \\\n  99999', lines: [2] },
    { code: 'FROM nginx:1.27 AS a\nEXPOSE 100000\nFROM nginx:1.27\nEXPOSE 80\nEXPOSE 123456', lines: [2, 5] }
  ]
})
