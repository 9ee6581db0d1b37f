import type { Catalog } from "@paypath/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { messageOf } from "../lib/api-errors";
import { useTRPC } from "../lib/trpc";
import { ui } from "./ui";

/**
 * Loads the published catalog and renders `children` with it, or the loading and error states.
 * Screens key their workspace by the published version's label, so a new version starts afresh.
 *
 * @example
 * <PublishedCatalog>{(catalog, version) => <EstimateWorkspace key={version} catalog={catalog} />}</PublishedCatalog>
 */
export function PublishedCatalog(props: { children: (catalog: Catalog, version: string) => ReactElement }): ReactElement {
  const trpc = useTRPC();
  const published = useQuery(trpc.catalog.published.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  if (published.isPending) return <p className={ui.muted}>Loading the factor catalog…</p>;
  if (published.isError) {
    return (
      <div className={ui.card} role="alert">
        <h1 className={ui.h1}>The catalog could not be loaded</h1>
        <p className={`${ui.error} mt-2`}>{messageOf(published.error)}</p>
      </div>
    );
  }
  return props.children(published.data.catalog, published.data.version);
}
