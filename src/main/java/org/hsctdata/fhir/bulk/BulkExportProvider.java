package org.hsctdata.fhir.bulk;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.batch2.api.IJobPersistence;
import ca.uhn.fhir.batch2.jobs.export.BulkDataExportProvider;
import ca.uhn.fhir.batch2.model.JobInstance;
import ca.uhn.fhir.batch2.model.StatusEnum;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.model.BulkExportJobResults;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.util.JsonUtil;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * HAPI's bulk export provider, with the one answer it gives against Bulk Data Access 2.0: a {@code DELETE} of a
 * completed export's status URL. HAPI answers 404 ("already cancelled or has completed. Nothing to do.") and keeps the
 * files until they expire; the IG lets the client say so that it is done with the files, answered {@code 202}. Here
 * the files and the export are deleted, and their URLs and the status URL answer 404 from then on. (HAPI's answer is
 * in {@code BulkDataExportProvider#handleDeleteRequest}; {@code BulkExportIT} fails if this override is bypassed.)
 *
 * <p>The override carries no annotations: HAPI binds the operation from its own annotated method and calls this one.
 */
class BulkExportProvider extends BulkDataExportProvider {

	private final IJobCoordinator jobs;

	private final IJobPersistence jobStore;

	private final DaoRegistry daos;

	private final FhirContext fhirContext;

	BulkExportProvider(IJobCoordinator jobs, IJobPersistence jobStore, DaoRegistry daos, FhirContext fhirContext) {
		this.jobs = jobs;
		this.jobStore = jobStore;
		this.daos = daos;
		this.fhirContext = fhirContext;
	}

	@Override
	public void exportPollStatus(IPrimitiveType<String> jobId, ServletRequestDetails request) throws IOException {
		if (request.getRequestType() == RequestTypeEnum.DELETE && jobId != null) {
			JobInstance job = jobs.getInstance(jobId.getValueAsString());
			if (job.getStatus() == StatusEnum.COMPLETED) {
				deleteFiles(job);
				jobStore.deleteInstanceAndChunks(job.getInstanceId());
				respondAccepted(request, "the export " + job.getInstanceId() + " and its files are deleted");
				return;
			}
		}
		super.exportPollStatus(jobId, request);
	}

	private void deleteFiles(JobInstance job) {
		if (job.getReport() == null) {
			return;
		}
		BulkExportJobResults results = JsonUtil.deserialize(job.getReport(), BulkExportJobResults.class);
		results.getResourceTypeToBinaryIds().values().stream()
				.flatMap(List::stream)
				.forEach(binary -> daos.getResourceDao("Binary")
						.delete(new IdType(binary).withResourceType("Binary"), new SystemRequestDetails()));
	}

	private void respondAccepted(ServletRequestDetails request, String message) throws IOException {
		HttpServletResponse response = request.getServletResponse();
		request.getServer().addHeadersToResponse(response);
		response.setStatus(Constants.STATUS_HTTP_202_ACCEPTED);
		response.setContentType(Constants.CT_FHIR_JSON_NEW);
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue()
				.setSeverity(IssueSeverity.INFORMATION)
				.setCode(IssueType.INFORMATIONAL)
				.setDiagnostics(message);
		fhirContext.newJsonParser().encodeResourceToWriter(outcome, response.getWriter());
		response.getWriter().close();
	}
}
