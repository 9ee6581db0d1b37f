import type { AppRouter } from "@paypath/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** One query client per page load: short stale time, no retry of refused requests. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => count < 2 && !isClientError(error),
      },
    },
  });
}

/**
 * Calls sent alone, never batched: the published catalog, as `GET /trpc/catalog.published`, the
 * URL index.html preloads (so the page's own request is answered by the preload) and the server
 * answers with an ETag (so a repeat visit revalidates it instead of downloading it again).
 */
export const unbatchedPaths: ReadonlySet<string> = new Set(["catalog.published"]);

const withCookies: typeof fetch = (url, options) => fetch(url, { ...options, credentials: "include" });

/** The tRPC client over HTTP: batched (but for `unbatchedPaths`), plain JSON, with the session cookie. */
export function createApiClient(): ReturnType<typeof createTRPCClient<AppRouter>> {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "query" && unbatchedPaths.has(op.path),
        true: httpLink({ url: "/trpc", fetch: withCookies }),
        // The server refuses a batch of more than 10 calls.
        false: httpBatchLink({ url: "/trpc", maxItems: 10, fetch: withCookies }),
      }),
    ],
  });
}

function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}
