import { graphql } from '../../gql';

export const LOGIN = graphql(`
  mutation ConsoleLogin($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation ConsoleSignOut($input: SignOutInput!) {
    signOut(input: $input) {
      sessionsEnded
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ConsoleChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...SessionFields
    }
  }
`);
