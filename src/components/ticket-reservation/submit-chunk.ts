/**
 * What the form needs only once the visitor submits, as one lazily loaded chunk: sending and its
 * failures, the confirmation view with its .ics export, and the German texts of both. The element
 * starts loading it when the visitor first touches the form and awaits it on submit, so pages where
 * nobody reserves never download it.
 */
import { deLater } from './messages-later.js';
import type { FormMessages, ReservationMessages } from './messages.js';

export { confirmation } from './confirmation-part.js';
export { Submission } from './submission.js';

/** The form's texts completed with the later German ones (English and overrides already have theirs). */
export const withLater = (msg: FormMessages): ReservationMessages => ({ ...deLater, ...msg });
