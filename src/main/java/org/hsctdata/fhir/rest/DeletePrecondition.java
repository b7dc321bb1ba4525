package org.hsctdata.fhir.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ParameterUtil;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;

/**
 * Honours {@code If-Match} on a delete, which HAPI 8.8.0 ignores: {@code DELETE Patient/1} with {@code If-Match:
 * W/"1"} deleted the patient at version 2, and so did a transaction or batch entry with a stale {@code ifMatch}. As
 * for an update, the delete is made only if the resource is at the version named; otherwise 412 ({@link IssueCode#CONDITIONAL_UPDATE_STALE}),
 * for the whole transaction, or for the batch entry alone.
 *
 * <p>The check runs where HAPI is about to delete, inside its database transaction, against the version it deletes.
 * An entry's {@code ifMatch} is kept for the resource its URL names; a conditional delete entry
 * ({@code Patient?identifier=...}) names none, and its {@code ifMatch} is not checked.
 */
final class DeletePrecondition {

	/** Request user data: the {@code ifMatch} of each delete entry, by the resource it deletes ({@code Type/id}). */
	private static final String ENTRY_IF_MATCH = DeletePrecondition.class.getName() + ".ifMatch";

	@Hook(Pointcut.STORAGE_TRANSACTION_PROCESSING)
	void keepEntryPreconditions(IBaseBundle bundle, RequestDetails request) {
		if (!(bundle instanceof Bundle transaction) || request == null) {
			return;
		}
		Map<String, String> ifMatch = new HashMap<>();
		for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
			Bundle.BundleEntryRequestComponent entryRequest = entry.getRequest();
			if (entryRequest.getMethod() == Bundle.HTTPVerb.DELETE
					&& entryRequest.hasIfMatch()
					&& entryRequest.hasUrl()
					&& !entryRequest.getUrl().contains("?")) {
				IdType id = new IdType(entryRequest.getUrl());
				if (id.hasResourceType() && id.hasIdPart()) {
					ifMatch.put(id.getResourceType() + "/" + id.getIdPart(), entryRequest.getIfMatch());
				}
			}
		}
		if (!ifMatch.isEmpty()) {
			request.getUserData().put(ENTRY_IF_MATCH, ifMatch);
		}
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
	void checkDeletedVersion(IBaseResource resource, RequestDetails request) {
		String expected = requiredVersion(resource, request);
		String current = resource.getIdElement().getVersionIdPart();
		if (expected != null && !expected.equals(current)) {
			throw IssueCode.CONDITIONAL_UPDATE_STALE.exception("the delete names version " + expected
					+ " in If-Match, but "
					+ resource.getIdElement().toVersionless().getValue()
					+ " is at version " + current);
		}
	}

	/** The version a delete requires, from its entry or its {@code If-Match} header; null if none. */
	private static String requiredVersion(IBaseResource resource, RequestDetails request) {
		if (request == null) {
			return null;
		}
		String ifMatch = null;
		if (request.getUserData().get(ENTRY_IF_MATCH) instanceof Map<?, ?> entries) {
			ifMatch = (String) entries.get(request.getFhirContext().getResourceType(resource) + "/"
					+ resource.getIdElement().getIdPart());
		} else if (request.getRestOperationType() == RestOperationTypeEnum.DELETE
				&& (request.getId() == null
						|| !request.getId().hasIdPart()
						|| request.getId()
								.getIdPart()
								.equals(resource.getIdElement().getIdPart()))) {
			// the resource the URL names (by id, or by search); not another one the delete may touch
			ifMatch = request.getHeader(Constants.HEADER_IF_MATCH);
		}
		return ifMatch == null || ifMatch.isBlank() ? null : ParameterUtil.parseETagValue(ifMatch);
	}
}
