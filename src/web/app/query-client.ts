import { QueryClient } from '@tanstack/react-query';

/** The app's one query cache; the router's loaders start requests in it before pages render. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 } },
});
