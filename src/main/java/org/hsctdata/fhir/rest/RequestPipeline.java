package org.hsctdata.fhir.rest;

import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The hallway: every HAPI interceptor of the server, in the order a request meets them. Each constant is one
 * interceptor (ours or HAPI's), named after what it does, with the pointcuts it hooks and the package that makes it.
 *
 * <p>Before the list, servlet filters see the raw request: Spring Security's firewall and token check ({@code
 * security}), the request-size limit ({@link RequestSizeLimitFilter}, 413) and the audit of 401 refusals ({@code
 * audit}). Then HAPI's {@code RestfulServer} at {@code /fhir} runs its pointcuts in a fixed lifecycle (incoming
 * request pre-processed, post-processed, pre-handled; storage pointcuts while the DAOs work; outgoing response or
 * exception); at one pointcut hooks run by their {@code order} attribute, and, at equal order, in the order of this
 * list. Endpoint interceptors see the storage pointcuts of the requests they serve; storage interceptors are on the
 * JPA interceptor service and see every write, also transaction entries, PATCH results, {@code $meta-add} and the
 * server's own writes (package installation).
 *
 * <p>Each configuration class contributes its interceptors as {@link Interceptor} beans; {@link #register} puts them
 * in this order. A constant may have no interceptor: the security steps run only with a token issuer, and the {@code
 * plain} profile (the benchmark's baseline) has only HAPI's HTTP steps.
 *
 * <p>What Tomcat refuses before any filter (a malformed escape in the path, headers too large) and what reaches Spring
 * Boot's error page is answered under {@code /fhir} with an OperationOutcome too ({@link ContainerErrors}).
 */
public enum RequestPipeline {

	// ---- Incoming request, before HAPI binds it to an operation ----

	/** PRE_PROCESSED: 415 for a body in a media type FHIR does not define (ours, {@link ContentTypeInterceptor}). */
	CONTENT_TYPE(Target.ENDPOINT),
	/** PRE_PROCESSED: answers CORS preflights and adds the CORS headers (HAPI's {@code CorsInterceptor}). */
	CORS(Target.ENDPOINT),
	/** PRE_PROCESSED: serves {@code /fhir/api-docs} and Swagger UI (HAPI's {@code OpenApiInterceptor}). */
	OPEN_API(Target.ENDPOINT),
	/**
	 * PRE_HANDLER_SELECTED, PRE_HANDLED: a page asked for at its search's type ({@code [type]?_getpages=}) served as
	 * at the base, where alone HAPI binds paging; 400 for a page of another type's search.
	 */
	TYPE_LEVEL_PAGING(Target.ENDPOINT),
	/** POST_PROCESSED: 406 for an Accept or _format no FHIR format serves; HAPI answered in JSON. */
	ACCEPT(Target.ENDPOINT),
	/** POST_PROCESSED, PRE_HANDLED: narrows searches to the token's patient (security, SMART scopes). */
	SMART_SEARCH_NARROWING(Target.ENDPOINT),
	/** POST_PROCESSED, OUTGOING_RESPONSE: {@code ValueSet/$expand} paging that HAPI answered with 500. */
	EXPAND_PAGING(Target.ENDPOINT),
	/** POST_PROCESSED, PRESHOW, OUTGOING_RESPONSE: one form for {@code $validate}, held to a write's profiles. */
	VALIDATE_REQUEST_FORM(Target.ENDPOINT),
	/** POST_PROCESSED, PRESEARCH_REGISTERED, PREACCESS: {@code _since} and {@code _lastUpdated} of $everything. */
	EVERYTHING_SINCE(Target.ENDPOINT),

	// ---- Incoming request, bound to an operation: the request checks (400 before anything is stored) ----

	/** PRE_HANDLED (HAPI's authorization order): the token's SMART scopes, for every interaction (security). */
	SMART_AUTHORIZATION(Target.ENDPOINT),
	/**
	 * PRE_HANDLED: only the caller that asked for a bulk export learns its status; PRE_INITIATE_BULK_EXPORT: the
	 * scopes narrow the export's types and make the caller the owner of its files (security).
	 */
	BULK_EXPORT_SCOPES(Target.ENDPOINT),
	/** PRE_HANDLED: ids in the URL that are not FHIR ids, bodies that are not UTF-8. */
	REQUEST_FORM(Target.ENDPOINT),
	/** PRE_HANDLED: JSON values of the wrong JSON type, which HAPI's parser would convert silently. */
	JSON_TYPES(Target.ENDPOINT),
	/** PRE_HANDLED: every problem of a PATCH document HAPI would fail on (500) or apply wrongly. */
	PATCH_DOCUMENT(Target.ENDPOINT),
	/** PRE_HANDLED: searches, conditional-write criteria and history paging with parameters we do not serve. */
	SEARCH_REQUEST(Target.ENDPOINT),
	/** PRE_HANDLED: transaction and batch Bundles HAPI would process wrongly. */
	TRANSACTION(Target.ENDPOINT),
	/** PRE_HANDLED: {@code $meta-add} held to the profiles, as HAPI does not validate it (422). */
	META_ADD(Target.ENDPOINT),
	/** PRE_HANDLED: a read with {@code _summary=text} answered with the text and mandatory elements. */
	TEXT_SUMMARY_READ(Target.ENDPOINT),
	/** PRE_HANDLED: 404 for {@code CodeSystem/$lookup} in a code system the server lacks; HAPI answered 200. */
	CODE_SYSTEM_LOOKUP(Target.ENDPOINT),
	/** PRE_HANDLED, PRE_INITIATE_BULK_EXPORT: bulk export requests HAPI fails on or runs wrongly (bulk). */
	BULK_EXPORT(Target.ENDPOINT),
	/** PRE_INITIATE_BULK_EXPORT: the export of a cohort defined by a search exports the patients it finds (bulk). */
	COHORTS(Target.ENDPOINT),

	// ---- While HAPI's DAOs work (storage pointcuts of this request) ----

	/** TRANSACTION_PROCESSING, PRESTORAGE: 412 for a conditional update whose If-Match is stale. */
	CONDITIONAL_UPDATE_PRECONDITION(Target.ENDPOINT),
	/** TRANSACTION_PROCESSING, PRESTORAGE_DELETED: 412 for a delete whose If-Match is stale; HAPI deleted anyway. */
	DELETE_PRECONDITION(Target.ENDPOINT),
	/** PRECOMMIT, OUTGOING_RESPONSE: the new version's ETag on a PATCH's answer. */
	PATCH_ETAG(Target.ENDPOINT),
	/** PRESHOW, PRECOMMIT, OUTGOING_RESPONSE, HANDLE_EXCEPTION: the audit trail of this request (audit). */
	AUDIT_TRAIL(Target.ENDPOINT),

	// ---- Answer ----

	/**
	 * OUTGOING_RESPONSE: a {@code $document} answer FHIR accepts (identifier, timestamp, no search parts), 404 for an
	 * unknown Composition (summary).
	 */
	DOCUMENT_BUNDLE(Target.ENDPOINT),

	/**
	 * PRE_PROCESS_OUTGOING_EXCEPTION, OUTGOING_RESPONSE: 400 not 500 for malformed input (a FHIRPath Patch HAPI cannot
	 * apply among it), 412 not 409 for a stale version, also in a batch entry.
	 */
	CLIENT_ERRORS(Target.ENDPOINT),
	/** OUTGOING_RESPONSE, HANDLE_EXCEPTION: HTML rendering for a person with a browser (HAPI). */
	RESPONSE_HIGHLIGHTER(Target.ENDPOINT),
	/** CAPABILITY_STATEMENT_GENERATED: conditional delete, batch, update-as-create and $expunge made true. */
	CAPABILITY_STATEMENT_CLAIMS(Target.ENDPOINT),
	/** CAPABILITY_STATEMENT_GENERATED: the SMART security section (security). */
	CAPABILITY_STATEMENT_SECURITY(Target.ENDPOINT),
	/** CAPABILITY_STATEMENT_GENERATED: AuditEvent read and searched, never written (audit). */
	AUDIT_TRAIL_CAPABILITIES(Target.ENDPOINT),

	// ---- Storage: on HAPI's JPA interceptor service, for every write and search ----

	/** PRESTORAGE (before authorization): no AuditEvent in HAPI's store, the trail has its own (audit). */
	APPEND_ONLY_AUDIT_TRAIL(Target.STORAGE),
	/** PRESTORAGE created/updated: 422 unless the resource meets the profiles its content chose (validation). */
	PROFILE_ENFORCEMENT(Target.STORAGE),
	/** VALIDATION_COMPLETED: the guide's rules FHIRPath cannot express, in every validation (validation). */
	GUIDE_RULES(Target.STORAGE),
	/** PREPATCH, PRESHOW: the validator judges a patched or stored resource, not the text it was parsed from. */
	STALE_TEXT(Target.STORAGE);

	/** Where an interceptor is registered. */
	public enum Target {
		/** The {@code /fhir} RestfulServer: requests it serves. */
		ENDPOINT,
		/** HAPI's JPA interceptor service: every storage operation, whoever asked for it. */
		STORAGE
	}

	private final Target target;

	RequestPipeline(Target target) {
		this.target = target;
	}

	/** Where this step's interceptor is registered. */
	public Target target() {
		return target;
	}

	/** An object with HAPI {@code @Hook} methods, at its place in the pipeline. */
	public record Interceptor(RequestPipeline step, Object hooks) {}

	/**
	 * Registers the interceptors in the pipeline's order, endpoint steps on the server and storage steps on the JPA
	 * interceptor service; refuses two interceptors for one step.
	 *
	 * @return the steps registered, in order
	 */
	public static List<RequestPipeline> register(
			Collection<Interceptor> interceptors, RestfulServer endpoint, IInterceptorService storage) {
		Map<RequestPipeline, Object> byStep = new EnumMap<>(RequestPipeline.class);
		for (Interceptor interceptor : interceptors) {
			if (byStep.put(interceptor.step(), interceptor.hooks()) != null) {
				throw new IllegalStateException("Two interceptors for the pipeline step " + interceptor.step());
			}
		}
		List<RequestPipeline> steps = new ArrayList<>(byStep.keySet());
		steps.sort(Comparator.naturalOrder());
		for (RequestPipeline step : steps) {
			switch (step.target) {
				case ENDPOINT -> endpoint.registerInterceptor(byStep.get(step));
				case STORAGE -> storage.registerInterceptor(byStep.get(step));
			}
		}
		return steps;
	}
}
