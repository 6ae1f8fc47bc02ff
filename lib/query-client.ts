import { QueryClient, defaultShouldDehydrateQuery } from "@tanstack/react-query";

/** One factory for server prefetching and the browser, so both agree on staleness. */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 },
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}
