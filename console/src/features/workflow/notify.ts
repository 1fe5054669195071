import { notifications } from '@mantine/notifications';
import { messages } from '../../i18n';

/** A change done, said in a notification whose close button has a name (axe: button-name). */
export function notifyDone(message: string): void {
  notifications.show({
    color: 'green',
    message,
    closeButtonProps: { 'aria-label': messages.workflow.dismiss },
  });
}
