package org.hsctdata.fhir.bulkimport;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.model.DaoMethodOutcome;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one imported resource as {@code PUT [type]/[id]} would: HAPI's DAO update (update as create for a new id; an
 * unchanged resource gets no new version), in its own database transaction, with a request whose interceptors are
 * the FHIR endpoint's. So the storage interceptors (profile enforcement, the append-only audit trail) apply as on any
 * write, and so do the endpoint's: the caller's authorization rules (on a secured server) and the audit trail, which
 * records each write as the importing caller's (its security context is the job thread's, see {@link ImportJobs}),
 * with the request id of the kick-off.
 */
final class DaoWriter implements ImportJob.Writer {

	private static final Logger log = LoggerFactory.getLogger(DaoWriter.class);

	private final DaoRegistry daos;

	private final RestfulServer server;

	private final String serverBase;

	private final String requestId;

	DaoWriter(DaoRegistry daos, RestfulServer server, String serverBase, String requestId) {
		this.daos = daos;
		this.server = server;
		this.serverBase = serverBase;
		this.requestId = requestId;
	}

	@Override
	public ImportJob.Outcome write(ImportFile.Entry entry) {
		// a copy: a failed attempt must not leave HAPI's changes on the resource tried again
		Resource resource = ((Resource) entry.resource()).copy();
		String type = resource.fhirType();
		SystemRequestDetails request = new SystemRequestDetails(server.getInterceptorService());
		request.setServer(server);
		request.setFhirContext(server.getFhirContext());
		request.setRequestType(RequestTypeEnum.PUT);
		request.setRestOperationType(RestOperationTypeEnum.UPDATE);
		request.setResourceName(type);
		request.setId(resource.getIdElement());
		request.setFhirServerBase(serverBase);
		request.setRequestPath(entry.reference());
		request.setCompleteUrl(serverBase + "/" + entry.reference());
		request.setRequestId(requestId);
		try {
			IFhirResourceDao<IBaseResource> dao = daos.getResourceDao(type);
			DaoMethodOutcome outcome = dao.update(resource, request);
			String version = outcome.getId().getVersionIdPart();
			String result =
					Boolean.TRUE.equals(outcome.getCreated()) ? "created" : outcome.isNop() ? "unchanged" : "updated";
			return ImportJob.Outcome.stored(entry.reference() + "/_history/" + version, result);
		} catch (BaseServerResponseException refused) {
			OperationOutcome cause = refused.getOperationOutcome() instanceof OperationOutcome outcome ? outcome : null;
			String message = String.valueOf(refused.getMessage());
			return ImportJob.Outcome.refused(
					"was refused when written (" + refused.getStatusCode() + "): " + message,
					cause,
					unresolvedReference(message));
		} catch (RuntimeException failed) {
			log.warn("Bulk import: {} failed", entry.reference(), failed);
			return ImportJob.Outcome.refused("failed when written: " + failed, null, false);
		}
	}

	/**
	 * HAPI 8.8.0 refuses a reference to a resource it does not hold with {@code HAPI-1094} (or {@code HAPI-2602}):
	 * "Resource Patient/x not found, specified in path: ...".
	 */
	static boolean unresolvedReference(String message) {
		return message.contains("not found, specified in path");
	}
}
