package org.hsctdata.fhir.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.model.util.JpaConstants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;
import org.hsctdata.fhir.validation.ProfileEnforcement;

/**
 * Profile enforcement for {@code $meta-add}, which adds profiles, tags and security labels to a stored resource
 * without the validation every other write gets, so a resource could claim a profile it breaks. Before HAPI acts, the
 * resource as it would be, with the meta added, is checked by the same rules as a write of it: 422 and nothing stored
 * if it fails.
 *
 * <p>HAPI 8.8.0: {@code BaseHapiFhirResourceDao#doMetaAdd} announces the change to the storage interceptors
 * ({@code STORAGE_PRESTORAGE_RESOURCE_UPDATED}) with the new version read back by {@code JpaStorageResourceParser},
 * which has the added meta but keeps the stored text it was parsed from, without any meta (HAPI stores profiles and
 * tags apart); the validator judges that text ({@link StaleTextInterceptor}), so it never sees the claim just added.
 * Canary: {@code HapiCanariesIT#hapiAddsAProfileWithMetaAddThatTheResourceDoesNotMeet}.
 */
final class MetaAddCheck {

	private final DaoRegistry daoRegistry;

	private final ProfileEnforcement enforcement;

	MetaAddCheck(DaoRegistry daoRegistry, ProfileEnforcement enforcement) {
		this.daoRegistry = daoRegistry;
		this.enforcement = enforcement;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	void checkMetaAdd(RequestDetails request, RestOperationTypeEnum operation) {
		if (operation != RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE
				|| !JpaConstants.OPERATION_META_ADD.equals(request.getOperation())
				|| !enforcement.covers(request.getResourceName())) {
			return;
		}
		Meta added = addedMeta(request);
		if (added == null) {
			return;
		}
		Resource result = ((Resource) daoRegistry
						.getResourceDao(request.getResourceName())
						.read(request.getId().toUnqualifiedVersionless(), request))
				.copy();
		Meta meta = result.getMeta();
		added.getProfile().stream()
				.filter(profile -> !meta.hasProfile(profile.getValue()))
				.forEach(profile -> meta.addProfile(profile.getValue()));
		added.getTag().forEach(meta::addTag);
		added.getSecurity().forEach(meta::addSecurity);
		enforcement.enforce(request, result);
	}

	/**
	 * The {@code meta} parameter of the request, from the Parameters HAPI parsed before this hook; null if there is
	 * none (HAPI then refuses the request).
	 */
	private static Meta addedMeta(RequestDetails request) {
		return request.getResource() instanceof Parameters parameters
						&& parameters.getParameter("meta") != null
						&& parameters.getParameter("meta").getValue() instanceof Meta meta
				? meta
				: null;
	}
}
