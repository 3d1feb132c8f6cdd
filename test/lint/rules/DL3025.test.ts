import { DL3025 } from '../../../src/lint/rules/DL3025.js'
import { ruleTester } from '../../helpers/rule-tester.js'
import { DL3025_CASES } from './DL3025.cases.js'

ruleTester(DL3025, DL3025_CASES)
