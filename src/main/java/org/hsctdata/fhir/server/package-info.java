/**
 * How we serve FHIR: the HAPI JPA storage wiring, the {@code RestfulServer} at {@code /fhir}, its HTTP concerns
 * (CORS, OpenAPI, error rendering) and the project's settings record.
 */
package org.hsctdata.fhir.server;
