import { NetworkList, PersonForm, useCourse } from '@bordenden/ui'
import type { Editor } from 'tldraw'
import { shapeIds } from '../canvas/shapes/boundShapes.ts'
import { firstStepId } from '../firstStep.ts'
import { selectCard, useSelectedShape } from './selection.ts'

/** The network map's panel: the selected person's form, or a form for a new person; the network as a list. */
export function NetworkPanel({ editor }: { editor: Editor }) {
  const { canEdit } = useCourse()
  const selected = useSelectedShape(editor, 'bd-person')
  const personId = selected?.props.personId
  return (
    <>
      {canEdit && (
        <div id={firstStepId('network')}>
          <PersonForm key={personId ?? 'new'} personId={personId} onDone={() => editor.selectNone()} />
        </div>
      )}
      <NetworkList onEdit={canEdit ? (id) => selectCard(editor, shapeIds.person(id)) : undefined} />
    </>
  )
}
