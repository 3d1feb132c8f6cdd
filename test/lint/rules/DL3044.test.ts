import { DL3044 } from '../../../src/lint/rules/DL3044.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3044, {
  valid: [
    'FROM alpine:3.20\nENV A=1\nENV B=$A',
    'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH',
    'FROM alpine:3.20\nARG A=1\nENV A=2 B=$A',
    'FROM alpine:3.20\nENV A=1\nFROM alpine:3.20\nENV A=2 B=${A}',
    'FROM alpine:3.20\nENV A=1 B=$AB',
    'FROM alpine:3.20\nENV A=1 B=${A:-x}',
    'FROM alpine:3.20\nENV A 1 $A'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nENV A=1 B=$A', lines: [2], message: /A is used in the same ENV/ },
    { code: 'FROM alpine:3.20\nENV A=1 B=${A}', lines: [2] },
    { code: 'FROM alpine:3.20\nENV A=1 B=$A/bin', lines: [2] },
    { code: 'FROM alpine:3.20\nENV B=$A A=1', lines: [2] },
    { code: 'FROM alpine:3.20\nENV A=1 \\\n  B="x-${A}-y"', lines: [2] },
    { code: 'FROM alpine:3.20 AS a\nENV X=1 Y=$X\nFROM alpine:3.20\nENV P=1 Q=$P', lines: [2, 4] }
  ]
})
