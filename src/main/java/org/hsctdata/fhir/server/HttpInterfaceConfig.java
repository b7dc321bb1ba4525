package org.hsctdata.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.openapi.OpenApiInterceptor;
import ca.uhn.fhir.rest.server.interceptor.CorsInterceptor;
import ca.uhn.fhir.rest.server.interceptor.ResponseHighlighterInterceptor;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;

/**
 * What the {@code /fhir} endpoint does at the HTTP level besides FHIR itself: CORS, body-size and media-type checks,
 * OpenAPI and browser rendering.
 */
@Configuration(proxyBeanMethods = false)
class HttpInterfaceConfig {

	/**
	 * Lets browser-based SMART / FHIR apps on the configured origins call the server; with no origin configured,
	 * every cross-origin browser request is refused.
	 */
	@Bean
	ServerInterceptor corsInterceptor(HsctServerProperties properties) {
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
				HttpHeaders.LOCATION, HttpHeaders.CONTENT_LOCATION, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED));
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"));
		cors.setAllowCredentials(properties.cors().allowCredentials());
		return new ServerInterceptor(new CorsInterceptor(cors));
	}

	/** 413 for request bodies over {@code hsct.max-request-size}, before anything parses them. */
	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(HsctServerProperties properties) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(properties.maxRequestSize().toBytes()));
		registration.addUrlPatterns(FhirServerConfig.FHIR_PATH + "/*");
		return registration;
	}

	/** 415 for request bodies in a media type FHIR does not define. */
	@Bean
	ServerInterceptor contentTypeInterceptor() {
		return new ServerInterceptor(new ContentTypeInterceptor());
	}

	/** 400 instead of HAPI's 500 for failures that malformed input causes deep inside HAPI. */
	@Bean
	ServerInterceptor clientErrorInterceptor() {
		return new ServerInterceptor(new ClientErrorInterceptor());
	}

	/** 400 for ids in the URL that are not FHIR ids and FHIR bodies that are not UTF-8. */
	@Bean
	ServerInterceptor requestFormCheck(FhirContext fhirContext) {
		return new ServerInterceptor(new RequestFormCheck(fhirContext));
	}

	/** 400 for FHIR JSON values of the wrong JSON type, which HAPI's parser would convert silently. */
	@Bean
	ServerInterceptor jsonTypeCheck(FhirContext fhirContext) {
		return new ServerInterceptor(new JsonTypeCheck(fhirContext));
	}

	/** 400 with every problem of a PATCH document that HAPI would otherwise fail on (500) or apply wrongly. */
	@Bean
	ServerInterceptor patchDocumentCheck(FhirContext fhirContext) {
		return new ServerInterceptor(new PatchDocumentCheck(fhirContext));
	}

	/** 400 for searches with modifiers, result parameters or (when asked to be strict) parameters we do not have. */
	@Bean
	ServerInterceptor searchRequestCheck(FhirContext fhirContext, ISearchParamRegistry searchParameters) {
		return new ServerInterceptor(new SearchRequestCheck(fhirContext, searchParameters));
	}

	/** 400, before anything is stored, for transaction and batch Bundles that HAPI would process wrongly. */
	@Bean
	ServerInterceptor transactionCheck(FhirContext fhirContext, ISearchParamRegistry searchParameters) {
		return new ServerInterceptor(
				new TransactionCheck(fhirContext, new SearchRequestCheck(fhirContext, searchParameters)));
	}

	/** OpenAPI 3 description at {@code /fhir/api-docs} and Swagger UI at {@code /fhir/swagger-ui/}. */
	@Bean
	ServerInterceptor openApiInterceptor() {
		return new ServerInterceptor(new OpenApiInterceptor());
	}

	/** Renders responses as syntax-highlighted HTML when a person opens a FHIR URL in a browser. */
	@Bean
	ServerInterceptor responseHighlighter() {
		return new ServerInterceptor(new ResponseHighlighterInterceptor());
	}
}
