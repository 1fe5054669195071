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
    "\n  fragment AdminPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": typeof types.AdminPageInfoFragmentDoc,
    "\n  fragment AdminAccountRow on Account {\n    id\n    email\n    displayName\n    role\n    active\n    createdAt\n  }\n": typeof types.AdminAccountRowFragmentDoc,
    "\n  query ConsoleAdminAccounts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $role: [Role!]\n    $active: Boolean\n  ) {\n    accountsConnection(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      role: $role\n      active: $active\n    ) {\n      totalCount\n      pageInfo {\n        ...AdminPageInfo\n      }\n      nodes {\n        ...AdminAccountRow\n      }\n    }\n  }\n": typeof types.ConsoleAdminAccountsDocument,
    "\n  query ConsoleAdminActors {\n    accountsConnection(first: 100) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": typeof types.ConsoleAdminActorsDocument,
    "\n  mutation ConsoleAdminCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AdminAccountRow\n    }\n  }\n": typeof types.ConsoleAdminCreateAccountDocument,
    "\n  mutation ConsoleAdminUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AdminAccountRow\n    }\n  }\n": typeof types.ConsoleAdminUpdateAccountDocument,
    "\n  mutation ConsoleAdminIssueReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) {\n      url\n      expiresAt\n      account {\n        id\n        email\n      }\n    }\n  }\n": typeof types.ConsoleAdminIssueResetDocument,
    "\n  query ConsoleAdminApiKeys($first: Int, $after: String, $last: Int, $before: String) {\n    apiKeysConnection(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        ...AdminPageInfo\n      }\n      nodes {\n        id\n        name\n        prefix\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.ConsoleAdminApiKeysDocument,
    "\n  mutation ConsoleAdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.ConsoleAdminCreateApiKeyDocument,
    "\n  mutation ConsoleAdminRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.ConsoleAdminRevokeApiKeyDocument,
    "\n  query ConsoleAdminAudit(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $actorId: ID\n    $action: String\n    $targetId: ID\n    $from: DateTime\n    $to: DateTime\n  ) {\n    auditEntries(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      actorId: $actorId\n      action: $action\n      targetId: $targetId\n      from: $from\n      to: $to\n    ) {\n      totalCount\n      pageInfo {\n        ...AdminPageInfo\n      }\n      nodes {\n        id\n        at\n        actorKind\n        actorId\n        action\n        targetType\n        targetId\n        details\n      }\n    }\n  }\n": typeof types.ConsoleAdminAuditDocument,
    "\n  mutation ConsoleAdminStartImport($input: StartLibraryImportInput!) {\n    startLibraryImport(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleAdminStartImportDocument,
    "\n  query ConsoleAdminLibraryImport($id: ID!) {\n    libraryImport(id: $id) {\n      id\n      path\n      status\n      processed\n      total\n      error\n      report {\n        total\n        created\n        updated\n        unchanged\n        images\n        seconds\n        skipped {\n          id\n          reason\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAdminLibraryImportDocument,
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  mutation ConsoleSignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      sessionsEnded\n    }\n  }\n": typeof types.ConsoleSignOutDocument,
    "\n  mutation ConsoleChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ConsoleChangePasswordDocument,
    "\n  query ConsoleExerciseForEdit($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      aliases\n      summary\n      status\n      version\n      updatedAt\n      difficulty\n      planes\n      stance\n      position\n      loadKind\n      equipment\n      regions\n      focus\n      primaryMuscles\n      secondaryMuscles\n      tempo {\n        notation\n        intent\n      }\n      intensity {\n        scale\n        value\n        unit\n        bandColour\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        restSeconds\n        sessionsPerWeek\n      }\n      steps\n      cues\n      mistakes\n      precautions\n      revisions(first: 1) {\n        nodes {\n          version\n          createdAt\n          message\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleExerciseForEditDocument,
    "\n  mutation ConsoleUpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n      slug\n      version\n    }\n  }\n": typeof types.ConsoleUpdateExerciseDocument,
    "\n  mutation ConsoleCreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      slug\n      version\n    }\n  }\n": typeof types.ConsoleCreateExerciseDocument,
    "\n  fragment ExerciseRow on Exercise {\n    id\n    slug\n    name\n    status\n    difficulty\n    planes\n    stance\n    tempo {\n      notation\n      intent\n    }\n  }\n": typeof types.ExerciseRowFragmentDoc,
    "\n  fragment FacetCounts on ExerciseFacets {\n    total\n    planes {\n      value\n      count\n    }\n    stance {\n      value\n      count\n    }\n    position {\n      value\n      count\n    }\n    tempoIntent {\n      value\n      count\n    }\n    loadKind {\n      value\n      count\n    }\n    equipment {\n      value\n      count\n    }\n    region {\n      value\n      count\n    }\n    focus {\n      value\n      count\n    }\n    difficulty {\n      value\n      count\n    }\n  }\n": typeof types.FacetCountsFragmentDoc,
    "\n  query ConsoleExerciseList(\n    $filter: ExerciseFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    exercises(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...ExerciseRow\n      }\n    }\n    exerciseFacets(filter: $filter) {\n      ...FacetCounts\n    }\n  }\n": typeof types.ConsoleExerciseListDocument,
    "\n  query ConsoleExerciseSearch(\n    $query: String!\n    $filter: ExerciseFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    searchExercises(\n      query: $query\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...ExerciseRow\n      }\n    }\n    exerciseFacets(filter: $filter, query: $query) {\n      ...FacetCounts\n    }\n  }\n": typeof types.ConsoleExerciseSearchDocument,
    "\n  query ConsoleExerciseDetail($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      aliases\n      summary\n      status\n      version\n      updatedAt\n      difficulty\n      planes\n      stance\n      position\n      loadKind\n      equipment\n      regions\n      focus\n      primaryMuscles\n      secondaryMuscles\n      needsTagging\n      tempo {\n        notation\n        intent\n        timeUnderTensionSeconds\n        eccentric {\n          notation\n          seconds\n          asFastAsPossible\n        }\n        bottomPause {\n          notation\n          seconds\n          asFastAsPossible\n        }\n        concentric {\n          notation\n          seconds\n          asFastAsPossible\n        }\n        topPause {\n          notation\n          seconds\n          asFastAsPossible\n        }\n      }\n      intensity {\n        scale\n        value\n        unit\n        bandColour\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        restSeconds\n        sessionsPerWeek\n      }\n      steps\n      cues\n      mistakes\n      precautions\n      media {\n        id\n        kind\n        url\n        altText\n        author\n        licence\n        licenceVerified\n        width\n        height\n        poster {\n          url\n          altText\n        }\n      }\n      translations {\n        id\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        outdated\n        version\n        updatedAt\n      }\n    }\n  }\n": typeof types.ConsoleExerciseDetailDocument,
    "\n  fragment HandoutLinkFields on HandoutLink {\n    id\n    url\n    createdAt\n    expiresAt\n    revokedAt\n    active\n  }\n": typeof types.HandoutLinkFieldsFragmentDoc,
    "\n  query ConsoleHandout($id: ID!) {\n    handout(id: $id) {\n      id\n      seriesId\n      version\n      latestVersion\n      title\n      patientName\n      clinicianName\n      clinician {\n        id\n      }\n      issuedOn\n      issuedAt\n      locale\n      largePrint\n      paperSize\n      pdfUrl\n      template {\n        id\n        name\n      }\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n      items {\n        position\n        exerciseId\n        name\n        picture {\n          url\n        }\n        prescription {\n          ...ProgramItemPrescription\n        }\n      }\n      links {\n        ...HandoutLinkFields\n      }\n    }\n  }\n": typeof types.ConsoleHandoutDocument,
    "\n  query ConsoleHandoutSeries($seriesId: ID!) {\n    handouts(seriesId: $seriesId, first: 100) {\n      nodes {\n        id\n        version\n        title\n        issuedOn\n        issuedAt\n        locale\n        largePrint\n        clinicianName\n      }\n    }\n  }\n": typeof types.ConsoleHandoutSeriesDocument,
    "\n  query ConsoleFindHandouts($patientName: String!) {\n    handouts(patientName: $patientName, first: 50) {\n      totalCount\n      nodes {\n        id\n        seriesId\n        version\n        latestVersion\n        title\n        patientName\n        clinicianName\n        issuedOn\n        locale\n      }\n    }\n  }\n": typeof types.ConsoleFindHandoutsDocument,
    "\n  mutation ConsoleCreateHandoutLink($input: CreateHandoutLinkInput!) {\n    createHandoutLink(input: $input) {\n      ...HandoutLinkFields\n    }\n  }\n": typeof types.ConsoleCreateHandoutLinkDocument,
    "\n  mutation ConsoleRevokeHandoutLink($input: RevokeHandoutLinkInput!) {\n    revokeHandoutLink(input: $input) {\n      ...HandoutLinkFields\n    }\n  }\n": typeof types.ConsoleRevokeHandoutLinkDocument,
    "\n  query ConsoleClinicians {\n    clinicians {\n      id\n      displayName\n    }\n  }\n": typeof types.ConsoleCliniciansDocument,
    "\n  query ConsoleHandoutTemplateChoices {\n    programTemplates(first: 100) {\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.ConsoleHandoutTemplateChoicesDocument,
    "\n  query ConsoleExercisePrintCheck($id: ID!, $locale: Locale!) {\n    exercise(by: { id: $id }) {\n      id\n      name\n      localized(locale: $locale) {\n        fallbackFields\n      }\n      media {\n        id\n        kind\n        licenceVerified\n      }\n    }\n  }\n": typeof types.ConsoleExercisePrintCheckDocument,
    "\n  mutation ConsoleIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleIssueHandoutDocument,
    "\n  mutation ConsoleReissueHandout($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleReissueHandoutDocument,
    "\n  query ConsoleHandoutTemplateItems($id: ID!) {\n    programTemplate(by: { id: $id }) {\n      id\n      name\n      items {\n        position\n        exercise {\n          id\n          name\n        }\n        prescription {\n          ...ProgramItemPrescription\n        }\n      }\n    }\n  }\n": typeof types.ConsoleHandoutTemplateItemsDocument,
    "\n  mutation ConsoleDeleteMedia($input: DeleteExerciseMediaInput!) {\n    deleteExerciseMedia(input: $input) {\n      deletedMediaId\n      exercise {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ConsoleDeleteMediaDocument,
    "\n  mutation ConsoleUpdateMedia($input: UpdateExerciseMediaInput!) {\n    updateExerciseMedia(input: $input) {\n      id\n      altText\n      author\n      licence\n    }\n  }\n": typeof types.ConsoleUpdateMediaDocument,
    "\n  fragment ProgramItemPrescription on ItemPrescription {\n    sets\n    reps\n    holdSeconds\n    distanceMetres\n    durationSeconds\n    perSide\n    side\n    tempo\n    load\n    restSeconds\n    sessionsPerWeek\n    notes\n  }\n": typeof types.ProgramItemPrescriptionFragmentDoc,
    "\n  query ConsoleFindProgramExercise($query: String!) {\n    searchExercises(query: $query, first: 10) {\n      nodes {\n        id\n        slug\n        name\n        difficulty\n        prescription {\n          sets\n          reps\n          holdSeconds\n          distanceMetres\n          durationSeconds\n          perSide\n          restSeconds\n          sessionsPerWeek\n        }\n      }\n    }\n  }\n": typeof types.ConsoleFindProgramExerciseDocument,
    "\n  query ConsoleExerciseDefaultDose($id: ID!) {\n    exercise(by: { id: $id }) {\n      id\n      name\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        restSeconds\n        sessionsPerWeek\n      }\n    }\n  }\n": typeof types.ConsoleExerciseDefaultDoseDocument,
    "\n  query ConsoleProgramBalance($items: [ProgramItemInput!]!) {\n    programBalance(items: $items) {\n      exerciseCount\n      summary\n      medianDifficulty\n      planes {\n        value\n        count\n        share\n      }\n      stances {\n        value\n        count\n        share\n      }\n      tempoIntents {\n        value\n        count\n        share\n      }\n      loadKinds {\n        value\n        count\n        share\n      }\n      gaps {\n        facet\n        missing\n        priority\n        reason\n        suggestions {\n          id\n          name\n          difficulty\n        }\n      }\n    }\n  }\n": typeof types.ConsoleProgramBalanceDocument,
    "\n  query ConsoleProgramTemplates(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $includeArchived: Boolean!\n  ) {\n    programTemplates(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      includeArchived: $includeArchived\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        name\n        description\n        archivedAt\n        updatedAt\n        owner {\n          displayName\n        }\n        items {\n          position\n        }\n      }\n    }\n  }\n": typeof types.ConsoleProgramTemplatesDocument,
    "\n  fragment ProgramTemplateForEdit on ProgramTemplate {\n    id\n    slug\n    name\n    description\n    guidance\n    version\n    updatedAt\n    archivedAt\n    owner {\n      displayName\n    }\n    items {\n      position\n      exercise {\n        id\n        name\n      }\n      prescription {\n        ...ProgramItemPrescription\n      }\n    }\n  }\n": typeof types.ProgramTemplateForEditFragmentDoc,
    "\n  query ConsoleProgramTemplate($id: ID!) {\n    programTemplate(by: { id: $id }) {\n      ...ProgramTemplateForEdit\n    }\n  }\n": typeof types.ConsoleProgramTemplateDocument,
    "\n  mutation ConsoleCreateProgramTemplate($input: CreateProgramTemplateInput!) {\n    createProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n": typeof types.ConsoleCreateProgramTemplateDocument,
    "\n  mutation ConsoleUpdateProgramTemplate($input: UpdateProgramTemplateInput!) {\n    updateProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n": typeof types.ConsoleUpdateProgramTemplateDocument,
    "\n  mutation ConsoleArchiveProgramTemplate($input: ArchiveProgramTemplateInput!) {\n    archiveProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n": typeof types.ConsoleArchiveProgramTemplateDocument,
    "\n  mutation ConsoleRestoreProgramTemplate($input: RestoreProgramTemplateInput!) {\n    restoreProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n": typeof types.ConsoleRestoreProgramTemplateDocument,
    "\n  fragment LadderEdge on Progression {\n    id\n    kind\n    changes\n    criterion\n    order\n    from {\n      id\n      slug\n      name\n      difficulty\n      status\n    }\n    to {\n      id\n      slug\n      name\n      difficulty\n      status\n    }\n  }\n": typeof types.LadderEdgeFragmentDoc,
    "\n  query ConsoleExerciseLadder($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      difficulty\n      ladder(depth: 10) {\n        level\n        exercise {\n          id\n          slug\n          name\n          difficulty\n          status\n          progressions {\n            ...LadderEdge\n          }\n        }\n        via {\n          ...LadderEdge\n        }\n      }\n      progressions {\n        ...LadderEdge\n      }\n      regressions {\n        ...LadderEdge\n      }\n      variations {\n        ...LadderEdge\n      }\n    }\n  }\n": typeof types.ConsoleExerciseLadderDocument,
    "\n  query ConsoleProgressionPick($query: String!) {\n    searchExercises(query: $query, first: 10, filter: { status: [DRAFT, IN_REVIEW, PUBLISHED] }) {\n      nodes {\n        id\n        slug\n        name\n        difficulty\n        status\n      }\n    }\n  }\n": typeof types.ConsoleProgressionPickDocument,
    "\n  mutation ConsoleLinkExercises($input: LinkExercisesInput!) {\n    linkExercises(input: $input) {\n      ...LadderEdge\n    }\n  }\n": typeof types.ConsoleLinkExercisesDocument,
    "\n  mutation ConsoleRemoveProgression($input: RemoveProgressionInput!) {\n    removeProgression(input: $input) {\n      removedProgressionId\n    }\n  }\n": typeof types.ConsoleRemoveProgressionDocument,
    "\n  fragment TaggingRow on Exercise {\n    id\n    slug\n    name\n    version\n    needsTagging\n    tempo {\n      notation\n    }\n  }\n": typeof types.TaggingRowFragmentDoc,
    "\n  query ConsoleTaggingQueue($first: Int, $after: String, $last: Int, $before: String) {\n    exercisesNeedingTags(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...TaggingRow\n      }\n    }\n  }\n": typeof types.ConsoleTaggingQueueDocument,
    "\n  mutation ConsoleTagExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n      version\n      needsTagging\n    }\n  }\n": typeof types.ConsoleTagExerciseDocument,
    "\n  fragment TranslationFields on ExerciseTranslation {\n    id\n    locale\n    name\n    summary\n    steps\n    cues\n    precautions\n    outdated\n    version\n    updatedAt\n  }\n": typeof types.TranslationFieldsFragmentDoc,
    "\n  query ConsoleExerciseTranslations($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      summary\n      steps\n      cues\n      precautions\n      version\n      translations {\n        ...TranslationFields\n      }\n      revisions(first: 100) {\n        nodes {\n          version\n          createdAt\n          snapshot\n        }\n      }\n    }\n  }\n": typeof types.ConsoleExerciseTranslationsDocument,
    "\n  mutation ConsoleSetTranslation($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      ...TranslationFields\n    }\n  }\n": typeof types.ConsoleSetTranslationDocument,
    "\n  mutation ConsoleRemoveTranslation($input: RemoveExerciseTranslationInput!) {\n    removeExerciseTranslation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleRemoveTranslationDocument,
    "\n  mutation ConsoleChangeExerciseStatus($input: ChangeStatusInput!) {\n    changeExerciseStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ConsoleChangeExerciseStatusDocument,
    "\n  query ConsoleExerciseRevisions($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      status\n      version\n      revisions(first: 100) {\n        totalCount\n        nodes {\n          id\n          version\n          createdAt\n          message\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleExerciseRevisionsDocument,
    "\n  query ConsoleExerciseRevisionDiff($id: ID!, $from: Int!, $to: Int!) {\n    exerciseRevisionDiff(id: $id, from: $from, to: $to) {\n      field\n      before\n      after\n    }\n  }\n": typeof types.ConsoleExerciseRevisionDiffDocument,
    "\n  mutation ConsoleRestoreExerciseRevision($input: RestoreRevisionInput!) {\n    restoreExerciseRevision(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ConsoleRestoreExerciseRevisionDocument,
    "\n  fragment SessionFields on Session {\n    token\n    expiresAt\n    refreshToken\n    refreshExpiresAt\n    account {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation ConsoleRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ConsoleRefreshSessionDocument,
};
const documents: Documents = {
    "\n  fragment AdminPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": types.AdminPageInfoFragmentDoc,
    "\n  fragment AdminAccountRow on Account {\n    id\n    email\n    displayName\n    role\n    active\n    createdAt\n  }\n": types.AdminAccountRowFragmentDoc,
    "\n  query ConsoleAdminAccounts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $role: [Role!]\n    $active: Boolean\n  ) {\n    accountsConnection(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      role: $role\n      active: $active\n    ) {\n      totalCount\n      pageInfo {\n        ...AdminPageInfo\n      }\n      nodes {\n        ...AdminAccountRow\n      }\n    }\n  }\n": types.ConsoleAdminAccountsDocument,
    "\n  query ConsoleAdminActors {\n    accountsConnection(first: 100) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": types.ConsoleAdminActorsDocument,
    "\n  mutation ConsoleAdminCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AdminAccountRow\n    }\n  }\n": types.ConsoleAdminCreateAccountDocument,
    "\n  mutation ConsoleAdminUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AdminAccountRow\n    }\n  }\n": types.ConsoleAdminUpdateAccountDocument,
    "\n  mutation ConsoleAdminIssueReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) {\n      url\n      expiresAt\n      account {\n        id\n        email\n      }\n    }\n  }\n": types.ConsoleAdminIssueResetDocument,
    "\n  query ConsoleAdminApiKeys($first: Int, $after: String, $last: Int, $before: String) {\n    apiKeysConnection(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        ...AdminPageInfo\n      }\n      nodes {\n        id\n        name\n        prefix\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": types.ConsoleAdminApiKeysDocument,
    "\n  mutation ConsoleAdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": types.ConsoleAdminCreateApiKeyDocument,
    "\n  mutation ConsoleAdminRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": types.ConsoleAdminRevokeApiKeyDocument,
    "\n  query ConsoleAdminAudit(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $actorId: ID\n    $action: String\n    $targetId: ID\n    $from: DateTime\n    $to: DateTime\n  ) {\n    auditEntries(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      actorId: $actorId\n      action: $action\n      targetId: $targetId\n      from: $from\n      to: $to\n    ) {\n      totalCount\n      pageInfo {\n        ...AdminPageInfo\n      }\n      nodes {\n        id\n        at\n        actorKind\n        actorId\n        action\n        targetType\n        targetId\n        details\n      }\n    }\n  }\n": types.ConsoleAdminAuditDocument,
    "\n  mutation ConsoleAdminStartImport($input: StartLibraryImportInput!) {\n    startLibraryImport(input: $input) {\n      id\n    }\n  }\n": types.ConsoleAdminStartImportDocument,
    "\n  query ConsoleAdminLibraryImport($id: ID!) {\n    libraryImport(id: $id) {\n      id\n      path\n      status\n      processed\n      total\n      error\n      report {\n        total\n        created\n        updated\n        unchanged\n        images\n        seconds\n        skipped {\n          id\n          reason\n        }\n      }\n    }\n  }\n": types.ConsoleAdminLibraryImportDocument,
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  mutation ConsoleSignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      sessionsEnded\n    }\n  }\n": types.ConsoleSignOutDocument,
    "\n  mutation ConsoleChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ConsoleChangePasswordDocument,
    "\n  query ConsoleExerciseForEdit($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      aliases\n      summary\n      status\n      version\n      updatedAt\n      difficulty\n      planes\n      stance\n      position\n      loadKind\n      equipment\n      regions\n      focus\n      primaryMuscles\n      secondaryMuscles\n      tempo {\n        notation\n        intent\n      }\n      intensity {\n        scale\n        value\n        unit\n        bandColour\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        restSeconds\n        sessionsPerWeek\n      }\n      steps\n      cues\n      mistakes\n      precautions\n      revisions(first: 1) {\n        nodes {\n          version\n          createdAt\n          message\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleExerciseForEditDocument,
    "\n  mutation ConsoleUpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n      slug\n      version\n    }\n  }\n": types.ConsoleUpdateExerciseDocument,
    "\n  mutation ConsoleCreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      slug\n      version\n    }\n  }\n": types.ConsoleCreateExerciseDocument,
    "\n  fragment ExerciseRow on Exercise {\n    id\n    slug\n    name\n    status\n    difficulty\n    planes\n    stance\n    tempo {\n      notation\n      intent\n    }\n  }\n": types.ExerciseRowFragmentDoc,
    "\n  fragment FacetCounts on ExerciseFacets {\n    total\n    planes {\n      value\n      count\n    }\n    stance {\n      value\n      count\n    }\n    position {\n      value\n      count\n    }\n    tempoIntent {\n      value\n      count\n    }\n    loadKind {\n      value\n      count\n    }\n    equipment {\n      value\n      count\n    }\n    region {\n      value\n      count\n    }\n    focus {\n      value\n      count\n    }\n    difficulty {\n      value\n      count\n    }\n  }\n": types.FacetCountsFragmentDoc,
    "\n  query ConsoleExerciseList(\n    $filter: ExerciseFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    exercises(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...ExerciseRow\n      }\n    }\n    exerciseFacets(filter: $filter) {\n      ...FacetCounts\n    }\n  }\n": types.ConsoleExerciseListDocument,
    "\n  query ConsoleExerciseSearch(\n    $query: String!\n    $filter: ExerciseFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    searchExercises(\n      query: $query\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...ExerciseRow\n      }\n    }\n    exerciseFacets(filter: $filter, query: $query) {\n      ...FacetCounts\n    }\n  }\n": types.ConsoleExerciseSearchDocument,
    "\n  query ConsoleExerciseDetail($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      aliases\n      summary\n      status\n      version\n      updatedAt\n      difficulty\n      planes\n      stance\n      position\n      loadKind\n      equipment\n      regions\n      focus\n      primaryMuscles\n      secondaryMuscles\n      needsTagging\n      tempo {\n        notation\n        intent\n        timeUnderTensionSeconds\n        eccentric {\n          notation\n          seconds\n          asFastAsPossible\n        }\n        bottomPause {\n          notation\n          seconds\n          asFastAsPossible\n        }\n        concentric {\n          notation\n          seconds\n          asFastAsPossible\n        }\n        topPause {\n          notation\n          seconds\n          asFastAsPossible\n        }\n      }\n      intensity {\n        scale\n        value\n        unit\n        bandColour\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        restSeconds\n        sessionsPerWeek\n      }\n      steps\n      cues\n      mistakes\n      precautions\n      media {\n        id\n        kind\n        url\n        altText\n        author\n        licence\n        licenceVerified\n        width\n        height\n        poster {\n          url\n          altText\n        }\n      }\n      translations {\n        id\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        outdated\n        version\n        updatedAt\n      }\n    }\n  }\n": types.ConsoleExerciseDetailDocument,
    "\n  fragment HandoutLinkFields on HandoutLink {\n    id\n    url\n    createdAt\n    expiresAt\n    revokedAt\n    active\n  }\n": types.HandoutLinkFieldsFragmentDoc,
    "\n  query ConsoleHandout($id: ID!) {\n    handout(id: $id) {\n      id\n      seriesId\n      version\n      latestVersion\n      title\n      patientName\n      clinicianName\n      clinician {\n        id\n      }\n      issuedOn\n      issuedAt\n      locale\n      largePrint\n      paperSize\n      pdfUrl\n      template {\n        id\n        name\n      }\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n      items {\n        position\n        exerciseId\n        name\n        picture {\n          url\n        }\n        prescription {\n          ...ProgramItemPrescription\n        }\n      }\n      links {\n        ...HandoutLinkFields\n      }\n    }\n  }\n": types.ConsoleHandoutDocument,
    "\n  query ConsoleHandoutSeries($seriesId: ID!) {\n    handouts(seriesId: $seriesId, first: 100) {\n      nodes {\n        id\n        version\n        title\n        issuedOn\n        issuedAt\n        locale\n        largePrint\n        clinicianName\n      }\n    }\n  }\n": types.ConsoleHandoutSeriesDocument,
    "\n  query ConsoleFindHandouts($patientName: String!) {\n    handouts(patientName: $patientName, first: 50) {\n      totalCount\n      nodes {\n        id\n        seriesId\n        version\n        latestVersion\n        title\n        patientName\n        clinicianName\n        issuedOn\n        locale\n      }\n    }\n  }\n": types.ConsoleFindHandoutsDocument,
    "\n  mutation ConsoleCreateHandoutLink($input: CreateHandoutLinkInput!) {\n    createHandoutLink(input: $input) {\n      ...HandoutLinkFields\n    }\n  }\n": types.ConsoleCreateHandoutLinkDocument,
    "\n  mutation ConsoleRevokeHandoutLink($input: RevokeHandoutLinkInput!) {\n    revokeHandoutLink(input: $input) {\n      ...HandoutLinkFields\n    }\n  }\n": types.ConsoleRevokeHandoutLinkDocument,
    "\n  query ConsoleClinicians {\n    clinicians {\n      id\n      displayName\n    }\n  }\n": types.ConsoleCliniciansDocument,
    "\n  query ConsoleHandoutTemplateChoices {\n    programTemplates(first: 100) {\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.ConsoleHandoutTemplateChoicesDocument,
    "\n  query ConsoleExercisePrintCheck($id: ID!, $locale: Locale!) {\n    exercise(by: { id: $id }) {\n      id\n      name\n      localized(locale: $locale) {\n        fallbackFields\n      }\n      media {\n        id\n        kind\n        licenceVerified\n      }\n    }\n  }\n": types.ConsoleExercisePrintCheckDocument,
    "\n  mutation ConsoleIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n    }\n  }\n": types.ConsoleIssueHandoutDocument,
    "\n  mutation ConsoleReissueHandout($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      id\n    }\n  }\n": types.ConsoleReissueHandoutDocument,
    "\n  query ConsoleHandoutTemplateItems($id: ID!) {\n    programTemplate(by: { id: $id }) {\n      id\n      name\n      items {\n        position\n        exercise {\n          id\n          name\n        }\n        prescription {\n          ...ProgramItemPrescription\n        }\n      }\n    }\n  }\n": types.ConsoleHandoutTemplateItemsDocument,
    "\n  mutation ConsoleDeleteMedia($input: DeleteExerciseMediaInput!) {\n    deleteExerciseMedia(input: $input) {\n      deletedMediaId\n      exercise {\n        id\n        version\n      }\n    }\n  }\n": types.ConsoleDeleteMediaDocument,
    "\n  mutation ConsoleUpdateMedia($input: UpdateExerciseMediaInput!) {\n    updateExerciseMedia(input: $input) {\n      id\n      altText\n      author\n      licence\n    }\n  }\n": types.ConsoleUpdateMediaDocument,
    "\n  fragment ProgramItemPrescription on ItemPrescription {\n    sets\n    reps\n    holdSeconds\n    distanceMetres\n    durationSeconds\n    perSide\n    side\n    tempo\n    load\n    restSeconds\n    sessionsPerWeek\n    notes\n  }\n": types.ProgramItemPrescriptionFragmentDoc,
    "\n  query ConsoleFindProgramExercise($query: String!) {\n    searchExercises(query: $query, first: 10) {\n      nodes {\n        id\n        slug\n        name\n        difficulty\n        prescription {\n          sets\n          reps\n          holdSeconds\n          distanceMetres\n          durationSeconds\n          perSide\n          restSeconds\n          sessionsPerWeek\n        }\n      }\n    }\n  }\n": types.ConsoleFindProgramExerciseDocument,
    "\n  query ConsoleExerciseDefaultDose($id: ID!) {\n    exercise(by: { id: $id }) {\n      id\n      name\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        restSeconds\n        sessionsPerWeek\n      }\n    }\n  }\n": types.ConsoleExerciseDefaultDoseDocument,
    "\n  query ConsoleProgramBalance($items: [ProgramItemInput!]!) {\n    programBalance(items: $items) {\n      exerciseCount\n      summary\n      medianDifficulty\n      planes {\n        value\n        count\n        share\n      }\n      stances {\n        value\n        count\n        share\n      }\n      tempoIntents {\n        value\n        count\n        share\n      }\n      loadKinds {\n        value\n        count\n        share\n      }\n      gaps {\n        facet\n        missing\n        priority\n        reason\n        suggestions {\n          id\n          name\n          difficulty\n        }\n      }\n    }\n  }\n": types.ConsoleProgramBalanceDocument,
    "\n  query ConsoleProgramTemplates(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $includeArchived: Boolean!\n  ) {\n    programTemplates(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      includeArchived: $includeArchived\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        name\n        description\n        archivedAt\n        updatedAt\n        owner {\n          displayName\n        }\n        items {\n          position\n        }\n      }\n    }\n  }\n": types.ConsoleProgramTemplatesDocument,
    "\n  fragment ProgramTemplateForEdit on ProgramTemplate {\n    id\n    slug\n    name\n    description\n    guidance\n    version\n    updatedAt\n    archivedAt\n    owner {\n      displayName\n    }\n    items {\n      position\n      exercise {\n        id\n        name\n      }\n      prescription {\n        ...ProgramItemPrescription\n      }\n    }\n  }\n": types.ProgramTemplateForEditFragmentDoc,
    "\n  query ConsoleProgramTemplate($id: ID!) {\n    programTemplate(by: { id: $id }) {\n      ...ProgramTemplateForEdit\n    }\n  }\n": types.ConsoleProgramTemplateDocument,
    "\n  mutation ConsoleCreateProgramTemplate($input: CreateProgramTemplateInput!) {\n    createProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n": types.ConsoleCreateProgramTemplateDocument,
    "\n  mutation ConsoleUpdateProgramTemplate($input: UpdateProgramTemplateInput!) {\n    updateProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n": types.ConsoleUpdateProgramTemplateDocument,
    "\n  mutation ConsoleArchiveProgramTemplate($input: ArchiveProgramTemplateInput!) {\n    archiveProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n": types.ConsoleArchiveProgramTemplateDocument,
    "\n  mutation ConsoleRestoreProgramTemplate($input: RestoreProgramTemplateInput!) {\n    restoreProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n": types.ConsoleRestoreProgramTemplateDocument,
    "\n  fragment LadderEdge on Progression {\n    id\n    kind\n    changes\n    criterion\n    order\n    from {\n      id\n      slug\n      name\n      difficulty\n      status\n    }\n    to {\n      id\n      slug\n      name\n      difficulty\n      status\n    }\n  }\n": types.LadderEdgeFragmentDoc,
    "\n  query ConsoleExerciseLadder($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      difficulty\n      ladder(depth: 10) {\n        level\n        exercise {\n          id\n          slug\n          name\n          difficulty\n          status\n          progressions {\n            ...LadderEdge\n          }\n        }\n        via {\n          ...LadderEdge\n        }\n      }\n      progressions {\n        ...LadderEdge\n      }\n      regressions {\n        ...LadderEdge\n      }\n      variations {\n        ...LadderEdge\n      }\n    }\n  }\n": types.ConsoleExerciseLadderDocument,
    "\n  query ConsoleProgressionPick($query: String!) {\n    searchExercises(query: $query, first: 10, filter: { status: [DRAFT, IN_REVIEW, PUBLISHED] }) {\n      nodes {\n        id\n        slug\n        name\n        difficulty\n        status\n      }\n    }\n  }\n": types.ConsoleProgressionPickDocument,
    "\n  mutation ConsoleLinkExercises($input: LinkExercisesInput!) {\n    linkExercises(input: $input) {\n      ...LadderEdge\n    }\n  }\n": types.ConsoleLinkExercisesDocument,
    "\n  mutation ConsoleRemoveProgression($input: RemoveProgressionInput!) {\n    removeProgression(input: $input) {\n      removedProgressionId\n    }\n  }\n": types.ConsoleRemoveProgressionDocument,
    "\n  fragment TaggingRow on Exercise {\n    id\n    slug\n    name\n    version\n    needsTagging\n    tempo {\n      notation\n    }\n  }\n": types.TaggingRowFragmentDoc,
    "\n  query ConsoleTaggingQueue($first: Int, $after: String, $last: Int, $before: String) {\n    exercisesNeedingTags(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...TaggingRow\n      }\n    }\n  }\n": types.ConsoleTaggingQueueDocument,
    "\n  mutation ConsoleTagExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n      version\n      needsTagging\n    }\n  }\n": types.ConsoleTagExerciseDocument,
    "\n  fragment TranslationFields on ExerciseTranslation {\n    id\n    locale\n    name\n    summary\n    steps\n    cues\n    precautions\n    outdated\n    version\n    updatedAt\n  }\n": types.TranslationFieldsFragmentDoc,
    "\n  query ConsoleExerciseTranslations($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      summary\n      steps\n      cues\n      precautions\n      version\n      translations {\n        ...TranslationFields\n      }\n      revisions(first: 100) {\n        nodes {\n          version\n          createdAt\n          snapshot\n        }\n      }\n    }\n  }\n": types.ConsoleExerciseTranslationsDocument,
    "\n  mutation ConsoleSetTranslation($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      ...TranslationFields\n    }\n  }\n": types.ConsoleSetTranslationDocument,
    "\n  mutation ConsoleRemoveTranslation($input: RemoveExerciseTranslationInput!) {\n    removeExerciseTranslation(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleRemoveTranslationDocument,
    "\n  mutation ConsoleChangeExerciseStatus($input: ChangeStatusInput!) {\n    changeExerciseStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ConsoleChangeExerciseStatusDocument,
    "\n  query ConsoleExerciseRevisions($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      status\n      version\n      revisions(first: 100) {\n        totalCount\n        nodes {\n          id\n          version\n          createdAt\n          message\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleExerciseRevisionsDocument,
    "\n  query ConsoleExerciseRevisionDiff($id: ID!, $from: Int!, $to: Int!) {\n    exerciseRevisionDiff(id: $id, from: $from, to: $to) {\n      field\n      before\n      after\n    }\n  }\n": types.ConsoleExerciseRevisionDiffDocument,
    "\n  mutation ConsoleRestoreExerciseRevision($input: RestoreRevisionInput!) {\n    restoreExerciseRevision(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ConsoleRestoreExerciseRevisionDocument,
    "\n  fragment SessionFields on Session {\n    token\n    expiresAt\n    refreshToken\n    refreshExpiresAt\n    account {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation ConsoleRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ConsoleRefreshSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n"): typeof import('./graphql').AdminPageInfoFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAccountRow on Account {\n    id\n    email\n    displayName\n    role\n    active\n    createdAt\n  }\n"): typeof import('./graphql').AdminAccountRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAdminAccounts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $role: [Role!]\n    $active: Boolean\n  ) {\n    accountsConnection(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      role: $role\n      active: $active\n    ) {\n      totalCount\n      pageInfo {\n        ...AdminPageInfo\n      }\n      nodes {\n        ...AdminAccountRow\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAdminActors {\n    accountsConnection(first: 100) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdminCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AdminAccountRow\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdminUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AdminAccountRow\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminUpdateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdminIssueReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) {\n      url\n      expiresAt\n      account {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminIssueResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAdminApiKeys($first: Int, $after: String, $last: Int, $before: String) {\n    apiKeysConnection(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        ...AdminPageInfo\n      }\n      nodes {\n        id\n        name\n        prefix\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdminRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAdminAudit(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $actorId: ID\n    $action: String\n    $targetId: ID\n    $from: DateTime\n    $to: DateTime\n  ) {\n    auditEntries(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      actorId: $actorId\n      action: $action\n      targetId: $targetId\n      from: $from\n      to: $to\n    ) {\n      totalCount\n      pageInfo {\n        ...AdminPageInfo\n      }\n      nodes {\n        id\n        at\n        actorKind\n        actorId\n        action\n        targetType\n        targetId\n        details\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAdminStartImport($input: StartLibraryImportInput!) {\n    startLibraryImport(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminStartImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAdminLibraryImport($id: ID!) {\n    libraryImport(id: $id) {\n      id\n      path\n      status\n      processed\n      total\n      error\n      report {\n        total\n        created\n        updated\n        unchanged\n        images\n        seconds\n        skipped {\n          id\n          reason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminLibraryImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').ConsoleLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      sessionsEnded\n    }\n  }\n"): typeof import('./graphql').ConsoleSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').ConsoleChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExerciseForEdit($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      aliases\n      summary\n      status\n      version\n      updatedAt\n      difficulty\n      planes\n      stance\n      position\n      loadKind\n      equipment\n      regions\n      focus\n      primaryMuscles\n      secondaryMuscles\n      tempo {\n        notation\n        intent\n      }\n      intensity {\n        scale\n        value\n        unit\n        bandColour\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        restSeconds\n        sessionsPerWeek\n      }\n      steps\n      cues\n      mistakes\n      precautions\n      revisions(first: 1) {\n        nodes {\n          version\n          createdAt\n          message\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleExerciseForEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n      slug\n      version\n    }\n  }\n"): typeof import('./graphql').ConsoleUpdateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      slug\n      version\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExerciseRow on Exercise {\n    id\n    slug\n    name\n    status\n    difficulty\n    planes\n    stance\n    tempo {\n      notation\n      intent\n    }\n  }\n"): typeof import('./graphql').ExerciseRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FacetCounts on ExerciseFacets {\n    total\n    planes {\n      value\n      count\n    }\n    stance {\n      value\n      count\n    }\n    position {\n      value\n      count\n    }\n    tempoIntent {\n      value\n      count\n    }\n    loadKind {\n      value\n      count\n    }\n    equipment {\n      value\n      count\n    }\n    region {\n      value\n      count\n    }\n    focus {\n      value\n      count\n    }\n    difficulty {\n      value\n      count\n    }\n  }\n"): typeof import('./graphql').FacetCountsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExerciseList(\n    $filter: ExerciseFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    exercises(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...ExerciseRow\n      }\n    }\n    exerciseFacets(filter: $filter) {\n      ...FacetCounts\n    }\n  }\n"): typeof import('./graphql').ConsoleExerciseListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExerciseSearch(\n    $query: String!\n    $filter: ExerciseFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    searchExercises(\n      query: $query\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...ExerciseRow\n      }\n    }\n    exerciseFacets(filter: $filter, query: $query) {\n      ...FacetCounts\n    }\n  }\n"): typeof import('./graphql').ConsoleExerciseSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExerciseDetail($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      aliases\n      summary\n      status\n      version\n      updatedAt\n      difficulty\n      planes\n      stance\n      position\n      loadKind\n      equipment\n      regions\n      focus\n      primaryMuscles\n      secondaryMuscles\n      needsTagging\n      tempo {\n        notation\n        intent\n        timeUnderTensionSeconds\n        eccentric {\n          notation\n          seconds\n          asFastAsPossible\n        }\n        bottomPause {\n          notation\n          seconds\n          asFastAsPossible\n        }\n        concentric {\n          notation\n          seconds\n          asFastAsPossible\n        }\n        topPause {\n          notation\n          seconds\n          asFastAsPossible\n        }\n      }\n      intensity {\n        scale\n        value\n        unit\n        bandColour\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        restSeconds\n        sessionsPerWeek\n      }\n      steps\n      cues\n      mistakes\n      precautions\n      media {\n        id\n        kind\n        url\n        altText\n        author\n        licence\n        licenceVerified\n        width\n        height\n        poster {\n          url\n          altText\n        }\n      }\n      translations {\n        id\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        outdated\n        version\n        updatedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleExerciseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandoutLinkFields on HandoutLink {\n    id\n    url\n    createdAt\n    expiresAt\n    revokedAt\n    active\n  }\n"): typeof import('./graphql').HandoutLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHandout($id: ID!) {\n    handout(id: $id) {\n      id\n      seriesId\n      version\n      latestVersion\n      title\n      patientName\n      clinicianName\n      clinician {\n        id\n      }\n      issuedOn\n      issuedAt\n      locale\n      largePrint\n      paperSize\n      pdfUrl\n      template {\n        id\n        name\n      }\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n      items {\n        position\n        exerciseId\n        name\n        picture {\n          url\n        }\n        prescription {\n          ...ProgramItemPrescription\n        }\n      }\n      links {\n        ...HandoutLinkFields\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHandoutSeries($seriesId: ID!) {\n    handouts(seriesId: $seriesId, first: 100) {\n      nodes {\n        id\n        version\n        title\n        issuedOn\n        issuedAt\n        locale\n        largePrint\n        clinicianName\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleHandoutSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFindHandouts($patientName: String!) {\n    handouts(patientName: $patientName, first: 50) {\n      totalCount\n      nodes {\n        id\n        seriesId\n        version\n        latestVersion\n        title\n        patientName\n        clinicianName\n        issuedOn\n        locale\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleFindHandoutsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateHandoutLink($input: CreateHandoutLinkInput!) {\n    createHandoutLink(input: $input) {\n      ...HandoutLinkFields\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateHandoutLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeHandoutLink($input: RevokeHandoutLinkInput!) {\n    revokeHandoutLink(input: $input) {\n      ...HandoutLinkFields\n    }\n  }\n"): typeof import('./graphql').ConsoleRevokeHandoutLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClinicians {\n    clinicians {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ConsoleCliniciansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHandoutTemplateChoices {\n    programTemplates(first: 100) {\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleHandoutTemplateChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExercisePrintCheck($id: ID!, $locale: Locale!) {\n    exercise(by: { id: $id }) {\n      id\n      name\n      localized(locale: $locale) {\n        fallbackFields\n      }\n      media {\n        id\n        kind\n        licenceVerified\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleExercisePrintCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleIssueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReissueHandout($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsoleReissueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHandoutTemplateItems($id: ID!) {\n    programTemplate(by: { id: $id }) {\n      id\n      name\n      items {\n        position\n        exercise {\n          id\n          name\n        }\n        prescription {\n          ...ProgramItemPrescription\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleHandoutTemplateItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteMedia($input: DeleteExerciseMediaInput!) {\n    deleteExerciseMedia(input: $input) {\n      deletedMediaId\n      exercise {\n        id\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleDeleteMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateMedia($input: UpdateExerciseMediaInput!) {\n    updateExerciseMedia(input: $input) {\n      id\n      altText\n      author\n      licence\n    }\n  }\n"): typeof import('./graphql').ConsoleUpdateMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramItemPrescription on ItemPrescription {\n    sets\n    reps\n    holdSeconds\n    distanceMetres\n    durationSeconds\n    perSide\n    side\n    tempo\n    load\n    restSeconds\n    sessionsPerWeek\n    notes\n  }\n"): typeof import('./graphql').ProgramItemPrescriptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFindProgramExercise($query: String!) {\n    searchExercises(query: $query, first: 10) {\n      nodes {\n        id\n        slug\n        name\n        difficulty\n        prescription {\n          sets\n          reps\n          holdSeconds\n          distanceMetres\n          durationSeconds\n          perSide\n          restSeconds\n          sessionsPerWeek\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleFindProgramExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExerciseDefaultDose($id: ID!) {\n    exercise(by: { id: $id }) {\n      id\n      name\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        restSeconds\n        sessionsPerWeek\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleExerciseDefaultDoseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProgramBalance($items: [ProgramItemInput!]!) {\n    programBalance(items: $items) {\n      exerciseCount\n      summary\n      medianDifficulty\n      planes {\n        value\n        count\n        share\n      }\n      stances {\n        value\n        count\n        share\n      }\n      tempoIntents {\n        value\n        count\n        share\n      }\n      loadKinds {\n        value\n        count\n        share\n      }\n      gaps {\n        facet\n        missing\n        priority\n        reason\n        suggestions {\n          id\n          name\n          difficulty\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleProgramBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProgramTemplates(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $includeArchived: Boolean!\n  ) {\n    programTemplates(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      includeArchived: $includeArchived\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        name\n        description\n        archivedAt\n        updatedAt\n        owner {\n          displayName\n        }\n        items {\n          position\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleProgramTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramTemplateForEdit on ProgramTemplate {\n    id\n    slug\n    name\n    description\n    guidance\n    version\n    updatedAt\n    archivedAt\n    owner {\n      displayName\n    }\n    items {\n      position\n      exercise {\n        id\n        name\n      }\n      prescription {\n        ...ProgramItemPrescription\n      }\n    }\n  }\n"): typeof import('./graphql').ProgramTemplateForEditFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProgramTemplate($id: ID!) {\n    programTemplate(by: { id: $id }) {\n      ...ProgramTemplateForEdit\n    }\n  }\n"): typeof import('./graphql').ConsoleProgramTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateProgramTemplate($input: CreateProgramTemplateInput!) {\n    createProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateProgramTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateProgramTemplate($input: UpdateProgramTemplateInput!) {\n    updateProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n"): typeof import('./graphql').ConsoleUpdateProgramTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleArchiveProgramTemplate($input: ArchiveProgramTemplateInput!) {\n    archiveProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n"): typeof import('./graphql').ConsoleArchiveProgramTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRestoreProgramTemplate($input: RestoreProgramTemplateInput!) {\n    restoreProgramTemplate(input: $input) {\n      ...ProgramTemplateForEdit\n    }\n  }\n"): typeof import('./graphql').ConsoleRestoreProgramTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LadderEdge on Progression {\n    id\n    kind\n    changes\n    criterion\n    order\n    from {\n      id\n      slug\n      name\n      difficulty\n      status\n    }\n    to {\n      id\n      slug\n      name\n      difficulty\n      status\n    }\n  }\n"): typeof import('./graphql').LadderEdgeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExerciseLadder($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      difficulty\n      ladder(depth: 10) {\n        level\n        exercise {\n          id\n          slug\n          name\n          difficulty\n          status\n          progressions {\n            ...LadderEdge\n          }\n        }\n        via {\n          ...LadderEdge\n        }\n      }\n      progressions {\n        ...LadderEdge\n      }\n      regressions {\n        ...LadderEdge\n      }\n      variations {\n        ...LadderEdge\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleExerciseLadderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProgressionPick($query: String!) {\n    searchExercises(query: $query, first: 10, filter: { status: [DRAFT, IN_REVIEW, PUBLISHED] }) {\n      nodes {\n        id\n        slug\n        name\n        difficulty\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleProgressionPickDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLinkExercises($input: LinkExercisesInput!) {\n    linkExercises(input: $input) {\n      ...LadderEdge\n    }\n  }\n"): typeof import('./graphql').ConsoleLinkExercisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveProgression($input: RemoveProgressionInput!) {\n    removeProgression(input: $input) {\n      removedProgressionId\n    }\n  }\n"): typeof import('./graphql').ConsoleRemoveProgressionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaggingRow on Exercise {\n    id\n    slug\n    name\n    version\n    needsTagging\n    tempo {\n      notation\n    }\n  }\n"): typeof import('./graphql').TaggingRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTaggingQueue($first: Int, $after: String, $last: Int, $before: String) {\n    exercisesNeedingTags(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...TaggingRow\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleTaggingQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTagExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n      version\n      needsTagging\n    }\n  }\n"): typeof import('./graphql').ConsoleTagExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TranslationFields on ExerciseTranslation {\n    id\n    locale\n    name\n    summary\n    steps\n    cues\n    precautions\n    outdated\n    version\n    updatedAt\n  }\n"): typeof import('./graphql').TranslationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExerciseTranslations($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      summary\n      steps\n      cues\n      precautions\n      version\n      translations {\n        ...TranslationFields\n      }\n      revisions(first: 100) {\n        nodes {\n          version\n          createdAt\n          snapshot\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleExerciseTranslationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetTranslation($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      ...TranslationFields\n    }\n  }\n"): typeof import('./graphql').ConsoleSetTranslationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveTranslation($input: RemoveExerciseTranslationInput!) {\n    removeExerciseTranslation(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ConsoleRemoveTranslationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleChangeExerciseStatus($input: ChangeStatusInput!) {\n    changeExerciseStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').ConsoleChangeExerciseStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExerciseRevisions($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      slug\n      name\n      status\n      version\n      revisions(first: 100) {\n        totalCount\n        nodes {\n          id\n          version\n          createdAt\n          message\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleExerciseRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExerciseRevisionDiff($id: ID!, $from: Int!, $to: Int!) {\n    exerciseRevisionDiff(id: $id, from: $from, to: $to) {\n      field\n      before\n      after\n    }\n  }\n"): typeof import('./graphql').ConsoleExerciseRevisionDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRestoreExerciseRevision($input: RestoreRevisionInput!) {\n    restoreExerciseRevision(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').ConsoleRestoreExerciseRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    token\n    expiresAt\n    refreshToken\n    refreshExpiresAt\n    account {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').ConsoleRefreshSessionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
