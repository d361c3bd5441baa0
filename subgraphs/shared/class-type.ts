/**
 * A class, as type-graphql takes resolvers and orphaned types and TypeORM takes entities and
 * migrations: narrower than the `Function` their own signatures use, which admits any arrow function too.
 */
export type ClassType = abstract new (...args: never[]) => object;
