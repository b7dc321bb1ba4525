/**
 * The benchmark (docs/performance.md): our server against the same HAPI JPA server without our features (Spring
 * profile {@code plain}), each started as a separate process, measured side by side on the same data. Run it with
 * {@code ./mvnw -Pbench verify}; it is not a test, and only its smoke run is part of the suite.
 */
package org.hsctdata.fhir.bench;
