package org.hsctdata.fhir.bulkimport;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.annotation.Description;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hsctdata.fhir.rest.IssueCode;
import org.hsctdata.fhir.security.Caller;
import org.hsctdata.fhir.security.ImportScopes;

/**
 * {@code POST [base]/$import} with an NDJSON body, and its status URL {@code [base]/$import-poll-status?_jobId=}, in
 * the asynchronous pattern of FHIR Bulk Data: 202 with {@code Content-Location} at kick-off; 202 with
 * {@code X-Progress} while the job runs; then 200 with a JSON manifest whose {@code output} lists, per resource type,
 * the resources stored (a file of {@code Type/id/_history/n}, one a line) and whose {@code error} file holds one
 * OperationOutcome per refused line. {@code DELETE} on the status URL cancels a running job, or deletes an ended job's
 * report. See {@code docs/bulk-data.md}.
 */
public final class BulkImportProvider {

	static final String IMPORT = "$import";

	static final String STATUS = "$import-poll-status";

	static final Set<String> NDJSON_TYPES =
			Set.of("application/fhir+ndjson", "application/ndjson", "application/x-ndjson");

	/** The most issues a refused kick-off lists (one per line). */
	private static final int MAX_ISSUES = 100;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ImportJobs jobs;

	private final FhirContext fhir;

	private final boolean secured;

	BulkImportProvider(ImportJobs jobs, FhirContext fhir, boolean secured) {
		this.jobs = jobs;
		this.fhir = fhir;
		this.secured = secured;
	}

	@Description(
			shortDefinition = "Bulk import of NDJSON: one FHIR resource with its id a line, each stored as by PUT"
					+ " [type]/[id]; needs Prefer: respond-async and Content-Type application/fhir+ndjson")
	@Operation(name = IMPORT, manualRequest = true, manualResponse = true, idempotent = false)
	public void kickOff(ServletRequestDetails request, HttpServletResponse response) throws IOException {
		String contentType = baseMediaType(request.getHeader(Constants.HEADER_CONTENT_TYPE));
		if (!NDJSON_TYPES.contains(contentType)) {
			throw IssueCode.MEDIA_TYPE_UNSUPPORTED.exception("unsupported media type: $import takes NDJSON, one FHIR"
					+ " JSON resource a line, as application/fhir+ndjson (or application/ndjson,"
					+ " application/x-ndjson); the request has "
					+ (contentType.isEmpty() ? "no Content-Type header" : "Content-Type '" + contentType + "'"));
		}
		String prefer =
				String.valueOf(request.getHeader(Constants.HEADER_PREFER)).toLowerCase(Locale.ROOT);
		if (!prefer.contains("respond-async")) {
			throw IssueCode.IMPORT_REQUEST_INVALID.exception("$import runs as a background job: send the header"
					+ " 'Prefer: respond-async', then poll the URL of the answer's Content-Location");
		}
		String body = utf8(request.loadRequestContents());
		if (body.isBlank()) {
			throw IssueCode.IMPORT_REQUEST_INVALID.exception("the body is empty: send one FHIR JSON resource a line");
		}
		ImportFile.Parsed parsed = ImportFile.parse(fhir, body);
		if (parsed.entries().isEmpty()) {
			OperationOutcome outcome = new OperationOutcome();
			String detail = "no line of the body is a FHIR resource with an id, so nothing was started ("
					+ parsed.refused().size() + " lines refused, each below)";
			IssueCode.IMPORT_REQUEST_INVALID.addTo(outcome, detail, null);
			parsed.refused().stream()
					.limit(MAX_ISSUES)
					.forEach(refusal -> outcome.addIssue(
							refusal.outcome().getIssueFirstRep().copy()));
			throw IssueCode.IMPORT_REQUEST_INVALID.exception(detail, outcome);
		}
		Caller caller = Caller.current();
		if (secured) {
			List<String> refusedTypes = ImportScopes.refusedTypes(caller, parsed.types());
			if (!refusedTypes.isEmpty()) {
				throw IssueCode.SCOPES_DO_NOT_ALLOW.exception("the access token's scopes do not allow to create and"
						+ " update " + String.join(", ", refusedTypes) + " (a user/ or system/ scope with c and u"
						+ " on each type in the body, such as system/*.cu)");
			}
		}
		String base = request.getFhirServerBase();
		String id =
				jobs.start(parsed, ImportScopes.owner(caller), request.getCompleteUrl(), request.getRequestId(), base);

		OperationOutcome accepted = new OperationOutcome();
		accepted.addIssue()
				.setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
				.setCode(OperationOutcome.IssueType.INFORMATIONAL)
				.setDiagnostics(
						"import job " + id + " accepted: " + parsed.entries().size() + " resources to store, "
								+ parsed.refused().size() + " lines refused already (see the report); poll "
								+ statusUrl(base, id));
		response.setStatus(202);
		response.setHeader(Constants.HEADER_CONTENT_LOCATION, statusUrl(base, id));
		writeFhir(response, accepted);
	}

	@Description(
			shortDefinition = "The status of a $import job: 202 while it runs, then its manifest (200); _file names a"
					+ " report file (a resource type, or 'error'); DELETE cancels the job or deletes its report")
	@Operation(name = STATUS, manualResponse = true, idempotent = true, deleteEnabled = true)
	public void status(
			@OperationParam(name = "_jobId", typeName = "string", min = 0, max = 1) IPrimitiveType<String> jobId,
			@OperationParam(name = "_file", typeName = "string", min = 0, max = 1) IPrimitiveType<String> file,
			ServletRequestDetails request,
			HttpServletResponse response)
			throws IOException {
		if (jobId == null || jobId.getValue() == null || jobId.getValue().isBlank()) {
			throw IssueCode.IMPORT_REQUEST_INVALID.exception("name the job: " + STATUS + "?_jobId=[id]");
		}
		String id = jobId.getValue();
		ImportJobStore.Job job =
				jobs.find(id).orElseThrow(() -> IssueCode.IMPORT_JOB_UNKNOWN.exception("there is no import job " + id));
		if (secured && !ImportScopes.maySee(Caller.current(), job.owner())) {
			throw IssueCode.SCOPES_DO_NOT_ALLOW.exception(
					"import job " + id + " was started by another caller (only it, or a system/* scope, may see it)");
		}
		String base = request.getFhirServerBase();
		if (request.getRequestType() == RequestTypeEnum.DELETE) {
			String what;
			if (job.state() == ImportJobStore.State.IN_PROGRESS) {
				jobs.cancel(id);
				what = "import job " + id + " is cancelled: it stops after the resource it is writing; what it stored"
						+ " stays and is in its report at " + statusUrl(base, id);
			} else {
				jobs.delete(id);
				what = "the report of import job " + id + " is deleted (the resources it stored stay)";
			}
			OperationOutcome outcome = new OperationOutcome();
			outcome.addIssue()
					.setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
					.setCode(OperationOutcome.IssueType.INFORMATIONAL)
					.setDiagnostics(what);
			response.setStatus(202);
			writeFhir(response, outcome);
			return;
		}
		if (job.state() == ImportJobStore.State.IN_PROGRESS) {
			response.setStatus(202);
			response.setHeader("X-Progress", job.done() + " of " + job.toStore() + " resources written");
			response.setHeader(Constants.HEADER_RETRY_AFTER, "2");
			OperationOutcome outcome = new OperationOutcome();
			outcome.addIssue()
					.setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
					.setCode(OperationOutcome.IssueType.INFORMATIONAL)
					.setDiagnostics("import job " + id + " in progress: " + job.done() + " of " + job.toStore()
							+ " resources written");
			writeFhir(response, outcome);
			return;
		}
		if (file != null && file.getValue() != null && !file.getValue().isBlank()) {
			writeFile(response, job, file.getValue());
			return;
		}
		response.setStatus(200);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		JSON.writeValue(response.getWriter(), manifest(job, base));
	}

	private ObjectNode manifest(ImportJobStore.Job job, String base) {
		List<ImportJobStore.Line> stored = jobs.stored(job.id(), null);
		List<ImportJobStore.Line> refused = jobs.refused(job.id());
		Map<String, Integer> perType = new LinkedHashMap<>();
		Map<String, Integer> results = new LinkedHashMap<>();
		for (ImportJobStore.Line line : stored) {
			perType.merge(line.resourceType(), 1, Integer::sum);
			results.merge(line.result(), 1, Integer::sum);
		}
		ObjectNode manifest = JSON.createObjectNode();
		manifest.put("transactionTime", Instant.ofEpochMilli(job.created()).toString());
		manifest.put("request", job.request());
		manifest.put("requiresAccessToken", secured);
		ArrayNode output = manifest.putArray("output");
		perType.forEach((type, count) -> output.addObject()
				.put("type", type)
				.put("count", count)
				.put("url", statusUrl(base, job.id()) + "&_file=" + type));
		ArrayNode error = manifest.putArray("error");
		int errors = refused.size() + (job.state() == ImportJobStore.State.FAILED ? 1 : 0);
		if (errors > 0) {
			error.addObject()
					.put("type", "OperationOutcome")
					.put("count", errors)
					.put("url", statusUrl(base, job.id()) + "&_file=error");
		}
		ObjectNode extension = manifest.putObject("extension");
		extension.put("status", job.state().code);
		extension.put("lines", job.lines());
		extension.put("stored", stored.size());
		results.forEach(extension::put);
		extension.put("refused", refused.size());
		extension.put("notWritten", Math.max(0, job.toStore() - job.done()));
		extension.put("requestId", job.requestId());
		if (job.message() != null) {
			extension.put("message", job.message());
		}
		return manifest;
	}

	private void writeFile(HttpServletResponse response, ImportJobStore.Job job, String file) throws IOException {
		response.setStatus(200);
		response.setContentType("application/fhir+ndjson");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Writer out = response.getWriter();
		if (file.equals("error")) {
			for (ImportJobStore.Line line : jobs.refused(job.id())) {
				out.write(line.outcome());
				out.write('\n');
			}
			if (job.state() == ImportJobStore.State.FAILED) {
				out.write(fhir.newJsonParser()
						.encodeResourceToString(IssueCode.IMPORT_INTERRUPTED.outcome(job.message())));
				out.write('\n');
			}
			return;
		}
		if (!fhir.getResourceTypes().contains(file)) {
			throw IssueCode.IMPORT_JOB_UNKNOWN.exception(
					"import job " + job.id() + " has no file '" + file + "' (a resource type, or 'error')");
		}
		for (ImportJobStore.Line line : jobs.stored(job.id(), file)) {
			ObjectNode row = JSON.createObjectNode()
					.put("line", line.line())
					.put("resource", line.stored())
					.put("result", line.result());
			out.write(JSON.writeValueAsString(row));
			out.write('\n');
		}
	}

	private static String statusUrl(String base, String id) {
		return base + "/" + STATUS + "?_jobId=" + id;
	}

	private void writeFhir(HttpServletResponse response, OperationOutcome outcome) throws IOException {
		response.setContentType("application/fhir+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(fhir.newJsonParser().encodeResourceToString(outcome));
	}

	private static String utf8(byte[] body) {
		if (body == null) {
			return "";
		}
		try {
			return StandardCharsets.UTF_8
					.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(body))
					.toString();
		} catch (CharacterCodingException invalid) {
			throw IssueCode.IMPORT_REQUEST_INVALID.exception("the body is not valid UTF-8");
		}
	}

	private static String baseMediaType(String header) {
		if (header == null || header.isBlank()) {
			return "";
		}
		int parameters = header.indexOf(';');
		return (parameters < 0 ? header : header.substring(0, parameters))
				.trim()
				.toLowerCase(Locale.ROOT);
	}
}
