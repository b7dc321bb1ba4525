package org.hsctdata.fhir.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationConstants;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hsctdata.fhir.rest.IssueCode;

/**
 * Keeps AuditEvents out of HAPI's store: the trail lives in its own tables ({@link AuditStore}), the endpoint refuses
 * writes ({@link AuditTrailProvider}), and this refuses the writes that reach HAPI's DAO without it, the entries of a
 * transaction or batch (403, {@link IssueCode#AUDIT_TRAIL_APPEND_ONLY}), so that no client can plant an event where
 * a reader of the database would take it for part of the trail.
 *
 * <p>Registered on the JPA interceptor service rather than on the REST server, so it sees every write to storage. It
 * runs before the authorization interceptor, so the refusal names this rule.
 */
final class AppendOnlyAuditTrail {

	private static final String AUDIT_EVENT = "AuditEvent";

	private static final int BEFORE_AUTHORIZATION = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR - 50;

	@Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED, order = BEFORE_AUTHORIZATION)
	void refuseCreating(IBaseResource resource) {
		refuse(resource);
	}

	@Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED, order = BEFORE_AUTHORIZATION)
	void refuseChanging(IBaseResource previous, IBaseResource resource) {
		refuse(resource);
	}

	@Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED, order = BEFORE_AUTHORIZATION)
	void refuseDeleting(IBaseResource resource) {
		refuse(resource);
	}

	private static void refuse(IBaseResource resource) {
		if (AUDIT_EVENT.equals(resource.fhirType())) {
			throw refusal();
		}
	}

	/** The 403 of any attempt to write an AuditEvent, here and at the endpoint. */
	static RuntimeException refusal() {
		return IssueCode.AUDIT_TRAIL_APPEND_ONLY.exception(
				"the audit trail is append-only: AuditEvents cannot be created, changed or deleted through the API");
	}
}
