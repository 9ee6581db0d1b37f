import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { useTRPC } from "../../lib/trpc";
import { useCatalogRefresh } from "./draft-editor";

/** The catalog's settings: the four-eyes rule. */
export function CatalogSettings(): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const refresh = useCatalogRefresh();
  const settings = useQuery(trpc.catalog.settings.queryOptions());
  const set = useMutation(trpc.catalog.setFourEyes.mutationOptions({ onSuccess: refresh }));
  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        Publishing rule
      </h2>
      <div className="mt-2 flex items-start gap-2">
        <input
          id={`${id}-four-eyes`}
          type="checkbox"
          className="mt-1 h-4 w-4"
          disabled={!settings.data || set.isPending}
          checked={settings.data?.fourEyes ?? false}
          onChange={(e) => set.mutate({ enabled: e.target.checked })}
        />
        <label htmlFor={`${id}-four-eyes`} className="text-sm">
          Four-eyes rule: a draft needs the approval of a second admin (not its author or last editor) before it can be published. Editing an approved draft clears the approval.
        </label>
      </div>
      {(settings.isError || set.isError) && (
        <p className={ui.error} role="alert">
          {messageOf(settings.error ?? set.error)}
        </p>
      )}
    </section>
  );
}
