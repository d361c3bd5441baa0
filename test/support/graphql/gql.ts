/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EldersWithRelations($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        name\n        age\n        area { name parent { name } }\n        district { name }\n        latestAssessment { level assessedOn }\n        assessments { level }\n        currentInstitutionStay {\n          admittedOn\n          bed { kind label }\n          institution { name rating bedCounts { kind capacity occupied } }\n        }\n      }\n    }\n  }\n": typeof types.EldersWithRelationsDocument,
    "\n  mutation BuilderRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n": typeof types.BuilderRegisterElderDocument,
    "\n  mutation BuilderRegisterInstitution($input: RegisterInstitutionInput!) {\n    registerInstitution(input: $input) {\n      code\n    }\n  }\n": typeof types.BuilderRegisterInstitutionDocument,
};
const documents: Documents = {
    "\n  query EldersWithRelations($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        name\n        age\n        area { name parent { name } }\n        district { name }\n        latestAssessment { level assessedOn }\n        assessments { level }\n        currentInstitutionStay {\n          admittedOn\n          bed { kind label }\n          institution { name rating bedCounts { kind capacity occupied } }\n        }\n      }\n    }\n  }\n": types.EldersWithRelationsDocument,
    "\n  mutation BuilderRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n": types.BuilderRegisterElderDocument,
    "\n  mutation BuilderRegisterInstitution($input: RegisterInstitutionInput!) {\n    registerInstitution(input: $input) {\n      code\n    }\n  }\n": types.BuilderRegisterInstitutionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EldersWithRelations($limit: Int!) {\n    elders(page: { limit: $limit }) {\n      items {\n        personKey\n        name\n        age\n        area { name parent { name } }\n        district { name }\n        latestAssessment { level assessedOn }\n        assessments { level }\n        currentInstitutionStay {\n          admittedOn\n          bed { kind label }\n          institution { name rating bedCounts { kind capacity occupied } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EldersWithRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRegisterElder($input: RegisterElderInput!) {\n    registerElder(input: $input) {\n      personKey\n    }\n  }\n"): typeof import('./graphql').BuilderRegisterElderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderRegisterInstitution($input: RegisterInstitutionInput!) {\n    registerInstitution(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').BuilderRegisterInstitutionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
