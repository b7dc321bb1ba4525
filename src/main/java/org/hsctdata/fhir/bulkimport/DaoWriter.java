package org.hsctdata.fhir.bulkimport;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.api.model.DaoMethodOutcome;
import ca.uhn.fhir.jpa.dao.TransactionUtil;
import ca.uhn.fhir.model.api.StorageResponseCodeEnum;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes imported resources as {@code PUT [type]/[id]} would: one resource by HAPI's DAO update (update as create for
 * a new id; an unchanged resource gets no new version) in its own database transaction; several (a batch of
 * {@link ImportJob}, or resources that refer to each other in a cycle) as one transaction bundle of such {@code PUT}s
 * through HAPI's system DAO, which stores all or none in one database transaction, as a REST transaction would. Either
 * way the request's interceptors are the FHIR endpoint's, and HAPI calls the same storage hooks for each resource of a
 * bundle as for a single update. So the storage interceptors (profile enforcement, the append-only audit trail)
 * apply as on any write, and so do the endpoint's: the caller's authorization rules (on a secured server, judged per
 * resource on the storage hooks) and the audit trail, which records each write as the importing caller's (its
 * security context is the job thread's, see {@link ImportJobs}), with the request id of the kick-off; the writes of a
 * bundle in the trail's events of a transaction (one per interaction and patient, naming every resource).
 */
final class DaoWriter implements ImportJob.Writer {

	private static final Logger log = LoggerFactory.getLogger(DaoWriter.class);

	private final DaoRegistry daos;

	private final IFhirSystemDao<Bundle, ?> systemDao;

	private final RestfulServer server;

	private final String serverBase;

	private final String requestId;

	DaoWriter(
			DaoRegistry daos,
			IFhirSystemDao<Bundle, ?> systemDao,
			RestfulServer server,
			String serverBase,
			String requestId) {
		this.daos = daos;
		this.systemDao = systemDao;
		this.server = server;
		this.serverBase = serverBase;
		this.requestId = requestId;
	}

	@Override
	public List<ImportJob.Outcome> write(List<ImportFile.Entry> unit) {
		return unit.size() == 1 ? List.of(update(unit.get(0))) : transaction(unit);
	}

	private SystemRequestDetails request(RequestTypeEnum method, RestOperationTypeEnum interaction, String path) {
		SystemRequestDetails request = new SystemRequestDetails(server.getInterceptorService());
		request.setServer(server);
		request.setFhirContext(server.getFhirContext());
		request.setRequestType(method);
		request.setRestOperationType(interaction);
		request.setFhirServerBase(serverBase);
		request.setRequestPath(path);
		request.setCompleteUrl(path.isEmpty() ? serverBase : serverBase + "/" + path);
		request.setRequestId(requestId);
		return request;
	}

	private ImportJob.Outcome update(ImportFile.Entry entry) {
		// a copy: a failed attempt must not leave HAPI's changes on the resource tried again
		Resource resource = ((Resource) entry.resource()).copy();
		String type = resource.fhirType();
		SystemRequestDetails request = request(RequestTypeEnum.PUT, RestOperationTypeEnum.UPDATE, entry.reference());
		request.setResourceName(type);
		request.setId(resource.getIdElement());
		try {
			IFhirResourceDao<IBaseResource> dao = daos.getResourceDao(type);
			DaoMethodOutcome outcome = dao.update(resource, request);
			String version = outcome.getId().getVersionIdPart();
			String result =
					Boolean.TRUE.equals(outcome.getCreated()) ? "created" : outcome.isNop() ? "unchanged" : "updated";
			return ImportJob.Outcome.stored(entry.reference() + "/_history/" + version, result);
		} catch (BaseServerResponseException refused) {
			return refused(refused, "");
		} catch (RuntimeException failed) {
			log.warn("Bulk import: {} failed", entry.reference(), failed);
			return ImportJob.Outcome.refused("failed when written: " + failed, null, false);
		}
	}

	/**
	 * Several resources: one transaction bundle of {@code PUT}s, all stored or none. A resource may refer to any other
	 * of the bundle, whatever their order: HAPI 8.8.0 ({@code BaseTransactionProcessor#doTransactionWriteOperations})
	 * stores every entry first and resolves and indexes their references after. Any refused entry fails the whole
	 * transaction with that entry's exception (rolled back, nothing stored); the response has one entry per request
	 * entry in the same order ({@code TransactionUtil#parseTransactionResponse} relies on it too).
	 */
	private List<ImportJob.Outcome> transaction(List<ImportFile.Entry> unit) {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		for (ImportFile.Entry entry : unit) {
			bundle.addEntry()
					.setFullUrl(serverBase + "/" + entry.reference())
					.setResource(((Resource) entry.resource()).copy())
					.getRequest()
					.setMethod(Bundle.HTTPVerb.PUT)
					.setUrl(entry.reference());
		}
		// the reason of a refusal is reported only for a unit that refers to each other in a cycle: a refused batch is
		// written again unit by unit (ImportJob)
		String together = " (written in one transaction with lines "
				+ unit.stream().map(entry -> String.valueOf(entry.line())).collect(Collectors.joining(", "))
				+ ", which refer to each other)";
		try {
			Bundle response = (Bundle)
					systemDao.transaction(request(RequestTypeEnum.POST, RestOperationTypeEnum.TRANSACTION, ""), bundle);
			List<TransactionUtil.StorageOutcome> outcomes = TransactionUtil.parseTransactionResponse(
							server.getFhirContext(), bundle, response)
					.getStorageOutcomes();
			List<ImportJob.Outcome> stored = new ArrayList<>();
			for (int i = 0; i < unit.size(); i++) {
				TransactionUtil.StorageOutcome outcome = outcomes.get(i);
				StorageResponseCodeEnum code = outcome.getStorageResponseCode();
				String result = code == StorageResponseCodeEnum.SUCCESSFUL_CREATE
								|| code == StorageResponseCodeEnum.SUCCESSFUL_UPDATE_AS_CREATE
						? "created"
						: code == StorageResponseCodeEnum.SUCCESSFUL_UPDATE_NO_CHANGE ? "unchanged" : "updated";
				stored.add(ImportJob.Outcome.stored(
						unit.get(i).reference() + "/_history/"
								+ outcome.getTargetId().getVersionIdPart(),
						result));
			}
			return stored;
		} catch (BaseServerResponseException refused) {
			ImportJob.Outcome outcome = refused(refused, together);
			return unit.stream().map(entry -> outcome).toList();
		} catch (RuntimeException failed) {
			log.warn("Bulk import: a transaction of {} resources failed", unit.size(), failed);
			// (a batch is written again unit by unit, so this is reported only for a cycle)
			ImportJob.Outcome outcome =
					ImportJob.Outcome.refused("failed when written" + together + ": " + failed, null, false);
			return unit.stream().map(entry -> outcome).toList();
		}
	}

	private static ImportJob.Outcome refused(BaseServerResponseException refused, String together) {
		OperationOutcome cause = refused.getOperationOutcome() instanceof OperationOutcome outcome ? outcome : null;
		String message = String.valueOf(refused.getMessage());
		return ImportJob.Outcome.refused(
				"was refused when written" + together + " (" + refused.getStatusCode() + "): " + message,
				cause,
				unresolvedReference(message));
	}

	/**
	 * HAPI 8.8.0 refuses a reference to a resource it does not hold with {@code HAPI-1094} (or {@code HAPI-2602}):
	 * "Resource Patient/x not found, specified in path: ...".
	 */
	static boolean unresolvedReference(String message) {
		return message.contains("not found, specified in path");
	}
}
