package org.hsctdata.fhir.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.hsctdata.fhir.rest.IssueCode;
import org.hsctdata.fhir.security.Caller;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records requests refused for want of a valid access token (401): Spring Security answers them before HAPI sees the
 * request, so this filter wraps Spring Security's and looks at the status it set. The reason recorded is the
 * {@code WWW-Authenticate} challenge (for example {@code error="invalid_token", error_description="Jwt expired ..."});
 * the token itself is not recorded.
 */
final class DeniedRequestFilter extends OncePerRequestFilter {

	private final AuditRepository repository;

	DeniedRequestFilter(AuditRepository repository) {
		this.repository = repository;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			String url =
					request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
			String challenge = response.getHeader("WWW-Authenticate");
			String server = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
					+ request.getContextPath();
			try {
				repository.record(AuditEvents.denied(
						Caller.ANONYMOUS,
						new AuditEvents.Request(
								UUID.randomUUID().toString(),
								request.getMethod(),
								url,
								server,
								request.getRemoteAddr()),
						null,
						IssueCode.NO_VALID_TOKEN.message(
								"no valid access token" + (challenge == null ? "" : ": " + challenge))));
			} catch (RuntimeException failed) {
				// The caller is refused either way; the repository has logged the failure.
				logger.error(IssueCode.AUDIT_UNRECORDED.message(
						"a refused request could not be recorded in the audit trail"));
			}
		}
	}
}
