// The entries the content script has received from the worker, and the fetching of more (related entries).
// Entries are immutable within a session, so they are kept for the page's lifetime.
import type { Entry } from '../kb/schema';

export class EntryCache {
  private readonly entries = new Map<string, Entry>();
  /** Ids asked for and not answered yet: asking twice would cost a second message for the same reply. */
  private readonly pending = new Set<string>();

  constructor(private readonly fetchEntries: (ids: string[]) => Promise<Entry[]>) {}

  get(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  add(entries: readonly Entry[]): void {
    for (const e of entries) this.entries.set(e.id, e);
  }

  /**
   * Fetches the entries not cached or on their way. Resolves to true when new entries arrived; a failed
   * request resolves to false and may be retried later.
   */
  async request(ids: readonly string[]): Promise<boolean> {
    const missing = [...new Set(ids)].filter((id) => !this.entries.has(id) && !this.pending.has(id));
    if (missing.length === 0) return false;
    missing.forEach((id) => this.pending.add(id));
    try {
      const found = await this.fetchEntries(missing);
      this.add(found);
      return found.length > 0;
    } catch {
      return false;
    } finally {
      missing.forEach((id) => this.pending.delete(id));
    }
  }
}
