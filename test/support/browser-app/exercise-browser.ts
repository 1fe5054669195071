/// <reference lib="dom" />
/**
 * A front-end as a clinic's web developer would write it: Apollo Client with relayStylePagination,
 * in a page served from another origin than the API (test/browser-client.e2e-spec.ts bundles it
 * with esbuild and drives it in Chromium). It lists the catalogue a page at a time, pages on with
 * "More", and searches as you type. A token left in localStorage is sent as a signed-in app would.
 * Opened at `#end`, it starts from the end of the catalogue and pages back with "Earlier", as a
 * console does (last/before; relayStylePagination puts each earlier page in front).
 */
import { ApolloClient, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { parse } from 'graphql';
import { graphql } from '../../graphql/index.js';
import type {
  BrowserExercisesQuery,
  BrowserExercisesQueryVariables,
} from '../../graphql/graphql.js';

const LIST = graphql(`
  query BrowserExercises(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: ExerciseFilter
  ) {
    exercises(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          name
        }
      }
      pageInfo {
        startCursor
        endCursor
        hasPreviousPage
        hasNextPage
      }
    }
  }
`);
const LIST_DOCUMENT: TypedDocumentNode<BrowserExercisesQuery, BrowserExercisesQueryVariables> =
  parse(String(LIST));

export const PAGE_SIZE = 5;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;
const search = $<HTMLInputElement>('#search');
const count = $<HTMLParagraphElement>('#count');
const list = $<HTMLUListElement>('#list');
const more = $<HTMLButtonElement>('#more');
const earlier = $<HTMLButtonElement>('#earlier');
const notice = $<HTMLParagraphElement>('#notice');
const failure = $<HTMLParagraphElement>('#error');
const api = $<HTMLMetaElement>('meta[name="api"]').content;
const token = localStorage.getItem('token');

const client = new ApolloClient({
  link: new HttpLink({
    uri: api,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    // The service says when a stored token is no longer good (CORS exposes the header).
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const challenge = response.headers.get('www-authenticate');
      if (challenge) notice.textContent = /error_description="([^"]*)"/.exec(challenge)?.[1] ?? '';
      return response;
    },
  }),
  cache: new InMemoryCache({
    typePolicies: { Query: { fields: { exercises: relayStylePagination(['filter']) } } },
  }),
});

/** Forward from the start, or back from the end (`#end`). */
const fromEnd = location.hash === '#end';
const size = fromEnd ? { first: null, last: PAGE_SIZE } : { first: PAGE_SIZE, last: null };

const query = client.watchQuery({
  query: LIST_DOCUMENT,
  variables: { ...size, filter: {} },
  notifyOnNetworkStatusChange: true,
});

let endCursor: string | null | undefined;
let startCursor: string | null | undefined;
query.subscribe({
  next(result) {
    document.body.dataset.state = result.loading ? 'loading' : result.error ? 'error' : 'ready';
    if (result.error) failure.textContent = result.error.message;
    if (result.dataState !== 'complete') return;
    const page = result.data.exercises;
    count.textContent = `${page.totalCount} exercises`;
    list.replaceChildren(
      ...page.edges.map(({ node }) => {
        const item = document.createElement('li');
        item.dataset.slug = node.slug;
        item.textContent = node.name;
        return item;
      }),
    );
    endCursor = page.pageInfo.endCursor;
    startCursor = page.pageInfo.startCursor;
    more.hidden = !page.pageInfo.hasNextPage;
    earlier.hidden = !page.pageInfo.hasPreviousPage;
  },
  error(error: Error) {
    document.body.dataset.state = 'error';
    failure.textContent = error.message;
  },
});

more.addEventListener('click', () => {
  void query.fetchMore({ variables: { first: PAGE_SIZE, last: null, after: endCursor } });
});

earlier.addEventListener('click', () => {
  void query.fetchMore({ variables: { first: null, last: PAGE_SIZE, before: startCursor } });
});

let typing: ReturnType<typeof setTimeout> | undefined;
search.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const text = search.value.trim();
    // setVariables, not refetch: cache-first, so a search already read (or the whole catalogue
    // with its pages) comes back from Apollo's cache. A refetch would go to the network and, with
    // neither after nor before, relayStylePagination would replace the pages with the first one.
    void query.setVariables({ ...size, filter: text ? { text } : {} });
  }, 150);
});
