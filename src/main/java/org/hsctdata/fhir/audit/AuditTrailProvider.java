package org.hsctdata.fhir.audit;

import ca.uhn.fhir.interceptor.api.IInterceptorBroadcaster;
import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.Delete;
import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Patch;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Since;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.PatchTypeEnum;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceAndListParam;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.interceptor.ServerInterceptorUtil;
import ca.uhn.fhir.rest.server.method.ResponsePage;
import ca.uhn.fhir.storage.interceptor.balp.BalpConstants;
import jakarta.annotation.Nonnull;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Parameters;
import org.hsctdata.fhir.audit.AuditQuery.Column;
import org.hsctdata.fhir.rest.IssueCode;
import org.hsctdata.fhir.server.HsctServerProperties;

/**
 * The {@code AuditEvent} endpoint, served from the {@link AuditStore} instead of HAPI's JPA store: read, vread,
 * search and history, as FHIR. Writes are refused (403, {@link IssueCode#AUDIT_TRAIL_APPEND_ONLY}); the server
 * records events itself.
 *
 * <p>What a caller may see is decided as for any stored resource: the resources of each answer are shown to the
 * storage interceptors (HAPI's {@code STORAGE_PRESHOW_RESOURCES}, where the authorization rules judge them and the
 * audit trail notes what was shown) before they leave.
 *
 * <p>Pages are offsets ({@code _offset}, {@code _count}) into the search's order: oldest first unless sorted by
 * {@code -date}. A search is bounded by the time of its first page ({@code date=le…} is added to its links), so
 * that the events recorded while a client pages (its own searches and reads among them) neither shift the pages nor
 * keep adding new ones: the pages are the trail as it was when the search began.
 */
final class AuditTrailProvider implements IResourceProvider {

	/** The search parameters this endpoint supports: the CapabilityStatement lists these ({@link AuditTrailCapabilities}). */
	static final Set<String> SEARCH_PARAMETERS =
			Set.of("_id", "_lastUpdated", "date", "patient", "entity", "altid", "action", "outcome", "subtype", "type");

	private final AuditStore store;

	private final IInterceptorBroadcaster storageInterceptors;

	private final HsctServerProperties properties;

	AuditTrailProvider(AuditStore store, IInterceptorBroadcaster storageInterceptors, HsctServerProperties properties) {
		this.store = store;
		this.storageInterceptors = storageInterceptors;
		this.properties = properties;
	}

	@Override
	public Class<AuditEvent> getResourceType() {
		return AuditEvent.class;
	}

	/** An event has one version, 1: it never changes. */
	@Read(version = true)
	public AuditEvent read(@IdParam IdType id, RequestDetails request) {
		if (id.hasVersionIdPart() && !"1".equals(id.getVersionIdPart())) {
			throw new ResourceNotFoundException(id);
		}
		List<AuditEvent> found = page(new AuditQuery().anyOf(Column.ID, List.of(id.getIdPart())), 0, 1)
				.events();
		if (found.isEmpty()) {
			throw new ResourceNotFoundException(id);
		}
		List<IBaseResource> shown = shown(new ArrayList<>(found), request);
		if (shown.isEmpty()) {
			throw new ResourceNotFoundException(id);
		}
		return (AuditEvent) shown.get(0);
	}

	@Search(allowUnknownParams = false)
	public IBundleProvider search(
			@OptionalParam(name = "_id") TokenAndListParam ids,
			@OptionalParam(name = Constants.PARAM_LASTUPDATED) DateRangeParam lastUpdated,
			@OptionalParam(name = AuditEvent.SP_DATE) DateRangeParam date,
			@OptionalParam(name = AuditEvent.SP_PATIENT) ReferenceAndListParam patient,
			@OptionalParam(name = AuditEvent.SP_ENTITY) ReferenceAndListParam entity,
			@OptionalParam(name = AuditEvent.SP_ALTID) TokenAndListParam altid,
			@OptionalParam(name = AuditEvent.SP_ACTION) TokenAndListParam action,
			@OptionalParam(name = AuditEvent.SP_OUTCOME) TokenAndListParam outcome,
			@OptionalParam(name = AuditEvent.SP_SUBTYPE) TokenAndListParam subtype,
			@OptionalParam(name = AuditEvent.SP_TYPE) TokenAndListParam type,
			@Sort SortSpec sort,
			@Count Integer count,
			@Offset Integer offset,
			RequestDetails request) {
		AuditQuery query = new AuditQuery();
		tokens(query, Column.ID, ids, null);
		dates(query, lastUpdated);
		dates(query, date);
		references(query, patient, "Patient");
		references(query, entity, null);
		tokens(query, Column.ALTID, altid, null);
		tokens(query, Column.ACTION, action, "http://hl7.org/fhir/audit-event-action");
		tokens(query, Column.OUTCOME, outcome, "http://hl7.org/fhir/audit-event-outcome");
		tokens(query, Column.SUBTYPE, subtype, BalpConstants.CS_RESTFUL_INTERACTION);
		tokens(query, Column.EVENT_TYPE, type, BalpConstants.CS_AUDIT_EVENT_TYPE);
		query.newestFirst(newestFirst(sort));
		if (offset == null || offset == 0) {
			boundByNow(query, request);
		}
		return answer(query, offset, count, request);
	}

	/** Events never change, so a type's history is its events, oldest first, since a time if asked. */
	@History
	public IBundleProvider history(@Since InstantType since, @Count Integer count, RequestDetails request) {
		AuditQuery query = new AuditQuery();
		if (since != null && since.getValue() != null) {
			query.recordedFrom(since.getValue().getTime());
		}
		return answer(query, offsetOf(request), count, request);
	}

	/** An event's history is its one version. */
	@History
	public IBundleProvider instanceHistory(@IdParam IdType id, @Count Integer count, RequestDetails request) {
		return answer(new AuditQuery().anyOf(Column.ID, List.of(id.getIdPart())), 0, count, request);
	}

	@Create
	public MethodOutcome create(@ResourceParam AuditEvent event, @ConditionalUrlParam String conditional) {
		throw appendOnly();
	}

	@Update
	public MethodOutcome update(
			@IdParam IdType id, @ResourceParam AuditEvent event, @ConditionalUrlParam String conditional) {
		throw appendOnly();
	}

	@Patch
	public MethodOutcome patch(@IdParam IdType id, PatchTypeEnum type, @ResourceParam String body) {
		throw appendOnly();
	}

	@Delete
	public MethodOutcome delete(@IdParam IdType id, @ConditionalUrlParam(supportsMultiple = true) String conditional) {
		throw appendOnly();
	}

	@Operation(name = "$meta-add", idempotent = false)
	public Parameters metaAdd(@IdParam IdType id, @OperationParam(name = "meta") Meta meta) {
		throw appendOnly();
	}

	@Operation(name = "$meta-delete", idempotent = false)
	public Parameters metaDelete(@IdParam IdType id, @OperationParam(name = "meta") Meta meta) {
		throw appendOnly();
	}

	private static RuntimeException appendOnly() {
		return AppendOnlyAuditTrail.refusal();
	}

	private IBundleProvider answer(AuditQuery query, Integer offset, Integer count, RequestDetails request) {
		int from = offset == null ? 0 : offset;
		int size =
				count == null ? properties.defaultPageSize() : Math.max(0, Math.min(count, properties.maxPageSize()));
		AuditStore.Page page = page(query, from, size);
		return new Shown(shown(new ArrayList<>(page.events()), request), page.total(), from, size);
	}

	private AuditStore.Page page(AuditQuery query, int offset, int count) {
		try {
			return store.search(query, offset, count);
		} catch (SQLException failed) {
			throw new ca.uhn.fhir.rest.server.exceptions.InternalErrorException(
					"the audit trail cannot be read: " + failed.getMessage(), failed);
		}
	}

	/** What the storage interceptors let the caller see (authorization may refuse or hide some). */
	private List<IBaseResource> shown(List<IBaseResource> events, RequestDetails request) {
		return ServerInterceptorUtil.fireStoragePreshowResource(events, request, storageInterceptors);
	}

	/**
	 * The first page of a search: it and the pages after it see the events up to now, not those
	 * recorded while the client pages. The bound goes into the request's parameters, from which HAPI writes the
	 * links to the next pages.
	 */
	private static void boundByNow(AuditQuery query, RequestDetails request) {
		long now = System.currentTimeMillis();
		query.recordedUntil(now);
		InstantType bound = new InstantType(new Date(now));
		request.addParameter(
				AuditEvent.SP_DATE,
				appended(request.getParameters().get(AuditEvent.SP_DATE), "le" + bound.getValueAsString()));
	}

	private static String[] appended(String[] values, String value) {
		List<String> all = new ArrayList<>(values == null ? List.of() : List.of(values));
		all.add(value);
		return all.toArray(String[]::new);
	}

	/** Oldest first, unless sorted by {@code -date} or {@code -_lastUpdated}; no other sort is offered. */
	private static boolean newestFirst(SortSpec sort) {
		if (sort == null) {
			return false;
		}
		if (sort.getChain() != null
				|| !(AuditEvent.SP_DATE.equals(sort.getParamName())
						|| Constants.PARAM_LASTUPDATED.equals(sort.getParamName()))) {
			throw IssueCode.SEARCH_REFUSED.exception(
					"AuditEvent can be sorted by date or _lastUpdated only, not by " + sort.getParamName());
		}
		return sort.getOrder() == SortOrderEnum.DESC;
	}

	private static Integer offsetOf(RequestDetails request) {
		String[] offset = request.getParameters().get(Constants.PARAM_OFFSET);
		return offset == null || offset.length == 0 ? null : Integer.valueOf(offset[0]);
	}

	private static void dates(AuditQuery query, DateRangeParam range) {
		if (range == null) {
			return;
		}
		Date lower = range.getLowerBoundAsInstant();
		Date upper = range.getUpperBoundAsInstant();
		if (lower != null) {
			query.recordedFrom(lower.getTime());
		}
		if (upper != null) {
			query.recordedUntil(upper.getTime());
		}
	}

	/**
	 * Each AND of a token parameter one condition over a column; a system, if given, must be the one the column's
	 * codes come from (the only one the server writes), or nothing matches.
	 */
	private static void tokens(AuditQuery query, Column column, TokenAndListParam and, String system) {
		if (and == null) {
			return;
		}
		for (TokenOrListParam or : and.getValuesAsQueryTokens()) {
			Set<String> values = new LinkedHashSet<>();
			for (TokenParam token : or.getValuesAsQueryTokens()) {
				if (token.getModifier() != null) {
					throw IssueCode.SEARCH_REFUSED.exception("AuditEvent search does not support the :"
							+ token.getModifier().getValue() + " modifier");
				}
				boolean systemMatches = token.getSystem() == null
						|| token.getSystem().isEmpty()
						|| token.getSystem().equals(system);
				if (systemMatches && token.getValue() != null) {
					values.add(token.getValue());
				}
			}
			query.anyOf(column, values);
		}
	}

	/**
	 * Each AND of a reference parameter one condition: the event refers to one of the OR'd resources. A reference
	 * without a type is the required type's ({@code patient=123} is {@code Patient/123}); {@code entity} needs one.
	 */
	private static void references(AuditQuery query, ReferenceAndListParam and, String requiredType) {
		if (and == null) {
			return;
		}
		for (ReferenceOrListParam or : and.getValuesAsQueryTokens()) {
			Set<String> references = new LinkedHashSet<>();
			for (ReferenceParam reference : or.getValuesAsQueryTokens()) {
				if (reference.hasChain()) {
					throw IssueCode.SEARCH_REFUSED.exception(
							"AuditEvent search does not support chained parameters (." + reference.getChain() + ")");
				}
				String type = reference.hasResourceType() ? reference.getResourceType() : requiredType;
				if (type == null) {
					throw IssueCode.SEARCH_REFUSED.exception(
							"AuditEvent?entity needs a resource type: entity=Type/id, not " + reference.getValue());
				}
				if (requiredType == null || requiredType.equals(type)) {
					references.add(type + "/" + reference.getIdPart());
				}
			}
			query.refersToAny(references);
		}
	}

	/** One page of events, as shown to the caller, with the total the search found and where the page starts. */
	private static final class Shown implements IBundleProvider {

		private final List<IBaseResource> events;

		private final int total;

		private final int offset;

		private final int pageSize;

		Shown(List<IBaseResource> events, int total, int offset, int pageSize) {
			this.events = events;
			this.total = total;
			this.offset = offset;
			this.pageSize = pageSize;
		}

		@Override
		public IPrimitiveType<Date> getPublished() {
			return InstantType.now();
		}

		@Nonnull
		@Override
		public List<IBaseResource> getResources(
				int from, int to, @Nonnull ResponsePage.ResponsePageBuilder responsePageBuilder) {
			return events.subList(Math.min(from, events.size()), Math.min(to, events.size()));
		}

		@Override
		public String getUuid() {
			return null;
		}

		@Override
		public Integer preferredPageSize() {
			return pageSize;
		}

		@Override
		public Integer size() {
			return total;
		}

		@Override
		public Integer getCurrentPageOffset() {
			return offset;
		}

		@Override
		public Integer getCurrentPageSize() {
			return pageSize;
		}
	}
}
