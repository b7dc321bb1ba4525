package org.hsctdata.fhir.server;

import java.util.List;
import org.hsctdata.fhir.validation.EnforcementPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the FHIR server, under the {@code hsct} prefix.
 *
 * <p>Database settings are Spring Boot's own ({@code spring.datasource.*}, {@code spring.jpa.properties.*}).
 *
 * @param serverAddress   public base URL of the FHIR endpoint (e.g. {@code https://fhir.example.org/fhir});
 *                        empty means it is derived from each incoming request
 * @param defaultPageSize number of search results on a page when the client sends no {@code _count}
 * @param maxPageSize     largest {@code _count} a client may ask for; larger values are capped
 * @param maxRequestSize  largest request body the FHIR endpoint accepts; larger ones get 413 Payload Too Large
 * @param cors            cross-origin access for browser-based FHIR apps
 * @param validation      validation of writes against our profiles
 * @param security        authentication and authorization (OAuth2 bearer tokens with SMART on FHIR scopes)
 */
@ConfigurationProperties("hsct")
public record HsctServerProperties(
		@DefaultValue("") String serverAddress,
		@DefaultValue("20") int defaultPageSize,
		@DefaultValue("200") int maxPageSize,
		@DefaultValue("32MB") DataSize maxRequestSize,
		@DefaultValue Cors cors,
		@DefaultValue Validation validation,
		@DefaultValue Security security) {

	/**
	 * Validation of writes against our profiles.
	 *
	 * @param policy {@code content}: base R4, the profiles a resource claims, and each of our profiles its content
	 *               identifies (an MRD code, an HSCT procedure code, a B-ALL diagnosis ...), claimed or not;
	 *               {@code strict}: as {@code content}, and Patient, Condition, Observation, Procedure ... must also
	 *               claim one of our profiles; {@code open}: base R4, plus the profiles a resource claims
	 * @param warmUp whether start-up ends by validating the example case and an empty instance of every profile, so
	 *               that the first client's validation costs what later ones do; {@code false} only for servers that
	 *               validate too little to need it (servers the tests start for other purposes)
	 */
	public record Validation(
			@DefaultValue("content") EnforcementPolicy policy,
			@DefaultValue("true") boolean warmUp) {}

	/**
	 * Cross-origin resource sharing for {@code /fhir}.
	 *
	 * @param allowedOrigins   origin patterns allowed to call the server from a browser; empty refuses every
	 *                         cross-origin request
	 * @param allowCredentials whether browsers may send cookies or HTTP authentication with cross-origin calls
	 */
	public record Cors(
			@DefaultValue("*") List<String> allowedOrigins,
			@DefaultValue("false") boolean allowCredentials) {}

	/**
	 * Authentication and authorization. With an {@code issuer}, every FHIR request except the public ones needs a
	 * valid JWT bearer token from that issuer, and the token's SMART on FHIR scopes decide what it may do. Without
	 * one, there is no authentication at all and the server listens on the loopback interface only.
	 *
	 * @param issuer                the token issuer ({@code iss} claim) that the server trusts; empty turns security
	 *                              off
	 * @param jwkSetUri             where the issuer publishes its signing keys (JWK set); empty means discovered from
	 *                              the issuer's metadata ({@code /.well-known/openid-configuration}) at start-up
	 * @param publicKeyLocation     a PEM file with the issuer's RSA public key ({@code file:} or {@code classpath:}),
	 *                              instead of a JWK set
	 * @param audience              a value the token's {@code aud} claim must contain; empty accepts any audience
	 * @param authorizationEndpoint the issuer's authorization endpoint, published to SMART apps; empty omits it
	 * @param tokenEndpoint         the issuer's token endpoint, published to SMART apps; empty omits it
	 */
	public record Security(
			@DefaultValue("") String issuer,
			@DefaultValue("") String jwkSetUri,
			@DefaultValue("") String publicKeyLocation,
			@DefaultValue("") String audience,
			@DefaultValue("") String authorizationEndpoint,
			@DefaultValue("") String tokenEndpoint) {

		/** The property that turns security on. */
		public static final String ISSUER_PROPERTY = "hsct.security.issuer";

		/** Whether tokens are required, that is whether an issuer is configured. */
		public boolean enabled() {
			return !issuer.isBlank();
		}
	}
}
