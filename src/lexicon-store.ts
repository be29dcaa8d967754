// Where content scripts get the lexicon: from the extension's local storage, where the worker puts it when the
// extension is installed or updated, or from the worker itself when the stored copy is missing, from another
// build, or broken. Carried in the content script, it was 5.9 of its 20 KB gzip and grew with every alias; a
// storage read runs alongside the settings read the script makes anyway. Pages cannot read extension storage.
import { unpackLexicon, type Lexicon, type PackedLexicon } from './match/lexicon';

export const LEXICON_KEY = 'lexicon';

/** The stored form: the lexicon with the id of the build that wrote it. */
export interface StoredLexicon {
  id: string;
  packed: PackedLexicon;
}

export interface LexiconSources {
  /** The stored value under LEXICON_KEY, whatever it is. */
  readStored(): Promise<unknown>;
  /** The worker's own copy (which it also stores again). */
  askWorker(): Promise<PackedLexicon>;
}

/** The lexicon of build `id`: the stored copy when it is that build's and unpacks, else the worker's. */
export async function loadLexicon(id: string, sources: LexiconSources): Promise<Lexicon> {
  try {
    const stored = (await sources.readStored()) as Partial<StoredLexicon> | undefined;
    if (stored?.id === id && stored.packed) return unpackLexicon(stored.packed);
  } catch {
    // Unreadable storage or a broken copy: the worker has the lexicon.
  }
  return unpackLexicon(await sources.askWorker());
}
