/**
 * What the server publishes: the FHIR package built from {@code fhir-profiles/} (profiles, extensions, value sets,
 * code systems), its canonical URLs, and its installation at start-up.
 */
package org.hsctdata.fhir.conformance;
