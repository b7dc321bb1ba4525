package org.hsctdata.fhir.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizedList;
import ca.uhn.fhir.rest.server.interceptor.auth.SearchNarrowingInterceptor;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;

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
	 * Narrows the searches and conditional URLs inside a transaction or batch, but not its reads: HAPI would turn
	 * {@code GET Observation/1} into a search of the caller's compartment, answering a read of another patient's
	 * resource with the caller's own resources. A read stays a read, which the authorization rules then check.
	 */
	@Override
	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	public void hookIncomingRequestPreHandled(
			ServletRequestDetails request, HttpServletRequest servletRequest, HttpServletResponse servletResponse) {
		Map<Bundle.BundleEntryRequestComponent, String> reads = new IdentityHashMap<>();
		if (request.getResource() instanceof Bundle bundle) {
			for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
				Bundle.BundleEntryRequestComponent asked = entry.getRequest();
				if (asked.getMethod() == Bundle.HTTPVerb.GET
						&& asked.hasUrl()
						&& !asked.getUrl().contains("?")) {
					reads.put(asked, asked.getUrl());
				}
			}
		}
		super.hookIncomingRequestPreHandled(request, servletRequest, servletResponse);
		reads.forEach(Bundle.BundleEntryRequestComponent::setUrl);
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
