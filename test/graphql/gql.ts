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
    "\n  mutation TestCreateApiKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      secret\n      apiKey {\n        id\n        prefix\n      }\n    }\n  }\n": typeof types.TestCreateApiKeyDocument,
    "\n  fragment ExerciseFields on Exercise {\n    id\n    slug\n    name\n    aliases\n    summary\n    steps\n    cues\n    mistakes\n    precautions\n    planes\n    stance\n    position\n    tempo {\n      notation\n      intent\n      timeUnderTensionSeconds\n      eccentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      bottomPause {\n        seconds\n      }\n      concentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      topPause {\n        seconds\n      }\n    }\n    loadKind\n    equipment\n    intensity {\n      scale\n      value\n      unit\n      bandColour\n    }\n    regions\n    primaryMuscles\n    secondaryMuscles\n    focus\n    difficulty\n    prescription {\n      sets\n      reps\n      holdSeconds\n      perSide\n      restSeconds\n      sessionsPerWeek\n    }\n    status\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.ExerciseFieldsFragmentDoc,
    "\n  fragment HandoutFields on Handout {\n    id\n    seriesId\n    version\n    latestVersion\n    title\n    patientName\n    issuedOn\n    clinicianName\n    locale\n    largePrint\n    pdfUrl\n    printUrl\n    items {\n      position\n      exerciseSlug\n      exerciseVersion\n      name\n      summary\n      steps\n      cues\n      fallbackFields\n      picture {\n        url\n        altText\n        credit\n        licence\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n    links {\n      id\n      url\n      active\n      expiresAt\n      revokedAt\n    }\n  }\n": typeof types.HandoutFieldsFragmentDoc,
    "\n  mutation TestLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.TestLoginDocument,
    "\n  mutation TestCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.TestCreateAccountDocument,
    "\n  mutation TranslationSet($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      exerciseId\n      locale\n      name\n      summary\n      steps\n      cues\n      precautions\n      version\n      updatedAt\n    }\n  }\n": typeof types.TranslationSetDocument,
    "\n  mutation TranslationRemove($exerciseId: ID!, $locale: Locale!, $expectedVersion: Int!) {\n    removeExerciseTranslation(\n      exerciseId: $exerciseId\n      locale: $locale\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      translations {\n        locale\n      }\n    }\n  }\n": typeof types.TranslationRemoveDocument,
    "\n  query TranslationRead($id: ID, $locale: Locale!) {\n    exercise(id: $id) {\n      translations {\n        exerciseId\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        version\n        updatedAt\n      }\n      localized(locale: $locale) {\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        fallbackFields\n      }\n    }\n  }\n": typeof types.TranslationReadDocument,
    "\n  mutation TranslationDraft($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n    }\n  }\n": typeof types.TranslationDraftDocument,
    "\n  query TranslationAudit($id: ID) {\n    auditLog(targetId: $id) {\n      action\n      actorKind\n      targetType\n      details\n    }\n  }\n": typeof types.TranslationAuditDocument,
    "\n  query TranslationOutdated($id: ID, $slug: String) {\n    exercise(id: $id, slug: $slug) {\n      translations {\n        locale\n        outdated\n      }\n    }\n  }\n": typeof types.TranslationOutdatedDocument,
    "\n  mutation TranslationSetOutdated($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n      outdated\n    }\n  }\n": typeof types.TranslationSetOutdatedDocument,
    "\n        query TranslationSeeded {\n          exercises(first: 100) {\n            nodes {\n              slug\n              translations {\n                locale\n                name\n                summary\n                steps\n                cues\n                precautions\n              }\n              es: localized(locale: ES) {\n                name\n                fallbackFields\n              }\n              vi: localized(locale: VI) {\n                name\n                fallbackFields\n              }\n              zh: localized(locale: ZH) {\n                name\n                fallbackFields\n              }\n            }\n          }\n        }\n      ": typeof types.TranslationSeededDocument,
    "\n        mutation TranslationArchive($id: ID!) {\n          archiveExercise(id: $id, version: 1) {\n            id\n          }\n        }\n      ": typeof types.TranslationArchiveDocument,
    "\n        query TranslationAccounts {\n          accounts {\n            id\n            role\n          }\n        }\n      ": typeof types.TranslationAccountsDocument,
    "\n          query TranslationEnglishPrecautions($slug: String) {\n            exercise(slug: $slug) {\n              precautions\n            }\n          }\n        ": typeof types.TranslationEnglishPrecautionsDocument,
    "\n          mutation TranslationIssueHandout($input: IssueHandoutInput!) {\n            issueHandout(input: $input) {\n              pdfUrl\n              items {\n                exerciseSlug\n                precautions\n                fallbackFields\n              }\n            }\n          }\n        ": typeof types.TranslationIssueHandoutDocument,
    "\n        query TranslationBridgeId {\n          exercise(slug: \"glute-bridge\") {\n            id\n          }\n        }\n      ": typeof types.TranslationBridgeIdDocument,
    "\n      mutation TranslationUpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {\n        updateExercise(id: $id, version: $version, input: $input) {\n          version\n          translations {\n            locale\n            version\n            outdated\n          }\n        }\n      }\n    ": typeof types.TranslationUpdateExerciseDocument,
    "\n      query TranslationPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            translations {\n              locale\n              name\n              steps\n              outdated\n            }\n            es: localized(locale: ES) {\n              name\n              cues\n              fallbackFields\n            }\n            zh: localized(locale: ZH) {\n              name\n            }\n            en: localized(locale: EN) {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.TranslationPageDocument,
    "\n            query TranslationExportedPartial($slug: String) {\n              exercise(slug: $slug) {\n                localized(locale: VI) {\n                  summary\n                  fallbackFields\n                }\n              }\n            }\n          ": typeof types.TranslationExportedPartialDocument,
    "\n          query TranslationBridgeSpanish {\n            exercise(slug: \"glute-bridge\") {\n              localized(locale: ES) {\n                name\n              }\n            }\n          }\n        ": typeof types.TranslationBridgeSpanishDocument,
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
    "\n  mutation TestCreateApiKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      secret\n      apiKey {\n        id\n        prefix\n      }\n    }\n  }\n": types.TestCreateApiKeyDocument,
    "\n  fragment ExerciseFields on Exercise {\n    id\n    slug\n    name\n    aliases\n    summary\n    steps\n    cues\n    mistakes\n    precautions\n    planes\n    stance\n    position\n    tempo {\n      notation\n      intent\n      timeUnderTensionSeconds\n      eccentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      bottomPause {\n        seconds\n      }\n      concentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      topPause {\n        seconds\n      }\n    }\n    loadKind\n    equipment\n    intensity {\n      scale\n      value\n      unit\n      bandColour\n    }\n    regions\n    primaryMuscles\n    secondaryMuscles\n    focus\n    difficulty\n    prescription {\n      sets\n      reps\n      holdSeconds\n      perSide\n      restSeconds\n      sessionsPerWeek\n    }\n    status\n    version\n    createdAt\n    updatedAt\n  }\n": types.ExerciseFieldsFragmentDoc,
    "\n  fragment HandoutFields on Handout {\n    id\n    seriesId\n    version\n    latestVersion\n    title\n    patientName\n    issuedOn\n    clinicianName\n    locale\n    largePrint\n    pdfUrl\n    printUrl\n    items {\n      position\n      exerciseSlug\n      exerciseVersion\n      name\n      summary\n      steps\n      cues\n      fallbackFields\n      picture {\n        url\n        altText\n        credit\n        licence\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n    links {\n      id\n      url\n      active\n      expiresAt\n      revokedAt\n    }\n  }\n": types.HandoutFieldsFragmentDoc,
    "\n  mutation TestLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.TestLoginDocument,
    "\n  mutation TestCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n    }\n  }\n": types.TestCreateAccountDocument,
    "\n  mutation TranslationSet($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      exerciseId\n      locale\n      name\n      summary\n      steps\n      cues\n      precautions\n      version\n      updatedAt\n    }\n  }\n": types.TranslationSetDocument,
    "\n  mutation TranslationRemove($exerciseId: ID!, $locale: Locale!, $expectedVersion: Int!) {\n    removeExerciseTranslation(\n      exerciseId: $exerciseId\n      locale: $locale\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      translations {\n        locale\n      }\n    }\n  }\n": types.TranslationRemoveDocument,
    "\n  query TranslationRead($id: ID, $locale: Locale!) {\n    exercise(id: $id) {\n      translations {\n        exerciseId\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        version\n        updatedAt\n      }\n      localized(locale: $locale) {\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        fallbackFields\n      }\n    }\n  }\n": types.TranslationReadDocument,
    "\n  mutation TranslationDraft($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n    }\n  }\n": types.TranslationDraftDocument,
    "\n  query TranslationAudit($id: ID) {\n    auditLog(targetId: $id) {\n      action\n      actorKind\n      targetType\n      details\n    }\n  }\n": types.TranslationAuditDocument,
    "\n  query TranslationOutdated($id: ID, $slug: String) {\n    exercise(id: $id, slug: $slug) {\n      translations {\n        locale\n        outdated\n      }\n    }\n  }\n": types.TranslationOutdatedDocument,
    "\n  mutation TranslationSetOutdated($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n      outdated\n    }\n  }\n": types.TranslationSetOutdatedDocument,
    "\n        query TranslationSeeded {\n          exercises(first: 100) {\n            nodes {\n              slug\n              translations {\n                locale\n                name\n                summary\n                steps\n                cues\n                precautions\n              }\n              es: localized(locale: ES) {\n                name\n                fallbackFields\n              }\n              vi: localized(locale: VI) {\n                name\n                fallbackFields\n              }\n              zh: localized(locale: ZH) {\n                name\n                fallbackFields\n              }\n            }\n          }\n        }\n      ": types.TranslationSeededDocument,
    "\n        mutation TranslationArchive($id: ID!) {\n          archiveExercise(id: $id, version: 1) {\n            id\n          }\n        }\n      ": types.TranslationArchiveDocument,
    "\n        query TranslationAccounts {\n          accounts {\n            id\n            role\n          }\n        }\n      ": types.TranslationAccountsDocument,
    "\n          query TranslationEnglishPrecautions($slug: String) {\n            exercise(slug: $slug) {\n              precautions\n            }\n          }\n        ": types.TranslationEnglishPrecautionsDocument,
    "\n          mutation TranslationIssueHandout($input: IssueHandoutInput!) {\n            issueHandout(input: $input) {\n              pdfUrl\n              items {\n                exerciseSlug\n                precautions\n                fallbackFields\n              }\n            }\n          }\n        ": types.TranslationIssueHandoutDocument,
    "\n        query TranslationBridgeId {\n          exercise(slug: \"glute-bridge\") {\n            id\n          }\n        }\n      ": types.TranslationBridgeIdDocument,
    "\n      mutation TranslationUpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {\n        updateExercise(id: $id, version: $version, input: $input) {\n          version\n          translations {\n            locale\n            version\n            outdated\n          }\n        }\n      }\n    ": types.TranslationUpdateExerciseDocument,
    "\n      query TranslationPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            translations {\n              locale\n              name\n              steps\n              outdated\n            }\n            es: localized(locale: ES) {\n              name\n              cues\n              fallbackFields\n            }\n            zh: localized(locale: ZH) {\n              name\n            }\n            en: localized(locale: EN) {\n              name\n            }\n          }\n        }\n      }\n    ": types.TranslationPageDocument,
    "\n            query TranslationExportedPartial($slug: String) {\n              exercise(slug: $slug) {\n                localized(locale: VI) {\n                  summary\n                  fallbackFields\n                }\n              }\n            }\n          ": types.TranslationExportedPartialDocument,
    "\n          query TranslationBridgeSpanish {\n            exercise(slug: \"glute-bridge\") {\n              localized(locale: ES) {\n                name\n              }\n            }\n          }\n        ": types.TranslationBridgeSpanishDocument,
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
export function graphql(source: "\n  mutation TestCreateApiKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      secret\n      apiKey {\n        id\n        prefix\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExerciseFields on Exercise {\n    id\n    slug\n    name\n    aliases\n    summary\n    steps\n    cues\n    mistakes\n    precautions\n    planes\n    stance\n    position\n    tempo {\n      notation\n      intent\n      timeUnderTensionSeconds\n      eccentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      bottomPause {\n        seconds\n      }\n      concentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      topPause {\n        seconds\n      }\n    }\n    loadKind\n    equipment\n    intensity {\n      scale\n      value\n      unit\n      bandColour\n    }\n    regions\n    primaryMuscles\n    secondaryMuscles\n    focus\n    difficulty\n    prescription {\n      sets\n      reps\n      holdSeconds\n      perSide\n      restSeconds\n      sessionsPerWeek\n    }\n    status\n    version\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql.js').ExerciseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandoutFields on Handout {\n    id\n    seriesId\n    version\n    latestVersion\n    title\n    patientName\n    issuedOn\n    clinicianName\n    locale\n    largePrint\n    pdfUrl\n    printUrl\n    items {\n      position\n      exerciseSlug\n      exerciseVersion\n      name\n      summary\n      steps\n      cues\n      fallbackFields\n      picture {\n        url\n        altText\n        credit\n        licence\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n    links {\n      id\n      url\n      active\n      expiresAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql.js').HandoutFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').TestLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TestCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationSet($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      exerciseId\n      locale\n      name\n      summary\n      steps\n      cues\n      precautions\n      version\n      updatedAt\n    }\n  }\n"): typeof import('./graphql.js').TranslationSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationRemove($exerciseId: ID!, $locale: Locale!, $expectedVersion: Int!) {\n    removeExerciseTranslation(\n      exerciseId: $exerciseId\n      locale: $locale\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      translations {\n        locale\n      }\n    }\n  }\n"): typeof import('./graphql.js').TranslationRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationRead($id: ID, $locale: Locale!) {\n    exercise(id: $id) {\n      translations {\n        exerciseId\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        version\n        updatedAt\n      }\n      localized(locale: $locale) {\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        fallbackFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').TranslationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationDraft($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TranslationDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationAudit($id: ID) {\n    auditLog(targetId: $id) {\n      action\n      actorKind\n      targetType\n      details\n    }\n  }\n"): typeof import('./graphql.js').TranslationAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationOutdated($id: ID, $slug: String) {\n    exercise(id: $id, slug: $slug) {\n      translations {\n        locale\n        outdated\n      }\n    }\n  }\n"): typeof import('./graphql.js').TranslationOutdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationSetOutdated($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n      outdated\n    }\n  }\n"): typeof import('./graphql.js').TranslationSetOutdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TranslationSeeded {\n          exercises(first: 100) {\n            nodes {\n              slug\n              translations {\n                locale\n                name\n                summary\n                steps\n                cues\n                precautions\n              }\n              es: localized(locale: ES) {\n                name\n                fallbackFields\n              }\n              vi: localized(locale: VI) {\n                name\n                fallbackFields\n              }\n              zh: localized(locale: ZH) {\n                name\n                fallbackFields\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').TranslationSeededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TranslationArchive($id: ID!) {\n          archiveExercise(id: $id, version: 1) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').TranslationArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TranslationAccounts {\n          accounts {\n            id\n            role\n          }\n        }\n      "): typeof import('./graphql.js').TranslationAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TranslationEnglishPrecautions($slug: String) {\n            exercise(slug: $slug) {\n              precautions\n            }\n          }\n        "): typeof import('./graphql.js').TranslationEnglishPrecautionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TranslationIssueHandout($input: IssueHandoutInput!) {\n            issueHandout(input: $input) {\n              pdfUrl\n              items {\n                exerciseSlug\n                precautions\n                fallbackFields\n              }\n            }\n          }\n        "): typeof import('./graphql.js').TranslationIssueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TranslationBridgeId {\n          exercise(slug: \"glute-bridge\") {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').TranslationBridgeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation TranslationUpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {\n        updateExercise(id: $id, version: $version, input: $input) {\n          version\n          translations {\n            locale\n            version\n            outdated\n          }\n        }\n      }\n    "): typeof import('./graphql.js').TranslationUpdateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TranslationPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            translations {\n              locale\n              name\n              steps\n              outdated\n            }\n            es: localized(locale: ES) {\n              name\n              cues\n              fallbackFields\n            }\n            zh: localized(locale: ZH) {\n              name\n            }\n            en: localized(locale: EN) {\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').TranslationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TranslationExportedPartial($slug: String) {\n              exercise(slug: $slug) {\n                localized(locale: VI) {\n                  summary\n                  fallbackFields\n                }\n              }\n            }\n          "): typeof import('./graphql.js').TranslationExportedPartialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TranslationBridgeSpanish {\n            exercise(slug: \"glute-bridge\") {\n              localized(locale: ES) {\n                name\n              }\n            }\n          }\n        "): typeof import('./graphql.js').TranslationBridgeSpanishDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
