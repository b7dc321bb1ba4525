package org.hsctdata.fhir.rest;

import static org.hsctdata.fhir.rest.RequestPipeline.ACCEPT;
import static org.hsctdata.fhir.rest.RequestPipeline.APPEND_ONLY_AUDIT_TRAIL;
import static org.hsctdata.fhir.rest.RequestPipeline.AUDIT_TRAIL;
import static org.hsctdata.fhir.rest.RequestPipeline.AUDIT_TRAIL_CAPABILITIES;
import static org.hsctdata.fhir.rest.RequestPipeline.BULK_EXPORT;
import static org.hsctdata.fhir.rest.RequestPipeline.BULK_EXPORT_SCOPES;
import static org.hsctdata.fhir.rest.RequestPipeline.CAPABILITY_STATEMENT_CLAIMS;
import static org.hsctdata.fhir.rest.RequestPipeline.CAPABILITY_STATEMENT_SECURITY;
import static org.hsctdata.fhir.rest.RequestPipeline.CLIENT_ERRORS;
import static org.hsctdata.fhir.rest.RequestPipeline.CODE_SYSTEM_LOOKUP;
import static org.hsctdata.fhir.rest.RequestPipeline.COHORTS;
import static org.hsctdata.fhir.rest.RequestPipeline.CONDITIONAL_UPDATE_PRECONDITION;
import static org.hsctdata.fhir.rest.RequestPipeline.CONTENT_TYPE;
import static org.hsctdata.fhir.rest.RequestPipeline.CORS;
import static org.hsctdata.fhir.rest.RequestPipeline.DELETE_PRECONDITION;
import static org.hsctdata.fhir.rest.RequestPipeline.DOCUMENT_BUNDLE;
import static org.hsctdata.fhir.rest.RequestPipeline.EVERYTHING_SINCE;
import static org.hsctdata.fhir.rest.RequestPipeline.EXPAND_PAGING;
import static org.hsctdata.fhir.rest.RequestPipeline.GUIDE_RULES;
import static org.hsctdata.fhir.rest.RequestPipeline.JSON_TYPES;
import static org.hsctdata.fhir.rest.RequestPipeline.META_ADD;
import static org.hsctdata.fhir.rest.RequestPipeline.OPEN_API;
import static org.hsctdata.fhir.rest.RequestPipeline.PATCH_DOCUMENT;
import static org.hsctdata.fhir.rest.RequestPipeline.PATCH_ETAG;
import static org.hsctdata.fhir.rest.RequestPipeline.PROFILE_ENFORCEMENT;
import static org.hsctdata.fhir.rest.RequestPipeline.REQUEST_FORM;
import static org.hsctdata.fhir.rest.RequestPipeline.RESPONSE_HIGHLIGHTER;
import static org.hsctdata.fhir.rest.RequestPipeline.SEARCH_REQUEST;
import static org.hsctdata.fhir.rest.RequestPipeline.SMART_AUTHORIZATION;
import static org.hsctdata.fhir.rest.RequestPipeline.SMART_SEARCH_NARROWING;
import static org.hsctdata.fhir.rest.RequestPipeline.STALE_TEXT;
import static org.hsctdata.fhir.rest.RequestPipeline.TEXT_SUMMARY_READ;
import static org.hsctdata.fhir.rest.RequestPipeline.TRANSACTION;
import static org.hsctdata.fhir.rest.RequestPipeline.TYPE_LEVEL_PAGING;
import static org.hsctdata.fhir.rest.RequestPipeline.VALIDATE_REQUEST_FORM;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Which steps of the {@link RequestPipeline} correct HAPI 8.8.0, and which do not and why. Every step that corrects
 * HAPI has at least one {@link Canary}: a test asserting that HAPI still behaves in the way the step corrects, which
 * fails, saying what to delete, once an upgrade of HAPI fixes it. {@link HapiWorkaroundsTests} keeps these tables
 * complete; {@code HapiCanariesIT} checks them against the pipeline the server registers.
 */
final class HapiWorkarounds {

	/** The steps that correct HAPI 8.8.0, each with the class of this package that makes it. */
	static final Map<RequestPipeline, Class<?>> CORRECTIONS = Map.ofEntries(
			Map.entry(CONTENT_TYPE, ContentTypeInterceptor.class),
			Map.entry(EXPAND_PAGING, ExpandPaging.class),
			Map.entry(VALIDATE_REQUEST_FORM, ValidateRequestForm.class),
			Map.entry(REQUEST_FORM, RequestFormCheck.class),
			Map.entry(JSON_TYPES, JsonTypeCheck.class),
			Map.entry(PATCH_DOCUMENT, PatchDocumentCheck.class),
			Map.entry(SEARCH_REQUEST, SearchRequestCheck.class),
			Map.entry(TRANSACTION, TransactionCheck.class),
			Map.entry(META_ADD, MetaAddCheck.class),
			Map.entry(TEXT_SUMMARY_READ, TextSummaryRead.class),
			Map.entry(CONDITIONAL_UPDATE_PRECONDITION, ConditionalUpdatePrecondition.class),
			Map.entry(PATCH_ETAG, PatchETag.class),
			Map.entry(CLIENT_ERRORS, ClientErrorInterceptor.class),
			Map.entry(CAPABILITY_STATEMENT_CLAIMS, CapabilityStatementClaims.class),
			Map.entry(STALE_TEXT, StaleTextInterceptor.class),
			Map.entry(ACCEPT, AcceptCheck.class),
			Map.entry(EVERYTHING_SINCE, EverythingSince.class),
			Map.entry(TYPE_LEVEL_PAGING, TypeLevelPaging.class),
			Map.entry(CODE_SYSTEM_LOOKUP, CodeSystemLookup.class),
			Map.entry(DELETE_PRECONDITION, DeletePrecondition.class));

	/** The steps without a canary, and why: HAPI's own interceptors, and those of other packages. */
	static final Map<RequestPipeline, String> NO_CANARY = Map.ofEntries(
			Map.entry(CORS, "HAPI's CorsInterceptor"),
			Map.entry(OPEN_API, "HAPI's OpenApiInterceptor"),
			Map.entry(RESPONSE_HIGHLIGHTER, "HAPI's ResponseHighlighterInterceptor"),
			Map.entry(
					SMART_SEARCH_NARROWING,
					"made in security: the SMART rules (it also keeps HAPI's SearchNarrowingInterceptor off the reads"
							+ " of a transaction and off system-level searches; those corrections have no canary)"),
			Map.entry(SMART_AUTHORIZATION, "made in security: the SMART rules"),
			Map.entry(CAPABILITY_STATEMENT_SECURITY, "made in security: the SMART rules"),
			Map.entry(AUDIT_TRAIL, "made in audit: the audit trail"),
			Map.entry(AUDIT_TRAIL_CAPABILITIES, "made in audit: the audit trail"),
			Map.entry(APPEND_ONLY_AUDIT_TRAIL, "made in audit: the audit trail"),
			Map.entry(PROFILE_ENFORCEMENT, "made in validation: our profiles"),
			Map.entry(
					DOCUMENT_BUNDLE,
					"made in summary: its canary is summary.HapiIpsCanaryTests#hapisDocumentBundleIsASearchSetTypedDocument"),
			Map.entry(GUIDE_RULES, "made in validation: our profiles"),
			Map.entry(BULK_EXPORT_SCOPES, "made in security: the SMART rules"),
			Map.entry(
					BULK_EXPORT,
					"made in bulk: its canary of HAPI's _typeFilter split is bulk.TypeFiltersTests"
							+ "#hapiKeepsAFilterOfACamelCaseTypeInsideThePreviousOne (docs/bulk-data.md lists the others)"),
			Map.entry(COHORTS, "made in bulk: our cohorts"));

	/** The classes of this package that take part in a request and correct nothing of HAPI's: our own rules. */
	static final Map<Class<?>, String> OUR_RULES = Map.of(
			RequestSizeLimitFilter.class,
			"our limit on request bodies (hsct.max-request-size): FHIR sets none, and HAPI reads any body whole",
			ContainerErrors.ErrorDispatch.class,
			"corrects Tomcat's and Spring Boot's HTML error pages under /fhir, not HAPI: the servlet container"
					+ " refuses a malformed path before HAPI sees it (ContainerErrorsTests, FhirServerIT)");

	private HapiWorkarounds() {}

	/**
	 * Marks a canary of a step: a test that passes while HAPI still behaves in the way the step corrects, and fails,
	 * with {@link #fixed} or {@link #partFixed} as its message, once HAPI no longer does.
	 */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@interface Canary {
		RequestPipeline value();
	}

	/**
	 * The message of a canary whose step corrects this one behaviour only.
	 *
	 * @param hapiNow what HAPI does now, as in "HAPI now answers 415 itself"
	 */
	static String fixed(RequestPipeline step, String hapiNow) {
		return "HAPI now " + hapiNow + " itself: delete "
				+ CORRECTIONS.get(step).getSimpleName() + " and its RequestPipeline step " + step;
	}

	/**
	 * The message of a canary whose step corrects this behaviour among others.
	 *
	 * @param hapiNow what HAPI does now, as in "refuses a JSON Patch operation without 'path'"
	 */
	static String partFixed(RequestPipeline step, String hapiNow) {
		String workaround = CORRECTIONS.get(step).getSimpleName();
		return "HAPI now " + hapiNow + " itself: delete that correction from " + workaround + " (and " + workaround
				+ " with its RequestPipeline step " + step + " once none of its canaries is left)";
	}
}
