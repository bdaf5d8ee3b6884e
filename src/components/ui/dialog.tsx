/**
 * A modal dialog on Radix Dialog (focus trap, Escape, focus return, labelling):
 * title, optional description, a "Close" button, the body, and an optional footer.
 *
 *   <Dialog open={open} onOpenChange={setOpen} title="New org" trigger={<button …>New org</button>}>
 *     <form …>… <DialogFooter><DialogClose …>Cancel</DialogClose><button type="submit">…</button></DialogFooter></form>
 *   </Dialog>
 *
 * Put the footer inside a form (with `DialogFooter`) when its buttons submit it;
 * otherwise pass it as `footer`. While `busy`, the dialog cannot be dismissed.
 */
import type { ReactNode } from 'react';
import { Dialog as RadixDialog } from 'radix-ui';

export interface DialogProps {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the dialog (rendered as is, Radix wires it up). */
  trigger?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** A mutation is running: Escape, the overlay and "Close" do not close the dialog. */
  busy?: boolean;
  /** Extra class on the content, e.g. `dialog-wide`. */
  className?: string;
}

export function Dialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  children,
  footer,
  busy = false,
  className,
}: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={(next) => (busy && !next ? undefined : onOpenChange?.(next))}>
      {trigger ? <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger> : null}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={className ? `dialog ${className}` : 'dialog'}
          // Without a description, say so, so Radix does not point at a missing one.
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description>
          ) : null}
          {children}
          {footer ? <DialogFooter>{footer}</DialogFooter> : null}
          {/* Last in the DOM, shown top right: opening the dialog focuses its first field, not this. */}
          <RadixDialog.Close className="dialog-close" aria-label="Close" disabled={busy}>
            <span aria-hidden="true">×</span>
          </RadixDialog.Close>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The row of buttons at the bottom of a dialog. */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="dialog-actions">{children}</div>;
}

/** Closes the enclosing dialog (e.g. a "Cancel" button): `<DialogClose className="button button-quiet">Cancel</DialogClose>`. */
export const DialogClose = RadixDialog.Close;
