// Listings of the bank (status reports, notifications) read tolerantly: an array of ids or of
// objects with an `id`, bare or under a named field, and an optional `next` cursor for `since`.

export interface ListItem {
  id: string;
}

export function listItems(body: unknown): { items: ListItem[]; next: string | undefined } {
  const object = (body ?? {}) as Record<string, unknown>;
  const array = Array.isArray(body)
    ? body
    : (([object.notifications, object.statusReports, object.reports, object.items, object.entries].find(
        Array.isArray,
      ) as unknown[] | undefined) ?? []);
  const items = array.flatMap((item): ListItem[] => {
    if (typeof item === 'string') return [{ id: item }];
    const id = (item as { id?: unknown } | null)?.id;
    return typeof id === 'string' || typeof id === 'number' ? [{ id: String(id) }] : [];
  });
  const next =
    typeof object.next === 'string' || typeof object.next === 'number' ? String(object.next) : undefined;
  return { items, next };
}
