package org.hsctdata.fhir.rest;

import static org.hsctdata.fhir.rest.RequestPipeline.ACCEPT;
import static org.hsctdata.fhir.rest.RequestPipeline.CAPABILITY_STATEMENT_CLAIMS;
import static org.hsctdata.fhir.rest.RequestPipeline.CLIENT_ERRORS;
import static org.hsctdata.fhir.rest.RequestPipeline.CODE_SYSTEM_LOOKUP;
import static org.hsctdata.fhir.rest.RequestPipeline.CONDITIONAL_UPDATE_PRECONDITION;
import static org.hsctdata.fhir.rest.RequestPipeline.CONTENT_TYPE;
import static org.hsctdata.fhir.rest.RequestPipeline.DELETE_PRECONDITION;
import static org.hsctdata.fhir.rest.RequestPipeline.EVERYTHING_SINCE;
import static org.hsctdata.fhir.rest.RequestPipeline.EXPAND_PAGING;
import static org.hsctdata.fhir.rest.RequestPipeline.JSON_TYPES;
import static org.hsctdata.fhir.rest.RequestPipeline.META_ADD;
import static org.hsctdata.fhir.rest.RequestPipeline.PATCH_DOCUMENT;
import static org.hsctdata.fhir.rest.RequestPipeline.PATCH_ETAG;
import static org.hsctdata.fhir.rest.RequestPipeline.REQUEST_FORM;
import static org.hsctdata.fhir.rest.RequestPipeline.SEARCH_REQUEST;
import static org.hsctdata.fhir.rest.RequestPipeline.STALE_TEXT;
import static org.hsctdata.fhir.rest.RequestPipeline.TEXT_SUMMARY_READ;
import static org.hsctdata.fhir.rest.RequestPipeline.TRANSACTION;
import static org.hsctdata.fhir.rest.RequestPipeline.TYPE_LEVEL_PAGING;
import static org.hsctdata.fhir.rest.RequestPipeline.VALIDATE_REQUEST_FORM;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.search.cache.ISearchCacheSvc;
import ca.uhn.fhir.jpa.validation.JpaValidationSupportChain;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import jakarta.servlet.DispatcherType;
import org.hsctdata.fhir.rest.RequestPipeline.Interceptor;
import org.hsctdata.fhir.server.FhirServerConfig;
import org.hsctdata.fhir.server.HsctServerProperties;
import org.hsctdata.fhir.validation.ProfileEnforcement;
import org.hsctdata.fhir.validation.ProfileSelector;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/**
 * Our checks of what clients send and our corrections of HAPI 8.8.0's REST behaviour, each at its step of the
 * {@link RequestPipeline} (each class says what it refuses or corrects, and the bad-input corpus shows it). Off in the
 * {@code plain} profile, the benchmark's baseline (HAPI's JPA server without our features).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!plain")
class RequestChecksConfig {

	/** 413 for request bodies over {@code hsct.max-request-size}: a servlet filter, before anything parses them. */
	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
			HsctServerProperties properties, FhirContext fhirContext) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(), fhirContext));
		registration.addUrlPatterns(FhirServerConfig.FHIR_PATH + "/*");
		return registration;
	}

	/**
	 * What Tomcat answers itself (a malformed path, headers too large) and what reaches Spring Boot's error page is,
	 * under {@code /fhir}, an OperationOutcome ({@link ContainerErrors}). The FHIR context is looked up when an error
	 * is answered: the web server is made before HAPI's configuration.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReports(
			ObjectProvider<FhirContext> fhirContext) {
		return factory -> factory.addContextCustomizers(
				context -> ContainerErrors.replaceErrorReportValve(context, fhirContext::getObject));
	}

	@Bean
	FilterRegistrationBean<ContainerErrors.ErrorDispatch> containerErrorDispatch(
			ObjectProvider<FhirContext> fhirContext) {
		FilterRegistrationBean<ContainerErrors.ErrorDispatch> registration =
				new FilterRegistrationBean<>(new ContainerErrors.ErrorDispatch(fhirContext::getObject));
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	Interceptor contentTypeInterceptor() {
		return new Interceptor(CONTENT_TYPE, new ContentTypeInterceptor());
	}

	@Bean
	Interceptor acceptCheck() {
		return new Interceptor(ACCEPT, new AcceptCheck());
	}

	@Bean
	Interceptor typeLevelPaging(FhirContext fhirContext, ISearchCacheSvc searches) {
		return new Interceptor(TYPE_LEVEL_PAGING, new TypeLevelPaging(fhirContext, searches));
	}

	@Bean
	Interceptor everythingSince(FhirContext fhirContext) {
		return new Interceptor(EVERYTHING_SINCE, new EverythingSince(fhirContext));
	}

	@Bean
	Interceptor expandPaging(FhirContext fhirContext) {
		return new Interceptor(EXPAND_PAGING, new ExpandPaging(fhirContext));
	}

	@Bean
	Interceptor validateRequestForm(
			FhirContext fhirContext, ProfileSelector selector, HsctServerProperties properties) {
		return new Interceptor(
				VALIDATE_REQUEST_FORM,
				new ValidateRequestForm(
						fhirContext, selector, properties.validation().policy()));
	}

	@Bean
	Interceptor requestFormCheck(FhirContext fhirContext) {
		return new Interceptor(REQUEST_FORM, new RequestFormCheck(fhirContext));
	}

	@Bean
	Interceptor jsonTypeCheck(FhirContext fhirContext) {
		return new Interceptor(JSON_TYPES, new JsonTypeCheck(fhirContext));
	}

	@Bean
	Interceptor patchDocumentCheck(FhirContext fhirContext) {
		return new Interceptor(PATCH_DOCUMENT, new PatchDocumentCheck(fhirContext));
	}

	/** The rules of our searches, shared by the search check and the transaction check. */
	@Bean
	SearchRequestCheck searchRules(FhirContext fhirContext, ISearchParamRegistry searchParameters) {
		return new SearchRequestCheck(fhirContext, searchParameters);
	}

	@Bean
	Interceptor searchRequestCheck(SearchRequestCheck searchRules) {
		return new Interceptor(SEARCH_REQUEST, searchRules);
	}

	@Bean
	Interceptor transactionCheck(FhirContext fhirContext, SearchRequestCheck searchRules) {
		return new Interceptor(TRANSACTION, new TransactionCheck(fhirContext, searchRules));
	}

	@Bean
	Interceptor metaAddCheck(DaoRegistry daoRegistry, ProfileEnforcement enforcement) {
		return new Interceptor(META_ADD, new MetaAddCheck(daoRegistry, enforcement));
	}

	@Bean
	Interceptor textSummaryRead() {
		return new Interceptor(TEXT_SUMMARY_READ, new TextSummaryRead());
	}

	@Bean
	Interceptor codeSystemLookup(JpaValidationSupportChain validationSupport) {
		return new Interceptor(CODE_SYSTEM_LOOKUP, new CodeSystemLookup(validationSupport));
	}

	@Bean
	Interceptor conditionalUpdatePrecondition() {
		return new Interceptor(CONDITIONAL_UPDATE_PRECONDITION, new ConditionalUpdatePrecondition());
	}

	@Bean
	Interceptor deletePrecondition() {
		return new Interceptor(DELETE_PRECONDITION, new DeletePrecondition());
	}

	@Bean
	Interceptor patchETag() {
		return new Interceptor(PATCH_ETAG, new PatchETag());
	}

	@Bean
	Interceptor clientErrorInterceptor() {
		return new Interceptor(CLIENT_ERRORS, new ClientErrorInterceptor());
	}

	@Bean
	Interceptor capabilityStatementClaims(JpaStorageSettings storageSettings) {
		return new Interceptor(CAPABILITY_STATEMENT_CLAIMS, new CapabilityStatementClaims(storageSettings));
	}

	@Bean
	Interceptor staleTextInterceptor() {
		return new Interceptor(STALE_TEXT, new StaleTextInterceptor());
	}
}
