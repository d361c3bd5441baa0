import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';

/**
 * The public API of a composed supergraph as SDL: the schema the gateway serves and plans against,
 * derived by Apollo's own code, so `@inaccessible` elements and the join/link machinery are gone.
 * Descriptions are kept: this is the graph's documentation for the people who query it.
 */
export function apiSchemaSdl(supergraphSdl: string): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}
