/**
 * Shown while rows are selected: how many, the screen's bulk actions, "Select all N"
 * (every row matching the filters) and "Clear selection". Escape in the table clears too.
 */
import type { ReactNode } from 'react';
import { formatCount } from '../../lib/format';

export interface BulkBarProps {
  selectedCount: number;
  matchingCount: number;
  actions: ReactNode;
  onSelectAll: () => void;
  onClear: () => void;
}

export function BulkBar({ selectedCount, matchingCount, actions, onSelectAll, onClear }: BulkBarProps) {
  return (
    <div className="dt-bulk-bar" role="region" aria-label="Selected rows">
      <p className="dt-bulk-count" role="status">
        {formatCount(selectedCount)} selected
      </p>
      <div className="dt-bulk-actions">{actions}</div>
      <div className="dt-bulk-selection">
        {selectedCount < matchingCount ? (
          <button type="button" className="button button-quiet" onClick={onSelectAll}>
            Select all {formatCount(matchingCount)}
          </button>
        ) : null}
        <button type="button" className="button button-quiet" onClick={onClear}>
          Clear selection
        </button>
      </div>
    </div>
  );
}
