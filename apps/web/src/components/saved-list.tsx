import { useId, type ReactElement, type ReactNode } from "react";
import { messageOf } from "../lib/api-errors";
import { ui } from "./ui";

/** What a saved item needs to be listed: its id and name. */
export interface SavedItem {
  readonly id: string;
  readonly name: string;
}

/** The parts of a list query (`useQuery`) the card reads. */
interface ListQuery<Item> {
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly error: unknown;
  readonly data: readonly Item[] | undefined;
}

/** The parts of a delete mutation (`useMutation` over `{ id }`) the card reads. */
interface DeleteMutation {
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly error: unknown;
  readonly variables: { readonly id: string } | undefined;
  readonly mutate: (input: { id: string }) => void;
}

/**
 * The caller's saved items as a card: loading, the list's or the last delete's error, a note when
 * there are none, then one row per item with its name, a summary line, its own buttons and Delete,
 * and what the row opens (`detail`) under it.
 *
 * @example
 * <SavedList title="Saved plans" emptyText="No saved plans yet." testId="saved-plans" list={list} remove={remove}
 *   summary={(row) => row.catalogVersion} actions={(row) => <button …>Open</button>} />
 */
export function SavedList<Item extends SavedItem>(props: {
  title: string;
  emptyText: string;
  testId: string;
  list: ListQuery<Item>;
  remove: DeleteMutation;
  summary: (item: Item) => ReactNode;
  actions: (item: Item) => ReactNode;
  detail?: (item: Item) => ReactNode;
}): ReactElement {
  const id = useId();
  const { list, remove } = props;
  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        {props.title}
      </h2>
      {list.isPending && <p className={ui.muted}>Loading…</p>}
      {list.isError && (
        <p className={ui.error} role="alert">
          {messageOf(list.error)}
        </p>
      )}
      {remove.isError && (
        <p className={ui.error} role="alert">
          {messageOf(remove.error)}
        </p>
      )}
      {list.data?.length === 0 && <p className={`${ui.muted} mt-1`}>{props.emptyText}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="mt-2 divide-y divide-slate-100" data-testid={props.testId}>
          {list.data.map((item) => (
            <li key={item.id} className="py-2 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-medium break-words">{item.name}</p>
                  <p className="break-words text-slate-600">{props.summary(item)}</p>
                </div>
                <div className="flex gap-2">
                  {props.actions(item)}
                  <button
                    type="button"
                    className={ui.buttonSecondary}
                    aria-label={`Delete ${item.name}`}
                    disabled={remove.isPending && remove.variables?.id === item.id}
                    onClick={() => remove.mutate({ id: item.id })}
                  >
                    Delete
                  </button>
                </div>
              </div>
              {props.detail?.(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
