/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  mutation CreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      ...ExerciseFields\n    }\n  }\n": typeof types.CreateExerciseDocument,
    "\n  mutation UpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {\n    updateExercise(id: $id, version: $version, input: $input) {\n      ...ExerciseFields\n    }\n  }\n": typeof types.UpdateExerciseDocument,
    "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(id: $id, version: 1) {\n      status\n      version\n    }\n  }\n": typeof types.ArchiveExerciseDocument,
    "\n  query ExerciseSlugs($filter: ExerciseFilter) {\n    exercises(first: 100, filter: $filter) {\n      nodes {\n        slug\n      }\n    }\n  }\n": typeof types.ExerciseSlugsDocument,
    "\n  query ExerciseCount {\n    exercises {\n      totalCount\n    }\n  }\n": typeof types.ExerciseCountDocument,
    "\n  query Exercise($id: ID, $slug: String) {\n    exercise(id: $id, slug: $slug) {\n      ...ExerciseFields\n    }\n  }\n": typeof types.ExerciseDocument,
    "\n  mutation IssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      ...HandoutFields\n    }\n  }\n": typeof types.IssueHandoutDocument,
    "\n  mutation ReissueHandout($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      ...HandoutFields\n    }\n  }\n": typeof types.ReissueHandoutDocument,
    "\n  query Handout($id: ID!) {\n    handout(id: $id) {\n      ...HandoutFields\n    }\n  }\n": typeof types.HandoutDocument,
    "\n  query HandoutVersion($id: ID!) {\n    handout(id: $id) {\n      name: title\n      latestVersion\n      items {\n        name\n      }\n    }\n  }\n": typeof types.HandoutVersionDocument,
    "\n  fragment ExerciseFields on Exercise {\n    id\n    slug\n    name\n    aliases\n    summary\n    steps\n    cues\n    mistakes\n    precautions\n    planes\n    stance\n    position\n    tempo {\n      notation\n      intent\n      timeUnderTensionSeconds\n      eccentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      bottomPause {\n        seconds\n      }\n      concentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      topPause {\n        seconds\n      }\n    }\n    loadKind\n    equipment\n    intensity {\n      scale\n      value\n      unit\n      bandColour\n    }\n    regions\n    primaryMuscles\n    secondaryMuscles\n    focus\n    difficulty\n    prescription {\n      sets\n      reps\n      holdSeconds\n      perSide\n      restSeconds\n      sessionsPerWeek\n    }\n    status\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.ExerciseFieldsFragmentDoc,
    "\n  fragment HandoutFields on Handout {\n    id\n    seriesId\n    version\n    latestVersion\n    title\n    patientName\n    issuedOn\n    clinicianName\n    locale\n    largePrint\n    pdfUrl\n    printUrl\n    items {\n      position\n      exerciseSlug\n      exerciseVersion\n      name\n      summary\n      steps\n      cues\n      fallbackFields\n      picture {\n        url\n        altText\n        credit\n        licence\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n    links {\n      id\n      url\n      active\n      expiresAt\n      revokedAt\n    }\n  }\n": typeof types.HandoutFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  mutation CreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      ...ExerciseFields\n    }\n  }\n": types.CreateExerciseDocument,
    "\n  mutation UpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {\n    updateExercise(id: $id, version: $version, input: $input) {\n      ...ExerciseFields\n    }\n  }\n": types.UpdateExerciseDocument,
    "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(id: $id, version: 1) {\n      status\n      version\n    }\n  }\n": types.ArchiveExerciseDocument,
    "\n  query ExerciseSlugs($filter: ExerciseFilter) {\n    exercises(first: 100, filter: $filter) {\n      nodes {\n        slug\n      }\n    }\n  }\n": types.ExerciseSlugsDocument,
    "\n  query ExerciseCount {\n    exercises {\n      totalCount\n    }\n  }\n": types.ExerciseCountDocument,
    "\n  query Exercise($id: ID, $slug: String) {\n    exercise(id: $id, slug: $slug) {\n      ...ExerciseFields\n    }\n  }\n": types.ExerciseDocument,
    "\n  mutation IssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      ...HandoutFields\n    }\n  }\n": types.IssueHandoutDocument,
    "\n  mutation ReissueHandout($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      ...HandoutFields\n    }\n  }\n": types.ReissueHandoutDocument,
    "\n  query Handout($id: ID!) {\n    handout(id: $id) {\n      ...HandoutFields\n    }\n  }\n": types.HandoutDocument,
    "\n  query HandoutVersion($id: ID!) {\n    handout(id: $id) {\n      name: title\n      latestVersion\n      items {\n        name\n      }\n    }\n  }\n": types.HandoutVersionDocument,
    "\n  fragment ExerciseFields on Exercise {\n    id\n    slug\n    name\n    aliases\n    summary\n    steps\n    cues\n    mistakes\n    precautions\n    planes\n    stance\n    position\n    tempo {\n      notation\n      intent\n      timeUnderTensionSeconds\n      eccentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      bottomPause {\n        seconds\n      }\n      concentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      topPause {\n        seconds\n      }\n    }\n    loadKind\n    equipment\n    intensity {\n      scale\n      value\n      unit\n      bandColour\n    }\n    regions\n    primaryMuscles\n    secondaryMuscles\n    focus\n    difficulty\n    prescription {\n      sets\n      reps\n      holdSeconds\n      perSide\n      restSeconds\n      sessionsPerWeek\n    }\n    status\n    version\n    createdAt\n    updatedAt\n  }\n": types.ExerciseFieldsFragmentDoc,
    "\n  fragment HandoutFields on Handout {\n    id\n    seriesId\n    version\n    latestVersion\n    title\n    patientName\n    issuedOn\n    clinicianName\n    locale\n    largePrint\n    pdfUrl\n    printUrl\n    items {\n      position\n      exerciseSlug\n      exerciseVersion\n      name\n      summary\n      steps\n      cues\n      fallbackFields\n      picture {\n        url\n        altText\n        credit\n        licence\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n    links {\n      id\n      url\n      active\n      expiresAt\n      revokedAt\n    }\n  }\n": types.HandoutFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      ...ExerciseFields\n    }\n  }\n"): typeof import('./graphql.js').CreateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {\n    updateExercise(id: $id, version: $version, input: $input) {\n      ...ExerciseFields\n    }\n  }\n"): typeof import('./graphql.js').UpdateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(id: $id, version: 1) {\n      status\n      version\n    }\n  }\n"): typeof import('./graphql.js').ArchiveExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExerciseSlugs($filter: ExerciseFilter) {\n    exercises(first: 100, filter: $filter) {\n      nodes {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExerciseSlugsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExerciseCount {\n    exercises {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ExerciseCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exercise($id: ID, $slug: String) {\n    exercise(id: $id, slug: $slug) {\n      ...ExerciseFields\n    }\n  }\n"): typeof import('./graphql.js').ExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      ...HandoutFields\n    }\n  }\n"): typeof import('./graphql.js').IssueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueHandout($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      ...HandoutFields\n    }\n  }\n"): typeof import('./graphql.js').ReissueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Handout($id: ID!) {\n    handout(id: $id) {\n      ...HandoutFields\n    }\n  }\n"): typeof import('./graphql.js').HandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoutVersion($id: ID!) {\n    handout(id: $id) {\n      name: title\n      latestVersion\n      items {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').HandoutVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExerciseFields on Exercise {\n    id\n    slug\n    name\n    aliases\n    summary\n    steps\n    cues\n    mistakes\n    precautions\n    planes\n    stance\n    position\n    tempo {\n      notation\n      intent\n      timeUnderTensionSeconds\n      eccentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      bottomPause {\n        seconds\n      }\n      concentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      topPause {\n        seconds\n      }\n    }\n    loadKind\n    equipment\n    intensity {\n      scale\n      value\n      unit\n      bandColour\n    }\n    regions\n    primaryMuscles\n    secondaryMuscles\n    focus\n    difficulty\n    prescription {\n      sets\n      reps\n      holdSeconds\n      perSide\n      restSeconds\n      sessionsPerWeek\n    }\n    status\n    version\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql.js').ExerciseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandoutFields on Handout {\n    id\n    seriesId\n    version\n    latestVersion\n    title\n    patientName\n    issuedOn\n    clinicianName\n    locale\n    largePrint\n    pdfUrl\n    printUrl\n    items {\n      position\n      exerciseSlug\n      exerciseVersion\n      name\n      summary\n      steps\n      cues\n      fallbackFields\n      picture {\n        url\n        altText\n        credit\n        licence\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n    links {\n      id\n      url\n      active\n      expiresAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql.js').HandoutFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
