import { shiftClock } from '../../server/src/clock.ts'
import { testClockOffsetMs } from './clock.ts'

// Vitest setup file: the test process keeps the same time as the servers and pages it starts.
const offset = testClockOffsetMs()
if (offset) shiftClock(offset)
