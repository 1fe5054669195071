import { graphql } from '../../gql';

/** A handout's share link as the page lists it: address, expiry, whether it still opens. */
export const HANDOUT_LINK_FIELDS = graphql(`
  fragment HandoutLinkFields on HandoutLink {
    id
    url
    createdAt
    expiresAt
    revokedAt
    active
  }
`);

/**
 * One version of a handout as the handout page shows it. pdfUrl is signed for 5 minutes: the
 * preview fetches it as soon as it arrives, and the query is read afresh on each visit.
 */
export const HANDOUT = graphql(`
  query ConsoleHandout($id: ID!) {
    handout(id: $id) {
      id
      seriesId
      version
      latestVersion
      title
      patientName
      clinicianName
      clinician {
        id
      }
      issuedOn
      issuedAt
      locale
      largePrint
      paperSize
      pdfUrl
      template {
        id
        name
      }
      fallbacks {
        exerciseId
        exerciseName
        fields
        language
      }
      items {
        position
        exerciseId
        name
        picture {
          url
        }
        prescription {
          ...ProgramItemPrescription
        }
      }
      links {
        ...HandoutLinkFields
      }
    }
  }
`);

/** Every version of one handout, newest first (the series). */
export const HANDOUT_SERIES = graphql(`
  query ConsoleHandoutSeries($seriesId: ID!) {
    handouts(seriesId: $seriesId, first: 100) {
      nodes {
        id
        version
        title
        issuedOn
        issuedAt
        locale
        largePrint
        clinicianName
      }
    }
  }
`);

/**
 * Handouts whose patient name contains `patientName` (the API records every such search). The
 * name travels only in this request's body, never in a URL.
 */
export const FIND_HANDOUTS = graphql(`
  query ConsoleFindHandouts($patientName: String!) {
    handouts(patientName: $patientName, first: 50) {
      totalCount
      nodes {
        id
        seriesId
        version
        latestVersion
        title
        patientName
        clinicianName
        issuedOn
        locale
      }
    }
  }
`);

export const CREATE_HANDOUT_LINK = graphql(`
  mutation ConsoleCreateHandoutLink($input: CreateHandoutLinkInput!) {
    createHandoutLink(input: $input) {
      ...HandoutLinkFields
    }
  }
`);

export const REVOKE_HANDOUT_LINK = graphql(`
  mutation ConsoleRevokeHandoutLink($input: RevokeHandoutLinkInput!) {
    revokeHandoutLink(input: $input) {
      ...HandoutLinkFields
    }
  }
`);

/** Whom a handout can name as its clinician: ids and names, for the desk's list. */
export const CLINICIANS = graphql(`
  query ConsoleClinicians {
    clinicians {
      id
      displayName
    }
  }
`);

/** The templates a handout can start from (archived ones are left out by the API). */
export const TEMPLATE_CHOICES = graphql(`
  query ConsoleHandoutTemplateChoices {
    programTemplates(first: 100) {
      nodes {
        id
        name
        slug
      }
    }
  }
`);

/**
 * What the desk needs to know about one exercise before issuing: whether its text exists in the
 * chosen language (fields that would print in English) and whether it has a picture the handout
 * may not print (licence unverified: handouts print only verified pictures).
 */
export const EXERCISE_PRINT_CHECK = graphql(`
  query ConsoleExercisePrintCheck($id: ID!, $locale: Locale!) {
    exercise(by: { id: $id }) {
      id
      name
      localized(locale: $locale) {
        fallbackFields
      }
      media {
        id
        kind
        licenceVerified
      }
    }
  }
`);

export const ISSUE_HANDOUT = graphql(`
  mutation ConsoleIssueHandout($input: IssueHandoutInput!) {
    issueHandout(input: $input) {
      id
    }
  }
`);

export const REISSUE_HANDOUT = graphql(`
  mutation ConsoleReissueHandout($input: ReissueHandoutInput!) {
    reissueHandout(input: $input) {
      id
    }
  }
`);

/** A template's items, to start the desk from (their doses as the template prescribes them). */
export const TEMPLATE_ITEMS = graphql(`
  query ConsoleHandoutTemplateItems($id: ID!) {
    programTemplate(by: { id: $id }) {
      id
      name
      items {
        position
        exercise {
          id
          name
        }
        prescription {
          ...ProgramItemPrescription
        }
      }
    }
  }
`);
