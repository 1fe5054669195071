import { graphql } from '../../gql';

/** The paging of every admin list. */
export const PAGE_INFO = graphql(`
  fragment AdminPageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

export const ACCOUNT_ROW = graphql(`
  fragment AdminAccountRow on Account {
    id
    email
    displayName
    role
    active
    createdAt
  }
`);

/** A page of accounts by email, filtered by role and active. */
export const ACCOUNTS = graphql(`
  query ConsoleAdminAccounts(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $role: [Role!]
    $active: Boolean
  ) {
    accountsConnection(
      first: $first
      after: $after
      last: $last
      before: $before
      role: $role
      active: $active
    ) {
      totalCount
      pageInfo {
        ...AdminPageInfo
      }
      nodes {
        ...AdminAccountRow
      }
    }
  }
`);

/** Every account (up to 100), by email, for the audit log's actor picker. */
export const ACTORS = graphql(`
  query ConsoleAdminActors {
    accountsConnection(first: 100) {
      nodes {
        id
        email
      }
    }
  }
`);

export const CREATE_ACCOUNT = graphql(`
  mutation ConsoleAdminCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AdminAccountRow
    }
  }
`);

/** A role change or (de)activation; deactivating ends the account's sessions at once. */
export const UPDATE_ACCOUNT = graphql(`
  mutation ConsoleAdminUpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      ...AdminAccountRow
    }
  }
`);

/** A one-time reset link, shown this once. */
export const ISSUE_RESET = graphql(`
  mutation ConsoleAdminIssueReset($input: IssuePasswordResetInput!) {
    issuePasswordReset(input: $input) {
      url
      expiresAt
      account {
        id
        email
      }
    }
  }
`);

export const API_KEYS = graphql(`
  query ConsoleAdminApiKeys($first: Int, $after: String, $last: Int, $before: String) {
    apiKeysConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...AdminPageInfo
      }
      nodes {
        id
        name
        prefix
        createdAt
        revokedAt
      }
    }
  }
`);

/** A new key: its secret comes back this once. */
export const CREATE_API_KEY = graphql(`
  mutation ConsoleAdminCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
      }
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation ConsoleAdminRevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      id
      revokedAt
    }
  }
`);

export const AUDIT_ENTRIES = graphql(`
  query ConsoleAdminAudit(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $actorId: ID
    $action: String
    $targetId: ID
    $from: DateTime
    $to: DateTime
  ) {
    auditEntries(
      first: $first
      after: $after
      last: $last
      before: $before
      actorId: $actorId
      action: $action
      targetId: $targetId
      from: $from
      to: $to
    ) {
      totalCount
      pageInfo {
        ...AdminPageInfo
      }
      nodes {
        id
        at
        actorKind
        actorId
        action
        targetType
        targetId
        details
      }
    }
  }
`);

export const START_IMPORT = graphql(`
  mutation ConsoleAdminStartImport($input: StartLibraryImportInput!) {
    startLibraryImport(input: $input) {
      id
    }
  }
`);

/** Polled while the import runs. */
export const LIBRARY_IMPORT = graphql(`
  query ConsoleAdminLibraryImport($id: ID!) {
    libraryImport(id: $id) {
      id
      path
      status
      processed
      total
      error
      report {
        total
        created
        updated
        unchanged
        images
        seconds
        skipped {
          id
          reason
        }
      }
    }
  }
`);
