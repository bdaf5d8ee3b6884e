/** One audit event in full: every changed field untruncated, and the before and after as the API recorded them. */
import { Dialog } from '../../components/ui/dialog';
import { formatDateTimeFull } from '../../lib/dates';
import type { ActivityRow, NameOf } from './activity-rows';
import { eventChange, lineText, recordedLabels } from './change-summary';

function Recorded({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="activity-recorded">
      <h3>{label}</h3>
      <pre tabIndex={0} aria-label={`${label}, as recorded`}>
        {value === undefined ? 'Nothing' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

export function EventDetailsDialog({
  row,
  nameOf,
  onClose,
}: {
  row: ActivityRow | null;
  nameOf: NameOf;
  onClose: () => void;
}) {
  const { context, lines } = row ? eventChange(row.event, { nameOf }) : { context: [], lines: [] };
  const labels = recordedLabels(row?.event.action ?? '');
  return (
    <Dialog
      open={row !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={row ? `${row.what} by ${row.who}` : ''}
      description={row ? `${formatDateTimeFull(row.event.time)} · ${row.event.action} · ${row.event.id}` : undefined}
      className="dialog-wide"
    >
      {row ? (
        <div className="activity-details">
          <p className="activity-target-line">
            <span className="activity-label">Target</span>
            <strong>{row.target || '—'}</strong>
            {row.target !== row.event.target ? <code className="activity-route">{row.event.target}</code> : null}
          </p>
          {context.length > 0 ? <p>{context.join('; ')}</p> : null}
          <h3 id="activity-change-heading">Change</h3>
          {lines.length === 0 ? (
            <p>No change recorded.</p>
          ) : (
            <ul aria-labelledby="activity-change-heading" className="activity-lines">
              {lines.map((line, i) => (
                <li key={i}>{lineText(line)}</li>
              ))}
            </ul>
          )}
          <div className="activity-recorded-pair">
            <Recorded label={labels.before} value={row.event.before} />
            <Recorded label={labels.after} value={row.event.after} />
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
