/**
 * Bulk {@code $import} of NDJSON: a body of FHIR resources, one a line, each written in its own database transaction
 * through HAPI's DAOs as an update with its id, as a REST write would be, in a background job with a report of what
 * was stored and what was refused ({@code docs/bulk-data.md}).
 */
package org.hsctdata.fhir.bulkimport;
