import { GraphQLError, GraphQLScalarType } from 'graphql';
import { FIVE_BED_KINDS, type FiveBedKind } from './five-bed-kind.enum';

/** One bed episode under the linkage's pseudonym, from any department. */
export interface LinkedEpisode {
  linkKey: string;
  kind: FiveBedKind;
  startedOn: string;
  endedOn: string | null;
  /** Whether the bed stands in the area asked. */
  inArea: boolean;
  /** Ended with the elder's death: not a transfer, not a gap. */
  endedByDeath: boolean;
}

/**
 * Episodes packed column by column. A city's quarter is tens of thousands of episodes; as GraphQL
 * objects each would cost six field resolutions in the department, at the gateway and again in
 * the joint meeting, so the planner-only field carries them as one value instead.
 */
export interface PackedEpisodes {
  linkKeys: string[];
  /** Position in `FIVE_BED_KINDS`. */
  kinds: number[];
  startedOn: string[];
  endedOn: Array<string | null>;
  /** Bit 1: in the area; bit 2: ended by death. */
  flags: number[];
}

export function packEpisodes(episodes: readonly LinkedEpisode[]): PackedEpisodes {
  return {
    linkKeys: episodes.map((episode) => episode.linkKey),
    kinds: episodes.map((episode) => FIVE_BED_KINDS.indexOf(episode.kind)),
    startedOn: episodes.map((episode) => episode.startedOn),
    endedOn: episodes.map((episode) => episode.endedOn),
    flags: episodes.map((episode) => (episode.inArea ? 1 : 0) | (episode.endedByDeath ? 2 : 0)),
  };
}

/** Unpacks what arrived through `@requires`, refusing anything that is not a well-formed batch. */
export function unpackEpisodes(value: unknown): LinkedEpisode[] {
  const packed = value as Partial<PackedEpisodes> | null | undefined;
  const columns = [packed?.linkKeys, packed?.kinds, packed?.startedOn, packed?.endedOn, packed?.flags];
  if (!columns.every(Array.isArray) || new Set(columns.map((column) => column.length)).size !== 1)
    throw new GraphQLError('malformed linked bed episodes');
  const { linkKeys, kinds, startedOn, endedOn, flags } = packed as PackedEpisodes;
  return linkKeys.map((linkKey, i) => {
    const kind = FIVE_BED_KINDS[kinds[i]];
    if (!kind || typeof linkKey !== 'string' || typeof startedOn[i] !== 'string')
      throw new GraphQLError('malformed linked bed episodes');
    return {
      linkKey,
      kind,
      startedOn: startedOn[i],
      endedOn: endedOn[i] ?? null,
      inArea: (flags[i] & 1) === 1,
      endedByDeath: (flags[i] & 2) === 2,
    };
  });
}

/** The scalar the departments that hand episodes over and the joint meeting declare; only the query planner reads it. */
export const LinkedBedEpisodesScalar = new GraphQLScalarType({
  name: 'LinkedBedEpisodes',
  description:
    'Bed episodes under per-linkage pseudonyms, packed column by column (linkKeys, kinds, startedOn, endedOn, flags). Planner-only: not in the public API.',
  serialize: (value) => value,
  parseValue: (value) => packEpisodes(unpackEpisodes(value)),
  parseLiteral: () => {
    throw new GraphQLError('LinkedBedEpisodes cannot be written in a query');
  },
});
