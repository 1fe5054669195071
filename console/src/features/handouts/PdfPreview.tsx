import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { queryClient } from '../../app/query-client';
import { messages } from '../../i18n';

const m = messages.handouts;

/**
 * The handout's PDF inside the page: fetched from the signed pdfUrl (it works for 5 minutes, so
 * it is fetched as soon as the page has it) into a blob shown by the browser's own PDF viewer in
 * an iframe (no pdf.js). Print prints that frame, so what is printed is what is shown.
 */
export function PdfPreview({ handoutId, pdfUrl }: { handoutId: string; pdfUrl: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const pdf = useQuery({
    queryKey: ['handouts', 'pdf', handoutId],
    queryFn: async ({ signal }) => {
      const res = await fetch(pdfUrl, { signal });
      if (!res.ok) throw new Error(m.preview.failed);
      return res.blob();
    },
    // The bytes of a version never change; a new signed URL is not a new PDF.
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const blobUrl = useMemo(() => (pdf.data ? URL.createObjectURL(pdf.data) : null), [pdf.data]);
  useEffect(() => () => void (blobUrl && URL.revokeObjectURL(blobUrl)), [blobUrl]);

  const print = () => {
    const win = frame.current?.contentWindow;
    try {
      win?.focus();
      win?.print();
    } catch {
      // A viewer that refuses to print from the frame: open the PDF on its own to print it.
      if (blobUrl) window.open(blobUrl, '_blank', 'noopener');
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text>{m.preview.intro}</Text>
        <Button onClick={print} disabled={!blobUrl}>
          {m.preview.print}
        </Button>
      </Group>
      {pdf.isPending ? (
        <Group gap="xs" role="status">
          <Loader size="sm" aria-hidden />
          <Text>{m.preview.loading}</Text>
        </Group>
      ) : pdf.error ? (
        <Alert color="red" role="alert">
          {m.preview.failed}{' '}
          <Button
            variant="subtle"
            size="compact-sm" // The signed URL may have lapsed: read the handout (and so a fresh pdfUrl) again.
            onClick={() => void queryClient.invalidateQueries({ queryKey: ['handouts'] })}
          >
            {messages.app.retry}
          </Button>
        </Alert>
      ) : (
        <iframe
          ref={frame}
          // The page at the frame's width, without the thumbnails pane: the handout, not the viewer.
          src={blobUrl ? `${blobUrl}#navpanes=0&view=FitH` : undefined}
          title={m.preview.frameTitle}
          data-testid="handout-pdf"
          style={{ width: '100%', height: 720, border: '1px solid var(--mantine-color-gray-4)' }}
        />
      )}
    </Stack>
  );
}
