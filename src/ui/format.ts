// Formatting shared by the card and the popup. Pure.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-07-11" → "11 July 2023", "2023-07" → "July 2023", "2023" → "2023". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (m === undefined) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** Only https links are ever rendered as links; anything else is shown as text. */
export function safeHttpsUrl(url: string): string | null {
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export const TYPE_LABELS: Record<string, string> = {
  organization: 'Organization',
  event: 'Event',
  place: 'Place',
  person: 'Person',
  process: 'Process',
  document: 'Treaty or document',
};
