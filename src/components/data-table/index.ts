export { DataTable } from './data-table';
export type { CellValue, DataColumn, DataTableProps, LoadStatus } from './types';
