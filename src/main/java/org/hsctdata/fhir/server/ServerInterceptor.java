package org.hsctdata.fhir.server;

/**
 * A HAPI interceptor that the {@code /fhir} endpoint registers. HAPI interceptors share no type, so each one is
 * published as a bean of this type, and the endpoint picks up exactly these.
 *
 * @param delegate an object with HAPI {@code @Hook} methods
 */
public record ServerInterceptor(Object delegate) {}
