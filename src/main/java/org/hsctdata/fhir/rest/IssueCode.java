package org.hsctdata.fhir.rest;

import static org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.ERROR;
import static org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.FATAL;
import static org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.INFORMATION;
import static org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.WARNING;
import static org.hl7.fhir.r4.model.OperationOutcome.IssueType.EXCEPTION;
import static org.hl7.fhir.r4.model.OperationOutcome.IssueType.INFORMATIONAL;
import static org.hl7.fhir.r4.model.OperationOutcome.IssueType.INVALID;
import static org.hl7.fhir.r4.model.OperationOutcome.IssueType.LOGIN;
import static org.hl7.fhir.r4.model.OperationOutcome.IssueType.NOTFOUND;
import static org.hl7.fhir.r4.model.OperationOutcome.IssueType.NOTSUPPORTED;
import static org.hl7.fhir.r4.model.OperationOutcome.IssueType.PROCESSING;
import static org.hl7.fhir.r4.model.OperationOutcome.IssueType.TOOCOSTLY;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;

/**
 * Our error codes, {@code HSCT-nnnn}, searchable as HAPI's own {@code HAPI-nnnn}: each with the severity of its issue,
 * the HTTP status of the answer it decides, the FHIR issue type a client reads, and what it means. Every message with
 * one of our codes starts here ({@link #message}), and so does every OperationOutcome and exception that carries one
 * ({@link #addTo}, {@link #outcome}, {@link #exception}, {@link #respond}): a code answers with one status and one
 * shape wherever it is raised. The "Bad input" tables (docs/bad-input.md) list every code a client can meet, with its status;
 * {@code IssueCodeTests} holds them and this catalogue together.
 *
 * <p>Numbers: {@code 00xx} the server refuses to start; {@code 01xx} our clinical rules (doses, conditioning
 * intensity); {@code 02xx} the profile policy; {@code 03xx} our code systems; {@code 04xx} refused requests, the last
 * two digits the HTTP status where one fits and {@code 046x} our request checks (400); {@code 05xx} the audit trail;
 * {@code 07xx} the example case. A number keeps its meaning for good: clients, logs and tests are searched by it.
 */
public enum IssueCode {

	// The server does not start: in the log, never in an answer.

	DATABASE_UNREACHABLE("HSCT-0001", "the database cannot be reached at start-up"),

	DATABASE_UNSUPPORTED(
			"HSCT-0002", "the database is not one HAPI FHIR has a schema and a dialect for (H2, PostgreSQL)"),

	STARTUP_LOCK_UNAVAILABLE("HSCT-0003", "the start-up lock on a shared PostgreSQL database cannot be taken"),

	INSECURE_BINDING("HSCT-0010", "asked to listen beyond loopback without authentication (no hsct.security.issuer)"),

	TOKEN_KEYS_TWICE("HSCT-0011", "both hsct.security.jwk-set-uri and hsct.security.public-key-location are set"),

	PUBLIC_KEY_UNREADABLE("HSCT-0012", "the RSA public key at hsct.security.public-key-location cannot be read"),

	ISSUER_KEYS_UNDISCOVERABLE(
			"HSCT-0013", "the keys of hsct.security.issuer cannot be discovered from the issuer's metadata"),

	PACKAGE_NOT_FOUND("HSCT-0020", "there is not exactly one FHIR package (our profiles) on the classpath"),

	PACKAGE_UNREADABLE("HSCT-0021", "the FHIR package on the classpath cannot be read"),

	PACKAGE_RESOURCES_UNREADABLE("HSCT-0022", "the conformance resources of the FHIR package cannot be read"),

	EXAMPLES_UNREADABLE("HSCT-0700", "the example bundles on the classpath cannot be read"),

	// Our clinical rules, beside the profiles' own: issues of validation. An error refuses a write with 422;
	// $validate answers 200 and lists it. HAPI gives every validation issue the type "processing".

	ABSOLUTE_DOSE_MISMATCH(
			"HSCT-0100",
			ERROR,
			422,
			PROCESSING,
			"an absolute dose does not equal the dose times the body size it is based on (within 1 %)"),

	ABSOLUTE_DOSE_UNCHECKED(
			"HSCT-0101",
			WARNING,
			0,
			PROCESSING,
			"an absolute dose cannot be checked: no single body-size Observation the server can read"),

	CONDITIONING_MYELOABLATIVE_UNRECORDED(
			"HSCT-0110",
			WARNING,
			0,
			PROCESSING,
			"conditioning is recorded as reduced-intensity or non-myeloablative, but a component reaches a"
					+ " myeloablative dose"),

	CONDITIONING_NOT_MYELOABLATIVE(
			"HSCT-0111",
			WARNING,
			0,
			PROCESSING,
			"conditioning is recorded as myeloablative, but every component is dosed below a myeloablative dose"),

	CONDITIONING_BEYOND_NON_MYELOABLATIVE(
			"HSCT-0112",
			WARNING,
			0,
			PROCESSING,
			"conditioning is recorded as non-myeloablative, but the regimen is reduced-intensity at least"),

	ABSOLUTE_DOSE_OTHER_KIND(
			"HSCT-0120",
			ERROR,
			422,
			PROCESSING,
			"an absolute dose is another kind of quantity than the dose (a mass for a dose in cells/kg)"),

	// The profile policy and our code systems.

	PROFILE_NOT_CLAIMED(
			"HSCT-0200",
			ERROR,
			422,
			PROCESSING,
			"under the strict policy, a resource of a type our profiles cover claims none of them"),

	PROFILE_HELD_TO(
			"HSCT-0201",
			INFORMATION,
			0,
			INFORMATIONAL,
			"names a profile a resource was held to, and why: its claim, or the code that identifies it"),

	LOCAL_CODE_UNDEFINED(
			"HSCT-0300", ERROR, 422, PROCESSING, "a code of one of our complete code systems is not defined in it"),

	// Refused requests. 0403, 0405, 0412 and 0415 keep the type "processing" that HAPI gave them before the
	// catalogue, when they were exceptions without an OperationOutcome.

	REQUEST_MALFORMED(
			"HSCT-0400",
			ERROR,
			400,
			INVALID,
			"the request cannot be processed as sent: a URL the firewall or the servlet container refuses (also"
					+ " answered 501 or 505 by the container), a string that is not valid Unicode, a value HAPI fails"
					+ " on (a malformed number, narrative or patch)"),

	NO_VALID_TOKEN("HSCT-0401", ERROR, 401, LOGIN, "a secured server got a request without a valid access token"),

	SCOPES_DO_NOT_ALLOW(
			"HSCT-0403", ERROR, 403, PROCESSING, "the access token's SMART scopes do not allow the request"),

	AUDIT_TRAIL_APPEND_ONLY(
			"HSCT-0405",
			ERROR,
			403,
			PROCESSING,
			"a client tried to create, change or delete an AuditEvent (also $meta-add, $meta-delete)"),

	NOT_FOUND_CODE_SYSTEM(
			"HSCT-0404", ERROR, 404, NOTFOUND, "CodeSystem/$lookup names a code system the server does not know"),

	NOT_ACCEPTABLE(
			"HSCT-0406",
			ERROR,
			406,
			NOTSUPPORTED,
			"the request accepts no format the server answers in (its Accept header or _format)"),

	CONDITIONAL_UPDATE_STALE(
			"HSCT-0412",
			ERROR,
			412,
			PROCESSING,
			"a conditional update's or a delete's If-Match (a batch or transaction entry's ifMatch) names a version"
					+ " the resource is not at, or a conditional update with If-Match matches nothing"),

	BODY_TOO_LARGE("HSCT-0413", ERROR, 413, TOOCOSTLY, "the request body is larger than hsct.max-request-size"),

	MEDIA_TYPE_UNSUPPORTED(
			"HSCT-0415",
			ERROR,
			415,
			PROCESSING,
			"the body of a create, update, transaction or PATCH is in a media type FHIR does not define for it, or the"
					+ " body of a $import is not NDJSON"),

	PATCH_INVALID(
			"HSCT-0461", ERROR, 400, INVALID, "a PATCH document is invalid, or cannot be applied to the resource"),

	SEARCH_REFUSED(
			"HSCT-0462",
			ERROR,
			400,
			INVALID,
			"a search, history, $expand or read parameter is invalid, or unknown under Prefer: handling=strict"),

	TRANSACTION_REFUSED(
			"HSCT-0463",
			ERROR,
			400,
			INVALID,
			"a Bundle posted to the base is not a transaction or batch that can be processed as sent"),

	REQUEST_FORM_INVALID(
			"HSCT-0464",
			ERROR,
			400,
			INVALID,
			"the request has a form FHIR forbids: an id that is not a FHIR id, a body that is not UTF-8, a query"
					+ " string that is not valid percent-encoding"),

	JSON_TYPE_WRONG(
			"HSCT-0465",
			ERROR,
			400,
			INVALID,
			"a value in a FHIR JSON body has the wrong JSON type (a string for a boolean, one value for an array)"),

	VALIDATE_TARGET_MISMATCH(
			"HSCT-0466", ERROR, 400, INVALID, "$validate got a resource whose type or id is not the URL's"),

	BULK_EXPORT_REFUSED(
			"HSCT-0467",
			ERROR,
			400,
			INVALID,
			"a bulk $export cannot start or be polled as asked: a status request without _jobId, a cohort defined by a"
					+ " search that is no Patient search or that the server cannot run"),

	PAGE_OF_ANOTHER_TYPE(
			"HSCT-0468",
			ERROR,
			400,
			INVALID,
			"a page of a search was asked for at the endpoint of another resource type ([type]?_getpages=...) than"
					+ " the search's"),

	// Bulk $import of NDJSON (bulkimport).

	IMPORT_REQUEST_INVALID(
			"HSCT-0470",
			ERROR,
			400,
			INVALID,
			"a $import kick-off cannot start a job: no Prefer: respond-async, an empty body, or no line of the body"
					+ " is a FHIR resource with an id"),

	IMPORT_LINE_REFUSED(
			"HSCT-0471",
			ERROR,
			400,
			INVALID,
			"a line of a $import body was not stored: it names the line and why (not JSON, not a FHIR resource, no"
					+ " or an invalid id, twice in the body, or refused when written: its own issues follow)"),

	IMPORT_JOB_UNKNOWN("HSCT-0472", ERROR, 404, NOTFOUND, "no $import job has the id asked for (or it was deleted)"),

	IMPORT_INTERRUPTED(
			"HSCT-0473",
			ERROR,
			0,
			EXCEPTION,
			"a $import job stopped before its end (the server stopped or failed): what it stored stays and is"
					+ " reported"),

	// The audit trail.

	SERVER_FAULT(
			"HSCT-0500",
			ERROR,
			500,
			EXCEPTION,
			"the server failed on a /fhir request before the FHIR endpoint saw it (the servlet container's error)"),

	AUDIT_UNRECORDED(
			"HSCT-0501",
			ERROR,
			500,
			PROCESSING,
			"a request could not be recorded in the audit trail, so it was not answered (a refusal is answered"
					+ " as usual, and the failure logged)");

	private final String code;

	private final IssueSeverity severity;

	private final int status;

	private final IssueType type;

	private final String meaning;

	/** A reason the server refuses to start. */
	IssueCode(String code, String meaning) {
		this(code, FATAL, 0, null, meaning);
	}

	/**
	 * @param status the HTTP status of the answer, 0 if the code does not decide it
	 * @param type the issue type in an OperationOutcome, null if the code never reaches one
	 */
	IssueCode(String code, IssueSeverity severity, int status, IssueType type, String meaning) {
		this.code = code;
		this.severity = severity;
		this.status = status;
		this.type = type;
		this.meaning = meaning;
	}

	/** The code itself, {@code HSCT-nnnn}. */
	public String code() {
		return code;
	}

	/** The severity of its issue; {@code fatal} for a reason the server refuses to start. */
	public IssueSeverity severity() {
		return severity;
	}

	/**
	 * The HTTP status of the answer the code decides: the refusal's, or for an error of our clinical rules the 422 of a
	 * write (a {@code $validate} lists it with 200). Empty for warnings, information and what never reaches a client.
	 */
	public OptionalInt status() {
		return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
	}

	/** The issue type a client reads in the OperationOutcome; empty for what only the log shows. */
	public Optional<IssueType> type() {
		return Optional.ofNullable(type);
	}

	/** What the code means, in one line. */
	public String meaning() {
		return meaning;
	}

	/** The text of a message with this code: {@code HSCT-nnnn: } and the detail. Diagnostics and logs start so. */
	public String message(String detail) {
		return code + ": " + detail;
	}

	/**
	 * Adds an issue with this code to the outcome.
	 *
	 * @param location where in the request, as our request checks name it (a search parameter, a JSON Pointer into a
	 *     patch, {@code Bundle.entry[2].request.url}); null or empty for the request as a whole
	 */
	public OperationOutcomeIssueComponent addTo(OperationOutcome outcome, String detail, String location) {
		OperationOutcomeIssueComponent issue = outcome.addIssue()
				.setSeverity(severity)
				.setCode(type().orElseThrow(() -> new IllegalStateException(code + " is never in an OperationOutcome")))
				.setDiagnostics(message(detail));
		if (location != null && !location.isEmpty()) {
			issue.addLocation(location);
		}
		return issue;
	}

	/**
	 * Adds an issue with this code at an element of the resource, as HAPI's validator writes its own issues: the
	 * FHIRPath expression, and the same as the location.
	 */
	public OperationOutcomeIssueComponent addAtElement(OperationOutcome outcome, String detail, String expression) {
		return addTo(outcome, detail, expression).addExpression(expression);
	}

	/** An OperationOutcome of one issue with this code, about the request as a whole. */
	public OperationOutcome outcome(String detail) {
		OperationOutcome outcome = new OperationOutcome();
		addTo(outcome, detail, null);
		return outcome;
	}

	/** The exception HAPI answers with this code's status and an OperationOutcome of one issue. */
	public BaseServerResponseException exception(String detail) {
		return exception(detail, outcome(detail));
	}

	/**
	 * The exception HAPI answers with this code's status and this outcome: HAPI's exception class for the status
	 * ({@code InvalidRequestException} for 400, {@code ForbiddenOperationException} for 403 ...), with
	 * {@code message(detail)} as its message, the text HAPI shows where it answers with a message alone (an entry of a
	 * batch).
	 */
	public BaseServerResponseException exception(String detail, OperationOutcome outcome) {
		BaseServerResponseException exception = BaseServerResponseException.newInstance(
				status().orElseThrow(() -> new IllegalStateException(code + " decides no HTTP status")),
				message(detail));
		exception.setOperationOutcome(outcome);
		return exception;
	}

	/**
	 * Answers a request that never reached HAPI (a servlet filter, Spring Security) with this code's status and an
	 * OperationOutcome of one issue in FHIR JSON.
	 */
	public void respond(HttpServletResponse response, FhirContext fhirContext, String detail) throws IOException {
		response.setStatus(status().orElseThrow(() -> new IllegalStateException(code + " decides no HTTP status")));
		response.setContentType("application/fhir+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(fhirContext.newJsonParser().encodeResourceToString(outcome(detail)));
	}
}
