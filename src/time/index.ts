/** Framework-free date logic: civil dates, instants in the venue's zone, month grid, grouping, formatting. */
export * from './civil.js';
export { zoneOffset, setZoneRuleOff, zonedParts, localDate, localDayNumber, localTime, zonedInstant, startOfLocalDay } from './zoned.js';
export type { ZonedParts } from './zoned.js';
export { verifyZoneRules } from './zone-check.js';
export * from './matrix.js';
export * from './ranges.js';
export * from './group.js';
export * from './format.js';
export { DEFAULT_TIME_ZONE, isValidTimeZone, resolveTimeZone } from './zone.js';
