import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type ChecklistTemplate, defaultChecklistTemplate, parseChecklistTemplate } from '@bordenden/model'

/** A municipality's own phase checklists replace the handbook's when this file is in DATA_DIR. */
export const CHECKLIST_FILE = 'checklists.json'

/**
 * The checklist template this server shows: `DATA_DIR/checklists.json` when present (validated, so a
 * bad file stops the server at start with the reason), otherwise the handbook's checklists.
 */
export function loadChecklistTemplate(dataDir: string): ChecklistTemplate {
  const file = path.join(dataDir, CHECKLIST_FILE)
  if (!existsSync(file)) return defaultChecklistTemplate
  try {
    return parseChecklistTemplate(JSON.parse(readFileSync(file, 'utf8')))
  } catch (error) {
    throw new Error(`${file} is not a valid checklist template: ${(error as Error).message}`)
  }
}
