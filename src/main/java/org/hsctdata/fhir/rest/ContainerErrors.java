package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hsctdata.fhir.server.FhirServerConfig;
import org.springframework.http.HttpStatus;

/**
 * Answers the errors that the servlet container answers itself, for a URL under the FHIR base, with a FHIR
 * OperationOutcome in JSON, like every other refusal, rather than with an HTML page:
 *
 * <ul>
 *   <li>Tomcat refuses some requests before it maps them to any servlet or filter: a path that is not valid
 *       percent-encoding or decodes to NUL, an encoded slash or backslash ({@code GET /fhir/Patient/%00}), headers
 *       too large, too many parameters, {@code CONNECT}; its {@link ErrorReportValve} answered with an HTML page.
 *       {@link ReportValve} takes its place: an OperationOutcome ({@link IssueCode#REQUEST_MALFORMED}, the code and shape of the
 *       answer to the refusals of Spring Security's firewall) under the FHIR base, Tomcat's page elsewhere.
 *   <li>An exception that escapes a servlet filter, or an error a filter sends, is forwarded to Spring Boot's
 *       {@code /error} page, which answers with JSON of its own shape, or an HTML "Whitelabel" page for a browser.
 *       {@link ErrorDispatch} answers it first: {@link IssueCode#REQUEST_MALFORMED} for a 4xx, {@link IssueCode#SERVER_FAULT} for a server fault.
 * </ul>
 */
final class ContainerErrors {

	private ContainerErrors() {}

	/**
	 * Puts {@link ReportValve} in place of the host's error report valve (Spring Boot's, or Tomcat's default), and
	 * names its class as the host's, so that Tomcat does not add its default beside it when the host starts.
	 */
	static void replaceErrorReportValve(Context context, Supplier<FhirContext> fhirContext) {
		if (!(context.getParent() instanceof StandardHost host)) {
			return;
		}
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve) {
				host.getPipeline().removeValve(valve);
			}
		}
		host.setErrorReportValveClass(ReportValve.class.getName());
		host.getPipeline().addValve(new ReportValve(fhirContext));
	}

	/** Tomcat's error report valve, without server details, but for the FHIR base an OperationOutcome. */
	static final class ReportValve extends ErrorReportValve {

		private final Supplier<FhirContext> fhirContext;

		ReportValve(Supplier<FhirContext> fhirContext) {
			this.fhirContext = fhirContext;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (!isUnderFhirBase(request.getRequestURI())) {
				super.report(request, response, throwable);
				return;
			}
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				response.setContentType(FHIR_JSON);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				PrintWriter writer = response.getReporter();
				if (writer != null) {
					writer.write(outcome(fhirContext.get(), status, response.getMessage()));
					response.finishResponse();
				}
			} catch (IOException | IllegalStateException unwritable) {
				// the client is gone, or the response was committed meanwhile: nothing more can be said
			}
		}
	}

	/** On Spring Boot's error dispatch: an OperationOutcome for an error of a request under the FHIR base. */
	static final class ErrorDispatch implements Filter {

		private final Supplier<FhirContext> fhirContext;

		ErrorDispatch(Supplier<FhirContext> fhirContext) {
			this.fhirContext = fhirContext;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (request.getDispatcherType() == DispatcherType.ERROR
					&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
					&& isUnderFhirBase(uri)
					&& response instanceof HttpServletResponse http
					&& !http.isCommitted()) {
				int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
						? code
						: HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
				String message =
						status < 500 && request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String sent
								? sent
								: null;
				http.resetBuffer();
				http.setStatus(status);
				http.setContentType(FHIR_JSON);
				http.setCharacterEncoding(StandardCharsets.UTF_8.name());
				http.getWriter().write(outcome(fhirContext.get(), status, message));
				return;
			}
			chain.doFilter(request, response);
		}
	}

	private static final String FHIR_JSON = "application/fhir+json";

	/** Whether the (undecoded) request URI is the FHIR base or under it. */
	static boolean isUnderFhirBase(String uri) {
		return uri != null
				&& (uri.equals(FhirServerConfig.FHIR_PATH) || uri.startsWith(FhirServerConfig.FHIR_PATH + "/"));
	}

	/**
	 * The OperationOutcome for an error the container answers: {@link IssueCode#REQUEST_MALFORMED} for a refusal (any status but a
	 * server fault), {@link IssueCode#SERVER_FAULT} for a fault; with the container's reason when it gave one for a refusal.
	 */
	static String outcome(FhirContext fhirContext, int status, String reason) {
		HttpStatus known = HttpStatus.resolve(status);
		String phrase = "HTTP " + status + (known == null ? "" : " " + known.getReasonPhrase());
		boolean fault = status >= 500 && status != 501 && status != 505;
		OperationOutcome outcome = fault
				? IssueCode.SERVER_FAULT.outcome("the server failed to answer the request (" + phrase + ")")
				: IssueCode.REQUEST_MALFORMED.outcome("the request is refused (" + phrase + ")"
						+ (reason == null || reason.isBlank() ? "" : ": " + reason));
		return fhirContext.newJsonParser().encodeResourceToString(outcome);
	}
}
