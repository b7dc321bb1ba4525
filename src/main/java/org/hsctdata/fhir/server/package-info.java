/**
 * Where data is stored and served: the HAPI JPA storage wiring (database, schema, search services, start-up lock),
 * the {@code RestfulServer} at {@code /fhir} with its HTTP concerns (CORS, OpenAPI, browser rendering), and the
 * project's settings record. What a request passes on its way is in {@code rest} ({@code RequestPipeline}).
 */
package org.hsctdata.fhir.server;
