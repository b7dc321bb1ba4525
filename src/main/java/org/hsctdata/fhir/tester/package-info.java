/**
 * {@code java -jar <server jar> test-server <base-url>}: a conformance tester that checks any FHIR server against the
 * guide's requirements for a conforming server, read from our package (its CapabilityStatement of kind
 * {@code requirements}, its examples, search parameters and profile test cases), and prints a pass/fail report.
 */
package org.hsctdata.fhir.tester;
