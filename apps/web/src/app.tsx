import type { AppRouter } from "@paypath/api";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { ReactElement } from "react";
import { createApiClient, createQueryClient, TRPCProvider } from "./lib/trpc";
import { createAppRouter } from "./router";

/** The clients of one page load: query cache, tRPC client and router. */
export interface AppClients {
  readonly queryClient: QueryClient;
  readonly trpcClient: ReturnType<typeof createApiClient>;
  readonly router: ReturnType<typeof createAppRouter>;
}

/**
 * Creates the page's clients and asks for the published catalog at once, before React renders:
 * index.html has preloaded it, so it is usually in the cache by the first render and the estimate
 * screen renders with it instead of a loading state.
 *
 * @example
 * createRoot(root).render(<App clients={createAppClients()} />);
 */
export function createAppClients(): AppClients {
  const queryClient = createQueryClient();
  const trpcClient = createApiClient();
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  void queryClient.prefetchQuery(trpc.catalog.published.queryOptions());
  return { queryClient, trpcClient, router: createAppRouter(queryClient) };
}

/** The providers (query client, tRPC, router) around the route tree. */
export function App({ clients }: { clients: AppClients }): ReactElement {
  const { queryClient, trpcClient, router } = clients;
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
