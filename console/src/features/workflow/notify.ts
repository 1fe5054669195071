import { notifications } from '@mantine/notifications';

/** A change done, said in a notification (its close button is named by the theme). */
export function notifyDone(message: string): void {
  notifications.show({ color: 'green', message });
}
