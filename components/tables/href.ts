/** A link to `path` with these search params; undefined values are left out. */
export function hrefWith(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
