/**
 * Marker type for calendar dates (`YYYY-MM-DD`, no time zone), mapped to graphql-scalars' `LocalDate`.
 * Use `@Field(() => LocalDate)`; the value is an ISO date string, as both databases return it.
 */
export abstract class LocalDate {}
