/**
 * A series reads at most the plan period's length of month ends: enough for a five-year plan. Its own
 * file (no GraphQL in it) so the dashboard, which splits a longer range into requests, bundles it too.
 */
export const MAX_SERIES_POINTS = 60;
