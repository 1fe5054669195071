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
    "\n  query AuditFiltersMe {\n    me {\n      id\n    }\n  }\n": typeof types.AuditFiltersMeDocument,
    "\n  mutation AuditFiltersNewKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.AuditFiltersNewKeyDocument,
    "\n  query AuditFiltersEntries(\n    $actorId: ID\n    $action: String\n    $targetId: ID\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $after: String\n  ) {\n    auditEntries(\n      actorId: $actorId\n      action: $action\n      targetId: $targetId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        actorId\n        action\n        targetId\n      }\n    }\n  }\n": typeof types.AuditFiltersEntriesDocument,
    "\n  query ProgramBalance($items: [ProgramItemInput!]!) {\n    programBalance(items: $items) {\n      exerciseCount\n      medianDifficulty\n      summary\n      planes {\n        value\n        count\n        share\n      }\n      stances {\n        value\n        count\n        share\n      }\n      tempoIntents {\n        value\n        count\n        share\n      }\n      loadKinds {\n        value\n        count\n        share\n      }\n      gaps {\n        facet\n        missing\n        priority\n        reason\n        suggestions {\n          slug\n          name\n          status\n          difficulty\n          planes\n          stance\n          loadKind\n          tempo {\n            intent\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgramBalanceDocument,
    "\n        mutation BalanceCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n            version\n          }\n        }\n      ": typeof types.BalanceCreateExerciseDocument,
    "\n          mutation BalanceChangeStatus($input: ChangeStatusInput!) {\n            changeExerciseStatus(input: $input) {\n              version\n            }\n          }\n        ": typeof types.BalanceChangeStatusDocument,
    "\n  query BrowserExpectedSlugs($first: Int!, $after: String, $filter: ExerciseFilter) {\n    exercises(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes {\n        slug\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BrowserExpectedSlugsDocument,
    "\n  query CataloguePage($filter: ExerciseFilter, $first: Int, $after: String) {\n    exercises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.CataloguePageDocument,
    "\n          query CatalogueNames {\n            exercises(first: 5) {\n              nodes {\n                slug\n                name\n              }\n            }\n          }\n        ": typeof types.CatalogueNamesDocument,
    "\n          query CatalogueSteps {\n            exercises(first: 5) {\n              nodes {\n                slug\n                steps\n                tempo {\n                  notation\n                }\n              }\n            }\n          }\n        ": typeof types.CatalogueStepsDocument,
    "\n          query CatalogueUntagged {\n            exercise(by: { slug: \"untagged-published\" }) {\n              id\n            }\n          }\n        ": typeof types.CatalogueUntaggedDocument,
    "\n        query CatalogueVersion($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            id\n            version\n          }\n        }\n      ": typeof types.CatalogueVersionDocument,
    "\n        mutation CatalogueEditName($id: ID!, $v: Int!) {\n          updateExercise(input: { id: $id, expectedVersion: $v, name: \"Edited\" }) {\n            id\n          }\n        }\n      ": typeof types.CatalogueEditNameDocument,
    "\n        query CatalogueNameVersion($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            name\n            version\n          }\n        }\n      ": typeof types.CatalogueNameVersionDocument,
    "\n  fragment ConnectionsPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": typeof types.ConnectionsPageInfoFragmentDoc,
    "\n  query ConnectionsExercises($first: Int, $after: String, $last: Int, $before: String) {\n    exercises(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": typeof types.ConnectionsExercisesDocument,
    "\n  query ConnectionsSearch($first: Int, $after: String, $last: Int, $before: String) {\n    searchExercises(query: \"squat\", first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": typeof types.ConnectionsSearchDocument,
    "\n  query ConnectionsTemplates($first: Int, $after: String, $last: Int, $before: String) {\n    programTemplates(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": typeof types.ConnectionsTemplatesDocument,
    "\n  query ConnectionsHandouts($first: Int, $after: String, $last: Int, $before: String) {\n    handouts(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": typeof types.ConnectionsHandoutsDocument,
    "\n  query ConnectionsAudit(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $action: String\n  ) {\n    auditEntries(first: $first, after: $after, last: $last, before: $before, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": typeof types.ConnectionsAuditDocument,
    "\n  query ConnectionsAccounts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $role: [Role!]\n    $active: Boolean\n  ) {\n    accountsConnection(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      role: $role\n      active: $active\n    ) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": typeof types.ConnectionsAccountsDocument,
    "\n  query ConnectionsApiKeys($first: Int, $after: String, $last: Int, $before: String) {\n    apiKeysConnection(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": typeof types.ConnectionsApiKeysDocument,
    "\n  query ConnectionsRevisions($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    exercise(by: { id: $id }) {\n      revisions(first: $first, after: $after, last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n            version\n          }\n        }\n        pageInfo {\n          ...ConnectionsPageInfo\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.ConnectionsRevisionsDocument,
    "\n  query ConnectionsAccessLog($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    handout(id: $id) {\n      accessLog(first: $first, after: $after, last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...ConnectionsPageInfo\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.ConnectionsAccessLogDocument,
    "\n  mutation ConnectionsCreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConnectionsCreateExerciseDocument,
    "\n  mutation ConnectionsUpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {\n    updateExercise(id: $id, version: $version, input: $input) {\n      version\n    }\n  }\n": typeof types.ConnectionsUpdateExerciseDocument,
    "\n  mutation ConnectionsIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      links {\n        url\n      }\n    }\n  }\n": typeof types.ConnectionsIssueHandoutDocument,
    "\n          query ConnectionsAccessLogRefused($id: ID!) {\n            handout(id: $id) {\n              id\n              accessLog(last: 501) {\n                totalCount\n              }\n            }\n          }\n        ": typeof types.ConnectionsAccessLogRefusedDocument,
    "\n          query ConnectionsRevisionsRefused($id: ID!) {\n            exercise(by: { id: $id }) {\n              id\n              revisions(after: \"!!!\") {\n                totalCount\n              }\n            }\n          }\n        ": typeof types.ConnectionsRevisionsRefusedDocument,
    "\n        query ConnectionsDeprecated($id: ID!, $handout: ID!) {\n          exerciseRevisions(id: $id) {\n            version\n          }\n          auditLog(first: 3) {\n            id\n          }\n          accounts {\n            id\n          }\n          apiKeys {\n            id\n          }\n          handout(id: $handout) {\n            accesses(first: 2) {\n              id\n            }\n          }\n        }\n      ": typeof types.ConnectionsDeprecatedDocument,
    "\n        query ConnectionsExercisesRevisions($first: Int!) {\n          exercises(first: $first) {\n            nodes {\n              id\n              revisions(first: 2) {\n                nodes {\n                  version\n                }\n                totalCount\n                pageInfo {\n                  hasNextPage\n                  hasPreviousPage\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ConnectionsExercisesRevisionsDocument,
    "\n        query ConnectionsHandoutsAccessLog($first: Int!) {\n          handouts(first: $first) {\n            nodes {\n              accessLog(first: 2) {\n                nodes {\n                  id\n                  outcome\n                }\n                totalCount\n              }\n            }\n          }\n        }\n      ": typeof types.ConnectionsHandoutsAccessLogDocument,
    "\n  query AdminJourneyRead {\n    exercises(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.AdminJourneyReadDocument,
    "\n  query ConsoleEditPlank {\n    exercise(by: { slug: \"copenhagen-plank\" }) {\n      version\n      summary\n      precautions\n      tempo {\n        notation\n        timeUnderTensionSeconds\n      }\n      revisions(first: 1) {\n        nodes {\n          version\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleEditPlankDocument,
    "\n  query ConsoleEditCreated($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      status\n      name\n      loadKind\n      regions\n      focus\n      primaryMuscles\n      difficulty\n      prescription {\n        sets\n        reps\n      }\n    }\n  }\n": typeof types.ConsoleEditCreatedDocument,
    "\n  query ConsoleHandoutsTestPdf($id: ID!) {\n    handout(id: $id) {\n      pdfUrl\n      version\n      largePrint\n      paperSize\n      locale\n      fallbacks {\n        exerciseName\n      }\n    }\n  }\n": typeof types.ConsoleHandoutsTestPdfDocument,
    "\n  query ConsoleJourneyCounts($query: String!, $filter: ExerciseFilter) {\n    searchExercises(query: $query, filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ConsoleJourneyCountsDocument,
    "\n  query ConsoleJourneySplitSquat {\n    exercise(by: { slug: \"split-squat\" }) {\n      id\n      version\n      summary\n    }\n  }\n": typeof types.ConsoleJourneySplitSquatDocument,
    "\n  mutation ConsoleJourneyChangeSummary($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n      translations {\n        locale\n        outdated\n      }\n    }\n  }\n": typeof types.ConsoleJourneyChangeSummaryDocument,
    "\n  query ConsoleJourneyMe {\n    me {\n      email\n    }\n  }\n": typeof types.ConsoleJourneyMeDocument,
    "\n  query ConsoleMediaExercise($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      version\n      summary\n      media {\n        id\n        altText\n        author\n        licence\n        mime\n      }\n      translations {\n        locale\n        name\n        summary\n        outdated\n        version\n      }\n    }\n  }\n": typeof types.ConsoleMediaExerciseDocument,
    "\n  mutation ConsoleTranslationsSet($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n      outdated\n    }\n  }\n": typeof types.ConsoleTranslationsSetDocument,
    "\n  mutation ConsoleTranslationsChangeSummary($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n    }\n  }\n": typeof types.ConsoleTranslationsChangeSummaryDocument,
    "\n  query ConsoleProgressionsLinks($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      progressions {\n        id\n        changes\n        criterion\n        to {\n          slug\n        }\n      }\n      regressions {\n        from {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.ConsoleProgressionsLinksDocument,
    "\n  mutation ConsoleTaggingImport($path: String!) {\n    importFreeExerciseDb(input: { path: $path }) {\n      created\n    }\n  }\n": typeof types.ConsoleTaggingImportDocument,
    "\n  query ConsoleTaggingTestQueue {\n    exercisesNeedingTags(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        version\n        needsTagging\n      }\n    }\n  }\n": typeof types.ConsoleTaggingTestQueueDocument,
    "\n  query ConsoleTaggingTestTags($id: ID!) {\n    exercise(by: { id: $id }) {\n      version\n      summary\n      planes\n      stance\n      position\n      needsTagging\n      tempo {\n        notation\n        intent\n      }\n    }\n  }\n": typeof types.ConsoleTaggingTestTagsDocument,
    "\n  mutation ConsoleTaggingTestChange($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n    }\n  }\n": typeof types.ConsoleTaggingTestChangeDocument,
    "\n  query ConsoleTemplatesSaved($id: ID!) {\n    programTemplate(by: { id: $id }) {\n      name\n      description\n      guidance\n      version\n      archivedAt\n      owner {\n        email\n      }\n      items {\n        exercise {\n          slug\n          planes\n        }\n        prescription {\n          sets\n          reps\n          holdSeconds\n        }\n      }\n    }\n  }\n": typeof types.ConsoleTemplatesSavedDocument,
    "\n  mutation ConsoleTemplatesRename($input: UpdateProgramTemplateInput!) {\n    updateProgramTemplate(input: $input) {\n      version\n    }\n  }\n": typeof types.ConsoleTemplatesRenameDocument,
    "\n  mutation ConsoleWorkflowCreate($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleWorkflowCreateDocument,
    "\n  mutation ConsoleWorkflowUpdate($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n    }\n  }\n": typeof types.ConsoleWorkflowUpdateDocument,
    "\n  query ConsoleWorkflowRead($id: ID!) {\n    exercise(by: { id: $id }) {\n      version\n      status\n      summary\n      steps\n      revisions(first: 1) {\n        nodes {\n          message\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWorkflowReadDocument,
    "\n  query ConsoleWorkflowReadBySlug($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n    }\n  }\n": typeof types.ConsoleWorkflowReadBySlugDocument,
    "\n  mutation CurationCreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CurationCreateExerciseDocument,
    "\n  mutation CurationUpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n      version\n      name\n      status\n    }\n  }\n": typeof types.CurationUpdateExerciseDocument,
    "\n  mutation CurationChangeStatus($input: ChangeStatusInput!) {\n    changeExerciseStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CurationChangeStatusDocument,
    "\n  mutation CurationLink($input: LinkExercisesInput!) {\n    linkExercises(input: $input) {\n      id\n    }\n  }\n": typeof types.CurationLinkDocument,
    "\n  query CurationStatusOf($id: ID!) {\n    exercise(by: { id: $id }) {\n      status\n    }\n  }\n": typeof types.CurationStatusOfDocument,
    "\n  query CurationRevisionVersions($id: ID!) {\n    exerciseRevisions(id: $id) {\n      version\n    }\n  }\n": typeof types.CurationRevisionVersionsDocument,
    "\n  query CurationFirstExercise {\n    exercises(first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.CurationFirstExerciseDocument,
    "\n  query CurationMeEmail {\n    me {\n      email\n    }\n  }\n": typeof types.CurationMeEmailDocument,
    "\n  mutation CurationLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.CurationLoginDocument,
    "\n              mutation CurationArchive($id: ID!) {\n                archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n                  id\n                }\n              }\n            ": typeof types.CurationArchiveDocument,
    "\n              query CurationDrafts {\n                exercises(filter: { status: [DRAFT] }) {\n                  nodes {\n                    id\n                  }\n                }\n              }\n            ": typeof types.CurationDraftsDocument,
    "\n              mutation CurationCreateAccount($input: CreateAccountInput!) {\n                createAccount(input: $input) {\n                  id\n                }\n              }\n            ": typeof types.CurationCreateAccountDocument,
    "\n              query CurationAccounts {\n                accounts {\n                  id\n                  email\n                }\n              }\n            ": typeof types.CurationAccountsDocument,
    "\n              mutation CurationMakeStaff($id: ID!) {\n                updateAccount(input: { id: $id, role: STAFF }) {\n                  id\n                }\n              }\n            ": typeof types.CurationMakeStaffDocument,
    "\n              mutation CurationKioskKey {\n                createApiKey(input: { name: \"kiosk\" }) {\n                  secret\n                }\n              }\n            ": typeof types.CurationKioskKeyDocument,
    "\n              query CurationApiKeys {\n                apiKeys {\n                  id\n                }\n              }\n            ": typeof types.CurationApiKeysDocument,
    "\n              query CurationAuditActions {\n                auditLog(first: 5) {\n                  action\n                }\n              }\n            ": typeof types.CurationAuditActionsDocument,
    "\n            query CurationStatuses {\n              exercises(first: 100) {\n                nodes {\n                  status\n                }\n              }\n            }\n          ": typeof types.CurationStatusesDocument,
    "\n          query CurationBridge {\n            exercise(by: { slug: \"glute-bridge\" }) {\n              id\n              progressions {\n                to {\n                  slug\n                }\n              }\n            }\n          }\n        ": typeof types.CurationBridgeDocument,
    "\n        query CurationBridgeProgressions {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            progressions {\n              to {\n                slug\n              }\n            }\n          }\n        }\n      ": typeof types.CurationBridgeProgressionsDocument,
    "\n          query CurationRevisions($id: ID!) {\n            exerciseRevisions(id: $id) {\n              version\n              message\n              createdAt\n              author {\n                email\n              }\n              snapshot\n            }\n          }\n        ": typeof types.CurationRevisionsDocument,
    "\n          query CurationDiff($id: ID!) {\n            exerciseRevisionDiff(id: $id, from: 1, to: 2) {\n              field\n              before\n              after\n            }\n          }\n        ": typeof types.CurationDiffDocument,
    "\n          mutation CurationRestore($input: RestoreRevisionInput!) {\n            restoreExerciseRevision(input: $input) {\n              version\n              name\n              status\n            }\n          }\n        ": typeof types.CurationRestoreDocument,
    "\n        query CurationDiffTo($id: ID!, $to: Int!) {\n          exerciseRevisionDiff(id: $id, from: 1, to: $to) {\n            field\n          }\n        }\n      ": typeof types.CurationDiffToDocument,
    "\n      mutation CurationRestoreAs($input: RestoreRevisionInput!) {\n        restoreExerciseRevision(input: $input) {\n          id\n          version\n          status\n          needsTagging\n        }\n      }\n    ": typeof types.CurationRestoreAsDocument,
    "\n      query CurationRestoredHistory($id: ID!) {\n        exerciseRevisions(id: $id) {\n          version\n          message\n          snapshot\n        }\n      }\n    ": typeof types.CurationRestoredHistoryDocument,
    "\n      mutation CurationCreateNamed($input: CreateExerciseInput!) {\n        createExercise(input: $input) {\n          id\n          slug\n        }\n      }\n    ": typeof types.CurationCreateNamedDocument,
    "\n        query CurationNameVersion($id: ID!) {\n          exercise(by: { id: $id }) {\n            name\n            version\n          }\n        }\n      ": typeof types.CurationNameVersionDocument,
    "\n          mutation CurationDeactivate($id: ID!) {\n            updateAccount(input: { id: $id, active: false }) {\n              active\n            }\n          }\n        ": typeof types.CurationDeactivateDocument,
    "\n          query CurationMe {\n            me {\n              email\n              role\n            }\n          }\n        ": typeof types.CurationMeDocument,
    "\n          mutation CurationRevokeKey($id: ID!) {\n            revokeApiKey(input: { id: $id }) {\n              revokedAt\n            }\n          }\n        ": typeof types.CurationRevokeKeyDocument,
    "\n        query CurationAudit {\n          auditLog(first: 200) {\n            id\n            at\n            actorKind\n            actorId\n            action\n            targetType\n            targetId\n            details\n          }\n        }\n      ": typeof types.CurationAuditDocument,
    "\n        mutation DeprecatedDraft($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": typeof types.DeprecatedDraftDocument,
    "\n      query DeprecatedLookups($id: ID, $slug: String, $template: String) {\n        exercise(id: $id, slug: $slug) {\n          slug\n        }\n        programTemplate(slug: $template) {\n          slug\n        }\n      }\n    ": typeof types.DeprecatedLookupsDocument,
    "\n        query DeprecatedLookupMixed($id: ID) {\n          exercise(by: { slug: \"glute-bridge\" }, id: $id) {\n            slug\n          }\n        }\n      ": typeof types.DeprecatedLookupMixedDocument,
    "\n        mutation DeprecatedCreateMessage($input: CreateExerciseInput!) {\n          createExercise(input: $input, message: \"From the old argument\") {\n            id\n          }\n        }\n      ": typeof types.DeprecatedCreateMessageDocument,
    "\n        mutation DeprecatedUpdate($id: ID!) {\n          updateExercise(id: $id, version: 1, input: { name: \"Old form\" }, message: \"Renamed\") {\n            name\n            version\n          }\n        }\n      ": typeof types.DeprecatedUpdateDocument,
    "\n        mutation DeprecatedSubmit($id: ID!) {\n          changeExerciseStatus(input: { id: $id, version: 2, status: IN_REVIEW }) {\n            status\n            version\n          }\n        }\n      ": typeof types.DeprecatedSubmitDocument,
    "\n        mutation DeprecatedRestore($id: ID!) {\n          restoreExerciseRevision(input: { id: $id, version: 3, revision: 1 }) {\n            name\n            version\n          }\n        }\n      ": typeof types.DeprecatedRestoreDocument,
    "\n        mutation DeprecatedArchive($id: ID!) {\n          archiveExercise(id: $id, version: 4) {\n            status\n          }\n        }\n      ": typeof types.DeprecatedArchiveDocument,
    "\n        query DeprecatedHistory($id: ID!) {\n          exerciseRevisions(id: $id) {\n            version\n            message\n          }\n        }\n      ": typeof types.DeprecatedHistoryDocument,
    "\n        mutation DeprecatedTemplate($item: ID!) {\n          createProgramTemplate(\n            input: {\n              name: \"Deprecated forms\"\n              items: [{ exerciseId: $item, sets: 3, reps: 10, sessionsPerWeek: 3 }]\n            }\n          ) {\n            id\n          }\n        }\n      ": typeof types.DeprecatedTemplateDocument,
    "\n        mutation DeprecatedTemplateCycle($id: ID!) {\n          updateProgramTemplate(input: { id: $id, version: 1, name: \"Renamed the old way\" }) {\n            version\n          }\n          archiveProgramTemplate(id: $id, version: 2) {\n            version\n          }\n          restoreProgramTemplate(id: $id, version: 3) {\n            name\n            version\n            archivedAt\n          }\n        }\n      ": typeof types.DeprecatedTemplateCycleDocument,
    "\n        mutation DeprecatedAdmin($account: ID!, $key: ID!) {\n          updateAccount(id: $account, input: { role: CLINICIAN }) {\n            role\n          }\n          revokeApiKey(id: $key) {\n            revokedAt\n          }\n        }\n      ": typeof types.DeprecatedAdminDocument,
    "\n        mutation DeprecatedIssue($template: ID!) {\n          issueHandout(input: { patientName: \"A patient\", templateId: $template }) {\n            links {\n              id\n            }\n          }\n        }\n      ": typeof types.DeprecatedIssueDocument,
    "\n        mutation DeprecatedRevokeLink($id: ID!) {\n          revokeHandoutLink(id: $id) {\n            active\n          }\n        }\n      ": typeof types.DeprecatedRevokeLinkDocument,
    "\n        mutation DeprecatedMakeEdges($a: ID!, $b: ID!) {\n          addExerciseVideo(input: { exerciseId: $a, url: \"https://video.example/old\" }) {\n            id\n          }\n          linkExercises(input: { fromId: $a, toId: $b, kind: PROGRESSION, changes: [LOAD] }) {\n            id\n          }\n          setExerciseTranslation(input: { exerciseId: $a, locale: ES, name: \"Paso lateral\" }) {\n            version\n          }\n        }\n      ": typeof types.DeprecatedMakeEdgesDocument,
    "\n        mutation DeprecatedChange($media: ID!, $edge: ID!) {\n          updateExerciseMedia(id: $media, input: { altText: \"Side view\" }) {\n            altText\n          }\n          updateProgression(id: $edge, input: { criterion: \"3 x 10 pain-free\" }) {\n            criterion\n          }\n        }\n      ": typeof types.DeprecatedChangeDocument,
    "\n        mutation DeprecatedRemove($media: ID!, $edge: ID!, $exercise: ID!) {\n          removeExerciseMedia(id: $media)\n          unlinkExercises(id: $edge)\n          removeExerciseTranslation(exerciseId: $exercise, locale: ES, expectedVersion: 1) {\n            translations {\n              locale\n            }\n          }\n        }\n      ": typeof types.DeprecatedRemoveDocument,
    "\n        mutation DeprecatedImport {\n          importFreeExerciseDb(path: \"free-exercise-db/exercises.json\") {\n            total\n          }\n        }\n      ": typeof types.DeprecatedImportDocument,
    "\n        mutation DeprecatedImportOutside {\n          importFreeExerciseDb(path: \"../outside.json\") {\n            total\n          }\n        }\n      ": typeof types.DeprecatedImportOutsideDocument,
    "\n          mutation DeprecatedArchiveNothing {\n            archiveExercise {\n              id\n            }\n          }\n        ": typeof types.DeprecatedArchiveNothingDocument,
    "\n          mutation DeprecatedArchiveTwice($id: ID!) {\n            archiveExercise(input: { id: $id, expectedVersion: 1 }, id: $id, version: 1) {\n              id\n            }\n          }\n        ": typeof types.DeprecatedArchiveTwiceDocument,
    "\n          mutation DeprecatedUpdateNeither {\n            updateExercise(input: { name: \"Nobody's\" }) {\n              id\n            }\n          }\n        ": typeof types.DeprecatedUpdateNeitherDocument,
    "\n          mutation DeprecatedUpdateTwice($id: ID!) {\n            updateExercise(id: $id, input: { id: $id, expectedVersion: 1, name: \"Twice\" }) {\n              id\n            }\n          }\n        ": typeof types.DeprecatedUpdateTwiceDocument,
    "\n          mutation DeprecatedCreateTwice($input: CreateExerciseInput!) {\n            createExercise(input: $input, message: \"b\") {\n              id\n            }\n          }\n        ": typeof types.DeprecatedCreateTwiceDocument,
    "\n          mutation DeprecatedStatusNeither($id: ID!) {\n            changeExerciseStatus(input: { id: $id, status: IN_REVIEW }) {\n              id\n            }\n          }\n        ": typeof types.DeprecatedStatusNeitherDocument,
    "\n          mutation DeprecatedStatusTwice($id: ID!) {\n            changeExerciseStatus(\n              input: { id: $id, expectedVersion: 1, version: 1, status: IN_REVIEW }\n            ) {\n              id\n            }\n          }\n        ": typeof types.DeprecatedStatusTwiceDocument,
    "\n          mutation DeprecatedRemoveTranslationTwice($id: ID!) {\n            removeExerciseTranslation(\n              exerciseId: $id\n              input: { exerciseId: $id, locale: ES, expectedVersion: 1 }\n            ) {\n              id\n            }\n          }\n        ": typeof types.DeprecatedRemoveTranslationTwiceDocument,
    "\n          mutation DeprecatedRevokeLinkNothing {\n            revokeHandoutLink {\n              id\n            }\n          }\n        ": typeof types.DeprecatedRevokeLinkNothingDocument,
    "\n      mutation DeprecatedArchiveInvalid($input: ArchiveExerciseInput, $id: ID, $version: Int) {\n        archiveExercise(input: $input, id: $id, version: $version) {\n          id\n        }\n      }\n    ": typeof types.DeprecatedArchiveInvalidDocument,
    "\n      mutation DeprecatedArchiveTemplateInvalid(\n        $input: ArchiveProgramTemplateInput\n        $id: ID\n        $version: Int\n      ) {\n        archiveProgramTemplate(input: $input, id: $id, version: $version) {\n          id\n        }\n      }\n    ": typeof types.DeprecatedArchiveTemplateInvalidDocument,
    "\n      mutation DeprecatedRevokeKeyInvalid($input: RevokeApiKeyInput, $id: ID) {\n        revokeApiKey(input: $input, id: $id) {\n          id\n        }\n      }\n    ": typeof types.DeprecatedRevokeKeyInvalidDocument,
    "\n      mutation DeprecatedRevokeLinkInvalid($input: RevokeHandoutLinkInput, $id: ID) {\n        revokeHandoutLink(input: $input, id: $id) {\n          id\n        }\n      }\n    ": typeof types.DeprecatedRevokeLinkInvalidDocument,
    "\n      mutation DeprecatedUpdateInvalid($input: UpdateExerciseInput!, $message: String) {\n        updateExercise(input: $input, message: $message) {\n          id\n        }\n      }\n    ": typeof types.DeprecatedUpdateInvalidDocument,
    "\n        query DeprecatedInputFields {\n          status: __type(name: \"ChangeStatusInput\") {\n            ...OldInputFields\n          }\n          restore: __type(name: \"RestoreRevisionInput\") {\n            ...OldInputFields\n          }\n          template: __type(name: \"UpdateProgramTemplateInput\") {\n            ...OldInputFields\n          }\n        }\n        fragment OldInputFields on __Type {\n          inputFields(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n          }\n        }\n      ": typeof types.DeprecatedInputFieldsDocument,
    "\n            mutation EmbeddedCreateExercise($input: CreateExerciseInput!) {\n              createExercise(input: $input) {\n                id\n              }\n            }\n          ": typeof types.EmbeddedCreateExerciseDocument,
    "\n            query EmbeddedKeptOnDisk {\n              exercise(by: { slug: \"kept-on-disk\" }) {\n                slug\n                status\n              }\n            }\n          ": typeof types.EmbeddedKeptOnDiskDocument,
    "\n              query EmbeddedSlug($slug: String!) {\n                exercise(by: { slug: $slug }) {\n                  slug\n                }\n              }\n            ": typeof types.EmbeddedSlugDocument,
    "\n  query ErrorTypes {\n    code: __type(name: \"ErrorCode\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    extensions: __type(name: \"ErrorExtensions\") {\n      fields {\n        name\n        description\n      }\n    }\n    fieldError: __type(name: \"FieldError\") {\n      fields {\n        name\n      }\n    }\n  }\n": typeof types.ErrorTypesDocument,
    "\n  mutation ErrorCodesCreate($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ErrorCodesCreateDocument,
    "\n  mutation ErrorCodesUpdate($id: ID!, $version: Int!) {\n    updateExercise(id: $id, version: $version, input: { summary: \"Changed\" }) {\n      version\n    }\n  }\n": typeof types.ErrorCodesUpdateDocument,
    "\n  mutation CreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      ...ExerciseFields\n    }\n  }\n": typeof types.CreateExerciseDocument,
    "\n  mutation UpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      ...ExerciseFields\n    }\n  }\n": typeof types.UpdateExerciseDocument,
    "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n      status\n      version\n    }\n  }\n": typeof types.ArchiveExerciseDocument,
    "\n  query ExerciseSlugs($filter: ExerciseFilter) {\n    exercises(first: 100, filter: $filter) {\n      nodes {\n        slug\n      }\n    }\n  }\n": typeof types.ExerciseSlugsDocument,
    "\n  query ExerciseCount {\n    exercises {\n      totalCount\n    }\n  }\n": typeof types.ExerciseCountDocument,
    "\n  query Exercise($by: ExerciseLookup) {\n    exercise(by: $by) {\n      ...ExerciseFields\n    }\n  }\n": typeof types.ExerciseDocument,
    "\n      mutation CreateNotedStretch($input: CreateExerciseInput!) {\n        createExercise(input: $input) {\n          id\n          clinicalNotes\n          tempo {\n            notation\n            intent\n          }\n        }\n      }\n    ": typeof types.CreateNotedStretchDocument,
    "\n      mutation EditClinicalNotes($input: UpdateExerciseInput!) {\n        updateExercise(input: $input) {\n          clinicalNotes\n          version\n        }\n      }\n    ": typeof types.EditClinicalNotesDocument,
    "\n        query ExerciseBesideList {\n          a: exercise(by: { slug: \"nope\" }) {\n            name\n          }\n          b: exercises(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.ExerciseBesideListDocument,
    "\n          query ExerciseSummaries {\n            exercises {\n              totalCount\n              nodes {\n                slug\n                summary\n              }\n            }\n          }\n        ": typeof types.ExerciseSummariesDocument,
    "\n        query FuzzMe {\n          me {\n            id\n          }\n        }\n      ": typeof types.FuzzMeDocument,
    "\n        mutation FuzzCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FuzzCreateExerciseDocument,
    "\n  mutation IssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      ...HandoutFields\n    }\n  }\n": typeof types.IssueHandoutDocument,
    "\n  mutation ReissueHandout($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      ...HandoutFields\n    }\n  }\n": typeof types.ReissueHandoutDocument,
    "\n  query Handout($id: ID!) {\n    handout(id: $id) {\n      ...HandoutFields\n    }\n  }\n": typeof types.HandoutDocument,
    "\n  query HandoutVersion($id: ID!) {\n    handout(id: $id) {\n      name: title\n      latestVersion\n      items {\n        name\n      }\n    }\n  }\n": typeof types.HandoutVersionDocument,
    "\n  query HandoutFallbacks($id: ID!) {\n    handout(id: $id) {\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n    }\n  }\n": typeof types.HandoutFallbacksDocument,
    "\n  mutation HandoutsTranslate($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n    }\n  }\n": typeof types.HandoutsTranslateDocument,
    "\n  query HandoutsClinicians {\n    clinicians {\n      id\n      displayName\n    }\n  }\n": typeof types.HandoutsCliniciansDocument,
    "\n  mutation IssueHandoutFallbacks($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n    }\n  }\n": typeof types.IssueHandoutFallbacksDocument,
    "\n  mutation ReissueHandoutFallbacks($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      id\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n    }\n  }\n": typeof types.ReissueHandoutFallbacksDocument,
    "\n        mutation HandoutsKneeTemplate($input: CreateProgramTemplateInput!) {\n          createProgramTemplate(input: $input) {\n            id\n          }\n        }\n      ": typeof types.HandoutsKneeTemplateDocument,
    "\n          query HandoutsIssuedOnType {\n            __type(name: \"Handout\") {\n              fields {\n                name\n                type {\n                  kind\n                  ofType {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.HandoutsIssuedOnTypeDocument,
    "\n          query HandoutAccesses($id: ID!) {\n            handout(id: $id) {\n              accesses {\n                linkId\n                format\n                outcome\n              }\n            }\n          }\n        ": typeof types.HandoutAccessesDocument,
    "\n          query HandoutsBridge {\n            exercise(by: { slug: \"glute-bridge\" }) {\n              id\n              version\n            }\n          }\n        ": typeof types.HandoutsBridgeDocument,
    "\n          mutation HandoutsEditBridge($id: ID!, $version: Int!) {\n            updateExercise(\n              input: { id: $id, expectedVersion: $version, steps: [\"Lie down.\", \"Lift your hips.\"] }\n            ) {\n              version\n            }\n          }\n        ": typeof types.HandoutsEditBridgeDocument,
    "\n        query HandoutsBalanceEnglish {\n          exercise(by: { slug: \"single-leg-balance-on-pad\" }) {\n            steps\n            summary\n          }\n        }\n      ": typeof types.HandoutsBalanceEnglishDocument,
    "\n            query HandoutsDrillTemplate($by: ProgramTemplateLookup) {\n              programTemplate(by: $by) {\n                items {\n                  exercise {\n                    id\n                  }\n                  prescription {\n                    sets\n                    reps\n                    holdSeconds\n                    distanceMetres\n                    durationSeconds\n                    perSide\n                    tempo\n                    load\n                    sessionsPerWeek\n                    side\n                    restSeconds\n                    notes\n                  }\n                }\n              }\n            }\n          ": typeof types.HandoutsDrillTemplateDocument,
    "\n          mutation HandoutsDrillsTemplate($input: CreateProgramTemplateInput!) {\n            createProgramTemplate(input: $input) {\n              id\n              items {\n                prescription {\n                  distanceMetres\n                  durationSeconds\n                  perSide\n                }\n              }\n            }\n          }\n        ": typeof types.HandoutsDrillsTemplateDocument,
    "\n      mutation HandoutsDeactivate($id: ID!) {\n        updateAccount(input: { id: $id, active: false }) {\n          active\n        }\n      }\n    ": typeof types.HandoutsDeactivateDocument,
    "\n      query HandoutUrls($id: ID!) {\n        handout(id: $id) {\n          pdfUrl\n          printUrl\n        }\n      }\n    ": typeof types.HandoutUrlsDocument,
    "\n          query HandoutsClinicianFields {\n            __type(name: \"Clinician\") {\n              fields {\n                name\n              }\n            }\n          }\n        ": typeof types.HandoutsClinicianFieldsDocument,
    "\n          mutation HandoutsCreateLink($input: CreateHandoutLinkInput!) {\n            createHandoutLink(input: $input) {\n              id\n              url\n            }\n          }\n        ": typeof types.HandoutsCreateLinkDocument,
    "\n          mutation HandoutsRevokeLink($id: ID!) {\n            revokeHandoutLink(input: { id: $id }) {\n              active\n              revokedAt\n            }\n          }\n        ": typeof types.HandoutsRevokeLinkDocument,
    "\n          query HandoutLinksActive($id: ID!) {\n            handout(id: $id) {\n              links {\n                active\n              }\n            }\n          }\n        ": typeof types.HandoutLinksActiveDocument,
    "\n        query HandoutPatientName($id: ID!) {\n          handout(id: $id) {\n            patientName\n          }\n        }\n      ": typeof types.HandoutPatientNameDocument,
    "\n            query HandoutsPatientNames {\n              handouts {\n                nodes {\n                  patientName\n                }\n              }\n            }\n          ": typeof types.HandoutsPatientNamesDocument,
    "\n          query HandoutsByPatient {\n            handouts(patientName: \"private per\") {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.HandoutsByPatientDocument,
    "\n            query HandoutsPage($first: Int!) {\n              handouts(first: $first) {\n                nodes {\n                  id\n                  template {\n                    name\n                    items {\n                      position\n                    }\n                  }\n                  clinician {\n                    displayName\n                  }\n                  issuedBy {\n                    displayName\n                  }\n                  links {\n                    active\n                  }\n                  latestVersion\n                }\n              }\n            }\n          ": typeof types.HandoutsPageDocument,
    "\n          query HandoutsAudit {\n            auditLog(first: 200) {\n              action\n              details\n            }\n          }\n        ": typeof types.HandoutsAuditDocument,
    "\n      query HttpErrorsExercise($id: ID!) {\n        exercise(by: { id: $id }) {\n          id\n        }\n      }\n    ": typeof types.HttpErrorsExerciseDocument,
    "\n      mutation HttpErrorsArchive($id: ID!) {\n        archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n          id\n        }\n      }\n    ": typeof types.HttpErrorsArchiveDocument,
    "\n          mutation HttpErrorsReissue($id: ID!) {\n            reissueHandout(input: { id: $id }) {\n              id\n            }\n          }\n        ": typeof types.HttpErrorsReissueDocument,
    "\n          mutation HttpCacheDraft($input: CreateExerciseInput!) {\n            createExercise(input: $input) {\n              id\n            }\n          }\n        ": typeof types.HttpCacheDraftDocument,
    "\n        mutation ImageSafetyDraft($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ImageSafetyDraftDocument,
    "\n        query ImageSafetyStillServing {\n          exercises(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.ImageSafetyStillServingDocument,
    "\n          query ImageSafetyAccounts {\n            accounts {\n              id\n              role\n            }\n          }\n        ": typeof types.ImageSafetyAccountsDocument,
    "\n          mutation ImageSafetyIssueHandout($input: IssueHandoutInput!) {\n            issueHandout(input: $input) {\n              id\n              links {\n                url\n              }\n            }\n          }\n        ": typeof types.ImageSafetyIssueHandoutDocument,
    "\n  mutation ImportFreeExerciseDb($path: String!) {\n    importFreeExerciseDb(input: { path: $path }) {\n      total\n      created\n      updated\n      unchanged\n      images\n      seconds\n      skipped {\n        id\n        reason\n      }\n    }\n  }\n": typeof types.ImportFreeExerciseDbDocument,
    "\n        query ImportSideBridge {\n          exercise(by: { slug: \"fedb-side-bridge\" }) {\n            summary\n            steps\n            needsTagging\n          }\n        }\n      ": typeof types.ImportSideBridgeDocument,
    "\n        query ImportSitUp {\n          exercise(by: { slug: \"fedb-3-4-sit-up\" }) {\n            name\n            summary\n            steps\n            status\n            planes\n            stance\n            position\n            needsTagging\n            tempo {\n              intent\n              notation\n            }\n            loadKind\n            equipment\n            primaryMuscles\n            secondaryMuscles\n            regions\n            focus\n            difficulty\n            prescription {\n              sets\n              reps\n            }\n          }\n        }\n      ": typeof types.ImportSitUpDocument,
    "\n        query ImportBridgePictures {\n          exercise(by: { slug: \"fedb-single-leg-glute-bridge\" }) {\n            media {\n              url\n              width\n              height\n              mime\n              altText\n              licence\n            }\n          }\n        }\n      ": typeof types.ImportBridgePicturesDocument,
    "\n        query ImportNeedingTags {\n          exercisesNeedingTags(first: 5) {\n            totalCount\n            nodes {\n              id\n              slug\n              version\n            }\n          }\n        }\n      ": typeof types.ImportNeedingTagsDocument,
    "\n          mutation ImportSubmit($input: ChangeStatusInput!) {\n            changeExerciseStatus(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ImportSubmitDocument,
    "\n        mutation ImportTag($id: ID!, $version: Int!) {\n          updateExercise(\n            input: {\n              id: $id\n              expectedVersion: $version\n              planes: [SAGITTAL]\n              stance: BILATERAL\n              position: SUPINE\n              tempo: \"2-0-2-0\"\n              tempoIntent: MODERATE\n            }\n          ) {\n            needsTagging\n            version\n          }\n        }\n      ": typeof types.ImportTagDocument,
    "\n        query ImportNeedingTagsCount {\n          exercisesNeedingTags {\n            totalCount\n          }\n        }\n      ": typeof types.ImportNeedingTagsCountDocument,
    "\n        mutation ImportRename($id: ID!, $version: Int!) {\n          updateExercise(\n            input: { id: $id, expectedVersion: $version, name: \"Renamed by the clinic\" }\n          ) {\n            id\n          }\n        }\n      ": typeof types.ImportRenameDocument,
    "\n        query ImportKeptName($id: ID!) {\n          exercise(by: { id: $id }) {\n            name\n          }\n        }\n      ": typeof types.ImportKeptNameDocument,
    "\n        query ExportBridgeId {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            id\n          }\n        }\n      ": typeof types.ExportBridgeIdDocument,
    "\n        mutation ExportAddVideo($input: AddExerciseVideoInput!) {\n          addExerciseVideo(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ExportAddVideoDocument,
    "\n        mutation ExportUntaggedIdea {\n          createExercise(\n            input: {\n              slug: \"untagged-idea\"\n              name: \"Untagged idea\"\n              summary: \"Later.\"\n              steps: [\"Try it.\"]\n              loadKind: BODYWEIGHT\n              regions: [HIP]\n              primaryMuscles: [GLUTEUS_MEDIUS]\n              focus: [ACTIVATION]\n              difficulty: 1\n              prescription: { sets: 1, reps: 5 }\n            }\n          ) {\n            id\n          }\n        }\n      ": typeof types.ExportUntaggedIdeaDocument,
    "\n        query ExportServedMedia {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            media {\n              kind\n              url\n              poster {\n                altText\n              }\n            }\n          }\n        }\n      ": typeof types.ExportServedMediaDocument,
    "\n        query ExportUntaggedIdeaStatus {\n          exercise(by: { slug: \"untagged-idea\" }) {\n            status\n            needsTagging\n          }\n        }\n      ": typeof types.ExportUntaggedIdeaStatusDocument,
    "\n    query SeedAfterImportLibrary {\n      all: exercises(first: 1, filter: { status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED] }) {\n        totalCount\n      }\n      bridge: exercise(by: { slug: \"glute-bridge\" }) {\n        id\n        version\n        summary\n        localized(locale: ES) {\n          fallbackFields\n        }\n      }\n      imported: exercise(by: { slug: \"fedb-side-bridge\" }) {\n        status\n      }\n      knee: programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n        items {\n          exercise {\n            slug\n          }\n        }\n      }\n    }\n  ": typeof types.SeedAfterImportLibraryDocument,
    "\n    mutation SeedAfterImportEdit($id: ID!, $version: Int!) {\n      updateExercise(\n        input: { id: $id, expectedVersion: $version, summary: \"The clinic's own words.\" }\n      ) {\n        version\n      }\n    }\n  ": typeof types.SeedAfterImportEditDocument,
    "\n  query InputsMe {\n    me {\n      id\n    }\n  }\n": typeof types.InputsMeDocument,
    "\n  mutation InputsUpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n    }\n  }\n": typeof types.InputsUpdateExerciseDocument,
    "\n  mutation InputsIssueHandout($i: IssueHandoutInput!) {\n    issueHandout(input: $i) {\n      id\n    }\n  }\n": typeof types.InputsIssueHandoutDocument,
    "\n        mutation InputsCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n            version\n          }\n        }\n      ": typeof types.InputsCreateExerciseDocument,
    "\n      query InputsExerciseById($v: ID!) {\n        exercise(by: { id: $v }) {\n          id\n        }\n      }\n    ": typeof types.InputsExerciseByIdDocument,
    "\n      query InputsExerciseBySlug($v: String!) {\n        exercise(by: { slug: $v }) {\n          id\n        }\n      }\n    ": typeof types.InputsExerciseBySlugDocument,
    "\n          query InputsSearch($v: String!) {\n            searchExercises(query: $v) {\n              totalCount\n            }\n          }\n        ": typeof types.InputsSearchDocument,
    "\n          mutation InputsLogin($v: LoginInput!) {\n            login(input: $v) {\n              token\n            }\n          }\n        ": typeof types.InputsLoginDocument,
    "\n          mutation InputsCreateWithCues($v: CreateExerciseInput!) {\n            createExercise(input: $v) {\n              id\n            }\n          }\n        ": typeof types.InputsCreateWithCuesDocument,
    "\n          query InputsHandoutsByPatient($v: String) {\n            handouts(patientName: $v) {\n              totalCount\n            }\n          }\n        ": typeof types.InputsHandoutsByPatientDocument,
    "\n          mutation InputsRevisionMessage($v: String) {\n            createExercise(\n              input: {\n                slug: \"x\"\n                name: \"x\"\n                summary: \"x\"\n                loadKind: BODYWEIGHT\n                regions: [KNEE]\n                primaryMuscles: [QUADRICEPS]\n                focus: [STRENGTH]\n                difficulty: 1\n                prescription: { sets: 1, reps: 1 }\n                message: $v\n              }\n            ) {\n              id\n            }\n          }\n        ": typeof types.InputsRevisionMessageDocument,
    "\n          query InputsHandoutById($v: ID!) {\n            handout(id: $v) {\n              id\n            }\n          }\n        ": typeof types.InputsHandoutByIdDocument,
    "\n          query InputsExercisesAfterLong($v: String) {\n            exercises(after: $v) {\n              totalCount\n            }\n          }\n        ": typeof types.InputsExercisesAfterLongDocument,
    "\n          query InputsExercisesAfter($a: String) {\n            exercises(after: $a) {\n              totalCount\n            }\n          }\n        ": typeof types.InputsExercisesAfterDocument,
    "\n          query InputsTemplatesAfter($a: String) {\n            programTemplates(after: $a) {\n              totalCount\n            }\n          }\n        ": typeof types.InputsTemplatesAfterDocument,
    "\n          query InputsHandoutsAfter($a: String) {\n            handouts(after: $a) {\n              totalCount\n            }\n          }\n        ": typeof types.InputsHandoutsAfterDocument,
    "\n          query InputsSearchAfter($a: String) {\n            searchExercises(query: \"squat\", after: $a) {\n              totalCount\n            }\n          }\n        ": typeof types.InputsSearchAfterDocument,
    "\n          query InputsFirstPage {\n            exercises(first: 1) {\n              pageInfo {\n                endCursor\n              }\n            }\n          }\n        ": typeof types.InputsFirstPageDocument,
    "\n          query InputsNextPage($a: String) {\n            exercises(first: 1, after: $a) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.InputsNextPageDocument,
    "\n            query InputsAuditBefore($b: ID) {\n              auditLog(before: $b) {\n                id\n              }\n            }\n          ": typeof types.InputsAuditBeforeDocument,
    "\n          mutation InputsUpdateAccount($input: UpdateAccountInput!) {\n            updateAccount(input: $input) {\n              id\n            }\n          }\n        ": typeof types.InputsUpdateAccountDocument,
    "\n          mutation InputsLink($input: LinkExercisesInput!) {\n            linkExercises(input: $input) {\n              id\n            }\n          }\n        ": typeof types.InputsLinkDocument,
    "\n          mutation InputsUpdateProgression($input: UpdateProgressionInput!) {\n            updateProgression(input: $input) {\n              id\n            }\n          }\n        ": typeof types.InputsUpdateProgressionDocument,
    "\n          mutation InputsClearSteps($id: ID!, $v: Int!) {\n            updateExercise(input: { id: $id, expectedVersion: $v, steps: null }) {\n              steps\n            }\n          }\n        ": typeof types.InputsClearStepsDocument,
    "\n          mutation InputsTagStance($id: ID!, $v: Int!) {\n            updateExercise(input: { id: $id, expectedVersion: $v, stance: SINGLE_LEG }) {\n              version\n            }\n          }\n        ": typeof types.InputsTagStanceDocument,
    "\n            mutation InputsChangeStatus($input: ChangeStatusInput!) {\n              changeExerciseStatus(input: $input) {\n                version\n              }\n            }\n          ": typeof types.InputsChangeStatusDocument,
    "\n          mutation InputsRestoreRevision($input: RestoreRevisionInput!) {\n            restoreExerciseRevision(input: $input) {\n              id\n            }\n          }\n        ": typeof types.InputsRestoreRevisionDocument,
    "\n          mutation InputsImportPath($p: String!) {\n            importFreeExerciseDb(input: { path: $p }) {\n              total\n            }\n          }\n        ": typeof types.InputsImportPathDocument,
    "\n        mutation InputsCreateAccount($i: CreateAccountInput!) {\n          createAccount(input: $i) {\n            id\n          }\n        }\n      ": typeof types.InputsCreateAccountDocument,
    "\n  mutation LibraryJobsStart($path: String!) {\n    startLibraryImport(input: { path: $path }) {\n      id\n      status\n      path\n    }\n  }\n": typeof types.LibraryJobsStartDocument,
    "\n  query LibraryJobsPoll($id: ID!) {\n    libraryImport(id: $id) {\n      id\n      status\n      processed\n      total\n      error\n      finishedAt\n      report {\n        total\n        created\n        skipped {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LibraryJobsPollDocument,
    "\n  query LimitsAlive {\n    __typename\n  }\n": typeof types.LimitsAliveDocument,
    "\n  mutation ProvenanceImport($path: String!) {\n    importFreeExerciseDb(input: { path: $path }) {\n      images\n    }\n  }\n": typeof types.ProvenanceImportDocument,
    "\n  query ProvenanceMedia($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      media {\n        id\n        author\n        source\n        licence\n        licenceUrl\n        licenceVerified\n        licenceVerifiedAt\n      }\n    }\n  }\n": typeof types.ProvenanceMediaDocument,
    "\n  mutation ProvenanceVerify($input: VerifyMediaLicenceInput!) {\n    verifyMediaLicence(input: $input) {\n      id\n      licence\n      licenceUrl\n      licenceVerified\n      licenceVerifiedAt\n    }\n  }\n": typeof types.ProvenanceVerifyDocument,
    "\n  mutation ProvenanceIssue($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      pdfUrl\n      items {\n        exerciseSlug\n        picture {\n          url\n          credit\n          licence\n        }\n      }\n    }\n  }\n": typeof types.ProvenanceIssueDocument,
    "\n  mutation ProvenanceReissue($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      id\n      pdfUrl\n      items {\n        picture {\n          url\n          licence\n        }\n      }\n    }\n  }\n": typeof types.ProvenanceReissueDocument,
    "\n  query ProvenanceAudit {\n    auditLog(action: \"MEDIA_LICENCE_VERIFIED\") {\n      action\n      targetId\n    }\n  }\n": typeof types.ProvenanceAuditDocument,
    "\n  mutation UploadsCreate($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UploadsCreateDocument,
    "\n  mutation UploadsStatus($input: ChangeStatusInput!) {\n    changeExerciseStatus(input: $input) {\n      version\n      status\n    }\n  }\n": typeof types.UploadsStatusDocument,
    "\n  query UploadsMedia($id: ID!) {\n    exercise(by: { id: $id }) {\n      media {\n        id\n        kind\n        position\n        altText\n        author\n        licence\n        licenceVerified\n        poster {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UploadsMediaDocument,
    "\n  mutation UploadsAddVideo($input: AddExerciseVideoInput!) {\n    addExerciseVideo(input: $input) {\n      id\n    }\n  }\n": typeof types.UploadsAddVideoDocument,
    "\n  mutation UploadsUpdate($id: ID!, $input: UpdateExerciseMediaInput!) {\n    updateExerciseMedia(id: $id, input: $input) {\n      altText\n      author\n    }\n  }\n": typeof types.UploadsUpdateDocument,
    "\n  query UploadsAudit($action: String) {\n    auditLog(action: $action, first: 200) {\n      targetId\n      details\n    }\n  }\n": typeof types.UploadsAuditDocument,
    "\n  query ExerciseMedia($id: ID!) {\n    exercise(by: { id: $id }) {\n      media {\n        id\n        kind\n        position\n        url\n        mime\n        width\n        height\n        bytes\n        altText\n        credit\n        licence\n        poster {\n          id\n          url\n        }\n      }\n    }\n  }\n": typeof types.ExerciseMediaDocument,
    "\n  mutation MediaAddVideo($input: AddExerciseVideoInput!) {\n    addExerciseVideo(input: $input) {\n      id\n      kind\n      position\n      url\n      mime\n      width\n      height\n      bytes\n      altText\n      credit\n      licence\n      poster {\n        id\n      }\n    }\n  }\n": typeof types.MediaAddVideoDocument,
    "\n  mutation MediaRemove($id: ID!) {\n    deleteExerciseMedia(input: { id: $id }) {\n      deletedMediaId\n      exercise {\n        media {\n          id\n          position\n        }\n      }\n    }\n  }\n": typeof types.MediaRemoveDocument,
    "\n        mutation MediaDraft($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": typeof types.MediaDraftDocument,
    "\n      mutation MediaUpdate($input: UpdateExerciseMediaInput!) {\n        updateExerciseMedia(input: $input) {\n          id\n          position\n          altText\n          credit\n          licence\n        }\n      }\n    ": typeof types.MediaUpdateDocument,
    "\n        query MediaList {\n          exercises(first: 100) {\n            nodes {\n              id\n              media {\n                url\n              }\n            }\n          }\n        }\n      ": typeof types.MediaListDocument,
    "\n      query MediaPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            media {\n              kind\n              url\n              width\n              poster {\n                url\n                width\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.MediaPageDocument,
    "\n  mutation ObserveLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      refreshToken\n    }\n  }\n": typeof types.ObserveLoginDocument,
    "\n  mutation ObserveRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      token\n      refreshToken\n    }\n  }\n": typeof types.ObserveRefreshDocument,
    "\n  mutation ObserveIssueReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) {\n      token\n    }\n  }\n": typeof types.ObserveIssueResetDocument,
    "\n  mutation ObserveResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n    }\n  }\n": typeof types.ObserveResetPasswordDocument,
    "\n  query ObserveAccounts {\n    accounts {\n      id\n      email\n    }\n  }\n": typeof types.ObserveAccountsDocument,
    "\n  query ObserveTemplate {\n    programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n      id\n    }\n  }\n": typeof types.ObserveTemplateDocument,
    "\n  mutation ObserveIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      pdfUrl\n      links {\n        url\n      }\n    }\n  }\n": typeof types.ObserveIssueHandoutDocument,
    "\n  query ObserveExercises {\n    exercises(first: 3) {\n      totalCount\n    }\n  }\n": typeof types.ObserveExercisesDocument,
    "\n        query ObserveCounted {\n          __typename\n        }\n      ": typeof types.ObserveCountedDocument,
    "\n  query OutageExerciseCount {\n    exercises {\n      totalCount\n    }\n  }\n": typeof types.OutageExerciseCountDocument,
    "\n        query OutageHandoutCount {\n          handouts {\n            totalCount\n          }\n        }\n      ": typeof types.OutageHandoutCountDocument,
    "\n  mutation ResetPageIssue($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) {\n      token\n      url\n      expiresAt\n    }\n  }\n": typeof types.ResetPageIssueDocument,
    "\n  mutation PrintingIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      pdfUrl\n      links {\n        url\n      }\n      items {\n        picture {\n          url\n        }\n      }\n    }\n  }\n": typeof types.PrintingIssueHandoutDocument,
    "\n      query PrintingTemplate {\n        programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n          id\n        }\n      }\n    ": typeof types.PrintingTemplateDocument,
    "\n      query PrintingAccounts {\n        accounts {\n          id\n          role\n        }\n      }\n    ": typeof types.PrintingAccountsDocument,
    "\n  query PrintingPing {\n    __typename\n  }\n": typeof types.PrintingPingDocument,
    "\n  mutation CreateProgramTemplate($input: CreateProgramTemplateInput!) {\n    createProgramTemplate(input: $input) {\n      ...ProgramTemplateFields\n    }\n  }\n": typeof types.CreateProgramTemplateDocument,
    "\n  mutation UpdateProgramTemplate($input: UpdateProgramTemplateInput!) {\n    updateProgramTemplate(input: $input) {\n      ...ProgramTemplateFields\n    }\n  }\n": typeof types.UpdateProgramTemplateDocument,
    "\n      query ProgramTemplateLookup($by: ProgramTemplateLookup) {\n        programTemplate(by: $by) {\n          slug\n        }\n        programTemplates(first: 1) {\n          totalCount\n        }\n      }\n    ": typeof types.ProgramTemplateLookupDocument,
    "\n        query RunnersKneeTemplate {\n          programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n            ...ProgramTemplateFields\n          }\n        }\n      ": typeof types.RunnersKneeTemplateDocument,
    "\n      mutation ProgramGuidanceIssue($input: IssueHandoutInput!) {\n        issueHandout(input: $input) {\n          guidance {\n            text\n            language\n            outdated\n          }\n        }\n      }\n    ": typeof types.ProgramGuidanceIssueDocument,
    "\n        mutation ArchiveProgramTemplate($id: ID!) {\n          archiveProgramTemplate(input: { id: $id, expectedVersion: 2 }) {\n            archivedAt\n            version\n          }\n        }\n      ": typeof types.ArchiveProgramTemplateDocument,
    "\n        query ProgramTemplateSlugs {\n          programTemplates(first: 50) {\n            nodes {\n              slug\n            }\n          }\n        }\n      ": typeof types.ProgramTemplateSlugsDocument,
    "\n          query ProgramTemplateIds {\n            programTemplates {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.ProgramTemplateIdsDocument,
    "\n        query RunnersKneeBalance {\n          programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n            balance {\n              gaps {\n                facet\n                missing\n                suggestions {\n                  slug\n                  status\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.RunnersKneeBalanceDocument,
    "\n  mutation LinkExercises($input: LinkExercisesInput!) {\n    linkExercises(input: $input) {\n      id\n      kind\n      changes\n      criterion\n      order\n      from {\n        slug\n      }\n      to {\n        slug\n      }\n    }\n  }\n": typeof types.LinkExercisesDocument,
    "\n  mutation RemoveProgression($id: ID!) {\n    removeProgression(input: { id: $id }) {\n      removedProgressionId\n      from {\n        slug\n      }\n      to {\n        slug\n      }\n    }\n  }\n": typeof types.RemoveProgressionDocument,
    "\n        mutation ProgressionsCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ProgressionsCreateExerciseDocument,
    "\n        query SquatLadder {\n          exercise(by: { slug: \"single-leg-squat-to-box\" }) {\n            ladder {\n              level\n              exercise {\n                slug\n              }\n              via {\n                changes\n                criterion\n                from {\n                  slug\n                }\n                to {\n                  slug\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.SquatLadderDocument,
    "\n      query SquatLadderDepth($depth: Int) {\n        exercise(by: { slug: \"single-leg-squat-to-box\" }) {\n          ladder(depth: $depth) {\n            level\n          }\n        }\n      }\n    ": typeof types.SquatLadderDepthDocument,
    "\n        query ProgressionLists($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            progressions {\n              order\n              to {\n                slug\n              }\n            }\n            regressions {\n              from {\n                slug\n              }\n            }\n            variations {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      ": typeof types.ProgressionListsDocument,
    "\n        query ProgressionVariations($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            variations {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      ": typeof types.ProgressionVariationsDocument,
    "\n      query ProgressionPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            media {\n              url\n              altText\n            }\n            progressions {\n              criterion\n              to {\n                slug\n              }\n            }\n            regressions {\n              from {\n                slug\n              }\n            }\n            variations {\n              kind\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ProgressionPageDocument,
    "\n      query ProgressionDetail($slug: String!) {\n        exercise(by: { slug: $slug }) {\n          id\n          name\n          steps\n          tempo {\n            intent\n          }\n          progressions {\n            criterion\n            changes\n            order\n            to {\n              slug\n              name\n              status\n            }\n          }\n          regressions {\n            kind\n            from {\n              slug\n              steps\n            }\n          }\n          variations {\n            from {\n              slug\n            }\n            to {\n              slug\n            }\n          }\n        }\n      }\n    ": typeof types.ProgressionDetailDocument,
    "\n      query ProgressionDetailReference($text: String!) {\n        exercises(first: 5, filter: { text: $text }) {\n          nodes {\n            slug\n            progressions {\n              criterion\n              changes\n              order\n              to {\n                slug\n                name\n                status\n              }\n            }\n            regressions {\n              kind\n              from {\n                slug\n                steps\n              }\n            }\n            variations {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ProgressionDetailReferenceDocument,
    "\n        query ProgressionPathHarder($from: ID!, $to: ID!) {\n          progressionPath(from: $from, to: $to) {\n            direction\n            steps {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      ": typeof types.ProgressionPathHarderDocument,
    "\n        query ProgressionPathEasier($from: ID!, $to: ID!) {\n          progressionPath(from: $from, to: $to) {\n            direction\n            steps {\n              from {\n                slug\n              }\n            }\n          }\n        }\n      ": typeof types.ProgressionPathEasierDocument,
    "\n        query ProgressionPathNone($from: ID!, $to: ID!) {\n          progressionPath(from: $from, to: $to) {\n            direction\n          }\n        }\n      ": typeof types.ProgressionPathNoneDocument,
    "\n        mutation ProgressionUpdateCriterion($id: ID!) {\n          updateProgression(input: { id: $id, criterion: \"2 x 8 at RPE 7\", order: 0 }) {\n            criterion\n            order\n            changes\n          }\n        }\n      ": typeof types.ProgressionUpdateCriterionDocument,
    "\n            mutation ProgressionMakeProgression($id: ID!) {\n              updateProgression(input: { id: $id, kind: PROGRESSION }) {\n                id\n              }\n            }\n          ": typeof types.ProgressionMakeProgressionDocument,
    "\n          mutation ProgressionsArchive($id: ID!) {\n            archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n              id\n            }\n          }\n        ": typeof types.ProgressionsArchiveDocument,
    "\n  query SearchExercises($query: String!, $filter: ExerciseFilter, $first: Int, $after: String) {\n    searchExercises(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        score\n        node {\n          slug\n          name\n          planes\n          status\n        }\n      }\n    }\n  }\n": typeof types.SearchExercisesDocument,
    "\n        mutation SearchCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": typeof types.SearchCreateExerciseDocument,
    "\n      query ExerciseFacets($filter: ExerciseFilter, $query: String) {\n        exerciseFacets(filter: $filter, query: $query) {\n          total\n          planes {\n            value\n            count\n          }\n          stance {\n            value\n            count\n          }\n          position {\n            value\n            count\n          }\n          tempoIntent {\n            value\n            count\n          }\n          loadKind {\n            value\n            count\n          }\n          equipment {\n            value\n            count\n          }\n          region {\n            value\n            count\n          }\n          focus {\n            value\n            count\n          }\n          difficulty {\n            value\n            count\n          }\n        }\n      }\n    ": typeof types.ExerciseFacetsDocument,
    "\n  query SeedTemplate($slug: String!) {\n    programTemplate(by: { slug: $slug }) {\n      id\n      items {\n        exercise {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.SeedTemplateDocument,
    "\n  query SeedTemplateBalance($items: [ProgramItemInput!]!) {\n    programBalance(items: $items) {\n      exerciseCount\n      gaps {\n        facet\n        missing\n      }\n    }\n  }\n": typeof types.SeedTemplateBalanceDocument,
    "\n  mutation SeedTemplateHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      locale\n      items {\n        exerciseSlug\n      }\n      guidance {\n        language\n        outdated\n      }\n      fallbacks {\n        exerciseName\n        fields\n      }\n    }\n  }\n": typeof types.SeedTemplateHandoutDocument,
    "\n  mutation SessionsLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      refreshToken\n      refreshExpiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SessionsLoginDocument,
    "\n  mutation SessionsRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      token\n      refreshToken\n      account {\n        email\n      }\n    }\n  }\n": typeof types.SessionsRefreshDocument,
    "\n  mutation SessionsSignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      sessionsEnded\n    }\n  }\n": typeof types.SessionsSignOutDocument,
    "\n  mutation SessionsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      refreshToken\n    }\n  }\n": typeof types.SessionsChangePasswordDocument,
    "\n  mutation SessionsUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      role\n      active\n    }\n  }\n": typeof types.SessionsUpdateAccountDocument,
    "\n  mutation SessionsIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      patientName\n      pdfUrl\n    }\n  }\n": typeof types.SessionsIssueHandoutDocument,
    "\n  query SessionsAccountIds {\n    accounts {\n      id\n    }\n  }\n": typeof types.SessionsAccountIdsDocument,
    "\n  query SessionsExerciseCount {\n    exercises(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.SessionsExerciseCountDocument,
    "\n  query SessionsDraftCount {\n    exercises(first: 1, filter: { status: DRAFT }) {\n      totalCount\n    }\n  }\n": typeof types.SessionsDraftCountDocument,
    "\n        query SessionsPatientNames {\n          handouts(first: 5) {\n            nodes {\n              patientName\n            }\n          }\n        }\n      ": typeof types.SessionsPatientNamesDocument,
    "\n        query SessionsAccounts {\n          accounts {\n            id\n            role\n          }\n        }\n      ": typeof types.SessionsAccountsDocument,
    "\n          mutation SessionsDraft($input: CreateExerciseInput!) {\n            createExercise(input: $input) {\n              id\n            }\n          }\n        ": typeof types.SessionsDraftDocument,
    "\n        query SessionsMyRole {\n          me {\n            role\n          }\n        }\n      ": typeof types.SessionsMyRoleDocument,
    "\n            query SessionsAudit {\n              auditLog(first: 200) {\n                action\n                details\n              }\n            }\n          ": typeof types.SessionsAuditDocument,
    "\n      mutation SessionsIssueReset($input: IssuePasswordResetInput!) {\n        issuePasswordReset(input: $input) {\n          token\n          expiresAt\n          account {\n            email\n          }\n        }\n      }\n    ": typeof types.SessionsIssueResetDocument,
    "\n      mutation SessionsResetPassword($input: ResetPasswordInput!) {\n        resetPassword(input: $input) {\n          token\n          refreshToken\n          account {\n            email\n          }\n        }\n      }\n    ": typeof types.SessionsResetPasswordDocument,
    "\n            query SessionsResetAudit {\n              auditLog(first: 200) {\n                action\n                details\n              }\n            }\n          ": typeof types.SessionsResetAuditDocument,
    "\n        mutation SessionsRevokeKey($id: ID!) {\n          revokeApiKey(input: { id: $id }) {\n            id\n          }\n        }\n      ": typeof types.SessionsRevokeKeyDocument,
    "\n          mutation SessionsCreateAccount($input: CreateAccountInput!) {\n            createAccount(input: $input) {\n              id\n            }\n          }\n        ": typeof types.SessionsCreateAccountDocument,
    "\n        query SessionsFailedSignIns {\n          auditLog(first: 200, action: \"LOGIN_FAILED\") {\n            action\n            targetId\n            details\n          }\n        }\n      ": typeof types.SessionsFailedSignInsDocument,
    "\n  mutation ShutdownLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.ShutdownLoginDocument,
    "\n  query ShutdownTemplate {\n    programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n      id\n    }\n  }\n": typeof types.ShutdownTemplateDocument,
    "\n  mutation ShutdownIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n    }\n  }\n": typeof types.ShutdownIssueHandoutDocument,
    "\n  query ShutdownExercises {\n    exercises(first: 20) {\n      totalCount\n      nodes {\n        name\n        planes\n      }\n    }\n  }\n": typeof types.ShutdownExercisesDocument,
    "\n  query BrowserExercises(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: ExerciseFilter\n  ) {\n    exercises(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasPreviousPage\n        hasNextPage\n      }\n    }\n  }\n": typeof types.BrowserExercisesDocument,
    "\n  mutation TestCreateApiKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      secret\n      apiKey {\n        id\n        prefix\n      }\n    }\n  }\n": typeof types.TestCreateApiKeyDocument,
    "\n  mutation TestVerifyMediaLicence($input: VerifyMediaLicenceInput!) {\n    verifyMediaLicence(input: $input) {\n      id\n    }\n  }\n": typeof types.TestVerifyMediaLicenceDocument,
    "\n  fragment ExerciseFields on Exercise {\n    id\n    slug\n    name\n    aliases\n    summary\n    steps\n    cues\n    mistakes\n    precautions\n    planes\n    stance\n    position\n    tempo {\n      notation\n      intent\n      timeUnderTensionSeconds\n      eccentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      bottomPause {\n        seconds\n      }\n      concentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      topPause {\n        seconds\n      }\n    }\n    loadKind\n    equipment\n    intensity {\n      scale\n      value\n      unit\n      bandColour\n    }\n    regions\n    primaryMuscles\n    secondaryMuscles\n    focus\n    difficulty\n    prescription {\n      sets\n      reps\n      holdSeconds\n      distanceMetres\n      durationSeconds\n      perSide\n      restSeconds\n      sessionsPerWeek\n    }\n    status\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.ExerciseFieldsFragmentDoc,
    "\n  fragment HandoutFields on Handout {\n    id\n    seriesId\n    version\n    latestVersion\n    title\n    patientName\n    issuedOn\n    clinicianName\n    locale\n    largePrint\n    paperSize\n    guidance {\n      text\n      language\n      outdated\n    }\n    pdfUrl\n    printUrl\n    items {\n      position\n      exerciseSlug\n      exerciseVersion\n      name\n      summary\n      steps\n      cues\n      fallbackFields\n      picture {\n        url\n        altText\n        credit\n        licence\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n    links {\n      id\n      url\n      active\n      expiresAt\n      revokedAt\n    }\n  }\n": typeof types.HandoutFieldsFragmentDoc,
    "\n  fragment ProgramTemplateFields on ProgramTemplate {\n    id\n    slug\n    name\n    description\n    guidance\n    guidanceTranslations {\n      locale\n      text\n      outdated\n    }\n    version\n    archivedAt\n    owner {\n      id\n      displayName\n    }\n    items {\n      position\n      exercise {\n        slug\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n  }\n": typeof types.ProgramTemplateFieldsFragmentDoc,
    "\n  mutation TestLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.TestLoginDocument,
    "\n  mutation TestCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.TestCreateAccountDocument,
    "\n  mutation TranslationSet($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      exerciseId\n      locale\n      name\n      summary\n      steps\n      cues\n      precautions\n      version\n      updatedAt\n    }\n  }\n": typeof types.TranslationSetDocument,
    "\n  mutation TranslationRemove($input: RemoveExerciseTranslationInput!) {\n    removeExerciseTranslation(input: $input) {\n      id\n      translations {\n        locale\n      }\n    }\n  }\n": typeof types.TranslationRemoveDocument,
    "\n  query TranslationRead($id: ID!, $locale: Locale!) {\n    exercise(by: { id: $id }) {\n      translations {\n        exerciseId\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        version\n        updatedAt\n      }\n      localized(locale: $locale) {\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        fallbackFields\n      }\n    }\n  }\n": typeof types.TranslationReadDocument,
    "\n  mutation TranslationDraft($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n    }\n  }\n": typeof types.TranslationDraftDocument,
    "\n  query TranslationAudit($id: ID) {\n    auditLog(targetId: $id) {\n      action\n      actorKind\n      targetType\n      details\n    }\n  }\n": typeof types.TranslationAuditDocument,
    "\n  query TranslationOutdated($by: ExerciseLookup!) {\n    exercise(by: $by) {\n      translations {\n        locale\n        outdated\n      }\n    }\n  }\n": typeof types.TranslationOutdatedDocument,
    "\n  mutation TranslationSetOutdated($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n      outdated\n    }\n  }\n": typeof types.TranslationSetOutdatedDocument,
    "\n      query TranslationSeeded($after: String) {\n        exercises(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            slug\n            translations {\n              locale\n              name\n              summary\n              steps\n              cues\n              precautions\n            }\n            es: localized(locale: ES) {\n              name\n              fallbackFields\n            }\n            vi: localized(locale: VI) {\n              name\n              fallbackFields\n            }\n            zh: localized(locale: ZH) {\n              name\n              fallbackFields\n            }\n          }\n        }\n      }\n    ": typeof types.TranslationSeededDocument,
    "\n      query TranslationIds($id: ID!) {\n        exercise(by: { id: $id }) {\n          translations {\n            id\n            locale\n            version\n          }\n        }\n      }\n    ": typeof types.TranslationIdsDocument,
    "\n      mutation TranslationSetId($input: SetExerciseTranslationInput!) {\n        setExerciseTranslation(input: $input) {\n          id\n          version\n        }\n      }\n    ": typeof types.TranslationSetIdDocument,
    "\n        mutation TranslationArchive($id: ID!) {\n          archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n            id\n          }\n        }\n      ": typeof types.TranslationArchiveDocument,
    "\n        query TranslationAccounts {\n          accounts {\n            id\n            role\n          }\n        }\n      ": typeof types.TranslationAccountsDocument,
    "\n          query TranslationEnglishPrecautions($slug: String!) {\n            exercise(by: { slug: $slug }) {\n              precautions\n            }\n          }\n        ": typeof types.TranslationEnglishPrecautionsDocument,
    "\n          mutation TranslationIssueHandout($input: IssueHandoutInput!) {\n            issueHandout(input: $input) {\n              pdfUrl\n              items {\n                exerciseSlug\n                precautions\n                fallbackFields\n              }\n            }\n          }\n        ": typeof types.TranslationIssueHandoutDocument,
    "\n        query TranslationBridgeId {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            id\n          }\n        }\n      ": typeof types.TranslationBridgeIdDocument,
    "\n      mutation TranslationUpdateExercise($input: UpdateExerciseInput!) {\n        updateExercise(input: $input) {\n          version\n          translations {\n            locale\n            version\n            outdated\n          }\n        }\n      }\n    ": typeof types.TranslationUpdateExerciseDocument,
    "\n      query TranslationPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            translations {\n              locale\n              name\n              steps\n              outdated\n            }\n            es: localized(locale: ES) {\n              name\n              cues\n              fallbackFields\n            }\n            zh: localized(locale: ZH) {\n              name\n            }\n            en: localized(locale: EN) {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.TranslationPageDocument,
    "\n            query TranslationExportedPartial($slug: String!) {\n              exercise(by: { slug: $slug }) {\n                localized(locale: VI) {\n                  summary\n                  fallbackFields\n                }\n              }\n            }\n          ": typeof types.TranslationExportedPartialDocument,
    "\n          query TranslationBridgeSpanish {\n            exercise(by: { slug: \"glute-bridge\" }) {\n              localized(locale: ES) {\n                name\n              }\n            }\n          }\n        ": typeof types.TranslationBridgeSpanishDocument,
};
const documents: Documents = {
    "\n  query AuditFiltersMe {\n    me {\n      id\n    }\n  }\n": types.AuditFiltersMeDocument,
    "\n  mutation AuditFiltersNewKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      apiKey {\n        id\n      }\n    }\n  }\n": types.AuditFiltersNewKeyDocument,
    "\n  query AuditFiltersEntries(\n    $actorId: ID\n    $action: String\n    $targetId: ID\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $after: String\n  ) {\n    auditEntries(\n      actorId: $actorId\n      action: $action\n      targetId: $targetId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        actorId\n        action\n        targetId\n      }\n    }\n  }\n": types.AuditFiltersEntriesDocument,
    "\n  query ProgramBalance($items: [ProgramItemInput!]!) {\n    programBalance(items: $items) {\n      exerciseCount\n      medianDifficulty\n      summary\n      planes {\n        value\n        count\n        share\n      }\n      stances {\n        value\n        count\n        share\n      }\n      tempoIntents {\n        value\n        count\n        share\n      }\n      loadKinds {\n        value\n        count\n        share\n      }\n      gaps {\n        facet\n        missing\n        priority\n        reason\n        suggestions {\n          slug\n          name\n          status\n          difficulty\n          planes\n          stance\n          loadKind\n          tempo {\n            intent\n          }\n        }\n      }\n    }\n  }\n": types.ProgramBalanceDocument,
    "\n        mutation BalanceCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n            version\n          }\n        }\n      ": types.BalanceCreateExerciseDocument,
    "\n          mutation BalanceChangeStatus($input: ChangeStatusInput!) {\n            changeExerciseStatus(input: $input) {\n              version\n            }\n          }\n        ": types.BalanceChangeStatusDocument,
    "\n  query BrowserExpectedSlugs($first: Int!, $after: String, $filter: ExerciseFilter) {\n    exercises(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes {\n        slug\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BrowserExpectedSlugsDocument,
    "\n  query CataloguePage($filter: ExerciseFilter, $first: Int, $after: String) {\n    exercises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.CataloguePageDocument,
    "\n          query CatalogueNames {\n            exercises(first: 5) {\n              nodes {\n                slug\n                name\n              }\n            }\n          }\n        ": types.CatalogueNamesDocument,
    "\n          query CatalogueSteps {\n            exercises(first: 5) {\n              nodes {\n                slug\n                steps\n                tempo {\n                  notation\n                }\n              }\n            }\n          }\n        ": types.CatalogueStepsDocument,
    "\n          query CatalogueUntagged {\n            exercise(by: { slug: \"untagged-published\" }) {\n              id\n            }\n          }\n        ": types.CatalogueUntaggedDocument,
    "\n        query CatalogueVersion($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            id\n            version\n          }\n        }\n      ": types.CatalogueVersionDocument,
    "\n        mutation CatalogueEditName($id: ID!, $v: Int!) {\n          updateExercise(input: { id: $id, expectedVersion: $v, name: \"Edited\" }) {\n            id\n          }\n        }\n      ": types.CatalogueEditNameDocument,
    "\n        query CatalogueNameVersion($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            name\n            version\n          }\n        }\n      ": types.CatalogueNameVersionDocument,
    "\n  fragment ConnectionsPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": types.ConnectionsPageInfoFragmentDoc,
    "\n  query ConnectionsExercises($first: Int, $after: String, $last: Int, $before: String) {\n    exercises(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": types.ConnectionsExercisesDocument,
    "\n  query ConnectionsSearch($first: Int, $after: String, $last: Int, $before: String) {\n    searchExercises(query: \"squat\", first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": types.ConnectionsSearchDocument,
    "\n  query ConnectionsTemplates($first: Int, $after: String, $last: Int, $before: String) {\n    programTemplates(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": types.ConnectionsTemplatesDocument,
    "\n  query ConnectionsHandouts($first: Int, $after: String, $last: Int, $before: String) {\n    handouts(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": types.ConnectionsHandoutsDocument,
    "\n  query ConnectionsAudit(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $action: String\n  ) {\n    auditEntries(first: $first, after: $after, last: $last, before: $before, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": types.ConnectionsAuditDocument,
    "\n  query ConnectionsAccounts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $role: [Role!]\n    $active: Boolean\n  ) {\n    accountsConnection(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      role: $role\n      active: $active\n    ) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": types.ConnectionsAccountsDocument,
    "\n  query ConnectionsApiKeys($first: Int, $after: String, $last: Int, $before: String) {\n    apiKeysConnection(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n": types.ConnectionsApiKeysDocument,
    "\n  query ConnectionsRevisions($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    exercise(by: { id: $id }) {\n      revisions(first: $first, after: $after, last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n            version\n          }\n        }\n        pageInfo {\n          ...ConnectionsPageInfo\n        }\n        totalCount\n      }\n    }\n  }\n": types.ConnectionsRevisionsDocument,
    "\n  query ConnectionsAccessLog($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    handout(id: $id) {\n      accessLog(first: $first, after: $after, last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...ConnectionsPageInfo\n        }\n        totalCount\n      }\n    }\n  }\n": types.ConnectionsAccessLogDocument,
    "\n  mutation ConnectionsCreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConnectionsCreateExerciseDocument,
    "\n  mutation ConnectionsUpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {\n    updateExercise(id: $id, version: $version, input: $input) {\n      version\n    }\n  }\n": types.ConnectionsUpdateExerciseDocument,
    "\n  mutation ConnectionsIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      links {\n        url\n      }\n    }\n  }\n": types.ConnectionsIssueHandoutDocument,
    "\n          query ConnectionsAccessLogRefused($id: ID!) {\n            handout(id: $id) {\n              id\n              accessLog(last: 501) {\n                totalCount\n              }\n            }\n          }\n        ": types.ConnectionsAccessLogRefusedDocument,
    "\n          query ConnectionsRevisionsRefused($id: ID!) {\n            exercise(by: { id: $id }) {\n              id\n              revisions(after: \"!!!\") {\n                totalCount\n              }\n            }\n          }\n        ": types.ConnectionsRevisionsRefusedDocument,
    "\n        query ConnectionsDeprecated($id: ID!, $handout: ID!) {\n          exerciseRevisions(id: $id) {\n            version\n          }\n          auditLog(first: 3) {\n            id\n          }\n          accounts {\n            id\n          }\n          apiKeys {\n            id\n          }\n          handout(id: $handout) {\n            accesses(first: 2) {\n              id\n            }\n          }\n        }\n      ": types.ConnectionsDeprecatedDocument,
    "\n        query ConnectionsExercisesRevisions($first: Int!) {\n          exercises(first: $first) {\n            nodes {\n              id\n              revisions(first: 2) {\n                nodes {\n                  version\n                }\n                totalCount\n                pageInfo {\n                  hasNextPage\n                  hasPreviousPage\n                }\n              }\n            }\n          }\n        }\n      ": types.ConnectionsExercisesRevisionsDocument,
    "\n        query ConnectionsHandoutsAccessLog($first: Int!) {\n          handouts(first: $first) {\n            nodes {\n              accessLog(first: 2) {\n                nodes {\n                  id\n                  outcome\n                }\n                totalCount\n              }\n            }\n          }\n        }\n      ": types.ConnectionsHandoutsAccessLogDocument,
    "\n  query AdminJourneyRead {\n    exercises(first: 1) {\n      totalCount\n    }\n  }\n": types.AdminJourneyReadDocument,
    "\n  query ConsoleEditPlank {\n    exercise(by: { slug: \"copenhagen-plank\" }) {\n      version\n      summary\n      precautions\n      tempo {\n        notation\n        timeUnderTensionSeconds\n      }\n      revisions(first: 1) {\n        nodes {\n          version\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleEditPlankDocument,
    "\n  query ConsoleEditCreated($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      status\n      name\n      loadKind\n      regions\n      focus\n      primaryMuscles\n      difficulty\n      prescription {\n        sets\n        reps\n      }\n    }\n  }\n": types.ConsoleEditCreatedDocument,
    "\n  query ConsoleHandoutsTestPdf($id: ID!) {\n    handout(id: $id) {\n      pdfUrl\n      version\n      largePrint\n      paperSize\n      locale\n      fallbacks {\n        exerciseName\n      }\n    }\n  }\n": types.ConsoleHandoutsTestPdfDocument,
    "\n  query ConsoleJourneyCounts($query: String!, $filter: ExerciseFilter) {\n    searchExercises(query: $query, filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": types.ConsoleJourneyCountsDocument,
    "\n  query ConsoleJourneySplitSquat {\n    exercise(by: { slug: \"split-squat\" }) {\n      id\n      version\n      summary\n    }\n  }\n": types.ConsoleJourneySplitSquatDocument,
    "\n  mutation ConsoleJourneyChangeSummary($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n      translations {\n        locale\n        outdated\n      }\n    }\n  }\n": types.ConsoleJourneyChangeSummaryDocument,
    "\n  query ConsoleJourneyMe {\n    me {\n      email\n    }\n  }\n": types.ConsoleJourneyMeDocument,
    "\n  query ConsoleMediaExercise($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      version\n      summary\n      media {\n        id\n        altText\n        author\n        licence\n        mime\n      }\n      translations {\n        locale\n        name\n        summary\n        outdated\n        version\n      }\n    }\n  }\n": types.ConsoleMediaExerciseDocument,
    "\n  mutation ConsoleTranslationsSet($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n      outdated\n    }\n  }\n": types.ConsoleTranslationsSetDocument,
    "\n  mutation ConsoleTranslationsChangeSummary($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n    }\n  }\n": types.ConsoleTranslationsChangeSummaryDocument,
    "\n  query ConsoleProgressionsLinks($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      progressions {\n        id\n        changes\n        criterion\n        to {\n          slug\n        }\n      }\n      regressions {\n        from {\n          slug\n        }\n      }\n    }\n  }\n": types.ConsoleProgressionsLinksDocument,
    "\n  mutation ConsoleTaggingImport($path: String!) {\n    importFreeExerciseDb(input: { path: $path }) {\n      created\n    }\n  }\n": types.ConsoleTaggingImportDocument,
    "\n  query ConsoleTaggingTestQueue {\n    exercisesNeedingTags(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        version\n        needsTagging\n      }\n    }\n  }\n": types.ConsoleTaggingTestQueueDocument,
    "\n  query ConsoleTaggingTestTags($id: ID!) {\n    exercise(by: { id: $id }) {\n      version\n      summary\n      planes\n      stance\n      position\n      needsTagging\n      tempo {\n        notation\n        intent\n      }\n    }\n  }\n": types.ConsoleTaggingTestTagsDocument,
    "\n  mutation ConsoleTaggingTestChange($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n    }\n  }\n": types.ConsoleTaggingTestChangeDocument,
    "\n  query ConsoleTemplatesSaved($id: ID!) {\n    programTemplate(by: { id: $id }) {\n      name\n      description\n      guidance\n      version\n      archivedAt\n      owner {\n        email\n      }\n      items {\n        exercise {\n          slug\n          planes\n        }\n        prescription {\n          sets\n          reps\n          holdSeconds\n        }\n      }\n    }\n  }\n": types.ConsoleTemplatesSavedDocument,
    "\n  mutation ConsoleTemplatesRename($input: UpdateProgramTemplateInput!) {\n    updateProgramTemplate(input: $input) {\n      version\n    }\n  }\n": types.ConsoleTemplatesRenameDocument,
    "\n  mutation ConsoleWorkflowCreate($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleWorkflowCreateDocument,
    "\n  mutation ConsoleWorkflowUpdate($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n    }\n  }\n": types.ConsoleWorkflowUpdateDocument,
    "\n  query ConsoleWorkflowRead($id: ID!) {\n    exercise(by: { id: $id }) {\n      version\n      status\n      summary\n      steps\n      revisions(first: 1) {\n        nodes {\n          message\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleWorkflowReadDocument,
    "\n  query ConsoleWorkflowReadBySlug($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n    }\n  }\n": types.ConsoleWorkflowReadBySlugDocument,
    "\n  mutation CurationCreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.CurationCreateExerciseDocument,
    "\n  mutation CurationUpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n      version\n      name\n      status\n    }\n  }\n": types.CurationUpdateExerciseDocument,
    "\n  mutation CurationChangeStatus($input: ChangeStatusInput!) {\n    changeExerciseStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.CurationChangeStatusDocument,
    "\n  mutation CurationLink($input: LinkExercisesInput!) {\n    linkExercises(input: $input) {\n      id\n    }\n  }\n": types.CurationLinkDocument,
    "\n  query CurationStatusOf($id: ID!) {\n    exercise(by: { id: $id }) {\n      status\n    }\n  }\n": types.CurationStatusOfDocument,
    "\n  query CurationRevisionVersions($id: ID!) {\n    exerciseRevisions(id: $id) {\n      version\n    }\n  }\n": types.CurationRevisionVersionsDocument,
    "\n  query CurationFirstExercise {\n    exercises(first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.CurationFirstExerciseDocument,
    "\n  query CurationMeEmail {\n    me {\n      email\n    }\n  }\n": types.CurationMeEmailDocument,
    "\n  mutation CurationLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.CurationLoginDocument,
    "\n              mutation CurationArchive($id: ID!) {\n                archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n                  id\n                }\n              }\n            ": types.CurationArchiveDocument,
    "\n              query CurationDrafts {\n                exercises(filter: { status: [DRAFT] }) {\n                  nodes {\n                    id\n                  }\n                }\n              }\n            ": types.CurationDraftsDocument,
    "\n              mutation CurationCreateAccount($input: CreateAccountInput!) {\n                createAccount(input: $input) {\n                  id\n                }\n              }\n            ": types.CurationCreateAccountDocument,
    "\n              query CurationAccounts {\n                accounts {\n                  id\n                  email\n                }\n              }\n            ": types.CurationAccountsDocument,
    "\n              mutation CurationMakeStaff($id: ID!) {\n                updateAccount(input: { id: $id, role: STAFF }) {\n                  id\n                }\n              }\n            ": types.CurationMakeStaffDocument,
    "\n              mutation CurationKioskKey {\n                createApiKey(input: { name: \"kiosk\" }) {\n                  secret\n                }\n              }\n            ": types.CurationKioskKeyDocument,
    "\n              query CurationApiKeys {\n                apiKeys {\n                  id\n                }\n              }\n            ": types.CurationApiKeysDocument,
    "\n              query CurationAuditActions {\n                auditLog(first: 5) {\n                  action\n                }\n              }\n            ": types.CurationAuditActionsDocument,
    "\n            query CurationStatuses {\n              exercises(first: 100) {\n                nodes {\n                  status\n                }\n              }\n            }\n          ": types.CurationStatusesDocument,
    "\n          query CurationBridge {\n            exercise(by: { slug: \"glute-bridge\" }) {\n              id\n              progressions {\n                to {\n                  slug\n                }\n              }\n            }\n          }\n        ": types.CurationBridgeDocument,
    "\n        query CurationBridgeProgressions {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            progressions {\n              to {\n                slug\n              }\n            }\n          }\n        }\n      ": types.CurationBridgeProgressionsDocument,
    "\n          query CurationRevisions($id: ID!) {\n            exerciseRevisions(id: $id) {\n              version\n              message\n              createdAt\n              author {\n                email\n              }\n              snapshot\n            }\n          }\n        ": types.CurationRevisionsDocument,
    "\n          query CurationDiff($id: ID!) {\n            exerciseRevisionDiff(id: $id, from: 1, to: 2) {\n              field\n              before\n              after\n            }\n          }\n        ": types.CurationDiffDocument,
    "\n          mutation CurationRestore($input: RestoreRevisionInput!) {\n            restoreExerciseRevision(input: $input) {\n              version\n              name\n              status\n            }\n          }\n        ": types.CurationRestoreDocument,
    "\n        query CurationDiffTo($id: ID!, $to: Int!) {\n          exerciseRevisionDiff(id: $id, from: 1, to: $to) {\n            field\n          }\n        }\n      ": types.CurationDiffToDocument,
    "\n      mutation CurationRestoreAs($input: RestoreRevisionInput!) {\n        restoreExerciseRevision(input: $input) {\n          id\n          version\n          status\n          needsTagging\n        }\n      }\n    ": types.CurationRestoreAsDocument,
    "\n      query CurationRestoredHistory($id: ID!) {\n        exerciseRevisions(id: $id) {\n          version\n          message\n          snapshot\n        }\n      }\n    ": types.CurationRestoredHistoryDocument,
    "\n      mutation CurationCreateNamed($input: CreateExerciseInput!) {\n        createExercise(input: $input) {\n          id\n          slug\n        }\n      }\n    ": types.CurationCreateNamedDocument,
    "\n        query CurationNameVersion($id: ID!) {\n          exercise(by: { id: $id }) {\n            name\n            version\n          }\n        }\n      ": types.CurationNameVersionDocument,
    "\n          mutation CurationDeactivate($id: ID!) {\n            updateAccount(input: { id: $id, active: false }) {\n              active\n            }\n          }\n        ": types.CurationDeactivateDocument,
    "\n          query CurationMe {\n            me {\n              email\n              role\n            }\n          }\n        ": types.CurationMeDocument,
    "\n          mutation CurationRevokeKey($id: ID!) {\n            revokeApiKey(input: { id: $id }) {\n              revokedAt\n            }\n          }\n        ": types.CurationRevokeKeyDocument,
    "\n        query CurationAudit {\n          auditLog(first: 200) {\n            id\n            at\n            actorKind\n            actorId\n            action\n            targetType\n            targetId\n            details\n          }\n        }\n      ": types.CurationAuditDocument,
    "\n        mutation DeprecatedDraft($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": types.DeprecatedDraftDocument,
    "\n      query DeprecatedLookups($id: ID, $slug: String, $template: String) {\n        exercise(id: $id, slug: $slug) {\n          slug\n        }\n        programTemplate(slug: $template) {\n          slug\n        }\n      }\n    ": types.DeprecatedLookupsDocument,
    "\n        query DeprecatedLookupMixed($id: ID) {\n          exercise(by: { slug: \"glute-bridge\" }, id: $id) {\n            slug\n          }\n        }\n      ": types.DeprecatedLookupMixedDocument,
    "\n        mutation DeprecatedCreateMessage($input: CreateExerciseInput!) {\n          createExercise(input: $input, message: \"From the old argument\") {\n            id\n          }\n        }\n      ": types.DeprecatedCreateMessageDocument,
    "\n        mutation DeprecatedUpdate($id: ID!) {\n          updateExercise(id: $id, version: 1, input: { name: \"Old form\" }, message: \"Renamed\") {\n            name\n            version\n          }\n        }\n      ": types.DeprecatedUpdateDocument,
    "\n        mutation DeprecatedSubmit($id: ID!) {\n          changeExerciseStatus(input: { id: $id, version: 2, status: IN_REVIEW }) {\n            status\n            version\n          }\n        }\n      ": types.DeprecatedSubmitDocument,
    "\n        mutation DeprecatedRestore($id: ID!) {\n          restoreExerciseRevision(input: { id: $id, version: 3, revision: 1 }) {\n            name\n            version\n          }\n        }\n      ": types.DeprecatedRestoreDocument,
    "\n        mutation DeprecatedArchive($id: ID!) {\n          archiveExercise(id: $id, version: 4) {\n            status\n          }\n        }\n      ": types.DeprecatedArchiveDocument,
    "\n        query DeprecatedHistory($id: ID!) {\n          exerciseRevisions(id: $id) {\n            version\n            message\n          }\n        }\n      ": types.DeprecatedHistoryDocument,
    "\n        mutation DeprecatedTemplate($item: ID!) {\n          createProgramTemplate(\n            input: {\n              name: \"Deprecated forms\"\n              items: [{ exerciseId: $item, sets: 3, reps: 10, sessionsPerWeek: 3 }]\n            }\n          ) {\n            id\n          }\n        }\n      ": types.DeprecatedTemplateDocument,
    "\n        mutation DeprecatedTemplateCycle($id: ID!) {\n          updateProgramTemplate(input: { id: $id, version: 1, name: \"Renamed the old way\" }) {\n            version\n          }\n          archiveProgramTemplate(id: $id, version: 2) {\n            version\n          }\n          restoreProgramTemplate(id: $id, version: 3) {\n            name\n            version\n            archivedAt\n          }\n        }\n      ": types.DeprecatedTemplateCycleDocument,
    "\n        mutation DeprecatedAdmin($account: ID!, $key: ID!) {\n          updateAccount(id: $account, input: { role: CLINICIAN }) {\n            role\n          }\n          revokeApiKey(id: $key) {\n            revokedAt\n          }\n        }\n      ": types.DeprecatedAdminDocument,
    "\n        mutation DeprecatedIssue($template: ID!) {\n          issueHandout(input: { patientName: \"A patient\", templateId: $template }) {\n            links {\n              id\n            }\n          }\n        }\n      ": types.DeprecatedIssueDocument,
    "\n        mutation DeprecatedRevokeLink($id: ID!) {\n          revokeHandoutLink(id: $id) {\n            active\n          }\n        }\n      ": types.DeprecatedRevokeLinkDocument,
    "\n        mutation DeprecatedMakeEdges($a: ID!, $b: ID!) {\n          addExerciseVideo(input: { exerciseId: $a, url: \"https://video.example/old\" }) {\n            id\n          }\n          linkExercises(input: { fromId: $a, toId: $b, kind: PROGRESSION, changes: [LOAD] }) {\n            id\n          }\n          setExerciseTranslation(input: { exerciseId: $a, locale: ES, name: \"Paso lateral\" }) {\n            version\n          }\n        }\n      ": types.DeprecatedMakeEdgesDocument,
    "\n        mutation DeprecatedChange($media: ID!, $edge: ID!) {\n          updateExerciseMedia(id: $media, input: { altText: \"Side view\" }) {\n            altText\n          }\n          updateProgression(id: $edge, input: { criterion: \"3 x 10 pain-free\" }) {\n            criterion\n          }\n        }\n      ": types.DeprecatedChangeDocument,
    "\n        mutation DeprecatedRemove($media: ID!, $edge: ID!, $exercise: ID!) {\n          removeExerciseMedia(id: $media)\n          unlinkExercises(id: $edge)\n          removeExerciseTranslation(exerciseId: $exercise, locale: ES, expectedVersion: 1) {\n            translations {\n              locale\n            }\n          }\n        }\n      ": types.DeprecatedRemoveDocument,
    "\n        mutation DeprecatedImport {\n          importFreeExerciseDb(path: \"free-exercise-db/exercises.json\") {\n            total\n          }\n        }\n      ": types.DeprecatedImportDocument,
    "\n        mutation DeprecatedImportOutside {\n          importFreeExerciseDb(path: \"../outside.json\") {\n            total\n          }\n        }\n      ": types.DeprecatedImportOutsideDocument,
    "\n          mutation DeprecatedArchiveNothing {\n            archiveExercise {\n              id\n            }\n          }\n        ": types.DeprecatedArchiveNothingDocument,
    "\n          mutation DeprecatedArchiveTwice($id: ID!) {\n            archiveExercise(input: { id: $id, expectedVersion: 1 }, id: $id, version: 1) {\n              id\n            }\n          }\n        ": types.DeprecatedArchiveTwiceDocument,
    "\n          mutation DeprecatedUpdateNeither {\n            updateExercise(input: { name: \"Nobody's\" }) {\n              id\n            }\n          }\n        ": types.DeprecatedUpdateNeitherDocument,
    "\n          mutation DeprecatedUpdateTwice($id: ID!) {\n            updateExercise(id: $id, input: { id: $id, expectedVersion: 1, name: \"Twice\" }) {\n              id\n            }\n          }\n        ": types.DeprecatedUpdateTwiceDocument,
    "\n          mutation DeprecatedCreateTwice($input: CreateExerciseInput!) {\n            createExercise(input: $input, message: \"b\") {\n              id\n            }\n          }\n        ": types.DeprecatedCreateTwiceDocument,
    "\n          mutation DeprecatedStatusNeither($id: ID!) {\n            changeExerciseStatus(input: { id: $id, status: IN_REVIEW }) {\n              id\n            }\n          }\n        ": types.DeprecatedStatusNeitherDocument,
    "\n          mutation DeprecatedStatusTwice($id: ID!) {\n            changeExerciseStatus(\n              input: { id: $id, expectedVersion: 1, version: 1, status: IN_REVIEW }\n            ) {\n              id\n            }\n          }\n        ": types.DeprecatedStatusTwiceDocument,
    "\n          mutation DeprecatedRemoveTranslationTwice($id: ID!) {\n            removeExerciseTranslation(\n              exerciseId: $id\n              input: { exerciseId: $id, locale: ES, expectedVersion: 1 }\n            ) {\n              id\n            }\n          }\n        ": types.DeprecatedRemoveTranslationTwiceDocument,
    "\n          mutation DeprecatedRevokeLinkNothing {\n            revokeHandoutLink {\n              id\n            }\n          }\n        ": types.DeprecatedRevokeLinkNothingDocument,
    "\n      mutation DeprecatedArchiveInvalid($input: ArchiveExerciseInput, $id: ID, $version: Int) {\n        archiveExercise(input: $input, id: $id, version: $version) {\n          id\n        }\n      }\n    ": types.DeprecatedArchiveInvalidDocument,
    "\n      mutation DeprecatedArchiveTemplateInvalid(\n        $input: ArchiveProgramTemplateInput\n        $id: ID\n        $version: Int\n      ) {\n        archiveProgramTemplate(input: $input, id: $id, version: $version) {\n          id\n        }\n      }\n    ": types.DeprecatedArchiveTemplateInvalidDocument,
    "\n      mutation DeprecatedRevokeKeyInvalid($input: RevokeApiKeyInput, $id: ID) {\n        revokeApiKey(input: $input, id: $id) {\n          id\n        }\n      }\n    ": types.DeprecatedRevokeKeyInvalidDocument,
    "\n      mutation DeprecatedRevokeLinkInvalid($input: RevokeHandoutLinkInput, $id: ID) {\n        revokeHandoutLink(input: $input, id: $id) {\n          id\n        }\n      }\n    ": types.DeprecatedRevokeLinkInvalidDocument,
    "\n      mutation DeprecatedUpdateInvalid($input: UpdateExerciseInput!, $message: String) {\n        updateExercise(input: $input, message: $message) {\n          id\n        }\n      }\n    ": types.DeprecatedUpdateInvalidDocument,
    "\n        query DeprecatedInputFields {\n          status: __type(name: \"ChangeStatusInput\") {\n            ...OldInputFields\n          }\n          restore: __type(name: \"RestoreRevisionInput\") {\n            ...OldInputFields\n          }\n          template: __type(name: \"UpdateProgramTemplateInput\") {\n            ...OldInputFields\n          }\n        }\n        fragment OldInputFields on __Type {\n          inputFields(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n          }\n        }\n      ": types.DeprecatedInputFieldsDocument,
    "\n            mutation EmbeddedCreateExercise($input: CreateExerciseInput!) {\n              createExercise(input: $input) {\n                id\n              }\n            }\n          ": types.EmbeddedCreateExerciseDocument,
    "\n            query EmbeddedKeptOnDisk {\n              exercise(by: { slug: \"kept-on-disk\" }) {\n                slug\n                status\n              }\n            }\n          ": types.EmbeddedKeptOnDiskDocument,
    "\n              query EmbeddedSlug($slug: String!) {\n                exercise(by: { slug: $slug }) {\n                  slug\n                }\n              }\n            ": types.EmbeddedSlugDocument,
    "\n  query ErrorTypes {\n    code: __type(name: \"ErrorCode\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    extensions: __type(name: \"ErrorExtensions\") {\n      fields {\n        name\n        description\n      }\n    }\n    fieldError: __type(name: \"FieldError\") {\n      fields {\n        name\n      }\n    }\n  }\n": types.ErrorTypesDocument,
    "\n  mutation ErrorCodesCreate($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n": types.ErrorCodesCreateDocument,
    "\n  mutation ErrorCodesUpdate($id: ID!, $version: Int!) {\n    updateExercise(id: $id, version: $version, input: { summary: \"Changed\" }) {\n      version\n    }\n  }\n": types.ErrorCodesUpdateDocument,
    "\n  mutation CreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      ...ExerciseFields\n    }\n  }\n": types.CreateExerciseDocument,
    "\n  mutation UpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      ...ExerciseFields\n    }\n  }\n": types.UpdateExerciseDocument,
    "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n      status\n      version\n    }\n  }\n": types.ArchiveExerciseDocument,
    "\n  query ExerciseSlugs($filter: ExerciseFilter) {\n    exercises(first: 100, filter: $filter) {\n      nodes {\n        slug\n      }\n    }\n  }\n": types.ExerciseSlugsDocument,
    "\n  query ExerciseCount {\n    exercises {\n      totalCount\n    }\n  }\n": types.ExerciseCountDocument,
    "\n  query Exercise($by: ExerciseLookup) {\n    exercise(by: $by) {\n      ...ExerciseFields\n    }\n  }\n": types.ExerciseDocument,
    "\n      mutation CreateNotedStretch($input: CreateExerciseInput!) {\n        createExercise(input: $input) {\n          id\n          clinicalNotes\n          tempo {\n            notation\n            intent\n          }\n        }\n      }\n    ": types.CreateNotedStretchDocument,
    "\n      mutation EditClinicalNotes($input: UpdateExerciseInput!) {\n        updateExercise(input: $input) {\n          clinicalNotes\n          version\n        }\n      }\n    ": types.EditClinicalNotesDocument,
    "\n        query ExerciseBesideList {\n          a: exercise(by: { slug: \"nope\" }) {\n            name\n          }\n          b: exercises(first: 1) {\n            totalCount\n          }\n        }\n      ": types.ExerciseBesideListDocument,
    "\n          query ExerciseSummaries {\n            exercises {\n              totalCount\n              nodes {\n                slug\n                summary\n              }\n            }\n          }\n        ": types.ExerciseSummariesDocument,
    "\n        query FuzzMe {\n          me {\n            id\n          }\n        }\n      ": types.FuzzMeDocument,
    "\n        mutation FuzzCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": types.FuzzCreateExerciseDocument,
    "\n  mutation IssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      ...HandoutFields\n    }\n  }\n": types.IssueHandoutDocument,
    "\n  mutation ReissueHandout($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      ...HandoutFields\n    }\n  }\n": types.ReissueHandoutDocument,
    "\n  query Handout($id: ID!) {\n    handout(id: $id) {\n      ...HandoutFields\n    }\n  }\n": types.HandoutDocument,
    "\n  query HandoutVersion($id: ID!) {\n    handout(id: $id) {\n      name: title\n      latestVersion\n      items {\n        name\n      }\n    }\n  }\n": types.HandoutVersionDocument,
    "\n  query HandoutFallbacks($id: ID!) {\n    handout(id: $id) {\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n    }\n  }\n": types.HandoutFallbacksDocument,
    "\n  mutation HandoutsTranslate($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n    }\n  }\n": types.HandoutsTranslateDocument,
    "\n  query HandoutsClinicians {\n    clinicians {\n      id\n      displayName\n    }\n  }\n": types.HandoutsCliniciansDocument,
    "\n  mutation IssueHandoutFallbacks($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n    }\n  }\n": types.IssueHandoutFallbacksDocument,
    "\n  mutation ReissueHandoutFallbacks($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      id\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n    }\n  }\n": types.ReissueHandoutFallbacksDocument,
    "\n        mutation HandoutsKneeTemplate($input: CreateProgramTemplateInput!) {\n          createProgramTemplate(input: $input) {\n            id\n          }\n        }\n      ": types.HandoutsKneeTemplateDocument,
    "\n          query HandoutsIssuedOnType {\n            __type(name: \"Handout\") {\n              fields {\n                name\n                type {\n                  kind\n                  ofType {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": types.HandoutsIssuedOnTypeDocument,
    "\n          query HandoutAccesses($id: ID!) {\n            handout(id: $id) {\n              accesses {\n                linkId\n                format\n                outcome\n              }\n            }\n          }\n        ": types.HandoutAccessesDocument,
    "\n          query HandoutsBridge {\n            exercise(by: { slug: \"glute-bridge\" }) {\n              id\n              version\n            }\n          }\n        ": types.HandoutsBridgeDocument,
    "\n          mutation HandoutsEditBridge($id: ID!, $version: Int!) {\n            updateExercise(\n              input: { id: $id, expectedVersion: $version, steps: [\"Lie down.\", \"Lift your hips.\"] }\n            ) {\n              version\n            }\n          }\n        ": types.HandoutsEditBridgeDocument,
    "\n        query HandoutsBalanceEnglish {\n          exercise(by: { slug: \"single-leg-balance-on-pad\" }) {\n            steps\n            summary\n          }\n        }\n      ": types.HandoutsBalanceEnglishDocument,
    "\n            query HandoutsDrillTemplate($by: ProgramTemplateLookup) {\n              programTemplate(by: $by) {\n                items {\n                  exercise {\n                    id\n                  }\n                  prescription {\n                    sets\n                    reps\n                    holdSeconds\n                    distanceMetres\n                    durationSeconds\n                    perSide\n                    tempo\n                    load\n                    sessionsPerWeek\n                    side\n                    restSeconds\n                    notes\n                  }\n                }\n              }\n            }\n          ": types.HandoutsDrillTemplateDocument,
    "\n          mutation HandoutsDrillsTemplate($input: CreateProgramTemplateInput!) {\n            createProgramTemplate(input: $input) {\n              id\n              items {\n                prescription {\n                  distanceMetres\n                  durationSeconds\n                  perSide\n                }\n              }\n            }\n          }\n        ": types.HandoutsDrillsTemplateDocument,
    "\n      mutation HandoutsDeactivate($id: ID!) {\n        updateAccount(input: { id: $id, active: false }) {\n          active\n        }\n      }\n    ": types.HandoutsDeactivateDocument,
    "\n      query HandoutUrls($id: ID!) {\n        handout(id: $id) {\n          pdfUrl\n          printUrl\n        }\n      }\n    ": types.HandoutUrlsDocument,
    "\n          query HandoutsClinicianFields {\n            __type(name: \"Clinician\") {\n              fields {\n                name\n              }\n            }\n          }\n        ": types.HandoutsClinicianFieldsDocument,
    "\n          mutation HandoutsCreateLink($input: CreateHandoutLinkInput!) {\n            createHandoutLink(input: $input) {\n              id\n              url\n            }\n          }\n        ": types.HandoutsCreateLinkDocument,
    "\n          mutation HandoutsRevokeLink($id: ID!) {\n            revokeHandoutLink(input: { id: $id }) {\n              active\n              revokedAt\n            }\n          }\n        ": types.HandoutsRevokeLinkDocument,
    "\n          query HandoutLinksActive($id: ID!) {\n            handout(id: $id) {\n              links {\n                active\n              }\n            }\n          }\n        ": types.HandoutLinksActiveDocument,
    "\n        query HandoutPatientName($id: ID!) {\n          handout(id: $id) {\n            patientName\n          }\n        }\n      ": types.HandoutPatientNameDocument,
    "\n            query HandoutsPatientNames {\n              handouts {\n                nodes {\n                  patientName\n                }\n              }\n            }\n          ": types.HandoutsPatientNamesDocument,
    "\n          query HandoutsByPatient {\n            handouts(patientName: \"private per\") {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.HandoutsByPatientDocument,
    "\n            query HandoutsPage($first: Int!) {\n              handouts(first: $first) {\n                nodes {\n                  id\n                  template {\n                    name\n                    items {\n                      position\n                    }\n                  }\n                  clinician {\n                    displayName\n                  }\n                  issuedBy {\n                    displayName\n                  }\n                  links {\n                    active\n                  }\n                  latestVersion\n                }\n              }\n            }\n          ": types.HandoutsPageDocument,
    "\n          query HandoutsAudit {\n            auditLog(first: 200) {\n              action\n              details\n            }\n          }\n        ": types.HandoutsAuditDocument,
    "\n      query HttpErrorsExercise($id: ID!) {\n        exercise(by: { id: $id }) {\n          id\n        }\n      }\n    ": types.HttpErrorsExerciseDocument,
    "\n      mutation HttpErrorsArchive($id: ID!) {\n        archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n          id\n        }\n      }\n    ": types.HttpErrorsArchiveDocument,
    "\n          mutation HttpErrorsReissue($id: ID!) {\n            reissueHandout(input: { id: $id }) {\n              id\n            }\n          }\n        ": types.HttpErrorsReissueDocument,
    "\n          mutation HttpCacheDraft($input: CreateExerciseInput!) {\n            createExercise(input: $input) {\n              id\n            }\n          }\n        ": types.HttpCacheDraftDocument,
    "\n        mutation ImageSafetyDraft($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": types.ImageSafetyDraftDocument,
    "\n        query ImageSafetyStillServing {\n          exercises(first: 1) {\n            totalCount\n          }\n        }\n      ": types.ImageSafetyStillServingDocument,
    "\n          query ImageSafetyAccounts {\n            accounts {\n              id\n              role\n            }\n          }\n        ": types.ImageSafetyAccountsDocument,
    "\n          mutation ImageSafetyIssueHandout($input: IssueHandoutInput!) {\n            issueHandout(input: $input) {\n              id\n              links {\n                url\n              }\n            }\n          }\n        ": types.ImageSafetyIssueHandoutDocument,
    "\n  mutation ImportFreeExerciseDb($path: String!) {\n    importFreeExerciseDb(input: { path: $path }) {\n      total\n      created\n      updated\n      unchanged\n      images\n      seconds\n      skipped {\n        id\n        reason\n      }\n    }\n  }\n": types.ImportFreeExerciseDbDocument,
    "\n        query ImportSideBridge {\n          exercise(by: { slug: \"fedb-side-bridge\" }) {\n            summary\n            steps\n            needsTagging\n          }\n        }\n      ": types.ImportSideBridgeDocument,
    "\n        query ImportSitUp {\n          exercise(by: { slug: \"fedb-3-4-sit-up\" }) {\n            name\n            summary\n            steps\n            status\n            planes\n            stance\n            position\n            needsTagging\n            tempo {\n              intent\n              notation\n            }\n            loadKind\n            equipment\n            primaryMuscles\n            secondaryMuscles\n            regions\n            focus\n            difficulty\n            prescription {\n              sets\n              reps\n            }\n          }\n        }\n      ": types.ImportSitUpDocument,
    "\n        query ImportBridgePictures {\n          exercise(by: { slug: \"fedb-single-leg-glute-bridge\" }) {\n            media {\n              url\n              width\n              height\n              mime\n              altText\n              licence\n            }\n          }\n        }\n      ": types.ImportBridgePicturesDocument,
    "\n        query ImportNeedingTags {\n          exercisesNeedingTags(first: 5) {\n            totalCount\n            nodes {\n              id\n              slug\n              version\n            }\n          }\n        }\n      ": types.ImportNeedingTagsDocument,
    "\n          mutation ImportSubmit($input: ChangeStatusInput!) {\n            changeExerciseStatus(input: $input) {\n              id\n            }\n          }\n        ": types.ImportSubmitDocument,
    "\n        mutation ImportTag($id: ID!, $version: Int!) {\n          updateExercise(\n            input: {\n              id: $id\n              expectedVersion: $version\n              planes: [SAGITTAL]\n              stance: BILATERAL\n              position: SUPINE\n              tempo: \"2-0-2-0\"\n              tempoIntent: MODERATE\n            }\n          ) {\n            needsTagging\n            version\n          }\n        }\n      ": types.ImportTagDocument,
    "\n        query ImportNeedingTagsCount {\n          exercisesNeedingTags {\n            totalCount\n          }\n        }\n      ": types.ImportNeedingTagsCountDocument,
    "\n        mutation ImportRename($id: ID!, $version: Int!) {\n          updateExercise(\n            input: { id: $id, expectedVersion: $version, name: \"Renamed by the clinic\" }\n          ) {\n            id\n          }\n        }\n      ": types.ImportRenameDocument,
    "\n        query ImportKeptName($id: ID!) {\n          exercise(by: { id: $id }) {\n            name\n          }\n        }\n      ": types.ImportKeptNameDocument,
    "\n        query ExportBridgeId {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            id\n          }\n        }\n      ": types.ExportBridgeIdDocument,
    "\n        mutation ExportAddVideo($input: AddExerciseVideoInput!) {\n          addExerciseVideo(input: $input) {\n            id\n          }\n        }\n      ": types.ExportAddVideoDocument,
    "\n        mutation ExportUntaggedIdea {\n          createExercise(\n            input: {\n              slug: \"untagged-idea\"\n              name: \"Untagged idea\"\n              summary: \"Later.\"\n              steps: [\"Try it.\"]\n              loadKind: BODYWEIGHT\n              regions: [HIP]\n              primaryMuscles: [GLUTEUS_MEDIUS]\n              focus: [ACTIVATION]\n              difficulty: 1\n              prescription: { sets: 1, reps: 5 }\n            }\n          ) {\n            id\n          }\n        }\n      ": types.ExportUntaggedIdeaDocument,
    "\n        query ExportServedMedia {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            media {\n              kind\n              url\n              poster {\n                altText\n              }\n            }\n          }\n        }\n      ": types.ExportServedMediaDocument,
    "\n        query ExportUntaggedIdeaStatus {\n          exercise(by: { slug: \"untagged-idea\" }) {\n            status\n            needsTagging\n          }\n        }\n      ": types.ExportUntaggedIdeaStatusDocument,
    "\n    query SeedAfterImportLibrary {\n      all: exercises(first: 1, filter: { status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED] }) {\n        totalCount\n      }\n      bridge: exercise(by: { slug: \"glute-bridge\" }) {\n        id\n        version\n        summary\n        localized(locale: ES) {\n          fallbackFields\n        }\n      }\n      imported: exercise(by: { slug: \"fedb-side-bridge\" }) {\n        status\n      }\n      knee: programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n        items {\n          exercise {\n            slug\n          }\n        }\n      }\n    }\n  ": types.SeedAfterImportLibraryDocument,
    "\n    mutation SeedAfterImportEdit($id: ID!, $version: Int!) {\n      updateExercise(\n        input: { id: $id, expectedVersion: $version, summary: \"The clinic's own words.\" }\n      ) {\n        version\n      }\n    }\n  ": types.SeedAfterImportEditDocument,
    "\n  query InputsMe {\n    me {\n      id\n    }\n  }\n": types.InputsMeDocument,
    "\n  mutation InputsUpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n    }\n  }\n": types.InputsUpdateExerciseDocument,
    "\n  mutation InputsIssueHandout($i: IssueHandoutInput!) {\n    issueHandout(input: $i) {\n      id\n    }\n  }\n": types.InputsIssueHandoutDocument,
    "\n        mutation InputsCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n            version\n          }\n        }\n      ": types.InputsCreateExerciseDocument,
    "\n      query InputsExerciseById($v: ID!) {\n        exercise(by: { id: $v }) {\n          id\n        }\n      }\n    ": types.InputsExerciseByIdDocument,
    "\n      query InputsExerciseBySlug($v: String!) {\n        exercise(by: { slug: $v }) {\n          id\n        }\n      }\n    ": types.InputsExerciseBySlugDocument,
    "\n          query InputsSearch($v: String!) {\n            searchExercises(query: $v) {\n              totalCount\n            }\n          }\n        ": types.InputsSearchDocument,
    "\n          mutation InputsLogin($v: LoginInput!) {\n            login(input: $v) {\n              token\n            }\n          }\n        ": types.InputsLoginDocument,
    "\n          mutation InputsCreateWithCues($v: CreateExerciseInput!) {\n            createExercise(input: $v) {\n              id\n            }\n          }\n        ": types.InputsCreateWithCuesDocument,
    "\n          query InputsHandoutsByPatient($v: String) {\n            handouts(patientName: $v) {\n              totalCount\n            }\n          }\n        ": types.InputsHandoutsByPatientDocument,
    "\n          mutation InputsRevisionMessage($v: String) {\n            createExercise(\n              input: {\n                slug: \"x\"\n                name: \"x\"\n                summary: \"x\"\n                loadKind: BODYWEIGHT\n                regions: [KNEE]\n                primaryMuscles: [QUADRICEPS]\n                focus: [STRENGTH]\n                difficulty: 1\n                prescription: { sets: 1, reps: 1 }\n                message: $v\n              }\n            ) {\n              id\n            }\n          }\n        ": types.InputsRevisionMessageDocument,
    "\n          query InputsHandoutById($v: ID!) {\n            handout(id: $v) {\n              id\n            }\n          }\n        ": types.InputsHandoutByIdDocument,
    "\n          query InputsExercisesAfterLong($v: String) {\n            exercises(after: $v) {\n              totalCount\n            }\n          }\n        ": types.InputsExercisesAfterLongDocument,
    "\n          query InputsExercisesAfter($a: String) {\n            exercises(after: $a) {\n              totalCount\n            }\n          }\n        ": types.InputsExercisesAfterDocument,
    "\n          query InputsTemplatesAfter($a: String) {\n            programTemplates(after: $a) {\n              totalCount\n            }\n          }\n        ": types.InputsTemplatesAfterDocument,
    "\n          query InputsHandoutsAfter($a: String) {\n            handouts(after: $a) {\n              totalCount\n            }\n          }\n        ": types.InputsHandoutsAfterDocument,
    "\n          query InputsSearchAfter($a: String) {\n            searchExercises(query: \"squat\", after: $a) {\n              totalCount\n            }\n          }\n        ": types.InputsSearchAfterDocument,
    "\n          query InputsFirstPage {\n            exercises(first: 1) {\n              pageInfo {\n                endCursor\n              }\n            }\n          }\n        ": types.InputsFirstPageDocument,
    "\n          query InputsNextPage($a: String) {\n            exercises(first: 1, after: $a) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.InputsNextPageDocument,
    "\n            query InputsAuditBefore($b: ID) {\n              auditLog(before: $b) {\n                id\n              }\n            }\n          ": types.InputsAuditBeforeDocument,
    "\n          mutation InputsUpdateAccount($input: UpdateAccountInput!) {\n            updateAccount(input: $input) {\n              id\n            }\n          }\n        ": types.InputsUpdateAccountDocument,
    "\n          mutation InputsLink($input: LinkExercisesInput!) {\n            linkExercises(input: $input) {\n              id\n            }\n          }\n        ": types.InputsLinkDocument,
    "\n          mutation InputsUpdateProgression($input: UpdateProgressionInput!) {\n            updateProgression(input: $input) {\n              id\n            }\n          }\n        ": types.InputsUpdateProgressionDocument,
    "\n          mutation InputsClearSteps($id: ID!, $v: Int!) {\n            updateExercise(input: { id: $id, expectedVersion: $v, steps: null }) {\n              steps\n            }\n          }\n        ": types.InputsClearStepsDocument,
    "\n          mutation InputsTagStance($id: ID!, $v: Int!) {\n            updateExercise(input: { id: $id, expectedVersion: $v, stance: SINGLE_LEG }) {\n              version\n            }\n          }\n        ": types.InputsTagStanceDocument,
    "\n            mutation InputsChangeStatus($input: ChangeStatusInput!) {\n              changeExerciseStatus(input: $input) {\n                version\n              }\n            }\n          ": types.InputsChangeStatusDocument,
    "\n          mutation InputsRestoreRevision($input: RestoreRevisionInput!) {\n            restoreExerciseRevision(input: $input) {\n              id\n            }\n          }\n        ": types.InputsRestoreRevisionDocument,
    "\n          mutation InputsImportPath($p: String!) {\n            importFreeExerciseDb(input: { path: $p }) {\n              total\n            }\n          }\n        ": types.InputsImportPathDocument,
    "\n        mutation InputsCreateAccount($i: CreateAccountInput!) {\n          createAccount(input: $i) {\n            id\n          }\n        }\n      ": types.InputsCreateAccountDocument,
    "\n  mutation LibraryJobsStart($path: String!) {\n    startLibraryImport(input: { path: $path }) {\n      id\n      status\n      path\n    }\n  }\n": types.LibraryJobsStartDocument,
    "\n  query LibraryJobsPoll($id: ID!) {\n    libraryImport(id: $id) {\n      id\n      status\n      processed\n      total\n      error\n      finishedAt\n      report {\n        total\n        created\n        skipped {\n          id\n        }\n      }\n    }\n  }\n": types.LibraryJobsPollDocument,
    "\n  query LimitsAlive {\n    __typename\n  }\n": types.LimitsAliveDocument,
    "\n  mutation ProvenanceImport($path: String!) {\n    importFreeExerciseDb(input: { path: $path }) {\n      images\n    }\n  }\n": types.ProvenanceImportDocument,
    "\n  query ProvenanceMedia($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      media {\n        id\n        author\n        source\n        licence\n        licenceUrl\n        licenceVerified\n        licenceVerifiedAt\n      }\n    }\n  }\n": types.ProvenanceMediaDocument,
    "\n  mutation ProvenanceVerify($input: VerifyMediaLicenceInput!) {\n    verifyMediaLicence(input: $input) {\n      id\n      licence\n      licenceUrl\n      licenceVerified\n      licenceVerifiedAt\n    }\n  }\n": types.ProvenanceVerifyDocument,
    "\n  mutation ProvenanceIssue($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      pdfUrl\n      items {\n        exerciseSlug\n        picture {\n          url\n          credit\n          licence\n        }\n      }\n    }\n  }\n": types.ProvenanceIssueDocument,
    "\n  mutation ProvenanceReissue($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      id\n      pdfUrl\n      items {\n        picture {\n          url\n          licence\n        }\n      }\n    }\n  }\n": types.ProvenanceReissueDocument,
    "\n  query ProvenanceAudit {\n    auditLog(action: \"MEDIA_LICENCE_VERIFIED\") {\n      action\n      targetId\n    }\n  }\n": types.ProvenanceAuditDocument,
    "\n  mutation UploadsCreate($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n": types.UploadsCreateDocument,
    "\n  mutation UploadsStatus($input: ChangeStatusInput!) {\n    changeExerciseStatus(input: $input) {\n      version\n      status\n    }\n  }\n": types.UploadsStatusDocument,
    "\n  query UploadsMedia($id: ID!) {\n    exercise(by: { id: $id }) {\n      media {\n        id\n        kind\n        position\n        altText\n        author\n        licence\n        licenceVerified\n        poster {\n          id\n        }\n      }\n    }\n  }\n": types.UploadsMediaDocument,
    "\n  mutation UploadsAddVideo($input: AddExerciseVideoInput!) {\n    addExerciseVideo(input: $input) {\n      id\n    }\n  }\n": types.UploadsAddVideoDocument,
    "\n  mutation UploadsUpdate($id: ID!, $input: UpdateExerciseMediaInput!) {\n    updateExerciseMedia(id: $id, input: $input) {\n      altText\n      author\n    }\n  }\n": types.UploadsUpdateDocument,
    "\n  query UploadsAudit($action: String) {\n    auditLog(action: $action, first: 200) {\n      targetId\n      details\n    }\n  }\n": types.UploadsAuditDocument,
    "\n  query ExerciseMedia($id: ID!) {\n    exercise(by: { id: $id }) {\n      media {\n        id\n        kind\n        position\n        url\n        mime\n        width\n        height\n        bytes\n        altText\n        credit\n        licence\n        poster {\n          id\n          url\n        }\n      }\n    }\n  }\n": types.ExerciseMediaDocument,
    "\n  mutation MediaAddVideo($input: AddExerciseVideoInput!) {\n    addExerciseVideo(input: $input) {\n      id\n      kind\n      position\n      url\n      mime\n      width\n      height\n      bytes\n      altText\n      credit\n      licence\n      poster {\n        id\n      }\n    }\n  }\n": types.MediaAddVideoDocument,
    "\n  mutation MediaRemove($id: ID!) {\n    deleteExerciseMedia(input: { id: $id }) {\n      deletedMediaId\n      exercise {\n        media {\n          id\n          position\n        }\n      }\n    }\n  }\n": types.MediaRemoveDocument,
    "\n        mutation MediaDraft($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": types.MediaDraftDocument,
    "\n      mutation MediaUpdate($input: UpdateExerciseMediaInput!) {\n        updateExerciseMedia(input: $input) {\n          id\n          position\n          altText\n          credit\n          licence\n        }\n      }\n    ": types.MediaUpdateDocument,
    "\n        query MediaList {\n          exercises(first: 100) {\n            nodes {\n              id\n              media {\n                url\n              }\n            }\n          }\n        }\n      ": types.MediaListDocument,
    "\n      query MediaPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            media {\n              kind\n              url\n              width\n              poster {\n                url\n                width\n              }\n            }\n          }\n        }\n      }\n    ": types.MediaPageDocument,
    "\n  mutation ObserveLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      refreshToken\n    }\n  }\n": types.ObserveLoginDocument,
    "\n  mutation ObserveRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      token\n      refreshToken\n    }\n  }\n": types.ObserveRefreshDocument,
    "\n  mutation ObserveIssueReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) {\n      token\n    }\n  }\n": types.ObserveIssueResetDocument,
    "\n  mutation ObserveResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n    }\n  }\n": types.ObserveResetPasswordDocument,
    "\n  query ObserveAccounts {\n    accounts {\n      id\n      email\n    }\n  }\n": types.ObserveAccountsDocument,
    "\n  query ObserveTemplate {\n    programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n      id\n    }\n  }\n": types.ObserveTemplateDocument,
    "\n  mutation ObserveIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      pdfUrl\n      links {\n        url\n      }\n    }\n  }\n": types.ObserveIssueHandoutDocument,
    "\n  query ObserveExercises {\n    exercises(first: 3) {\n      totalCount\n    }\n  }\n": types.ObserveExercisesDocument,
    "\n        query ObserveCounted {\n          __typename\n        }\n      ": types.ObserveCountedDocument,
    "\n  query OutageExerciseCount {\n    exercises {\n      totalCount\n    }\n  }\n": types.OutageExerciseCountDocument,
    "\n        query OutageHandoutCount {\n          handouts {\n            totalCount\n          }\n        }\n      ": types.OutageHandoutCountDocument,
    "\n  mutation ResetPageIssue($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) {\n      token\n      url\n      expiresAt\n    }\n  }\n": types.ResetPageIssueDocument,
    "\n  mutation PrintingIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      pdfUrl\n      links {\n        url\n      }\n      items {\n        picture {\n          url\n        }\n      }\n    }\n  }\n": types.PrintingIssueHandoutDocument,
    "\n      query PrintingTemplate {\n        programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n          id\n        }\n      }\n    ": types.PrintingTemplateDocument,
    "\n      query PrintingAccounts {\n        accounts {\n          id\n          role\n        }\n      }\n    ": types.PrintingAccountsDocument,
    "\n  query PrintingPing {\n    __typename\n  }\n": types.PrintingPingDocument,
    "\n  mutation CreateProgramTemplate($input: CreateProgramTemplateInput!) {\n    createProgramTemplate(input: $input) {\n      ...ProgramTemplateFields\n    }\n  }\n": types.CreateProgramTemplateDocument,
    "\n  mutation UpdateProgramTemplate($input: UpdateProgramTemplateInput!) {\n    updateProgramTemplate(input: $input) {\n      ...ProgramTemplateFields\n    }\n  }\n": types.UpdateProgramTemplateDocument,
    "\n      query ProgramTemplateLookup($by: ProgramTemplateLookup) {\n        programTemplate(by: $by) {\n          slug\n        }\n        programTemplates(first: 1) {\n          totalCount\n        }\n      }\n    ": types.ProgramTemplateLookupDocument,
    "\n        query RunnersKneeTemplate {\n          programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n            ...ProgramTemplateFields\n          }\n        }\n      ": types.RunnersKneeTemplateDocument,
    "\n      mutation ProgramGuidanceIssue($input: IssueHandoutInput!) {\n        issueHandout(input: $input) {\n          guidance {\n            text\n            language\n            outdated\n          }\n        }\n      }\n    ": types.ProgramGuidanceIssueDocument,
    "\n        mutation ArchiveProgramTemplate($id: ID!) {\n          archiveProgramTemplate(input: { id: $id, expectedVersion: 2 }) {\n            archivedAt\n            version\n          }\n        }\n      ": types.ArchiveProgramTemplateDocument,
    "\n        query ProgramTemplateSlugs {\n          programTemplates(first: 50) {\n            nodes {\n              slug\n            }\n          }\n        }\n      ": types.ProgramTemplateSlugsDocument,
    "\n          query ProgramTemplateIds {\n            programTemplates {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.ProgramTemplateIdsDocument,
    "\n        query RunnersKneeBalance {\n          programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n            balance {\n              gaps {\n                facet\n                missing\n                suggestions {\n                  slug\n                  status\n                }\n              }\n            }\n          }\n        }\n      ": types.RunnersKneeBalanceDocument,
    "\n  mutation LinkExercises($input: LinkExercisesInput!) {\n    linkExercises(input: $input) {\n      id\n      kind\n      changes\n      criterion\n      order\n      from {\n        slug\n      }\n      to {\n        slug\n      }\n    }\n  }\n": types.LinkExercisesDocument,
    "\n  mutation RemoveProgression($id: ID!) {\n    removeProgression(input: { id: $id }) {\n      removedProgressionId\n      from {\n        slug\n      }\n      to {\n        slug\n      }\n    }\n  }\n": types.RemoveProgressionDocument,
    "\n        mutation ProgressionsCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": types.ProgressionsCreateExerciseDocument,
    "\n        query SquatLadder {\n          exercise(by: { slug: \"single-leg-squat-to-box\" }) {\n            ladder {\n              level\n              exercise {\n                slug\n              }\n              via {\n                changes\n                criterion\n                from {\n                  slug\n                }\n                to {\n                  slug\n                }\n              }\n            }\n          }\n        }\n      ": types.SquatLadderDocument,
    "\n      query SquatLadderDepth($depth: Int) {\n        exercise(by: { slug: \"single-leg-squat-to-box\" }) {\n          ladder(depth: $depth) {\n            level\n          }\n        }\n      }\n    ": types.SquatLadderDepthDocument,
    "\n        query ProgressionLists($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            progressions {\n              order\n              to {\n                slug\n              }\n            }\n            regressions {\n              from {\n                slug\n              }\n            }\n            variations {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      ": types.ProgressionListsDocument,
    "\n        query ProgressionVariations($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            variations {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      ": types.ProgressionVariationsDocument,
    "\n      query ProgressionPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            media {\n              url\n              altText\n            }\n            progressions {\n              criterion\n              to {\n                slug\n              }\n            }\n            regressions {\n              from {\n                slug\n              }\n            }\n            variations {\n              kind\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      }\n    ": types.ProgressionPageDocument,
    "\n      query ProgressionDetail($slug: String!) {\n        exercise(by: { slug: $slug }) {\n          id\n          name\n          steps\n          tempo {\n            intent\n          }\n          progressions {\n            criterion\n            changes\n            order\n            to {\n              slug\n              name\n              status\n            }\n          }\n          regressions {\n            kind\n            from {\n              slug\n              steps\n            }\n          }\n          variations {\n            from {\n              slug\n            }\n            to {\n              slug\n            }\n          }\n        }\n      }\n    ": types.ProgressionDetailDocument,
    "\n      query ProgressionDetailReference($text: String!) {\n        exercises(first: 5, filter: { text: $text }) {\n          nodes {\n            slug\n            progressions {\n              criterion\n              changes\n              order\n              to {\n                slug\n                name\n                status\n              }\n            }\n            regressions {\n              kind\n              from {\n                slug\n                steps\n              }\n            }\n            variations {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      }\n    ": types.ProgressionDetailReferenceDocument,
    "\n        query ProgressionPathHarder($from: ID!, $to: ID!) {\n          progressionPath(from: $from, to: $to) {\n            direction\n            steps {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      ": types.ProgressionPathHarderDocument,
    "\n        query ProgressionPathEasier($from: ID!, $to: ID!) {\n          progressionPath(from: $from, to: $to) {\n            direction\n            steps {\n              from {\n                slug\n              }\n            }\n          }\n        }\n      ": types.ProgressionPathEasierDocument,
    "\n        query ProgressionPathNone($from: ID!, $to: ID!) {\n          progressionPath(from: $from, to: $to) {\n            direction\n          }\n        }\n      ": types.ProgressionPathNoneDocument,
    "\n        mutation ProgressionUpdateCriterion($id: ID!) {\n          updateProgression(input: { id: $id, criterion: \"2 x 8 at RPE 7\", order: 0 }) {\n            criterion\n            order\n            changes\n          }\n        }\n      ": types.ProgressionUpdateCriterionDocument,
    "\n            mutation ProgressionMakeProgression($id: ID!) {\n              updateProgression(input: { id: $id, kind: PROGRESSION }) {\n                id\n              }\n            }\n          ": types.ProgressionMakeProgressionDocument,
    "\n          mutation ProgressionsArchive($id: ID!) {\n            archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n              id\n            }\n          }\n        ": types.ProgressionsArchiveDocument,
    "\n  query SearchExercises($query: String!, $filter: ExerciseFilter, $first: Int, $after: String) {\n    searchExercises(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        score\n        node {\n          slug\n          name\n          planes\n          status\n        }\n      }\n    }\n  }\n": types.SearchExercisesDocument,
    "\n        mutation SearchCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      ": types.SearchCreateExerciseDocument,
    "\n      query ExerciseFacets($filter: ExerciseFilter, $query: String) {\n        exerciseFacets(filter: $filter, query: $query) {\n          total\n          planes {\n            value\n            count\n          }\n          stance {\n            value\n            count\n          }\n          position {\n            value\n            count\n          }\n          tempoIntent {\n            value\n            count\n          }\n          loadKind {\n            value\n            count\n          }\n          equipment {\n            value\n            count\n          }\n          region {\n            value\n            count\n          }\n          focus {\n            value\n            count\n          }\n          difficulty {\n            value\n            count\n          }\n        }\n      }\n    ": types.ExerciseFacetsDocument,
    "\n  query SeedTemplate($slug: String!) {\n    programTemplate(by: { slug: $slug }) {\n      id\n      items {\n        exercise {\n          slug\n        }\n      }\n    }\n  }\n": types.SeedTemplateDocument,
    "\n  query SeedTemplateBalance($items: [ProgramItemInput!]!) {\n    programBalance(items: $items) {\n      exerciseCount\n      gaps {\n        facet\n        missing\n      }\n    }\n  }\n": types.SeedTemplateBalanceDocument,
    "\n  mutation SeedTemplateHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      locale\n      items {\n        exerciseSlug\n      }\n      guidance {\n        language\n        outdated\n      }\n      fallbacks {\n        exerciseName\n        fields\n      }\n    }\n  }\n": types.SeedTemplateHandoutDocument,
    "\n  mutation SessionsLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      refreshToken\n      refreshExpiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n": types.SessionsLoginDocument,
    "\n  mutation SessionsRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      token\n      refreshToken\n      account {\n        email\n      }\n    }\n  }\n": types.SessionsRefreshDocument,
    "\n  mutation SessionsSignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      sessionsEnded\n    }\n  }\n": types.SessionsSignOutDocument,
    "\n  mutation SessionsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      refreshToken\n    }\n  }\n": types.SessionsChangePasswordDocument,
    "\n  mutation SessionsUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      role\n      active\n    }\n  }\n": types.SessionsUpdateAccountDocument,
    "\n  mutation SessionsIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      patientName\n      pdfUrl\n    }\n  }\n": types.SessionsIssueHandoutDocument,
    "\n  query SessionsAccountIds {\n    accounts {\n      id\n    }\n  }\n": types.SessionsAccountIdsDocument,
    "\n  query SessionsExerciseCount {\n    exercises(first: 1) {\n      totalCount\n    }\n  }\n": types.SessionsExerciseCountDocument,
    "\n  query SessionsDraftCount {\n    exercises(first: 1, filter: { status: DRAFT }) {\n      totalCount\n    }\n  }\n": types.SessionsDraftCountDocument,
    "\n        query SessionsPatientNames {\n          handouts(first: 5) {\n            nodes {\n              patientName\n            }\n          }\n        }\n      ": types.SessionsPatientNamesDocument,
    "\n        query SessionsAccounts {\n          accounts {\n            id\n            role\n          }\n        }\n      ": types.SessionsAccountsDocument,
    "\n          mutation SessionsDraft($input: CreateExerciseInput!) {\n            createExercise(input: $input) {\n              id\n            }\n          }\n        ": types.SessionsDraftDocument,
    "\n        query SessionsMyRole {\n          me {\n            role\n          }\n        }\n      ": types.SessionsMyRoleDocument,
    "\n            query SessionsAudit {\n              auditLog(first: 200) {\n                action\n                details\n              }\n            }\n          ": types.SessionsAuditDocument,
    "\n      mutation SessionsIssueReset($input: IssuePasswordResetInput!) {\n        issuePasswordReset(input: $input) {\n          token\n          expiresAt\n          account {\n            email\n          }\n        }\n      }\n    ": types.SessionsIssueResetDocument,
    "\n      mutation SessionsResetPassword($input: ResetPasswordInput!) {\n        resetPassword(input: $input) {\n          token\n          refreshToken\n          account {\n            email\n          }\n        }\n      }\n    ": types.SessionsResetPasswordDocument,
    "\n            query SessionsResetAudit {\n              auditLog(first: 200) {\n                action\n                details\n              }\n            }\n          ": types.SessionsResetAuditDocument,
    "\n        mutation SessionsRevokeKey($id: ID!) {\n          revokeApiKey(input: { id: $id }) {\n            id\n          }\n        }\n      ": types.SessionsRevokeKeyDocument,
    "\n          mutation SessionsCreateAccount($input: CreateAccountInput!) {\n            createAccount(input: $input) {\n              id\n            }\n          }\n        ": types.SessionsCreateAccountDocument,
    "\n        query SessionsFailedSignIns {\n          auditLog(first: 200, action: \"LOGIN_FAILED\") {\n            action\n            targetId\n            details\n          }\n        }\n      ": types.SessionsFailedSignInsDocument,
    "\n  mutation ShutdownLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.ShutdownLoginDocument,
    "\n  query ShutdownTemplate {\n    programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n      id\n    }\n  }\n": types.ShutdownTemplateDocument,
    "\n  mutation ShutdownIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n    }\n  }\n": types.ShutdownIssueHandoutDocument,
    "\n  query ShutdownExercises {\n    exercises(first: 20) {\n      totalCount\n      nodes {\n        name\n        planes\n      }\n    }\n  }\n": types.ShutdownExercisesDocument,
    "\n  query BrowserExercises(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: ExerciseFilter\n  ) {\n    exercises(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasPreviousPage\n        hasNextPage\n      }\n    }\n  }\n": types.BrowserExercisesDocument,
    "\n  mutation TestCreateApiKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      secret\n      apiKey {\n        id\n        prefix\n      }\n    }\n  }\n": types.TestCreateApiKeyDocument,
    "\n  mutation TestVerifyMediaLicence($input: VerifyMediaLicenceInput!) {\n    verifyMediaLicence(input: $input) {\n      id\n    }\n  }\n": types.TestVerifyMediaLicenceDocument,
    "\n  fragment ExerciseFields on Exercise {\n    id\n    slug\n    name\n    aliases\n    summary\n    steps\n    cues\n    mistakes\n    precautions\n    planes\n    stance\n    position\n    tempo {\n      notation\n      intent\n      timeUnderTensionSeconds\n      eccentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      bottomPause {\n        seconds\n      }\n      concentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      topPause {\n        seconds\n      }\n    }\n    loadKind\n    equipment\n    intensity {\n      scale\n      value\n      unit\n      bandColour\n    }\n    regions\n    primaryMuscles\n    secondaryMuscles\n    focus\n    difficulty\n    prescription {\n      sets\n      reps\n      holdSeconds\n      distanceMetres\n      durationSeconds\n      perSide\n      restSeconds\n      sessionsPerWeek\n    }\n    status\n    version\n    createdAt\n    updatedAt\n  }\n": types.ExerciseFieldsFragmentDoc,
    "\n  fragment HandoutFields on Handout {\n    id\n    seriesId\n    version\n    latestVersion\n    title\n    patientName\n    issuedOn\n    clinicianName\n    locale\n    largePrint\n    paperSize\n    guidance {\n      text\n      language\n      outdated\n    }\n    pdfUrl\n    printUrl\n    items {\n      position\n      exerciseSlug\n      exerciseVersion\n      name\n      summary\n      steps\n      cues\n      fallbackFields\n      picture {\n        url\n        altText\n        credit\n        licence\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n    links {\n      id\n      url\n      active\n      expiresAt\n      revokedAt\n    }\n  }\n": types.HandoutFieldsFragmentDoc,
    "\n  fragment ProgramTemplateFields on ProgramTemplate {\n    id\n    slug\n    name\n    description\n    guidance\n    guidanceTranslations {\n      locale\n      text\n      outdated\n    }\n    version\n    archivedAt\n    owner {\n      id\n      displayName\n    }\n    items {\n      position\n      exercise {\n        slug\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n  }\n": types.ProgramTemplateFieldsFragmentDoc,
    "\n  mutation TestLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.TestLoginDocument,
    "\n  mutation TestCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n    }\n  }\n": types.TestCreateAccountDocument,
    "\n  mutation TranslationSet($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      exerciseId\n      locale\n      name\n      summary\n      steps\n      cues\n      precautions\n      version\n      updatedAt\n    }\n  }\n": types.TranslationSetDocument,
    "\n  mutation TranslationRemove($input: RemoveExerciseTranslationInput!) {\n    removeExerciseTranslation(input: $input) {\n      id\n      translations {\n        locale\n      }\n    }\n  }\n": types.TranslationRemoveDocument,
    "\n  query TranslationRead($id: ID!, $locale: Locale!) {\n    exercise(by: { id: $id }) {\n      translations {\n        exerciseId\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        version\n        updatedAt\n      }\n      localized(locale: $locale) {\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        fallbackFields\n      }\n    }\n  }\n": types.TranslationReadDocument,
    "\n  mutation TranslationDraft($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n    }\n  }\n": types.TranslationDraftDocument,
    "\n  query TranslationAudit($id: ID) {\n    auditLog(targetId: $id) {\n      action\n      actorKind\n      targetType\n      details\n    }\n  }\n": types.TranslationAuditDocument,
    "\n  query TranslationOutdated($by: ExerciseLookup!) {\n    exercise(by: $by) {\n      translations {\n        locale\n        outdated\n      }\n    }\n  }\n": types.TranslationOutdatedDocument,
    "\n  mutation TranslationSetOutdated($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n      outdated\n    }\n  }\n": types.TranslationSetOutdatedDocument,
    "\n      query TranslationSeeded($after: String) {\n        exercises(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            slug\n            translations {\n              locale\n              name\n              summary\n              steps\n              cues\n              precautions\n            }\n            es: localized(locale: ES) {\n              name\n              fallbackFields\n            }\n            vi: localized(locale: VI) {\n              name\n              fallbackFields\n            }\n            zh: localized(locale: ZH) {\n              name\n              fallbackFields\n            }\n          }\n        }\n      }\n    ": types.TranslationSeededDocument,
    "\n      query TranslationIds($id: ID!) {\n        exercise(by: { id: $id }) {\n          translations {\n            id\n            locale\n            version\n          }\n        }\n      }\n    ": types.TranslationIdsDocument,
    "\n      mutation TranslationSetId($input: SetExerciseTranslationInput!) {\n        setExerciseTranslation(input: $input) {\n          id\n          version\n        }\n      }\n    ": types.TranslationSetIdDocument,
    "\n        mutation TranslationArchive($id: ID!) {\n          archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n            id\n          }\n        }\n      ": types.TranslationArchiveDocument,
    "\n        query TranslationAccounts {\n          accounts {\n            id\n            role\n          }\n        }\n      ": types.TranslationAccountsDocument,
    "\n          query TranslationEnglishPrecautions($slug: String!) {\n            exercise(by: { slug: $slug }) {\n              precautions\n            }\n          }\n        ": types.TranslationEnglishPrecautionsDocument,
    "\n          mutation TranslationIssueHandout($input: IssueHandoutInput!) {\n            issueHandout(input: $input) {\n              pdfUrl\n              items {\n                exerciseSlug\n                precautions\n                fallbackFields\n              }\n            }\n          }\n        ": types.TranslationIssueHandoutDocument,
    "\n        query TranslationBridgeId {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            id\n          }\n        }\n      ": types.TranslationBridgeIdDocument,
    "\n      mutation TranslationUpdateExercise($input: UpdateExerciseInput!) {\n        updateExercise(input: $input) {\n          version\n          translations {\n            locale\n            version\n            outdated\n          }\n        }\n      }\n    ": types.TranslationUpdateExerciseDocument,
    "\n      query TranslationPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            translations {\n              locale\n              name\n              steps\n              outdated\n            }\n            es: localized(locale: ES) {\n              name\n              cues\n              fallbackFields\n            }\n            zh: localized(locale: ZH) {\n              name\n            }\n            en: localized(locale: EN) {\n              name\n            }\n          }\n        }\n      }\n    ": types.TranslationPageDocument,
    "\n            query TranslationExportedPartial($slug: String!) {\n              exercise(by: { slug: $slug }) {\n                localized(locale: VI) {\n                  summary\n                  fallbackFields\n                }\n              }\n            }\n          ": types.TranslationExportedPartialDocument,
    "\n          query TranslationBridgeSpanish {\n            exercise(by: { slug: \"glute-bridge\" }) {\n              localized(locale: ES) {\n                name\n              }\n            }\n          }\n        ": types.TranslationBridgeSpanishDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFiltersMe {\n    me {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AuditFiltersMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditFiltersNewKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      apiKey {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuditFiltersNewKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFiltersEntries(\n    $actorId: ID\n    $action: String\n    $targetId: ID\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $after: String\n  ) {\n    auditEntries(\n      actorId: $actorId\n      action: $action\n      targetId: $targetId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        at\n        actorId\n        action\n        targetId\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuditFiltersEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramBalance($items: [ProgramItemInput!]!) {\n    programBalance(items: $items) {\n      exerciseCount\n      medianDifficulty\n      summary\n      planes {\n        value\n        count\n        share\n      }\n      stances {\n        value\n        count\n        share\n      }\n      tempoIntents {\n        value\n        count\n        share\n      }\n      loadKinds {\n        value\n        count\n        share\n      }\n      gaps {\n        facet\n        missing\n        priority\n        reason\n        suggestions {\n          slug\n          name\n          status\n          difficulty\n          planes\n          stance\n          loadKind\n          tempo {\n            intent\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProgramBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BalanceCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n            version\n          }\n        }\n      "): typeof import('./graphql.js').BalanceCreateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation BalanceChangeStatus($input: ChangeStatusInput!) {\n            changeExerciseStatus(input: $input) {\n              version\n            }\n          }\n        "): typeof import('./graphql.js').BalanceChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserExpectedSlugs($first: Int!, $after: String, $filter: ExerciseFilter) {\n    exercises(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes {\n        slug\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrowserExpectedSlugsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePage($filter: ExerciseFilter, $first: Int, $after: String) {\n    exercises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CataloguePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueNames {\n            exercises(first: 5) {\n              nodes {\n                slug\n                name\n              }\n            }\n          }\n        "): typeof import('./graphql.js').CatalogueNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueSteps {\n            exercises(first: 5) {\n              nodes {\n                slug\n                steps\n                tempo {\n                  notation\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql.js').CatalogueStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueUntagged {\n            exercise(by: { slug: \"untagged-published\" }) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').CatalogueUntaggedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueVersion($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            id\n            version\n          }\n        }\n      "): typeof import('./graphql.js').CatalogueVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CatalogueEditName($id: ID!, $v: Int!) {\n          updateExercise(input: { id: $id, expectedVersion: $v, name: \"Edited\" }) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').CatalogueEditNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogueNameVersion($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            name\n            version\n          }\n        }\n      "): typeof import('./graphql.js').CatalogueNameVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectionsPageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n"): typeof import('./graphql.js').ConnectionsPageInfoFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsExercises($first: Int, $after: String, $last: Int, $before: String) {\n    exercises(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsExercisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsSearch($first: Int, $after: String, $last: Int, $before: String) {\n    searchExercises(query: \"squat\", first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsTemplates($first: Int, $after: String, $last: Int, $before: String) {\n    programTemplates(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsHandouts($first: Int, $after: String, $last: Int, $before: String) {\n    handouts(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsHandoutsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsAudit(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $action: String\n  ) {\n    auditEntries(first: $first, after: $after, last: $last, before: $before, action: $action) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsAccounts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $role: [Role!]\n    $active: Boolean\n  ) {\n    accountsConnection(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      role: $role\n      active: $active\n    ) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsApiKeys($first: Int, $after: String, $last: Int, $before: String) {\n    apiKeysConnection(first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        ...ConnectionsPageInfo\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsRevisions($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    exercise(by: { id: $id }) {\n      revisions(first: $first, after: $after, last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n            version\n          }\n        }\n        pageInfo {\n          ...ConnectionsPageInfo\n        }\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsAccessLog($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    handout(id: $id) {\n      accessLog(first: $first, after: $after, last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          ...ConnectionsPageInfo\n        }\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsAccessLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectionsCreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsCreateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectionsUpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {\n    updateExercise(id: $id, version: $version, input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsUpdateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectionsIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      links {\n        url\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConnectionsIssueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConnectionsAccessLogRefused($id: ID!) {\n            handout(id: $id) {\n              id\n              accessLog(last: 501) {\n                totalCount\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ConnectionsAccessLogRefusedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConnectionsRevisionsRefused($id: ID!) {\n            exercise(by: { id: $id }) {\n              id\n              revisions(after: \"!!!\") {\n                totalCount\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ConnectionsRevisionsRefusedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConnectionsDeprecated($id: ID!, $handout: ID!) {\n          exerciseRevisions(id: $id) {\n            version\n          }\n          auditLog(first: 3) {\n            id\n          }\n          accounts {\n            id\n          }\n          apiKeys {\n            id\n          }\n          handout(id: $handout) {\n            accesses(first: 2) {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ConnectionsDeprecatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConnectionsExercisesRevisions($first: Int!) {\n          exercises(first: $first) {\n            nodes {\n              id\n              revisions(first: 2) {\n                nodes {\n                  version\n                }\n                totalCount\n                pageInfo {\n                  hasNextPage\n                  hasPreviousPage\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ConnectionsExercisesRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConnectionsHandoutsAccessLog($first: Int!) {\n          handouts(first: $first) {\n            nodes {\n              accessLog(first: 2) {\n                nodes {\n                  id\n                  outcome\n                }\n                totalCount\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ConnectionsHandoutsAccessLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminJourneyRead {\n    exercises(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').AdminJourneyReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEditPlank {\n    exercise(by: { slug: \"copenhagen-plank\" }) {\n      version\n      summary\n      precautions\n      tempo {\n        notation\n        timeUnderTensionSeconds\n      }\n      revisions(first: 1) {\n        nodes {\n          version\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleEditPlankDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEditCreated($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      status\n      name\n      loadKind\n      regions\n      focus\n      primaryMuscles\n      difficulty\n      prescription {\n        sets\n        reps\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleEditCreatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHandoutsTestPdf($id: ID!) {\n    handout(id: $id) {\n      pdfUrl\n      version\n      largePrint\n      paperSize\n      locale\n      fallbacks {\n        exerciseName\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleHandoutsTestPdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleJourneyCounts($query: String!, $filter: ExerciseFilter) {\n    searchExercises(query: $query, filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ConsoleJourneyCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleJourneySplitSquat {\n    exercise(by: { slug: \"split-squat\" }) {\n      id\n      version\n      summary\n    }\n  }\n"): typeof import('./graphql.js').ConsoleJourneySplitSquatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleJourneyChangeSummary($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n      translations {\n        locale\n        outdated\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleJourneyChangeSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleJourneyMe {\n    me {\n      email\n    }\n  }\n"): typeof import('./graphql.js').ConsoleJourneyMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMediaExercise($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      version\n      summary\n      media {\n        id\n        altText\n        author\n        licence\n        mime\n      }\n      translations {\n        locale\n        name\n        summary\n        outdated\n        version\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleMediaExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTranslationsSet($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n      outdated\n    }\n  }\n"): typeof import('./graphql.js').ConsoleTranslationsSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTranslationsChangeSummary($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').ConsoleTranslationsChangeSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProgressionsLinks($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      progressions {\n        id\n        changes\n        criterion\n        to {\n          slug\n        }\n      }\n      regressions {\n        from {\n          slug\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleProgressionsLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTaggingImport($path: String!) {\n    importFreeExerciseDb(input: { path: $path }) {\n      created\n    }\n  }\n"): typeof import('./graphql.js').ConsoleTaggingImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTaggingTestQueue {\n    exercisesNeedingTags(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        version\n        needsTagging\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleTaggingTestQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTaggingTestTags($id: ID!) {\n    exercise(by: { id: $id }) {\n      version\n      summary\n      planes\n      stance\n      position\n      needsTagging\n      tempo {\n        notation\n        intent\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleTaggingTestTagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTaggingTestChange($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').ConsoleTaggingTestChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTemplatesSaved($id: ID!) {\n    programTemplate(by: { id: $id }) {\n      name\n      description\n      guidance\n      version\n      archivedAt\n      owner {\n        email\n      }\n      items {\n        exercise {\n          slug\n          planes\n        }\n        prescription {\n          sets\n          reps\n          holdSeconds\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleTemplatesSavedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTemplatesRename($input: UpdateProgramTemplateInput!) {\n    updateProgramTemplate(input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').ConsoleTemplatesRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWorkflowCreate($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql.js').ConsoleWorkflowCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWorkflowUpdate($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').ConsoleWorkflowUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWorkflowRead($id: ID!) {\n    exercise(by: { id: $id }) {\n      version\n      status\n      summary\n      steps\n      revisions(first: 1) {\n        nodes {\n          message\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleWorkflowReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWorkflowReadBySlug($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ConsoleWorkflowReadBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationCreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql.js').CurationCreateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationUpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n      version\n      name\n      status\n    }\n  }\n"): typeof import('./graphql.js').CurationUpdateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationChangeStatus($input: ChangeStatusInput!) {\n    changeExerciseStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): typeof import('./graphql.js').CurationChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationLink($input: LinkExercisesInput!) {\n    linkExercises(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').CurationLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationStatusOf($id: ID!) {\n    exercise(by: { id: $id }) {\n      status\n    }\n  }\n"): typeof import('./graphql.js').CurationStatusOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationRevisionVersions($id: ID!) {\n    exerciseRevisions(id: $id) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').CurationRevisionVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationFirstExercise {\n    exercises(first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').CurationFirstExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationMeEmail {\n    me {\n      email\n    }\n  }\n"): typeof import('./graphql.js').CurationMeEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurationLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').CurationLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CurationArchive($id: ID!) {\n                archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n                  id\n                }\n              }\n            "): typeof import('./graphql.js').CurationArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query CurationDrafts {\n                exercises(filter: { status: [DRAFT] }) {\n                  nodes {\n                    id\n                  }\n                }\n              }\n            "): typeof import('./graphql.js').CurationDraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CurationCreateAccount($input: CreateAccountInput!) {\n                createAccount(input: $input) {\n                  id\n                }\n              }\n            "): typeof import('./graphql.js').CurationCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query CurationAccounts {\n                accounts {\n                  id\n                  email\n                }\n              }\n            "): typeof import('./graphql.js').CurationAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CurationMakeStaff($id: ID!) {\n                updateAccount(input: { id: $id, role: STAFF }) {\n                  id\n                }\n              }\n            "): typeof import('./graphql.js').CurationMakeStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CurationKioskKey {\n                createApiKey(input: { name: \"kiosk\" }) {\n                  secret\n                }\n              }\n            "): typeof import('./graphql.js').CurationKioskKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query CurationApiKeys {\n                apiKeys {\n                  id\n                }\n              }\n            "): typeof import('./graphql.js').CurationApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query CurationAuditActions {\n                auditLog(first: 5) {\n                  action\n                }\n              }\n            "): typeof import('./graphql.js').CurationAuditActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CurationStatuses {\n              exercises(first: 100) {\n                nodes {\n                  status\n                }\n              }\n            }\n          "): typeof import('./graphql.js').CurationStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CurationBridge {\n            exercise(by: { slug: \"glute-bridge\" }) {\n              id\n              progressions {\n                to {\n                  slug\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql.js').CurationBridgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CurationBridgeProgressions {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            progressions {\n              to {\n                slug\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').CurationBridgeProgressionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CurationRevisions($id: ID!) {\n            exerciseRevisions(id: $id) {\n              version\n              message\n              createdAt\n              author {\n                email\n              }\n              snapshot\n            }\n          }\n        "): typeof import('./graphql.js').CurationRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CurationDiff($id: ID!) {\n            exerciseRevisionDiff(id: $id, from: 1, to: 2) {\n              field\n              before\n              after\n            }\n          }\n        "): typeof import('./graphql.js').CurationDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CurationRestore($input: RestoreRevisionInput!) {\n            restoreExerciseRevision(input: $input) {\n              version\n              name\n              status\n            }\n          }\n        "): typeof import('./graphql.js').CurationRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CurationDiffTo($id: ID!, $to: Int!) {\n          exerciseRevisionDiff(id: $id, from: 1, to: $to) {\n            field\n          }\n        }\n      "): typeof import('./graphql.js').CurationDiffToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CurationRestoreAs($input: RestoreRevisionInput!) {\n        restoreExerciseRevision(input: $input) {\n          id\n          version\n          status\n          needsTagging\n        }\n      }\n    "): typeof import('./graphql.js').CurationRestoreAsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CurationRestoredHistory($id: ID!) {\n        exerciseRevisions(id: $id) {\n          version\n          message\n          snapshot\n        }\n      }\n    "): typeof import('./graphql.js').CurationRestoredHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CurationCreateNamed($input: CreateExerciseInput!) {\n        createExercise(input: $input) {\n          id\n          slug\n        }\n      }\n    "): typeof import('./graphql.js').CurationCreateNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CurationNameVersion($id: ID!) {\n          exercise(by: { id: $id }) {\n            name\n            version\n          }\n        }\n      "): typeof import('./graphql.js').CurationNameVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CurationDeactivate($id: ID!) {\n            updateAccount(input: { id: $id, active: false }) {\n              active\n            }\n          }\n        "): typeof import('./graphql.js').CurationDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CurationMe {\n            me {\n              email\n              role\n            }\n          }\n        "): typeof import('./graphql.js').CurationMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CurationRevokeKey($id: ID!) {\n            revokeApiKey(input: { id: $id }) {\n              revokedAt\n            }\n          }\n        "): typeof import('./graphql.js').CurationRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CurationAudit {\n          auditLog(first: 200) {\n            id\n            at\n            actorKind\n            actorId\n            action\n            targetType\n            targetId\n            details\n          }\n        }\n      "): typeof import('./graphql.js').CurationAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedDraft($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DeprecatedLookups($id: ID, $slug: String, $template: String) {\n        exercise(id: $id, slug: $slug) {\n          slug\n        }\n        programTemplate(slug: $template) {\n          slug\n        }\n      }\n    "): typeof import('./graphql.js').DeprecatedLookupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DeprecatedLookupMixed($id: ID) {\n          exercise(by: { slug: \"glute-bridge\" }, id: $id) {\n            slug\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedLookupMixedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedCreateMessage($input: CreateExerciseInput!) {\n          createExercise(input: $input, message: \"From the old argument\") {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedCreateMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedUpdate($id: ID!) {\n          updateExercise(id: $id, version: 1, input: { name: \"Old form\" }, message: \"Renamed\") {\n            name\n            version\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedSubmit($id: ID!) {\n          changeExerciseStatus(input: { id: $id, version: 2, status: IN_REVIEW }) {\n            status\n            version\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedRestore($id: ID!) {\n          restoreExerciseRevision(input: { id: $id, version: 3, revision: 1 }) {\n            name\n            version\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedArchive($id: ID!) {\n          archiveExercise(id: $id, version: 4) {\n            status\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DeprecatedHistory($id: ID!) {\n          exerciseRevisions(id: $id) {\n            version\n            message\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedTemplate($item: ID!) {\n          createProgramTemplate(\n            input: {\n              name: \"Deprecated forms\"\n              items: [{ exerciseId: $item, sets: 3, reps: 10, sessionsPerWeek: 3 }]\n            }\n          ) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedTemplateCycle($id: ID!) {\n          updateProgramTemplate(input: { id: $id, version: 1, name: \"Renamed the old way\" }) {\n            version\n          }\n          archiveProgramTemplate(id: $id, version: 2) {\n            version\n          }\n          restoreProgramTemplate(id: $id, version: 3) {\n            name\n            version\n            archivedAt\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedTemplateCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedAdmin($account: ID!, $key: ID!) {\n          updateAccount(id: $account, input: { role: CLINICIAN }) {\n            role\n          }\n          revokeApiKey(id: $key) {\n            revokedAt\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedIssue($template: ID!) {\n          issueHandout(input: { patientName: \"A patient\", templateId: $template }) {\n            links {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedRevokeLink($id: ID!) {\n          revokeHandoutLink(id: $id) {\n            active\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedRevokeLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedMakeEdges($a: ID!, $b: ID!) {\n          addExerciseVideo(input: { exerciseId: $a, url: \"https://video.example/old\" }) {\n            id\n          }\n          linkExercises(input: { fromId: $a, toId: $b, kind: PROGRESSION, changes: [LOAD] }) {\n            id\n          }\n          setExerciseTranslation(input: { exerciseId: $a, locale: ES, name: \"Paso lateral\" }) {\n            version\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedMakeEdgesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedChange($media: ID!, $edge: ID!) {\n          updateExerciseMedia(id: $media, input: { altText: \"Side view\" }) {\n            altText\n          }\n          updateProgression(id: $edge, input: { criterion: \"3 x 10 pain-free\" }) {\n            criterion\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedRemove($media: ID!, $edge: ID!, $exercise: ID!) {\n          removeExerciseMedia(id: $media)\n          unlinkExercises(id: $edge)\n          removeExerciseTranslation(exerciseId: $exercise, locale: ES, expectedVersion: 1) {\n            translations {\n              locale\n            }\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedImport {\n          importFreeExerciseDb(path: \"free-exercise-db/exercises.json\") {\n            total\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeprecatedImportOutside {\n          importFreeExerciseDb(path: \"../outside.json\") {\n            total\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedImportOutsideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeprecatedArchiveNothing {\n            archiveExercise {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').DeprecatedArchiveNothingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeprecatedArchiveTwice($id: ID!) {\n            archiveExercise(input: { id: $id, expectedVersion: 1 }, id: $id, version: 1) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').DeprecatedArchiveTwiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeprecatedUpdateNeither {\n            updateExercise(input: { name: \"Nobody's\" }) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').DeprecatedUpdateNeitherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeprecatedUpdateTwice($id: ID!) {\n            updateExercise(id: $id, input: { id: $id, expectedVersion: 1, name: \"Twice\" }) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').DeprecatedUpdateTwiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeprecatedCreateTwice($input: CreateExerciseInput!) {\n            createExercise(input: $input, message: \"b\") {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').DeprecatedCreateTwiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeprecatedStatusNeither($id: ID!) {\n            changeExerciseStatus(input: { id: $id, status: IN_REVIEW }) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').DeprecatedStatusNeitherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeprecatedStatusTwice($id: ID!) {\n            changeExerciseStatus(\n              input: { id: $id, expectedVersion: 1, version: 1, status: IN_REVIEW }\n            ) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').DeprecatedStatusTwiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeprecatedRemoveTranslationTwice($id: ID!) {\n            removeExerciseTranslation(\n              exerciseId: $id\n              input: { exerciseId: $id, locale: ES, expectedVersion: 1 }\n            ) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').DeprecatedRemoveTranslationTwiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeprecatedRevokeLinkNothing {\n            revokeHandoutLink {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').DeprecatedRevokeLinkNothingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DeprecatedArchiveInvalid($input: ArchiveExerciseInput, $id: ID, $version: Int) {\n        archiveExercise(input: $input, id: $id, version: $version) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').DeprecatedArchiveInvalidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DeprecatedArchiveTemplateInvalid(\n        $input: ArchiveProgramTemplateInput\n        $id: ID\n        $version: Int\n      ) {\n        archiveProgramTemplate(input: $input, id: $id, version: $version) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').DeprecatedArchiveTemplateInvalidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DeprecatedRevokeKeyInvalid($input: RevokeApiKeyInput, $id: ID) {\n        revokeApiKey(input: $input, id: $id) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').DeprecatedRevokeKeyInvalidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DeprecatedRevokeLinkInvalid($input: RevokeHandoutLinkInput, $id: ID) {\n        revokeHandoutLink(input: $input, id: $id) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').DeprecatedRevokeLinkInvalidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DeprecatedUpdateInvalid($input: UpdateExerciseInput!, $message: String) {\n        updateExercise(input: $input, message: $message) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').DeprecatedUpdateInvalidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DeprecatedInputFields {\n          status: __type(name: \"ChangeStatusInput\") {\n            ...OldInputFields\n          }\n          restore: __type(name: \"RestoreRevisionInput\") {\n            ...OldInputFields\n          }\n          template: __type(name: \"UpdateProgramTemplateInput\") {\n            ...OldInputFields\n          }\n        }\n        fragment OldInputFields on __Type {\n          inputFields(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n          }\n        }\n      "): typeof import('./graphql.js').DeprecatedInputFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation EmbeddedCreateExercise($input: CreateExerciseInput!) {\n              createExercise(input: $input) {\n                id\n              }\n            }\n          "): typeof import('./graphql.js').EmbeddedCreateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query EmbeddedKeptOnDisk {\n              exercise(by: { slug: \"kept-on-disk\" }) {\n                slug\n                status\n              }\n            }\n          "): typeof import('./graphql.js').EmbeddedKeptOnDiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query EmbeddedSlug($slug: String!) {\n                exercise(by: { slug: $slug }) {\n                  slug\n                }\n              }\n            "): typeof import('./graphql.js').EmbeddedSlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorTypes {\n    code: __type(name: \"ErrorCode\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    extensions: __type(name: \"ErrorExtensions\") {\n      fields {\n        name\n        description\n      }\n    }\n    fieldError: __type(name: \"FieldError\") {\n      fields {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').ErrorTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorCodesCreate($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql.js').ErrorCodesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorCodesUpdate($id: ID!, $version: Int!) {\n    updateExercise(id: $id, version: $version, input: { summary: \"Changed\" }) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').ErrorCodesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExercise($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      ...ExerciseFields\n    }\n  }\n"): typeof import('./graphql.js').CreateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      ...ExerciseFields\n    }\n  }\n"): typeof import('./graphql.js').UpdateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExercise($id: ID!) {\n    archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n      status\n      version\n    }\n  }\n"): typeof import('./graphql.js').ArchiveExerciseDocument;
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
export function graphql(source: "\n  query Exercise($by: ExerciseLookup) {\n    exercise(by: $by) {\n      ...ExerciseFields\n    }\n  }\n"): typeof import('./graphql.js').ExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreateNotedStretch($input: CreateExerciseInput!) {\n        createExercise(input: $input) {\n          id\n          clinicalNotes\n          tempo {\n            notation\n            intent\n          }\n        }\n      }\n    "): typeof import('./graphql.js').CreateNotedStretchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EditClinicalNotes($input: UpdateExerciseInput!) {\n        updateExercise(input: $input) {\n          clinicalNotes\n          version\n        }\n      }\n    "): typeof import('./graphql.js').EditClinicalNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ExerciseBesideList {\n          a: exercise(by: { slug: \"nope\" }) {\n            name\n          }\n          b: exercises(first: 1) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql.js').ExerciseBesideListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ExerciseSummaries {\n            exercises {\n              totalCount\n              nodes {\n                slug\n                summary\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ExerciseSummariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FuzzMe {\n          me {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FuzzCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').FuzzCreateExerciseDocument;
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
export function graphql(source: "\n  query HandoutFallbacks($id: ID!) {\n    handout(id: $id) {\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n    }\n  }\n"): typeof import('./graphql.js').HandoutFallbacksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandoutsTranslate($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql.js').HandoutsTranslateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoutsClinicians {\n    clinicians {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql.js').HandoutsCliniciansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueHandoutFallbacks($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n    }\n  }\n"): typeof import('./graphql.js').IssueHandoutFallbacksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueHandoutFallbacks($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      id\n      fallbacks {\n        exerciseId\n        exerciseName\n        fields\n        language\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReissueHandoutFallbacksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HandoutsKneeTemplate($input: CreateProgramTemplateInput!) {\n          createProgramTemplate(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').HandoutsKneeTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HandoutsIssuedOnType {\n            __type(name: \"Handout\") {\n              fields {\n                name\n                type {\n                  kind\n                  ofType {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql.js').HandoutsIssuedOnTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HandoutAccesses($id: ID!) {\n            handout(id: $id) {\n              accesses {\n                linkId\n                format\n                outcome\n              }\n            }\n          }\n        "): typeof import('./graphql.js').HandoutAccessesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HandoutsBridge {\n            exercise(by: { slug: \"glute-bridge\" }) {\n              id\n              version\n            }\n          }\n        "): typeof import('./graphql.js').HandoutsBridgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation HandoutsEditBridge($id: ID!, $version: Int!) {\n            updateExercise(\n              input: { id: $id, expectedVersion: $version, steps: [\"Lie down.\", \"Lift your hips.\"] }\n            ) {\n              version\n            }\n          }\n        "): typeof import('./graphql.js').HandoutsEditBridgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HandoutsBalanceEnglish {\n          exercise(by: { slug: \"single-leg-balance-on-pad\" }) {\n            steps\n            summary\n          }\n        }\n      "): typeof import('./graphql.js').HandoutsBalanceEnglishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query HandoutsDrillTemplate($by: ProgramTemplateLookup) {\n              programTemplate(by: $by) {\n                items {\n                  exercise {\n                    id\n                  }\n                  prescription {\n                    sets\n                    reps\n                    holdSeconds\n                    distanceMetres\n                    durationSeconds\n                    perSide\n                    tempo\n                    load\n                    sessionsPerWeek\n                    side\n                    restSeconds\n                    notes\n                  }\n                }\n              }\n            }\n          "): typeof import('./graphql.js').HandoutsDrillTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation HandoutsDrillsTemplate($input: CreateProgramTemplateInput!) {\n            createProgramTemplate(input: $input) {\n              id\n              items {\n                prescription {\n                  distanceMetres\n                  durationSeconds\n                  perSide\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql.js').HandoutsDrillsTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation HandoutsDeactivate($id: ID!) {\n        updateAccount(input: { id: $id, active: false }) {\n          active\n        }\n      }\n    "): typeof import('./graphql.js').HandoutsDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HandoutUrls($id: ID!) {\n        handout(id: $id) {\n          pdfUrl\n          printUrl\n        }\n      }\n    "): typeof import('./graphql.js').HandoutUrlsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HandoutsClinicianFields {\n            __type(name: \"Clinician\") {\n              fields {\n                name\n              }\n            }\n          }\n        "): typeof import('./graphql.js').HandoutsClinicianFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation HandoutsCreateLink($input: CreateHandoutLinkInput!) {\n            createHandoutLink(input: $input) {\n              id\n              url\n            }\n          }\n        "): typeof import('./graphql.js').HandoutsCreateLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation HandoutsRevokeLink($id: ID!) {\n            revokeHandoutLink(input: { id: $id }) {\n              active\n              revokedAt\n            }\n          }\n        "): typeof import('./graphql.js').HandoutsRevokeLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HandoutLinksActive($id: ID!) {\n            handout(id: $id) {\n              links {\n                active\n              }\n            }\n          }\n        "): typeof import('./graphql.js').HandoutLinksActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HandoutPatientName($id: ID!) {\n          handout(id: $id) {\n            patientName\n          }\n        }\n      "): typeof import('./graphql.js').HandoutPatientNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query HandoutsPatientNames {\n              handouts {\n                nodes {\n                  patientName\n                }\n              }\n            }\n          "): typeof import('./graphql.js').HandoutsPatientNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HandoutsByPatient {\n            handouts(patientName: \"private per\") {\n              nodes {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql.js').HandoutsByPatientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query HandoutsPage($first: Int!) {\n              handouts(first: $first) {\n                nodes {\n                  id\n                  template {\n                    name\n                    items {\n                      position\n                    }\n                  }\n                  clinician {\n                    displayName\n                  }\n                  issuedBy {\n                    displayName\n                  }\n                  links {\n                    active\n                  }\n                  latestVersion\n                }\n              }\n            }\n          "): typeof import('./graphql.js').HandoutsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HandoutsAudit {\n            auditLog(first: 200) {\n              action\n              details\n            }\n          }\n        "): typeof import('./graphql.js').HandoutsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HttpErrorsExercise($id: ID!) {\n        exercise(by: { id: $id }) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').HttpErrorsExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation HttpErrorsArchive($id: ID!) {\n        archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').HttpErrorsArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation HttpErrorsReissue($id: ID!) {\n            reissueHandout(input: { id: $id }) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').HttpErrorsReissueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation HttpCacheDraft($input: CreateExerciseInput!) {\n            createExercise(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').HttpCacheDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ImageSafetyDraft($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').ImageSafetyDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ImageSafetyStillServing {\n          exercises(first: 1) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql.js').ImageSafetyStillServingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ImageSafetyAccounts {\n            accounts {\n              id\n              role\n            }\n          }\n        "): typeof import('./graphql.js').ImageSafetyAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ImageSafetyIssueHandout($input: IssueHandoutInput!) {\n            issueHandout(input: $input) {\n              id\n              links {\n                url\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ImageSafetyIssueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFreeExerciseDb($path: String!) {\n    importFreeExerciseDb(input: { path: $path }) {\n      total\n      created\n      updated\n      unchanged\n      images\n      seconds\n      skipped {\n        id\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql.js').ImportFreeExerciseDbDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ImportSideBridge {\n          exercise(by: { slug: \"fedb-side-bridge\" }) {\n            summary\n            steps\n            needsTagging\n          }\n        }\n      "): typeof import('./graphql.js').ImportSideBridgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ImportSitUp {\n          exercise(by: { slug: \"fedb-3-4-sit-up\" }) {\n            name\n            summary\n            steps\n            status\n            planes\n            stance\n            position\n            needsTagging\n            tempo {\n              intent\n              notation\n            }\n            loadKind\n            equipment\n            primaryMuscles\n            secondaryMuscles\n            regions\n            focus\n            difficulty\n            prescription {\n              sets\n              reps\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ImportSitUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ImportBridgePictures {\n          exercise(by: { slug: \"fedb-single-leg-glute-bridge\" }) {\n            media {\n              url\n              width\n              height\n              mime\n              altText\n              licence\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ImportBridgePicturesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ImportNeedingTags {\n          exercisesNeedingTags(first: 5) {\n            totalCount\n            nodes {\n              id\n              slug\n              version\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ImportNeedingTagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ImportSubmit($input: ChangeStatusInput!) {\n            changeExerciseStatus(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').ImportSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ImportTag($id: ID!, $version: Int!) {\n          updateExercise(\n            input: {\n              id: $id\n              expectedVersion: $version\n              planes: [SAGITTAL]\n              stance: BILATERAL\n              position: SUPINE\n              tempo: \"2-0-2-0\"\n              tempoIntent: MODERATE\n            }\n          ) {\n            needsTagging\n            version\n          }\n        }\n      "): typeof import('./graphql.js').ImportTagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ImportNeedingTagsCount {\n          exercisesNeedingTags {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql.js').ImportNeedingTagsCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ImportRename($id: ID!, $version: Int!) {\n          updateExercise(\n            input: { id: $id, expectedVersion: $version, name: \"Renamed by the clinic\" }\n          ) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').ImportRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ImportKeptName($id: ID!) {\n          exercise(by: { id: $id }) {\n            name\n          }\n        }\n      "): typeof import('./graphql.js').ImportKeptNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ExportBridgeId {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').ExportBridgeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ExportAddVideo($input: AddExerciseVideoInput!) {\n          addExerciseVideo(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').ExportAddVideoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ExportUntaggedIdea {\n          createExercise(\n            input: {\n              slug: \"untagged-idea\"\n              name: \"Untagged idea\"\n              summary: \"Later.\"\n              steps: [\"Try it.\"]\n              loadKind: BODYWEIGHT\n              regions: [HIP]\n              primaryMuscles: [GLUTEUS_MEDIUS]\n              focus: [ACTIVATION]\n              difficulty: 1\n              prescription: { sets: 1, reps: 5 }\n            }\n          ) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').ExportUntaggedIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ExportServedMedia {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            media {\n              kind\n              url\n              poster {\n                altText\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ExportServedMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ExportUntaggedIdeaStatus {\n          exercise(by: { slug: \"untagged-idea\" }) {\n            status\n            needsTagging\n          }\n        }\n      "): typeof import('./graphql.js').ExportUntaggedIdeaStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SeedAfterImportLibrary {\n      all: exercises(first: 1, filter: { status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED] }) {\n        totalCount\n      }\n      bridge: exercise(by: { slug: \"glute-bridge\" }) {\n        id\n        version\n        summary\n        localized(locale: ES) {\n          fallbackFields\n        }\n      }\n      imported: exercise(by: { slug: \"fedb-side-bridge\" }) {\n        status\n      }\n      knee: programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n        items {\n          exercise {\n            slug\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql.js').SeedAfterImportLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedAfterImportEdit($id: ID!, $version: Int!) {\n      updateExercise(\n        input: { id: $id, expectedVersion: $version, summary: \"The clinic's own words.\" }\n      ) {\n        version\n      }\n    }\n  "): typeof import('./graphql.js').SeedAfterImportEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputsMe {\n    me {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InputsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputsUpdateExercise($input: UpdateExerciseInput!) {\n    updateExercise(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InputsUpdateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputsIssueHandout($i: IssueHandoutInput!) {\n    issueHandout(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InputsIssueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InputsCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n            version\n          }\n        }\n      "): typeof import('./graphql.js').InputsCreateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InputsExerciseById($v: ID!) {\n        exercise(by: { id: $v }) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').InputsExerciseByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InputsExerciseBySlug($v: String!) {\n        exercise(by: { slug: $v }) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').InputsExerciseBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputsSearch($v: String!) {\n            searchExercises(query: $v) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql.js').InputsSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputsLogin($v: LoginInput!) {\n            login(input: $v) {\n              token\n            }\n          }\n        "): typeof import('./graphql.js').InputsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputsCreateWithCues($v: CreateExerciseInput!) {\n            createExercise(input: $v) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').InputsCreateWithCuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputsHandoutsByPatient($v: String) {\n            handouts(patientName: $v) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql.js').InputsHandoutsByPatientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputsRevisionMessage($v: String) {\n            createExercise(\n              input: {\n                slug: \"x\"\n                name: \"x\"\n                summary: \"x\"\n                loadKind: BODYWEIGHT\n                regions: [KNEE]\n                primaryMuscles: [QUADRICEPS]\n                focus: [STRENGTH]\n                difficulty: 1\n                prescription: { sets: 1, reps: 1 }\n                message: $v\n              }\n            ) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').InputsRevisionMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputsHandoutById($v: ID!) {\n            handout(id: $v) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').InputsHandoutByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputsExercisesAfterLong($v: String) {\n            exercises(after: $v) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql.js').InputsExercisesAfterLongDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputsExercisesAfter($a: String) {\n            exercises(after: $a) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql.js').InputsExercisesAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputsTemplatesAfter($a: String) {\n            programTemplates(after: $a) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql.js').InputsTemplatesAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputsHandoutsAfter($a: String) {\n            handouts(after: $a) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql.js').InputsHandoutsAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputsSearchAfter($a: String) {\n            searchExercises(query: \"squat\", after: $a) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql.js').InputsSearchAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputsFirstPage {\n            exercises(first: 1) {\n              pageInfo {\n                endCursor\n              }\n            }\n          }\n        "): typeof import('./graphql.js').InputsFirstPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputsNextPage($a: String) {\n            exercises(first: 1, after: $a) {\n              nodes {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql.js').InputsNextPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputsAuditBefore($b: ID) {\n              auditLog(before: $b) {\n                id\n              }\n            }\n          "): typeof import('./graphql.js').InputsAuditBeforeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputsUpdateAccount($input: UpdateAccountInput!) {\n            updateAccount(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').InputsUpdateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputsLink($input: LinkExercisesInput!) {\n            linkExercises(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').InputsLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputsUpdateProgression($input: UpdateProgressionInput!) {\n            updateProgression(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').InputsUpdateProgressionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputsClearSteps($id: ID!, $v: Int!) {\n            updateExercise(input: { id: $id, expectedVersion: $v, steps: null }) {\n              steps\n            }\n          }\n        "): typeof import('./graphql.js').InputsClearStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputsTagStance($id: ID!, $v: Int!) {\n            updateExercise(input: { id: $id, expectedVersion: $v, stance: SINGLE_LEG }) {\n              version\n            }\n          }\n        "): typeof import('./graphql.js').InputsTagStanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation InputsChangeStatus($input: ChangeStatusInput!) {\n              changeExerciseStatus(input: $input) {\n                version\n              }\n            }\n          "): typeof import('./graphql.js').InputsChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputsRestoreRevision($input: RestoreRevisionInput!) {\n            restoreExerciseRevision(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').InputsRestoreRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputsImportPath($p: String!) {\n            importFreeExerciseDb(input: { path: $p }) {\n              total\n            }\n          }\n        "): typeof import('./graphql.js').InputsImportPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InputsCreateAccount($i: CreateAccountInput!) {\n          createAccount(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').InputsCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LibraryJobsStart($path: String!) {\n    startLibraryImport(input: { path: $path }) {\n      id\n      status\n      path\n    }\n  }\n"): typeof import('./graphql.js').LibraryJobsStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryJobsPoll($id: ID!) {\n    libraryImport(id: $id) {\n      id\n      status\n      processed\n      total\n      error\n      finishedAt\n      report {\n        total\n        created\n        skipped {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LibraryJobsPollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsAlive {\n    __typename\n  }\n"): typeof import('./graphql.js').LimitsAliveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvenanceImport($path: String!) {\n    importFreeExerciseDb(input: { path: $path }) {\n      images\n    }\n  }\n"): typeof import('./graphql.js').ProvenanceImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvenanceMedia($slug: String!) {\n    exercise(by: { slug: $slug }) {\n      id\n      media {\n        id\n        author\n        source\n        licence\n        licenceUrl\n        licenceVerified\n        licenceVerifiedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProvenanceMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvenanceVerify($input: VerifyMediaLicenceInput!) {\n    verifyMediaLicence(input: $input) {\n      id\n      licence\n      licenceUrl\n      licenceVerified\n      licenceVerifiedAt\n    }\n  }\n"): typeof import('./graphql.js').ProvenanceVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvenanceIssue($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      pdfUrl\n      items {\n        exerciseSlug\n        picture {\n          url\n          credit\n          licence\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProvenanceIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvenanceReissue($input: ReissueHandoutInput!) {\n    reissueHandout(input: $input) {\n      id\n      pdfUrl\n      items {\n        picture {\n          url\n          licence\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProvenanceReissueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvenanceAudit {\n    auditLog(action: \"MEDIA_LICENCE_VERIFIED\") {\n      action\n      targetId\n    }\n  }\n"): typeof import('./graphql.js').ProvenanceAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsCreate($input: CreateExerciseInput!) {\n    createExercise(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql.js').UploadsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsStatus($input: ChangeStatusInput!) {\n    changeExerciseStatus(input: $input) {\n      version\n      status\n    }\n  }\n"): typeof import('./graphql.js').UploadsStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsMedia($id: ID!) {\n    exercise(by: { id: $id }) {\n      media {\n        id\n        kind\n        position\n        altText\n        author\n        licence\n        licenceVerified\n        poster {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').UploadsMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsAddVideo($input: AddExerciseVideoInput!) {\n    addExerciseVideo(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').UploadsAddVideoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsUpdate($id: ID!, $input: UpdateExerciseMediaInput!) {\n    updateExerciseMedia(id: $id, input: $input) {\n      altText\n      author\n    }\n  }\n"): typeof import('./graphql.js').UploadsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsAudit($action: String) {\n    auditLog(action: $action, first: 200) {\n      targetId\n      details\n    }\n  }\n"): typeof import('./graphql.js').UploadsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExerciseMedia($id: ID!) {\n    exercise(by: { id: $id }) {\n      media {\n        id\n        kind\n        position\n        url\n        mime\n        width\n        height\n        bytes\n        altText\n        credit\n        licence\n        poster {\n          id\n          url\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExerciseMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediaAddVideo($input: AddExerciseVideoInput!) {\n    addExerciseVideo(input: $input) {\n      id\n      kind\n      position\n      url\n      mime\n      width\n      height\n      bytes\n      altText\n      credit\n      licence\n      poster {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').MediaAddVideoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediaRemove($id: ID!) {\n    deleteExerciseMedia(input: { id: $id }) {\n      deletedMediaId\n      exercise {\n        media {\n          id\n          position\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MediaRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MediaDraft($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').MediaDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MediaUpdate($input: UpdateExerciseMediaInput!) {\n        updateExerciseMedia(input: $input) {\n          id\n          position\n          altText\n          credit\n          licence\n        }\n      }\n    "): typeof import('./graphql.js').MediaUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MediaList {\n          exercises(first: 100) {\n            nodes {\n              id\n              media {\n                url\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').MediaListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MediaPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            media {\n              kind\n              url\n              width\n              poster {\n                url\n                width\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').MediaPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObserveLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      refreshToken\n    }\n  }\n"): typeof import('./graphql.js').ObserveLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObserveRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      token\n      refreshToken\n    }\n  }\n"): typeof import('./graphql.js').ObserveRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObserveIssueReset($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').ObserveIssueResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObserveResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').ObserveResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObserveAccounts {\n    accounts {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql.js').ObserveAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObserveTemplate {\n    programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ObserveTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObserveIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      pdfUrl\n      links {\n        url\n      }\n    }\n  }\n"): typeof import('./graphql.js').ObserveIssueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObserveExercises {\n    exercises(first: 3) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ObserveExercisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ObserveCounted {\n          __typename\n        }\n      "): typeof import('./graphql.js').ObserveCountedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutageExerciseCount {\n    exercises {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').OutageExerciseCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OutageHandoutCount {\n          handouts {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql.js').OutageHandoutCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPageIssue($input: IssuePasswordResetInput!) {\n    issuePasswordReset(input: $input) {\n      token\n      url\n      expiresAt\n    }\n  }\n"): typeof import('./graphql.js').ResetPageIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrintingIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      pdfUrl\n      links {\n        url\n      }\n      items {\n        picture {\n          url\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PrintingIssueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PrintingTemplate {\n        programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').PrintingTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PrintingAccounts {\n        accounts {\n          id\n          role\n        }\n      }\n    "): typeof import('./graphql.js').PrintingAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrintingPing {\n    __typename\n  }\n"): typeof import('./graphql.js').PrintingPingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgramTemplate($input: CreateProgramTemplateInput!) {\n    createProgramTemplate(input: $input) {\n      ...ProgramTemplateFields\n    }\n  }\n"): typeof import('./graphql.js').CreateProgramTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramTemplate($input: UpdateProgramTemplateInput!) {\n    updateProgramTemplate(input: $input) {\n      ...ProgramTemplateFields\n    }\n  }\n"): typeof import('./graphql.js').UpdateProgramTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProgramTemplateLookup($by: ProgramTemplateLookup) {\n        programTemplate(by: $by) {\n          slug\n        }\n        programTemplates(first: 1) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql.js').ProgramTemplateLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RunnersKneeTemplate {\n          programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n            ...ProgramTemplateFields\n          }\n        }\n      "): typeof import('./graphql.js').RunnersKneeTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ProgramGuidanceIssue($input: IssueHandoutInput!) {\n        issueHandout(input: $input) {\n          guidance {\n            text\n            language\n            outdated\n          }\n        }\n      }\n    "): typeof import('./graphql.js').ProgramGuidanceIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ArchiveProgramTemplate($id: ID!) {\n          archiveProgramTemplate(input: { id: $id, expectedVersion: 2 }) {\n            archivedAt\n            version\n          }\n        }\n      "): typeof import('./graphql.js').ArchiveProgramTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgramTemplateSlugs {\n          programTemplates(first: 50) {\n            nodes {\n              slug\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ProgramTemplateSlugsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ProgramTemplateIds {\n            programTemplates {\n              nodes {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ProgramTemplateIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RunnersKneeBalance {\n          programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n            balance {\n              gaps {\n                facet\n                missing\n                suggestions {\n                  slug\n                  status\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').RunnersKneeBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkExercises($input: LinkExercisesInput!) {\n    linkExercises(input: $input) {\n      id\n      kind\n      changes\n      criterion\n      order\n      from {\n        slug\n      }\n      to {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql.js').LinkExercisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProgression($id: ID!) {\n    removeProgression(input: { id: $id }) {\n      removedProgressionId\n      from {\n        slug\n      }\n      to {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql.js').RemoveProgressionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ProgressionsCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').ProgressionsCreateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SquatLadder {\n          exercise(by: { slug: \"single-leg-squat-to-box\" }) {\n            ladder {\n              level\n              exercise {\n                slug\n              }\n              via {\n                changes\n                criterion\n                from {\n                  slug\n                }\n                to {\n                  slug\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').SquatLadderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SquatLadderDepth($depth: Int) {\n        exercise(by: { slug: \"single-leg-squat-to-box\" }) {\n          ladder(depth: $depth) {\n            level\n          }\n        }\n      }\n    "): typeof import('./graphql.js').SquatLadderDepthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgressionLists($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            progressions {\n              order\n              to {\n                slug\n              }\n            }\n            regressions {\n              from {\n                slug\n              }\n            }\n            variations {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ProgressionListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgressionVariations($slug: String!) {\n          exercise(by: { slug: $slug }) {\n            variations {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ProgressionVariationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProgressionPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            media {\n              url\n              altText\n            }\n            progressions {\n              criterion\n              to {\n                slug\n              }\n            }\n            regressions {\n              from {\n                slug\n              }\n            }\n            variations {\n              kind\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').ProgressionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProgressionDetail($slug: String!) {\n        exercise(by: { slug: $slug }) {\n          id\n          name\n          steps\n          tempo {\n            intent\n          }\n          progressions {\n            criterion\n            changes\n            order\n            to {\n              slug\n              name\n              status\n            }\n          }\n          regressions {\n            kind\n            from {\n              slug\n              steps\n            }\n          }\n          variations {\n            from {\n              slug\n            }\n            to {\n              slug\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').ProgressionDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProgressionDetailReference($text: String!) {\n        exercises(first: 5, filter: { text: $text }) {\n          nodes {\n            slug\n            progressions {\n              criterion\n              changes\n              order\n              to {\n                slug\n                name\n                status\n              }\n            }\n            regressions {\n              kind\n              from {\n                slug\n                steps\n              }\n            }\n            variations {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').ProgressionDetailReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgressionPathHarder($from: ID!, $to: ID!) {\n          progressionPath(from: $from, to: $to) {\n            direction\n            steps {\n              from {\n                slug\n              }\n              to {\n                slug\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ProgressionPathHarderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgressionPathEasier($from: ID!, $to: ID!) {\n          progressionPath(from: $from, to: $to) {\n            direction\n            steps {\n              from {\n                slug\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ProgressionPathEasierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgressionPathNone($from: ID!, $to: ID!) {\n          progressionPath(from: $from, to: $to) {\n            direction\n          }\n        }\n      "): typeof import('./graphql.js').ProgressionPathNoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ProgressionUpdateCriterion($id: ID!) {\n          updateProgression(input: { id: $id, criterion: \"2 x 8 at RPE 7\", order: 0 }) {\n            criterion\n            order\n            changes\n          }\n        }\n      "): typeof import('./graphql.js').ProgressionUpdateCriterionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ProgressionMakeProgression($id: ID!) {\n              updateProgression(input: { id: $id, kind: PROGRESSION }) {\n                id\n              }\n            }\n          "): typeof import('./graphql.js').ProgressionMakeProgressionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ProgressionsArchive($id: ID!) {\n            archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').ProgressionsArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchExercises($query: String!, $filter: ExerciseFilter, $first: Int, $after: String) {\n    searchExercises(query: $query, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        score\n        node {\n          slug\n          name\n          planes\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchExercisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SearchCreateExercise($input: CreateExerciseInput!) {\n          createExercise(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').SearchCreateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExerciseFacets($filter: ExerciseFilter, $query: String) {\n        exerciseFacets(filter: $filter, query: $query) {\n          total\n          planes {\n            value\n            count\n          }\n          stance {\n            value\n            count\n          }\n          position {\n            value\n            count\n          }\n          tempoIntent {\n            value\n            count\n          }\n          loadKind {\n            value\n            count\n          }\n          equipment {\n            value\n            count\n          }\n          region {\n            value\n            count\n          }\n          focus {\n            value\n            count\n          }\n          difficulty {\n            value\n            count\n          }\n        }\n      }\n    "): typeof import('./graphql.js').ExerciseFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedTemplate($slug: String!) {\n    programTemplate(by: { slug: $slug }) {\n      id\n      items {\n        exercise {\n          slug\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SeedTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedTemplateBalance($items: [ProgramItemInput!]!) {\n    programBalance(items: $items) {\n      exerciseCount\n      gaps {\n        facet\n        missing\n      }\n    }\n  }\n"): typeof import('./graphql.js').SeedTemplateBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedTemplateHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      locale\n      items {\n        exerciseSlug\n      }\n      guidance {\n        language\n        outdated\n      }\n      fallbacks {\n        exerciseName\n        fields\n      }\n    }\n  }\n"): typeof import('./graphql.js').SeedTemplateHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      refreshToken\n      refreshExpiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n"): typeof import('./graphql.js').SessionsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      token\n      refreshToken\n      account {\n        email\n      }\n    }\n  }\n"): typeof import('./graphql.js').SessionsRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsSignOut($input: SignOutInput!) {\n    signOut(input: $input) {\n      sessionsEnded\n    }\n  }\n"): typeof import('./graphql.js').SessionsSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      refreshToken\n    }\n  }\n"): typeof import('./graphql.js').SessionsChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      role\n      active\n    }\n  }\n"): typeof import('./graphql.js').SessionsUpdateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n      patientName\n      pdfUrl\n    }\n  }\n"): typeof import('./graphql.js').SessionsIssueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsAccountIds {\n    accounts {\n      id\n    }\n  }\n"): typeof import('./graphql.js').SessionsAccountIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsExerciseCount {\n    exercises(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').SessionsExerciseCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsDraftCount {\n    exercises(first: 1, filter: { status: DRAFT }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').SessionsDraftCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsPatientNames {\n          handouts(first: 5) {\n            nodes {\n              patientName\n            }\n          }\n        }\n      "): typeof import('./graphql.js').SessionsPatientNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsAccounts {\n          accounts {\n            id\n            role\n          }\n        }\n      "): typeof import('./graphql.js').SessionsAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SessionsDraft($input: CreateExerciseInput!) {\n            createExercise(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').SessionsDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsMyRole {\n          me {\n            role\n          }\n        }\n      "): typeof import('./graphql.js').SessionsMyRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SessionsAudit {\n              auditLog(first: 200) {\n                action\n                details\n              }\n            }\n          "): typeof import('./graphql.js').SessionsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SessionsIssueReset($input: IssuePasswordResetInput!) {\n        issuePasswordReset(input: $input) {\n          token\n          expiresAt\n          account {\n            email\n          }\n        }\n      }\n    "): typeof import('./graphql.js').SessionsIssueResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SessionsResetPassword($input: ResetPasswordInput!) {\n        resetPassword(input: $input) {\n          token\n          refreshToken\n          account {\n            email\n          }\n        }\n      }\n    "): typeof import('./graphql.js').SessionsResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SessionsResetAudit {\n              auditLog(first: 200) {\n                action\n                details\n              }\n            }\n          "): typeof import('./graphql.js').SessionsResetAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SessionsRevokeKey($id: ID!) {\n          revokeApiKey(input: { id: $id }) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').SessionsRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SessionsCreateAccount($input: CreateAccountInput!) {\n            createAccount(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').SessionsCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsFailedSignIns {\n          auditLog(first: 200, action: \"LOGIN_FAILED\") {\n            action\n            targetId\n            details\n          }\n        }\n      "): typeof import('./graphql.js').SessionsFailedSignInsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShutdownLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').ShutdownLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShutdownTemplate {\n    programTemplate(by: { slug: \"runners-knee-phase-1\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ShutdownTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShutdownIssueHandout($input: IssueHandoutInput!) {\n    issueHandout(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ShutdownIssueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShutdownExercises {\n    exercises(first: 20) {\n      totalCount\n      nodes {\n        name\n        planes\n      }\n    }\n  }\n"): typeof import('./graphql.js').ShutdownExercisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserExercises(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: ExerciseFilter\n  ) {\n    exercises(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasPreviousPage\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').BrowserExercisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateApiKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      secret\n      apiKey {\n        id\n        prefix\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestVerifyMediaLicence($input: VerifyMediaLicenceInput!) {\n    verifyMediaLicence(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TestVerifyMediaLicenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExerciseFields on Exercise {\n    id\n    slug\n    name\n    aliases\n    summary\n    steps\n    cues\n    mistakes\n    precautions\n    planes\n    stance\n    position\n    tempo {\n      notation\n      intent\n      timeUnderTensionSeconds\n      eccentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      bottomPause {\n        seconds\n      }\n      concentric {\n        notation\n        seconds\n        asFastAsPossible\n      }\n      topPause {\n        seconds\n      }\n    }\n    loadKind\n    equipment\n    intensity {\n      scale\n      value\n      unit\n      bandColour\n    }\n    regions\n    primaryMuscles\n    secondaryMuscles\n    focus\n    difficulty\n    prescription {\n      sets\n      reps\n      holdSeconds\n      distanceMetres\n      durationSeconds\n      perSide\n      restSeconds\n      sessionsPerWeek\n    }\n    status\n    version\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql.js').ExerciseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandoutFields on Handout {\n    id\n    seriesId\n    version\n    latestVersion\n    title\n    patientName\n    issuedOn\n    clinicianName\n    locale\n    largePrint\n    paperSize\n    guidance {\n      text\n      language\n      outdated\n    }\n    pdfUrl\n    printUrl\n    items {\n      position\n      exerciseSlug\n      exerciseVersion\n      name\n      summary\n      steps\n      cues\n      fallbackFields\n      picture {\n        url\n        altText\n        credit\n        licence\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n    links {\n      id\n      url\n      active\n      expiresAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql.js').HandoutFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramTemplateFields on ProgramTemplate {\n    id\n    slug\n    name\n    description\n    guidance\n    guidanceTranslations {\n      locale\n      text\n      outdated\n    }\n    version\n    archivedAt\n    owner {\n      id\n      displayName\n    }\n    items {\n      position\n      exercise {\n        slug\n      }\n      prescription {\n        sets\n        reps\n        holdSeconds\n        distanceMetres\n        durationSeconds\n        perSide\n        tempo\n        load\n        sessionsPerWeek\n        side\n        restSeconds\n        notes\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProgramTemplateFieldsFragmentDoc;
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
export function graphql(source: "\n  mutation TranslationRemove($input: RemoveExerciseTranslationInput!) {\n    removeExerciseTranslation(input: $input) {\n      id\n      translations {\n        locale\n      }\n    }\n  }\n"): typeof import('./graphql.js').TranslationRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationRead($id: ID!, $locale: Locale!) {\n    exercise(by: { id: $id }) {\n      translations {\n        exerciseId\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        version\n        updatedAt\n      }\n      localized(locale: $locale) {\n        locale\n        name\n        summary\n        steps\n        cues\n        precautions\n        fallbackFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').TranslationReadDocument;
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
export function graphql(source: "\n  query TranslationOutdated($by: ExerciseLookup!) {\n    exercise(by: $by) {\n      translations {\n        locale\n        outdated\n      }\n    }\n  }\n"): typeof import('./graphql.js').TranslationOutdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslationSetOutdated($input: SetExerciseTranslationInput!) {\n    setExerciseTranslation(input: $input) {\n      version\n      outdated\n    }\n  }\n"): typeof import('./graphql.js').TranslationSetOutdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TranslationSeeded($after: String) {\n        exercises(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            slug\n            translations {\n              locale\n              name\n              summary\n              steps\n              cues\n              precautions\n            }\n            es: localized(locale: ES) {\n              name\n              fallbackFields\n            }\n            vi: localized(locale: VI) {\n              name\n              fallbackFields\n            }\n            zh: localized(locale: ZH) {\n              name\n              fallbackFields\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').TranslationSeededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TranslationIds($id: ID!) {\n        exercise(by: { id: $id }) {\n          translations {\n            id\n            locale\n            version\n          }\n        }\n      }\n    "): typeof import('./graphql.js').TranslationIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation TranslationSetId($input: SetExerciseTranslationInput!) {\n        setExerciseTranslation(input: $input) {\n          id\n          version\n        }\n      }\n    "): typeof import('./graphql.js').TranslationSetIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TranslationArchive($id: ID!) {\n          archiveExercise(input: { id: $id, expectedVersion: 1 }) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').TranslationArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TranslationAccounts {\n          accounts {\n            id\n            role\n          }\n        }\n      "): typeof import('./graphql.js').TranslationAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TranslationEnglishPrecautions($slug: String!) {\n            exercise(by: { slug: $slug }) {\n              precautions\n            }\n          }\n        "): typeof import('./graphql.js').TranslationEnglishPrecautionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TranslationIssueHandout($input: IssueHandoutInput!) {\n            issueHandout(input: $input) {\n              pdfUrl\n              items {\n                exerciseSlug\n                precautions\n                fallbackFields\n              }\n            }\n          }\n        "): typeof import('./graphql.js').TranslationIssueHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TranslationBridgeId {\n          exercise(by: { slug: \"glute-bridge\" }) {\n            id\n          }\n        }\n      "): typeof import('./graphql.js').TranslationBridgeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation TranslationUpdateExercise($input: UpdateExerciseInput!) {\n        updateExercise(input: $input) {\n          version\n          translations {\n            locale\n            version\n            outdated\n          }\n        }\n      }\n    "): typeof import('./graphql.js').TranslationUpdateExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TranslationPage($first: Int) {\n        exercises(first: $first) {\n          nodes {\n            slug\n            translations {\n              locale\n              name\n              steps\n              outdated\n            }\n            es: localized(locale: ES) {\n              name\n              cues\n              fallbackFields\n            }\n            zh: localized(locale: ZH) {\n              name\n            }\n            en: localized(locale: EN) {\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').TranslationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TranslationExportedPartial($slug: String!) {\n              exercise(by: { slug: $slug }) {\n                localized(locale: VI) {\n                  summary\n                  fallbackFields\n                }\n              }\n            }\n          "): typeof import('./graphql.js').TranslationExportedPartialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TranslationBridgeSpanish {\n            exercise(by: { slug: \"glute-bridge\" }) {\n              localized(locale: ES) {\n                name\n              }\n            }\n          }\n        "): typeof import('./graphql.js').TranslationBridgeSpanishDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
