package org.hsctdata.fhir.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who makes the current request, as far as the server knows: the claims of a verified access token, or nobody.
 *
 * @param authenticated whether the request carried a valid token
 * @param issuer        the token's issuer ({@code iss}); empty without a token
 * @param subject       the user or service the token was issued to ({@code sub}); {@code anonymous} without a token
 * @param clientId      the client application ({@code client_id}, or {@code azp}); empty if the token names none
 * @param scopes        the token's scopes ({@code scope} or {@code scp})
 * @param patient       the patient of the SMART launch context ({@code patient} claim); empty if none
 */
public record Caller(
		boolean authenticated, String issuer, String subject, String clientId, List<String> scopes, String patient) {

	/** A request without a (valid) token. */
	public static final Caller ANONYMOUS = new Caller(false, "", "anonymous", "", List.of(), "");

	/** The caller of the request this thread serves: the verified token Spring Security put in its context. */
	public static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
			return fromClaims(token.getTokenAttributes());
		}
		return ANONYMOUS;
	}

	/** The caller a verified token's claims describe. */
	static Caller fromClaims(Map<String, Object> claims) {
		return new Caller(
				true,
				text(claims.get("iss")),
				text(claims.get("sub")),
				firstNonBlank(text(claims.get("client_id")), text(claims.get("azp"))),
				scopes(claims.containsKey("scope") ? claims.get("scope") : claims.get("scp")),
				text(claims.get("patient")));
	}

	private static List<String> scopes(Object claim) {
		if (claim instanceof Collection<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		String text = text(claim);
		return text.isBlank()
				? List.of()
				: Arrays.stream(text.trim().split("\\s+")).toList();
	}

	private static String text(Object claim) {
		return claim == null ? "" : String.valueOf(claim);
	}

	private static String firstNonBlank(String first, String second) {
		return first.isBlank() ? second : first;
	}
}
