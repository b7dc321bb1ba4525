package org.hsctdata.fhir.bulk;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.batch2.api.IJobPersistence;
import ca.uhn.fhir.batch2.jobs.export.BulkDataExportProvider;
import ca.uhn.fhir.batch2.model.JobInstance;
import ca.uhn.fhir.batch2.model.StatusEnum;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.model.BulkExportJobResults;
import ca.uhn.fhir.jpa.model.util.JpaConstants;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.util.JsonUtil;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;
import org.hsctdata.fhir.audit.AuditTrailExport;
import org.springframework.beans.factory.ObjectProvider;

/**
 * HAPI's bulk export provider, with two changes.
 *
 * <p>The audit trail: it lives in tables of its own ({@code audit}), which HAPI's job does not read, so an export
 * that asks for AuditEvent (by {@code _type}, or without {@code _type} by a caller that may read the trail) gets its
 * AuditEvent files here, written once when the export is first seen complete: the events recorded from
 * {@code _since} up to the export's {@code transactionTime}; for a Patient or Group export, those that refer to its
 * patients. They are Binaries like HAPI's files (same owner, same expiry, listed in the manifest).
 *
 * <p>A {@code DELETE} of a completed export's status URL. HAPI answers 404 ("already cancelled or has completed. Nothing to do.") and keeps the
 * files until they expire; the IG lets the client say so that it is done with the files, answered {@code 202}. Here
 * the files and the export are deleted, and their URLs and the status URL answer 404 from then on. (HAPI's answer is
 * in {@code BulkDataExportProvider#handleDeleteRequest}; {@code BulkExportIT} fails if this override is bypassed.)
 *
 * <p>The override carries no annotations: HAPI binds the operation from its own annotated method and calls this one.
 */
class BulkExportProvider extends BulkDataExportProvider {

	private static final String AUDIT_EVENT = "AuditEvent";

	private static final int AUDIT_EVENTS_PER_FILE = 1_000;

	private final IJobCoordinator jobs;

	private final IJobPersistence jobStore;

	private final DaoRegistry daos;

	private final FhirContext fhirContext;

	private final ObjectProvider<AuditTrailExport> auditTrail;

	BulkExportProvider(
			IJobCoordinator jobs,
			IJobPersistence jobStore,
			DaoRegistry daos,
			FhirContext fhirContext,
			ObjectProvider<AuditTrailExport> auditTrail) {
		this.jobs = jobs;
		this.jobStore = jobStore;
		this.daos = daos;
		this.fhirContext = fhirContext;
		this.auditTrail = auditTrail;
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
		if (request.getRequestType() == RequestTypeEnum.GET && jobId != null) {
			auditTrail.ifAvailable(trail -> addAuditTrail(jobId.getValueAsString(), trail));
		}
		super.exportPollStatus(jobId, request);
	}

	/** Writes the AuditEvent files of a complete export that asked for them, once (see the class comment). */
	private synchronized void addAuditTrail(String jobId, AuditTrailExport trail) {
		JobInstance job = jobs.getInstance(jobId);
		BulkExportJobParameters parameters = job.getParameters(BulkExportJobParameters.class);
		if (job.getStatus() != StatusEnum.COMPLETED
				|| job.getReport() == null
				|| !parameters.getResourceTypes().contains(AUDIT_EVENT)) {
			return;
		}
		BulkExportJobResults results = JsonUtil.deserialize(job.getReport(), BulkExportJobResults.class);
		if (results.getResourceTypeToBinaryIds().containsKey(AUDIT_EVENT)) {
			return; // written already
		}
		List<String> files = new ArrayList<>();
		trail.recorded(
				Optional.ofNullable(parameters.getSince()).map(Date::toInstant),
				job.getStartTime().toInstant(),
				about(parameters),
				AUDIT_EVENTS_PER_FILE,
				events -> files.add(writeFile(job, parameters, events)));
		results.getResourceTypeToBinaryIds().put(AUDIT_EVENT, files);
		String report = JsonUtil.serialize(results);
		jobStore.updateInstance(jobId, instance -> {
			instance.setReport(report);
			return true;
		});
	}

	/** Whose events an export holds: every one (system), or those about its patients. */
	private Optional<Collection<String>> about(BulkExportJobParameters parameters) {
		return switch (parameters.getExportStyle()) {
			case SYSTEM -> Optional.empty();
			case PATIENT ->
				Optional.of(
						parameters.getPatientIds().isEmpty()
								? List.of("Patient")
								: parameters.getPatientIds().stream()
										.map(id -> new IdType("Patient", new IdType(id).getIdPart()).getValue())
										.toList());
			case GROUP ->
				Optional.of(((Group) daos.getResourceDao("Group")
								.read(new IdType(parameters.getGroupId()), new SystemRequestDetails()))
						.getMember().stream()
								.map(member -> member.getEntity().getReference())
								.toList());
		};
	}

	private String writeFile(JobInstance job, BulkExportJobParameters parameters, List<AuditEvent> events) {
		IParser json = fhirContext.newJsonParser();
		StringBuilder ndjson = new StringBuilder();
		events.forEach(
				event -> ndjson.append(json.encodeResourceToString(event)).append('\n'));
		Binary file = new Binary();
		file.setContentType(Constants.CT_FHIR_NDJSON);
		file.setData(ndjson.toString().getBytes(StandardCharsets.UTF_8));
		file.getMeta().addExtension(JpaConstants.BULK_META_EXTENSION_JOB_ID, new StringType(job.getInstanceId()));
		file.getMeta().addExtension(JpaConstants.BULK_META_EXTENSION_RESOURCE_TYPE, new StringType(AUDIT_EVENT));
		if (parameters.getBinarySecurityContextIdentifierValue() != null) {
			file.getSecurityContext()
					.getIdentifier()
					.setSystem(parameters.getBinarySecurityContextIdentifierSystem())
					.setValue(parameters.getBinarySecurityContextIdentifierValue());
		}
		return daos.getResourceDao("Binary")
				.create(file, new SystemRequestDetails())
				.getId()
				.toUnqualifiedVersionless()
				.getValue();
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
