// Every rule, sorted by code. Explicit imports keep the bundle static and make a forgotten rule a review diff.

import type { Rule } from '../rule.js'
import { CG001 } from './CG001.js'
import { CG002 } from './CG002.js'
import { CG003 } from './CG003.js'
import { CG004 } from './CG004.js'
import { CG005 } from './CG005.js'
import { CG006 } from './CG006.js'
import { CG007 } from './CG007.js'
import { DL3002 } from './DL3002.js'
import { DL3006 } from './DL3006.js'
import { DL3007 } from './DL3007.js'
import { DL3025 } from './DL3025.js'

export const rules: readonly Rule[] = [CG001, CG002, CG003, CG004, CG005, CG006, CG007, DL3002, DL3006, DL3007, DL3025]
