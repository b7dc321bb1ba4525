package org.hsctdata.fhir.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationConstants;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hsctdata.fhir.rest.IssueCode;

/**
 * Keeps the audit trail append-only: no client may create, change or delete an AuditEvent (403,
 * {@link IssueCode#AUDIT_TRAIL_APPEND_ONLY}); the server writes them itself, through {@link AuditRepository} as the
 * system.
 *
 * <p>Registered on the JPA interceptor service rather than on the REST server, so it sees every write to storage:
 * REST writes and transaction entries (which HAPI announces to both) and also {@code $meta-add} and
 * {@code $meta-delete}, which change a stored resource's tags and security labels and which HAPI announces to the JPA
 * interceptor service only. It runs before the authorization interceptor, so the refusal names this rule.
 */
final class AppendOnlyAuditTrail {

	private static final String AUDIT_EVENT = "AuditEvent";

	private static final int BEFORE_AUTHORIZATION = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR - 50;

	@Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED, order = BEFORE_AUTHORIZATION)
	void refuseCreating(IBaseResource resource, RequestDetails request) {
		refuse(resource, request);
	}

	/** Updates and PATCH, and {@code $meta-add} / {@code $meta-delete}. */
	@Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED, order = BEFORE_AUTHORIZATION)
	void refuseChanging(IBaseResource previous, IBaseResource resource, RequestDetails request) {
		refuse(resource, request);
	}

	@Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED, order = BEFORE_AUTHORIZATION)
	void refuseDeleting(IBaseResource resource, RequestDetails request) {
		refuse(resource, request);
	}

	/** Only the server's own writes (as the system) get through; any other request is a client's. */
	private static void refuse(IBaseResource resource, RequestDetails request) {
		if (request instanceof SystemRequestDetails || !AUDIT_EVENT.equals(resource.fhirType())) {
			return;
		}
		throw IssueCode.AUDIT_TRAIL_APPEND_ONLY.exception(
				"the audit trail is append-only: AuditEvents cannot be created, changed or deleted through the API");
	}
}
