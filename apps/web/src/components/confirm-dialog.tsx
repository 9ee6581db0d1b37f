import { useEffect, useId, useRef, type ReactElement, type ReactNode } from "react";
import { ui } from "./ui";

/**
 * A modal question before an action that cannot be taken back: what will happen, then the action
 * and Cancel. It opens as a native modal dialog (focus moves into it and stays there; Escape
 * cancels) and gives the focus back to what had it when it closes.
 *
 * @example
 * <ConfirmDialog open={asking} title="Publish 2024.2?" confirmLabel="Publish 2024.2" onConfirm={publish} onCancel={() => setAsking(false)}>
 *   <p>New estimates will use 2024.2; 2024.1 is archived.</p>
 * </ConfirmDialog>
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}): ReactElement {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      {props.open && (
        <>
          <h2 id={`${id}-title`} className={ui.h2}>
            {props.title}
          </h2>
          <div id={`${id}-body`} className="mt-2 space-y-2 text-sm text-slate-700">
            {props.children}
          </div>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <button type="button" className={ui.buttonSecondary} onClick={props.onCancel} autoFocus>
              Cancel
            </button>
            <button type="button" className={ui.button} onClick={props.onConfirm}>
              {props.confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
