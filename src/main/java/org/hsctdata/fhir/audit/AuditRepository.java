package org.hsctdata.fhir.audit;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Reference;
import org.hsctdata.fhir.rest.IssueCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores AuditEvents in the server's own database through HAPI's AuditEvent DAO, as the system: not as the caller,
 * so neither the caller's scopes nor the REST interceptors (profile enforcement, the audit trail itself) see the
 * write, and recording an event never records another.
 *
 * <p>Inside a database transaction (a create, update or delete) the event joins it: the change and its record commit
 * together or not at all, and a failure to record fails the change. Outside one (reads, searches, refusals) the
 * event gets a transaction of its own, before the response leaves; if it cannot be stored the caller gets a 500
 * instead of the data.
 *
 * <p>The store refuses a reference to a deleted resource (referential integrity), which an event about an old version
 * of a deleted resource would need. Such an event is stored again with its references turned into identifiers, so
 * that it is kept, though not linked.
 */
final class AuditRepository {

	private static final Logger log = LoggerFactory.getLogger(AuditRepository.class);

	/** The identifier system of a reference the store refused (RFC 3986: the value is a URI, relative here). */
	static final String UNLINKED_REFERENCE = "urn:ietf:rfc:3986";

	private final DaoRegistry daos;

	AuditRepository(DaoRegistry daos) {
		this.daos = daos;
	}

	void record(List<AuditEvent> events) {
		events.forEach(this::record);
	}

	void record(AuditEvent event) {
		var dao = daos.getResourceDao(AuditEvent.class);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			dao.create(event, new SystemRequestDetails());
			return;
		}
		try {
			dao.create(event, new SystemRequestDetails());
		} catch (BaseServerResponseException refused) {
			if (refused.getStatusCode() >= 500) {
				throw unrecorded(refused);
			}
			log.info(
					IssueCode.AUDIT_STORED_UNLINKED.message(
							"an audit event's references were refused ({}); stored unlinked"),
					refused.getStatusCode());
			try {
				dao.create(unlinked(event), new SystemRequestDetails());
			} catch (RuntimeException failed) {
				throw unrecorded(failed);
			}
		} catch (RuntimeException failed) {
			throw unrecorded(failed);
		}
	}

	/** The event with every resource reference replaced by an identifier holding the same relative URL. */
	static AuditEvent unlinked(AuditEvent event) {
		AuditEvent copy = event.copy();
		for (AuditEvent.AuditEventEntityComponent entity : copy.getEntity()) {
			Reference what = entity.getWhat();
			if (what.hasReference()) {
				what.getIdentifier().setSystem(UNLINKED_REFERENCE).setValue(what.getReference());
				what.setReference(null);
			}
		}
		return copy;
	}

	private static InternalErrorException unrecorded(RuntimeException cause) {
		log.error(
				IssueCode.AUDIT_UNRECORDED.message("an audit event could not be stored: {}"),
				cause.getClass().getName());
		// no OperationOutcome of ours: HAPI logs a 500 that has none with its cause, and answers as it would
		return new InternalErrorException(
				IssueCode.AUDIT_UNRECORDED.message(
						"the request could not be recorded in the audit trail, so it was not answered"),
				cause);
	}
}
