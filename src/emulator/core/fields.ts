/** `describe`'s `fields` option: only the named fields (and always `id`). */
export function selectFields<T extends Record<string, unknown>>(
  record: T,
  fields: Record<string, boolean> | undefined,
): Partial<T> {
  if (!fields) return record;
  const selected: Record<string, unknown> = { id: record.id };
  for (const [field, wanted] of Object.entries(fields)) {
    if (wanted && Object.hasOwn(record, field)) selected[field] = record[field];
  }
  return selected as Partial<T>;
}
