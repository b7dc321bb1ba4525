package org.hsctdata.fhir.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationConstants;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hsctdata.fhir.rest.IssueCode;
import org.hsctdata.fhir.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every FHIR interaction in the audit trail ({@link AuditEvents}, stored by {@link AuditRepository}).
 *
 * <ul>
 *   <li><b>Reads, searches, history, paging, operations</b>: what each request shows is collected as it is loaded
 *       (after the authorization interceptor has let it through), and recorded just before the response is sent;
 *       a request that fails before then records no success. {@code $validate} of a submitted resource and the
 *       terminology operations, on a type or the server, read no stored data and are not recorded.
 *   <li><b>Creates, updates, patches, deletes</b> (also inside transactions): recorded inside the database
 *       transaction of the change, so the record exists exactly when the change does; those of a transaction bundle
 *       together, once its entries are stored.
 *   <li><b>Refusals</b> (403), also of single entries of a transaction or batch: recorded with outcome 4
 *       (refusals without a valid token, 401, never reach HAPI: see {@link DeniedRequestFilter}).
 * </ul>
 *
 * <p>That the trail is append-only is {@link AuditTrailProvider}'s (the endpoint) and {@link AppendOnlyAuditTrail}'s
 * (HAPI's store, for transaction entries).
 */
@Interceptor(order = AuditTrailInterceptor.AFTER_AUTHORIZATION)
final class AuditTrailInterceptor {

	/** Runs after HAPI's authorization interceptor on the same hooks, so what it refuses is never recorded as shown. */
	static final int AFTER_AUTHORIZATION = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR + 100;

	private static final Logger log = LoggerFactory.getLogger(AuditTrailInterceptor.class);

	private static final String AUDIT_EVENT = "AuditEvent";

	private static final String SHOWN = AuditTrailInterceptor.class.getName() + ".shown";

	private static final String CHANGED = AuditTrailInterceptor.class.getName() + ".changed";

	private static final Set<RestOperationTypeEnum> READS =
			EnumSet.of(RestOperationTypeEnum.READ, RestOperationTypeEnum.VREAD);

	/** Requests whose answer is data: reads, searches, history, pages and operations. */
	private static final Set<RestOperationTypeEnum> QUERIES = EnumSet.of(
			RestOperationTypeEnum.SEARCH_TYPE,
			RestOperationTypeEnum.SEARCH_SYSTEM,
			RestOperationTypeEnum.GET_PAGE,
			RestOperationTypeEnum.HISTORY_INSTANCE,
			RestOperationTypeEnum.HISTORY_TYPE,
			RestOperationTypeEnum.HISTORY_SYSTEM,
			RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE,
			RestOperationTypeEnum.EXTENDED_OPERATION_TYPE,
			RestOperationTypeEnum.EXTENDED_OPERATION_SERVER);

	/**
	 * Operations on a type or the server that read no stored data: {@code $validate} of a submitted resource and the
	 * terminology operations. When they show no stored resource they are not recorded; every other operation is
	 * (on an instance it reads that instance; {@code $expunge}, reindexing, merges and counts act on stored data).
	 */
	private static final Set<String> OPERATIONS_ON_NO_STORED_DATA =
			Set.of("$validate", "$expand", "$lookup", "$validate-code", "$subsumes", "$translate", "$snapshot");

	private static final Set<RestOperationTypeEnum> TYPE_OR_SERVER_OPERATIONS =
			EnumSet.of(RestOperationTypeEnum.EXTENDED_OPERATION_TYPE, RestOperationTypeEnum.EXTENDED_OPERATION_SERVER);

	private final AuditRepository repository;

	AuditTrailInterceptor(AuditRepository repository) {
		this.repository = repository;
	}

	/** What one (sub-)request showed: the resources and the patients they belong to. */
	private record Shown(RestOperationTypeEnum interaction, AuditEvents.Request request, List<Resource> resources) {}

	private record Resource(String id, Set<String> patients) {}

	@Hook(Pointcut.STORAGE_PRESHOW_RESOURCES)
	void collectShown(IPreResourceShowDetails shown, RequestDetails request) {
		RestOperationTypeEnum interaction = request.getRestOperationType();
		if (!READS.contains(interaction) && !QUERIES.contains(interaction)) {
			return; // conditional writes load the resources they match; those are not shown
		}
		FhirContext fhir = request.getFhirContext();
		List<Resource> resources = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			IBaseResource resource = shown.getResource(i);
			if (resource != null) {
				resources.add(
						new Resource(reference(resource.getIdElement(), fhir, resource), patients(fhir, resource)));
			}
		}
		shownIn(request).add(new Shown(interaction, request(request), resources));
	}

	private static boolean readsNoStoredData(RequestDetails request) {
		return TYPE_OR_SERVER_OPERATIONS.contains(request.getRestOperationType())
				&& OPERATIONS_ON_NO_STORED_DATA.contains(request.getOperation());
	}

	/** Just before the answer is written: what it shows, recorded. */
	@Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
	void recordShown(RequestDetails request, IBaseResource response) {
		if (request.isSubRequest()) {
			return; // recorded with the transaction that contains it, once it has committed
		}
		recordRefusedEntries(request, response);
		List<Shown> shown = shownIn(request);
		RestOperationTypeEnum interaction = request.getRestOperationType();
		if (shown.isEmpty() && QUERIES.contains(interaction) && !readsNoStoredData(request)) {
			// a search that found nothing, or returned only a count, was asked all the same
			shown.add(new Shown(interaction, request(request), List.of()));
		}
		Caller caller = Caller.current();
		List<AuditEvent> events = new ArrayList<>();
		for (Shown each : shown) {
			if (READS.contains(each.interaction())) {
				for (Resource resource : each.resources()) {
					if (resource.patients().isEmpty()) {
						events.add(AuditEvents.read(caller, each.request(), each.interaction(), resource.id(), null));
					}
					resource.patients()
							.forEach(patient -> events.add(AuditEvents.read(
									caller, each.request(), each.interaction(), resource.id(), patient)));
				}
			} else {
				Set<String> patients = new LinkedHashSet<>();
				each.resources().forEach(resource -> patients.addAll(resource.patients()));
				if (patients.isEmpty()) {
					events.add(AuditEvents.query(caller, each.request(), each.interaction(), null));
				}
				patients.forEach(
						patient -> events.add(AuditEvents.query(caller, each.request(), each.interaction(), patient)));
			}
		}
		shown.clear();
		repository.record(events);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	void recordCreate(IBaseResource resource, RequestDetails request) {
		recordChange(RestOperationTypeEnum.CREATE, resource, request);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	void recordUpdate(IBaseResource previous, IBaseResource resource, RequestDetails request) {
		recordChange(
				request.getRestOperationType() == RestOperationTypeEnum.PATCH
						? RestOperationTypeEnum.PATCH
						: RestOperationTypeEnum.UPDATE,
				resource,
				request);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
	void recordDelete(IBaseResource resource, RequestDetails request) {
		recordChange(RestOperationTypeEnum.DELETE, resource, request);
	}

	private void recordChange(RestOperationTypeEnum interaction, IBaseResource resource, RequestDetails request) {
		FhirContext fhir = request.getFhirContext();
		Change change =
				new Change(interaction, reference(resource.getIdElement(), fhir, resource), patients(fhir, resource));
		if (request.getRestOperationType() == RestOperationTypeEnum.TRANSACTION) {
			changedIn(request).add(change); // recorded with the rest of its bundle, see recordTransaction
			return;
		}
		repository.record(AuditEvents.change(
				Caller.current(), request(request), interaction, change.resource(), change.patients()));
	}

	/**
	 * A transaction bundle starts: the list of its changes is made now, in its request's user data, so that the
	 * requests of its entries share it. HAPI 8.8.0 writes each entry with a request of its own
	 * ({@code BaseTransactionProcessor#createRequestDetailsForWriteEntry}): for a REST transaction a
	 * {@code ServletSubRequestDetails} that shares the transaction's user data, but for one made inside the server (a
	 * {@code SystemRequestDetails}, as {@code $import} makes) a copy whose user data is a new map with the entries of
	 * the transaction's ({@code RequestDetails(RequestDetails)}): a list made by the first entry would be that
	 * entry's alone, and the transaction's events would record nothing.
	 */
	@Hook(Pointcut.STORAGE_TRANSACTION_PROCESSING)
	void startTransaction(RequestDetails request) {
		changedIn(request);
	}

	/**
	 * Once every entry of a transaction bundle is stored, still inside its database transaction: one event per
	 * interaction and patient (or none), listing every resource the bundle changed for them, rather than one stored
	 * event per entry (a 500-entry bundle used to add 500 AuditEvents and an eighth to its ingest time).
	 */
	@Hook(Pointcut.STORAGE_TRANSACTION_PROCESSED)
	void recordTransaction(RequestDetails request) {
		List<Change> changes = changedIn(request);
		Map<ChangeGroup, List<String>> grouped = changes.stream()
				.collect(Collectors.groupingBy(
						change -> new ChangeGroup(change.interaction(), change.patients()),
						LinkedHashMap::new,
						Collectors.mapping(Change::resource, Collectors.toList())));
		changes.clear();
		Caller caller = Caller.current();
		AuditEvents.Request whole = request(request);
		List<AuditEvent> events = new ArrayList<>();
		grouped.forEach((group, resources) ->
				events.add(AuditEvents.change(caller, whole, group.interaction(), resources, group.patients())));
		repository.record(events);
	}

	/** The changes of a bundle that one event records: the same interaction, for the same patients. */
	private record ChangeGroup(RestOperationTypeEnum interaction, Set<String> patients) {}

	/** A resource changed by a request, and the patients whose data it is. */
	private record Change(RestOperationTypeEnum interaction, String resource, Set<String> patients) {}

	/** A refusal by the authorization rules (or the append-only rule): recorded, then answered as usual. */
	@Hook(Pointcut.SERVER_HANDLE_EXCEPTION)
	boolean recordRefusal(RequestDetails request, BaseServerResponseException exception) {
		if (exception.getStatusCode() == 403) {
			try {
				repository.record(AuditEvents.denied(
						Caller.current(), request(request), request.getRestOperationType(), exception.getMessage()));
			} catch (RuntimeException failed) {
				// The caller is refused either way; the failure is logged by the repository.
				log.error(IssueCode.AUDIT_UNRECORDED.message(
						"a refused request could not be recorded in the audit trail"));
			}
		}
		return true;
	}

	/**
	 * HAPI answers a refused GET entry of a transaction, and any refused entry of a batch, in that entry's response
	 * (status 403 and an OperationOutcome) rather than failing the request; such refusals are recorded here.
	 */
	private void recordRefusedEntries(RequestDetails request, IBaseResource response) {
		if (!(request.getResource() instanceof Bundle asked) || !(response instanceof Bundle answered)) {
			return;
		}
		Caller caller = Caller.current();
		AuditEvents.Request whole = request(request);
		List<AuditEvent> refusals = new ArrayList<>();
		for (int i = 0; i < answered.getEntry().size() && i < asked.getEntry().size(); i++) {
			Bundle.BundleEntryResponseComponent answer =
					answered.getEntry().get(i).getResponse();
			if (!answer.getStatus().startsWith("403")) {
				continue;
			}
			Bundle.BundleEntryRequestComponent entry = asked.getEntry().get(i).getRequest();
			AuditEvents.Request entryRequest = new AuditEvents.Request(
					whole.requestId(),
					entry.getMethod().toCode(),
					whole.serverBase() + "/" + entry.getUrl(),
					whole.serverBase(),
					whole.networkAddress());
			String reason = answer.getOutcome() instanceof OperationOutcome outcome
					? outcome.getIssueFirstRep().getDiagnostics()
					: answer.getStatus();
			refusals.add(AuditEvents.denied(caller, entryRequest, interaction(entry.getMethod()), reason));
		}
		repository.record(refusals);
	}

	/** The interaction a bundle entry asks for, where its method tells (a GET may be a read or a search). */
	private static RestOperationTypeEnum interaction(Bundle.HTTPVerb method) {
		return switch (method) {
			case POST -> RestOperationTypeEnum.CREATE;
			case PUT -> RestOperationTypeEnum.UPDATE;
			case PATCH -> RestOperationTypeEnum.PATCH;
			case DELETE -> RestOperationTypeEnum.DELETE;
			default -> null;
		};
	}

	@SuppressWarnings("unchecked")
	private static List<Change> changedIn(RequestDetails request) {
		return (List<Change>) request.getUserData().computeIfAbsent(CHANGED, key -> new ArrayList<Change>());
	}

	@SuppressWarnings("unchecked")
	private static List<Shown> shownIn(RequestDetails request) {
		// Sub-requests of a transaction share the user data of the transaction request.
		return (List<Shown>) request.getUserData().computeIfAbsent(SHOWN, key -> new ArrayList<Shown>());
	}

	static AuditEvents.Request request(RequestDetails request) {
		String url = request.getCompleteUrl() != null ? request.getCompleteUrl() : request.getRequestPath();
		String address = request instanceof ServletRequestDetails servlet && servlet.getServletRequest() != null
				? servlet.getServletRequest().getRemoteAddr()
				: "";
		return new AuditEvents.Request(
				String.valueOf(request.getRequestId()),
				request.getRequestType() == null ? "" : request.getRequestType().name(),
				String.valueOf(url),
				String.valueOf(request.getFhirServerBase()),
				address);
	}

	/** {@code Type/id}, relative and without version, so that {@code AuditEvent?entity=Type/id} finds it. */
	private static String reference(IIdType id, FhirContext fhir, IBaseResource resource) {
		return fhir.getResourceType(resource) + "/" + id.getIdPart();
	}

	/** The patients whose compartment the resource is in (the patient itself, for a Patient). */
	private static Set<String> patients(FhirContext fhir, IBaseResource resource) {
		RuntimeResourceDefinition definition = fhir.getResourceDefinition(resource);
		Set<String> patients = new LinkedHashSet<>();
		if (definition.getName().equals("Patient")) {
			patients.add("Patient/" + resource.getIdElement().getIdPart());
		} else if (!definition.getSearchParamsForCompartmentName("Patient").isEmpty()) {
			fhir.newTerser().getCompartmentOwnersForResource("Patient", resource, (Set<String>) null).stream()
					.filter(owner -> owner.hasIdPart() && !owner.isAbsolute())
					.forEach(owner -> patients.add("Patient/" + owner.getIdPart()));
		}
		return patients;
	}
}
