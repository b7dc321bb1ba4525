package org.hsctdata.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Our checks of what clients send, before HAPI acts on it: body size (413), media type (415), and the request checks
 * that turn what HAPI would accept, mishandle or fail on into a 400 with an OperationOutcome (each class says what it
 * refuses, and the bad-input corpus shows it). Off in the {@code plain} profile, the benchmark's baseline (HAPI's
 * JPA server without our features).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!plain")
class RequestChecksConfig {

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
	ServerInterceptor clientErrorInterceptor(FhirContext fhirContext) {
		return new ServerInterceptor(new ClientErrorInterceptor(fhirContext));
	}

	/** 412 for a conditional update whose If-Match is not the version of the resource it would replace. */
	@Bean
	ServerInterceptor conditionalUpdatePrecondition() {
		return new ServerInterceptor(new ConditionalUpdatePrecondition());
	}

	/** The ETag of the new version on a PATCH's answer, as on an update's. */
	@Bean
	ServerInterceptor patchETag() {
		return new ServerInterceptor(new PatchETag());
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

	/** A read or vread with {@code _summary=text} answered with the resource's text, id, meta and mandatory elements. */
	@Bean
	ServerInterceptor textSummaryRead(FhirContext fhirContext) {
		return new ServerInterceptor(new TextSummaryRead(fhirContext));
	}

	/** {@code GET ValueSet/$expand} paged with {@code count} and {@code offset} (HAPI answered 500). */
	@Bean
	ServerInterceptor expandPaging(FhirContext fhirContext) {
		return new ServerInterceptor(new ExpandPaging(fhirContext));
	}

	/** The rules of our searches, shared by the two checks below. */
	@Bean
	SearchRequestCheck searchRules(FhirContext fhirContext, ISearchParamRegistry searchParameters) {
		return new SearchRequestCheck(fhirContext, searchParameters);
	}

	/**
	 * 400 for searches, criteria of conditional writes and history paging with modifiers, result parameters or (when
	 * asked to be strict) parameters we do not have.
	 */
	@Bean
	ServerInterceptor searchRequestCheck(SearchRequestCheck searchRules) {
		return new ServerInterceptor(searchRules);
	}

	/** 400, before anything is stored, for transaction and batch Bundles that HAPI would process wrongly. */
	@Bean
	ServerInterceptor transactionCheck(FhirContext fhirContext, SearchRequestCheck searchRules) {
		return new ServerInterceptor(new TransactionCheck(fhirContext, searchRules));
	}
}
