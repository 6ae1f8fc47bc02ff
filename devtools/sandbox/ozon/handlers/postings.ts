import { z } from "zod";
import type { OzonAccount } from "@/devtools/sandbox/ozon/accounts";
import { decodeCursor, encodeCursor } from "@/devtools/sandbox/ozon/cursor";
import { invalidArgument, invalidPayload } from "@/devtools/sandbox/ozon/errors";
import { ok, type OzonRoute } from "@/devtools/sandbox/ozon/handlers/route";
import { postingStatus } from "@/devtools/sandbox/ozon/lifecycle";
import { fboPosting, fbsPosting } from "@/devtools/sandbox/ozon/posting-rows";
import { rangeFor, scanPostings } from "@/devtools/sandbox/ozon/posting-scan";
import { schemeOf, type Scheme } from "@/devtools/sandbox/ozon/timeline";

/** Both list methods refuse periods longer than a year (`PERIOD_IS_TOO_LONG`). */
const MAX_PERIOD_MS = 366 * 86_400_000;
const dateTime = z.iso.datetime({ offset: true, message: "must be an RFC 3339 date-time" });

const requestBody = (limitRequired: boolean) =>
  z.object({
    cursor: z.string().optional(),
    filter: z.object({
      since: dateTime,
      to: dateTime,
      statuses: z.array(z.string()).optional(),
      posting_numbers: z.array(z.string()).max(1000).optional(),
      order_numbers: z.array(z.string()).max(1000).optional(),
    }),
    limit: limitRequired
      ? z.number().int().min(1, "limit must be from 1 to 100").max(100, "limit must be from 1 to 100")
      : z.number().int().min(1, "limit must be from 1 to 100").max(100, "limit must be from 1 to 100").default(100),
    // The spec's enum is upper-case; its own FBS example sends "asc".
    sort_dir: z
      .string()
      .toUpperCase()
      .pipe(z.enum(["ASC", "DESC"]))
      .default("ASC"),
    with: z.object({ financial_data: z.boolean().optional() }).partial().optional(),
  });

const fbsBody = requestBody(true);
const fboBody = requestBody(false);

/** `0000000042-1234-1` / `0000000042-1234` → index 41, when it belongs to this account. */
function indexFromNumber(account: OzonAccount, number: string): number | undefined {
  const match = /^(\d{10})-(\d{4})(?:-1)?$/.exec(number);
  if (!match || Number(match[2]) !== account.seed % 10_000) return undefined;
  return Number(match[1]) - 1;
}

function listPostings(scheme: Scheme, schema: typeof fbsBody): OzonRoute {
  return ({ account, body, nowMs }) => {
    const parsed = schema.safeParse(body ?? {});
    if (!parsed.success) return invalidPayload(parsed.error);
    const { filter, limit, sort_dir } = parsed.data;
    const sinceMs = Date.parse(filter.since);
    const toMs = Date.parse(filter.to);
    if (toMs < sinceMs) return invalidArgument("filter.to must not be earlier than filter.since");
    if (toMs - sinceMs > MAX_PERIOD_MS) return invalidArgument("PERIOD_IS_TOO_LONG");
    const from = decodeCursor(parsed.data.cursor);
    if (from === "invalid") return invalidArgument("invalid cursor");

    const statuses = filter.statuses?.length ? new Set(filter.statuses) : undefined;
    const byNumber = [...(filter.posting_numbers ?? []), ...(filter.order_numbers ?? [])];
    const wanted = byNumber.length ? new Set(byNumber.map((n) => indexFromNumber(account, n))) : undefined;
    const matches = (i: number) => (!wanted || wanted.has(i)) && (!statuses || statuses.has(postingStatus(account, i, nowMs)));

    const range = rangeFor(account, sinceMs, toMs, nowMs);
    const withFinancial = parsed.data.with?.financial_data === true;
    const build = scheme === "fbs" ? fbsPosting : fboPosting;
    if (wanted) {
      // A lookup by number answers directly instead of walking the whole period.
      const found = [...wanted].filter(
        (i): i is number => i !== undefined && i >= range.lo && i < range.hi && schemeOf(i) === scheme && matches(i),
      );
      found.sort((a, b) => (sort_dir === "ASC" ? a - b : b - a));
      return ok({ postings: found.slice(0, limit).map((i) => build(account, i, nowMs, withFinancial)), has_next: false, cursor: "" });
    }
    const page = scanPostings(range, scheme, sort_dir, from, limit, matches);
    return ok({
      postings: page.indices.map((i) => build(account, i, nowMs, withFinancial)),
      has_next: page.hasNext,
      cursor: page.hasNext ? encodeCursor(page.next) : "",
    });
  };
}

export const fbsPostingList = listPostings("fbs", fbsBody);
export const fboPostingList = listPostings("fbo", fboBody);
