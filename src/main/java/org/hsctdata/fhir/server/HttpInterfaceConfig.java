package org.hsctdata.fhir.server;

import ca.uhn.fhir.rest.openapi.OpenApiInterceptor;
import ca.uhn.fhir.rest.server.interceptor.CorsInterceptor;
import ca.uhn.fhir.rest.server.interceptor.ResponseHighlighterInterceptor;
import java.util.List;
import org.hsctdata.fhir.rest.RequestPipeline;
import org.hsctdata.fhir.rest.RequestPipeline.Interceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;

/**
 * What the {@code /fhir} endpoint does at the HTTP level besides FHIR itself, as any HAPI server does: CORS, OpenAPI
 * and browser rendering, each at its step of the {@link RequestPipeline}.
 */
@Configuration(proxyBeanMethods = false)
class HttpInterfaceConfig {

	/**
	 * Lets browser-based SMART / FHIR apps on the configured origins call the server; with no origin configured,
	 * every cross-origin browser request is refused. (Also applied to the refusals of a secured server, which Spring
	 * Security answers before HAPI sees the request.)
	 */
	@Bean
	CorsConfiguration corsConfiguration(HsctServerProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		properties.cors().allowedOrigins().forEach(cors::addAllowedOriginPattern);
		cors.setAllowedHeaders(List.of(
				HttpHeaders.ORIGIN,
				HttpHeaders.ACCEPT,
				HttpHeaders.CONTENT_TYPE,
				HttpHeaders.AUTHORIZATION,
				HttpHeaders.CACHE_CONTROL,
				HttpHeaders.IF_MATCH,
				HttpHeaders.IF_NONE_MATCH,
				HttpHeaders.IF_MODIFIED_SINCE,
				"If-None-Exist",
				"Prefer",
				"X-Requested-With"));
		cors.setExposedHeaders(List.of(
				HttpHeaders.LOCATION,
				HttpHeaders.CONTENT_LOCATION,
				HttpHeaders.ETAG,
				HttpHeaders.LAST_MODIFIED,
				HttpHeaders.WWW_AUTHENTICATE));
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"));
		cors.setAllowCredentials(properties.cors().allowCredentials());
		return cors;
	}

	@Bean
	Interceptor corsInterceptor(CorsConfiguration cors) {
		return new Interceptor(RequestPipeline.CORS, new CorsInterceptor(cors));
	}

	/** OpenAPI 3 description at {@code /fhir/api-docs} and Swagger UI at {@code /fhir/swagger-ui/}. */
	@Bean
	Interceptor openApiInterceptor() {
		return new Interceptor(RequestPipeline.OPEN_API, new OpenApiInterceptor());
	}

	/** Renders responses as syntax-highlighted HTML when a person opens a FHIR URL in a browser. */
	@Bean
	Interceptor responseHighlighter() {
		return new Interceptor(RequestPipeline.RESPONSE_HIGHLIGHTER, new ResponseHighlighterInterceptor());
	}
}
