package org.hsctdata.fhir.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizedList;
import ca.uhn.fhir.rest.server.interceptor.auth.SearchNarrowingInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Narrows the searches of a patient-scoped caller to that patient's compartment (and conditional URLs, so that an
 * {@code If-None-Exist} cannot find another patient's resource): {@code Observation?code=x} is answered as
 * {@code Observation?code=x&patient=Patient/[id]}, and a search that names another patient is refused. This is a
 * convenience for SMART apps; {@link SmartAuthorizationInterceptor} still checks every resource returned.
 */
final class SmartSearchNarrowingInterceptor extends SearchNarrowingInterceptor {

	SmartSearchNarrowingInterceptor() {
		setNarrowConditionalUrls(true);
	}

	@Override
	protected AuthorizedList buildAuthorizedList(RequestDetails request) {
		return ScopeRules.searchCompartment(Caller.current())
				.map(compartment -> new AuthorizedList().addCompartment(compartment))
				.orElse(null);
	}

	/**
	 * HAPI's narrowing refuses system-level searches ({@code GET /fhir?_type=...}) with an internal error; those are
	 * left to the authorization rules, which check every resource they return.
	 */
	@Override
	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	public void hookIncomingRequestPostProcessed(
			RequestDetails request, HttpServletRequest servletRequest, HttpServletResponse servletResponse) {
		if (request.getRestOperationType() != RestOperationTypeEnum.SEARCH_SYSTEM) {
			super.hookIncomingRequestPostProcessed(request, servletRequest, servletResponse);
		}
	}
}
