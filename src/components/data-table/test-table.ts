/** Test helper: a data table's TanStack table built outside React, configured as DataTable configures it. */
import { constructTable } from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { dataTableFeatures, type TableOf } from './table-features';
import { textFilter, toTanstackColumns } from './to-tanstack-columns';
import type { DataColumn } from './types';

// Outside React, TanStack Table needs a reactivity binding (useTable brings React's).
export const testFeatures: typeof dataTableFeatures = {
  ...dataTableFeatures,
  ...{ coreReactivityFeature: storeReactivityBindings() },
};

export function makeTestTable<Item extends { id: string }>(
  columns: readonly DataColumn<Item>[],
  items: Item[],
  features: typeof dataTableFeatures = testFeatures,
): TableOf<Item> {
  return constructTable({
    features,
    columns: toTanstackColumns(columns),
    data: items,
    getRowId: (item: Item) => item.id,
    globalFilterFn: textFilter,
    enableMultiSort: false,
  }) as unknown as TableOf<Item>;
}
