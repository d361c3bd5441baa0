/** Rows a page holds when the request names no `limit` (apart from page.ts, so the gateway's cost rule needs no decorators). */
export const DEFAULT_PAGE_SIZE = 50;
