package org.hsctdata.fhir.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ParameterUtil;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Honours {@code If-Match} on a conditional update ({@code PUT [type]?[search]}), which HAPI ignores: it applies the
 * version of an {@code If-Match} only to an update by id, so a conditional update with a stale version overwrote the
 * newer one. FHIR and HTTP give the header the same meaning whatever the URL: the update is made only if the
 * resource it would replace is at that version; otherwise 412, and also when nothing matches (there is no version to
 * match). The same holds for a transaction or batch entry's {@code request.ifMatch} on a conditional URL.
 *
 * <p>HAPI 8.8.0: {@code UpdateMethodBinding#applyETagAsVersion} puts the {@code If-Match} version on the id of the
 * URL, which a conditional update does not have, and {@code BaseHapiFhirResourceDao#doUpdate} updates whatever the
 * search matched; {@code BaseTransactionProcessor} reads an entry's {@code ifMatch} only for a PUT by id. Canary:
 * {@code HapiCanariesIT#hapiIgnoresIfMatchOnAConditionalUpdate}.
 *
 * <p>The check runs where HAPI is about to store the new version, inside its database transaction, against the
 * version it replaces; two such updates racing for the same version meet HAPI's unique version row, and the loser
 * gets 412 too ({@link ClientErrorInterceptor}).
 */
final class ConditionalUpdatePrecondition {

	/** The {@code ifMatch} of a conditional PUT entry, kept on the entry's resource until HAPI stores it. */
	static final String ENTRY_IF_MATCH = ConditionalUpdatePrecondition.class.getName() + ".ifMatch";

	@Hook(Pointcut.STORAGE_TRANSACTION_PROCESSING)
	void keepEntryPreconditions(IBaseBundle bundle) {
		if (!(bundle instanceof Bundle transaction)) {
			return;
		}
		for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
			Bundle.BundleEntryRequestComponent request = entry.getRequest();
			if (request.getMethod() == Bundle.HTTPVerb.PUT
					&& request.getUrl() != null
					&& request.getUrl().contains("?")
					&& request.hasIfMatch()
					&& entry.getResource() != null) {
				entry.getResource().setUserData(ENTRY_IF_MATCH, request.getIfMatch());
			}
		}
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	void checkReplacedVersion(IBaseResource oldResource, IBaseResource newResource, RequestDetails request) {
		String expected = requiredVersion(newResource, request);
		String current = oldResource.getIdElement().getVersionIdPart();
		if (expected != null && !expected.equals(current)) {
			throw IssueCode.CONDITIONAL_UPDATE_STALE.exception("the conditional update names version " + expected
					+ " in If-Match, but the matching resource "
					+ oldResource.getIdElement().toVersionless().getValue()
					+ " is at version " + current);
		}
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	void checkNothingToReplace(IBaseResource resource, RequestDetails request) {
		String expected = requiredVersion(resource, request);
		if (expected != null) {
			throw IssueCode.CONDITIONAL_UPDATE_STALE.exception("the conditional update names version " + expected
					+ " in If-Match, but no resource matches its search, so none is at that version");
		}
	}

	/** The version a conditional update requires, from its entry or its {@code If-Match} header; null if none. */
	private static String requiredVersion(IBaseResource resource, RequestDetails request) {
		String ifMatch = null;
		if (resource instanceof Base base && base.getUserData(ENTRY_IF_MATCH) instanceof String entryIfMatch) {
			ifMatch = entryIfMatch;
		} else if (request != null
				&& request.getRestOperationType() == RestOperationTypeEnum.UPDATE
				&& request.getConditionalUrl(RestOperationTypeEnum.UPDATE) != null) {
			ifMatch = request.getHeader(Constants.HEADER_IF_MATCH);
		}
		return ifMatch == null || ifMatch.isBlank() ? null : ParameterUtil.parseETagValue(ifMatch);
	}
}
