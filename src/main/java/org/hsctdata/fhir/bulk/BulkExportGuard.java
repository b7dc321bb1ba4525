package org.hsctdata.fhir.bulk;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.batch2.model.StatusEnum;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.model.util.JpaConstants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.provider.ProviderConstants;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Extension;
import org.hsctdata.fhir.rest.IssueCode;

/**
 * Where HAPI 8.8.0's bulk export falls short of Bulk Data Access 2.0, before its job starts:
 *
 * <ul>
 *   <li>{@code _typeFilter}: HAPI's split keeps a filter on a type with an inner capital inside the one before it
 *       ({@link TypeFilters}); the filters are split again here.
 *   <li>a status request without {@code _jobId} failed with 500 (HAPI reads a Parameters body that a GET has not);
 *       now 400.
 *   <li>the files of an export that was cancelled, or deleted once complete ({@link BulkExportProvider}), stayed
 *       readable by their URLs (also as older versions, after HAPI deletes expired files): they are shown only while
 *       their export is complete and known.
 * </ul>
 */
final class BulkExportGuard {

	private final IJobCoordinator jobs;

	BulkExportGuard(IJobCoordinator jobs) {
		this.jobs = jobs;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	void checkStatusRequest(RequestDetails request) {
		if (ProviderConstants.OPERATION_EXPORT_POLL_STATUS.equals(request.getOperation())
				&& request.getResource() == null
				&& request.getParameters().get("_jobId") == null) {
			throw IssueCode.BULK_EXPORT_REFUSED.exception(
					"a status request names its export with _jobId (the kick-off's Content-Location has it)");
		}
	}

	@Hook(Pointcut.STORAGE_PRESHOW_RESOURCES)
	void showFilesOfCompleteExportsOnly(IPreResourceShowDetails shown, RequestDetails request) {
		for (int i = 0; i < shown.size(); i++) {
			if (shown.getResource(i) instanceof Binary file && !isOfACompleteExport(file)) {
				if (request.getRestOperationType() == RestOperationTypeEnum.READ
						|| request.getRestOperationType() == RestOperationTypeEnum.VREAD) {
					throw new ResourceNotFoundException(
							file.getIdElement().toUnqualifiedVersionless().getValue()
									+ " is a file of a bulk export that was cancelled or deleted");
				}
				shown.setResource(i, null);
			}
		}
	}

	/** Whether a Binary is no export file, or one of an export that is complete and not deleted. */
	private boolean isOfACompleteExport(Binary file) {
		Extension job = file.getMeta().getExtensionByUrl(JpaConstants.BULK_META_EXTENSION_JOB_ID);
		if (job == null) {
			return true;
		}
		try {
			return jobs.getInstance(job.getValue().primitiveValue()).getStatus() == StatusEnum.COMPLETED;
		} catch (ResourceNotFoundException deleted) {
			return false;
		}
	}

	@Hook(Pointcut.STORAGE_PRE_INITIATE_BULK_EXPORT)
	void splitTypeFilters(BulkExportJobParameters parameters) {
		List<String> filters = parameters.getFilters();
		if (filters == null || filters.isEmpty()) {
			return;
		}
		Set<String> split = new LinkedHashSet<>();
		filters.forEach(filter -> split.addAll(TypeFilters.split(filter)));
		parameters.setFilters(split);
	}
}
