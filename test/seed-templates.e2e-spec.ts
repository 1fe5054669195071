import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '../src/library-io/library-seeder.service.js';
import { graphql } from './graphql/index.js';
import type { Locale, ProgramItemInput } from './graphql/graphql.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The seed templates as a clinic first sees them: each one's balance gaps are the ones its
 * authors meant (a phase without plyometrics leaves "nothing fast" open on purpose), and a
 * handout issued from it in Spanish, Vietnamese or Chinese prints no exercise text in English.
 */

interface SeedItem extends Omit<ProgramItemInput, 'exerciseId'> {
  exercise: string;
}
interface SeedTemplate {
  slug: string;
  guidance: string;
  guidanceTranslations: { locale: string; text: string }[];
  items: SeedItem[];
}
const templates = JSON.parse(
  readFileSync(join(SEEDS_DIR, 'programs.json'), 'utf8'),
) as SeedTemplate[];

/** A gap as `FACET MISSING|MISSING`, the way the balance rules name it. */
const FRONTAL = 'PLANE FRONTAL';
const SINGLE_LEG = 'STANCE SINGLE_LEG';
const TRANSVERSE = 'PLANE TRANSVERSE';
const FAST = 'TEMPO_INTENT FAST|EXPLOSIVE';
const SLOW = 'TEMPO_INTENT ISOMETRIC|SLOW_CONTROLLED';
const LOAD = 'LOAD_KIND EXTERNAL|ELASTIC';
/** Every gap the rules can report, to say which ones a template closes. */
const ALL = [FRONTAL, SINGLE_LEG, TRANSVERSE, FAST, SLOW, LOAD];

/**
 * The gaps each template is meant to leave open, highest priority first, each with its reason.
 * Every template closes the two HIGH gaps (frontal plane, single leg) and the slow/held one.
 */
const INTENDED: Record<string, Record<string, string>> = {
  'runners-knee-phase-1': {
    [FAST]: 'no impact in phase 1: the knee is calmed before hopping returns in phase 3',
  },
  'runners-knee-phase-2': {
    [FAST]: 'running builds back in phase 2; plyometrics wait for phase 3',
  },
  'runners-knee-phase-3': {},
  'achilles-tendinopathy-phase-1': {
    [TRANSVERSE]:
      'a calf-loading phase: rotation control is not what an Achilles tendon needs first',
    [FAST]: 'no plyometrics before the tendon takes heavy slow load (phase 3)',
    [LOAD]: 'body weight loads the calf enough to start; the machine calf raise is phase 2',
  },
  'achilles-tendinopathy-phase-2': {
    [FAST]: 'heavy slow resistance first; rebounding raises and hops are phase 3',
  },
  'achilles-tendinopathy-phase-3': {},
  'achilles-insertional': {
    [TRANSVERSE]: 'a calf-loading programme: rotation control is not what the insertion needs',
    [FAST]: 'no plyometrics while the insertion is irritable',
  },
  'itb-pain': {
    [FAST]: 'running on the flat is the fast work; plyometrics wait for settled single-leg control',
  },
  'shin-pain': {
    [TRANSVERSE]: 'lower-leg capacity first: rotation control is not the shin’s problem',
    [FAST]: 'no hopping until hopping is pain-free (the bone stress red flag)',
    [LOAD]: 'body weight on one leg is the calf and shin load at this stage',
  },
  'plantar-heel-pain': {
    [TRANSVERSE]: 'a foot and calf programme: rotation control is not the heel’s problem',
    [FAST]: 'no impact beyond running while the morning pain settles',
    [LOAD]: 'the towel heel raise starts at body weight on one leg; a loaded backpack comes later',
  },
  'patellar-tendinopathy': {
    [FAST]: 'energy storage (jumps) follows once heavy slow loading is within the pain rule',
  },
  'hamstring-strain': {
    [LOAD]: 'the Askling exercises are body weight; slider and Nordic curls come later',
  },
  'return-to-run': {
    [LOAD]: 'the running itself is the load being rebuilt; body weight strength beside it',
  },
};

const SEED_TEMPLATE = graphql(`
  query SeedTemplate($slug: String!) {
    programTemplate(by: { slug: $slug }) {
      id
      items {
        exercise {
          slug
        }
      }
    }
  }
`);
const SEED_TEMPLATE_BALANCE = graphql(`
  query SeedTemplateBalance($items: [ProgramItemInput!]!) {
    programBalance(items: $items) {
      exerciseCount
      gaps {
        facet
        missing
      }
    }
  }
`);
const SEED_TEMPLATE_HANDOUT = graphql(`
  mutation SeedTemplateHandout($input: IssueHandoutInput!) {
    issueHandout(input: $input) {
      locale
      items {
        exerciseSlug
      }
      guidance {
        language
        outdated
      }
      fallbacks {
        exerciseName
        fields
      }
    }
  }
`);

describe('the seed templates', () => {
  let t: TestApp;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
    const rows: { id: string; slug: string }[] = await t.dataSource.query(
      'SELECT id, slug FROM exercise',
    );
    for (const row of rows) ids.set(row.slug, row.id);
  });
  afterAll(() => t.close());

  it('are the thirteen the clinic starts with, each with its intended gaps written here', () => {
    expect(templates.map((s) => s.slug).sort()).toEqual(Object.keys(INTENDED).sort());
    // Short enough for home adherence.
    for (const s of templates) {
      expect([s.slug, s.items.length >= 5 && s.items.length <= 7]).toEqual([s.slug, true]);
    }
  });

  it.each(templates.map((s) => [s.slug, s] as const))(
    '%s explains the pain rule once, in full, in every language, and no other threshold',
    (_slug, seed) => {
      const texts: Record<string, string> = { en: seed.guidance };
      for (const g of seed.guidanceTranslations) texts[g.locale] = g.text;
      // The pain-monitoring model (Silbernagel 2007): up to 5/10, settled by the next morning.
      const rule: Record<string, [RegExp, RegExp]> = {
        en: [/pain up to 5 out of 10/g, /\d+ out of 10/g],
        es: [/hasta 5 sobre 10/g, /\d+ sobre 10/g],
        vi: [/5 trên 10/g, /\d+ trên 10/g],
        zh: [/10分中的5分以内/g, /10分中的\d+分/g],
      };
      expect(Object.keys(texts).sort()).toEqual(['en', 'es', 'vi', 'zh']);
      for (const [locale, [once, any]] of Object.entries(rule)) {
        expect([locale, texts[locale].match(once)?.length]).toEqual([locale, 1]);
        expect([locale, texts[locale].match(any)?.length]).toEqual([locale, 1]);
      }
    },
  );

  it.each(templates.map((s) => [s.slug, s] as const))(
    '%s leaves open only the gaps it means to',
    async (slug, seed) => {
      const template = await t.gql(SEED_TEMPLATE, { slug }, 'staff');
      expect(template.body.errors).toBeUndefined();
      expect(template.body.data!.programTemplate!.items.map((i) => i.exercise.slug)).toEqual(
        seed.items.map((i) => i.exercise),
      );

      const items = seed.items.map(({ exercise, ...prescription }) => {
        expect([exercise, ids.has(exercise)]).toEqual([exercise, true]);
        return { ...prescription, exerciseId: ids.get(exercise)! };
      });
      const res = await t.gql(SEED_TEMPLATE_BALANCE, { items }, 'staff');
      expect(res.body.errors).toBeUndefined();
      const balance = res.body.data!.programBalance;
      expect(balance.exerciseCount).toBe(seed.items.length);
      const gaps = balance.gaps.map((g) => `${g.facet} ${g.missing.join('|')}`);
      const intended = Object.keys(INTENDED[slug]);
      // In the rules' priority order, so the list reads as the report does.
      expect(gaps).toEqual(ALL.filter((gap) => intended.includes(gap)));
    },
  );

  const LOCALES: Locale[] = ['ES', 'VI', 'ZH'];
  it.each(templates.flatMap((s) => LOCALES.map((locale) => [s.slug, locale] as const)))(
    'a handout from %s in %s prints every exercise and the guidance in that language',
    async (slug, locale) => {
      const template = await t.gql(SEED_TEMPLATE, { slug }, 'staff');
      const res = await t.gql(
        SEED_TEMPLATE_HANDOUT,
        {
          input: {
            templateId: template.body.data!.programTemplate!.id,
            patientName: 'Seed Template Patient',
            locale,
          },
        },
        'clinician',
      );
      expect(res.body.errors).toBeUndefined();
      const handout = res.body.data!.issueHandout;
      expect(handout.locale).toBe(locale);
      expect(handout.items.map((i) => i.exerciseSlug)).toEqual(
        templates.find((s) => s.slug === slug)!.items.map((i) => i.exercise),
      );
      expect(handout.fallbacks).toEqual([]);
      expect(handout.guidance).toEqual({ language: locale, outdated: false });
    },
  );
});
