/**
 * The audit trail: every read, search, write and refused attempt, recorded as an AuditEvent (after IHE's Basic Audit
 * Log Patterns) in the server's own database, durably before the client gets its answer.
 */
package org.hsctdata.fhir.audit;
