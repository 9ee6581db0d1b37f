import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { useState, type ReactElement } from "react";
import { createApiClient, createQueryClient, TRPCProvider } from "./lib/trpc";
import { createAppRouter } from "./router";

/** The providers (query client, tRPC, router) around the route tree. */
export function App(): ReactElement {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createApiClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
