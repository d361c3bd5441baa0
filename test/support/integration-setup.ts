/**
 * A request through the gateway, on a loaded two-core machine, answers well within this; hooks that
 * start or seed a hub pass {@link HUB_START_TIMEOUT_MS} instead.
 */
jest.setTimeout(30_000);
