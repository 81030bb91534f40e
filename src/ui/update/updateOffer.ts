import { create } from 'zustand'

/** A new version of the app that is waiting, and how to take it; null while there is none. */
export const useUpdateOffer = create<{ take: (() => Promise<void>) | null }>(() => ({ take: null }))

/** Offers the waiting version; `take` replaces the page with it. */
export const offerUpdate = (take: () => Promise<void>) => useUpdateOffer.setState({ take })

/** Not now: the new version is taken when every tab of the app has been closed. */
export const declineUpdate = () => useUpdateOffer.setState({ take: null })
