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
 */
@ConfigurationProperties("hsct")
public record HsctServerProperties(
		@DefaultValue("") String serverAddress,
		@DefaultValue("20") int defaultPageSize,
		@DefaultValue("200") int maxPageSize,
		@DefaultValue("32MB") DataSize maxRequestSize,
		@DefaultValue Cors cors,
		@DefaultValue Validation validation) {

	/**
	 * Validation of writes against our profiles.
	 *
	 * @param policy {@code strict}: Patient, Condition, Observation, Procedure, MedicationAdministration ... must
	 *               claim and meet one of our profiles; {@code open}: base R4 validation, plus the profiles a
	 *               resource declares
	 */
	public record Validation(@DefaultValue("strict") EnforcementPolicy policy) {}

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
}
