import '@mantine/dropzone/styles.layer.css';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Image,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Dropzone, type FileRejection, MIME_TYPES } from '@mantine/dropzone';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { queryClient } from '../../app/query-client';
import { focusFirst } from '../auth/focus';
import type { ConsoleExerciseDetailQuery } from '../../gql/graphql';
import { format, messages } from '../../i18n';
import { fieldErrorsFor } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { DELETE_MEDIA, UPDATE_MEDIA } from './operations';
import { sentence, uploadImage } from './upload';

const m = messages.media;
type Exercise = NonNullable<ConsoleExerciseDetailQuery['exercise']>;
type Item = Exercise['media'][number];

/** The service's limit (MEDIA_MAX_BYTES, 5 MB by default): checked here first, and again there. */
const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = [MIME_TYPES.png, MIME_TYPES.jpeg, MIME_TYPES.webp];

type Values = { file: File | null; altText: string; author: string; licence: string };
const ORDER = ['file', 'altText', 'author', 'licence'] as const;
/** The route's field names as the form's (credit is author's deprecated name). */
const FIELD_OF: Record<string, (typeof ORDER)[number]> = {
  file: 'file',
  altText: 'altText',
  author: 'author',
  credit: 'author',
  licence: 'licence',
};

/** A problem the service words from a field's name ("altText is required…"), in the form's words. */
function inWords(message: string): string {
  const named = Object.entries(m.fieldNames).find(([field]) => message.startsWith(`${field} `));
  return sentence(named ? named[1] + message.slice(named[0].length) : message);
}

function refresh() {
  return queryClient.invalidateQueries({ queryKey: ['exercises'] });
}

/**
 * The pictures of an exercise, and managing them: upload one by dropping it or choosing it (with
 * its alt text, credit and licence), change an item's texts, remove one after a confirmation.
 */
export function MediaManager({ exercise }: { exercise: Exercise }) {
  return (
    <Stack gap="lg">
      <MediaList exercise={exercise} />
      <UploadForm exercise={exercise} />
    </Stack>
  );
}

function MediaList({ exercise }: { exercise: Exercise }) {
  const [editing, setEditing] = useState<Item | null>(null);
  const [removing, setRemoving] = useState<Item | null>(null);
  if (exercise.media.length === 0) return <Text size="sm">{messages.exercise.noMedia}</Text>;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="media-list">
        {exercise.media.map((item, i) => (
          <figure key={item.id} style={{ margin: 0 }} aria-label={format(m.item, { n: i + 1 })}>
            {item.kind === 'IMAGE' ? (
              <Image
                src={item.url}
                alt={item.altText}
                width={item.width ?? undefined}
                height={item.height ?? undefined}
                loading="lazy"
                radius="sm"
                h="auto"
                // A small picture at its own size, not stretched to the column.
                maw={item.width ?? undefined}
              />
            ) : (
              <Anchor href={item.url} target="_blank" rel="noreferrer">
                {format(messages.exercise.video, { alt: item.altText })}
              </Anchor>
            )}
            <Text component="figcaption" size="sm" mt={4}>
              <Text component="span" size="sm" display="block">
                {item.altText ? format(m.altShown, { alt: item.altText }) : m.noAlt}
              </Text>
              {format(messages.exercise.licence, {
                licence: item.licence || m.noLicence,
                author: item.author || m.noAuthor,
              })}
              {!item.licenceVerified && (
                <Text component="span" size="sm" c="dimmed" display="block">
                  {messages.exercise.licenceUnverified}
                </Text>
              )}
            </Text>
            <Group gap="xs" mt={6}>
              <Button
                size="xs"
                variant="default"
                onClick={() => setEditing(item)}
                aria-label={format(m.editNamed, { n: i + 1 })}
              >
                {m.edit}
              </Button>
              <Button
                size="xs"
                variant="outline"
                color="red"
                onClick={() => setRemoving(item)}
                aria-label={format(m.removeNamed, { n: i + 1 })}
              >
                {m.remove}
              </Button>
            </Group>
          </figure>
        ))}
      </SimpleGrid>
      {editing && <EditTexts item={editing} onClose={() => setEditing(null)} />}
      {removing && <ConfirmRemove item={removing} onClose={() => setRemoving(null)} />}
    </>
  );
}

function ConfirmRemove({ item, onClose }: { item: Item; onClose: () => void }) {
  const remove = useMutation({
    mutationFn: () => request(DELETE_MEDIA, { input: { id: item.id } }),
    onSuccess: async () => {
      await refresh();
      notifications.show({
        color: 'green',
        message: m.removed,
      });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={m.removeTitle} centered>
      <Stack>
        <Text>{format(m.removeConfirm, { alt: item.altText || m.noAlt })}</Text>
        {remove.error && (
          <Alert color="red" role="alert">
            {remove.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {m.cancel}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            {m.removeConfirmButton}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function EditTexts({ item, onClose }: { item: Item; onClose: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm({
    initialValues: { altText: item.altText, author: item.author, licence: item.licence },
    validate: { altText: (v) => (v.trim() ? null : m.altRequired) },
  });
  const [summary, setSummary] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (values: typeof form.values) =>
      request(UPDATE_MEDIA, { input: { id: item.id, ...values } }),
    onSuccess: async () => {
      await refresh();
      notifications.show({
        color: 'green',
        message: m.saved,
      });
      onClose();
    },
    onError: (error) => {
      const { byField, rest } = fieldErrorsFor(error);
      form.setErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, inWords(v)])));
      setSummary(rest.map(inWords));
      focusFirst(
        formRef.current,
        [...ORDER].filter((f) => f in byField),
      );
    },
  });
  return (
    <Modal opened onClose={onClose} title={m.editTitle} centered>
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit(
          (values) => save.mutate(values),
          (errors) =>
            focusFirst(
              formRef.current,
              [...ORDER].filter((f) => f in errors),
            ),
        )}
      >
        <Stack>
          {summary.length > 0 && (
            <Alert color="red" role="alert">
              {summary.join(' ')}
            </Alert>
          )}
          <Textarea
            label={m.altText}
            description={m.altHelp}
            name="altText"
            required
            autosize
            minRows={2}
            {...form.getInputProps('altText')}
          />
          <TextInput label={m.author} name="author" {...form.getInputProps('author')} />
          <TextInput
            label={m.licence}
            description={m.licenceHelp}
            name="licence"
            {...form.getInputProps('licence')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {m.cancel}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {m.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The chosen file shown before it is sent, from a local object URL (freed when it changes). */
function useObjectUrl(file: File | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) {
      setUrl(null);
      return;
    }
    const next = URL.createObjectURL(file);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [file]);
  return url;
}

function UploadForm({ exercise }: { exercise: Exercise }) {
  const formRef = useRef<HTMLFormElement>(null);
  const openRef = useRef<() => void>(null);
  const headingId = useId();
  const fileHelpId = useId();
  const fileErrorId = useId();
  const published = exercise.status === 'PUBLISHED';
  const [summary, setSummary] = useState<string[]>([]);
  const form = useForm<Values>({
    initialValues: { file: null, altText: '', author: '', licence: '' },
    validate: {
      file: (v) => (v ? null : m.fileRequired),
      altText: (v) => (v.trim() ? null : m.altRequired),
      author: (v) => (published && !v.trim() ? m.authorRequired : null),
      licence: (v) => (published && !v.trim() ? m.licenceRequired : null),
    },
  });
  const preview = useObjectUrl(form.values.file);
  const upload = useMutation({
    mutationFn: ({ file, ...texts }: Values) => uploadImage(exercise.id, file!, texts),
    onSuccess: async (media) => {
      await refresh();
      form.reset();
      setSummary([]);
      notifications.show({
        color: 'green',
        message: media.reused ? m.reused : m.uploaded,
      });
    },
    onError: (error) => {
      const { byField, rest } = fieldErrorsFor(error, '');
      const errors: Record<string, string> = {};
      const other = [...rest];
      for (const [field, message] of Object.entries(byField)) {
        const own = FIELD_OF[field];
        if (own) errors[own] ??= inWords(message);
        else other.push(message);
      }
      form.setErrors(errors);
      setSummary([...Object.values(errors), ...other.map(inWords)]);
      focusFirst(
        formRef.current,
        ORDER.filter((f) => f in errors),
      );
    },
  });
  const choose = (file: File) => {
    form.setFieldValue('file', file);
    form.clearFieldError('file');
  };
  const rejected = (rejections: FileRejection[]) => {
    const code = rejections[0]?.errors[0]?.code;
    form.setFieldError(
      'file',
      code === 'file-too-large'
        ? m.tooBig
        : code === 'file-invalid-type'
          ? m.wrongType
          : code === 'too-many-files'
            ? m.oneFile
            : (rejections[0]?.errors[0]?.message ?? m.wrongType),
    );
  };
  const fileError = form.errors.file;
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        {m.addTitle}
      </Title>
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit(
          (values) => upload.mutate(values),
          (errors) => {
            setSummary(
              ORDER.flatMap((f) => {
                const e = errors[f];
                return typeof e === 'string' ? [e] : [];
              }),
            );
            focusFirst(
              formRef.current,
              ORDER.filter((f) => f in errors),
            );
          },
        )}
      >
        <Stack gap="sm">
          {summary.length > 0 && (
            <Alert color="red" role="alert" title={m.notUploaded}>
              <List size="sm">
                {summary.map((s) => (
                  <List.Item key={s}>{s}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Dropzone
            onDrop={(files) => files[0] && choose(files[0])}
            onReject={rejected}
            accept={ACCEPT}
            maxSize={MAX_BYTES}
            multiple={false}
            openRef={openRef}
            activateOnClick={false}
            activateOnKeyboard={false}
            data-testid="media-dropzone"
            style={{
              borderColor: fileError ? 'var(--mantine-color-error)' : 'var(--mantine-color-gray-6)',
            }}
          >
            <Group justify="center" gap="md" mih={120} style={{ pointerEvents: 'none' }}>
              {preview ? (
                <Image
                  src={preview}
                  alt={form.values.altText || m.previewAlt}
                  mah={160}
                  w="auto"
                  fit="contain"
                />
              ) : null}
              <Stack gap={4} align="center">
                <Text fw={600}>{m.dropHere}</Text>
                <Text size="sm" id={fileHelpId}>
                  {form.values.file
                    ? format(m.chosen, {
                        name: form.values.file.name,
                        size: Math.max(1, Math.round(form.values.file.size / 1024)),
                      })
                    : m.fileHelp}
                </Text>
              </Stack>
            </Group>
          </Dropzone>
          <Group gap="sm">
            <Button
              variant="default"
              name="file"
              onClick={() => openRef.current?.()}
              aria-describedby={fileError ? `${fileHelpId} ${fileErrorId}` : fileHelpId}
              aria-invalid={Boolean(fileError)}
            >
              {form.values.file ? m.chooseAnother : m.choose}
            </Button>
          </Group>
          {fileError && (
            <Text
              size="sm"
              c="var(--mantine-color-error)"
              id={fileErrorId}
              data-testid="file-error"
            >
              {fileError}
            </Text>
          )}
          <Textarea
            label={m.altText}
            description={m.altHelp}
            name="altText"
            required
            autosize
            minRows={2}
            {...form.getInputProps('altText')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={m.author}
              description={published ? m.authorHelpPublished : m.authorHelp}
              name="author"
              required={published}
              {...form.getInputProps('author')}
            />
            <TextInput
              label={m.licence}
              description={m.licenceHelp}
              name="licence"
              required={published}
              {...form.getInputProps('licence')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {m.upload}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
