// Every API route, one line each; the handlers live in one file per resource.

import { Router } from '../http/router.js';
import { listAdminEvents, listEventReservations } from './admin.js';
import { getAvailability } from './availability.js';
import { getCentre, listCentres } from './centres.js';
import { getEvent, getEvents } from './events.js';
import { getDirectory, getMembership } from './memberships.js';
import { getNetworkEvents } from './network.js';
import { cancelReservation, cancelReservationForm, createReservation, getReservation } from './reservations.js';

export function apiRouter(): Router {
  return new Router()
    .add('GET', '/api/events/:id/availability', getAvailability)
    .add('GET', '/api/events', getEvents)
    .add('GET', '/api/events/:id', getEvent)
    .add('POST', '/api/reservations', createReservation)
    .add('GET', '/api/reservations/:code', getReservation)
    .add('DELETE', '/api/reservations/:code', cancelReservation)
    .add('POST', '/api/reservations/:code/cancel', cancelReservationForm)
    .add('GET', '/api/centres', listCentres)
    .add('GET', '/api/centres/:id', getCentre)
    .add('GET', '/api/network/events', getNetworkEvents)
    .add('GET', '/api/memberships', getDirectory)
    .add('GET', '/api/memberships/:id', getMembership)
    .add('GET', '/api/admin/events', listAdminEvents)
    .add('GET', '/api/admin/events/:id/reservations', listEventReservations);
}
