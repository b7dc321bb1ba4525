/**
 * FHIR Bulk Data Access: {@code $export} at system, {@code Patient} and {@code Group} level, run by HAPI's Batch2
 * bulk-export job; the output files are NDJSON {@code Binary} resources.
 */
package org.hsctdata.fhir.bulk;
