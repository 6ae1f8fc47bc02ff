import { IntegrationError, unwrap } from "@/lib/integrations/core";
import type { OzonClient } from "@/lib/integrations/ozon/client";
import { OZON_VENDOR } from "@/lib/integrations/ozon/client";
import { walkCursor, type OzonPage } from "@/lib/integrations/ozon/paging";
import {
  fboListResponseSchema,
  fbsListResponseSchema,
  type OzonFboPosting,
  type OzonFbsPosting,
} from "@/lib/integrations/ozon/schemas/postings";

/** Both posting lists take at most 100 per page and a period of at most a year. */
export const POSTINGS_PAGE_MAX = 100;
const MAX_PERIOD_MS = 365 * 86_400_000;

export interface PostingListOptions {
  since: Date;
  to: Date;
  /** Resume from a cursor persisted from an earlier page of the same period. */
  cursor?: string;
  limit?: number;
  statuses?: string[];
  withFinancialData?: boolean;
}

function checkPeriod(operation: string, { since, to }: PostingListOptions): void {
  const span = to.getTime() - since.getTime();
  if (!(span >= 0 && span <= MAX_PERIOD_MS)) {
    throw new IntegrationError({
      code: "bad_request",
      vendor: OZON_VENDOR,
      operation: `POST ${operation}`,
      message: "Ozon lists postings for periods of up to one year: split the period",
    });
  }
}

/**
 * The v4 spec documents since/to as `YYYY-MM-DDThh:mm:ssZ` (whole seconds). The period is widened
 * to whole seconds rather than narrowed, so no posting at its edges is missed.
 */
const wholeSeconds = (date: Date, round: "down" | "up") =>
  new Date((round === "down" ? Math.floor : Math.ceil)(date.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z");

const filterOf = (o: PostingListOptions) => ({
  since: wholeSeconds(o.since, "down"),
  to: wholeSeconds(o.to, "up"),
  ...(o.statuses?.length ? { statuses: o.statuses } : {}),
});

/** One posting page as both lists answer it. */
interface PostingsAnswer<Posting> {
  postings: Posting[];
  cursor?: string;
  has_next: boolean;
}

/**
 * The walk both lists share: the period is checked before any request, every page asks for the
 * same filter, oldest first, and `has_next` says whether another page follows.
 */
function walkPostings<Posting>(
  path: string,
  options: PostingListOptions,
  post: (body: ReturnType<typeof postingsBody>) => Promise<PostingsAnswer<Posting>>,
): AsyncGenerator<OzonPage<Posting>> {
  checkPeriod(path, options);
  const limit = Math.min(options.limit ?? POSTINGS_PAGE_MAX, POSTINGS_PAGE_MAX);
  return walkCursor(path, options.cursor, async (cursor) => {
    const page = await post(postingsBody(options, cursor, limit));
    return { items: page.postings, next: page.cursor, hasNext: page.has_next };
  });
}

const postingsBody = (options: PostingListOptions, cursor: string | undefined, limit: number) => ({
  cursor: cursor ?? "",
  filter: filterOf(options),
  limit,
  sort_dir: "ASC" as const,
  with: { financial_data: options.withFinancialData ?? false },
});

/**
 * FBS postings in a period, oldest first (`/v4/posting/fbs/list`; v3 is being retired).
 * Paged by `cursor` with `has_next`, as the spec documents.
 */
export function listFbsPostings(client: OzonClient, options: PostingListOptions): AsyncGenerator<OzonPage<OzonFbsPosting>> {
  const path = "/v4/posting/fbs/list";
  return walkPostings(path, options, (body) => unwrap(client.api.POST(path, { body }), fbsListResponseSchema, client.context(path)));
}

/**
 * FBO postings in a period, oldest first (`/v3/posting/fbo/list`: the spec deprecates the
 * offset-paged v2 and switches it off on 31 Aug 2026). Paged by `cursor` with `has_next`.
 */
export function listFboPostings(client: OzonClient, options: PostingListOptions): AsyncGenerator<OzonPage<OzonFboPosting>> {
  const path = "/v3/posting/fbo/list";
  return walkPostings(path, options, (body) => unwrap(client.api.POST(path, { body }), fboListResponseSchema, client.context(path)));
}
