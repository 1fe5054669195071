import { Alert, Button, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Page } from '../../components/Page';
import { format, messages } from '../../i18n';
import { request } from '../../lib/graphql';
import { ExerciseForm } from './ExerciseForm';
import { EXERCISE_FOR_EDIT } from './operations';

const m = messages.editing;

/** The "Edit" button on an exercise's page. */
export function EditExerciseLink({ slug, name }: { slug: string; name: string }) {
  return (
    <Button
      size="xs"
      variant="outline"
      aria-label={format(m.editLabel, { name })}
      renderRoot={(props) => <Link to="/exercises/$slug/edit" params={{ slug }} {...props} />}
    >
      {m.edit}
    </Button>
  );
}

/**
 * /exercises/$slug/edit: reads the exercise once (no refetch on focus, nothing cached to show
 * stale) and keeps that version for the save, whatever happens in the background.
 */
export function ExerciseEditPage({ slug }: { slug: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: ['exercises', 'detail', slug, 'edit'],
    queryFn: ({ signal }) => request(EXERCISE_FOR_EDIT, { slug }, signal),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  if (isPending) return <Text>{messages.app.loading}</Text>;
  if (error || !data.exercise) {
    return (
      <Page title={m.loadFailed}>
        <Alert color="red" role="alert">
          {error ? error.message : messages.exercise.notFound}
        </Alert>
      </Page>
    );
  }
  return <ExerciseForm key={data.exercise.id} exercise={data.exercise} />;
}

/** /exercises/new: createExercise makes a DRAFT and its slug. */
export function NewExercisePage() {
  return <ExerciseForm />;
}
