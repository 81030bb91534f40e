import type { LibraryModel } from '../../state/library'
import { download, fileName } from '../export/download'

/** The model's file as it is kept, named after its id and version so exports of two versions differ. */
export function exportModel(model: LibraryModel): void {
  download(
    fileName(`${model.id || model.title}-${model.version}`, 'json'),
    `${JSON.stringify(model.file, null, 2)}\n`,
    'application/json',
  )
}
