import { act, configure, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useScenario } from '../../src/state/store'
import vestvagoyText from '../../scenarios/vestvagoy-2014.json?raw'
import { renderApp } from './renderApp'

type User = Awaited<ReturnType<typeof renderApp>>['user']

const TITLE = 'Sosial- og flyktningtjenesten 2014'
const COPY = `${TITLE} (kopi)`

afterEach(() => vi.restoreAllMocks())

// Each action here goes through IndexedDB and a fresh listing; with the whole suite running on two
// cores that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 })

async function openPanel(user: User) {
  await user.click(screen.getByRole('button', { name: 'Modeller' }))
  return screen.getByRole('dialog', { name: 'Modeller' })
}

/** The model list's dialog: the first one open. Searched alone, since the whole app is slow to. */
function listDialog() {
  const dialog = document.querySelector<HTMLElement>('.dialog')
  if (!dialog?.textContent?.startsWith('Modeller')) throw new Error('the model list is not open')
  return dialog
}

/** The buttons of one model in the list, found by its title. */
const actionsOf = (title: string) => within(listDialog()).getByRole('group', { name: title })

/** The app with a copy of Vestvågøy kept as the user's own, and the model list open. */
async function withCopy() {
  const { user } = await renderApp()
  const dialog = await openPanel(user)
  await user.click(within(actionsOf(TITLE)).getByRole('button', { name: 'Lag en kopi' }))
  await within(dialog).findByRole('group', { name: COPY })
  return { user, dialog }
}

const ownModels = () => useScenario.getState().library.filter((m) => m.source === 'own')

describe('the model list', () => {
  it('lists the published model as open, and opens a copy of it', async () => {
    const { user, dialog } = await withCopy()
    const published = within(dialog).getByTestId('model-file:vestvagoy-2014.json')
    expect(published).toHaveTextContent('versjon 2014.1 · Publisert')
    expect(published).toHaveTextContent('Åpen nå')
    expect(within(dialog).getByTestId('model-own:vestvagoy-2014-2')).toHaveTextContent(
      'Egen modell',
    )
    await user.click(within(actionsOf(COPY)).getByRole('button', { name: 'Åpne' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(COPY)
    expect(useScenario.getState().modelKey).toBe('own:vestvagoy-2014-2')
  })

  it('renames an own model, refusing an empty name', async () => {
    const { user } = await withCopy()
    await user.click(within(actionsOf(COPY)).getByRole('button', { name: 'Endre navn' }))
    const rename = screen.getByRole('dialog', { name: `Endre navn på «${COPY}»` })
    const name = within(rename).getByLabelText('Navn')
    await user.clear(name)
    await user.click(within(rename).getByRole('button', { name: 'Lagre' }))
    expect(within(rename).getByText('Modellen må ha et navn.')).toBeInTheDocument()
    await user.type(name, 'Flakstad 2027')
    await user.click(within(rename).getByRole('button', { name: 'Lagre' }))
    await waitFor(() => expect(actionsOf('Flakstad 2027')).toBeVisible())
    expect(ownModels().map((m) => m.title)).toEqual(['Flakstad 2027'])
  })

  it('deletes an own model with undo, and says why the open one cannot be deleted', async () => {
    const { user, dialog } = await withCopy()
    await user.click(within(actionsOf(COPY)).getByRole('button', { name: 'Slett' }))
    await waitFor(() => expect(within(dialog).queryByRole('group', { name: COPY })).toBeNull())
    const notice = await within(dialog).findByRole('status')
    expect(notice).toHaveTextContent(`«${COPY}» er slettet.`)
    await user.click(within(notice).getByRole('button', { name: 'Angre' }))
    await within(dialog).findByRole('group', { name: COPY })
    expect(within(dialog).queryByRole('status')).toBeNull()

    await user.click(within(actionsOf(COPY)).getByRole('button', { name: 'Åpne' }))
    await openPanel(user)
    const remove = within(actionsOf(COPY)).getByRole('button', { name: 'Slett' })
    expect(remove).toBeDisabled()
    expect(remove).toHaveAccessibleDescription(
      'Modellen er åpen og kan ikke slettes. Åpne en annen modell først.',
    )
  })

  it('marks a model with errors and will not open it', async () => {
    const { user } = await renderApp()
    await act(async () => {
      useScenario.getState().newModel()
      await useScenario.getState().saveModelEdit()
      useScenario.getState().closeModelEdit()
    })
    const dialog = await openPanel(user)
    const draft = ownModels()[0]!
    const row = within(dialog).getByTestId(`model-${draft.key}`)
    expect(row).toHaveTextContent('Har feil – kan ikke brukes i scenarier før de er rettet')
    const open = within(row).getByRole('button', { name: 'Åpne' })
    expect(open).toBeDisabled()
    expect(open).toHaveAccessibleDescription(
      'Har feil – kan ikke brukes i scenarier før de er rettet',
    )
  })

  it('edits a model: the list closes and the editor shows', async () => {
    const { user } = await withCopy()
    await user.click(within(actionsOf(COPY)).getByRole('button', { name: 'Rediger' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(useScenario.getState().modelEdit?.id).toBe('vestvagoy-2014-2')
  })
})

describe('importing and exporting a model', () => {
  const upload = (user: User, dialog: HTMLElement, name: string, content: string) =>
    user.upload(
      within(dialog).getByLabelText('Importer modell…'),
      new File([content], name, { type: 'application/json' }),
    )

  it('imports a model file, saying that its id was changed because the id is taken', async () => {
    const { user } = await renderApp()
    const dialog = await openPanel(user)
    await upload(user, dialog, 'vestvagoy.json', vestvagoyText)
    const result = within(dialog).getByTestId('model-import-result')
    await waitFor(() =>
      expect(result).toHaveTextContent(
        `«${TITLE}» er importert. En modell med id «vestvagoy-2014» finnes fra før, så den importerte har fått id «vestvagoy-2014-2».`,
      ),
    )
    expect(within(dialog).getByTestId('model-own:vestvagoy-2014-2')).toBeInTheDocument()
  })

  it('refuses a broken file in words, adds nothing, and clears the message for the next file', async () => {
    const { user } = await renderApp()
    const dialog = await openPanel(user)
    await upload(user, dialog, 'ødelagt.json', '{"title": ')
    const result = within(dialog).getByTestId('model-import-result')
    await waitFor(() =>
      expect(result).toHaveTextContent('«ødelagt.json» kan ikke importeres. Ingenting er endret.'),
    )
    expect(within(result).getByRole('alert')).toHaveTextContent(
      'Filen er ikke gyldig JSON: feil på linje 1, kolonne 11.',
    )
    await upload(user, dialog, 'scenario.json', '{"format": "omstilling.scenario"}')
    await waitFor(() => expect(result).toHaveTextContent('«scenario.json» kan ikke importeres.'))
    expect(result).not.toHaveTextContent('ødelagt.json')
    expect(result).toHaveTextContent('feltet «format» må være "omstilling.model"')
    expect(ownModels()).toEqual([])
  })

  it('exports the model file named after its id and version', async () => {
    const blobs: Blob[] = []
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => (blobs.push(blob), 'blob:model'),
    })
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined })
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download)
    })
    const { user } = await renderApp()
    await openPanel(user)
    await user.click(within(actionsOf(TITLE)).getByRole('button', { name: 'Eksporter' }))
    expect(names).toEqual(['vestvagoy-2014-2014-1.json'])
    expect(JSON.parse(await blobs[0]!.text())).toEqual(JSON.parse(vestvagoyText))
  })
})

describe('scenarios on other models', () => {
  it('names the model a scenario was made on, opens it there, and says when it is gone', async () => {
    const { user } = await withCopy()
    await user.click(within(actionsOf(COPY)).getByRole('button', { name: 'Åpne' }))
    await useScenario.getState().save('På kopien', '')
    useScenario.getState().switchModel('file:vestvagoy-2014.json')
    await user.click(screen.getByRole('button', { name: 'Scenarier' }))
    const row = screen.getByTestId('scenario-På kopien')
    expect(row).toHaveTextContent(`Laget på modellen «${COPY}»`)
    await user.click(within(row).getByRole('button', { name: 'Åpne' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(COPY)
    expect(useScenario.getState().current.name).toBe('På kopien')

    useScenario.getState().switchModel('file:vestvagoy-2014.json')
    await useScenario.getState().removeModel('own:vestvagoy-2014-2')
    await user.click(screen.getByRole('button', { name: 'Scenarier' }))
    const orphan = screen.getByTestId('scenario-På kopien')
    expect(orphan).toHaveTextContent('Laget på modellen «vestvagoy-2014-2»')
    await user.click(within(orphan).getByRole('button', { name: 'Åpne' }))
    expect(screen.getByRole('dialog', { name: 'Scenarier' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Modellen «vestvagoy-2014-2» finnes ikke i denne nettleseren.',
    )
    expect(useScenario.getState().modelKey).toBe('file:vestvagoy-2014.json')
  })
})
