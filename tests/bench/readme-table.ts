/**
 * Prints the README's Performance table from a results file, so that a run on a quiet machine can be
 * pasted as it is:   node tests/bench/readme-table.ts [tests/bench/results/latest.json]
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { type BenchReport, performanceTable, readInfinity } from './lib/markdown.ts'

const file = process.argv[2] ?? path.join(import.meta.dirname, 'results', 'latest.json')
const report = JSON.parse(readFileSync(file, 'utf8'), readInfinity) as BenchReport
process.stdout.write(`${performanceTable(report)}\n`)
