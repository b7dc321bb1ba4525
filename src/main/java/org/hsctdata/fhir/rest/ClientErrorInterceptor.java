package org.hsctdata.fhir.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Gives client errors the status FHIR defines where HAPI does not: 412 (not 409) for a write whose {@code If-Match}
 * (or a transaction entry's {@code ifMatch}) names a version that is not the current one, and 400 (not 500) when HAPI
 * fails on input the client sent rather than on a fault of the server ({@link IssueCode#REQUEST_MALFORMED}):
 * malformed numbers in search parameters, query strings that are not valid percent-encoding ({@code name=%zz},
 * {@link IssueCode#REQUEST_FORM_INVALID} naming the parameters), narratives that are not XHTML, patch documents that
 * do not parse, strings that are not valid Unicode. HAPI lets these escape as internal errors; they are found by the
 * bad-input corpus ({@code BadInputCorpusIT}). Anything not on this list stays a 500, so real server faults are not
 * hidden.
 *
 * <p>HAPI 8.8.0: its JPA DAOs refuse a stale version with {@code ResourceVersionConflictException}, 409 (HAPI-0989 for
 * an update, HAPI-0974 a patch, HAPI-0961 a delete, in {@code BaseStorageResourceDao} and {@code
 * BaseHapiFhirResourceDao}); {@code RestfulServer#handleRequest} answers every other exception that is not a {@code
 * BaseServerResponseException} with 500 ({@code ExceptionHandlingInterceptor#preProcessOutgoingException}), among
 * them the {@code IllegalArgumentException} of {@code URLDecoder} when {@code UrlUtil#parseQueryString} reads the
 * query string, and the {@code IllegalArgumentException} of {@code FhirPatch#apply} for a value it cannot set.
 * Canaries: {@code HapiCanariesIT#hapiAnswers409ToAnUpdateWithAStaleIfMatch}, {@code
 * #hapiAnswers500ToAQueryThatIsNotValidPercentEncoding} and {@code
 * HapiCanaryTests#hapisFhirPathPatchFailsWithAnInternalErrorOnAValueItCannotSet}.
 */
final class ClientErrorInterceptor {

	/** Exceptions that, anywhere in the cause chain of a 500, mean the request itself was malformed. */
	private static final Set<String> CLIENT_CAUSED = Set.of(
			"java.lang.NumberFormatException",
			"org.hl7.fhir.exceptions.FHIRFormatError",
			"com.github.dnault.xmlpatch.PatchException",
			"java.nio.charset.MalformedInputException",
			"java.io.CharConversionException");

	/** HAPI's conflicts of a write that named a version (If-Match) other than the current one: delete, patch, update. */
	private static final Pattern STALE_VERSION = Pattern.compile("HAPI-(0961|0974|0989): ");

	/**
	 * HAPI's conflicts of a write that lost a race with another write of the same resource (its version row was taken
	 * first): a stale precondition when the request named the version it expected, a plain conflict otherwise.
	 */
	private static final Pattern LOST_RACE = Pattern.compile("HAPI-(0823|0826|0827): ");

	/** HAPI's FHIRPath Patch engine: a failure inside it is the patch document's, not the server's. */
	private static final String FHIR_PATCH = "ca.uhn.fhir.jpa.patch.FhirPatch";

	private static final Pattern JAVA_CLASS_PREFIX = Pattern.compile("([\\w$]+\\.)+[\\w$]*(Exception|Error): ");

	@Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
	BaseServerResponseException translate(RequestDetails request, Throwable thrown) {
		// FHIR: a write whose If-Match names another version than the current one gets 412; HAPI answers 409. Its
		// other conflicts (a delete of a resource that others reference, a duplicate) stay 409.
		if (thrown instanceof ResourceVersionConflictException conflict && isStalePrecondition(request, conflict)) {
			return new PreconditionFailedException(conflict.getMessage(), conflict.getOperationOutcome());
		}
		if (thrown instanceof BaseServerResponseException answered && answered.getStatusCode() < 500) {
			return null;
		}
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (isMalformedEscape(cause)) {
				return malformedQuery(request);
			}
			if (isInvalidUnicode(cause)) {
				return IssueCode.REQUEST_MALFORMED.exception(
						"a string in the request is not valid Unicode (an unpaired surrogate)");
			}
			if (isInFhirPatch(cause)) {
				return RequestProblem.refusal(
						IssueCode.PATCH_INVALID,
						List.of(new RequestProblem(
								"Parameters",
								"invalid patch document: the FHIRPath Patch cannot be applied to this "
										+ (request == null ? "resource" : request.getResourceName())
										+ ": "
										+ (cause.getMessage() == null
												? cause.getClass().getSimpleName()
												: rootMessage(cause)))));
			}
			if (CLIENT_CAUSED.contains(cause.getClass().getName())) {
				return IssueCode.REQUEST_MALFORMED.exception("the request cannot be processed: " + rootMessage(cause));
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	/**
	 * A batch answers each entry on its own, so HAPI's 409 for an entry whose {@code ifMatch} is stale never reaches
	 * {@link #translate}: it is in the entry's {@code response.status}, with HAPI's message in its outcome.
	 */
	@Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
	void staleBatchEntriesFailTheirPrecondition(IBaseResource response) {
		if (!(response instanceof Bundle batch) || batch.getType() != Bundle.BundleType.BATCHRESPONSE) {
			return;
		}
		for (Bundle.BundleEntryComponent entry : batch.getEntry()) {
			Bundle.BundleEntryResponseComponent answer = entry.getResponse();
			if (answer.hasStatus()
					&& answer.getStatus().startsWith("409")
					&& answer.getOutcome() instanceof OperationOutcome outcome
					&& outcome.getIssue().stream()
							.anyMatch(issue -> STALE_VERSION
									.matcher(String.valueOf(issue.getDiagnostics()))
									.find())) {
				answer.setStatus("412 Precondition Failed");
			}
		}
	}

	private static boolean isStalePrecondition(RequestDetails request, ResourceVersionConflictException conflict) {
		String message = String.valueOf(conflict.getMessage());
		return STALE_VERSION.matcher(message).find()
				|| (request != null
						&& request.getHeader(Constants.HEADER_IF_MATCH) != null
						&& LOST_RACE.matcher(message).find());
	}

	/** The message of the innermost cause, without the Java class names that wrappers prepend. */
	private static String rootMessage(Throwable thrown) {
		Throwable root = thrown;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? thrown.getMessage() : root.getMessage();
		return JAVA_CLASS_PREFIX.matcher(String.valueOf(message)).replaceAll("");
	}

	/** HAPI's URL decoder failing on a query string (or form body) with a {@code %} not followed by two hex digits. */
	private static boolean isMalformedEscape(Throwable cause) {
		return cause instanceof IllegalArgumentException
				&& String.valueOf(cause.getMessage()).startsWith("URLDecoder:");
	}

	/** 400 naming each parameter of the query string whose percent-encoding is malformed. */
	private BaseServerResponseException malformedQuery(RequestDetails request) {
		String query = request instanceof ServletRequestDetails servlet
				? servlet.getServletRequest().getQueryString()
				: null;
		List<RequestProblem> problems = query == null ? List.of() : RequestFormCheck.percentEncodingProblems(query, "");
		return RequestProblem.refusal(
				IssueCode.REQUEST_FORM_INVALID,
				problems.isEmpty()
						? List.of(new RequestProblem(
								"",
								"the request's parameters are not valid percent-encoding (a '%' must be followed"
										+ " by two hexadecimal digits)"))
						: problems);
	}

	/**
	 * A failure thrown by HAPI's FHIRPath Patch engine itself (an {@code IllegalArgumentException} for a value it cannot
	 * set, a {@code NullPointerException} for a part it needs): the patch cannot be applied to this resource.
	 */
	private static boolean isInFhirPatch(Throwable cause) {
		if (cause instanceof BaseServerResponseException) {
			return false;
		}
		for (StackTraceElement frame : cause.getStackTrace()) {
			if (frame.getClassName().equals(FHIR_PATCH)) {
				return true;
			}
		}
		return false;
	}

	/** A string with an unpaired UTF-16 surrogate, which the database driver refuses to store. */
	private static boolean isInvalidUnicode(Throwable cause) {
		String message = cause.getMessage();
		return message != null && message.contains("surrogate");
	}
}
