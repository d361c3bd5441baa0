/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Ability level under GB/T 42195-2022 (老年人能力评估规范). */
export type AbilityLevel =
  /** 0 能力完好 ability intact. */
  | 'INTACT'
  /** 1 轻度失能 mild disability. */
  | 'MILD_DISABILITY'
  /** 2 中度失能 moderate disability. */
  | 'MODERATE_DISABILITY'
  /** 3 重度失能 severe disability. */
  | 'SEVERE_DISABILITY'
  /** 4 完全失能 total disability. */
  | 'TOTAL_DISABILITY';

/** Kind of bed in an elder-care institution. */
export type BedKind =
  /** 认知障碍照护床位 cognitive-impairment care bed (counted as nursing-type). */
  | 'COGNITIVE_CARE'
  /** 普通床位 general bed. */
  | 'GENERAL'
  /** 护理型床位 nursing-type bed (indicator 3: ≥60% by 2025). */
  | 'NURSING';

export type EldersWithRelationsQueryVariables = Exact<{
  limit: number;
}>;


export type EldersWithRelationsQuery = { elders: { items: Array<{ personKey: string, name: string, age: number, area: { name: string, parent: { name: string } | null }, district: { name: string }, latestAssessment: { level: AbilityLevel, assessedOn: string } | null, assessments: Array<{ level: AbilityLevel }>, currentInstitutionStay: { admittedOn: string, bed: { kind: BedKind, label: string }, institution: { name: string, rating: number | null, bedCounts: Array<{ kind: BedKind, capacity: number, occupied: number }> } } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const EldersWithRelationsDocument = new TypedDocumentString(`
    query EldersWithRelations($limit: Int!) {
  elders(page: {limit: $limit}) {
    items {
      personKey
      name
      age
      area {
        name
        parent {
          name
        }
      }
      district {
        name
      }
      latestAssessment {
        level
        assessedOn
      }
      assessments {
        level
      }
      currentInstitutionStay {
        admittedOn
        bed {
          kind
          label
        }
        institution {
          name
          rating
          bedCounts {
            kind
            capacity
            occupied
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EldersWithRelationsQuery, EldersWithRelationsQueryVariables>;