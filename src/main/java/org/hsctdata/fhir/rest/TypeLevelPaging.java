package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.interceptor.model.RequestPartitionId;
import ca.uhn.fhir.jpa.entity.Search;
import ca.uhn.fhir.jpa.search.cache.ISearchCacheSvc;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Optional;

/**
 * Serves a page of a search asked for at the endpoint of the search's resource type, {@code GET
 * [type]?_getpages=[id]&_getpagesoffset=...}, as HAPI serves it at the base ({@code GET ?_getpages=...}, the form of
 * the {@code next} links it writes). Clients that follow a {@code next} link by applying its query to the type they
 * search (Medplum's {@code searchResourcePages}) could not page through a search.
 *
 * <p>HAPI 8.8.0 binds its paging method ({@code PageMethodBinding}, which {@code RestfulServer} makes from its
 * {@code PageProvider}, a provider of no resource type) among the methods of the base only, and {@code
 * RestfulServer#determineResourceMethod} looks for a request naming a type among that type's methods and the global
 * operations: such a page answered 400, "does not know how to handle GET operation[Observation] with parameters
 * [_getpages, ...]". Here, just before HAPI selects the method, the request's resource type is taken off, so HAPI
 * binds it as the base's page request; every later step (authorization, search narrowing, audit, the answer's links)
 * then sees and does what it does for the base's.
 *
 * <p>The endpoint's type must be the search's: a page of a search of another type, or of several (a system history),
 * gets 400 ({@link IssueCode#PAGE_OF_ANOTHER_TYPE}) rather than resources the endpoint does not serve. An unknown or
 * expired search gets HAPI's 410 ({@code HAPI-0417}), as at the base.
 */
final class TypeLevelPaging {

	/** Request user data: the resource type in the path of a page request HAPI now binds as the base's. */
	private static final String PATH_TYPE = TypeLevelPaging.class.getName() + ".pathType";

	private final FhirContext fhirContext;

	private final ISearchCacheSvc searches;

	TypeLevelPaging(FhirContext fhirContext, ISearchCacheSvc searches) {
		this.fhirContext = fhirContext;
		this.searches = searches;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLER_SELECTED)
	void bindAsTheBasesPage(RequestDetails request) {
		String type = request.getResourceName();
		if (request.getRequestType() == RequestTypeEnum.GET
				&& type != null
				&& request.getId() == null
				&& request.getOperation() == null
				&& request.getCompartmentName() == null
				&& pageId(request).isPresent()
				&& fhirContext.getResourceTypes().contains(type)) {
			request.getUserData().put(PATH_TYPE, type);
			request.setResourceName(null);
		}
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	void refuseAPageOfAnotherType(RequestDetails request) {
		if (request.getRestOperationType() != RestOperationTypeEnum.GET_PAGE
				|| !(request.getUserData().get(PATH_TYPE) instanceof String type)) {
			return;
		}
		String id = pageId(request).orElseThrow();
		Optional<Search> search = searches.fetchByUuid(id, RequestPartitionId.allPartitions());
		if (search.isEmpty() || type.equals(search.get().getResourceType())) {
			return; // HAPI answers an unknown search (410) as at the base
		}
		String searched = search.get().getResourceType();
		throw IssueCode.PAGE_OF_ANOTHER_TYPE.exception("the page " + id + " belongs to a search of "
				+ (searched == null ? "several resource types" : searched) + ", not of " + type
				+ ": follow its link as written (at the base)" + (searched == null ? "" : " or ask at " + searched));
	}

	private static Optional<String> pageId(RequestDetails request) {
		String[] ids = request.getParameters().get(Constants.PARAM_PAGINGACTION);
		return ids == null || ids.length == 0 || ids[0] == null || ids[0].isBlank()
				? Optional.empty()
				: Optional.of(ids[0]);
	}
}
