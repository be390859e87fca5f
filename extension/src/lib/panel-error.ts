import type { PanelFailure, PanelTextId, TextValues } from '@bordenden/ui/panel'

/**
 * An error the panel shows as one of its texts, in the reader's language (`errorText`). Only the type
 * comes from the ui package, so the service worker, which reaches this through the API client, stays
 * free of React.
 */
export class PanelError extends Error implements PanelFailure {
  readonly textId: PanelTextId
  readonly values: TextValues
  constructor(textId: PanelTextId, values: TextValues = {}) {
    super(textId)
    this.name = 'PanelError'
    this.textId = textId
    this.values = values
  }
}
